"""Positions over time: first stances, changes, periods in questions, undated documents.

The graphs are built by hand from dated documents written for these tests, so what is
tested is the query, apart from extraction (``tests/cli/test_changes.py`` ingests such
documents through the pipeline).
"""

from __future__ import annotations

from datetime import date

import pytest

from stancegraph.graph import build_graph
from stancegraph.queries import ask, changes, histories, parse_question
from stancegraph.schema import Actor, Claim, Document, Evidence, Topic

ACTORS = [Actor(id="ukraine", name="Ukraine", kind="state", aliases=("Kyiv",)),
          Actor(id="andriy_sybiha", name="Andriy Sybiha", kind="person", party="ukraine"),
          Actor(id="russia", name="Russia", kind="state", aliases=("Moscow",))]
TOPICS = [Topic(id="kursk_withdrawal", label="Withdrawal from Kursk", phrases=("kursk",)),
          Topic(id="ceasefire", label="Ceasefire", phrases=("ceasefire", "truce"))]

# (day in March 2025 or None for undated, actor, stance, topic, sentence)
SAID = [
    (3, "ukraine", "reject", "kursk_withdrawal", "Kyiv ruled out leaving Kursk."),
    (10, "andriy_sybiha", "reject", "kursk_withdrawal", "Sybiha said Kursk stays on the table."),
    (20, "ukraine", "concede", "kursk_withdrawal", "Kyiv conceded a pullback from Kursk."),
    (None, "ukraine", "reject", "kursk_withdrawal", "Kyiv will never give up Kursk, it said."),
    (4, "russia", "support", "ceasefire", "Moscow backs a truce in principle."),
    (18, "russia", "support", "ceasefire", "Moscow again said it backs a truce."),
]


@pytest.fixture(scope="module")
def dated_graph():
    documents, claims = [], []
    for day, actor, stance, topic, sentence in SAID:
        published = date(2025, 3, day) if day else None
        document = Document.from_text(sentence, source=f"news/{day or 'undated'}-{actor}.txt",
                                      published=published)
        documents.append(document)
        claims.append(Claim(actor=actor, stance=stance, topic=topic, confidence=0.8,
                            evidence=Evidence(document_id=document.id, sentence=sentence,
                                              start=0, end=len(sentence), speaker=actor)))
    return build_graph(documents=documents, actors=ACTORS, topics=TOPICS, claims=claims)


def test_a_party_moving_from_reject_to_concede_is_one_change(dated_graph):
    [change] = changes(dated_graph, "ukraine")
    assert (change.holder, change.topic, change.describe()) == (
        "ukraine", "kursk_withdrawal", "reject -> concede")
    assert (change.before.date, change.before.documents) == ("2025-03-10", ("10-andriy_sybiha.txt",))
    assert (change.after.date, change.after.documents) == ("2025-03-20", ("20-ukraine.txt",))
    assert change.after.answers[0].evidence[0].sentence == "Kyiv conceded a pullback from Kursk."


def test_undated_claims_are_kept_apart_never_placed_in_time(dated_graph):
    [kursk] = histories(dated_graph, "ukraine")
    assert [m.date for m in kursk.moments] == ["2025-03-03", "2025-03-10", "2025-03-20"]
    assert [a.evidence[0].doc for a in kursk.undated] == ["undated-ukraine.txt"]


def test_the_same_stance_again_is_no_change_and_the_first_date_is_kept(dated_graph):
    [truce] = histories(dated_graph, "russia")
    assert truce.changes == ()
    assert (truce.first.date, truce.first.stances) == ("2025-03-04", ("support",))


def test_a_person_asked_about_is_a_holder_alone(dated_graph):
    [sybiha] = histories(dated_graph, "andriy_sybiha")
    assert (sybiha.holder, [m.date for m in sybiha.moments], sybiha.changes) == (
        "andriy_sybiha", ["2025-03-10"], ())


def test_asking_how_a_position_changed_reads_the_party_and_topic(talks_index):
    reading = parse_question(talks_index, "how has the US position on NATO membership changed?")
    assert (reading.intent, reading.actors, reading.topics) == (
        "changes", ("united_states",), ("ukraine_nato_membership",))


def test_asking_what_changed_answers_with_the_change(dated_graph):
    response = ask(dated_graph, "how has Kyiv's stance on Kursk changed?")
    assert response.interpretation.intent == "changes"
    assert [c.describe() for h in response.histories for c in h.changes] == ["reject -> concede"]


def test_before_a_month_takes_the_year_of_the_latest_document_and_says_so(talks_index):
    reading = parse_question(talks_index, "what did Russia demand before April?")
    assert (reading.intent, reading.actors, reading.stances) == (
        "positions", ("russia",), ("demand",))
    assert (reading.period.start, reading.period.end) == (None, "2025-04-01")
    assert "April 2025: the year of the latest dated document" in reading.notes


def test_a_period_keeps_dated_claims_and_shows_the_undated_apart(talks, talks_index):
    response = ask(talks, "what did Russia reject before April?", index=talks_index)
    assert {(a.topic, a.evidence[0].published) for a in response.answers} == {
        ("foreign_troops_in_ukraine", "2025-03-12")}
    assert {(a.topic, a.evidence[0].published) for a in response.undated} == {
        ("nato_expansion", None)}


def test_a_period_after_every_document_finds_nothing_dated(dated_graph):
    response = ask(dated_graph, "what did Kyiv reject after March 2025?")
    assert response.answers == ()
    assert [a.evidence[0].doc for a in response.undated] == ["undated-ukraine.txt"]


def test_a_month_without_a_year_in_a_store_without_dates_is_not_guessed():
    graph = build_graph(actors=ACTORS, topics=TOPICS)
    response = ask(graph, "what did Russia demand before April?")
    assert not response.understood
    assert "no dated document" in response.message
