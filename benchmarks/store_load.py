"""How fast the graph store writes and loads a large synthetic store.

Builds a store of 100,000 claims (5,000 documents of 20 sentences, 40 actors, 30 topics,
8 infrastructure categories) in a temporary folder and prints the time to write it, to load
it into a networkx graph, to count it with ``stats`` and to read the claims back as models,
with the peak memory of the graph load. Run it with ``python benchmarks/store_load.py``;
``--claims`` changes the size.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from stancegraph.graph.store import GraphStore
from stancegraph.schema.models import (
    Actor,
    Claim,
    Document,
    Evidence,
    InfrastructureCategory,
    Topic,
)
from stancegraph.schema.positions import STANCES

SENTENCES_PER_DOCUMENT = 20
DOCUMENTS_PER_BATCH = 500


def synthetic_corpus(claim_count: int, seed: int = 7):
    """Return (entities, documents, claims) of about ``claim_count`` claims."""
    rng = random.Random(seed)
    actors = [
        Actor(id=f"actor_{i}", name=f"Actor {i}", kind="state" if i < 10 else "person",
              party=f"actor_{i % 10}" if i >= 10 else None, aliases=(f"A{i}",))
        for i in range(40)
    ]
    topics = [
        Topic(id=f"topic_{i}", label=f"topic {i}", parent="topic_0" if i else None,
              phrases=(f"issue {i}",))
        for i in range(30)
    ]
    categories = [
        InfrastructureCategory(id=f"category_{i}", label=f"category {i}",
                               broader="category_0" if i else None)
        for i in range(8)
    ]
    documents: list[Document] = []
    claims: list[Claim] = []
    document_count = -(-claim_count // SENTENCES_PER_DOCUMENT)
    for d in range(document_count):
        sentences = [
            f"Document {d} sentence {s}: the parties argued about the terms again."
            for s in range(SENTENCES_PER_DOCUMENT)
        ]
        text = " ".join(sentences)
        document = Document.from_text(text, source=f"synthetic/{d:06d}.txt", title=f"Doc {d}")
        documents.append(document)
        start = 0
        for sentence in sentences:
            if len(claims) == claim_count:
                break
            stance = rng.choice(STANCES)
            actor = f"actor_{rng.randrange(40)}"
            topic = f"topic_{rng.randrange(30)}"
            claims.append(Claim(
                actor=actor,
                stance=stance,
                topic=None if stance == "accuse" and rng.random() < 0.5 else topic,
                target_actor=f"actor_{rng.randrange(10)}" if stance == "accuse" else None,
                infrastructure=tuple(
                    sorted({f"category_{rng.randrange(8)}" for _ in range(rng.randrange(3))})
                ),
                evidence=Evidence(document_id=document.id, sentence=sentence, start=start,
                                  end=start + len(sentence), speaker=actor.replace("_", " ")),
                confidence=round(rng.random(), 3),
            ))
            start += len(sentence) + 1
    return [*actors, *topics, *categories], documents, claims


def seconds(started: float) -> str:
    return f"{time.perf_counter() - started:6.2f} s"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    arguments = parser.parse_args(argv)

    started = time.perf_counter()
    entities, documents, claims = synthetic_corpus(arguments.claims)
    print(f"generate {len(claims):,} claims, {len(documents):,} documents: {seconds(started)}")

    with tempfile.TemporaryDirectory() as folder:
        with GraphStore.open(folder) as store:
            started = time.perf_counter()
            store.write(entities)
            by_document: dict[str, list[Claim]] = {}
            for claim in claims:
                by_document.setdefault(claim.evidence.document_id, []).append(claim)
            for offset in range(0, len(documents), DOCUMENTS_PER_BATCH):
                batch = documents[offset:offset + DOCUMENTS_PER_BATCH]
                store.write(None, batch, [c for d in batch for c in by_document.get(d.id, ())])
            print(f"write ({DOCUMENTS_PER_BATCH} documents a transaction):   {seconds(started)}")

            started = time.perf_counter()
            again = store.write(entities, documents, claims)
            assert not again.changed
            print(f"re-write, nothing new:                   {seconds(started)}")
        size = (Path(folder) / "graph.sqlite").stat().st_size
        # A query command reads a store in a fresh process: drop the generated models first.
        claim_count = len(claims)
        del entities, documents, claims, by_document
        gc.collect()
        print(f"store size:                              {size / 2**20:6.1f} MiB")

        with GraphStore.open(folder) as store:
            started = time.perf_counter()
            graph = store.load_graph()
            print(f"load_graph:                              {seconds(started)}"
                  f"  ({graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges)")

            started = time.perf_counter()
            counts = store.stats()
            print(f"stats (SQL):                             {seconds(started)}")
            assert counts["claims"] == claim_count

            started = time.perf_counter()
            stored_claims = store.claims()
            print(f"claims() as models:                      {seconds(started)}")
            assert len(stored_claims) == claim_count
            del stored_claims

            del graph
            tracemalloc.start()
            graph = store.load_graph()
            held, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"graph held in memory:                    {held / 2**20:6.1f} MiB")
            del graph
            print(f"load_graph peak Python memory:           {peak / 2**20:6.1f} MiB")

    # ru_maxrss is in KiB on Linux and bytes on macOS.
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_rss_mib = peak_rss / 2**20 if sys.platform == "darwin" else peak_rss / 2**10
    print(f"process peak RSS (whole run):            {peak_rss_mib:6.1f} MiB")


if __name__ == "__main__":
    main()
