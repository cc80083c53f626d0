"""The question parser: phrasings analysts use map onto the query functions."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancegraph.queries import ask, parse_question

AGAINST = ("reject",)
FOR = ("demand", "propose", "support")


def read(index, question):
    return parse_question(index, question)


@pytest.mark.parametrize("question", [
    "who rejects foreign troops?",
    "Who opposes foreign troops in Ukraine?",
    "who is against foreign troops",
    "who refuses boots on the ground?",
    "which actors reject a deterrent force?",
    "Who rejects peacekeepers?",
    "who rejects peacekepers?",  # a typo
    "who doesn't want foreign troops?",
    "who won't accept Western troops in Ukraine?",
])
def test_who_rejects_foreign_troops(talks_index, question):
    reading = read(talks_index, question)
    assert (reading.intent, reading.stances, reading.topics) == (
        "who", AGAINST, ("foreign_troops_in_ukraine",)
    )
    assert reading.actors == ()


@pytest.mark.parametrize("question", [
    "who wants foreign troops in Ukraine?",
    "who wants foreign peacekeepers in Ukraine?",
    "who supports sending troops to Ukraine?",
    "who backs a reassurance force?",
    "who is in favour of boots on the ground?",
    "who has not ruled out foreign troops?",
])
def test_who_wants_foreign_troops(talks_index, question):
    reading = read(talks_index, question)
    assert (reading.intent, reading.stances, reading.topics) == (
        "who", FOR, ("foreign_troops_in_ukraine",)
    )
    assert reading.actors == ()  # "Ukraine" qualifies the topic; it holds nothing


@pytest.mark.parametrize("question, party_kinds", [
    ("who opposes NATO membership for Ukraine?", None),
    ("which countries oppose Ukraine joining NATO?", ("state",)),
    ("who is against Ukraine's NATO accession?", None),
    ("what countries reject Ukraine's membership of NATO?", ("state",)),
    ("who rejects Ukraine in NATO", None),
])
def test_who_opposes_nato_membership(talks_index, question, party_kinds):
    reading = read(talks_index, question)
    assert (reading.intent, reading.stances, reading.topics) == (
        "who", AGAINST, ("ukraine_nato_membership",)
    )
    assert reading.party_kinds == party_kinds


@pytest.mark.parametrize("question, stances", [
    ("what does Russia demand?", ("demand",)),
    ("What are Russia's demands?", ("demand",)),
    ("what does Moscow insist on?", ("demand",)),
    ("what does the Kremlin want?", FOR),
    ("what has Ukraine conceded?", ("concede",)),
    ("what concessions has Kyiv made?", ("concede",)),
    ("what has Ukraine given up?", ("concede",)),
    ("what does Rusia reject?", AGAINST),
])
def test_what_does_an_actor_hold(talks_index, question, stances):
    reading = read(talks_index, question)
    assert reading.intent == "positions"
    assert reading.stances == stances
    assert len(reading.actors) == 1


@pytest.mark.parametrize("question", [
    "what is the US position on NATO membership for Ukraine?",
    "where does the United States stand on Ukraine joining NATO?",
    "Washington's view of NATO accession for Ukraine",
])
def test_an_actors_position_on_a_topic(talks_index, question):
    reading = read(talks_index, question)
    assert (reading.intent, reading.actors, reading.topics) == (
        "positions", ("united_states",), ("ukraine_nato_membership",)
    )


@pytest.mark.parametrize("question", [
    "who supports a Black Sea ceasefire?",
    "who backs a maritime truce?",
    "who wants a ceasefire at sea?",
])
def test_who_supports_a_black_sea_ceasefire(talks_index, question):
    reading = read(talks_index, question)
    assert (reading.intent, reading.stances, reading.topics) == (
        "who", FOR, ("maritime_ceasefire",)
    )


@pytest.mark.parametrize("question, accuser, target", [
    ("who accused Russia of violating the ceasefire?", None, "russia"),
    ("who blamed Moscow for breaking the truce?", None, "russia"),
    ("has Ukraine accused Russia of violating the truce?", "ukraine", "russia"),
    ("what has Russia been accused of?", None, "russia"),
    ("accusations against Russia", None, "russia"),
    ("who has the Kremlin accused?", "russia", None),
    ("was Russia accused by Ukraine?", "ukraine", "russia"),
    ("who accused whom?", None, None),
])
def test_accusation_questions(talks_index, question, accuser, target):
    reading = read(talks_index, question)
    assert reading.intent == "accusations"
    assert (reading.actors[0] if reading.actors else None, reading.target) == (accuser, target)


@pytest.mark.parametrize("question, intent", [
    ("where do Russia and Ukraine disagree?", "disagreements"),
    ("how do Russia and Ukraine differ?", "disagreements"),
    ("what do Russia and Ukraine disagree on?", "disagreements"),
    ("on what are Moscow and Kyiv at odds?", "disagreements"),
    ("where do Russia and Ukraine agree?", "common_ground"),
    ("what do Russia and Ukraine have in common?", "common_ground"),
    ("compare Russia and Ukraine", "compare"),
    ("Russia vs Ukraine", "compare"),
])
def test_two_actors(talks_index, question, intent):
    reading = read(talks_index, question)
    assert (reading.intent, reading.actors) == (intent, ("russia", "ukraine"))


@pytest.mark.parametrize("question, party", [
    ("are US officials divided on NATO membership for Ukraine?", "united_states"),
    ("where does the US contradict itself?", "united_states"),
    ("which parties contradict themselves?", None),
])
def test_contradictions(talks_index, question, party):
    reading = read(talks_index, question)
    assert reading.intent == "contradictions"
    assert (reading.actors[0] if reading.actors else None) == party


@pytest.mark.parametrize("question, actor, categories", [
    ("which infrastructure does Ukraine want protected?", "ukraine", ()),
    ("what targets does Kyiv want spared?", "ukraine", ()),
    ("what infrastructure should a ceasefire cover according to Ukraine?", "ukraine", ()),
    ("who wants ports protected?", None, ("ports",)),
    ("who wants energy infrastructure covered?", None, ("energy",)),
])
def test_infrastructure_questions(talks_index, question, actor, categories):
    reading = read(talks_index, question)
    assert reading.intent == "infrastructure"
    assert (reading.actors[0] if reading.actors else None) == actor
    assert reading.categories == categories


def test_a_holder_named_after_which_filters_the_answer(talks_index):
    reading = read(talks_index, "which Russian officials reject foreign troops?")
    assert (reading.intent, reading.actors) == ("who", ("russia",))


def test_a_category_with_a_topic_narrows_the_claims(talks_index):
    # "a ceasefire on energy" is the pack's partial ceasefire, narrowed to energy
    reading = read(talks_index, "who wants a ceasefire on energy infrastructure?")
    assert (reading.intent, reading.topics, reading.categories) == (
        "who", ("partial_ceasefire",), ("energy",)
    )


@pytest.mark.parametrize("question", [
    "what's the weather in Paris?",
    "hello",
    "",
    "who rejects the grain-for-gold plan?",
    "who is Putin?",
])
def test_a_question_it_cannot_map_says_what_it_understood(talks_index, question):
    reading = read(talks_index, question)
    assert not reading.understood
    assert reading.notes  # why
    response = ask(talks_index.view, question, index=talks_index)
    assert not response.understood and response.answers == ()
    assert response.message.startswith("cannot answer")


def test_not_understood_offers_the_closest_topics(talks_index):
    reading = read(talks_index, "who rejects troups?")
    assert reading.unknown_words == ("troups",)
    assert "foreign_troops_in_ukraine" in reading.suggestions["topics"]


def test_what_was_understood_is_kept(talks_index):
    reading = read(talks_index, "what's the weather in Paris?")
    assert reading.actors == ("france",) and reading.unknown_words == ("weather",)


def test_an_understood_question_without_claims_says_so(talks):
    response = ask(talks, "what has Russia conceded?")
    assert response.understood and response.answers == ()
    assert response.message.startswith("No claim in the store matches")


def test_ask_answers_from_the_graph_too(talks_graph):
    response = ask(talks_graph, "who rejects foreign troops?")
    assert [a.party for a in response.answers] == ["russia"]
    data = response.to_dict(evidence=1)
    assert set(data) >= {"question", "interpretation", "answers"}
    answer = data["answers"][0]
    assert set(answer) >= {"party", "actor", "stance", "topic", "infrastructure", "documents",
                           "evidence"}
    assert set(answer["evidence"][0]) >= {"doc", "sentence", "start", "end"}


@settings(max_examples=200, deadline=None)
@given(question=st.text(max_size=80) | st.lists(st.sampled_from(
    ["who", "what", "which", "does", "Russia", "Ukraine", "US", "the", "NATO", "reject",
     "wants", "not", "accused", "of", "by", "and", "disagree", "infrastructure", "protected",
     "troops", "ceasefire", "?", "'s", "energy", "ports", "compare", "divided", "Kremlin"]),
    max_size=10).map(" ".join))
def test_ask_never_raises_and_never_succeeds_empty_handed(talks, talks_index, question):
    response = ask(talks, question, index=talks_index)
    if not response.understood:
        assert response.message.startswith("cannot answer") and response.answers == ()
    elif not response.answers:
        assert response.message.startswith("No claim in the store matches")
