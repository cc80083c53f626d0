"""Positions over time: when a party first took a stance on a topic, and when it changed.

A claim's date is the publication date of its document, as the loaders found it. Claims
are grouped by holder (a party with its people, or one person asked about) and topic, then
by date: each date is a ``Moment`` with the stances reported that day. A ``Change`` is two
consecutive moments whose stances lean differently (for, against, concede, or mixed when a
day has more than one); it carries the documents and quotes on each side. Documents with
no date are never placed in time: their claims are kept apart as undated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stancegraph.queries.answers import Answer, build_answers
from stancegraph.queries.positions import require_actor, select_claims
from stancegraph.queries.view import ClaimRow, StanceView, as_view
from stancegraph.queries.vocabulary import ANY_STANCE
from stancegraph.schema.positions import POLARITY

if TYPE_CHECKING:
    import networkx as nx

    Graph = nx.MultiDiGraph | StanceView

__all__ = ["Change", "Moment", "TopicHistory", "changes", "histories", "lean", "within"]


@dataclass(frozen=True)
class Moment:
    """What a holder said on a topic on one date: its stances and their answers."""

    date: str
    stances: tuple[str, ...]
    answers: tuple[Answer, ...]

    @property
    def lean(self) -> str:
        return lean(self.stances)

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.doc for a in self.answers for q in a.evidence))

    def to_dict(self, evidence: int | None = None) -> dict[str, Any]:
        return {"date": self.date, "stances": list(self.stances), "lean": self.lean,
                "documents": list(self.documents),
                "answers": [a.to_dict(evidence) for a in self.answers]}


@dataclass(frozen=True)
class Change:
    """A holder's stance on a topic leaning one way at ``before`` and another at ``after``,
    the next date it spoke on the topic."""

    holder: str
    holder_name: str
    topic: str
    topic_label: str
    before: Moment
    after: Moment

    def describe(self) -> str:
        """"reject -> concede"."""
        return f"{'/'.join(self.before.stances)} -> {'/'.join(self.after.stances)}"

    def to_dict(self, evidence: int | None = None) -> dict[str, Any]:
        return {"holder": self.holder, "holder_name": self.holder_name, "topic": self.topic,
                "topic_label": self.topic_label, "from": list(self.before.stances),
                "to": list(self.after.stances), "before": self.before.to_dict(evidence),
                "after": self.after.to_dict(evidence)}


@dataclass(frozen=True)
class TopicHistory:
    """A holder's stances on one topic in date order, its changes, and its undated claims."""

    holder: str
    holder_name: str
    topic: str
    topic_label: str
    moments: tuple[Moment, ...]
    changes: tuple[Change, ...]
    undated: tuple[Answer, ...]

    @property
    def first(self) -> Moment | None:
        """The first date the holder took a stance on the topic (None: undated only)."""
        return self.moments[0] if self.moments else None

    def to_dict(self, evidence: int | None = None) -> dict[str, Any]:
        return {"holder": self.holder, "holder_name": self.holder_name, "topic": self.topic,
                "topic_label": self.topic_label,
                "moments": [m.to_dict(evidence) for m in self.moments],
                "changes": [c.to_dict(evidence) for c in self.changes],
                "undated": [a.to_dict(evidence) for a in self.undated]}


def lean(stances: Iterable[str]) -> str:
    """Which way stances lean: "for", "against", "concede", or "mixed" for several.

    >>> lean(["demand", "support"]), lean(["reject"]), lean(["reject", "concede"])
    ('for', 'against', 'mixed')
    """
    polarities = {POLARITY[s] for s in stances}
    return polarities.pop() if len(polarities) == 1 else "mixed"


def histories(
    graph: Graph,
    actor: str | None = None,
    *,
    topic: str | Iterable[str] | None = None,
) -> list[TopicHistory]:
    """Every holder's stances on every topic, in date order, with their changes.

    Parameters
    ----------
    graph : networkx.MultiDiGraph or StanceView
    actor : str, optional
        An actor id. A party is one holder with its people; a person asked about is a
        holder alone. None: every party.
    topic : str or iterable of str, optional
        Only these topics and their sub-topics (each sub-topic has its own history).

    Returns
    -------
    list of TopicHistory
        Histories with a change first, then by holder and topic.

    Raises
    ------
    QueryError
        If the actor or a topic is unknown.
    """
    view = as_view(graph)
    person = None
    if actor is not None:
        actor = require_actor(view, actor)
        person = None if view.actors.get(actor) is None or view.actors[actor].is_party else actor
    rows = select_claims(view, ANY_STANCE, topics=topic,
                         actors=None if actor is None else [actor])
    grouped: dict[tuple[str, str], list[ClaimRow]] = {}
    for row in rows:
        holder = row.actor if person else row.party
        grouped.setdefault((holder, row.topic or ""), []).append(row)
    found = [_history(view, holder, topic_id, claims)
             for (holder, topic_id), claims in grouped.items()]
    return sorted(found, key=lambda h: (not h.changes, h.holder, h.topic))


def changes(
    graph: Graph,
    actor: str | None = None,
    *,
    topic: str | Iterable[str] | None = None,
) -> list[Change]:
    """The moments a holder's stance on a topic changed (say, from reject to concede).

    Parameters and errors as in ``histories``; changes are in date order per holder and
    topic, holders and topics sorted.

    Examples
    --------
    >>> from datetime import date
    >>> from stancegraph.graph import build_graph
    >>> from stancegraph.schema import Claim, Document, Evidence
    >>> def said(text, day, stance):
    ...     doc = Document.from_text(text, source=f"{day}.txt", published=date(2025, 3, day))
    ...     return doc, Claim(actor="ukraine", stance=stance, topic="kursk", confidence=0.9,
    ...         evidence=Evidence(document_id=doc.id, sentence=text, start=0,
    ...                           end=len(text), speaker="Kyiv"))
    >>> pairs = [said("Kyiv rejects leaving Kursk.", 3, "reject"),
    ...          said("Kyiv concedes it will leave Kursk.", 20, "concede")]
    >>> graph = build_graph(documents=[d for d, _ in pairs], claims=[c for _, c in pairs])
    >>> [(c.describe(), c.before.date, c.after.date) for c in changes(graph, "ukraine")]
    [('reject -> concede', '2025-03-03', '2025-03-20')]
    """
    return [c for history in histories(graph, actor, topic=topic) for c in history.changes]


def within(
    answers: Iterable[Answer], start: str | None = None, end: str | None = None
) -> tuple[list[Answer], list[Answer]]:
    """The answers narrowed to quotes dated in [start, end) (ISO dates; None: open), and
    apart from them the answers of the undated quotes, which are never placed in time.

    >>> within([], "2025-04-01")
    ([], [])
    """
    inside: list[Answer] = []
    undated: list[Answer] = []
    for answer in answers:
        dated = tuple(q for q in answer.evidence if q.published is not None
                      and (start is None or q.published >= start)
                      and (end is None or q.published < end))
        none = tuple(q for q in answer.evidence if q.published is None)
        for quotes, into in ((dated, inside), (none, undated)):
            if quotes:
                into.append(_narrowed(answer, quotes))
    return inside, undated


def _narrowed(answer: Answer, quotes: tuple) -> Answer:
    speakers: dict[str, None] = {}
    for quote in quotes:
        speakers[quote.named_as] = None
    return dataclasses.replace(answer, evidence=quotes,
                               documents=len({q.document_id for q in quotes}),
                               speakers=tuple(speakers))


def _history(view: StanceView, holder: str, topic: str, rows: list[ClaimRow]) -> TopicHistory:
    by_date: dict[str, list[ClaimRow]] = {}
    undated: list[ClaimRow] = []
    for row in rows:
        if row.published is None:
            undated.append(row)
        else:
            by_date.setdefault(row.published, []).append(row)
    moments = []
    for day in sorted(by_date):
        answers = tuple(build_answers(view, by_date[day]))
        stances = tuple(s for s in ANY_STANCE if any(a.stance == s for a in answers))
        moments.append(Moment(day, stances, answers))
    holder_name = view.actor_name(holder)
    label = view.topic_label(topic)
    found = tuple(
        Change(holder, holder_name, topic, label, before, after)
        for before, after in zip(moments, moments[1:])
        if before.lean != after.lean
    )
    return TopicHistory(holder, holder_name, topic, label, tuple(moments), found,
                        tuple(build_answers(view, undated)))
