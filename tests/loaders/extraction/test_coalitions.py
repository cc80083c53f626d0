"""A coalition's position is each member's; a party never accuses itself."""

import pytest
import spacy
from conftest import PACK, read

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


MEDIATORS_MET = ("The mediators met in Arland.", """
    The        the        DET   DT   det    1
    mediators  mediator   NOUN  NNS  nsubj  2
    met        meet       VERB  VBD  ROOT   2
    in         in         ADP   IN   prep   2
    Arland     Arland     PROPN NNP  pobj   3
    .          .          PUNCT .    punct  2
""")
BOTH_AGREED = ("Both sides agreed to a truce, Venn said.", """
    Both    both    DET   DT   det    1
    sides   side    NOUN  NNS  nsubj  2
    agreed  agree   VERB  VBD  ccomp  8
    to      to      ADP   IN   prep   2
    a       a       DET   DT   det    5
    truce   truce   NOUN  NN   pobj   3
    ,       ,       PUNCT ,    punct  8
    Venn    Venn    PROPN NNP  nsubj  8
    said    say     VERB  VBD  ROOT   8
    .       .       PUNCT .    punct  8
""")


PACT_MET = ("The Pact met in Arland.", """
    The     the     DET   DT   det    1
    Pact    Pact    PROPN NNP  nsubj  2
    met     meet    VERB  VBD  ROOT   2
    in      in      ADP   IN   prep   2
    Arland  Arland  PROPN NNP  pobj   3
    .       .       PUNCT .    punct  2
""")


def test_both_sides_after_a_coalition_of_two_are_its_members(resources):
    claims = read(resources, [PACT_MET, BOTH_AGREED], passes=["stance_cues"])
    assert claims == {("arland", "support", "ceasefire"), ("cordia", "support", "ceasefire")}


def test_both_sides_are_never_the_two_a_coalition_of_mediators_stands_for(resources):
    """"The mediators" (Borsk and Cordia in the test pack) are the go-between, not a side."""
    claims = read(resources, [MEDIATORS_MET, BOTH_AGREED], passes=["stance_cues"])
    assert not {actor for actor, _, _ in claims} & {"borsk", "cordia"}


def test_both_sides_no_one_named_are_not_the_reporter(resources):
    assert read(resources, [BOTH_AGREED], passes=["stance_cues"]) == set()
