"""Tests of graph/model.py: how documents, entities and claims become nodes and edges."""

from __future__ import annotations

import ast
import doctest
import io
from pathlib import Path

import networkx as nx
import pytest
from graph_helpers import Corpus, make_claim, make_document

import stancegraph.graph.model as model
import stancegraph.graph.store as store
from stancegraph.graph.model import (
    LIST_PROPERTIES,
    NODE_LABELS,
    RELATIONSHIP_TYPES,
    build_graph,
    decode_list,
)
from stancegraph.schema.positions import position_id

GRAPH_PACKAGE = Path(model.__file__).parent


def graph_of(corpus: Corpus) -> nx.MultiDiGraph:
    return build_graph(corpus.documents, **corpus.entities, claims=corpus.claims)


def edges_of_type(graph: nx.MultiDiGraph, relationship: str) -> set[tuple[str, str]]:
    return {(u, v) for u, v, kind in graph.edges(data="type") if kind == relationship}


@pytest.mark.parametrize(
    ("stance", "topic", "target"),
    [
        ("demand", "ceasefire", None),
        ("concede", "energy_truce", None),
        ("accuse", None, "ukraine"),
        ("accuse", "ceasefire", "ukraine"),
    ],
)
def test_claim_leads_to_the_position_its_key_names(stance, topic, target):
    document = make_document(["Someone said something."], source="a.txt")
    claim = make_claim(document, "Someone said something.", "russia", stance, topic, target)
    graph = build_graph([document], claims=[claim])
    [(source, position)] = [(u, v) for u, v, key in graph.edges(keys=True) if key == claim.id]
    assert (source, graph.nodes[position]["id"]) == (
        "actor:russia", position_id(*claim.position_key)
    )


def test_claim_becomes_an_edge_from_its_actor_to_its_position(corpus):
    graph = graph_of(corpus)
    claim = corpus.claims[0]
    edge = graph.edges["actor:ukraine", "position:ukraine:demand:ceasefire", claim.id]
    assert edge["type"] == "DEMANDS"
    assert (edge["document_id"], edge["sentence"], edge["start"], edge["end"]) == (
        claim.evidence.document_id,
        "Kyiv demands a full ceasefire.",
        claim.evidence.start,
        claim.evidence.end,
    )
    assert (edge["speaker"], edge["confidence"]) == ("Ukraine", 0.8)
    assert graph.nodes["position:ukraine:demand:ceasefire"]["label"] == "Demand"


def test_every_stance_has_its_position_label_and_relationship_type(corpus):
    graph = graph_of(corpus)
    positions = {
        node: data["label"] for node, data in graph.nodes(data=True) if node.startswith("position:")
    }
    assert positions == {
        "position:ukraine:demand:ceasefire": "Demand",
        "position:zelensky:propose:energy_truce": "Proposal",
        "position:russia:reject:ceasefire": "Rejection",
        "position:lavrov:accuse:ukraine": "Accusation",
        "position:russia:concede:energy_truce": "Concession",
        "position:hungary:support:sanctions_relief": "Support",
        "position:russia:accuse:ukraine__ceasefire": "Accusation",
    }
    stance_types = {kind for _, _, kind in graph.edges(data="type") if kind.endswith("S")}
    assert stance_types >= {"DEMANDS", "PROPOSES", "REJECTS", "ACCUSES", "CONCEDES", "SUPPORTS"}


def test_claims_on_one_position_share_its_node(corpus):
    graph = graph_of(corpus)
    position = "position:ukraine:demand:ceasefire"
    assert graph.number_of_edges("actor:ukraine", position) == 2
    assert graph.nodes[position]["claims"] == 2


def test_position_is_about_its_topic(corpus):
    graph = graph_of(corpus)
    assert ("position:ukraine:demand:ceasefire", "topic:ceasefire") in edges_of_type(
        graph, "ABOUT"
    )


def test_accusation_points_against_its_target(corpus):
    graph = graph_of(corpus)
    against = edges_of_type(graph, "AGAINST")
    assert against == {
        ("position:lavrov:accuse:ukraine", "actor:ukraine"),
        ("position:russia:accuse:ukraine__ceasefire", "actor:ukraine"),
    }
    about = edges_of_type(graph, "ABOUT")
    assert ("position:russia:accuse:ukraine__ceasefire", "topic:ceasefire") in about
    assert not any(source == "position:lavrov:accuse:ukraine" for source, _ in about)


def test_position_covers_the_union_of_its_claims_categories(corpus):
    graph = graph_of(corpus)
    covers = edges_of_type(graph, "COVERS")
    assert {v for u, v in covers if u == "position:ukraine:demand:ceasefire"} == {
        "infrastructure:energy"
    }
    assert {v for u, v in covers if u == "position:zelensky:propose:energy_truce"} == {
        "infrastructure:power_plants",
        "infrastructure:ports",
    }


def test_hierarchies_become_broader_edges(corpus):
    graph = graph_of(corpus)
    assert edges_of_type(graph, "BROADER") == {
        ("topic:energy_truce", "topic:ceasefire"),
        ("infrastructure:power_plants", "infrastructure:energy"),
    }


def test_people_speak_for_their_party(corpus):
    graph = graph_of(corpus)
    assert edges_of_type(graph, "SPEAKS_FOR") == {
        ("actor:lavrov", "actor:russia"),
        ("actor:zelensky", "actor:ukraine"),
    }


def test_actors_are_mentioned_in_the_documents_of_their_claims(corpus):
    graph = graph_of(corpus)
    first, second = (f"document:{d.id}" for d in corpus.documents)
    mentioned = edges_of_type(graph, "MENTIONED_IN")
    assert ("actor:ukraine", first) in mentioned and ("actor:ukraine", second) in mentioned
    assert ("actor:hungary", second) in mentioned
    assert ("actor:hungary", first) not in mentioned
    assert graph.number_of_edges("actor:ukraine", first) == 1


def test_undeclared_actor_gets_a_minimal_node(corpus):
    graph = graph_of(corpus)
    assert graph.nodes["actor:hungary"] == {
        "label": "Actor",
        "id": "hungary",
        "name": "hungary",
        "kind": "unknown",
    }


def test_entity_nodes_carry_their_properties(corpus):
    graph = graph_of(corpus)
    lavrov = graph.nodes["actor:lavrov"]
    assert (lavrov["label"], lavrov["name"], lavrov["kind"], lavrov["party"]) == (
        "Actor", "Sergei Lavrov", "person", "russia",
    )
    assert decode_list(lavrov["roles"]) == ("Russian foreign minister",)
    topic = graph.nodes["topic:energy_truce"]
    assert (topic["label"], topic["name"], topic["parent"]) == (
        "Topic", "a truce on energy strikes", "ceasefire",
    )
    document = graph.nodes[f"document:{corpus.documents[0].id}"]
    assert (document["label"], document["name"], document["source"]) == (
        "Document", "first.txt", "news/first.txt",
    )
    assert "text" not in document


def test_every_label_and_type_is_in_the_shared_mapping(corpus):
    graph = graph_of(corpus)
    assert {label for _, label in graph.nodes(data="label")} <= set(NODE_LABELS)
    assert {kind for _, _, kind in graph.edges(data="type")} <= set(RELATIONSHIP_TYPES)


def test_graph_writes_to_graphml(corpus):
    graph = graph_of(corpus)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer)
    buffer.seek(0)
    again = nx.read_graphml(buffer, force_multigraph=True)
    assert (again.number_of_nodes(), again.number_of_edges()) == (
        graph.number_of_nodes(), graph.number_of_edges(),
    )


def test_graph_is_the_same_whatever_order_entities_come_in(corpus):
    forwards = graph_of(corpus)
    backwards = build_graph(
        list(reversed(corpus.documents)),
        actors=list(reversed(corpus.entities["actors"])),
        topics=list(reversed(corpus.entities["topics"])),
        categories=list(reversed(corpus.entities["categories"])),
        claims=corpus.claims,
    )
    assert list(forwards.nodes(data=True)) == list(backwards.nodes(data=True))
    assert nx.utils.graphs_equal(forwards, backwards)


def test_fast_edge_insertion_equals_networkx_add_edges(corpus):
    fast = graph_of(corpus)
    slow = nx.MultiDiGraph()
    slow.add_nodes_from(fast.nodes(data=True))
    slow.add_edges_from(fast.edges(keys=True, data=True))
    assert nx.utils.graphs_equal(fast, slow)
    assert {n: dict(fast.pred[n]) for n in fast} == {n: dict(slow.pred[n]) for n in slow}
    assert sorted(fast.in_degree()) == sorted(slow.in_degree())
    fast.add_edge("actor:hungary", "actor:russia", key="x", type="TEST")
    assert fast.has_edge("actor:hungary", "actor:russia", key="x")
    assert ("actor:hungary", "actor:russia") in set(fast.in_edges("actor:russia"))


def test_build_graph_rejects_something_that_is_not_a_claim(corpus):
    with pytest.raises(TypeError, match="claims must hold Claim models"):
        build_graph(claims=[{"actor": "russia"}])


def test_graph_package_imports_neither_spacy_nor_loaders():
    for path in GRAPH_PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [("." * node.level) + (node.module or "")]
            else:
                continue
            for name in names:
                assert not name.startswith("spacy"), f"{path.name} imports {name}"
                assert "loaders" not in name, f"{path.name} imports {name}"


@pytest.mark.parametrize("module", [model, store], ids=lambda m: m.__name__)
def test_docstring_examples_run(module):
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0


def test_claim_given_twice_counts_once(corpus):
    graph = build_graph(corpus.documents, claims=corpus.claims + corpus.claims[:1])
    position = "position:ukraine:demand:ceasefire"
    assert graph.number_of_edges("actor:ukraine", position) == 2
    assert graph.nodes[position]["claims"] == 2


def test_list_properties_are_the_ones_stored_as_json_lists(corpus):
    """Every property the builder stores as a JSON list is in LIST_PROPERTIES, and only those."""
    graph = graph_of(corpus)
    encoded = set()
    plain = set()
    attributes = [data for _, data in graph.nodes(data=True)]
    attributes += [data for _, _, data in graph.edges(data=True)]
    for data in attributes:
        for name, value in data.items():
            (encoded if isinstance(value, str) and value.startswith("[") else plain).add(name)
    assert encoded == LIST_PROPERTIES
    assert not plain & LIST_PROPERTIES
