"""Exporters: the stance graph written as GraphML, a Cypher script, CSV files or JSON.

One module per format, each a function from a graph to a file: ``export_graphml``,
``export_cypher``, ``export_csv`` (a folder for ``neo4j-admin database import``) and
``export_json`` (node-link data; ``read_json`` reads it back). They share ``items``: the one
walk over the graph that checks labels and relationship types against the graph model's
fixed set and passes every string through ``clean_text``, so all formats carry the same
text.

>>> sorted(EXPORTERS)
['csv', 'cypher', 'graphml', 'json']
"""

from stancegraph.graph.export.csv import CsvExport, export_csv
from stancegraph.graph.export.cypher import (
    constraint_queries,
    cypher_statements,
    cypher_string,
    export_cypher,
    node_parameters,
    node_query,
    relationship_parameters,
    relationship_query,
)
from stancegraph.graph.export.graphml import export_graphml
from stancegraph.graph.export.items import (
    ExportError,
    clean_text,
    graph_items,
    neo4j_groups,
)
from stancegraph.graph.export.json import export_json, read_json

EXPORTERS = {
    "graphml": export_graphml,
    "cypher": export_cypher,
    "csv": export_csv,
    "json": export_json,
}
"""Format name -> exporter, called as ``exporter(graph, destination)``."""

FOLDER_FORMATS = frozenset({"csv"})
"""Formats that write a folder of files rather than one file."""

__all__ = [
    "EXPORTERS",
    "FOLDER_FORMATS",
    "CsvExport",
    "ExportError",
    "clean_text",
    "constraint_queries",
    "cypher_statements",
    "cypher_string",
    "export_csv",
    "export_cypher",
    "export_graphml",
    "export_json",
    "graph_items",
    "neo4j_groups",
    "node_parameters",
    "node_query",
    "read_json",
    "relationship_parameters",
    "relationship_query",
]
