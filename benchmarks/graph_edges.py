"""How ``GraphBuilder.finish`` should write edges: networkx's private adjacency dicts or
the public ``MultiDiGraph.add_edges_from``.

Feeds a ``GraphBuilder`` the rows of a synthetic store of 100,000 claims (40 actors, 30
topics, 8 infrastructure categories, 5,000 documents: about 250,000 edges), as
``GraphStore.load_graph`` does, then times ``finish`` -- which adds the nodes and writes
the edges -- once with each edge writer, alternating, and prints the median, the fastest
and the slowest of each and their ratio. Both graphs are checked equal, edge order
included. Run it with ``python benchmarks/graph_edges.py [--claims 100000] [--runs 7]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import time
from collections.abc import Iterable
from typing import Any

import networkx as nx

from stancegraph.graph import model
from stancegraph.graph.model import GraphBuilder, encode_list
from stancegraph.schema.positions import STANCES

SENTENCES_PER_DOCUMENT = 20


def synthetic_rows(claim_count: int, seed: int = 7) -> dict[str, list[tuple[Any, ...]]]:
    """Entity and claim rows as the store's tables hold them."""
    rng = random.Random(seed)
    actors = [
        (f"actor_{i}", f"Actor {i}", "state" if i < 10 else "person",
         f"actor_{i % 10}" if i >= 10 else None, encode_list([f"A{i}"]), "[]")
        for i in range(40)
    ]
    topics = [
        (f"topic_{i}", f"topic {i}", "", "topic_0" if i else None, encode_list([f"issue {i}"]))
        for i in range(30)
    ]
    categories = [
        (f"category_{i}", f"category {i}", "category_0" if i else None, "[]") for i in range(8)
    ]
    documents = []
    claims = []
    for number in range(-(-claim_count // SENTENCES_PER_DOCUMENT)):
        document_id = f"{number:064x}"
        documents.append((document_id, f"synthetic/{number:06d}.txt", f"Doc {number}", None))
        for sentence in range(SENTENCES_PER_DOCUMENT):
            if len(claims) == claim_count:
                break
            stance = rng.choice(STANCES)
            actor = f"actor_{rng.randrange(40)}"
            infrastructure = sorted(
                {f"category_{rng.randrange(8)}" for _ in range(rng.randrange(3))}
            )
            claims.append((
                f"claim_{len(claims):08d}", actor, stance,
                None if stance == "accuse" and rng.random() < 0.5 else f"topic_{rng.randrange(30)}",
                infrastructure,
                f"actor_{rng.randrange(10)}" if stance == "accuse" else None,
                document_id, f"Sentence {sentence} of document {number}.", sentence * 40,
                sentence * 40 + 30, actor.replace("_", " "), round(rng.random(), 3),
                json.dumps(infrastructure),
            ))
    return {"documents": documents, "actors": actors, "topics": topics,
            "categories": categories, "claims": claims}


def filled_builder(rows: dict[str, list[tuple[Any, ...]]]) -> GraphBuilder:
    builder = GraphBuilder()
    for row in rows["documents"]:
        builder.add_document(*row)
    for row in rows["actors"]:
        builder.add_actor(*row)
    for row in rows["topics"]:
        builder.add_topic(*row)
    for row in rows["categories"]:
        builder.add_category(*row)
    for row in rows["claims"]:
        builder.add_claim(*row)
    return builder


def public_add_edges(
    graph: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str, dict[str, Any]]]
) -> None:
    graph.add_edges_from(edges)


def time_finish(rows, edge_writer) -> tuple[float, nx.MultiDiGraph]:
    """Seconds ``finish`` takes with ``edge_writer`` in place of ``model._add_edges``."""
    builder = filled_builder(rows)
    original = model._add_edges
    model._add_edges = edge_writer
    try:
        with model.paused_garbage_collection():
            started = time.perf_counter()
            graph = builder.finish()
            elapsed = time.perf_counter() - started
    finally:
        model._add_edges = original
    return elapsed, graph


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each writer")
    arguments = parser.parse_args(argv)

    rows = synthetic_rows(arguments.claims)
    with model.paused_garbage_collection():
        started = time.perf_counter()
        filled_builder(rows)
        filling = time.perf_counter() - started
    writers = {"private _succ/_pred": model._add_edges, "public add_edges_from": public_add_edges}
    times: dict[str, list[float]] = {name: [] for name in writers}
    graphs: dict[str, nx.MultiDiGraph] = {}
    for _ in range(arguments.runs):
        for name, writer in writers.items():
            graphs.pop(name, None)
            gc.collect()
            elapsed, graphs[name] = time_finish(rows, writer)
            times[name].append(elapsed)

    private, public = graphs.values()
    assert list(private.nodes(data=True)) == list(public.nodes(data=True))
    assert list(private.edges(keys=True, data=True)) == list(public.edges(keys=True, data=True))
    print(f"GraphBuilder.finish on {len(rows['claims']):,} claims "
          f"({private.number_of_nodes():,} nodes, {private.number_of_edges():,} edges), "
          f"networkx {nx.__version__}, {arguments.runs} runs each, alternating")
    print(f"{'edge writer':24} {'median':>8} {'min':>8} {'max':>8}")
    for name, measured in times.items():
        print(f"{name:24} {statistics.median(measured):7.3f}s {min(measured):7.3f}s "
              f"{max(measured):7.3f}s")
    ratio = statistics.median(times["public add_edges_from"]) / statistics.median(
        times["private _succ/_pred"])
    print(f"public / private (medians): {ratio:.2f}; for scale, adding the rows to the "
          f"builder before finish takes {filling:.3f}s")


if __name__ == "__main__":
    main()
