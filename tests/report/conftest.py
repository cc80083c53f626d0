"""Fixtures for the report tests: the talks corpus (``tests/talks.py``) and one more dated
document written for these tests, in which Russia concedes what it rejected on 12 March
and Peskov rejects a truce at sea that Russia supports, written to a store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from talks import talks_corpus

from stancegraph.graph.store import GraphStore
from stancegraph.queries import StanceView, open_view
from stancegraph.schema import Claim, Document, Evidence

THIRD = [
    "Moscow now says it could accept neutral monitors from Asia inside Ukraine.",
    "Peskov rejected any truce at sea after the drone attack on the port.",
]


@pytest.fixture(scope="session")
def report_store(tmp_path_factory) -> Path:
    pack, documents, claims = talks_corpus()
    third = Document.from_text(" ".join(THIRD), source="corpus/third.txt",
                               published=date(2025, 3, 24))

    def claim(sentence, actor, stance, topic):
        start = third.text.index(sentence)
        return Claim(actor=actor, stance=stance, topic=topic, confidence=0.7,
                     evidence=Evidence(document_id=third.id, sentence=sentence, start=start,
                                       end=start + len(sentence), speaker=actor))

    more = [claim(THIRD[0], "russia", "concede", "foreign_troops_in_ukraine"),
            claim(THIRD[1], "dmitry_peskov", "reject", "maritime_ceasefire")]
    folder = tmp_path_factory.mktemp("report") / "store"
    with GraphStore.open(folder) as store:
        store.write(pack, [*documents, third], [*claims, *more])
    return folder


@pytest.fixture(scope="session")
def report_view(report_store) -> StanceView:
    return open_view(report_store)
