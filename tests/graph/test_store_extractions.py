"""The store's record of what extracted each document, replacing a document's claims,
actors found by extraction, removing what a new pack no longer has, and a full disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from graph_helpers import Corpus, hash_folder, make_claim

from stancegraph.errors import StoreError
from stancegraph.graph.store import ExtractionRecord, GraphStore
from stancegraph.schema.models import Actor, Document

RULES = ExtractionRecord("test_talks", "a" * 64, "rules")
EDITED = ExtractionRecord("test_talks", "b" * 64, "rules")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "store"


def test_documents_added_carry_the_record_of_their_extraction(folder, corpus: Corpus):
    first, second = corpus.documents
    with GraphStore.open(folder) as store:
        store.write(corpus.pack, [first], extraction=RULES)
        store.write(corpus.pack, [first, second], extraction=EDITED)
        assert store.extraction_records() == {RULES: 1, EDITED: 1}
        assert [d.id for d in store.documents_not_extracted_by(EDITED)] == [first.id]


def test_a_store_written_without_records_counts_its_documents_as_unrecorded(folder, corpus):
    with GraphStore.open(folder) as store:
        store.write(corpus.pack, corpus.documents, corpus.claims)
    before = hash_folder(folder)
    with GraphStore.open(folder) as store:
        assert store.extraction_records() == {None: 2}
        assert len(list(store.documents_not_extracted_by(RULES))) == 2
    assert hash_folder(folder) == before, "reading the records changed the file"


def test_replacing_claims_takes_away_the_documents_old_claims_only(folder, corpus: Corpus):
    first, second = corpus.documents
    with GraphStore.open(folder) as store:
        store.write(corpus.pack, corpus.documents, corpus.claims, extraction=RULES)
        again = make_claim(first, "Moscow rejects any ceasefire.", "russia", "demand", "ceasefire")
        result = store.write(corpus.pack, [first], [again], extraction=EDITED, replace_claims=True)
        claims = store.claims()
        assert store.extraction_records() == {EDITED: 1, RULES: 1}
    assert (result.claims_removed, result.claims_added) == (4, 1)
    assert [c for c in claims if c.evidence.document_id == first.id] == [again]
    assert len([c for c in claims if c.evidence.document_id == second.id]) == 4


def test_an_actor_found_by_extraction_keeps_its_first_stored_form(folder, corpus):
    found = Actor(id="hungary", name="Hungary", kind="state")
    later = Actor(id="hungary", name="Hungary", kind="organization")
    renamed_pack_actor = Actor(id="russia", name="Rossiya", kind="state")
    with GraphStore.open(folder) as store:
        store.write(corpus.pack, discovered=[found])
        result = store.write(corpus.pack, discovered=[later, renamed_pack_actor])
        actors = {a.id: a for a in store.actors()}
    assert not result.changed
    assert actors["hungary"] == found
    assert actors["russia"].name == "Russia"


def test_entities_a_new_pack_drops_go_unless_a_claim_names_them(folder, corpus: Corpus):
    pack = corpus.pack
    narrower = pack.model_copy(update={
        "actors": tuple(a for a in pack.actors if a.id not in ("lavrov", "zelensky")),
        "topics": tuple(t for t in pack.topics if t.id != "sanctions_relief"),
        "infrastructure": tuple(c for c in pack.infrastructure if c.id != "ports"),
    })
    with GraphStore.open(folder) as store:
        store.write(pack, corpus.documents, corpus.claims)
        store.write(None, [corpus.documents[0]], [], replace_claims=True)
        removed = store.remove_entities_not_in(narrower)
        again = store.remove_entities_not_in(narrower)
        actors = {a.id for a in store.actors()}
        topics = {t.id for t in store.topics()}
        categories = {c.id for c in store.categories()}
    # zelensky's and lavrov's claims were in the first document, replaced by none; the
    # second document's claims still name sanctions relief and energy.
    assert "zelensky" not in actors and "lavrov" not in actors
    assert "sanctions_relief" in topics
    assert "ports" not in categories and "energy" in categories
    assert removed == 3 and again == 0


def test_a_party_named_only_by_removed_people_goes_too(folder, corpus: Corpus):
    old = corpus.pack.model_copy(update={"actors": (
        Actor(id="uk", name="United Kingdom", kind="state"),
        Actor(id="envoy", name="An Envoy", kind="person", party="uk"),
    )})
    with GraphStore.open(folder) as store:
        store.write(old)
        store.remove_entities_not_in(corpus.pack)
        assert {a.id for a in store.actors()} == {"analyst"}  # the new pack's commentator


def test_stored_document_ids_answers_for_the_ids_asked(folder, corpus):
    first, second = corpus.documents
    with GraphStore.open(folder) as store:
        store.write(None, [first])
        assert store.stored_document_ids([first.id, second.id]) == {first.id}
        assert store.stored_document_ids([]) == set()


def test_a_full_disk_undoes_the_write_keeps_earlier_ones_and_says_so(folder, corpus):
    first, second = corpus.documents
    big = Document.from_text("The envoys met again. " * 2_000, source="big.txt")
    with GraphStore.open(folder) as store:
        store.write(corpus.pack, [first], corpus.claims[:4])
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's own "database or disk is full", as on a full disk: no page may be added.
        store._db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match=r"^STORE: the disk holding .* is full; this write "
                                             r"was undone and what was stored before it is "
                                             r"intact\. Free some space"):
            store.write(corpus.pack, [big, second], corpus.claims[4:])
    with GraphStore.open(folder) as store:
        assert [d.id for d in store.documents()] == [first.id]
        assert len(store.claims()) == 4
    connection = sqlite3.connect(folder / "graph.sqlite")
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
