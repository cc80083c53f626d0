"""Tests of graph/store.py: writing a store, reading it back, and what a user sees on errors."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from graph_helpers import Corpus, hash_folder, make_claim, make_document

from stancegraph.errors import StoreError
from stancegraph.graph.model import build_graph
from stancegraph.graph.store import DEFAULT_STORE, GraphStore, resolve_store
from stancegraph.schema.models import Actor, InfrastructureCategory, Topic


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "store"


def write_corpus(folder: Path, corpus: Corpus):
    with GraphStore.open(folder) as store:
        return store.write(corpus.pack, corpus.documents, corpus.claims)


def test_open_creates_the_folder_and_database(folder):
    with GraphStore.open(folder):
        pass
    assert sorted(p.name for p in folder.iterdir()) == ["graph.sqlite"]


def test_write_reports_what_it_added(folder, corpus):
    result = write_corpus(folder, corpus)
    assert (result.documents_added, result.claims_added, result.entities_written) == (2, 8, 11)
    assert result.changed


def test_round_trip_gives_the_graph_build_graph_gives(folder, corpus):
    write_corpus(folder, corpus)
    with GraphStore.open(folder) as store:
        loaded = store.load_graph()
    built = build_graph(corpus.documents, **corpus.entities, claims=corpus.claims)
    assert dict(loaded.nodes(data=True)) == dict(built.nodes(data=True))
    assert sorted(loaded.edges(keys=True, data=True), key=repr) == sorted(
        built.edges(keys=True, data=True), key=repr
    )


def test_round_trip_keeps_labels_and_relationship_types(folder, corpus):
    write_corpus(folder, corpus)
    with GraphStore.open(folder) as store:
        graph = store.load_graph()
    labels = Counter(label for _, label in graph.nodes(data="label"))
    types = Counter(kind for _, _, kind in graph.edges(data="type"))
    assert labels == {
        "Actor": 6, "Topic": 3, "InfrastructureCategory": 3, "Document": 2, "Accusation": 2,
        "Demand": 1, "Proposal": 1, "Rejection": 1, "Concession": 1, "Support": 1,
    }
    assert types == {
        "DEMANDS": 2, "PROPOSES": 1, "REJECTS": 1, "ACCUSES": 2, "CONCEDES": 1, "SUPPORTS": 1,
        "ABOUT": 6, "AGAINST": 2, "COVERS": 4, "BROADER": 2, "SPEAKS_FOR": 2,
        "MENTIONED_IN": 7,
    }
    edge = graph.edges[
        "actor:zelensky", "position:zelensky:propose:energy_truce", corpus.claims[1].id
    ]
    assert edge["infrastructure"] == '["power_plants", "ports"]'


def test_round_trip_gives_back_the_models(folder, corpus):
    write_corpus(folder, corpus)
    with GraphStore.open(folder) as store:
        assert store.documents() == corpus.documents
        assert store.claims() == corpus.claims
        assert store.actors() == sorted(corpus.entities["actors"], key=lambda a: a.id)
        assert store.topics() == sorted(corpus.pack.topics, key=lambda t: t.id)
        assert store.categories() == sorted(corpus.pack.infrastructure, key=lambda c: c.id)
        assert store.known_document_ids() == {d.id for d in corpus.documents}


def test_rewriting_the_same_ingest_leaves_the_store_byte_identical(folder, corpus):
    write_corpus(folder, corpus)
    before = hash_folder(folder)
    result = write_corpus(folder, corpus)
    assert not result.changed
    assert (result.documents_known, result.claims_known) == (2, 8)
    assert hash_folder(folder) == before


def test_opening_and_reading_leaves_the_store_byte_identical(folder, corpus):
    write_corpus(folder, corpus)
    before = hash_folder(folder)
    with GraphStore.open(folder) as store:
        store.load_graph()
        store.stats()
        store.claims()
    assert hash_folder(folder) == before


def test_changed_entity_replaces_the_stored_one(folder, corpus):
    write_corpus(folder, corpus)
    with GraphStore.open(folder) as store:
        result = store.write([Actor(id="russia", name="Russian Federation", kind="state")])
        assert result.entities_written == 1
        assert store.load_graph().nodes["actor:russia"]["name"] == "Russian Federation"


def test_new_claims_on_a_known_document_are_added(folder, corpus):
    write_corpus(folder, corpus)
    document = corpus.documents[0]
    extra = make_claim(document, "Moscow rejects any ceasefire.", "russia", "reject",
                       "energy_truce")
    with GraphStore.open(folder) as store:
        result = store.write(None, [document], [extra])
        assert (result.documents_added, result.documents_known, result.claims_added) == (0, 1, 1)
        assert extra in store.claims()


def test_claim_whose_document_is_missing_is_refused_and_nothing_written(folder, corpus):
    write_corpus(folder, corpus)
    before = hash_folder(folder)
    orphan_document = make_document(["Kyiv rejects the plan."], source="c.txt")
    orphan = make_claim(orphan_document, "Kyiv rejects the plan.", "ukraine", "reject",
                        "ceasefire")
    with GraphStore.open(folder) as store:
        with pytest.raises(StoreError, match=orphan_document.id):
            store.write([Topic(id="new_topic", label="new")], [], [orphan])
        assert "new_topic" not in {t.id for t in store.topics()}
    assert hash_folder(folder) == before


def test_stats_count_what_load_graph_holds(folder, corpus):
    write_corpus(folder, corpus)
    # A topic whose parent and a category whose broader term were never declared.
    with GraphStore.open(folder) as store:
        store.write([
            Topic(id="orphan_topic", label="x", parent="undeclared_topic"),
            InfrastructureCategory(id="rail", label="rail", broader="transport"),
        ])
        graph = store.load_graph()
        stats = store.stats()
    assert {k: v for k, v in stats["nodes"].items() if v} == dict(
        Counter(label for _, label in graph.nodes(data="label"))
    )
    assert {k: v for k, v in stats["relationships"].items() if v} == dict(
        Counter(kind for _, _, kind in graph.edges(data="type"))
    )
    assert (stats["documents"], stats["claims"]) == (2, 8)


def test_empty_store_stats_are_zero(folder):
    with GraphStore.open(folder) as store:
        stats = store.stats()
        graph = store.load_graph()
    assert set(stats["nodes"].values()) == {0}
    assert set(stats["relationships"].values()) == {0}
    assert graph.number_of_nodes() == 0


def test_file_that_is_not_a_database_is_a_store_error(folder):
    folder.mkdir()
    (folder / "graph.sqlite").write_bytes(b"this is not a database at all, just text\n" * 100)
    with pytest.raises(StoreError, match="graph.sqlite is not a stancegraph store"):
        GraphStore.open(folder)


def test_store_folder_that_is_a_file_is_a_store_error(tmp_path):
    path = tmp_path / "store"
    path.write_text("oops")
    with pytest.raises(StoreError, match="is a file, not a store folder"):
        GraphStore.open(path)


def test_missing_store_without_create_is_a_store_error(folder):
    with pytest.raises(StoreError, match="no store at"):
        GraphStore.open(folder, create=False)
    assert not folder.exists()


def test_store_of_another_schema_version_is_a_store_error(folder):
    with GraphStore.open(folder):
        pass
    with sqlite3.connect(folder / "graph.sqlite") as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99"):
        GraphStore.open(folder)


def test_writer_gives_up_on_a_store_locked_by_another_writer(folder, corpus):
    with GraphStore.open(folder, timeout=0.2) as store:
        other = sqlite3.connect(folder / "graph.sqlite", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="locked by another process; try again"):
                store.write(corpus.pack, corpus.documents, corpus.claims)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.write(corpus.pack, corpus.documents, corpus.claims).claims_added == 8


def test_closed_store_is_a_store_error(folder):
    store = GraphStore.open(folder)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.claims()


def test_writing_something_that_is_not_a_model_is_a_store_error(folder, corpus):
    with GraphStore.open(folder) as store:
        with pytest.raises(StoreError, match="expected a Claim model"):
            store.write(None, corpus.documents, [{"actor": "russia"}])
        with pytest.raises(StoreError, match="expected a DomainPack or Actor"):
            store.write(["russia"])


def test_hand_edited_row_is_reported_with_its_table(folder, corpus):
    write_corpus(folder, corpus)
    with sqlite3.connect(folder / "graph.sqlite") as connection:
        connection.execute("UPDATE claims SET confidence = 7 WHERE actor = 'hungary'")
    with GraphStore.open(folder) as store:
        with pytest.raises(StoreError, match="table claims.*confidence"):
            store.claims()


def test_resolve_store_prefers_the_path_then_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("STANCEGRAPH_STORE", str(tmp_path / "from-env"))
    assert resolve_store(tmp_path / "given") == tmp_path / "given"
    assert resolve_store(None) == tmp_path / "from-env"
    monkeypatch.delenv("STANCEGRAPH_STORE")
    assert resolve_store(None) == Path(DEFAULT_STORE) == Path(".stancegraph")


def test_loaded_graph_is_a_multidigraph(folder, corpus):
    write_corpus(folder, corpus)
    with GraphStore.open(folder) as store:
        assert type(store.load_graph()) is nx.MultiDiGraph


# -- stores written before topics kept their opposite phrases --------------------------------


def old_store(folder: Path, corpus: Corpus) -> None:
    """A store as stancegraph wrote it before topics kept their opposite phrases."""
    write_corpus(folder, corpus)
    database = folder / "graph.sqlite"
    with sqlite3.connect(database) as connection:
        connection.execute("ALTER TABLE topics DROP COLUMN opposite_phrases")
        connection.execute("DELETE FROM meta WHERE key = 'pack'")
    connection.close()


def test_an_older_store_reads_without_opposite_phrases_and_stays_unchanged(folder, corpus):
    old_store(folder, corpus)
    before = hash_folder(folder)
    with GraphStore.open(folder) as store:
        assert all(topic.opposite_phrases == () for topic in store.topics())
        assert store.load_graph().nodes["topic:sanctions_relief"]["phrases"] == "[]"
        assert store.pack() is None
    assert hash_folder(folder) == before


def test_writing_the_pack_to_an_older_store_adds_its_opposite_phrases(folder, corpus):
    old_store(folder, corpus)
    with GraphStore.open(folder) as store:
        result = store.write(corpus.pack)
        topics = {topic.id: topic for topic in store.topics()}
        graph = store.load_graph()
        pack = store.pack()
    assert result.entities_written == 1
    assert topics["sanctions_relief"].opposite_phrases == ("sanctions", "new sanctions")
    assert graph.nodes["topic:sanctions_relief"]["opposite_phrases"] == (
        '["sanctions", "new sanctions"]')
    assert pack == {"id": corpus.pack.id, "label": corpus.pack.label}


def test_the_store_keeps_the_pack_it_was_written_with(folder, corpus):
    write_corpus(folder, corpus)
    with GraphStore.open(folder) as store:
        assert store.pack() == {"id": "test_talks", "label": "Test talks"}
