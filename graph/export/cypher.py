"""Cypher export: a script that loads the stance graph into Neo4j 5, in Neo4j Browser or
cypher-shell, as it is.

The script creates a uniqueness constraint on ``id`` for every node label, then merges
nodes and relationships in batches: ``UNWIND [ ...rows... ] AS row MERGE ...``, with the
rows written as literal maps (a script file has no parameters). Running it twice leaves
the same graph. The statement templates are public, so that a writer sending the rows as
``$rows`` parameters builds the same graph as the script.

Strings are written as single-quoted literals. Backslashes, quotes, line breaks, tabs,
control and invisible formatting characters (bidirectional overrides, zero-width spaces)
are escaped, and so is ``;`` (as ``\\u003B``): every ``;`` in the script ends a statement,
so splitting the script on ``;`` gives its statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import networkx as nx

from stancegraph.graph.export.items import (
    Destination,
    ExportError,
    NodeGroup,
    RelationshipGroup,
    check_label,
    check_relationship_type,
    graph_items,
    merge_key,
    neo4j_groups,
    text_destination,
)
from stancegraph.graph.model import NODE_LABELS

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "MAX_STATEMENT_CHARACTERS",
    "constraint_name",
    "constraint_queries",
    "cypher_literal",
    "cypher_statements",
    "cypher_string",
    "export_cypher",
    "node_parameters",
    "node_query",
    "relationship_parameters",
    "relationship_query",
]

DEFAULT_BATCH_SIZE = 500
"""Rows per UNWIND statement."""

MAX_STATEMENT_CHARACTERS = 1_000_000
"""A statement is cut short of this size whatever its row count (long sentences add up)."""

# Words Cypher reserves; a map key spelled like one is quoted in backticks.
_RESERVED = frozenset("""
    ADD ALL AND ANY AS ASC ASCENDING BY CALL CASE COLLECT COMMIT CONSTRAINT CONTAINS COUNT
    CREATE CSV DELETE DESC DESCENDING DETACH DISTINCT DO DROP ELSE END ENDS EXISTS EXTRACT
    FALSE FILTER FOR FOREACH FROM HEADERS IN INDEX IS JOIN KEY LIMIT LOAD MANDATORY MATCH
    MERGE NODE NONE NOT NULL OF ON OPTIONAL OR ORDER PERIODIC REMOVE REQUIRE RETURN SCALAR
    SCAN SET SINGLE SKIP START STARTS THEN TRUE UNION UNIQUE UNWIND USE USING WHEN WHERE
    WITH XOR YIELD
""".split())

_SIMPLE_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Besides what a literal cannot hold as it is: ';' (so that ';' only ever ends a
# statement), control characters, and characters that are invisible or reorder the text
# around them in an editor (soft hyphen, zero-width and bidirectional marks, line and
# paragraph separators, the byte-order mark, tags), so the script reads as it runs.
_NEEDS_ESCAPE = re.compile(
    "[\\\\';\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff\U000e0000-\U000e007f]"
)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def cypher_string(value: str) -> str:
    """Return ``value`` as a single-quoted Cypher string literal.

    Parameters
    ----------
    value : str

    Returns
    -------
    str
        The literal, quotes included. It holds no ``;``, no line break and no quote that
        is not escaped; characters beyond U+FFFF that need escaping are written as a
        UTF-16 surrogate pair of ``\\uXXXX`` escapes, which Neo4j reads as one character.

    Examples
    --------
    >>> print(cypher_string("Lavrov: 'no'; \\\\ done\\n"))
    'Lavrov: \\'no\\'\\u003B \\\\ done\\n'
    >>> print(cypher_string("\\u202eevil"))
    '\\u202Eevil'
    """
    return "'" + _NEEDS_ESCAPE.sub(_escape, value) + "'"


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    simple = _SIMPLE_ESCAPES.get(character)
    if simple is not None:
        return simple
    code = ord(character)
    if code <= 0xFFFF:
        return f"\\u{code:04X}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04X}\\u{0xDC00 + (code & 0x3FF):04X}"


def cypher_literal(value: Any) -> str:
    """Return a Cypher literal for a string, number, boolean, list or map.

    Raises
    ------
    ExportError
        For a float that is not finite (Cypher has no literal for it), a map key that is
        not an identifier, or another kind of value.

    Examples
    --------
    >>> cypher_literal({"end": 42, "confidence": 0.8, "aliases": ["Kyiv"], "ok": True})
    "{`end`: 42, confidence: 0.8, aliases: ['Kyiv'], ok: true}"
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ExportError(f"EXPORT: Cypher has no literal for the float {value}")
        return repr(value)
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(
            f"{_map_key(key)}: {cypher_literal(item)}" for key, item in value.items()
        ) + "}"
    raise ExportError(f"EXPORT: Cypher has no literal for a {type(value).__name__}")


def _map_key(key: Any) -> str:
    if not isinstance(key, str) or not _IDENTIFIER.match(key):
        raise ExportError(f"EXPORT: {key!r} cannot be a property name in Cypher")
    return f"`{key}`" if key.upper() in _RESERVED else key


# -- statement templates, shared with a writer that sends $rows ----------------------------


def constraint_name(label: str) -> str:
    """Return the name of the uniqueness constraint on a label's ``id``.

    >>> constraint_name("InfrastructureCategory")
    'stancegraph_infrastructure_category_id'
    """
    check_label(label)
    return "stancegraph_" + re.sub(r"(?<!^)(?=[A-Z])", "_", label).lower() + "_id"


def constraint_queries() -> list[str]:
    """Return one ``CREATE CONSTRAINT ... IF NOT EXISTS`` per node label, in label order.

    >>> constraint_queries()[0]
    'CREATE CONSTRAINT stancegraph_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE'
    """
    return [
        f"CREATE CONSTRAINT {constraint_name(label)} IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in NODE_LABELS
    ]


def node_query(label: str, rows: str = "$rows") -> str:
    """Return the statement merging nodes of one label from rows ``{id, props}``.

    >>> print(node_query("Actor"))
    UNWIND $rows AS row
    MERGE (n:Actor {id: row.id})
    SET n += row.props
    """
    check_label(label)
    return f"UNWIND {rows} AS row\nMERGE (n:{label} {{id: row.id}})\nSET n += row.props"


def relationship_query(
    relationship_type: str, source_label: str, target_label: str, rows: str = "$rows"
) -> str:
    """Return the statement merging relationships from rows ``{source, target, props}``.

    Both ends are matched by label and ``id``, each in its own MATCH, so the plan is two
    index seeks per row. A stance relationship is merged on its ``claim_id``; a structural
    one on its ends alone.

    >>> print(relationship_query("DEMANDS", "Actor", "Demand"))
    UNWIND $rows AS row
    MATCH (source:Actor {id: row.source})
    MATCH (target:Demand {id: row.target})
    MERGE (source)-[r:DEMANDS {claim_id: row.props.claim_id}]->(target)
    SET r += row.props
    """
    check_relationship_type(relationship_type)
    check_label(source_label)
    check_label(target_label)
    merged_on = merge_key(relationship_type)
    key = f" {{{merged_on}: row.props.{merged_on}}}" if merged_on else ""
    return (
        f"UNWIND {rows} AS row\n"
        f"MATCH (source:{source_label} {{id: row.source}})\n"
        f"MATCH (target:{target_label} {{id: row.target}})\n"
        f"MERGE (source)-[r:{relationship_type}{key}]->(target)\n"
        "SET r += row.props"
    )


def node_parameters(group: NodeGroup) -> list[dict[str, Any]]:
    """Return the rows of a node group as ``node_query`` reads them: ``{id, props}``."""
    return [{"id": row.id, "props": dict(sorted(row.properties.items()))} for row in group.rows]


def relationship_parameters(group: RelationshipGroup) -> list[dict[str, Any]]:
    """Return a relationship group's rows as ``relationship_query`` reads them."""
    return [
        {"source": row.source_id, "target": row.target_id,
         "props": dict(sorted(row.properties.items()))}
        for row in group.rows
    ]


# -- the script ----------------------------------------------------------------------------


def cypher_statements(
    graph: nx.MultiDiGraph, *, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[str]:
    """Yield the statements of the script, without their closing ``;``.

    First the constraints (one per label), then the nodes by label, then the
    relationships by type and end labels, each in batches of at most ``batch_size`` rows
    and about ``MAX_STATEMENT_CHARACTERS`` characters.

    Raises
    ------
    ExportError
        As ``graph_items`` and ``neo4j_groups`` do; also for a batch size below 1.

    Examples
    --------
    >>> import networkx as nx
    >>> graph = nx.MultiDiGraph()
    >>> graph.add_node("actor:russia", label="Actor", id="russia", name="Russia")
    >>> print(list(cypher_statements(graph))[-1])
    UNWIND [
      {id: 'russia', props: {name: 'Russia'}}
    ] AS row
    MERGE (n:Actor {id: row.id})
    SET n += row.props
    """
    if batch_size < 1:
        raise ExportError(f"EXPORT: batch size must be at least 1, got {batch_size}")
    node_groups, relationship_groups = neo4j_groups(graph_items(graph))
    yield from constraint_queries()
    for node_group in node_groups:
        for rows in _batches(node_parameters(node_group), batch_size):
            yield node_query(node_group.label, rows)
    for group in relationship_groups:
        for rows in _batches(relationship_parameters(group), batch_size):
            yield relationship_query(group.type, group.source_label, group.target_label, rows)


def _batches(rows: list[dict[str, Any]], batch_size: int) -> Iterator[str]:
    batch: list[str] = []
    size = 0
    for row in rows:
        literal = cypher_literal(row)
        if batch and (len(batch) >= batch_size or size + len(literal) > MAX_STATEMENT_CHARACTERS):
            yield _list_literal(batch)
            batch, size = [], 0
        batch.append(literal)
        size += len(literal) + 4
    if batch:
        yield _list_literal(batch)


def _list_literal(rows: list[str]) -> str:
    return "[\n  " + ",\n  ".join(rows) + "\n]"


def export_cypher(
    graph: nx.MultiDiGraph, destination: Destination, *, batch_size: int = DEFAULT_BATCH_SIZE
) -> None:
    """Write the graph as a Cypher script for Neo4j Browser or cypher-shell.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A stance graph, as ``build_graph`` or ``GraphStore.load_graph`` return it.
    destination : path or stream
        A file path (written atomically), a binary stream (written as UTF-8) or a text
        stream.
    batch_size : int, default 500
        Rows per statement.

    Raises
    ------
    ExportError
        As ``cypher_statements`` does.

    Notes
    -----
    Each statement ends with ``;`` and a newline, statements are separated by a blank
    line, and ``;`` appears nowhere else. Run it with ``cypher-shell -f FILE`` or paste it
    into Neo4j Browser with its multi-statement editor on. Nodes carry the graph's
    properties, ``id`` included, under the graph's label; list properties are lists of
    strings and an empty list is left out; relationships carry the edge's properties.

    Examples
    --------
    >>> import io, networkx as nx
    >>> graph = nx.MultiDiGraph()
    >>> graph.add_node("actor:russia", label="Actor", id="russia", name="Russia")
    >>> buffer = io.StringIO()
    >>> export_cypher(graph, buffer)
    >>> script = buffer.getvalue()
    >>> script.count(";"), script.startswith("CREATE CONSTRAINT"), script.endswith(";\\n")
    (11, True, True)
    """
    with text_destination(destination) as stream:
        first = True
        for statement in cypher_statements(graph, batch_size=batch_size):
            stream.write(("" if first else "\n") + statement + ";\n")
            first = False
