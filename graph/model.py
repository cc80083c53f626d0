"""The graph model: node labels, relationship types, node ids, and claims turned into a graph.

One mapping of labels and relationship types lives here, shared by the store, the exporters
and the Neo4j writer. ``build_graph`` turns schema models into a ``networkx.MultiDiGraph``:
entities become nodes, each distinct (actor, stance, topic or target) becomes a position node,
and each claim becomes one relationship from its actor to that position, evidence on it.

Every node and edge property is a scalar (str, int, float, bool); tuples are stored as JSON
strings (``decode_list`` reads them back) and missing values are left out, so the graph can
be written to GraphML as it is.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from stancegraph.schema.positions import (
    POLARITY,
    POSITION_LABEL,
    RELATIONSHIP_TYPE,
    position_about,
    position_id,
)

if TYPE_CHECKING:
    import networkx as nx

    from stancegraph.schema.models import Actor, Claim, Document, InfrastructureCategory, Topic

# networkx is imported where a graph is made (GraphBuilder.finish), not here: query
# commands read the builder's nodes and claims directly and start faster without it.

ACTOR = "Actor"
TOPIC = "Topic"
INFRASTRUCTURE = "InfrastructureCategory"
DOCUMENT = "Document"

ENTITY_LABEL: dict[str, str] = {
    "actor": ACTOR,
    "topic": TOPIC,
    "infrastructure": INFRASTRUCTURE,
    "document": DOCUMENT,
}
"""Node-id prefix -> node label for the entity nodes."""

NODE_LABELS: tuple[str, ...] = (*ENTITY_LABEL.values(), *POSITION_LABEL.values())
"""Every node label the graph uses: the four entity labels, then the position labels."""

ABOUT = "ABOUT"
COVERS = "COVERS"
BROADER = "BROADER"
SPEAKS_FOR = "SPEAKS_FOR"
MENTIONED_IN = "MENTIONED_IN"
AGAINST = "AGAINST"

STRUCTURAL_TYPES: tuple[str, ...] = (ABOUT, COVERS, BROADER, SPEAKS_FOR, MENTIONED_IN, AGAINST)
"""Relationship types that are not stances: one edge per pair of nodes, keyed by the type."""

RELATIONSHIP_TYPES: tuple[str, ...] = (*RELATIONSHIP_TYPE.values(), *STRUCTURAL_TYPES)
"""Every relationship type the graph uses: the stance types, then the structural ones."""

LIST_PROPERTIES = frozenset({
    "aliases", "roles", "phrases", "opposite_phrases", "infrastructure",
})
"""Properties holding a list of strings, which the graph stores as one JSON string
(``encode_list``): actor aliases and roles, topic and category phrases (and the phrases
naming a topic's contrary), and the categories a claim names. Exporters write them back as
lists."""

__all__ = [
    "ABOUT",
    "ACTOR",
    "AGAINST",
    "BROADER",
    "COVERS",
    "DOCUMENT",
    "ENTITY_LABEL",
    "GraphBuilder",
    "INFRASTRUCTURE",
    "LIST_PROPERTIES",
    "MENTIONED_IN",
    "NODE_LABELS",
    "POSITION_LABEL",
    "RELATIONSHIP_TYPE",
    "RELATIONSHIP_TYPES",
    "SPEAKS_FOR",
    "STRUCTURAL_TYPES",
    "TOPIC",
    "actor_node_id",
    "build_graph",
    "category_node_id",
    "decode_list",
    "document_node_id",
    "encode_list",
    "paused_garbage_collection",
    "position_node_id",
    "topic_node_id",
]


def actor_node_id(actor_id: str) -> str:
    """Return the node id of an actor.

    >>> actor_node_id("russia")
    'actor:russia'
    """
    return f"actor:{actor_id}"


def topic_node_id(topic_id: str) -> str:
    """Return the node id of a topic.

    >>> topic_node_id("ceasefire")
    'topic:ceasefire'
    """
    return f"topic:{topic_id}"


def category_node_id(category_id: str) -> str:
    """Return the node id of an infrastructure category.

    >>> category_node_id("energy")
    'infrastructure:energy'
    """
    return f"infrastructure:{category_id}"


def document_node_id(document_id: str) -> str:
    """Return the node id of a document (its id is the SHA-256 of its text).

    >>> document_node_id("ab12")
    'document:ab12'
    """
    return f"document:{document_id}"


def position_node_id(actor: str, stance: str, about: str) -> str:
    """Return the node id of the position (actor, stance, about): ``position:`` and its
    ``position_id``; ``about`` is ``position_about``'s (``Claim.position_key`` gives all three).

    >>> position_node_id("russia", "demand", "ceasefire")
    'position:russia:demand:ceasefire'
    """
    return f"position:{position_id(actor, stance, about)}"


def encode_list(values: Sequence[str]) -> str:
    """Encode a tuple of strings as one JSON string property.

    >>> encode_list(("energy", "ports"))
    '["energy", "ports"]'
    """
    return json.dumps(list(values), ensure_ascii=False)


def decode_list(value: str | None) -> tuple[str, ...]:
    """Read back a property written by ``encode_list``; a missing property is empty.

    >>> decode_list('["energy", "ports"]')
    ('energy', 'ports')
    >>> decode_list(None)
    ()
    """
    if not value:
        return ()
    return tuple(json.loads(value))


def build_graph(
    documents: Iterable[Document] = (),
    actors: Iterable[Actor] = (),
    topics: Iterable[Topic] = (),
    categories: Iterable[InfrastructureCategory] = (),
    claims: Iterable[Claim] = (),
) -> nx.MultiDiGraph:
    """Build the stance graph of some documents, entities and claims.

    Parameters
    ----------
    documents : iterable of Document
        The articles the claims were read from; their text is not copied into the graph.
    actors, topics, categories : iterables of Actor, Topic, InfrastructureCategory
        The entities, usually a domain pack's. Entities that claims mention but that are
        not listed get a minimal node (an actor of kind ``"unknown"`` named by its id).
    claims : iterable of Claim
        Each claim becomes one edge, keyed by the claim id, from its actor to its position.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes carry ``label`` and their properties; edges carry ``type``. Stance edges are
        keyed by claim id, the other edges by their type.

    Raises
    ------
    TypeError
        If an argument holds something other than the schema model it should.

    Examples
    --------
    >>> from stancegraph.schema import Claim, Document, Evidence
    >>> doc = Document.from_text("Kyiv demands a ceasefire.", source="a.txt")
    >>> claim = Claim(actor="ukraine", stance="demand", topic="ceasefire", confidence=0.9,
    ...     evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=25,
    ...                       speaker="Kyiv"))
    >>> graph = build_graph(documents=[doc], claims=[claim])
    >>> graph.nodes["position:ukraine:demand:ceasefire"]["label"]
    'Demand'
    >>> graph.edges["actor:ukraine", "position:ukraine:demand:ceasefire", claim.id]["type"]
    'DEMANDS'
    """
    from stancegraph.schema.models import Actor, Claim, Document, InfrastructureCategory, Topic

    with paused_garbage_collection():
        return _build_graph(
            _checked(documents, Document, "documents"),
            _checked(actors, Actor, "actors"),
            _checked(topics, Topic, "topics"),
            _checked(categories, InfrastructureCategory, "categories"),
            _checked(claims, Claim, "claims"),
        )


def _build_graph(
    documents: Iterable[Document],
    actors: Iterable[Actor],
    topics: Iterable[Topic],
    categories: Iterable[InfrastructureCategory],
    claims: Iterable[Claim],
) -> nx.MultiDiGraph:
    builder = GraphBuilder()
    for document in documents:
        builder.add_document(
            document.id,
            document.source,
            document.title,
            document.published.isoformat() if document.published else None,
        )
    for actor in actors:
        if actor.is_coalition:
            continue
        builder.add_actor(
            actor.id, actor.name, actor.kind, actor.party, encode_list(actor.aliases),
            encode_list(actor.roles),
        )
    for topic in topics:
        builder.add_topic(
            topic.id, topic.label, topic.description, topic.parent,
            encode_list(topic.standalone_phrases), encode_list(topic.standalone_opposite_phrases),
        )
    for category in categories:
        builder.add_category(
            category.id, category.label, category.broader, encode_list(category.phrases)
        )
    for claim in claims:
        evidence = claim.evidence
        builder.add_claim(
            claim.id, claim.actor, claim.stance, claim.topic, claim.infrastructure,
            claim.target_actor, evidence.document_id, evidence.sentence, evidence.start,
            evidence.end, evidence.speaker, claim.confidence,
        )
    return builder.finish()


def _checked(items: Iterable[Any], model: type, argument: str) -> Iterable[Any]:
    for item in items:
        if not isinstance(item, model):
            raise TypeError(
                f"build_graph: {argument} must hold {model.__name__} models, got {item!r:.80}"
            )
        yield item


class GraphBuilder:
    """Add entities and claims as plain values, then ``finish`` into a MultiDiGraph.

    This is the one place that knows how claims map to nodes and edges; ``build_graph``
    feeds it models and the store feeds it table rows, so both give the same graph.
    Entities may be added in any order relative to claims: declared properties replace a
    minimal node made earlier for a reference. A claim id added twice counts once.
    Sequence properties (aliases, roles, phrases) come already encoded by ``encode_list``.

    Examples
    --------
    >>> builder = GraphBuilder()
    >>> builder.add_actor("lavrov", "Sergei Lavrov", "person", "russia", "[]", "[]")
    >>> builder.add_claim("c1", "lavrov", "accuse", None, (), "ukraine", "ab12",
    ...                   "Lavrov accused Kyiv.", 0, 20, "Lavrov", 0.9)
    >>> graph = builder.finish()
    >>> sorted(kind for _, _, kind in graph.edges(data="type"))
    ['ACCUSES', 'AGAINST', 'MENTIONED_IN', 'SPEAKS_FOR']
    """

    def __init__(self) -> None:
        # Nodes are kept in plain dicts while building: networkx's add_node/add_edge checks
        # cost more than the work itself on a 100,000-claim store.
        self._nodes: dict[str, dict[str, Any]] = {}
        self._claim_ids: set[str] = set()
        self._edges: list[tuple[str, str, str, dict[str, Any]]] = []
        # A dict, not a set: first-seen order keeps the edge order the same on every run.
        self._structural: dict[tuple[str, str, str], None] = {}
        self._positions: dict[str, dict[str, Any]] = {}
        self._claim_positions: dict[tuple[Any, ...], tuple[str, str, dict[str, Any], str]] = {}
        self._claim_documents: dict[str, tuple[str, str]] = {}

    # -- entities ---------------------------------------------------------------------------

    def add_document(
        self, document_id: str, source: str, title: str | None, published: str | None
    ) -> None:
        """Add a document node (no text: it stays in the store)."""
        name = source.rstrip("/").rsplit("/", 1)[-1]
        self._declare(
            document_node_id(document_id),
            {"label": DOCUMENT, "id": document_id, "source": source, "name": name,
             "title": title, "published": published},
        )

    def add_actor(
        self, actor_id: str, name: str, kind: str, party: str | None, aliases: str, roles: str
    ) -> None:
        """Add an actor node, and its SPEAKS_FOR edge when it has a party."""
        node = actor_node_id(actor_id)
        self._declare(
            node,
            {"label": ACTOR, "id": actor_id, "name": name, "kind": kind, "party": party,
             "aliases": aliases, "roles": roles},
        )
        if party and party != actor_id:
            self._reference(actor_node_id(party), ACTOR, party)
            self._link(node, actor_node_id(party), SPEAKS_FOR)

    def add_topic(
        self, topic_id: str, label: str, description: str, parent: str | None, phrases: str,
        opposite_phrases: str = "[]",
    ) -> None:
        """Add a topic node, and its BROADER edge when it has a parent.

        ``opposite_phrases`` (the phrases naming the topic's contrary) is a property only
        when there are some.
        """
        node = topic_node_id(topic_id)
        self._declare(
            node,
            {"label": TOPIC, "id": topic_id, "name": label, "description": description,
             "parent": parent, "phrases": phrases,
             "opposite_phrases": None if opposite_phrases == "[]" else opposite_phrases},
        )
        if parent:
            self._reference(topic_node_id(parent), TOPIC, parent)
            self._link(node, topic_node_id(parent), BROADER)

    def add_category(
        self, category_id: str, label: str, broader: str | None, phrases: str
    ) -> None:
        """Add an infrastructure category node, and its BROADER edge."""
        node = category_node_id(category_id)
        self._declare(
            node,
            {"label": INFRASTRUCTURE, "id": category_id, "name": label, "broader": broader,
             "phrases": phrases},
        )
        if broader:
            self._reference(category_node_id(broader), INFRASTRUCTURE, broader)
            self._link(node, category_node_id(broader), BROADER)

    # -- claims -----------------------------------------------------------------------------

    def add_claim(
        self,
        claim_id: str,
        actor: str,
        stance: str,
        topic: str | None,
        infrastructure: Sequence[str],
        target_actor: str | None,
        document_id: str,
        sentence: str,
        start: int,
        end: int,
        speaker: str,
        confidence: float,
        infrastructure_json: str | None = None,
    ) -> None:
        """Add one claim: an edge from its actor to its position, with the position's edges.

        ``infrastructure_json`` is ``infrastructure`` already encoded, as the store has it.
        """
        if claim_id in self._claim_ids:
            return
        self._claim_ids.add(claim_id)
        # Claims repeat the same few actors, positions and documents; caching their node
        # ids keeps a 100,000-claim load to one dict lookup each (and one copy of each id).
        position_key = (actor, stance, topic, target_actor)
        cached = self._claim_positions.get(position_key)
        if cached is None:
            cached = self._claim_positions[position_key] = self._position_of(*position_key)
        actor_node, position, properties, relationship = cached
        properties["claims"] += 1
        document = self._claim_documents.get(document_id)
        if document is None:
            document = self._claim_documents[document_id] = (
                document_id, document_node_id(document_id)
            )
            self._reference(document[1], DOCUMENT, document_id)
        document_id, document_node = document
        for category in infrastructure:
            category_node = category_node_id(category)
            self._reference(category_node, INFRASTRUCTURE, category)
            self._link(position, category_node, COVERS)
        self._link(actor_node, document_node, MENTIONED_IN)
        self._edges.append((
            actor_node,
            position,
            claim_id,
            {
                "type": relationship,
                "claim_id": claim_id,
                "document_id": document_id,
                "sentence": sentence,
                "start": start,
                "end": end,
                "speaker": speaker,
                "confidence": confidence,
                "infrastructure": (
                    infrastructure_json
                    if infrastructure_json is not None
                    else encode_list(infrastructure)
                ),
            },
        ))

    def _position_of(
        self, actor: str, stance: str, topic: str | None, target_actor: str | None
    ) -> tuple[str, str, dict[str, Any], str]:
        actor_node = actor_node_id(actor)
        self._reference(actor_node, ACTOR, actor)
        about = position_about(stance, topic, target_actor)
        position = position_node_id(actor, stance, about)
        properties = self._positions.get(position)
        if properties is None:
            properties = self._add_position(position, actor, stance, topic, target_actor, about)
        return actor_node, position, properties, RELATIONSHIP_TYPE[stance]

    def _add_position(
        self, node: str, actor: str, stance: str, topic: str | None, target_actor: str | None,
        about: str,
    ) -> dict[str, Any]:
        properties: dict[str, Any] = {
            "label": POSITION_LABEL[stance],
            "id": position_id(actor, stance, about),
            "actor": actor,
            "stance": stance,
            "polarity": POLARITY[stance],
            "about": about,
            "claims": 0,
        }
        if topic:
            properties["topic"] = topic
            self._reference(topic_node_id(topic), TOPIC, topic)
            self._link(node, topic_node_id(topic), ABOUT)
        if target_actor:
            properties["target_actor"] = target_actor
            self._reference(actor_node_id(target_actor), ACTOR, target_actor)
            self._link(node, actor_node_id(target_actor), AGAINST)
        self._nodes[node] = properties
        self._positions[node] = properties
        return properties

    # -- plumbing ---------------------------------------------------------------------------

    def _declare(self, node: str, properties: dict[str, Any]) -> None:
        self._nodes[node] = {k: v for k, v in properties.items() if v is not None}

    def _reference(self, node: str, label: str, entity_id: str) -> None:
        if node in self._nodes:
            return
        properties: dict[str, Any] = {"label": label, "id": entity_id}
        if label == ACTOR:
            properties.update(name=entity_id, kind="unknown")
        elif label in (TOPIC, INFRASTRUCTURE):
            properties["name"] = entity_id
        self._nodes[node] = properties

    def _link(self, source: str, target: str, relationship: str) -> None:
        self._structural[(source, target, relationship)] = None

    # -- results ----------------------------------------------------------------------------

    def nodes(self) -> list[tuple[str, dict[str, Any]]]:
        """Return the nodes and their properties in the graph's node order: by label (in
        ``NODE_LABELS`` order), then by id.

        >>> builder = GraphBuilder()
        >>> builder.add_topic("truce", "Truce", "", None, "[]")
        >>> builder.add_actor("kyiv", "Kyiv", "state", None, "[]", "[]")
        >>> [node for node, _ in builder.nodes()]
        ['actor:kyiv', 'topic:truce']
        """
        return sorted(self._nodes.items(), key=_node_order)

    def claim_edges(self) -> list[tuple[str, str, str, dict[str, Any]]]:
        """Return the claims' edges (actor node, position node, claim id, properties) in
        the order the finished graph's ``edges`` yields them.

        networkx yields a node's edges in node order, then by neighbour in the order each
        was first linked, then by key as added; a position is linked only by the claims
        leading to it, so sorting the claims by (actor node's place, first claim of the
        same actor and position) gives that order without building the graph.

        >>> builder = GraphBuilder()
        >>> builder.add_claim("c1", "zz", "demand", "truce", (), None, "ab12", "S.", 0, 2, "Z", 0.9)
        >>> builder.add_claim("c2", "aa", "reject", "truce", (), None, "ab12", "S.", 0, 2, "A", 0.9)
        >>> builder.add_claim("c3", "zz", "demand", "talks", (), None, "ab12", "S.", 0, 2, "Z", 0.9)
        >>> builder.add_claim("c4", "zz", "demand", "truce", (), None, "ab12", "T.", 3, 5, "Z", 0.9)
        >>> [key for _, _, key, _ in builder.claim_edges()]
        ['c2', 'c1', 'c4', 'c3']
        >>> [key for _, _, key in builder.finish().edges(keys=True) if key.startswith("c")]
        ['c2', 'c1', 'c4', 'c3']
        """
        first: dict[tuple[str, str], int] = {}
        for number, (source, target, _, _) in enumerate(self._edges):
            first.setdefault((source, target), number)
        nodes = self._nodes
        return sorted(self._edges, key=lambda edge: (
            _LABEL_ORDER[nodes[edge[0]]["label"]], edge[0], first[edge[0], edge[1]],
        ))

    def finish(self) -> nx.MultiDiGraph:
        """Return the graph: nodes sorted by label then id, edges in the order added."""
        import networkx as nx

        graph = nx.MultiDiGraph()
        graph.add_nodes_from(self.nodes())
        _add_edges(
            graph,
            (
                (source, target, relationship, {"type": relationship})
                for source, target, relationship in self._structural
            ),
        )
        _add_edges(graph, self._edges)
        return graph


def _add_edges(
    graph: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str, dict[str, Any]]]
) -> None:
    """Add keyed edges between existing nodes of a new graph, as ``add_edges_from`` would.

    This writes networkx's private adjacency dicts directly, in the layout networkx 2 and 3
    use (successor and predecessor share one key dict per node pair), because it is
    clearly faster: ``benchmarks/graph_edges.py`` measures ``GraphBuilder.finish`` on
    100,000 claims (247,690 edges) at 0.29 s this way and 0.93 s with ``add_edges_from``
    (medians of 7 alternating runs, networkx 3.6.1; 3.1x), which is most of the time of
    loading a large store. A test checks the result equals a graph built with
    ``add_edges_from``; other graph classes take the public route.
    """
    import networkx as nx

    if type(graph) is not nx.MultiDiGraph or graph.edge_key_dict_factory is not dict:
        graph.add_edges_from(edges)
        return
    successors = graph._succ
    predecessors = graph._pred
    for source, target, key, properties in edges:
        key_dict = successors[source].get(target)
        if key_dict is None:
            key_dict = successors[source][target] = {}
            predecessors[target][source] = key_dict
        key_dict[key] = properties
    clear_cache = getattr(nx, "_clear_cache", None)
    if clear_cache is not None:
        clear_cache(graph)


@contextmanager
def paused_garbage_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small dicts.

    The objects built here hold no reference cycles, yet each generation-0 collection
    walks them all; pausing halves the time to load a 100,000-claim store.

    >>> with paused_garbage_collection():
    ...     gc.isenabled()
    False
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_LABEL_ORDER = {label: rank for rank, label in enumerate(NODE_LABELS)}


def _node_order(item: tuple[str, dict[str, Any]]) -> tuple[int, str]:
    return (_LABEL_ORDER[item[1]["label"]], item[0])
