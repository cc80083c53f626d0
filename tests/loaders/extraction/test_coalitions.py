"""A coalition's position is each member's; a party never accuses itself."""

import pytest
import spacy
from conftest import PACK

from stancegraph.loaders.extraction import RuleExtractor
from stancegraph.schema import Claim, Document, Evidence

DOCUMENT = Document.from_text("The mediators proposed a truce.", "t.txt")


def claim(actor: str, stance: str, topic: str | None = None, target: str | None = None) -> Claim:
    return Claim(actor=actor, stance=stance, topic=topic, target_actor=target, confidence=0.8,
                 evidence=Evidence(document_id=DOCUMENT.id, sentence=DOCUMENT.text, start=0,
                                   end=len(DOCUMENT.text), speaker="the mediators"))


@pytest.fixture(scope="module")
def engine():
    return RuleExtractor(PACK, nlp=spacy.blank("en"))


def test_a_coalitions_proposal_is_each_members(engine):
    found = engine._for_members(claim("mediators", "propose", "ceasefire"))
    assert [(c.actor, c.stance, c.topic, c.evidence.speaker) for c in found] == [
        ("borsk", "propose", "ceasefire", "the mediators"), ("cordia", "propose", "ceasefire", "the mediators")]


def test_an_accusation_of_a_coalition_spares_the_accusers_own_party(engine):
    found = engine._for_members(claim("borsk", "accuse", target="mediators"))
    assert [(c.actor, c.target_actor) for c in found] == [("borsk", "cordia")]
