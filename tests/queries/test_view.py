"""The view a query command reads from a store: the same as the view of the store's graph.

``open_view`` reads the graph builder's nodes and claims without making the networkx
graph; every answer must be what the graph gives.
"""

import pytest

from stancegraph.graph.store import GraphStore
from stancegraph.queries import StanceView, ask, open_view

QUESTIONS = [
    "who rejects foreign troops?",
    "what does Russia demand?",
    "where do Russia and Ukraine disagree?",
    "who accused Russia?",
    "which infrastructure does Ukraine want protected?",
    "are US officials divided on NATO membership?",
]


def view_of_graph(store) -> StanceView:
    with GraphStore.open(store, create=False) as graph_store:
        return StanceView(graph_store.load_graph())


def assert_same_view(read, built):
    assert read.claims == built.claims  # every row, in the same order
    assert (read.actors, read.topics, read.categories, read.documents,
            read.document_entries) == (
        built.actors, built.topics, built.categories, built.documents,
        built.document_entries,
    )
    answered = 0
    for question in QUESTIONS:
        response = ask(read, question)
        assert response.to_dict() == ask(built, question).to_dict(), question
        answered += bool(response.answers)
    assert answered >= 3


def test_a_store_view_is_the_view_of_its_graph(talks_store):
    assert_same_view(open_view(talks_store), view_of_graph(talks_store))


@pytest.mark.slow
def test_the_view_of_the_ingested_examples_is_the_view_of_their_graph(examples_store):
    assert_same_view(open_view(examples_store), view_of_graph(examples_store))


@pytest.mark.slow
@pytest.mark.seeds
def test_the_view_of_the_ingested_seeds_is_the_view_of_their_graph(seeds_store):
    assert_same_view(open_view(seeds_store), view_of_graph(seeds_store))


def test_a_store_view_makes_its_graph_when_asked(talks_store, talks_graph):
    view = open_view(talks_store)
    assert sorted(view.graph.nodes) == sorted(talks_graph.nodes)
    assert view.graph.number_of_edges() == talks_graph.number_of_edges()


def test_a_view_needs_a_graph():
    with pytest.raises(TypeError, match="needs a networkx graph, got dict"):
        StanceView({})


def test_claims_carry_their_documents_date_and_undated_stays_undated(talks_store):
    view = open_view(talks_store)
    dates = {row.document: row.published for row in view.claims}
    assert dates == {"first.txt": "2025-03-12", "second.txt": None}


def test_topics_carry_the_phrases_naming_their_contrary(talks_store):
    view = open_view(talks_store)
    assert "military aid" in view.topics["halt_military_aid"].opposite_phrases
