"""How fast claim extraction reads a corpus, against parsing all of it with plain spaCy.

Like with like, in one run, on the same distinct documents with the same model:

(a) ``nlp.pipe`` over the whole texts, every component of the model as published, one
    process; (a') the same with stancegraph's pipeline (``load_model``: the same annotations
    from faster equivalents of two components), to show what the parse alone gains;
(b) each registered extractor (``rules``, the default, and ``rules-only``) in one process;
(c) the default extractor in ``--processes`` worker processes, as ``ingest --jobs``
    runs it (the workers' start-up included, once for each pack), against (a). The
    workers read the pack's tagged phrases from the cache (``phrase_cache``) that (b)
    filled, as a user's second run would; ``STANCEGRAPH_CACHE=off`` times them tagging.

The corpus is every distinct article of ``../shared`` beside the repository (seeds,
development and training corpora), each negotiation's read with its own shipped pack as a
user would (the seeds with the Russia-Ukraine one), or, without them or with ``--generated
N``, N articles of ``synthetic_corpus.py`` with the default pack. ``--pack NAME`` reads
every article with one pack instead: a pack that knows few of a text's names chooses fewer
sentences to parse, so it flatters the figures. It prints the rates in words a second, the ratios, how many
sentences the cheap pass chose to parse and how many claims each extractor found. It then
checks that the fast path changes nothing: on the seed articles (or the project's examples)
``prefilter=False`` with one process must give exactly the claims that ``prefilter=True``
with ``--processes`` gives; when ``../shared/eval/score.py`` exists both are also scored
against the seed gold file.

The runs of (a), (a') and (b) alternate over ``--rounds`` rounds (three by default), and
each ratio printed is the median of the rounds' own ratios: on a machine whose speed drifts
(the same parse can take 17 s in one minute and 22 s in the next), a ratio taken within a
round compares two runs that met the same conditions. Every run of every round reads with
a pipeline loaded for it and warmed on the same few texts (each negotiation's first
article), as a user's one run over an archive would: a pipeline that has read a text
before reads it faster.

Run it with ``python benchmarks/extraction_speed.py``. Times are printed, never asserted;
the CPU seconds beside them tell a busy machine from a slow program.
"""

from __future__ import annotations

import os

# One core per process, as the figures say: NumPy's BLAS, which stancegraph's pipeline
# multiplies with, would otherwise use every core. Read when NumPy loads, so set first.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median
from pathlib import Path

from stancegraph.loaders.documents import read_documents
from stancegraph.loaders.extractor import create_extractor, extractor_names
from stancegraph.loaders.extraction import RuleExtractor
from stancegraph.loaders.extraction.survey import survey
from stancegraph.loaders.nlp import load_model, published_model
from stancegraph.loaders.phrase_cache import cache_folder
from stancegraph.loaders.packs import load_pack
from stancegraph.pipeline import claim_record, extract
from stancegraph.schema import Claim, Document, DomainPack

REPOSITORY = Path(__file__).resolve().parents[1]
SHARED = REPOSITORY.parent / "shared"
SEEDS = SHARED / "seeds"
CORPORA = (SHARED / "seeds", *sorted(SHARED.glob("dev/*/docs")), *sorted(SHARED.glob("train/*/docs")))
PACKS = {
    "seeds": "russia_ukraine_2025",
    "ru_ua": "russia_ukraine_2025",
    "india_pakistan": "india_pakistan_2025",
    "thailand_cambodia": "thailand_cambodia_2025",
    "armenia_azerbaijan": "armenia_azerbaijan_2025",
    "drc_rwanda": "drc_rwanda_2025",
}
"""The shipped pack of each corpus folder's negotiation (``seeds``, or ``dev/NAME/docs``)."""
EXAMPLES = REPOSITORY / "examples" / "articles"
SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "seeds.gold.yaml"


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def corpus_folder() -> Path | None:
    """The seed articles if they are there, else the project's examples, else None."""
    for folder in (SEEDS, EXAMPLES):
        if folder.is_dir():
            return folder
    return None


class Stopwatch:
    """Wall-clock and CPU seconds of a block, worker processes' CPU included.

    Other programs on the machine slow the wall clock but not the CPU count, so the two
    together tell a busy machine from a slow program.
    """

    def __enter__(self) -> Stopwatch:
        self._wall = time.perf_counter()
        self._cpu = self._cpu_now()
        return self

    def __exit__(self, *exc_info) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = self._cpu_now() - self._cpu

    @staticmethod
    def _cpu_now() -> float:
        # Worker processes count once they have been waited for, as nlp.pipe does at its end.
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime


@dataclass
class Round:
    """One round's stopwatches: (a), (a') and each extractor, run one after the other."""

    baseline: Stopwatch | None = None
    ours: Stopwatch | None = None
    extractors: dict[str, Stopwatch] = field(default_factory=dict)


def word_count(text: str) -> int:
    return len(text.split())


@dataclass
class Negotiation:
    """Documents read with one pack: one negotiation's articles."""

    name: str
    pack: DomainPack
    documents: list[Document]


def distinct_documents(generated: int, pack_name: str | None) -> tuple[list[Negotiation], str]:
    """The benchmark's documents, each distinct, grouped by the pack that reads them, and
    where they come from."""
    if not generated:
        folders = [folder for folder in CORPORA if folder.is_dir()]
        if folders:
            seen: set[str] = set()
            groups: dict[str, list[Document]] = {}
            for folder in folders:
                name = pack_name or PACKS.get(folder.parent.name if folder.name == "docs" else folder.name)
                for document in read_documents([folder]).documents:
                    if document.id not in seen:
                        seen.add(document.id)
                        groups.setdefault(name or "", []).append(document)
            return ([Negotiation(name or "default", load_pack(name or None), documents)
                     for name, documents in groups.items()],
                    f"{len(folders)} folders of ../shared")
        generated = 300
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synthetic_corpus import SyntheticCorpus

    pack = load_pack(pack_name)
    corpus = SyntheticCorpus(pack)
    return ([Negotiation(pack_name or "default", pack, [Document.from_text(a.text, source=a.name) for a in corpus.articles(generated)])],
            "synthetic_corpus.py")


def score(claims: list[Claim], documents: Sequence[Document], folder: Path, label: str) -> str:
    """The reference scorer's last line for ``claims``."""
    names = {document.id: document.name for document in documents}
    predicted = folder / f"{label}.jsonl"
    with predicted.open("w", encoding="utf-8") as out:
        for claim in claims:
            out.write(json.dumps(claim_record(claim, names[claim.evidence.document_id]), ensure_ascii=False) + "\n")
    finished = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(predicted)],
        capture_output=True, text=True, check=False,
    )
    lines = finished.stdout.strip().splitlines()
    if finished.returncode != 0 or not lines:
        return f"scorer failed (exit {finished.returncode}): {finished.stderr.strip()[-300:]}"
    return lines[-1]


@dataclass
class Selection:
    """What the extractor's cheap pass chose to parse, and how long that pass took."""

    parsed: int = 0
    sentences: int = 0
    parsed_words: int = 0
    seconds: float = 0.0

    def add(self, other: Selection) -> None:
        self.parsed += other.parsed
        self.sentences += other.sentences
        self.parsed_words += other.parsed_words
        self.seconds += other.seconds


def selection(extractor: RuleExtractor, documents: Sequence[Document]) -> Selection:
    """Run the extractor's own cheap pass (``survey``) again, to count what it parses."""
    chosen = Selection()
    started = time.perf_counter()
    for document in documents:
        context, wanted = survey(document, extractor.resources, extractor.splitter, extractor.passes)
        chosen.parsed += len(wanted)
        chosen.sentences += len(context.sentences)
        chosen.parsed_words += sum(
            word_count(document.text[slice(*context.sentences[i])]) for i in wanted
        )
    chosen.seconds = time.perf_counter() - started
    return chosen


def main(argv: list[str] | None = None) -> int:
    cores = available_cores()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=0,
                        help="time N generated articles instead of ../shared's")
    parser.add_argument("--rounds", type=int, default=3,
                        help="alternating rounds of (a), (a') and (b); medians are printed (default 3)")
    parser.add_argument("--processes", type=int, default=2 if cores >= 2 else 1,
                        help="worker processes for (c) (default 2 on two or more cores)")
    parser.add_argument("--pack", default=None,
                        help="read every article with this pack (default: each negotiation's own)")
    arguments = parser.parse_args(argv)
    if arguments.generated < 0:
        parser.error("--generated must be at least 0")
    if arguments.rounds < 1:
        parser.error("--rounds must be at least 1")
    if arguments.processes < 1:
        parser.error("--processes must be at least 1")

    negotiations, origin = distinct_documents(arguments.generated, arguments.pack)
    documents = [document for group in negotiations for document in group.documents]
    texts = [document.text for document in documents]
    words = sum(word_count(text) for text in texts)
    print(f"corpus: {len(documents):,} distinct documents from {origin}, {words:,} words; {cores} cores; "
          f"packs: {', '.join(f'{g.name} ({len(g.documents)})' for g in negotiations)}")

    published = published_model()
    print(f"model: {published.meta['name']} {published.meta['version']}, pipes {', '.join(published.pipe_names)}")
    print(f"load average before timing: {os.getloadavg()[0]:.2f} (other work on the machine "
          f"slows the wall clock; the CPU seconds are not affected)")

    # The rounds alternate the runs, and each ratio is taken within its round, so a
    # machine that slows down for a while slows both sides of the ratios it touches.
    # Every run reads with a pipeline loaded for it, as a user's one run over an archive
    # does: a pipeline that has read the texts before knows their words (spaCy keeps a
    # lexeme and its features for each), and is about 7 % faster on them.
    rounds: list[Round] = []
    results = {}
    firsts = [group.documents[0].text for group in negotiations]
    for number in range(1, arguments.rounds + 1):
        timed = Round(baseline=Stopwatch(), ours=Stopwatch())
        for watch, load in ((timed.baseline, published_model), (timed.ours, load_model)):
            load_model.cache_clear()  # cached; published_model loads anew each call
            pipeline = load()
            list(pipeline.pipe(firsts))  # what each extractor's set-up reads below
            with watch:
                for _ in pipeline.pipe(texts):
                    pass
        for name in extractor_names():
            load_model.cache_clear()  # cached; published_model loads anew each call
            extractors = [create_extractor(name, group.pack) for group in negotiations]
            for extractor, group in zip(extractors, negotiations):
                extractor.extract(group.documents[:1])  # its set-up (matchers, model) stays out too
            with Stopwatch() as timed.extractors[name]:
                results[name] = [extractor.extract(group.documents)
                                 for extractor, group in zip(extractors, negotiations)]
        rounds.append(timed)
        print(f"round {number}: (a) {timed.baseline.wall:.2f} s, (a') {timed.ours.wall:.2f} s, "
              + ", ".join(f"{name!r} {watch.wall:.2f} s ({timed.baseline.wall / watch.wall:.2f}x (a))"
                          for name, watch in timed.extractors.items()))

    baseline = median([r.baseline.wall for r in rounds])
    ours = median([r.ours.wall for r in rounds])
    print(f"medians of {len(rounds)} rounds; a ratio is the median of the rounds' own ratios")
    print(f"(a) nlp.pipe, whole texts, 1 process:   {baseline:7.2f} s  {words / baseline:9,.0f} words/s")
    print(f"(a') the same, stancegraph's pipeline:  {ours:7.2f} s  {words / ours:9,.0f} words/s  "
          f"{median([r.baseline.wall / r.ours.wall for r in rounds]):5.2f}x (a)")
    for name in extractor_names():
        wall = median([r.extractors[name].wall for r in rounds])
        cpu = median([r.extractors[name].cpu for r in rounds])
        print(f"(b) extractor {name!r:12}, 1 process: {wall:7.2f} s  {words / wall:9,.0f} words/s  "
              f"(CPU {cpu:6.2f} s)  "
              f"{median([r.baseline.wall / r.extractors[name].wall for r in rounds]):5.2f}x (a), "
              f"{median([r.ours.wall / r.extractors[name].wall for r in rounds]):5.2f}x (a'); "
              f"{sum(len(result.claims) for result in results[name]):,} claims")

    processes = arguments.processes
    if processes > 1:
        with Stopwatch() as parallel:  # what ingest --jobs runs: workers' start-up included
            for group in negotiations:
                extract(group.documents, group.pack, jobs=processes)
        print(f"(c) extractor {extractor_names()[0]!r:12}, {processes} processes: {parallel.wall:6.2f} s  "
              f"{words / parallel.wall:9,.0f} words/s  (CPU {parallel.cpu:6.2f} s)  "
              f"{baseline / parallel.wall:5.2f}x (a), the median (a); "
              f"{len(negotiations)} pool start-up{'s' if len(negotiations) > 1 else ''}, one a pack"
              + (" (--pack NAME: one)" if len(negotiations) > 1 else "")
              + ("; phrases from the cache" if cache_folder() is not None else "; phrases tagged, no cache"))

    nlp = load_model()
    chosen = Selection()
    for group in negotiations:
        chosen.add(selection(RuleExtractor(group.pack, nlp=nlp), group.documents))
    print(f"sentences parsed: {chosen.parsed:,} of {chosen.sentences:,} "
          f"({chosen.parsed / chosen.sentences:.1%}), {chosen.parsed_words / words:.1%} of the words; "
          f"the cheap pass alone: {chosen.seconds:.2f} s")

    folder = corpus_folder()
    originals = list(read_documents([folder]).documents) if folder else []
    if not originals:
        return 0
    print(f"\nfast path check on the {len(originals)} articles of {folder}:")
    pack = load_pack(arguments.pack or (PACKS["seeds"] if folder == SEEDS else None))
    fast = RuleExtractor(pack, nlp=nlp, n_process=processes, prefilter=True).extract(originals)
    full = RuleExtractor(pack, nlp=nlp, n_process=1, prefilter=False).extract(originals)
    print(f"claims: {len(fast.claims)} with prefilter, {len(full.claims)} without")
    print(f"claims identical: {'yes' if fast.claims == full.claims else 'no'}")
    names = {document.id: document.name for document in originals}
    for label, mine, other in (("prefilter", fast.claims, full.claims),
                               ("full parse", full.claims, fast.claims)):
        for claim in [c for c in mine if c not in other][:10]:
            print(f"  only with {label}: {names[claim.evidence.document_id]} "
                  f"@{claim.evidence.start} {claim.actor} {claim.stance} "
                  f"{claim.topic or claim.target_actor} {claim.confidence}")
    if folder == SEEDS and SCORER.is_file() and GOLD.is_file():
        with tempfile.TemporaryDirectory() as scratch:
            for label, claims in (("prefilter", fast.claims), ("full_parse", full.claims)):
                print(f"score, {label:10}  {score(claims, originals, Path(scratch), label)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
