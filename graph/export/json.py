"""JSON export: the stance graph as networkx node-link data, which ``read_json`` loads back
into an equal ``MultiDiGraph``.

The file is ``networkx.node_link_data`` of the graph: ``nodes`` (each with its graph id
under ``node_id``, beside its properties, ``label`` and ``id`` among them) and ``edges``
(``source``, ``target``, ``key`` and the properties, ``type`` among them). Strings pass
through ``clean_text`` like in every other format; keys are sorted, so the same graph gives
the same bytes.
"""

from __future__ import annotations

import inspect
import json
import os
from pathlib import Path
from typing import IO, Any

import networkx as nx

from stancegraph.graph.export.items import (
    LIST_PROPERTIES,
    Destination,
    ExportError,
    graph_items,
    text_destination,
)
from stancegraph.graph.model import encode_list

__all__ = ["NODE_ID", "export_json", "read_json"]

NODE_ID = "node_id"
"""The member holding a node's graph id; ``id`` is taken by the node's own id property."""

_EDGE_MEMBERS = ("source", "target", "key")


def export_json(graph: nx.MultiDiGraph, destination: Destination) -> None:
    """Write the graph as node-link JSON.

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
        As ``graph_items`` does; also if a node has a property named ``node_id`` or an
        edge one named ``source``, ``target`` or ``key``.

    Examples
    --------
    >>> import io, networkx as nx
    >>> from stancegraph.graph.model import build_graph
    >>> from stancegraph.schema import Claim, Document, Evidence
    >>> doc = Document.from_text("Kyiv demands a ceasefire.", source="a.txt")
    >>> claim = Claim(actor="ukraine", stance="demand", topic="ceasefire", confidence=0.9,
    ...     evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=25,
    ...                       speaker="Kyiv"))
    >>> graph = build_graph([doc], claims=[claim])
    >>> buffer = io.StringIO()
    >>> export_json(graph, buffer)
    >>> nx.utils.graphs_equal(read_json(io.StringIO(buffer.getvalue())), graph)
    True
    """
    data = nx.node_link_data(_cleaned(graph), **_node_link_names())
    with text_destination(destination) as stream:
        json.dump(data, stream, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
        stream.write("\n")


def _cleaned(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return the graph rebuilt from its export items: checked, strings cleaned."""
    items = graph_items(graph)
    cleaned = nx.MultiDiGraph()
    for node in items.nodes:
        if NODE_ID in node.properties:
            raise ExportError(
                f"EXPORT: node {node.node_id!r} has a property named {NODE_ID!r}, which "
                "node-link JSON uses for the node's id"
            )
        cleaned.add_node(node.node_id, label=node.label, **_graph_values(node.properties))
    for edge in items.relationships:
        taken = [name for name in _EDGE_MEMBERS if name in edge.properties]
        if taken:
            raise ExportError(
                f"EXPORT: relationship {edge.source!r} -> {edge.target!r} has a property "
                f"named {taken[0]!r}, which node-link JSON uses itself"
            )
        cleaned.add_edge(
            edge.source, edge.target, key=edge.key, type=edge.type,
            **_graph_values(edge.properties),
        )
    return cleaned


def _graph_values(properties: dict[str, Any]) -> dict[str, Any]:
    """Encode list properties back into JSON strings, as the graph model holds them."""
    return {
        name: encode_list(value) if isinstance(value, tuple) and name in LIST_PROPERTIES
        else list(value) if isinstance(value, tuple)
        else value
        for name, value in properties.items()
    }


def read_json(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> nx.MultiDiGraph:
    """Read a graph written by ``export_json``.

    Parameters
    ----------
    source : path or stream

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    ExportError
        If the file cannot be read or is not node-link JSON of a directed multigraph.
    """
    name = str(source) if isinstance(source, (str, os.PathLike)) else "JSON"
    try:
        if isinstance(source, (str, os.PathLike)):
            data = json.loads(Path(source).read_text(encoding="utf-8"))
        else:
            data = json.load(source)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ExportError(f"EXPORT: cannot read {name}: {error}") from error
    if (
        not isinstance(data, dict)
        or data.get("directed") is not True
        or data.get("multigraph") is not True
        or not isinstance(data.get("nodes"), list)
        or not isinstance(data.get("edges"), list)
        or not all(isinstance(node, dict) and NODE_ID in node for node in data["nodes"])
        or not all(
            isinstance(edge, dict) and all(member in edge for member in _EDGE_MEMBERS)
            for edge in data["edges"]
        )
    ):
        raise ExportError(
            f"EXPORT: {name} is not node-link JSON of a directed multigraph with "
            f"{NODE_ID!r} on every node (stancegraph export --format json writes one)"
        )
    try:
        graph = nx.node_link_graph(data, directed=True, multigraph=True, **_node_link_names())
    except (KeyError, TypeError, nx.NetworkXError) as error:
        raise ExportError(f"EXPORT: {name} is not valid node-link JSON: {error!r}") from error
    return graph


def _node_link_names() -> dict[str, str]:
    # networkx 3.4 renamed ``link`` to ``edges``; the project supports networkx 3.2 on.
    parameters = inspect.signature(nx.node_link_data).parameters
    names = {"name": NODE_ID, "key": "key", "source": "source", "target": "target"}
    names["edges" if "edges" in parameters else "link"] = "edges"
    return names
