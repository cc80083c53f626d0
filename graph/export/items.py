"""What every exporter writes: the graph's nodes and relationships, checked and cleaned.

No exporter reads the networkx graph itself. ``graph_items`` walks it once, checks that every
node label and relationship type is one of the graph model's (``NODE_LABELS``,
``RELATIONSHIP_TYPES``) and that property names and values are ones every format can carry,
and passes every string through ``clean_text``, so a character one format cannot carry is
removed from all of them, the same way. ``neo4j_groups`` arranges the items the way the
Cypher script and the CSV files load them into Neo4j: one group per label, one per
(relationship type, start label, end label).
"""

from __future__ import annotations

import io
import json
import math
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Union

import networkx as nx

from stancegraph.errors import ExportError
from stancegraph.graph.model import (
    LIST_PROPERTIES,
    NODE_LABELS,
    RELATIONSHIP_TYPES,
    STRUCTURAL_TYPES,
)

__all__ = [
    "LIST_PROPERTIES",
    "ExportError",
    "ExportNode",
    "ExportRelationship",
    "GraphItems",
    "NodeGroup",
    "NodeRow",
    "RelationshipGroup",
    "RelationshipRow",
    "check_label",
    "check_relationship_type",
    "clean_text",
    "graph_items",
    "merge_key",
    "neo4j_groups",
    "text_destination",
]

Scalar = Union[str, int, float, bool]
Value = Union[Scalar, tuple[str, ...]]
Destination = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]


# XML 1.0 allows tab, newline, carriage return and everything from U+0020 up except the
# surrogates, U+FFFE and U+FFFF. A Python string can hold lone surrogates, which no UTF-8
# file can hold either, so removing them here serves every format.
_FORBIDDEN_IN_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_PROPERTY_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def clean_text(value: str) -> str:
    """Remove the characters XML 1.0 forbids, the same way for every export format.

    Those are the control characters other than tab, newline and carriage return,
    U+FFFE, U+FFFF and lone surrogates. Everything else -- quotes, backslashes, ``<``,
    ``&``, emoji, right-to-left text -- is kept as it is.

    Parameters
    ----------
    value : str

    Returns
    -------
    str
        ``value`` without the forbidden characters.

    Examples
    --------
    >>> clean_text("Kyiv\\x00 said\\x1b[0m: \\"no\\"\\tand\\r\\nmeant it \\ufffe")
    'Kyiv said[0m: "no"\\tand\\r\\nmeant it '
    """
    return _FORBIDDEN_IN_XML.sub("", value)


@dataclass(frozen=True)
class ExportNode:
    """A node as exporters see it: its graph id, its label and its cleaned properties.

    ``properties`` holds neither ``label`` nor missing values; list properties are tuples.
    """

    node_id: str
    label: str
    properties: dict[str, Value]


@dataclass(frozen=True)
class ExportRelationship:
    """A relationship as exporters see it: its ends, its key, its type and its properties.

    ``properties`` holds neither ``type`` nor missing values; list properties are tuples.
    """

    source: str
    target: str
    key: str | int
    type: str
    properties: dict[str, Value]

    @property
    def is_structural(self) -> bool:
        """Whether this is a structural relationship (one per pair and type), not a claim."""
        return self.type in STRUCTURAL_TYPES


@dataclass(frozen=True)
class GraphItems:
    """A graph's nodes and relationships, checked and cleaned, in the graph's order."""

    nodes: list[ExportNode]
    relationships: list[ExportRelationship]


def graph_items(graph: nx.MultiDiGraph) -> GraphItems:
    """Check a stance graph and return its nodes and relationships ready to export.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph as ``build_graph`` or ``GraphStore.load_graph`` return it.

    Returns
    -------
    GraphItems
        Nodes in the graph's node order, relationships in its edge order; every string
        (ids, keys, values, list items) passed through ``clean_text``.

    Raises
    ------
    ExportError
        If the graph is not a directed multigraph, a node's label or a relationship's type
        is not one of the graph model's, a property name is not a plain identifier, or a
        value is not a string, integer, finite float, boolean or list of strings.

    Examples
    --------
    >>> import networkx as nx
    >>> graph = nx.MultiDiGraph()
    >>> graph.add_node("actor:russia", label="Actor", id="russia", name="Russia\\x07")
    >>> graph_items(graph).nodes[0].properties
    {'id': 'russia', 'name': 'Russia'}
    >>> graph.add_node("x", label="Person; DROP")
    >>> graph_items(graph)
    Traceback (most recent call last):
    ...
    stancegraph.errors.ExportError: EXPORT: node 'x': label 'Person; DROP' is not ...
    """
    if not isinstance(graph, nx.Graph) or not (graph.is_directed() and graph.is_multigraph()):
        raise ExportError(
            f"EXPORT: expected a networkx.MultiDiGraph, as build_graph and load_graph return, "
            f"got {type(graph).__name__}"
        )
    nodes = [_export_node(node, attributes) for node, attributes in graph.nodes(data=True)]
    relationships = [
        _export_relationship(source, target, key, attributes)
        for source, target, key, attributes in graph.edges(keys=True, data=True)
    ]
    return GraphItems(nodes, relationships)


def check_label(label: Any, where: str = "") -> str:
    """Return ``label`` if it is one of the graph model's node labels.

    Every exporter and the Neo4j writer check labels here before a label is written into
    a file name or a Cypher statement.

    Raises
    ------
    ExportError
        If it is not; the message names ``where`` (a node, say) and the labels there are.

    Examples
    --------
    >>> check_label("Demand")
    'Demand'
    >>> check_label("Person", "node 'x'")
    Traceback (most recent call last):
    ...
    stancegraph.errors.ExportError: EXPORT: node 'x': label 'Person' is not one of the ...
    """
    if label not in NODE_LABELS:
        raise ExportError(
            f"EXPORT: {where + ': ' if where else ''}label {label!r} is not one of the graph "
            f"model's labels ({', '.join(NODE_LABELS)})"
        )
    return label


def check_relationship_type(kind: Any, where: str = "") -> str:
    """Return ``kind`` if it is one of the graph model's relationship types.

    Raises
    ------
    ExportError
        If it is not; the message names ``where`` and the types there are.

    Examples
    --------
    >>> check_relationship_type("ABOUT")
    'ABOUT'
    """
    if kind not in RELATIONSHIP_TYPES:
        raise ExportError(
            f"EXPORT: {where + ': ' if where else ''}relationship type {kind!r} is not one of "
            f"the graph model's relationship types ({', '.join(RELATIONSHIP_TYPES)})"
        )
    return kind


def _export_node(node: Any, attributes: dict[str, Any]) -> ExportNode:
    where = f"node {node!r}"
    if not isinstance(node, str):
        raise ExportError(f"EXPORT: {where}: node ids must be strings")
    label = check_label(attributes.get("label"), where)
    return ExportNode(clean_text(node), label, _properties(attributes, "label", where))


def _export_relationship(
    source: str, target: str, key: Any, attributes: dict[str, Any]
) -> ExportRelationship:
    where = f"relationship {source!r} -> {target!r} (key {key!r})"
    kind = check_relationship_type(attributes.get("type"), where)
    if isinstance(key, str):
        key = clean_text(key)
    elif isinstance(key, bool) or not isinstance(key, int):
        raise ExportError(f"EXPORT: {where}: edge keys must be strings or integers")
    return ExportRelationship(
        clean_text(source), clean_text(target), key, kind,
        _properties(attributes, "type", where),
    )


def _properties(attributes: dict[str, Any], reserved: str, where: str) -> dict[str, Value]:
    properties: dict[str, Value] = {}
    for name, value in attributes.items():
        if name == reserved or value is None:
            continue
        if not isinstance(name, str) or not _PROPERTY_NAME.match(name):
            raise ExportError(
                f"EXPORT: {where}: property name {name!r} is not a plain identifier "
                "(letters, digits and underscores)"
            )
        properties[name] = _value(name, value, where)
    return properties


def _value(name: str, value: Any, where: str) -> Value:
    if isinstance(value, bool) or isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(f"EXPORT: {where}: property {name} is {value}; no format has it")
        return value
    if isinstance(value, str):
        if name in LIST_PROPERTIES:
            return _list_value(name, _decoded(name, value, where), where)
        return clean_text(value)
    if isinstance(value, (list, tuple)):
        return _list_value(name, value, where)
    raise ExportError(
        f"EXPORT: {where}: property {name} holds a {type(value).__name__}; properties must "
        "be strings, integers, floats, booleans or lists of strings"
    )


def _decoded(name: str, value: str, where: str) -> Any:
    try:
        return json.loads(value) if value else []
    except ValueError as error:
        raise ExportError(
            f"EXPORT: {where}: property {name} should be a JSON list of strings "
            f"(encode_list), got {value[:80]!r}"
        ) from error


def _list_value(name: str, items: Any, where: str) -> tuple[str, ...]:
    if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
        raise ExportError(f"EXPORT: {where}: property {name} must be a list of strings")
    return tuple(clean_text(item) for item in items)


# -- Neo4j's view: nodes by label, relationships by type and end labels -------------------


@dataclass(frozen=True)
class NodeRow:
    """One node for Neo4j: its graph id (the CSV ``:ID``), ``id`` property and the rest.

    ``properties`` holds Neo4j values: lists of strings for list properties, and neither
    ``id`` nor empty lists (Neo4j has no null, and an absent property reads as null).
    """

    node_id: str
    id: str
    properties: dict[str, Scalar | list[str]]


@dataclass(frozen=True)
class NodeGroup:
    """Every node of one label."""

    label: str
    rows: list[NodeRow]


@dataclass(frozen=True)
class RelationshipRow:
    """One relationship for Neo4j: both ends by graph id and by ``id`` property."""

    source_node_id: str
    target_node_id: str
    source_id: str
    target_id: str
    properties: dict[str, Scalar | list[str]]


@dataclass(frozen=True)
class RelationshipGroup:
    """Every relationship of one type between nodes of two labels.

    ``merge_key`` is the property that tells two relationships of this type between the
    same nodes apart: ``claim_id`` for stance relationships (one per claim), ``None`` for
    structural ones (one per pair of nodes).
    """

    type: str
    source_label: str
    target_label: str
    merge_key: str | None
    rows: list[RelationshipRow]


def neo4j_groups(items: GraphItems) -> tuple[list[NodeGroup], list[RelationshipGroup]]:
    """Group nodes by label and relationships by (type, start label, end label) for Neo4j.

    Groups come in the graph model's order (``NODE_LABELS``, ``RELATIONSHIP_TYPES``, then
    start and end label in ``NODE_LABELS`` order); rows keep the graph's order.

    Parameters
    ----------
    items : GraphItems
        From ``graph_items``.

    Returns
    -------
    (list of NodeGroup, list of RelationshipGroup)

    Raises
    ------
    ExportError
        If a node has no string ``id`` property, two nodes of one label share an ``id``, a
        stance relationship has no ``claim_id``, two relationships would be merged into one,
        or a relationship names a node the graph does not have.

    Examples
    --------
    >>> from stancegraph.graph.model import build_graph
    >>> from stancegraph.schema import Claim, Document, Evidence
    >>> doc = Document.from_text("Kyiv demands a ceasefire.", source="a.txt")
    >>> claim = Claim(actor="ukraine", stance="demand", topic="ceasefire", confidence=0.9,
    ...     evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=25,
    ...                       speaker="Kyiv"))
    >>> nodes, relationships = neo4j_groups(graph_items(build_graph([doc], claims=[claim])))
    >>> [(group.label, len(group.rows)) for group in nodes]
    [('Actor', 1), ('Topic', 1), ('Document', 1), ('Demand', 1)]
    >>> [(g.type, g.source_label, g.target_label, g.merge_key) for g in relationships]
    [('DEMANDS', 'Actor', 'Demand', 'claim_id'), ('ABOUT', 'Demand', 'Topic', None), ('MENTIONED_IN', 'Actor', 'Document', None)]
    """
    nodes: dict[str, list[NodeRow]] = {}
    by_node_id: dict[str, tuple[str, str]] = {}
    seen_ids: set[tuple[str, str]] = set()
    for node in items.nodes:
        entity_id = node.properties.get("id")
        if not isinstance(entity_id, str):
            raise ExportError(
                f"EXPORT: node {node.node_id!r} ({node.label}) has no string id property; "
                "Neo4j nodes are merged on it"
            )
        if (node.label, entity_id) in seen_ids:
            raise ExportError(
                f"EXPORT: two {node.label} nodes have id {entity_id!r}; Neo4j would merge them"
            )
        seen_ids.add((node.label, entity_id))
        by_node_id[node.node_id] = (node.label, entity_id)
        properties = _neo4j_properties(node.properties)
        del properties["id"]
        nodes.setdefault(node.label, []).append(NodeRow(node.node_id, entity_id, properties))

    relationships: dict[tuple[str, str, str], list[RelationshipRow]] = {}
    merged: set[tuple[Any, ...]] = set()
    for relationship in items.relationships:
        source = _endpoint(by_node_id, relationship.source, relationship)
        target = _endpoint(by_node_id, relationship.target, relationship)
        properties = _neo4j_properties(relationship.properties)
        merged_on = merge_key(relationship.type)
        if merged_on is None:
            identity: tuple[Any, ...] = (relationship.type, source, target)
        else:
            claim_id = properties.get(merged_on)
            if not isinstance(claim_id, str):
                raise ExportError(
                    f"EXPORT: {relationship.type} relationship {relationship.source!r} -> "
                    f"{relationship.target!r} has no string {merged_on} property"
                )
            identity = (relationship.type, source, target, claim_id)
        if identity in merged:
            raise ExportError(
                f"EXPORT: two {relationship.type} relationships {relationship.source!r} -> "
                f"{relationship.target!r} would be merged into one in Neo4j"
            )
        merged.add(identity)
        relationships.setdefault((relationship.type, source[0], target[0]), []).append(
            RelationshipRow(relationship.source, relationship.target, source[1], target[1],
                            properties)
        )

    node_groups = [NodeGroup(label, nodes[label]) for label in NODE_LABELS if label in nodes]
    rank = {label: i for i, label in enumerate(NODE_LABELS)}
    type_rank = {kind: i for i, kind in enumerate(RELATIONSHIP_TYPES)}
    relationship_groups = [
        RelationshipGroup(kind, source_label, target_label, merge_key(kind), rows)
        for (kind, source_label, target_label), rows in sorted(
            relationships.items(),
            key=lambda item: (type_rank[item[0][0]], rank[item[0][1]], rank[item[0][2]]),
        )
    ]
    return node_groups, relationship_groups


def merge_key(relationship_type: str) -> str | None:
    """Return the property a relationship of this type is merged on in Neo4j.

    Stance relationships are one per claim, merged on ``claim_id``; structural ones are one
    per pair of nodes, merged on their ends alone.

    >>> merge_key("DEMANDS"), merge_key("ABOUT")
    ('claim_id', None)
    """
    return None if relationship_type in STRUCTURAL_TYPES else "claim_id"


def _endpoint(
    by_node_id: dict[str, tuple[str, str]], node: str, relationship: ExportRelationship
) -> tuple[str, str]:
    try:
        return by_node_id[node]
    except KeyError:
        raise ExportError(
            f"EXPORT: {relationship.type} relationship names node {node!r}, "
            "which the graph does not have"
        ) from None


def _neo4j_properties(properties: dict[str, Value]) -> dict[str, Scalar | list[str]]:
    converted: dict[str, Scalar | list[str]] = {}
    for name, value in properties.items():
        if isinstance(value, tuple):
            if value:
                converted[name] = list(value)
        else:
            converted[name] = value
    return converted



# -- writing ------------------------------------------------------------------------------


@contextmanager
def text_destination(destination: Destination) -> Iterator[IO[str]]:
    """Yield a UTF-8 text stream writing to ``destination``, with ``\\n`` line ends.

    A path is written atomically: to a temporary file beside it, renamed over it only once
    everything is written, so a failed export leaves the old file (or none). A binary
    stream (``sys.stdout.buffer``) is written as UTF-8; a text stream is written as it is.

    Raises
    ------
    ExportError
        If the path is a folder or cannot be written.
    """
    if isinstance(destination, (str, os.PathLike)):
        path = Path(destination)
        if path.is_dir():
            raise ExportError(f"EXPORT: {path} is a folder; name a file to write")
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
                yield stream
            os.replace(temporary, path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise ExportError(f"EXPORT: cannot write {path}: {error.strerror or error}") from error
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    elif isinstance(destination, io.TextIOBase):
        yield destination  # type: ignore[misc]
    else:
        wrapper = io.TextIOWrapper(
            destination,  # type: ignore[arg-type]
            encoding="utf-8", newline="\n", write_through=True,
        )
        try:
            yield wrapper
            wrapper.flush()
        finally:
            wrapper.detach()
