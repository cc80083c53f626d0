"""A read-only view of the stance graph that query functions share.

``StanceView`` walks a ``networkx.MultiDiGraph`` from ``build_graph`` or
``GraphStore.load_graph`` once and keeps what every query needs: the actors with their
parties, the topic and infrastructure hierarchies, the documents' names and one row per
claim. Query functions accept either the graph or a view; build the view once when asking
several questions of one graph.

``open_view`` reads a store's nodes and claims straight from the graph builder, in the
graph's order, without making the networkx graph: a query command needs the view only,
and starts faster without importing networkx.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stancegraph.errors import QueryError
from stancegraph.graph.model import (
    ACTOR,
    DOCUMENT,
    INFRASTRUCTURE,
    TOPIC,
    GraphBuilder,
    decode_list,
)
from stancegraph.schema.positions import POLARITY, RELATIONSHIP_TYPE, STANCES

if TYPE_CHECKING:
    import networkx as nx

STANCE_OF_RELATIONSHIP = {relation: stance for stance, relation in RELATIONSHIP_TYPE.items()}
STANCE_ORDER = {stance: rank for rank, stance in enumerate(STANCES)}
"""demand, propose, support, reject, concede, accuse: the order stances are listed in."""

__all__ = [
    "ActorEntry",
    "CategoryEntry",
    "ClaimRow",
    "DocumentEntry",
    "QueryError",
    "STANCE_ORDER",
    "StanceView",
    "TopicEntry",
    "as_view",
    "open_view",
]


@dataclass(frozen=True)
class ActorEntry:
    """An actor node: ``party`` is the party its positions count for (itself for a party)."""

    id: str
    name: str
    kind: str
    party: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    @property
    def is_party(self) -> bool:
        return self.party == self.id

    @property
    def names(self) -> tuple[str, ...]:
        """Every way the pack names this actor: name, aliases, roles."""
        return (self.name, *self.aliases, *self.roles)


@dataclass(frozen=True)
class TopicEntry:
    """A topic node, the phrases that signal it and those that name its contrary."""

    id: str
    label: str
    parent: str | None = None
    phrases: tuple[str, ...] = ()
    opposite_phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentEntry:
    """A document node: ``name`` is its file name, ``published`` its ISO date or None
    when the loaders found no date (undated: never guessed)."""

    id: str
    name: str
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class CategoryEntry:
    """An infrastructure category node; ``broader`` is the category it belongs to."""

    id: str
    label: str
    broader: str | None = None
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimRow:
    """One claim as the graph holds it: a stance edge and its position node."""

    claim_id: str
    actor: str
    party: str
    stance: str
    topic: str | None
    target_actor: str | None
    infrastructure: tuple[str, ...]
    document_id: str
    document: str
    sentence: str
    start: int
    end: int
    speaker: str
    confidence: float
    published: str | None = None
    """The ISO publication date of the claim's document; None when it is undated."""

    @property
    def polarity(self) -> str:
        return POLARITY[self.stance]


class StanceView:
    """The entities and claims of a stance graph, indexed for queries.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from ``build_graph`` or ``GraphStore.load_graph``.

    Raises
    ------
    TypeError
        If ``graph`` is not a networkx graph.

    Examples
    --------
    >>> from stancegraph.graph import build_graph
    >>> from stancegraph.schema import Actor, Claim, Document, Evidence
    >>> doc = Document.from_text("Peskov rejected a truce.", source="a.txt")
    >>> claim = Claim(actor="peskov", stance="reject", topic="ceasefire", confidence=0.9,
    ...     evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=24,
    ...                       speaker="Peskov"))
    >>> peskov = Actor(id="peskov", name="Dmitry Peskov", kind="person", party="russia")
    >>> view = StanceView(build_graph(documents=[doc], actors=[peskov], claims=[claim]))
    >>> view.party_of("peskov"), view.claims[0].party, view.claims[0].document
    ('russia', 'russia', 'a.txt')
    """

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        # A networkx graph can only come from a program that imported networkx already.
        networkx = sys.modules.get("networkx")
        if networkx is None or not isinstance(graph, networkx.Graph):
            raise TypeError(f"StanceView needs a networkx graph, got {type(graph).__name__}")
        self.graph = graph
        self._read(graph.nodes(data=True), graph.nodes, graph.edges(data=True))

    @classmethod
    def from_builder(cls, builder: GraphBuilder) -> StanceView:
        """Return the view of the graph ``builder.finish()`` would make, without making it.

        The view is the same, claims in the same order; ``graph`` is made if asked for.

        Examples
        --------
        >>> builder = GraphBuilder()
        >>> builder.add_actor("peskov", "Dmitry Peskov", "person", "russia", "[]", "[]")
        >>> builder.add_claim("c1", "peskov", "reject", "ceasefire", (), None, "ab12",
        ...                   "Peskov rejected a truce.", 0, 24, "Peskov", 0.9)
        >>> view = StanceView.from_builder(builder)
        >>> view.claims == StanceView(builder.finish()).claims
        True
        """
        view = cls.__new__(cls)
        view._builder = builder
        nodes = builder.nodes()
        view._read(nodes, dict(nodes),
                   ((source, target, data) for source, target, _, data in builder.claim_edges()))
        return view

    @functools.cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The networkx graph this view reads; a view ``from_builder`` makes it when asked."""
        return self._builder.finish()

    def _read(
        self,
        nodes: Iterable[tuple[str, dict[str, Any]]],
        node_properties: Mapping[str, dict[str, Any]],
        edges: Iterable[tuple[str, str, dict[str, Any]]],
    ) -> None:
        self.actors: dict[str, ActorEntry] = {}
        self.topics: dict[str, TopicEntry] = {}
        self.categories: dict[str, CategoryEntry] = {}
        self.documents: dict[str, str] = {}
        self.document_entries: dict[str, DocumentEntry] = {}
        for _, data in nodes:
            label = data.get("label")
            entity_id = data.get("id")
            if label == ACTOR:
                self.actors[entity_id] = ActorEntry(
                    entity_id, data.get("name", entity_id), data.get("kind", "unknown"),
                    data.get("party") or entity_id, decode_list(data.get("aliases")),
                    decode_list(data.get("roles")),
                )
            elif label == TOPIC:
                self.topics[entity_id] = TopicEntry(
                    entity_id, data.get("name", entity_id), data.get("parent"),
                    decode_list(data.get("phrases")), decode_list(data.get("opposite_phrases")),
                )
            elif label == INFRASTRUCTURE:
                self.categories[entity_id] = CategoryEntry(
                    entity_id, data.get("name", entity_id), data.get("broader"),
                    decode_list(data.get("phrases")),
                )
            elif label == DOCUMENT:
                name = data.get("name") or data.get("source") or entity_id
                self.documents[entity_id] = name
                self.document_entries[entity_id] = DocumentEntry(
                    entity_id, name, data.get("title"), data.get("published"))
        self.claims: list[ClaimRow] = []
        entries = self.document_entries
        for _, position, data in edges:
            stance = STANCE_OF_RELATIONSHIP.get(data.get("type"))
            if stance is None:
                continue
            node = node_properties[position]
            actor = node["actor"]
            document_id = data["document_id"]
            self.claims.append(ClaimRow(
                claim_id=data["claim_id"], actor=actor, party=self.party_of(actor),
                stance=stance, topic=node.get("topic"), target_actor=node.get("target_actor"),
                infrastructure=decode_list(data.get("infrastructure")), document_id=document_id,
                document=self.documents.get(document_id, document_id),
                sentence=data["sentence"], start=data["start"], end=data["end"],
                speaker=data["speaker"], confidence=data["confidence"],
                published=entries[document_id].published if document_id in entries else None,
            ))
        self._topic_children = _children(
            (t.id, t.parent) for t in self.topics.values() if t.parent
        )
        self._category_children = _children(
            (c.id, c.broader) for c in self.categories.values() if c.broader
        )

    @functools.cached_property
    def latest_published(self) -> str | None:
        """The ISO date of the latest dated document; None when no document has a date."""
        return max((d.published for d in self.document_entries.values() if d.published),
                   default=None)

    # -- actors -----------------------------------------------------------------------------

    def party_of(self, actor_id: str) -> str:
        """The party an actor's positions count for: its ``party``, or itself."""
        actor = self.actors.get(actor_id)
        return actor.party if actor else actor_id

    def actor_name(self, actor_id: str | None) -> str:
        """The actor's display name (its id when the graph has no name for it)."""
        if actor_id is None:
            return ""
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id

    @functools.cached_property
    def lowercase_names(self) -> frozenset[str]:
        """Every actor name, alias and role, lower case, without a leading "the "."""
        return frozenset(
            name.lower().removeprefix("the ")
            for actor in self.actors.values() for name in actor.names
        )

    def members(self, actor_id: str) -> set[str]:
        """A party and everyone speaking for it; any other actor alone.

        >>> from stancegraph.graph import build_graph
        >>> from stancegraph.schema import Actor
        >>> view = StanceView(build_graph(actors=[
        ...     Actor(id="russia", name="Russia", kind="state"),
        ...     Actor(id="lavrov", name="Sergei Lavrov", kind="person", party="russia")]))
        >>> sorted(view.members("russia")), sorted(view.members("lavrov"))
        (['lavrov', 'russia'], ['lavrov'])
        """
        actor = self.actors.get(actor_id)
        if actor is None or not actor.is_party:
            return {actor_id}
        return {a.id for a in self.actors.values() if a.party == actor_id} | {actor_id}

    # -- hierarchies ------------------------------------------------------------------------

    def topic_and_narrower(self, topic_id: str) -> set[str]:
        """A topic and all its sub-topics (``Topic.parent`` leads up)."""
        return _subtree(topic_id, self._topic_children)

    def category_and_narrower(self, category_id: str) -> set[str]:
        """A category and every category inside it (``broader`` leads up)."""
        return _subtree(category_id, self._category_children)

    def broader_categories(self, category_id: str) -> tuple[str, ...]:
        """The categories enclosing one, nearest first."""
        chain: list[str] = []
        current = self.categories.get(category_id)
        while current is not None and current.broader and current.broader not in chain:
            chain.append(current.broader)
            current = self.categories.get(current.broader)
        return tuple(chain)

    def topic_label(self, topic_id: str | None) -> str:
        if topic_id is None:
            return ""
        topic = self.topics.get(topic_id)
        return topic.label if topic else topic_id

    def category_label(self, category_id: str) -> str:
        category = self.categories.get(category_id)
        return category.label if category else category_id


def as_view(graph: nx.MultiDiGraph | StanceView) -> StanceView:
    """Return ``graph`` if it is a view already, else a view of it."""
    return graph if isinstance(graph, StanceView) else StanceView(graph)


def open_view(store: str | os.PathLike[str] | None = None) -> StanceView:
    """Load the graph of a store and return its view.

    Parameters
    ----------
    store : str or path-like, optional
        The store folder; ``resolve_store`` rules apply (``$STANCEGRAPH_STORE``, then
        ``./.stancegraph``).

    Raises
    ------
    StoreError
        If there is no store there or it cannot be read.
    """
    from stancegraph.graph.store import GraphStore, resolve_store

    with GraphStore.open(resolve_store(store), create=False) as graph_store:
        return StanceView.from_builder(graph_store.load_builder())


def _children(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    children: dict[str, list[str]] = {}
    for child, parent in pairs:
        children.setdefault(parent, []).append(child)
    return children


def _subtree(root: str, children: dict[str, list[str]]) -> set[str]:
    found = {root}
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found
