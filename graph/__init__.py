"""Claims in, graph out: the networkx graph model and the embedded SQLite store.

``build_graph`` turns schema models into a ``networkx.MultiDiGraph``; ``GraphStore`` keeps
documents, entities and claims on disk and rebuilds that graph with ``load_graph``. This
package imports the schema only: never spaCy, never the loaders.
"""

from stancegraph.graph.model import (
    NODE_LABELS,
    RELATIONSHIP_TYPES,
    build_graph,
    decode_list,
)
from stancegraph.graph.store import DEFAULT_STORE, GraphStore, WriteResult, resolve_store

__all__ = [
    "DEFAULT_STORE",
    "NODE_LABELS",
    "RELATIONSHIP_TYPES",
    "GraphStore",
    "WriteResult",
    "build_graph",
    "decode_list",
    "resolve_store",
]
