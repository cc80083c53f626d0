"""What ``push`` would send, checked without a server: statements, batches, refusals."""

from __future__ import annotations

import doctest
import socket
import time
from itertools import product

import networkx as nx
import pytest
from neo4j_graphs import river_corpus

from stancegraph.errors import BackendError
from stancegraph.graph import neo4j as neo4j_module
from stancegraph.graph.model import NODE_LABELS, RELATIONSHIP_TYPES
from stancegraph.graph.neo4j import (
    Neo4jDatabase,
    graph_batches,
    node_statement,
    push,
    relationship_statement,
)


def test_docstring_examples_run():
    failures, tried = doctest.testmod(neo4j_module, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0


def test_batches_cover_every_node_and_edge_once():
    graph = river_corpus().graph()
    batches = list(graph_batches(graph, batch_size=2))
    assert all(1 <= len(batch.rows) <= 2 for batch in batches)
    nodes = [row["id"] for b in batches if "MERGE (n:" in b.statement for row in b.rows]
    edges = [row for b in batches if "MERGE (a)-" in b.statement for row in b.rows]
    assert sorted(nodes) == sorted(data["id"] for _, data in graph.nodes(data=True))
    assert len(edges) == graph.number_of_edges()


def test_nodes_come_before_relationships():
    statements = [b.statement for b in graph_batches(river_corpus().graph())]
    first_relationship = next(i for i, s in enumerate(statements) if "MERGE (a)-" in s)
    assert all("MERGE (n:" in s for s in statements[:first_relationship])
    assert all("MERGE (a)-" in s for s in statements[first_relationship:])


def test_stance_relationships_merge_on_their_claim_id():
    graph = river_corpus().graph()
    for batch in graph_batches(graph):
        if "DEMANDS" in batch.statement:
            assert "{claim_id: row.key}" in batch.statement
            assert all(row["key"] == row["properties"]["claim_id"] for row in batch.rows)
        if "ABOUT" in batch.statement:
            assert "row.key" not in batch.statement


def test_statements_are_templates_of_labels_and_types_only():
    # Every statement sent is one of the fixed templates: no value ever becomes Cypher.
    templates = {node_statement(label) for label in NODE_LABELS}
    templates |= {
        relationship_statement(kind, source, target)
        for kind, source, target in product(RELATIONSHIP_TYPES, NODE_LABELS, NODE_LABELS)
    }
    statements = {batch.statement for batch in graph_batches(river_corpus().graph())}
    assert statements <= templates
    assert len(statements) > 10


@pytest.mark.parametrize("label", ["Person", "Actor) DETACH DELETE (n", "actor", ""])
def test_an_unknown_label_is_refused(label):
    with pytest.raises(BackendError, match="not one of the graph model's labels"):
        node_statement(label)


def test_the_script_and_the_push_refuse_a_label_in_the_same_words():
    from stancegraph.graph.export import ExportError, node_query

    with pytest.raises(ExportError) as in_the_script:
        node_query("Person")
    with pytest.raises(BackendError) as in_a_push:
        node_statement("Person")
    assert str(in_the_script.value).removeprefix("EXPORT: ") == str(
        in_a_push.value
    ).removeprefix("NEO4J: ")


def test_an_unknown_relationship_type_is_refused():
    with pytest.raises(BackendError, match="not one of the graph model's relationship types"):
        relationship_statement("LIKES]->() DELETE r //", "Actor", "Actor")


def test_a_graph_with_a_foreign_label_fails_before_connecting():
    graph = nx.MultiDiGraph()
    graph.add_node("x", label="Robot", id="x")
    with pytest.raises(BackendError, match="node 'x': label 'Robot' is not one of"):
        # No server at this port: the graph is refused before any connection is tried.
        push(graph, "bolt://127.0.0.1:1", "neo4j", "secret")


def test_a_stance_edge_without_claim_id_is_refused():
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a")
    graph.add_node("position:a", label="Demand", id="a:demand:t")
    graph.add_edge("actor:a", "position:a", key="c1", type="DEMANDS")
    with pytest.raises(BackendError, match="has no string claim_id"):
        list(graph_batches(graph))


def test_a_map_property_is_refused():
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a", extra={"x": 1})
    with pytest.raises(BackendError, match="property extra holds a dict"):
        list(graph_batches(graph))


def test_list_properties_are_sent_as_lists_and_empty_ones_left_out():
    graph = river_corpus().graph()
    rows = {row["id"]: row["properties"] for batch in graph_batches(graph)
            if "MERGE (n:Actor" in batch.statement for row in batch.rows}
    assert rows["northland"]["aliases"] == ["the northern cabinet"]
    assert "aliases" not in rows["riverford"]


def test_two_nodes_with_one_label_and_id_are_refused():
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a")
    graph.add_node("actor:a2", label="Actor", id="a")
    with pytest.raises(BackendError, match="two Actor nodes have id 'a'"):
        list(graph_batches(graph))


def test_a_server_that_never_answers_fails_within_the_connection_timeout():
    # A socket that listens but never accepts: TCP connects, the Bolt handshake never ends.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(BackendError, match="cannot reach") as raised:
            Neo4jDatabase(f"bolt://127.0.0.1:{port}", "neo4j", "secret-4d1c",
                          connection_timeout=1.0)
        elapsed = time.monotonic() - started
    assert elapsed < 5.0
    assert "\n" not in str(raised.value)
    assert "secret-4d1c" not in str(raised.value)


def test_user_info_in_the_uri_is_not_repeated():
    with pytest.raises(BackendError) as raised:
        Neo4jDatabase("bolt://neo4j:hunter2@127.0.0.1:1", "neo4j", "other")
    assert "hunter2" not in str(raised.value)
