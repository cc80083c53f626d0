"""Who holds which position: actors by stance and topic, an actor's positions, concessions,
accusations, the infrastructure each actor wants covered, and the evidence behind them.

Every function takes the graph (or a ``StanceView`` of it) and pack ids. Topics include
their sub-topics, categories the categories inside them, and a party its people: asking
what Russia demands also returns Putin's demands, with Putin as the answer's ``actor`` and
``russia`` as its ``party``.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from stancegraph.queries.answers import (
    Answer,
    CategoryWanted,
    Quote,
    build_answers,
    quotes_of,
)
from stancegraph.queries.view import STANCE_ORDER, ClaimRow, QueryError, StanceView, as_view
from stancegraph.queries.vocabulary import ANY_STANCE, FOR

if TYPE_CHECKING:
    import networkx as nx

    Graph = nx.MultiDiGraph | StanceView

__all__ = [
    "accusations",
    "concessions",
    "evidence",
    "infrastructure_wanted",
    "positions",
    "require_actor",
    "require_category",
    "require_topic",
    "select_claims",
    "stances_of",
    "who",
]

STANCE_NAMES: dict[str, tuple[str, ...]] = {
    **{stance: (stance,) for stance in STANCE_ORDER},
    "for": FOR,
    "against": ("reject",),
    "any": ANY_STANCE,
}
"""What a stance argument may be: a stance, a polarity ("for", "against") or "any"."""


def stances_of(stance: str | Iterable[str] | None) -> tuple[str, ...]:
    """Expand a stance argument into stances.

    Parameters
    ----------
    stance : str, iterable of str, or None
        A stance (``"reject"``), a polarity (``"for"``, ``"against"``), ``"any"`` or
        None (every stance on a topic), or several of these.

    Raises
    ------
    QueryError
        If a name is none of these.

    Examples
    --------
    >>> stances_of("for")
    ('demand', 'propose', 'support')
    >>> stances_of(["reject", "concede"])
    ('reject', 'concede')
    """
    if stance is None:
        return ANY_STANCE
    names = [stance] if isinstance(stance, str) else list(stance)
    found: list[str] = []
    for name in names:
        expanded = STANCE_NAMES.get(str(name).strip().lower())
        if expanded is None:
            raise QueryError(
                f"unknown stance {name!r}: use one of {', '.join(STANCE_NAMES)}",
                difflib.get_close_matches(str(name).lower(), STANCE_NAMES, n=3),
            )
        found.extend(s for s in expanded if s not in found)
    return tuple(found)


def who(
    graph: Graph,
    stance: str | Iterable[str] | None,
    topic: str | Iterable[str] | None,
    *,
    actors: Iterable[str] | None = None,
    party_kinds: Iterable[str] | None = None,
    actor_kinds: Iterable[str] | None = None,
    categories: Iterable[str] | None = None,
) -> list[Answer]:
    """Actors taking a stance on a topic or any of its sub-topics, grouped by party.

    Parameters
    ----------
    graph : networkx.MultiDiGraph or StanceView
    stance : str, iterable of str, or None
        See ``stances_of``: ``"reject"``, ``"for"``, ``["demand", "propose"]``; None for
        every stance.
    topic : str, iterable of str, or None
        Topic ids; each includes its sub-topics. None: every topic.
    actors : iterable of str, optional
        Only these holders; a party includes the people speaking for it.
    party_kinds, actor_kinds : iterable of str, optional
        Only holders whose party (or who themselves) are of these kinds ("state",
        "person" ...): "which countries ..." asks for ``party_kinds=["state"]``.
    categories : iterable of str, optional
        Only claims naming one of these infrastructure categories (or one inside them).

    Returns
    -------
    list of Answer
        One answer per (party, actor, stance, topic), parties with more documents first.

    Raises
    ------
    QueryError
        If a stance, topic, actor or category is unknown.

    Examples
    --------
    >>> from stancegraph.graph import build_graph
    >>> from stancegraph.schema import Actor, Claim, Document, Evidence
    >>> doc = Document.from_text("Putin rejected foreign troops.", source="a.txt")
    >>> claim = Claim(actor="vladimir_putin", stance="reject", topic="foreign_troops",
    ...     confidence=0.9, evidence=Evidence(document_id=doc.id, sentence=doc.text,
    ...     start=0, end=30, speaker="Putin"))
    >>> putin = Actor(id="vladimir_putin", name="Vladimir Putin", kind="person", party="russia")
    >>> graph = build_graph(documents=[doc], actors=[putin], claims=[claim])
    >>> [(a.party, a.actor, a.documents) for a in who(graph, "against", "foreign_troops")]
    [('russia', 'vladimir_putin', 1)]
    """
    view = as_view(graph)
    rows = select_claims(view, stances_of(stance), topics=topic, actors=actors,
                         categories=categories)
    if party_kinds is not None:
        kinds = set(party_kinds)
        rows = [r for r in rows if _kind(view, r.party) in kinds]
    if actor_kinds is not None:
        kinds = set(actor_kinds)
        rows = [r for r in rows if _kind(view, r.actor) in kinds]
    return build_answers(view, rows)


def positions(
    graph: Graph,
    actor: str,
    *,
    stance: str | Iterable[str] | None = None,
    topic: str | Iterable[str] | None = None,
    include_people: bool = True,
) -> list[Answer]:
    """Every position of an actor, grouped by stance (demand, propose, support, reject,
    concede, accuse), then topic.

    Parameters
    ----------
    graph : networkx.MultiDiGraph or StanceView
    actor : str
        An actor id. A party includes the people speaking for it unless
        ``include_people`` is False.
    stance, topic : optional
        Narrow the positions as in ``who``; ``stance=None`` includes accusations.

    Returns
    -------
    list of Answer

    Raises
    ------
    QueryError
        If the actor, a stance or a topic is unknown.
    """
    view = as_view(graph)
    require_actor(view, actor)
    stances = tuple(STANCE_ORDER) if stance is None else stances_of(stance)
    holders = view.members(actor) if include_people else {actor}
    rows = select_claims(view, stances, topics=topic, actors=holders, expand_parties=False)
    return sorted(build_answers(view, rows), key=lambda a: (
        STANCE_ORDER[a.stance], a.topic or "", a.target_actor or "", a.actor != a.party,
        a.actor,
    ))


def concessions(
    graph: Graph, actor: str | None = None, *, topic: str | Iterable[str] | None = None
) -> list[Answer]:
    """What actors have conceded: every concession, or one actor's (with its people).

    Raises
    ------
    QueryError
        If the actor or topic is unknown.
    """
    view = as_view(graph)
    actors = None if actor is None else [require_actor(view, actor)]
    return build_answers(view, select_claims(view, ("concede",), topics=topic, actors=actors))


def accusations(
    graph: Graph,
    accuser: str | None = None,
    target: str | None = None,
    *,
    topic: str | Iterable[str] | None = None,
    categories: Iterable[str] | None = None,
    include_without_topic: bool = True,
) -> list[Answer]:
    """Who accused whom, of what, hitting which infrastructure.

    Parameters
    ----------
    accuser, target : str, optional
        Actor ids; a party includes its people on either side.
    topic : str or iterable of str, optional
        What the accusation is about ("violating the ceasefire" is ``ceasefire``), with
        sub-topics. Most accusations name no topic; they count unless
        ``include_without_topic`` is False.
    categories : iterable of str, optional
        Only accusations naming one of these infrastructure categories (or narrower).

    Returns
    -------
    list of Answer
        Stance ``accuse``, with ``target_actor`` and ``infrastructure`` set.

    Raises
    ------
    QueryError
        If an actor, the topic or a category is unknown.
    """
    view = as_view(graph)
    actors = None if accuser is None else [require_actor(view, accuser)]
    rows = select_claims(view, ("accuse",), actors=actors, categories=categories)
    if target is not None:
        targets = view.members(require_actor(view, target))
        rows = [r for r in rows if r.target_actor in targets
                or view.party_of(r.target_actor or "") == target]
    if topic is not None:
        wanted = _topic_set(view, topic)
        rows = [r for r in rows if r.topic in wanted
                or (r.topic is None and include_without_topic)]
    return build_answers(view, rows)


def infrastructure_wanted(
    graph: Graph,
    actor: str | None = None,
    *,
    category: str | Iterable[str] | None = None,
    party_kinds: Iterable[str] | None = None,
) -> list[CategoryWanted]:
    """The infrastructure categories each actor wants a ceasefire to cover.

    Categories come from the actor's claims for a topic (demand, propose, support) that
    name infrastructure; each result carries the categories enclosing it.

    Parameters
    ----------
    actor : str, optional
        An actor id; a party includes its people. None: every actor.
    category : str or iterable of str, optional
        Only these categories and those inside them.

    Returns
    -------
    list of CategoryWanted
        One per (party, actor, category): parties with more documents first, within an
        actor the categories named in more documents first.

    Raises
    ------
    QueryError
        If the actor or a category is unknown.
    """
    view = as_view(graph)
    actors = None if actor is None else [require_actor(view, actor)]
    categories = None if category is None else _as_list(category)
    rows = [r for r in select_claims(view, FOR, actors=actors) if r.infrastructure]
    if party_kinds is not None:
        kinds = set(party_kinds)
        rows = [r for r in rows if _kind(view, r.party) in kinds]
    wanted = None if categories is None else _category_set(view, categories)
    grouped: dict[tuple[str, str, str], list[ClaimRow]] = {}
    for row in rows:
        for name in row.infrastructure:
            if wanted is None or name in wanted:
                grouped.setdefault((row.party, row.actor, name), []).append(row)
    party_documents: dict[str, set[str]] = {}
    for (party, _, _), claims in grouped.items():
        party_documents.setdefault(party, set()).update(c.document_id for c in claims)
    results = [
        CategoryWanted(
            category=name, label=view.category_label(name),
            broader=view.broader_categories(name), party=party, actor=holder,
            documents=len({c.document_id for c in claims}),
            answers=tuple(build_answers(view, claims)),
        )
        for (party, holder, name), claims in grouped.items()
    ]
    return sorted(results, key=lambda w: (
        -len(party_documents[w.party]), w.party, w.actor != w.party, w.actor, -w.documents,
        w.category,
    ))


def evidence(
    graph: Graph,
    actor: str | None = None,
    stance: str | Iterable[str] | None = None,
    topic: str | Iterable[str] | None = None,
    *,
    target: str | None = None,
) -> list[Quote]:
    """The quotes behind any answer: claims by actor, stance, topic and target, best first.

    Raises
    ------
    QueryError
        If an actor, stance or topic is unknown.
    """
    view = as_view(graph)
    stances = tuple(STANCE_ORDER) if stance is None else stances_of(stance)
    actors = None if actor is None else [require_actor(view, actor)]
    rows = select_claims(view, stances, topics=topic, actors=actors)
    if target is not None:
        targets = view.members(require_actor(view, target))
        rows = [r for r in rows if r.target_actor in targets]
    return quotes_of(view, rows)


# -- validation -------------------------------------------------------------------------------


def require_actor(view: StanceView, actor: str) -> str:
    """Return ``actor`` if the graph knows it, else raise ``QueryError`` with suggestions."""
    return _require(actor, view.actors, "actor", lambda a: view.actors[a].name)


def require_topic(view: StanceView, topic: str) -> str:
    """Return ``topic`` if the graph knows it, else raise ``QueryError`` with suggestions."""
    return _require(topic, view.topics, "topic", lambda t: view.topics[t].label)


def require_category(view: StanceView, category: str) -> str:
    """Return ``category`` if the graph knows it, else raise ``QueryError``."""
    return _require(category, view.categories, "infrastructure category",
                    lambda c: view.categories[c].label)


def _require(value: str, known: dict[str, Any], what: str, label: Callable[[str], str]) -> str:
    if value in known:
        return value
    close = difflib.get_close_matches(str(value).lower(), list(known), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    if not known:
        hint = "; the store holds none (ingest some articles first)"
    raise QueryError(f"unknown {what} {value!r}{hint}", close)


# -- selection ---------------------------------------------------------------------------------


def select_claims(
    view: StanceView,
    stances: tuple[str, ...],
    *,
    topics: str | Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    categories: Iterable[str] | None = None,
    expand_parties: bool = True,
) -> list[ClaimRow]:
    """The claims of some stances, topics (with sub-topics), holders and categories.

    A party in ``actors`` includes its people unless ``expand_parties`` is False.
    Commentators never hold positions, so their claims are left out.
    """
    wanted_stances = set(stances)
    wanted_topics = None if topics is None else _topic_set(view, topics)
    holders = None
    if actors is not None:
        holders = set()
        for actor in actors:
            require_actor(view, actor)
            holders |= view.members(actor) if expand_parties else {actor}
    wanted_categories = None if categories is None else _category_set(view, categories)
    return [
        row for row in view.claims
        if row.stance in wanted_stances
        and (wanted_topics is None or row.topic in wanted_topics)
        and (holders is None or row.actor in holders)
        and (wanted_categories is None or not wanted_categories.isdisjoint(row.infrastructure))
        and not _is_commentator(view, row.actor)
    ]


def _topic_set(view: StanceView, topics: str | Iterable[str]) -> set[str]:
    found: set[str] = set()
    for topic in _as_list(topics):
        found |= view.topic_and_narrower(require_topic(view, topic))
    return found


def _category_set(view: StanceView, categories: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for category in _as_list(categories):
        found |= view.category_and_narrower(require_category(view, category))
    return found


def _as_list(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _kind(view: StanceView, actor_id: str) -> str:
    actor = view.actors.get(actor_id)
    return actor.kind if actor else "unknown"


def _is_commentator(view: StanceView, actor_id: str) -> bool:
    return _kind(view, actor_id) == "commentator"
