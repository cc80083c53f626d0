"""Extraction quality on the development corpus: dev and test parts of each negotiation.

Reads the five negotiations of ``../shared/dev`` beside the repository (each with its
``docs/``, ``gold.yaml`` and ``ontology.yaml``), splits each by the corpus's fixed rule (a
document is in the test part when the first hex digit of the SHA-1 of its file name is 0-4),
extracts claims with the domain's shipped pack, and scores them with the reference scorer
(``../shared/eval/score.py``) against the gold of that part. Prints, per domain and part,
the scorer's precision, recall, F1 and counts, then the micro-average over the domains.

Run ``python benchmarks/corpus_scores.py`` (dev parts) or ``--part test`` (rarely: the test
parts are for reporting, never for tuning); ``--part both`` prints both. ``--extractor``
picks the backend, ``--show-errors`` lists false positives and negatives of each domain.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

REPOSITORY = Path(__file__).resolve().parents[1]
SHARED = REPOSITORY.parent / "shared"
DEV = SHARED / "dev"
SCORER = SHARED / "eval" / "score.py"
PACKS = {
    "ru_ua": "russia_ukraine_2025",
    "india_pakistan": "india_pakistan_2025",
    "thailand_cambodia": "thailand_cambodia_2025",
    "armenia_azerbaijan": "armenia_azerbaijan_2025",
    "drc_rwanda": "drc_rwanda_2025",
}


def is_test(name: str) -> bool:
    """The corpus's fixed split: test when the SHA-1 of the file name starts with 0-4."""
    return hashlib.sha1(name.encode()).hexdigest()[0] in "01234"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"


def print_micro_average(label: str, scored: Iterable[Counts | None]) -> None:
    """Sum the counts of the domains scored (None: skipped) and print their micro-average."""
    total = Counts()
    for counts in scored:
        if counts is not None:
            total.add(counts)
    print(f"{'micro-average':19} {label:4}  {total.line()}")


def score_part(domain: str, part: str, extractor: str, show_errors: bool,
               corpus: Path = DEV) -> Counts | None:
    folder = corpus / domain
    names = sorted(p.name for p in (folder / "docs").glob("*.txt")
                   if part == "all" or is_test(p.name) == (part == "test"))
    gold = yaml.safe_load((folder / "gold.yaml").read_text("utf-8"))
    gold["documents"] = {k: v for k, v in gold["documents"].items() if k in set(names)}
    return score_files(domain, part, [folder / "docs" / n for n in names], gold, extractor,
                       show_errors)


def score_files(domain: str, label: str, paths: list[Path], gold: dict, extractor: str,
                show_errors: bool) -> Counts | None:
    """Extract claims from the files with the domain's pack; score them against the gold."""
    from stancegraph.loaders.documents import read_documents
    from stancegraph.loaders.packs import load_pack, shipped_packs
    from stancegraph.pipeline import claim_record, extract

    if PACKS[domain] not in shipped_packs():
        print(f"{domain:19} {label:4}  no shipped pack {PACKS[domain]!r}: skipped")
        return None
    loaded = read_documents(paths)
    pack = load_pack(PACKS[domain])
    result = extract(list(loaded.documents), pack, extractor=extractor)
    by_id = {d.id: d.name for d in loaded.documents}
    with tempfile.TemporaryDirectory() as tmp:
        claims, gold_part = Path(tmp) / "claims.jsonl", Path(tmp) / "gold.yaml"
        claims.write_text("".join(json.dumps(claim_record(c, by_id[c.evidence.document_id], pack)) + "\n"
                                  for c in result.claims))
        gold_part.write_text(yaml.safe_dump(gold))
        out = subprocess.run([sys.executable, str(SCORER), str(gold_part), str(claims),
                              "--ontology", str(DEV / domain / "ontology.yaml"), "--json"],
                             check=True, capture_output=True, text=True).stdout
    scored = json.loads(out)
    counts = Counts(scored["tp"], scored["fp"], scored["fn"])
    print(f"{domain:19} {label:4}  {counts.line()}  [{len(paths)} docs]")
    if show_errors:
        for key in scored["false_positives"]:
            print("   FP", *key)
        for key in scored["false_negatives"]:
            print("   FN", *key)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["dev", "test", "both"], default="dev")
    parser.add_argument("--domain", action="append", choices=sorted(PACKS),
                        help="score only this domain (repeatable)")
    parser.add_argument("--extractor", default="rules")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--train", action="store_true",
                        help="score the silver-annotated ../shared/train corpus instead (whole; for "
                        "tuning, never for reporting)")
    args = parser.parse_args(argv)
    if not DEV.is_dir() or not SCORER.is_file():
        print(f"the development corpus or the scorer is not at {SHARED}: nothing to score")
        return 0
    parts = ["dev", "test"] if args.part == "both" else [args.part]
    corpus = DEV
    if args.train:
        parts, corpus = ["all"], SHARED / "train"
    for part in parts:
        print_micro_average(part, (score_part(domain, part, args.extractor, args.show_errors, corpus)
                                   for domain in args.domain or PACKS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
