"""What queries return: answers with their evidence, grouped by party then speaker.

An ``Answer`` is one position -- (party, actor, stance, topic or target) -- with the number
of documents that report it and its quotes, best first. People's answers keep the person as
``actor`` and carry their party as ``party``, so a question about Russia shows Putin and
the Kremlin side by side. Every result type turns into plain JSON with ``to_dict``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from stancegraph.queries.view import STANCE_ORDER, ClaimRow, StanceView
from stancegraph.schema.positions import POLARITY

__all__ = [
    "Answer",
    "CategoryWanted",
    "Comparison",
    "Contradiction",
    "Matrix",
    "PartySummary",
    "Quote",
    "TopicComparison",
    "build_answers",
    "quotes_of",
    "summarise_parties",
]


@dataclass(frozen=True)
class Quote:
    """A sentence a claim was read from.

    ``speaker`` is the holder as written ("it", "Kyiv"); ``named_as`` is how the sentence
    names the holder when ``speaker`` is a pronoun or a common noun ("the Kremlin ...
    it would reject" gives ``named_as="Kremlin"``), else ``speaker`` itself.
    """

    doc: str
    document_id: str
    sentence: str
    start: int
    end: int
    speaker: str
    named_as: str
    confidence: float
    claim_id: str
    published: str | None = None
    """The document's ISO publication date; None when it is undated."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc, "sentence": self.sentence, "start": self.start, "end": self.end,
            "speaker": self.speaker, "named_as": self.named_as, "confidence": self.confidence,
            "document_id": self.document_id, "claim_id": self.claim_id,
            "published": self.published,
        }


@dataclass(frozen=True)
class Answer:
    """One position and the claims behind it.

    ``topic`` is the topic the claims name, which may be a sub-topic of the one asked
    about; for an accusation ``target_actor`` is the accused. ``documents`` counts the
    distinct documents reporting it; ``evidence`` holds every quote, best first.
    """

    party: str
    actor: str
    stance: str
    topic: str | None
    target_actor: str | None
    infrastructure: tuple[str, ...]
    documents: int
    speakers: tuple[str, ...]
    evidence: tuple[Quote, ...]
    party_name: str = ""
    actor_name: str = ""
    topic_label: str = ""

    @property
    def document_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.doc for q in self.evidence))

    def to_dict(self, evidence: int | None = None) -> dict[str, Any]:
        """The answer as JSON; ``evidence`` caps the number of quotes (None: all)."""
        quotes = self.evidence if evidence is None else self.evidence[:max(evidence, 0)]
        return {
            "party": self.party, "actor": self.actor, "stance": self.stance,
            "topic": self.topic, "target_actor": self.target_actor,
            "infrastructure": list(self.infrastructure), "documents": self.documents,
            "speakers": list(self.speakers), "party_name": self.party_name,
            "actor_name": self.actor_name, "topic_label": self.topic_label,
            "evidence": [q.to_dict() for q in quotes],
        }


@dataclass(frozen=True)
class PartySummary:
    """A party's share of a set of answers: its speakers and its distinct documents."""

    party: str
    name: str
    documents: int
    actors: tuple[str, ...]
    speakers: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"party": self.party, "name": self.name, "documents": self.documents,
                "actors": list(self.actors), "speakers": list(self.speakers)}


@dataclass(frozen=True)
class TopicComparison:
    """Two actors' positions on one topic: ``first`` and ``second`` are their answers."""

    topic: str
    topic_label: str
    first: tuple[Answer, ...]
    second: tuple[Answer, ...]

    @property
    def first_polarity(self) -> str:
        return polarity_of_answers(self.first)

    @property
    def second_polarity(self) -> str:
        return polarity_of_answers(self.second)

    def to_dict(self, evidence: int | None = None) -> dict[str, Any]:
        return {
            "topic": self.topic, "topic_label": self.topic_label,
            "first_polarity": self.first_polarity, "second_polarity": self.second_polarity,
            "first": [a.to_dict(evidence) for a in self.first],
            "second": [a.to_dict(evidence) for a in self.second],
        }


@dataclass(frozen=True)
class Comparison:
    """Two actors topic by topic, each topic in one place: where they disagree (one for,
    the other against), where both are for, and where they ``partly`` agree (both are for,
    and one of them, or one of its people, is also against)."""

    first: str
    second: str
    disagreements: tuple[TopicComparison, ...]
    common_ground: tuple[TopicComparison, ...]
    partly: tuple[TopicComparison, ...] = ()

    def to_dict(self, evidence: int | None = None) -> dict[str, Any]:
        return {
            "first": self.first, "second": self.second,
            "disagreements": [c.to_dict(evidence) for c in self.disagreements],
            "partly": [c.to_dict(evidence) for c in self.partly],
            "common_ground": [c.to_dict(evidence) for c in self.common_ground],
        }


@dataclass(frozen=True)
class Contradiction:
    """Speakers of one party on both sides of a topic."""

    party: str
    topic: str
    topic_label: str
    supporting: tuple[Answer, ...]
    opposing: tuple[Answer, ...]

    def to_dict(self, evidence: int | None = None) -> dict[str, Any]:
        return {
            "party": self.party, "topic": self.topic, "topic_label": self.topic_label,
            "for": [a.to_dict(evidence) for a in self.supporting],
            "against": [a.to_dict(evidence) for a in self.opposing],
        }


@dataclass(frozen=True)
class CategoryWanted:
    """An infrastructure category an actor wants a ceasefire to cover.

    ``broader`` lists the enclosing categories, nearest first; ``answers`` are the
    positions whose claims name the category.
    """

    category: str
    label: str
    broader: tuple[str, ...]
    party: str
    actor: str
    documents: int
    answers: tuple[Answer, ...]

    def to_dict(self, evidence: int | None = None) -> dict[str, Any]:
        return {
            "category": self.category, "label": self.label, "broader": list(self.broader),
            "party": self.party, "actor": self.actor, "documents": self.documents,
            "positions": [a.to_dict(evidence) for a in self.answers],
        }


@dataclass(frozen=True)
class Matrix:
    """Positions of actors (rows) on topics (columns).

    ``cells[row][column]`` maps each stance to the number of documents reporting it;
    ``polarity(row, column)`` sums a cell up as for, against, mixed or concede.
    """

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    row_names: dict[str, str] = field(default_factory=dict)
    column_labels: dict[str, str] = field(default_factory=dict)

    def polarity(self, row: str, column: str) -> str:
        stances = self.cells.get(row, {}).get(column, {})
        return polarity_of_stances(stances)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": list(self.rows), "columns": list(self.columns),
            "row_names": dict(self.row_names), "column_labels": dict(self.column_labels),
            "cells": {
                row: {
                    column: {"polarity": self.polarity(row, column), "stances": stances}
                    for column, stances in columns.items()
                }
                for row, columns in self.cells.items()
            },
        }


def polarity_of_stances(stances: Iterable[str]) -> str:
    """Sum stances up: "for", "against", "mixed" (both), "concede" or "" (none).

    >>> polarity_of_stances(["demand", "reject"]), polarity_of_stances(["concede"])
    ('mixed', 'concede')
    """
    polarities = {POLARITY.get(stance) for stance in stances}
    if {"for", "against"} <= polarities:
        return "mixed"
    for polarity in ("for", "against", "concede", "accuse"):
        if polarity in polarities:
            return polarity
    return ""


def polarity_of_answers(answers: Iterable[Answer]) -> str:
    return polarity_of_stances(a.stance for a in answers)


def build_answers(view: StanceView, rows: Iterable[ClaimRow]) -> list[Answer]:
    """Group claim rows into answers, ordered by party, then speaker, stance and topic.

    Parties reported by more documents come first; within a party the party itself comes
    before the people speaking for it.
    """
    groups: dict[tuple[str, str, str, str | None, str | None], list[ClaimRow]] = {}
    for row in rows:
        key = (row.party, row.actor, row.stance, row.topic, row.target_actor)
        groups.setdefault(key, []).append(row)
    answers = []
    for (party, actor, stance, topic, target), claims in groups.items():
        quotes = quotes_of(view, claims)
        infrastructure = tuple(dict.fromkeys(c for row in claims for c in row.infrastructure))
        speakers = Counter(q.named_as for q in quotes)
        answers.append(Answer(
            party=party, actor=actor, stance=stance, topic=topic, target_actor=target,
            infrastructure=infrastructure, documents=len({q.document_id for q in quotes}),
            speakers=tuple(name for name, _ in speakers.most_common()),
            evidence=tuple(quotes), party_name=view.actor_name(party),
            actor_name=view.actor_name(actor), topic_label=view.topic_label(topic),
        ))
    return sort_answers(answers)


def sort_answers(answers: Iterable[Answer]) -> list[Answer]:
    """Order answers by party (most documents first), the party before its people, stance."""
    answers = list(answers)
    party_documents: dict[str, set[str]] = {}
    actor_documents: dict[str, set[str]] = {}
    for answer in answers:
        ids = {q.document_id for q in answer.evidence}
        party_documents.setdefault(answer.party, set()).update(ids)
        actor_documents.setdefault(answer.actor, set()).update(ids)
    return sorted(answers, key=lambda a: (
        -len(party_documents[a.party]), a.party, a.actor != a.party,
        -len(actor_documents[a.actor]), a.actor, STANCE_ORDER.get(a.stance, 99),
        a.topic or "", a.target_actor or "",
    ))


def summarise_parties(view: StanceView, answers: Iterable[Answer]) -> list[PartySummary]:
    """One summary per party of ``answers``, in the order the parties first appear."""
    documents: dict[str, set[str]] = {}
    actors: dict[str, dict[str, None]] = {}
    speakers: dict[str, dict[str, None]] = {}
    for answer in answers:
        documents.setdefault(answer.party, set()).update(q.document_id for q in answer.evidence)
        actors.setdefault(answer.party, {})[answer.actor] = None
        for speaker in answer.speakers:
            speakers.setdefault(answer.party, {})[speaker] = None
    return [
        PartySummary(party, view.actor_name(party), len(documents[party]),
                     tuple(actors[party]), tuple(speakers.get(party, {})))
        for party in documents
    ]


def quotes_of(view: StanceView, rows: Iterable[ClaimRow]) -> list[Quote]:
    """The quotes of claim rows, best first: surer claims, named speakers, then by place."""
    quotes = [
        Quote(row.document, row.document_id, row.sentence, row.start, row.end, row.speaker,
              named_as(view, row), row.confidence, row.claim_id, row.published)
        for row in rows
    ]
    return sorted(quotes, key=lambda q: (
        -q.confidence, q.speaker != q.named_as, q.doc, q.start, q.claim_id,
    ))


def named_as(view: StanceView, row: ClaimRow) -> str:
    """How the evidence sentence names the holder of a claim.

    The extractor records the holder as written, which may be a pronoun ("it") or a
    common noun ("leaders") resolved from context. For display, such a speaker is
    replaced by the pack name of the actor that occurs in the sentence nearest before it
    ("The Kremlin has signalled it would reject ..." gives "Kremlin"), else by the
    actor's name. This only looks up known names in a stored sentence; it parses nothing.
    """
    actor = view.actors.get(row.actor)
    if actor is None:
        return row.speaker
    if _is_a_name(row.speaker, view):
        return row.speaker
    found = _names_in(row.sentence, actor.names)
    if not found:
        return actor.name
    pronoun = re.search(rf"\b{re.escape(row.speaker)}\b", row.sentence)
    at = pronoun.start() if pronoun else len(row.sentence)
    before = [text for start, text in found if start < at]
    return before[-1] if before else actor.name


def _is_a_name(speaker: str, view: StanceView) -> bool:
    known = view.lowercase_names
    text = speaker.strip()
    lowered = text.lower().removeprefix("the ")
    return lowered in known or (text[:1].isupper() and len(text) > 3 and " " not in text
                                and text.lower() not in _COMMON_HOLDER_WORDS)


_COMMON_HOLDER_WORDS = frozenset({
    "they", "them", "their", "its", "his", "hers", "both", "officials", "leaders",
    "countries", "sides", "parties", "nations", "governments",
})


def _names_in(sentence: str, names: Iterable[str]) -> list[tuple[int, str]]:
    """(start, text) of each name found in the sentence, longest at a place, in order."""
    found: dict[int, str] = {}
    for name in names:
        flags = 0 if (name.isupper() and len(name) <= 3) else re.IGNORECASE
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence, flags):
            if len(match.group()) > len(found.get(match.start(), "")):
                found[match.start()] = match.group()
    # A shorter name inside a longer one found at an earlier place is the same mention.
    kept: list[tuple[int, str]] = []
    for start in sorted(found):
        if kept and start < kept[-1][0] + len(kept[-1][1]):
            continue
        kept.append((start, found[start]))
    return kept
