"""GraphML export: the stance graph as one XML file that Gephi, yEd, Cytoscape, igraph and
networkx open.

Every property becomes a typed ``<key>`` of a scalar type (string, int, long, double,
boolean); lists are joined into one string with ``"; "``. The node label and the
relationship type are the ``label`` and ``type`` attributes. Node ids are the graph's
(``actor:russia``); a node's own ``id`` property is written as ``entity_id``, because
igraph reads GraphML node ids into a vertex attribute named ``id``. The file is the same,
byte for byte, for the same graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

import networkx as nx

from stancegraph.graph.export.items import (
    Destination,
    ExportError,
    ExportNode,
    ExportRelationship,
    Value,
    graph_items,
    text_destination,
)

__all__ = ["GRAPHML_RENAMED", "LIST_SEPARATOR", "export_graphml"]

LIST_SEPARATOR = "; "
"""What joins the items of a list property into one GraphML string."""

GRAPHML_RENAMED = {"id": "entity_id"}
"""Properties written under another name: igraph keeps GraphML's own node and edge ids in
an attribute named ``id``, which a property of that name would overwrite."""

_INT32 = range(-(2**31), 2**31)
_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
    "\t": "&#9;", "\n": "&#10;", "\r": "&#13;",
})


def export_graphml(graph: nx.MultiDiGraph, destination: Destination) -> None:
    """Write the graph as GraphML.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A stance graph, as ``build_graph`` or ``GraphStore.load_graph`` return it.
    destination : path or stream
        A file path (written atomically), a binary stream (written as UTF-8) or a text
        stream.

    Raises
    ------
    ExportError
        If the graph holds a label, type or value no format may carry (see
        ``graph_items``) or a property mixes kinds of value (text on one node, a number on
        another).

    Notes
    -----
    Edges have no GraphML id (it is optional): igraph 1.0 reads edge ids into its ``id``
    edge attribute wrongly, and the edge's properties identify it anyway -- ``claim_id``
    for a stance relationship, type and ends for a structural one (one per pair of
    nodes). networkx numbers parallel edges 0, 1, ... instead of using claim ids as keys.
    Strings are written as they are after ``clean_text``; a carriage return
    is written as ``&#13;`` so that XML parsers keep it. An empty string is left out:
    networkx reads an empty ``<data>`` element as no value.

    Examples
    --------
    >>> import io, networkx as nx
    >>> from stancegraph.graph.model import build_graph
    >>> from stancegraph.schema import Claim, Document, Evidence
    >>> doc = Document.from_text("Kyiv demands a <full> ceasefire.", source="a.txt")
    >>> claim = Claim(actor="ukraine", stance="demand", topic="ceasefire", confidence=0.9,
    ...     evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=32,
    ...                       speaker="Kyiv"))
    >>> buffer = io.BytesIO()
    >>> export_graphml(build_graph([doc], claims=[claim]), buffer)
    >>> again = nx.read_graphml(io.BytesIO(buffer.getvalue()), force_multigraph=True)
    >>> again.nodes["actor:ukraine"]
    {'label': 'Actor', 'entity_id': 'ukraine', 'kind': 'unknown', 'name': 'ukraine'}
    >>> again.edges["actor:ukraine", "position:ukraine:demand:ceasefire", 0]["sentence"]
    'Kyiv demands a <full> ceasefire.'
    """
    items = graph_items(graph)
    node_keys = _keys("node", "label", (node.properties for node in items.nodes))
    edge_keys = _keys("edge", "type", (edge.properties for edge in items.relationships))
    with text_destination(destination) as stream:
        stream.write(_HEADER)
        for domain, keys in (("node", node_keys), ("edge", edge_keys)):
            for name, (key_id, kind) in keys.items():
                stream.write(
                    f'  <key id="{key_id}" for="{domain}" attr.name="{name}" '
                    f'attr.type="{kind}"/>\n'
                )
        stream.write('  <graph id="stancegraph" edgedefault="directed">\n')
        for node in items.nodes:
            _write_node(stream, node, node_keys)
        for relationship in items.relationships:
            _write_edge(stream, relationship, edge_keys)
        stream.write("  </graph>\n</graphml>\n")


def _keys(
    domain: str, first: str, all_properties: Iterable[dict[str, Value]]
) -> dict[str, tuple[str, str]]:
    """Return {attribute name: (key id, GraphML type)}: ``first`` first, then by name."""
    kinds: dict[str, set[str]] = {}
    for properties in all_properties:
        for name, value in properties.items():
            kinds.setdefault(GRAPHML_RENAMED.get(name, name), set()).add(_kind(value))
    for original, renamed in GRAPHML_RENAMED.items():
        if renamed in kinds and original in kinds:
            raise ExportError(
                f"EXPORT: a {domain} has properties {original!r} and {renamed!r}; GraphML "
                f"writes {original!r} as {renamed!r}"
            )
    keys = {first: (f"{domain}_{first}", "string")}
    for name in sorted(kinds):
        keys[name] = (f"{domain}_{name}", _graphml_type(domain, name, kinds[name]))
    return keys


def _kind(value: Value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int" if value in _INT32 else "long"
    if isinstance(value, float):
        return "double"
    return "string"  # strings, and lists joined into strings


def _graphml_type(domain: str, name: str, kinds: set[str]) -> str:
    if len(kinds) == 1:
        return next(iter(kinds))
    if kinds <= {"int", "long"}:
        return "long"
    if kinds <= {"int", "long", "double"}:
        return "double"
    raise ExportError(
        f"EXPORT: {domain} property {name!r} holds values of kinds {', '.join(sorted(kinds))}; "
        "GraphML needs one type per property"
    )


def _write_node(stream: IO[str], node: ExportNode, keys: dict[str, tuple[str, str]]) -> None:
    stream.write(f'    <node id="{_attribute(node.node_id)}">\n')
    _write_data(stream, keys, "label", node.label)
    for name, value in _renamed(node.properties, keys):
        _write_data(stream, keys, name, value)
    stream.write("    </node>\n")


def _write_edge(
    stream: IO[str], relationship: ExportRelationship, keys: dict[str, tuple[str, str]]
) -> None:
    stream.write(
        f'    <edge source="{_attribute(relationship.source)}" '
        f'target="{_attribute(relationship.target)}">\n'
    )
    _write_data(stream, keys, "type", relationship.type)
    for name, value in _renamed(relationship.properties, keys):
        _write_data(stream, keys, name, value)
    stream.write("    </edge>\n")


def _renamed(
    properties: dict[str, Value], keys: dict[str, tuple[str, str]]
) -> list[tuple[str, Value]]:
    """Return the properties under their GraphML names, in the order of the keys."""
    renamed = {GRAPHML_RENAMED.get(name, name): value for name, value in properties.items()}
    return [(name, renamed[name]) for name in keys if name in renamed]


def _write_data(
    stream: IO[str], keys: dict[str, tuple[str, str]], name: str, value: Value
) -> None:
    key_id, kind = keys[name]
    if isinstance(value, tuple):
        value = LIST_SEPARATOR.join(value)
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        text = repr(value)
    elif isinstance(value, int):
        text = repr(float(value)) if kind == "double" else str(value)
    else:
        if value == "":
            return
        text = value.translate(_TEXT_ESCAPES)
    stream.write(f'      <data key="{key_id}">{text}</data>\n')


def _attribute(value: str) -> str:
    return value.translate(_ATTRIBUTE_ESCAPES)
