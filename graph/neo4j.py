"""Push the stance graph into Neo4j over Bolt with the official driver.

``push`` makes sure every node label has a uniqueness constraint on ``id``, then writes the
nodes and the relationships as batched ``UNWIND $rows AS row MERGE ...`` statements, each
batch one managed write transaction. Labels and relationship types come only from the graph
model's fixed set and every value is a parameter, so no text ever becomes Cypher; nodes
merge on their ``id``, stance relationships on their ``claim_id``, and properties are
written only when they differ, so pushing the same graph twice changes nothing.

The rows are the exporters' (``export.items.neo4j_groups``): list properties become Neo4j
lists of strings (an empty list is left out) and text is cleaned as in every export, so a
push, the Cypher script and the CSV import give one and the same graph.

Everything Neo4j-specific — the driver, sessions, error codes and the constraint DDL — sits
in ``Neo4jDatabase``. ``write_graph`` talks to any ``BoltDatabase``: another Bolt database
(Memgraph, say) needs only a class of its own with the same three methods.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

import networkx as nx

from stancegraph.errors import BackendError
from stancegraph.graph.export.cypher import constraint_queries
from stancegraph.graph.export.items import (
    ExportError,
    check_label,
    check_relationship_type,
    graph_items,
    merge_key,
    neo4j_groups,
)
from stancegraph.graph.model import NODE_LABELS

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
DEFAULT_BATCH_SIZE = 1000
CONNECTION_TIMEOUT = 5.0
"""Seconds the driver tries to open a connection before calling the server unreachable."""

_CONSTRAINTS = dict(zip(NODE_LABELS, constraint_queries()))
"""Label -> its uniqueness constraint's DDL, the same text the Cypher script runs."""

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_URI",
    "DEFAULT_USER",
    "Batch",
    "BoltDatabase",
    "Neo4jDatabase",
    "PushSummary",
    "WriteCounters",
    "graph_batches",
    "node_statement",
    "push",
    "relationship_statement",
    "write_graph",
]

Progress = Callable[[int], None]


# -- what is sent ---------------------------------------------------------------------------


def node_statement(label: str) -> str:
    """Return the statement that merges a batch of ``label`` nodes.

    Each row is ``{"id": ..., "properties": {...}}``; a node's properties are replaced only
    when they differ, so an unchanged node is neither written nor counted. (The Cypher
    script's ``SET n += row.props`` builds the same graph, but a repeated run counts every
    property as set again.)

    Raises
    ------
    BackendError
        If ``label`` is not one of the graph model's labels.

    Examples
    --------
    >>> print(node_statement("Actor"))
    UNWIND $rows AS row
    MERGE (n:Actor {id: row.id})
    WITH n, row WHERE properties(n) <> row.properties
    SET n = row.properties
    """
    with _as_backend_error():
        check_label(label)
    return (
        "UNWIND $rows AS row\n"
        f"MERGE (n:{label} {{id: row.id}})\n"
        "WITH n, row WHERE properties(n) <> row.properties\n"
        "SET n = row.properties"
    )


def relationship_statement(kind: str, source_label: str, target_label: str) -> str:
    """Return the statement that merges a batch of ``kind`` relationships.

    Each row is ``{"source": id, "target": id, "properties": {...}}``, plus ``"key"`` (the
    claim id) for stance relationships, which are merged on it; the other types are one
    relationship per pair of nodes (``export.items.merge_key``). Both ends are found by
    label and id, through the uniqueness constraints' indexes, each in its own MATCH.

    Raises
    ------
    BackendError
        If a label or the type is not one of the graph model's.

    Examples
    --------
    >>> print(relationship_statement("DEMANDS", "Actor", "Demand"))
    UNWIND $rows AS row
    MATCH (a:Actor {id: row.source})
    MATCH (b:Demand {id: row.target})
    MERGE (a)-[r:DEMANDS {claim_id: row.key}]->(b)
    WITH r, row WHERE properties(r) <> row.properties
    SET r = row.properties
    """
    with _as_backend_error():
        check_label(source_label)
        check_label(target_label)
        check_relationship_type(kind)
    merged_on = merge_key(kind)
    key = f" {{{merged_on}: row.key}}" if merged_on else ""
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{source_label} {{id: row.source}})\n"
        f"MATCH (b:{target_label} {{id: row.target}})\n"
        f"MERGE (a)-[r:{kind}{key}]->(b)\n"
        "WITH r, row WHERE properties(r) <> row.properties\n"
        "SET r = row.properties"
    )


@dataclass(frozen=True)
class Batch:
    """One statement and the rows it writes: sent as one transaction, ``$rows`` = ``rows``."""

    statement: str
    rows: list[dict[str, Any]]

    @property
    def parameters(self) -> dict[str, Any]:
        return {"rows": self.rows}


def graph_batches(
    graph: nx.MultiDiGraph, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[Batch]:
    """Yield the batches that write ``graph``: all nodes first, then all relationships.

    The whole graph is checked before the first batch is yielded, so a graph that cannot
    be written fails before anything is sent.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A stance graph (``build_graph`` or ``GraphStore.load_graph``): nodes with ``label``
        and ``id``, edges with ``type``, stance edges with ``claim_id``.
    batch_size : int, default 1000
        Rows per statement.

    Raises
    ------
    BackendError
        If a node's label or an edge's type is not the model's, a node has no ``id``, two
        nodes share a label and id, a stance edge has no claim id, or a property value is
        not one Neo4j can hold (as ``export.items.neo4j_groups`` checks).

    Examples
    --------
    >>> graph = nx.MultiDiGraph()
    >>> graph.add_node("actor:a", label="Actor", id="a", name="A", aliases='["Ay", "Aa"]')
    >>> graph.add_node("actor:b", label="Actor", id="b", name="B", aliases="[]")
    >>> _ = graph.add_edge("actor:a", "actor:b", "SPEAKS_FOR", type="SPEAKS_FOR")
    >>> [len(batch.rows) for batch in graph_batches(graph, batch_size=1)]
    [1, 1, 1]
    >>> [row["properties"] for row in next(graph_batches(graph)).rows]
    [{'id': 'a', 'name': 'A', 'aliases': ['Ay', 'Aa']}, {'id': 'b', 'name': 'B'}]
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    with _as_backend_error():
        node_groups, relationship_groups = neo4j_groups(graph_items(graph))
    groups = [
        (node_statement(group.label),
         [{"id": row.id, "properties": {"id": row.id, **row.properties}} for row in group.rows])
        for group in node_groups
    ]
    for group in relationship_groups:
        rows = [
            {"source": row.source_id, "target": row.target_id, "properties": row.properties}
            for row in group.rows
        ]
        if group.merge_key is not None:
            for row in rows:
                row["key"] = row["properties"][group.merge_key]
        statement = relationship_statement(group.type, group.source_label, group.target_label)
        groups.append((statement, rows))
    for statement, rows in groups:
        for offset in range(0, len(rows), batch_size):
            yield Batch(statement, rows[offset:offset + batch_size])


@contextmanager
def _as_backend_error() -> Iterator[None]:
    """Report the exporters' checks (labels, types, values) as this backend's errors."""
    try:
        yield
    except ExportError as error:
        raise BackendError(f"NEO4J: {str(error).removeprefix('EXPORT: ')}") from None


# -- what comes back ------------------------------------------------------------------------


@dataclass(frozen=True)
class WriteCounters:
    """What the database reports it changed, summed over statements."""

    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    labels_added: int = 0
    constraints_added: int = 0

    def __add__(self, other: WriteCounters) -> WriteCounters:
        return WriteCounters(
            self.nodes_created + other.nodes_created,
            self.relationships_created + other.relationships_created,
            self.properties_set + other.properties_set,
            self.labels_added + other.labels_added,
            self.constraints_added + other.constraints_added,
        )

    @property
    def changed(self) -> bool:
        """Whether anything at all was written."""
        return any((self.nodes_created, self.relationships_created, self.properties_set,
                    self.labels_added, self.constraints_added))


@dataclass(frozen=True)
class PushSummary:
    """What a push sent (``nodes``, ``relationships``) and what the database changed."""

    nodes: int
    relationships: int
    counters: WriteCounters = field(default_factory=WriteCounters)

    @property
    def changed(self) -> bool:
        return self.counters.changed


# -- the seam: one class per Bolt database --------------------------------------------------


class BoltDatabase(Protocol):
    """What ``write_graph`` needs from a database spoken to over Bolt."""

    def ensure_unique_ids(self, labels: tuple[str, ...]) -> WriteCounters:
        """Make ``id`` unique on every label (creating what is missing), idempotently."""

    def write(self, statement: str, parameters: dict[str, Any]) -> WriteCounters:
        """Run one statement in one managed write transaction (retried when transient)."""

    def close(self) -> None:
        """Release the connections."""


class Neo4jDatabase:
    """A Neo4j database reached with the official driver; everything Neo4j-specific.

    Opening verifies the connection and the credentials, so an unreachable server or a
    wrong password is one ``BackendError`` within ``connection_timeout`` seconds. Messages
    name the URI (without any user info) and the user, never the password.

    Examples
    --------
    >>> Neo4jDatabase("bolt://127.0.0.1:1", "neo4j", "secret")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stancegraph.errors.BackendError: NEO4J: cannot reach bolt://127.0.0.1:1 ...
    """

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        database: str | None = None,
        *,
        connection_timeout: float = CONNECTION_TIMEOUT,
    ) -> None:
        import neo4j  # the driver is only needed by the commands that talk to Neo4j

        self.uri = _display_uri(uri)
        self.user = user
        self.database = database or None
        self._raw_uri = uri
        self._password = password
        self._timeout = connection_timeout
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri,
                auth=(user, password),
                connection_timeout=connection_timeout,
                connection_acquisition_timeout=connection_timeout * 2,
            )
        except Exception as error:  # ConfigurationError, ValueError: a malformed URI
            raise BackendError(
                f"NEO4J: cannot use the URI {self.uri}: {self._clean(error)}; "
                "give one like bolt://localhost:7687 (--uri or $NEO4J_URI)"
            ) from None
        try:
            self._driver.verify_connectivity()
        except BaseException as error:
            self._driver.close()
            raise self._translated(error) from None

    def __enter__(self) -> Neo4jDatabase:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Neo4jDatabase({self.uri!r}, user={self.user!r}, database={self.database!r})"

    def close(self) -> None:
        self._driver.close()

    def ensure_unique_ids(self, labels: tuple[str, ...]) -> WriteCounters:
        """Create the uniqueness constraint on ``id`` of each label that lacks one.

        Existing constraints are looked up first: ``CREATE ... IF NOT EXISTS`` on an
        existing constraint would be a no-op that the server answers with a notification.
        """
        existing = set()
        for record in self._run_read(
            "SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties "
            "WHERE type = 'UNIQUENESS' AND entityType = 'NODE' AND properties = ['id'] "
            "RETURN labelsOrTypes[0] AS label"
        ):
            existing.add(record["label"])
        counters = WriteCounters()
        for label in labels:
            if label not in existing:
                with _as_backend_error():
                    check_label(label)
                counters += self.write(_CONSTRAINTS[label], {})
        return counters

    def write(self, statement: str, parameters: dict[str, Any]) -> WriteCounters:
        def work(transaction: Any) -> Any:
            return transaction.run(statement, parameters).consume().counters

        try:
            with self._session() as session:
                counters = session.execute_write(work)
        except BaseException as error:
            raise self._translated(error) from None
        return WriteCounters(
            counters.nodes_created,
            counters.relationships_created,
            counters.properties_set,
            counters.labels_added,
            counters.constraints_added,
        )

    def _run_read(self, statement: str) -> list[Any]:
        def work(transaction: Any) -> list[Any]:
            return list(transaction.run(statement))

        try:
            with self._session() as session:
                return session.execute_read(work)
        except BaseException as error:
            raise self._translated(error) from None

    def _session(self) -> Any:
        return self._driver.session(database=self.database)

    def _translated(self, error: BaseException) -> BaseException:
        """Return the ``BackendError`` to raise for a driver error (others unchanged)."""
        from neo4j import exceptions

        if isinstance(error, exceptions.AuthError):
            return BackendError(
                f"NEO4J: {self.uri} refused user {self.user!r}: wrong user name or password "
                "(--user/--password or $NEO4J_USERNAME/$NEO4J_PASSWORD)"
            )
        if isinstance(error, (exceptions.ServiceUnavailable, exceptions.SessionExpired,
                              exceptions.ConnectionAcquisitionTimeoutError, OSError)):
            return BackendError(
                f"NEO4J: cannot reach {self.uri} within {self._timeout:g} s "
                f"({self._reason(error)}); is Neo4j running there? (--uri or $NEO4J_URI)"
            )
        if isinstance(error, exceptions.Neo4jError):
            if error.code == "Neo.ClientError.Database.DatabaseNotFound":
                return BackendError(
                    f"NEO4J: {self.uri} has no database {self.database!r} "
                    "(--database or $NEO4J_DATABASE)"
                )
            return BackendError(f"NEO4J: {self.uri}: {error.code}: {self._clean(error.message)}")
        if isinstance(error, exceptions.DriverError):
            return BackendError(f"NEO4J: {self.uri}: {self._clean(error)}")
        if isinstance(error, ValueError):  # the driver's word for an address it cannot resolve
            return BackendError(
                f"NEO4J: cannot use the URI {self.uri}: {self._clean(error)}; "
                "give one like bolt://localhost:7687 (--uri or $NEO4J_URI)"
            )
        return error

    def _reason(self, error: BaseException) -> str:
        text = self._clean(error)
        # The driver's message spans lines and repeats the address; its cause is the part
        # a user can act on ("[Errno 111] Connection refused", "timed out").
        found = re.search(r"reason:?\s*(.+?)\)?$", text)
        found = found or re.search(r"(\[Errno [^\]]+\].*)", text)
        return (found.group(1) if found else text).strip().rstrip(")") or type(error).__name__

    def _clean(self, message: object) -> str:
        """Return a driver message on one line, without the password or the URI's user info."""
        text = str(message).replace(self._raw_uri, self.uri)
        for secret in (self._password, _uri_password(self._raw_uri)):
            if secret:
                text = text.replace(secret, "***")
        return " ".join(text.split())


def _uri_password(uri: str) -> str | None:
    try:
        return urlsplit(uri).password
    except ValueError:
        return None


def _display_uri(uri: str) -> str:
    """Return ``uri`` without user info, fit to print.

    >>> _display_uri("bolt://neo4j:secret@db.example:7687")
    'bolt://db.example:7687'
    """
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "(malformed URI)"
    if "@" not in parts.netloc:
        return uri
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


# -- writing --------------------------------------------------------------------------------


def write_graph(
    graph: nx.MultiDiGraph,
    database: BoltDatabase,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
) -> PushSummary:
    """Write ``graph`` into an open Bolt database; see ``push``."""
    return _write(graph, list(graph_batches(graph, batch_size)), database, progress)


def _write(
    graph: nx.MultiDiGraph,
    batches: list[Batch],
    database: BoltDatabase,
    progress: Progress | None,
) -> PushSummary:
    counters = database.ensure_unique_ids(NODE_LABELS)
    for batch in batches:
        counters += database.write(batch.statement, batch.parameters)
        if progress is not None:
            progress(len(batch.rows))
    return PushSummary(graph.number_of_nodes(), graph.number_of_edges(), counters)


def push(
    graph: nx.MultiDiGraph,
    uri: str,
    user: str,
    password: str,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
) -> PushSummary:
    """Write the stance graph into a Neo4j database, merging with what is there.

    Creates the uniqueness constraints on ``id`` that are missing (one per node label),
    then merges nodes on (label, id), structural relationships on their two ends and
    stance relationships on their ``claim_id``, in batches of ``batch_size`` rows, one
    managed write transaction each. Properties equal to the graph's are left alone, so a
    second push of the same graph changes nothing; a node or relationship that differs
    gets exactly the graph's properties. No node or relationship is deleted.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The stance graph, e.g. ``GraphStore.load_graph()``.
    uri, user, password : str
        Where and as whom to connect (``bolt://host:7687`` or ``neo4j://...``).
    database : str, optional
        The database name; the server's default database when omitted.
    batch_size : int, default 1000
        Rows per statement and transaction.
    progress : callable, optional
        Called with the number of rows (nodes or relationships) each batch wrote; the
        batches add up to ``graph.number_of_nodes() + graph.number_of_edges()``.

    Returns
    -------
    PushSummary
        The numbers of nodes and relationships sent and the database's counters.

    Raises
    ------
    BackendError
        If the server cannot be reached within the connection timeout, refuses the
        credentials, lacks the database or fails a statement, or the graph holds a label,
        type or value the model does not (checked before anything is written).

    Examples
    --------
    >>> from stancegraph.graph.model import build_graph
    >>> push(build_graph(), "bolt://127.0.0.1:1", "neo4j", "secret")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stancegraph.errors.BackendError: NEO4J: cannot reach bolt://127.0.0.1:1 within 5 s ...
    """
    # The graph is checked before a connection is opened: a bad graph fails without a server.
    batches = list(graph_batches(graph, batch_size))
    with Neo4jDatabase(uri, user, password, database) as target:
        return _write(graph, batches, target, progress)
