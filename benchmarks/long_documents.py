"""Extraction time per word for one document of 1,000 to 1,000,000 words.

Generates one transcript-like document of each size (``synthetic_corpus.py``: templates of
our own and the pack's vocabulary, quotations attributed across paragraphs), extracts it
with the default extractor in this process, and prints seconds per 1,000 words (wall and
CPU), the claims found and the peak memory, then the ratio of the largest document's CPU
time per word to the smallest's (the goal: within 1.5). Each size runs ``--runs`` times,
alternating sizes, and the medians are printed; the machine may be shared, so CPU time is
the steadier figure. Run ``python benchmarks/long_documents.py`` (about five minutes on
this machine); ``--words 1000 10000`` is a quick look. Times are printed, never asserted.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from synthetic_corpus import SyntheticCorpus

from stancegraph.loaders.extractor import DEFAULT_EXTRACTOR, create_extractor
from stancegraph.loaders.packs import load_pack
from stancegraph.schema import Document


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, nargs="+", default=[1_000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=1)
    arguments = parser.parse_args(argv)

    pack = load_pack()
    corpus = SyntheticCorpus(pack)
    extractor = create_extractor(DEFAULT_EXTRACTOR, pack)
    extractor.extract([Document.from_text(corpus.long_document(300, number=99), "warm.txt")])
    documents = {words: Document.from_text(corpus.long_document(words), f"long_{words}.txt")
                 for words in arguments.words}
    print(f"extractor: {DEFAULT_EXTRACTOR} (the default)")
    wall: dict[int, list[float]] = {w: [] for w in documents}
    cpu: dict[int, list[float]] = {w: [] for w in documents}
    claims: dict[int, int] = {}
    for _ in range(arguments.runs):
        for words, document in documents.items():
            started, processor = time.perf_counter(), time.process_time()
            claims[words] = len(extractor.extract([document]).claims)
            wall[words].append(time.perf_counter() - started)
            cpu[words].append(time.process_time() - processor)
    per_word = {}
    for words, document in documents.items():
        count = len(document.text.split())
        per_word[words] = statistics.median(cpu[words]) / count * 1000
        print(f"{count:>9,} words ({len(document.text) / 1e6:5.2f} MB): "
              f"{statistics.median(wall[words]) / count * 1000:.3f} s wall, "
              f"{per_word[words]:.3f} s CPU per 1,000 words; {claims[words]:,} claims", flush=True)
    smallest, largest = min(per_word), max(per_word)
    print(f"CPU per word, {largest:,} words against {smallest:,}: "
          f"{per_word[largest] / per_word[smallest]:.2f}x")
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
