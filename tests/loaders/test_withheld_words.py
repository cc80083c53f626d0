"""Words held back are no one's stance: what a party declines, refuses or fails to say,
stops short of saying or will not confirm, and what a reporter only asks about. Neither the
rules nor the classifier may read a position there; what is said beside it still counts.

Every sentence here was written for these tests. Each is read by both registered
extractors, the default one (rules and classifier) and ``rules-only``.
"""

from __future__ import annotations

import functools

import pytest

from stancegraph.loaders.extractor import create_extractor
from stancegraph.loaders.packs import load_pack
from stancegraph.schema import Document

pytestmark = pytest.mark.slow  # loads the spaCy model

EXTRACTORS = ("rules", "rules-only")


@functools.cache
def _extractor(name: str, pack: str):
    return create_extractor(name, load_pack(pack))


def claims(name: str, pack: str, text: str) -> set[tuple[str, str, str | None]]:
    found = _extractor(name, pack).extract([Document.from_text(text, "t.txt")]).claims
    return {(c.actor, c.stance, c.topic) for c in found}


@pytest.mark.parametrize("name", EXTRACTORS)
@pytest.mark.parametrize(("pack", "text"), [
    ("russia_ukraine_2025", "Zelenskyy declined to say whether Kyiv would accept a ceasefire."),
    ("russia_ukraine_2025", "Peskov would not say if Moscow backs a prisoner exchange."),
    ("russia_ukraine_2025", "The Kremlin spokesman would not confirm that Russia had agreed to the energy truce."),
    ("russia_ukraine_2025", "Rubio stopped short of saying Washington would back the ceasefire."),
    ("russia_ukraine_2025", "Trump refused to answer questions about whether the deal would include security "
                            "guarantees for Ukraine."),
    ("russia_ukraine_2025", "Asked whether Russia would agree to a ceasefire, Lavrov refused to answer."),
    ("russia_ukraine_2025", "When asked about security guarantees, Witkoff declined to comment."),
    ("russia_ukraine_2025", "Reporters asked Peskov whether the Kremlin would agree to a prisoner exchange."),
    ("russia_ukraine_2025", "Lavrov dodged a question on whether Moscow would accept European peacekeepers."),
    ("india_pakistan_2025", "Jaiswal did not confirm that Delhi would restore the Indus Waters Treaty."),
    ("india_pakistan_2025", "The foreign office declined to say whether Islamabad would accept mediation by Washington."),
    ("thailand_cambodia_2025", "Asked whether Bangkok would withdraw its troops from the border, the army "
                               "spokesman declined to comment."),
    ("drc_rwanda_2025", "Nduhungirehe sidestepped questions about whether Kigali would withdraw its troops from Congo."),
    ("armenia_azerbaijan_2025", "Bayramov would not say whether Baku would sign the peace treaty this year."),
])
def test_words_held_back_state_no_stance(name, pack, text):
    assert claims(name, pack, text) == set()


@pytest.mark.parametrize("name", EXTRACTORS)
@pytest.mark.parametrize(("pack", "text", "expected"), [
    # said, not held back
    ("russia_ukraine_2025", "Peskov confirmed that Russia had agreed to the energy truce.",
     ("russia", "support", "partial_ceasefire")),
    ("russia_ukraine_2025", "Zelenskyy said Ukraine would accept a ceasefire.",
     ("ukraine", "support", "ceasefire")),
    # what the speaker goes on to say beside the words held back
    ("russia_ukraine_2025", "Witkoff declined to comment on the guarantees but said Washington wanted a ceasefire.",
     ("united_states", "demand", "ceasefire")),
    # an answer given
    ("india_pakistan_2025", "Asked about mediation, Jaiswal said Delhi rejected any mediation by Washington.",
     ("india", "reject", "third_party_mediation")),
    # refusing an offer is no silence
    ("russia_ukraine_2025", "Moscow refused to accept the proposal for a full ceasefire.",
     ("russia", "reject", "ceasefire")),
])
def test_what_is_said_beside_or_after_still_counts(name, pack, text, expected):
    assert expected in claims(name, pack, text)
