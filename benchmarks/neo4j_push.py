"""How fast ``push`` writes into Neo4j: batched statements against one statement per row.

Starts the test Neo4j (``tests/neo4j/launcher``: Neo4j Community 5.26 in process, built with
Maven on first use) and prints the wall time of its start, which is what the test fixture
costs. Builds a synthetic stance graph with ``benchmarks/store_load.py``'s generator
(30,000 claims give about 65,000 relationships) and times, each into an emptied database:

- ``push`` with batches of ``--batch-size`` rows: one ``UNWIND $rows`` statement and one
  transaction per batch;
- the same push again, when every row is already there (nothing is written);
- one statement per row, each its own transaction (the same statements with a one-row
  ``$rows``), on a sample of ``--sample-claims`` claims, since it is far slower;
- one statement per row, a transaction per ``--batch-size`` rows, on the same sample;
- batched ``push`` of the same sample, so the two are compared on equal footing.

Rates are rows (nodes and relationships) a second. Run it with
``python benchmarks/neo4j_push.py``. Times are printed, never asserted.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import networkx as nx

import neo4j

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "tests" / "neo4j"))
sys.path.insert(0, str(REPOSITORY / "benchmarks"))

from neo4j_server import launcher_classpath, start_neo4j  # noqa: E402
from store_load import synthetic_corpus  # noqa: E402

from stancegraph.graph.model import build_graph  # noqa: E402
from stancegraph.graph.neo4j import Neo4jDatabase, graph_batches, push  # noqa: E402
from stancegraph.schema.models import Actor, InfrastructureCategory, Topic  # noqa: E402


def synthetic_graph(claim_count: int) -> nx.MultiDiGraph:
    entities, documents, claims = synthetic_corpus(claim_count)
    return build_graph(
        documents,
        [e for e in entities if isinstance(e, Actor)],
        [e for e in entities if isinstance(e, Topic)],
        [e for e in entities if isinstance(e, InfrastructureCategory)],
        claims,
    )


def rows_of(graph: nx.MultiDiGraph) -> int:
    return graph.number_of_nodes() + graph.number_of_edges()


def clear(driver: neo4j.Driver) -> None:
    """Delete every node, in transactions of 10,000 (the constraints stay)."""
    with driver.session() as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


def count(driver: neo4j.Driver) -> tuple[int, int]:
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS c").records[0]["c"]
    edges = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c").records[0]["c"]
    return nodes, edges


def per_row_own_transactions(graph, server) -> None:
    """One statement per row, each in its own managed write transaction."""
    with Neo4jDatabase(server.bolt_uri, server.user, server.password) as database:
        database.ensure_unique_ids(tuple(sorted({d["label"] for _, d in graph.nodes(data=True)})))
        for batch in graph_batches(graph, batch_size=1):
            database.write(batch.statement, batch.parameters)


def per_row_shared_transactions(graph, driver, batch_size: int) -> None:
    """One statement per row; a managed transaction holds ``batch_size`` of them."""
    batches = list(graph_batches(graph, batch_size=batch_size))

    def work(transaction, batch):
        for row in batch.rows:
            transaction.run(batch.statement, rows=[row]).consume()

    with driver.session() as session:
        for batch in batches:
            session.execute_write(work, batch)


def timed(label: str, rows: int, action) -> float:
    started = time.perf_counter()
    action()
    elapsed = time.perf_counter() - started
    rate = rows / elapsed
    print(f"{label:58} {rows:>8,} rows {elapsed:8.2f} s {rate:>10,.0f} rows/s", flush=True)
    return rate


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=30_000)
    parser.add_argument("--sample-claims", type=int, default=1_500)
    parser.add_argument("--batch-size", type=int, default=1_000)
    arguments = parser.parse_args(argv)

    started = time.perf_counter()
    launcher_classpath()
    print(f"launcher built or found (Maven):  {time.perf_counter() - started:6.1f} s")
    server = start_neo4j(http=True)
    try:
        print(f"Neo4j {server.version} start (Bolt and HTTP, wall time to ready): "
              f"{server.start_seconds:.1f} s")
        started = time.perf_counter()
        graph = synthetic_graph(arguments.claims)
        sample = synthetic_graph(arguments.sample_claims)
        print(f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} "
              f"relationships ({arguments.claims:,} claims); sample: "
              f"{sample.number_of_nodes():,} nodes, {sample.number_of_edges():,} relationships "
              f"({time.perf_counter() - started:.1f} s to generate)")
        driver = neo4j.GraphDatabase.driver(server.bolt_uri, auth=server.auth)
        with driver:
            def push_graph(g):
                return lambda: push(g, server.bolt_uri, server.user, server.password,
                                    batch_size=arguments.batch_size)

            # Warm up the JIT and create the constraints, not measured.
            push_graph(sample)()
            clear(driver)

            batched = timed(f"push, batches of {arguments.batch_size:,}", rows_of(graph),
                            push_graph(graph))
            assert count(driver) == (graph.number_of_nodes(), graph.number_of_edges())
            timed("push again, nothing to write", rows_of(graph), push_graph(graph))
            clear(driver)

            per_row = timed("one statement per row, own transaction (sample)",
                            rows_of(sample), lambda: per_row_own_transactions(sample, server))
            assert count(driver) == (sample.number_of_nodes(), sample.number_of_edges())
            clear(driver)
            timed(f"one statement per row, {arguments.batch_size:,} a transaction (sample)",
                  rows_of(sample),
                  lambda: per_row_shared_transactions(sample, driver, arguments.batch_size))
            clear(driver)
            batched_sample = timed(f"push, batches of {arguments.batch_size:,} (sample)",
                                   rows_of(sample), push_graph(sample))
            clear(driver)
    finally:
        server.stop()
    print(f"batched / per row: {batched / per_row:.0f}x on the full graph, "
          f"{batched_sample / per_row:.0f}x on the sample")


if __name__ == "__main__":
    main()
