"""Answers a user can trust: a question is answered as it was asked, or refused.

Each test is one thing a user tried: a topic that matches nothing well, a stance on what a
topic halts or lifts, two parties that agree and disagree on one topic. The graphs are
``talks`` (``conftest.py``) and small ones built here from sentences written for them.
"""

from __future__ import annotations

import pytest

from stancegraph.graph import build_graph
from stancegraph.queries import QueryError, ask, compare, parse_question
from stancegraph.queries.questions import MAX_QUESTION_LENGTH
from stancegraph.queries.vocabulary import AGAINST, FOR
from stancegraph.schema import Claim, Document, Evidence

# -- a topic that matches nothing well ------------------------------------------------------


def test_a_topic_named_only_by_a_loose_synonym_next_to_unknown_words_is_refused(talks,
                                                                                talks_index):
    response = ask(talks, "who rejects the moon landing?", index=talks_index)
    assert not response.understood
    assert response.answers == ()
    assert response.interpretation.topics == ()
    assert "no topic matches 'moon landing' well" in response.message
    assert "closest topics:" in response.message


def test_the_structured_form_refuses_a_loosely_matched_topic_too(talks_index):
    with pytest.raises(QueryError, match="no topic matches 'moon landing' well"):
        talks_index.resolve_topic("moon landing")


def test_a_pack_phrase_with_an_unknown_adjective_is_still_understood(talks, talks_index):
    reading = parse_question(talks_index, "who rejects foreign troops in Ukraine on Tuesday?")
    assert reading.topics == ("foreign_troops_in_ukraine",)


# -- a stance on a halt or a lifting --------------------------------------------------------


@pytest.mark.parametrize("question", ["is Russia against sanctions?", "does Russia oppose new sanctions?"])
def test_words_naming_a_topic_and_the_contrary_of_another_are_read_both_ways(talks_index, question):
    # The pack has new sanctions as a topic of its own; "sanctions" is also the contrary of
    # sanctions relief, so being against them is being for the relief too.
    reading = parse_question(talks_index, question)
    assert reading.stances == AGAINST
    assert reading.topics == ("new_sanctions", "sanctions_relief")
    assert reading.turned_topics == ("sanctions_relief",)


@pytest.mark.parametrize(("question", "stances", "topic"), [
    ("does Russia want sanctions lifted?", FOR, "sanctions_relief"),
    ("is Russia against lifting sanctions?", AGAINST, "sanctions_relief"),
    ("who supports military aid for Ukraine?", AGAINST, "halt_military_aid"),
    ("who wants a halt to military aid?", FOR, "halt_military_aid"),
    ("who rejects energy strikes?", FOR, "partial_ceasefire"),
])
def test_a_stance_is_read_through_the_topics_direction(talks_index, question, stances, topic):
    reading = parse_question(talks_index, question)
    assert (reading.stances, reading.topics) == (stances, (topic,))


def test_against_military_aid_finds_who_demands_its_halt(talks, talks_index):
    response = ask(talks, "is Putin against military aid?", index=talks_index)
    assert [(a.actor, a.stance, a.topic) for a in response.answers] == [
        ("vladimir_putin", "demand", "halt_military_aid")]
    assert any("names the contrary of" in note for note in response.interpretation.notes)


def test_the_structured_form_reads_a_topics_contrary(talks_index):
    reading = talks_index.read_topic("western weapons deliveries")
    assert (reading.topic, reading.opposite) == ("halt_military_aid", True)
    assert talks_index.read_topic("an end to weapons deliveries").opposite is False


# -- two parties that agree and disagree on one topic ---------------------------------------

PARTLY = [
    "Kyiv wants a full ceasefire at once.",
    "Moscow said it backs a ceasefire in principle.",
    "Peskov rejected a ceasefire before talks on the root causes.",
]


@pytest.fixture(scope="module")
def partly_graph(talks_corpus):
    pack, documents, claims = talks_corpus
    document = Document.from_text(" ".join(PARTLY), source="corpus/third.txt")

    def claim(sentence, actor, stance):
        start = document.text.index(sentence)
        return Claim(actor=actor, stance=stance, topic="ceasefire", confidence=0.8,
                     evidence=Evidence(document_id=document.id, sentence=sentence,
                                       start=start, end=start + len(sentence), speaker=actor))

    more = [claim(PARTLY[0], "ukraine", "demand"), claim(PARTLY[1], "russia", "support"),
            claim(PARTLY[2], "dmitry_peskov", "reject")]
    return build_graph(documents=[*documents, document], actors=pack.actors + pack.commentators,
                       topics=pack.topics, categories=pack.infrastructure,
                       claims=[*claims, *more])


def test_compare_lists_a_topic_once_where_the_parties_agree_and_disagree(partly_graph):
    both = compare(partly_graph, "russia", "ukraine")
    assert "ceasefire" not in {c.topic for c in both.disagreements + both.common_ground}
    [ceasefire] = [c for c in both.partly if c.topic == "ceasefire"]
    assert (ceasefire.first_polarity, ceasefire.second_polarity) == ("mixed", "for")
    assert {a.actor for a in ceasefire.first} == {"russia", "dmitry_peskov"}


def test_asking_to_compare_gives_the_same_one_place(partly_graph):
    response = ask(partly_graph, "compare russia and ukraine")
    sections = {
        "disagreements": {c.topic for c in response.disagreements},
        "partly": {c.topic for c in response.partly},
        "common_ground": {c.topic for c in response.common_ground},
    }
    assert [name for name, topics in sections.items() if "ceasefire" in topics] == ["partly"]
    assert "partly" in response.to_dict()


# -- a very long question -------------------------------------------------------------------


def test_a_very_long_question_is_refused_in_one_short_line(talks):
    response = ask(talks, "who rejects " + "moon " * 2000)
    assert not response.understood
    assert len(response.message) < 200
    assert "\n" not in response.message
    assert f"at most {MAX_QUESTION_LENGTH}" in response.message
