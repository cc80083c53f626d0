"""The claim classifier: its candidates, its model, and how it reviews the rules' claims."""

from __future__ import annotations

import json
import math

import pytest
from conftest import parse

from stancegraph.loaders.extraction.attribution import attribute_quotes
from stancegraph.loaders.extraction.holders import phrase_holders
from stancegraph.loaders.extraction.learned.candidates import DocumentMemory, candidates
from stancegraph.loaders.extraction.learned.features import features
from stancegraph.loaders.extraction.learned.model import LinearModel, load_model
from stancegraph.loaders.extraction.sentence import Sentence
from stancegraph.loaders.extraction.survey import survey
from stancegraph.loaders.nlp import sentence_splitter
from stancegraph.schema import Claim, Document, Evidence

# No cue word: the rules read nothing here; the classifier sees Borsk and the truce.
TEXT = "Borsk wants no part in the truce."
TABLE = """
    Borsk  Borsk  PROPN NNP nsubj 1
    wants  want   VERB  VBZ ROOT  1
    no     no     DET   DT  det   3
    part   part   NOUN  NN  dobj  1
    in     in     ADP   IN  prep  3
    the    the    DET   DT  det   6
    truce  truce  NOUN  NN  pobj  4
    .      .      PUNCT .   punct 1
"""


def sentence_of(resources, text: str, table: str) -> Sentence:
    document = Document.from_text(text, "t.txt")
    context, _ = survey(document, resources, sentence_splitter(), [], prefilter=False)
    sentence = Sentence(resources, context, parse(resources, text, table), 0)
    attribute_quotes([sentence])
    return sentence


def test_a_candidate_is_a_party_and_a_topic_with_how_the_party_was_found(resources):
    found = candidates(sentence_of(resources, TEXT, TABLE), [], DocumentMemory())
    assert [(c.party, c.match.topic, sorted(c.ways)) for c in found] == [("borsk", "ceasefire", ["subject"])]


def test_features_describe_the_path_not_the_pack(resources):
    sentence = sentence_of(resources, TEXT, TABLE)
    [candidate] = candidates(sentence, [], DocumentMemory())
    described = features(sentence, candidate, 0)
    assert described["how=subject"] == 1.0 and described["rule=none"] == 1.0
    assert described["up=want"] == 1.0 and described["cue=demand"] == 1.0
    assert not [name for name in described if "borsk" in name or "ceasefire" in name or "truce" in name]


def test_a_linear_model_scores_by_softmax_and_keeps_below_threshold_as_none():
    model = LinearModel(("none", "for", "against", "concede"), {"x": (0.0, 2.0, 0.0, 0.0)},
                        (0.0, 0.0, 0.0, 0.0), {"for": 0.5, "against": 0.5, "concede": 0.5})
    probabilities = model.probabilities({"x": 1.0})
    expected = math.exp(2) / (math.exp(2) + 3)
    assert probabilities["for"] == pytest.approx(expected)
    assert model.decide({"x": 1.0}) == ("for", pytest.approx(expected))
    assert model.decide({})[0] == "none"
    assert LinearModel.from_json(json.loads(json.dumps(model.to_json()))) == model


def test_the_shipped_model_loads_with_its_classes_and_thresholds():
    model = load_model()
    assert model.classes == ("none", "for", "against", "concede")
    assert set(model.thresholds) == {"for", "against", "concede"}
    assert all(len(row) == 4 for row in model.weights.values())


def _previous_parties(resources, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(party, topic) of the candidates the last sentence finds through an earlier subject."""
    document = Document.from_text(" ".join(t for t, _ in pairs), "t.txt")
    context, _ = survey(document, resources, sentence_splitter(), [], prefilter=False)
    memory, base, found = DocumentMemory(), 0, []
    for index, (text, table) in enumerate(pairs):
        sentence = Sentence(resources, context, parse(resources, text, table), base, index)
        attribute_quotes([sentence])
        found = candidates(sentence, [], memory)
        base += len(text) + 1
    return [(c.party, c.match.topic) for c in found if "previous" in c.ways]


SPOKE = ("{} spoke.", """
    {}     {}     PROPN NNP nsubj 1
    spoke  speak  VERB  VBD ROOT  1
    .      .      PUNCT .   punct 1
""")
SILENCE = ("Then silence.", """
    Then     then     ADV   RB advmod 1
    silence  silence  NOUN  NN ROOT   1
    .        .        PUNCT .  punct  1
""")
CHIEFLY = ("Chiefly the truce.", """
    Chiefly  chiefly  ADV   RB advmod 2
    the      the      DET   DT det    2
    truce    truce    NOUN  NN ROOT   2
    .        .        PUNCT .  punct  2
""")


def spoke(name: str) -> tuple[str, str]:
    return SPOKE[0].format(name), SPOKE[1].format(name, name)


def test_a_sentence_without_a_subject_looks_back_past_sentences_naming_no_topic(resources):
    # the subject of the last sentence naming one, however many sentences back
    assert _previous_parties(resources, [spoke("Borsk"), spoke("Arland"), CHIEFLY]) == [("arland", "ceasefire")]
    assert _previous_parties(resources, [spoke("Borsk"), SILENCE, SILENCE, CHIEFLY]) == [("borsk", "ceasefire")]
    assert _previous_parties(resources, [SILENCE, CHIEFLY]) == []


def _claim(actor: str, stance: str, topic: str, start: int) -> Claim:
    sentence = "A sentence of the document."
    return Claim(actor=actor, stance=stance, topic=topic, evidence=Evidence(
        document_id="0" * 64, sentence=sentence, start=start, end=start + len(sentence), speaker=actor),
        confidence=0.5)


def test_the_classifier_does_not_take_the_other_side_of_a_stance_the_rules_read():
    """In one document, a classifier verdict against what the rules read for the same party
    and topic is dropped; one that agrees, or reads a pair the rules left alone, stays."""
    from stancegraph.loaders.extraction.learned.extractor import LearnedExtractor
    from stancegraph.loaders.packs import load_pack

    extractor = LearnedExtractor(load_pack("russia_ukraine_2025"))
    ruled = [_claim("russia", "reject", "ceasefire", 0), _claim("ukraine", "concede", "annexed_territory", 0)]
    learned = [_claim("vladimir_putin", "support", "ceasefire", 30), _claim("russia", "reject", "ceasefire", 60),
               _claim("ukraine", "reject", "annexed_territory", 30), _claim("ukraine", "support", "ceasefire", 30)]
    memory = DocumentMemory(learned=list(learned))
    kept = extractor.settle(ruled + learned, memory)
    assert [(c.actor, c.stance, c.topic) for c in kept] == [
        ("russia", "reject", "ceasefire"), ("ukraine", "concede", "annexed_territory"),
        ("russia", "reject", "ceasefire"), ("ukraine", "reject", "annexed_territory"), ("ukraine", "support", "ceasefire")]


# a name of two words no pack lists: the recognizer may tell a body or an official
UNKNOWN = ("Olek Varnov wants no part in the truce.", """
    Olek    Olek    PROPN NNP compound 1
    Varnov  Varnov  PROPN NNP nsubj    2
    wants   want    VERB  VBZ ROOT     2
    no      no      DET   DT  det      4
    part    part    NOUN  NN  dobj     2
    in      in      ADP   IN  prep     4
    the     the     DET   DT  det      7
    truce   truce   NOUN  NN  pobj     5
    .       .       PUNCT .   punct    2
""")


def test_candidates_send_no_name_to_the_recognizer(resources, monkeypatch):
    """The classifier's candidates name the parties the pack names and those the passes had
    recognized: a name only a candidate would ask about is not sent to the recognizer,
    which costs as much as parsing; a pass asking about it still has it recognized."""
    asked: list[str] = []
    monkeypatch.setattr(resources, "recognizer", lambda doc: asked.append(doc.text) or doc)
    sentence = sentence_of(resources, *UNKNOWN)
    with sentence.context.names_only():
        assert candidates(sentence, [], DocumentMemory()) == []
    assert asked == []
    assert phrase_holders(sentence, sentence.sdoc[1]) == []  # the recognizer found no one here
    assert asked == [UNKNOWN[0]]
