"""The Cypher and CSV exports, loaded into a real Neo4j, give the graph ``push`` gives."""

from __future__ import annotations

import pytest
from neo4j_graphs import (
    PACK,
    clear_database,
    expected_form,
    explain_notifications,
    make_claim,
    make_document,
    neo4j_form,
    property_types,
    river_corpus,
)
from neo4j_server import LauncherError, run_neo4j_admin, start_neo4j, unavailable

import neo4j
from stancegraph.graph.export import export_csv, export_cypher
from stancegraph.graph.model import NODE_LABELS, build_graph
from stancegraph.graph.neo4j import push

pytestmark = pytest.mark.neo4j

AWKWARD = [
    'Southland\'s envoy said "no; never" \\ twice & left <early>.',
    "Northland, in a statement: \u202eevif\u202c — 😀 — مرحبا — שלום;\tthen\nsilence\x07.",
]


def export_test_graph():
    """The river corpus and a document whose sentences every format finds awkward."""
    corpus = river_corpus()
    awkward = make_document(AWKWARD, source="odd/\"quoted\";name.txt", title="A 'title'; <b>")
    claims = corpus.claims + [
        make_claim(awkward, AWKWARD[0], "southland", "reject", "dam_inspection",
                   speaker='Southland\'s "envoy"'),
        make_claim(awkward, AWKWARD[1], "northland", "concede", "canal_truce",
                   infrastructure=("pumping_stations",), speaker="Northland\u200f"),
    ]
    return build_graph(corpus.documents + [awkward], PACK.actors + PACK.commentators,
                       PACK.topics, PACK.infrastructure, claims)


def pushed_form(server, driver, graph):
    clear_database(driver)
    push(graph, server.bolt_uri, server.user, server.password)
    return neo4j_form(driver), property_types(driver)


def test_cypher_script_on_an_empty_database_gives_the_pushed_graph(empty_neo4j, neo4j_driver,
                                                                   tmp_path):
    graph = export_test_graph()
    pushed, pushed_types = pushed_form(empty_neo4j, neo4j_driver, graph)
    script = tmp_path / "graph.cypher"
    export_cypher(graph, script, batch_size=7)
    statements = [s.strip() for s in script.read_text(encoding="utf-8").split(";") if s.strip()]
    clear_database(neo4j_driver)

    flagged = {}
    with neo4j_driver.session() as session:
        for statement in statements:
            # Explained just before it runs, in the state a real run meets it in.
            notifications = explain_notifications(neo4j_driver, statement, {})
            if notifications:
                flagged[statement[:120]] = notifications
            session.run(statement).consume()  # auto-commit, as cypher-shell runs a script

    assert flagged == {}
    assert neo4j_form(neo4j_driver) == pushed == expected_form(graph)
    assert property_types(neo4j_driver) == pushed_types
    names = {r["name"] for r in neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name").records}
    assert len(names) == len(NODE_LABELS)


def test_cypher_script_run_twice_changes_nothing(empty_neo4j, neo4j_driver, tmp_path):
    graph = export_test_graph()
    script = tmp_path / "graph.cypher"
    export_cypher(graph, script)
    statements = [s.strip() for s in script.read_text(encoding="utf-8").split(";") if s.strip()]
    with neo4j_driver.session() as session:
        for statement in statements:
            session.run(statement).consume()
        once = neo4j_form(neo4j_driver)
        created = 0
        for statement in statements:
            counters = session.run(statement).consume().counters
            created += counters.nodes_created + counters.relationships_created
    assert created == 0
    assert neo4j_form(neo4j_driver) == once


def test_csv_import_with_neo4j_admin_gives_the_pushed_graph(empty_neo4j, neo4j_driver,
                                                            tmp_path):
    graph = export_test_graph()
    export = export_csv(graph, tmp_path / "csv")
    home = tmp_path / "home"

    result = run_neo4j_admin(export.neo4j_admin_arguments("neo4j"), home)

    output = "\n".join((result.stdout + result.stderr).strip().splitlines()[-25:])
    assert result.returncode == 0, f"neo4j-admin database import failed:\n{output}"
    try:
        imported_server = start_neo4j(copy_from=home)
    except LauncherError as error:
        unavailable(f"a second Neo4j on the imported database: {error}")
    try:
        driver = neo4j.GraphDatabase.driver(imported_server.bolt_uri, auth=imported_server.auth)
        with driver:
            imported = neo4j_form(driver)
            imported_types = property_types(driver)
    finally:
        imported_server.stop()
    pushed, pushed_types = pushed_form(empty_neo4j, neo4j_driver, graph)

    imported_nodes, imported_relationships = imported
    pushed_nodes, pushed_relationships = pushed
    assert len(imported_nodes) == len(pushed_nodes) == graph.number_of_nodes()
    assert sum(imported_relationships.values()) == sum(pushed_relationships.values())
    assert imported_types == pushed_types
    assert imported == pushed
