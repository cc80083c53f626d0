"""Extraction quality on labelled excerpts in the JSON Lines format of ``training/data``.

Each line holds ``{"id", "domain", "text", "claims": [{"actor", "stance", "topic", "level",
"target_actor"?}]}``: a news-style excerpt labelled at party level, without evidence. The
excerpts of each domain are extracted with that domain's shipped pack and scored with the
reference scorer against the domain's ontology in ``../shared/dev``, like
``corpus_scores.py``. Useful for excerpts written after a change, which no rule was tuned on
(the ones in ``training/data`` also train the classifier: score them with
``--extractor rules-only``).

    python benchmarks/excerpt_scores.py FILE.jsonl... [--extractor rules-only] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from corpus_scores import DEV, PACKS, SCORER, Counts, print_micro_average, score_files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--extractor", default="rules")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    if not DEV.is_dir() or not SCORER.is_file():
        print(f"the ontologies or the scorer are not at {DEV.parent}: nothing to score")
        return 0
    by_domain: dict[str, list[dict]] = defaultdict(list)
    for path in args.files:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                excerpt = json.loads(line)
                if excerpt.get("domain") not in PACKS:
                    raise SystemExit(f"{path}:{number}: unknown domain {excerpt.get('domain')!r}")
                by_domain[excerpt["domain"]].append(excerpt)
    with tempfile.TemporaryDirectory() as tmp:
        print_micro_average("", (_score_domain(domain, excerpts, Path(tmp), args)
                                 for domain, excerpts in sorted(by_domain.items())))
    return 0


def _score_domain(domain: str, excerpts: list[dict], folder: Path, args: argparse.Namespace) -> Counts | None:
    """Write the excerpts as files in ``folder`` and score them with their labels as gold."""
    paths, gold = [], {"documents": {}}
    for excerpt in excerpts:
        path = folder / f"{excerpt['id']}.txt"
        path.write_text(excerpt["text"], "utf-8")
        paths.append(path)
        gold["documents"][path.name] = excerpt["claims"]
    return score_files(domain, "", paths, gold, args.extractor, args.show_errors)


if __name__ == "__main__":
    sys.exit(main())
