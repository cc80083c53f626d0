"""Actors side by side: disagreements, common ground, contradictions inside a party, and the
actor x topic position matrix.

Positions are compared topic by topic at party level (a party includes its people), on the
exact topic a claim names: supporting a partial ceasefire says nothing about a general one.
Concessions and accusations are not for or against a topic and are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from stancegraph.queries.answers import (
    Answer,
    Comparison,
    Contradiction,
    Matrix,
    TopicComparison,
    build_answers,
)
from stancegraph.queries.positions import require_actor, require_topic, select_claims
from stancegraph.queries.view import StanceView, as_view
from stancegraph.queries.vocabulary import AGAINST, ANY_STANCE, FOR

if TYPE_CHECKING:
    import networkx as nx

    Graph = nx.MultiDiGraph | StanceView

__all__ = ["common_ground", "compare", "contradictions", "disagreements", "matrix"]

_FOR_OR_AGAINST = (*FOR, *AGAINST)


def disagreements(
    graph: Graph,
    first: str,
    second: str | None = None,
    *,
    topic: str | Iterable[str] | None = None,
) -> list[TopicComparison]:
    """Topics where one actor is for and the other against.

    Parameters
    ----------
    graph : networkx.MultiDiGraph or StanceView
    first, second : str
        Actor ids; a party includes its people. With ``second`` None, ``first`` is
        compared with every other party.
    topic : str or iterable of str, optional
        Only these topics and their sub-topics.

    Returns
    -------
    list of TopicComparison
        ``first`` holds the first actor's answers, ``second`` the other's; topics backed
        by more documents first.

    Raises
    ------
    QueryError
        If an actor or topic is unknown.

    Examples
    --------
    >>> from stancegraph.graph import build_graph
    >>> from stancegraph.schema import Claim, Document, Evidence
    >>> doc = Document.from_text("Kyiv wants troops. Moscow rejects troops.", source="a.txt")
    >>> def claim(actor, stance, start, end):
    ...     return Claim(actor=actor, stance=stance, topic="troops", confidence=0.9,
    ...         evidence=Evidence(document_id=doc.id, sentence=doc.text[start:end],
    ...                           start=start, end=end, speaker=actor))
    >>> graph = build_graph(documents=[doc], claims=[
    ...     claim("ukraine", "demand", 0, 18), claim("russia", "reject", 19, 41)])
    >>> [c.topic for c in disagreements(graph, "russia", "ukraine")]
    ['troops']
    """
    return _compare_topics(graph, first, second, topic, _opposed)


def common_ground(
    graph: Graph,
    first: str,
    second: str | None = None,
    *,
    topic: str | Iterable[str] | None = None,
) -> list[TopicComparison]:
    """Topics both actors are for (each demands, proposes or supports them).

    Parameters and errors as in ``disagreements``.
    """
    return _compare_topics(graph, first, second, topic, _both_for)


def compare(
    graph: Graph, first: str, second: str, *, topic: str | Iterable[str] | None = None
) -> Comparison:
    """Disagreements and common ground of two actors in one result, each topic once.

    A topic both are for, where one of them (or one of its people) is also against, is
    neither a plain disagreement nor plain common ground: it is listed once, under
    ``partly``, with both sides' sub-positions.

    Raises
    ------
    QueryError
        If an actor or topic is unknown.

    Examples
    --------
    >>> from stancegraph.graph import build_graph
    >>> from stancegraph.schema import Claim, Document, Evidence
    >>> doc = Document.from_text("Kyiv wants a truce. Moscow backs a truce. "
    ...                          "Moscow rejects a truce.", source="a.txt")
    >>> def claim(actor, stance, sentence):
    ...     start = doc.text.index(sentence)
    ...     return Claim(actor=actor, stance=stance, topic="truce", confidence=0.9,
    ...         evidence=Evidence(document_id=doc.id, sentence=sentence, start=start,
    ...                           end=start + len(sentence), speaker=actor))
    >>> graph = build_graph(documents=[doc], claims=[
    ...     claim("ukraine", "demand", "Kyiv wants a truce."),
    ...     claim("russia", "support", "Moscow backs a truce."),
    ...     claim("russia", "reject", "Moscow rejects a truce.")])
    >>> found = compare(graph, "russia", "ukraine")
    >>> found.disagreements, found.common_ground, [c.topic for c in found.partly]
    ((), (), ['truce'])
    """
    view = as_view(graph)
    opposed = disagreements(view, first, second, topic=topic)
    both_for = common_ground(view, first, second, topic=topic)
    shared = {c.topic for c in both_for} & {c.topic for c in opposed}
    return Comparison(
        first=first,
        second=second,
        disagreements=tuple(c for c in opposed if c.topic not in shared),
        common_ground=tuple(c for c in both_for if c.topic not in shared),
        partly=tuple(c for c in opposed if c.topic in shared),
    )


def contradictions(
    graph: Graph, party: str | None = None, *, topic: str | Iterable[str] | None = None
) -> list[Contradiction]:
    """Parties with speakers on both sides of a topic (say, two US officials on Ukraine's
    NATO membership, or one speaker who said both).

    Parameters
    ----------
    party : str, optional
        A party id (a person's party is used for a person); None: every party.
    topic : str or iterable of str, optional
        Only these topics and their sub-topics.

    Returns
    -------
    list of Contradiction
        Those backed by more documents first.

    Raises
    ------
    QueryError
        If the party or topic is unknown.
    """
    view = as_view(graph)
    actors = None
    if party is not None:
        actors = [view.party_of(require_actor(view, party))]
    rows = select_claims(view, _FOR_OR_AGAINST, topics=topic, actors=actors)
    by_place: dict[tuple[str, str], list] = {}
    for row in rows:
        by_place.setdefault((row.party, row.topic or ""), []).append(row)
    found = []
    for (holder, topic_id), claims in by_place.items():
        answers = build_answers(view, claims)
        supporting = tuple(a for a in answers if a.stance in FOR)
        opposing = tuple(a for a in answers if a.stance == "reject")
        if supporting and opposing:
            found.append(Contradiction(holder, topic_id, view.topic_label(topic_id),
                                       supporting, opposing))
    return sorted(found, key=lambda c: (-_documents(c.supporting + c.opposing), c.party, c.topic))


def matrix(
    graph: Graph,
    *,
    by: str = "party",
    topics: Iterable[str] | None = None,
    stances: Iterable[str] = ANY_STANCE,
) -> Matrix:
    """The actor x topic position matrix.

    Parameters
    ----------
    by : "party" or "actor"
        Rows are parties (people rolled up into them) or each actor as resolved.
    topics : iterable of str, optional
        Only these topic columns (exact ids, no sub-topics); default every topic with a
        position.
    stances : iterable of str
        The stances counted; accusations are not positions on a topic.

    Returns
    -------
    Matrix
        ``cells[row][topic][stance]`` counts the documents reporting that stance; rows
        and columns with more documents come first.

    Raises
    ------
    ValueError
        If ``by`` is neither "party" nor "actor".
    QueryError
        If a topic is unknown.
    """
    if by not in ("party", "actor"):
        raise ValueError(f"matrix: by must be 'party' or 'actor', not {by!r}")
    view = as_view(graph)
    wanted = None
    if topics is not None:
        wanted = {require_topic(view, t) for t in topics}
    documents: dict[str, dict[str, dict[str, set[str]]]] = {}
    row_documents: dict[str, set[str]] = {}
    column_documents: dict[str, set[str]] = {}
    for row in select_claims(view, tuple(stances)):
        if row.topic is None or (wanted is not None and row.topic not in wanted):
            continue
        key = row.party if by == "party" else row.actor
        documents.setdefault(key, {}).setdefault(row.topic, {}).setdefault(
            row.stance, set()).add(row.document_id)
        row_documents.setdefault(key, set()).add(row.document_id)
        column_documents.setdefault(row.topic, set()).add(row.document_id)
    rows = tuple(sorted(row_documents, key=lambda r: (-len(row_documents[r]), r)))
    columns = tuple(sorted(column_documents, key=lambda c: (-len(column_documents[c]), c)))
    cells = {
        key: {
            topic_id: {stance: len(ids) for stance, ids in sorted(
                stances_found.items(), key=lambda item: ANY_STANCE.index(item[0])
            )}
            for topic_id, stances_found in sorted(by_topic.items(),
                                                  key=lambda item: columns.index(item[0]))
        }
        for key, by_topic in ((r, documents[r]) for r in rows)
    }
    return Matrix(
        rows=rows, columns=columns, cells=cells,
        row_names={r: view.actor_name(r) for r in rows},
        column_labels={c: view.topic_label(c) for c in columns},
    )


def _compare_topics(graph, first, second, topic, related) -> list[TopicComparison]:
    view = as_view(graph)
    require_actor(view, first)
    if second is not None:
        require_actor(view, second)
    first_rows = select_claims(view, _FOR_OR_AGAINST, topics=topic, actors=[first])
    first_members = view.members(first)
    if second is not None:
        others = {second: select_claims(view, _FOR_OR_AGAINST, topics=topic, actors=[second])}
    else:
        others = {}
        for row in select_claims(view, _FOR_OR_AGAINST, topics=topic):
            if row.party != view.party_of(first) and row.actor not in first_members:
                others.setdefault(row.party, []).append(row)
    found: list[TopicComparison] = []
    mine = _by_topic(first_rows)
    for other_rows in others.values():
        theirs = _by_topic(other_rows)
        for topic_id in mine.keys() & theirs.keys():
            a = build_answers(view, mine[topic_id])
            b = build_answers(view, theirs[topic_id])
            if related(a, b):
                found.append(TopicComparison(topic_id, view.topic_label(topic_id),
                                             tuple(a), tuple(b)))
    return sorted(found, key=lambda c: (
        -_documents(c.first + c.second), c.topic, c.second[0].party if c.second else "",
    ))


def _by_topic(rows) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for row in rows:
        if row.topic:
            grouped.setdefault(row.topic, []).append(row)
    return grouped


def _opposed(first: list[Answer], second: list[Answer]) -> bool:
    first_stances = {a.stance for a in first}
    second_stances = {a.stance for a in second}
    first_for = bool(first_stances & set(FOR))
    second_for = bool(second_stances & set(FOR))
    return (first_for and "reject" in second_stances) or (second_for and "reject" in first_stances)


def _both_for(first: list[Answer], second: list[Answer]) -> bool:
    return _is_for(first) and _is_for(second)


def _is_for(answers: list[Answer]) -> bool:
    return any(a.stance in FOR for a in answers)


def _documents(answers: Iterable[Answer]) -> int:
    return len({q.document_id for a in answers for q in a.evidence})
