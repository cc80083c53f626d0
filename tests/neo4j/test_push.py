"""``push`` against a real Neo4j: the graph arrives whole, twice is once, nothing is flagged."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from neo4j_graphs import (
    Corpus,
    expected_form,
    explain_notifications,
    make_claim,
    make_document,
    neo4j_form,
    river_corpus,
    without_xml_forbidden,
)

import neo4j
from stancegraph.errors import BackendError
from stancegraph.graph.model import NODE_LABELS, build_graph
from stancegraph.graph.export.cypher import constraint_name
from stancegraph.graph.neo4j import push
from stancegraph.schema.models import Actor, Topic

pytestmark = pytest.mark.neo4j


def push_to(server, graph, **options):
    return push(graph, server.bolt_uri, server.user, server.password, **options)


def test_push_gives_the_networkx_graph(empty_neo4j, neo4j_driver):
    graph = river_corpus().graph()
    summary = push_to(empty_neo4j, graph)

    nodes, relationships = neo4j_form(neo4j_driver)
    expected_nodes, expected_relationships = expected_form(graph)
    assert len(nodes) == graph.number_of_nodes() == summary.nodes
    assert sum(relationships.values()) == graph.number_of_edges() == summary.relationships
    assert nodes == expected_nodes
    assert relationships == expected_relationships
    assert summary.counters.nodes_created == graph.number_of_nodes()
    assert summary.counters.relationships_created == graph.number_of_edges()


def test_push_in_batches_of_one_gives_the_same_graph(empty_neo4j, neo4j_driver):
    graph = river_corpus().graph()
    push_to(empty_neo4j, graph, batch_size=1)
    assert neo4j_form(neo4j_driver) == expected_form(graph)


def test_second_push_changes_nothing(empty_neo4j, neo4j_driver):
    graph = river_corpus().graph()
    first = push_to(empty_neo4j, graph)
    before = neo4j_form(neo4j_driver)

    second = push_to(empty_neo4j, graph, batch_size=3)

    assert first.changed
    assert not second.changed, second.counters
    assert second.counters.nodes_created == 0
    assert second.counters.relationships_created == 0
    assert second.counters.properties_set == 0
    assert second.counters.constraints_added == 0
    assert neo4j_form(neo4j_driver) == before


def test_push_of_a_grown_graph_adds_only_what_is_new(empty_neo4j, neo4j_driver):
    corpus = river_corpus()
    push_to(empty_neo4j, Corpus(corpus.documents[:1], corpus.claims[:5]).graph())

    summary = push_to(empty_neo4j, corpus.graph())

    assert neo4j_form(neo4j_driver) == expected_form(corpus.graph())
    assert summary.counters.relationships_created > 0
    # The demand position gained a claim: its count is updated, the node not duplicated.
    records = neo4j_driver.execute_query(
        "MATCH (p:Demand {id: 'northland:demand:water_quota'}) RETURN p.claims AS claims"
    ).records
    assert [r["claims"] for r in records] == [2]


def test_show_constraints_lists_a_unique_id_for_every_label(empty_neo4j, neo4j_driver):
    push_to(empty_neo4j, river_corpus().graph())

    records = neo4j_driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties"
    ).records
    constraints = {(r["labelsOrTypes"][0], tuple(r["properties"])): r for r in records}
    for label in NODE_LABELS:
        constraint = constraints[(label, ("id",))]
        assert constraint["type"] == "UNIQUENESS"
        assert constraint["entityType"] == "NODE"
        assert constraint["name"] == constraint_name(label)


def test_constraints_reject_a_duplicate_id(empty_neo4j, neo4j_driver):
    push_to(empty_neo4j, river_corpus().graph())
    with pytest.raises(neo4j.exceptions.ConstraintError):
        neo4j_driver.execute_query("CREATE (:Actor {id: 'northland'})")


# -- notifications --------------------------------------------------------------------------


@pytest.fixture
def sent_statements(monkeypatch):
    """Record every statement the driver runs in a managed transaction, with its parameters."""
    sent = []
    original = neo4j.ManagedTransaction.run

    def recording_run(self, query, parameters=None, **kwargs):
        sent.append((query, dict(parameters or {}, **kwargs)))
        return original(self, query, parameters, **kwargs)

    monkeypatch.setattr(neo4j.ManagedTransaction, "run", recording_run)
    return sent


def test_every_statement_push_sends_explains_without_notifications(
    empty_neo4j, neo4j_driver, sent_statements
):
    graph = river_corpus().graph()
    push_to(empty_neo4j, graph, batch_size=4)  # on an empty database: creates everything
    first_push = len(sent_statements)
    push_to(empty_neo4j, graph, batch_size=4)  # again: every MERGE finds what it merges
    assert {query.split()[0] for query, _ in sent_statements} == {"SHOW", "CREATE", "UNWIND"}

    flagged = {}
    for query, parameters in sent_statements:
        notifications = explain_notifications(neo4j_driver, query, parameters)
        if notifications:
            flagged[query] = notifications
    assert flagged == {}
    # The second push found the constraints and sent no DDL, which the server would have
    # answered with an "already exists" notification.
    assert not [q for q, _ in sent_statements[first_push:] if q.startswith("CREATE")]


def test_push_statements_explain_cleanly_on_an_empty_database(
    empty_neo4j, neo4j_driver, sent_statements
):
    # Before anything exists, labels and types are unknown to the database: still no notes.
    push_to(empty_neo4j, river_corpus().graph())
    statements = list(sent_statements)
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    for query, parameters in statements:
        assert explain_notifications(neo4j_driver, query, parameters) == [], query


def test_explain_check_can_see_a_notification(empty_neo4j, neo4j_driver):
    # The checks above must be able to fail: a cartesian product is flagged.
    assert explain_notifications(neo4j_driver, "MATCH (a:Actor), (b:Actor) RETURN a, b", {})


# -- hostile text ---------------------------------------------------------------------------

HOSTILE_PIECES = [
    "'", '"', "\\", "\\'", '\\"', "`", "<", ">", "&", "&amp;", "<script>", "]]>", "${rows}",
    "$rows", "{id: 'x'}", "MATCH (n) DETACH DELETE n //", "\x00", "\x01", "\x07", "\x1b[31m",
    "\t", "\r\n", "\u2028", "\u202e", "\u200f", "\ufeff", "\ufffe", "😀", "👩🏽‍⚖️", "🇺🇦",
    "שלום", "مرحبا بالعالم", "Ελλάδα", "Ж", " ", "",
]

hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=12)), min_size=1, max_size=8
).map("".join).filter(lambda text: text.strip() != "")

BIG = ("Ж<&'\"\\ 😀 مرحبا \x00\x1f" * 4000)[:100_000]


def hostile_graph(sentence: str, speaker: str, name: str, source: str, description: str):
    document = make_document([sentence], source=source, title=name)
    claim = make_claim(document, sentence, "northland", "demand", "water_quota",
                       speaker=speaker)
    actors = (Actor(id="northland", name=name, kind="state", aliases=(speaker, name)),)
    topics = (Topic(id="water_quota", label=name, description=description),)
    return build_graph([document], actors, topics, (), [claim])


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sentence=hostile_text, speaker=hostile_text, name=hostile_text, source=hostile_text,
       description=st.text())
@example(sentence=BIG, speaker=BIG[:5000], name="\u202eplugh\u202c", source="C:\\news\\a'b.txt",
         description=BIG)
def test_hostile_strings_read_back_unchanged(empty_neo4j, neo4j_driver, sentence, speaker,
                                             name, source, description):
    graph = hostile_graph(sentence, speaker, name, source, description)
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")

    push_to(empty_neo4j, graph)

    assert neo4j_form(neo4j_driver) == expected_form(graph)
    records = neo4j_driver.execute_query(
        "MATCH (a:Actor)-[r:DEMANDS]->() RETURN r.sentence AS sentence, r.speaker AS speaker, "
        "a.name AS name, a.aliases AS aliases"
    ).records
    # Only the characters XML 1.0 forbids are gone (as from every export); all else stays.
    assert [(r["sentence"], r["speaker"], r["name"]) for r in records] == [
        (without_xml_forbidden(sentence), without_xml_forbidden(speaker),
         without_xml_forbidden(name))
    ]
    assert records[0]["aliases"] == [without_xml_forbidden(speaker), without_xml_forbidden(name)]


# -- failures -------------------------------------------------------------------------------


def test_wrong_password_is_one_backend_error_without_the_password(neo4j_server, caplog):
    caplog.set_level(logging.DEBUG, logger="neo4j")
    password = "not-the-password-9f3a"
    with pytest.raises(BackendError) as raised:
        push(build_graph(), neo4j_server.bolt_uri, neo4j_server.user, password)
    message = str(raised.value)
    assert "wrong user name or password" in message
    assert neo4j_server.bolt_uri in message
    assert "\n" not in message
    assert password not in message
    assert password not in caplog.text


def test_password_stays_out_of_the_driver_log(empty_neo4j, caplog):
    caplog.set_level(logging.DEBUG, logger="neo4j")
    push_to(empty_neo4j, river_corpus().graph())
    assert "HELLO" in caplog.text or "LOGON" in caplog.text  # the log did record the login
    assert empty_neo4j.password not in caplog.text


def test_missing_database_is_named(neo4j_server):
    with pytest.raises(BackendError, match="has no database 'no_such_db'"):
        push(river_corpus().graph(), neo4j_server.bolt_uri, neo4j_server.user,
             neo4j_server.password, database="no_such_db")
