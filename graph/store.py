"""The embedded graph store: documents, entities and claims in one SQLite file.

A store is a folder (``.stancegraph`` by default) holding ``graph.sqlite``. Each ``write`` is
one transaction, so a crash or a kill leaves either the old or the new contents; a write
that adds nothing touches no file, so re-running an ingest leaves the store byte-identical.
Each document may carry the record of what extracted its claims (pack id, a hash of the
pack's content, extractor), so a later run can tell when they were read differently and
``write(..., replace_claims=True)`` replaces them.
The graph itself is not stored: ``load_graph`` rebuilds it from the rows with the same
builder that ``build_graph`` uses.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stancegraph.errors import StoreError
from stancegraph.graph.model import (
    ABOUT,
    ACTOR,
    AGAINST,
    BROADER,
    COVERS,
    DOCUMENT,
    INFRASTRUCTURE,
    MENTIONED_IN,
    NODE_LABELS,
    POSITION_LABEL,
    RELATIONSHIP_TYPE,
    RELATIONSHIP_TYPES,
    SPEAKS_FOR,
    TOPIC,
    GraphBuilder,
    decode_list,
    encode_list,
    paused_garbage_collection,
)
from stancegraph.schema.positions import position_about

if TYPE_CHECKING:
    import networkx as nx

    from stancegraph.schema.models import (
        Actor,
        Claim,
        Document,
        DomainPack,
        InfrastructureCategory,
        Topic,
    )

# The pydantic models are imported by the methods that read or write them, not here:
# loading the graph and counting it read plain rows, and query commands start faster
# without building the model classes.

DEFAULT_STORE = ".stancegraph"
"""The store folder used when neither ``--store`` nor ``STANCEGRAPH_STORE`` names one."""

STORE_ENVIRONMENT_VARIABLE = "STANCEGRAPH_STORE"
DATABASE_NAME = "graph.sqlite"
SCHEMA_VERSION = 1
DEFAULT_TIMEOUT = 30.0
"""Seconds a writer waits for another process's transaction before giving up."""

__all__ = [
    "DATABASE_NAME",
    "DEFAULT_STORE",
    "SCHEMA_VERSION",
    "ExtractionRecord",
    "GraphStore",
    "WriteResult",
    "resolve_store",
]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT,
    published TEXT,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    party TEXT,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS topics (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    parent TEXT,
    phrases TEXT NOT NULL,
    opposite_phrases TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS infrastructure (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    broader TEXT,
    phrases TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY,
    actor TEXT NOT NULL,
    stance TEXT NOT NULL,
    topic TEXT,
    infrastructure TEXT NOT NULL,
    target_actor TEXT,
    document_id TEXT NOT NULL,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    confidence REAL NOT NULL
);
"""

# Added after schema version 1, so additive: a store without it is read as having no
# records, and the first write that records an extraction creates it in its transaction.
_EXTRACTIONS_TABLE = """
CREATE TABLE IF NOT EXISTS extractions (
    document_id TEXT PRIMARY KEY,
    pack_id TEXT NOT NULL,
    pack_hash TEXT NOT NULL,
    extractor TEXT NOT NULL
)
"""
_RECORD_EXTRACTION = """
INSERT INTO extractions (document_id, pack_id, pack_hash, extractor) VALUES (?, ?, ?, ?)
ON CONFLICT (document_id) DO UPDATE SET
    pack_id = excluded.pack_id, pack_hash = excluded.pack_hash, extractor = excluded.extractor
WHERE pack_id IS NOT excluded.pack_id OR pack_hash IS NOT excluded.pack_hash
    OR extractor IS NOT excluded.extractor
"""
# Actors an extractor found that the pack does not name: the first stored stays, so the
# store does not depend on how documents were split into batches.
_INSERT_DISCOVERED_ACTOR = """
INSERT OR IGNORE INTO actors (id, name, kind, party, aliases, roles) VALUES (?, ?, ?, ?, ?, ?)
"""

# An entity whose row is already stored unchanged must not count as a change: the WHERE
# clause makes such an upsert a no-op, so a repeated ingest writes nothing.
_UPSERT_ACTOR = """
INSERT INTO actors (id, name, kind, party, aliases, roles) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    name = excluded.name, kind = excluded.kind, party = excluded.party,
    aliases = excluded.aliases, roles = excluded.roles
WHERE name IS NOT excluded.name OR kind IS NOT excluded.kind OR party IS NOT excluded.party
    OR aliases IS NOT excluded.aliases OR roles IS NOT excluded.roles
"""
_UPSERT_TOPIC = """
INSERT INTO topics (id, label, description, parent, phrases, opposite_phrases)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    label = excluded.label, description = excluded.description, parent = excluded.parent,
    phrases = excluded.phrases, opposite_phrases = excluded.opposite_phrases
WHERE label IS NOT excluded.label OR description IS NOT excluded.description
    OR parent IS NOT excluded.parent OR phrases IS NOT excluded.phrases
    OR opposite_phrases IS NOT excluded.opposite_phrases
"""
# Stores written before topics kept their opposite phrases lack the column: a writer adds
# it (``_MIGRATIONS``), a reader reads it as empty, so reading never changes a file.
_MIGRATIONS = (
    ("topics", "opposite_phrases",
     "ALTER TABLE topics ADD COLUMN opposite_phrases TEXT NOT NULL DEFAULT '[]'"),
)
_UPSERT_PACK = """
INSERT INTO meta (key, value) VALUES ('pack', ?)
ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value
"""
_UPSERT_CATEGORY = """
INSERT INTO infrastructure (id, label, broader, phrases) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    label = excluded.label, broader = excluded.broader, phrases = excluded.phrases
WHERE label IS NOT excluded.label OR broader IS NOT excluded.broader
    OR phrases IS NOT excluded.phrases
"""
_INSERT_DOCUMENT = """
INSERT OR IGNORE INTO documents (id, source, title, published, text) VALUES (?, ?, ?, ?, ?)
"""
_INSERT_CLAIM = """
INSERT OR IGNORE INTO claims (id, actor, stance, topic, infrastructure, target_actor,
    document_id, sentence, start, "end", speaker, confidence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_CLAIM_COLUMNS = (
    'id, actor, stance, topic, infrastructure, target_actor, document_id, sentence, start, '
    '"end", speaker, confidence'
)


def resolve_store(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the store folder to use: ``path``, else ``$STANCEGRAPH_STORE``, else the default.

    Parameters
    ----------
    path : str or path-like, optional
        A folder named on the command line or by the caller; wins when given.

    Returns
    -------
    pathlib.Path
        The folder, with ``~`` expanded. It need not exist yet.

    Examples
    --------
    >>> resolve_store("/tmp/my-store").as_posix()
    '/tmp/my-store'
    >>> resolve_store("~/stores/talks") == Path.home() / "stores" / "talks"
    True
    """
    if path is not None and str(path) != "":
        return Path(path).expanduser()
    from_environment = os.environ.get(STORE_ENVIRONMENT_VARIABLE, "").strip()
    if from_environment:
        return Path(from_environment).expanduser()
    return Path(DEFAULT_STORE)


@dataclass(frozen=True)
class ExtractionRecord:
    """What produced a document's claims: the pack (its id and a hash of its content) and
    the extractor, by its registered name."""

    pack_id: str
    pack_hash: str
    extractor: str

    def __str__(self) -> str:
        return f"pack {self.pack_id} ({self.pack_hash[:12]}), extractor {self.extractor}"


@dataclass(frozen=True)
class WriteResult:
    """What one ``GraphStore.write`` changed.

    ``documents_known`` counts documents of the batch that were stored already; claims
    already stored (same claim id) are ``claims_known``. ``entities_written`` counts
    actors, topics and categories that were new or whose properties changed.
    ``claims_removed`` counts the claims a ``replace_claims`` write took away.
    """

    documents_added: int = 0
    documents_known: int = 0
    claims_added: int = 0
    claims_known: int = 0
    entities_written: int = 0
    claims_removed: int = 0

    @property
    def changed(self) -> bool:
        """Whether the write changed the store at all."""
        return bool(self.documents_added or self.claims_added or self.entities_written
                    or self.claims_removed)


class GraphStore:
    """A stance graph kept in ``<folder>/graph.sqlite``.

    Open one with ``GraphStore.open(folder)``; use it as a context manager so the
    connection is closed. Several processes may open the same store: writes are
    serialised by SQLite's lock, and a writer waits up to ``timeout`` seconds for another.

    Examples
    --------
    >>> import tempfile
    >>> from stancegraph.schema import Claim, Document, Evidence
    >>> doc = Document.from_text("Kyiv demands a ceasefire.", source="a.txt")
    >>> claim = Claim(actor="ukraine", stance="demand", topic="ceasefire", confidence=0.9,
    ...     evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=25,
    ...                       speaker="Kyiv"))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     with GraphStore.open(folder) as store:
    ...         first = store.write(None, [doc], [claim])
    ...         again = store.write(None, [doc], [claim])
    ...         counts = store.stats()
    >>> first.claims_added, again.changed
    (1, False)
    >>> counts["relationships"]["DEMANDS"], counts["nodes"]["Demand"]
    (1, 1)
    """

    def __init__(self, folder: Path, connection: sqlite3.Connection) -> None:
        """Wrap an open connection; use ``GraphStore.open`` rather than calling this."""
        self.folder = folder
        self.path = folder / DATABASE_NAME
        self._connection: sqlite3.Connection | None = connection
        self._missing_columns: set[tuple[str, str]] = set()

    # -- opening and closing ----------------------------------------------------------------

    @classmethod
    def open(
        cls,
        folder: str | os.PathLike[str],
        *,
        create: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> GraphStore:
        """Open the store in ``folder``, creating the folder and its database if needed.

        Parameters
        ----------
        folder : str or path-like
            The store folder (see ``resolve_store``).
        create : bool, default True
            Create a missing store; when False a missing store is an error, which suits
            commands that only read.
        timeout : float, default 30
            Seconds to wait when another process holds the store's write lock.

        Returns
        -------
        GraphStore

        Raises
        ------
        StoreError
            If the folder cannot be created, the file is not a SQLite database, its schema
            version is not this one, or the store stays locked for ``timeout`` seconds.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     with GraphStore.open(folder) as store:
        ...         sorted(p.name for p in pathlib.Path(folder).iterdir())
        ['graph.sqlite']
        """
        folder = Path(folder).expanduser()
        path = folder / DATABASE_NAME
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"STORE: {folder} is a file, not a store folder; name a folder")
        if not path.exists():
            if not create:
                raise StoreError(
                    f"STORE: no store at {folder}; ingest some documents first "
                    f"or name the store with --store or ${STORE_ENVIRONMENT_VARIABLE}"
                )
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(
                    f"STORE: cannot create the store folder {folder}: {error}"
                ) from error
        elif path.is_dir():
            raise StoreError(f"STORE: {path} is a folder, not a database file; remove it")
        try:
            # isolation_level=None: transactions are begun and ended explicitly below.
            connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(f"STORE: cannot open {path}: {error}") from error
        # The stats queries name positions with the one rule the graph builder uses.
        connection.create_function("position_about", 3, position_about, deterministic=True)
        store = cls(folder, connection)
        try:
            store._prepare()
        except BaseException:
            connection.close()
            raise
        return store

    def _prepare(self) -> None:
        with self._translated("open"):
            connection = self._connection
            assert connection is not None
            # A rollback journal rather than WAL: no -wal/-shm files stay beside the
            # database, so an unchanged store is byte-identical file by file.
            mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
            if mode.lower() != "delete":
                connection.execute("PRAGMA journal_mode=DELETE")
            version = self._schema_version()
            if version is None:
                with self._transaction():
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            connection.execute(statement)
                    connection.execute(
                        "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                        (str(SCHEMA_VERSION),),
                    )
                version = self._schema_version()
            if version != str(SCHEMA_VERSION):
                raise StoreError(
                    f"STORE: {self.path} has schema version {version}; this stancegraph "
                    f"reads version {SCHEMA_VERSION}. Re-ingest into a new store."
                )
            self._missing_columns = {
                (table, column) for table, column, _ in _MIGRATIONS
                if column not in {row[1] for row in connection.execute(
                    f"PRAGMA table_info({table})")}
            }

    def _column(self, table: str, column: str, default: str) -> str:
        """``column``, or ``default`` as it when the store predates the column."""
        if (table, column) in self._missing_columns:
            return f"{default} AS {column}"
        return column

    def _migrate(self, connection: sqlite3.Connection) -> None:
        """Add the columns an older store lacks; called inside a write transaction."""
        for table, column, statement in _MIGRATIONS:
            if (table, column) in self._missing_columns:
                connection.execute(statement)
        self._missing_columns = set()

    def _schema_version(self) -> str | None:
        connection = self._connection
        assert connection is not None
        has_meta = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if not has_meta:
            return None
        row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return row[0] if row else None

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"GraphStore({str(self.folder)!r})"

    # -- writing ----------------------------------------------------------------------------

    def known_document_ids(self) -> set[str]:
        """Return the ids of the documents already stored.

        Examples
        --------
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     store.known_document_ids()
        set()
        """
        with self._translated("read"):
            return {row[0] for row in self._db.execute("SELECT id FROM documents")}

    def stored_document_ids(self, document_ids: Iterable[str]) -> set[str]:
        """Return those of ``document_ids`` that are stored: a few searches of the index,
        so a streaming ingest never holds every stored id.

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import Document
        >>> doc = Document.from_text("Kyiv demands a ceasefire.", source="a.txt")
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     _ = store.write(None, [doc])
        ...     store.stored_document_ids([doc.id, "0" * 64]) == {doc.id}
        True
        """
        with self._translated("read"):
            return _stored_ids(self._db, set(document_ids))

    def extraction_records(self) -> dict[ExtractionRecord | None, int]:
        """Count the stored documents by what extracted their claims; None counts those
        stored without a record (by an older stancegraph, or through ``write`` alone).

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import Document
        >>> doc = Document.from_text("Kyiv demands a ceasefire.", source="a.txt")
        >>> record = ExtractionRecord("talks", "0f" * 32, "rules")
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     _ = store.write(None, [doc], extraction=record)
        ...     store.extraction_records() == {record: 1}
        True
        """
        with self._translated("read"), self._snapshot():
            connection = self._db
            if not _has_table(connection, "extractions"):
                total = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
                return {None: total} if total else {}
            counts: dict[ExtractionRecord | None, int] = {}
            for pack_id, pack_hash, extractor, count in connection.execute(
                "SELECT e.pack_id, e.pack_hash, e.extractor, count(*) FROM documents d "
                "LEFT JOIN extractions e ON e.document_id = d.id "
                "GROUP BY e.pack_id, e.pack_hash, e.extractor ORDER BY count(*) DESC"
            ):
                key = ExtractionRecord(pack_id, pack_hash, extractor) if pack_id else None
                counts[key] = count
            return counts

    def documents_not_extracted_by(
        self, record: ExtractionRecord | None, batch_size: int = 256
    ) -> Iterator[Document]:
        """Yield the stored documents whose claims ``record`` did not produce (every
        document when ``record`` is None), in the order they were stored, reading
        ``batch_size`` at a time so that memory stays that of one batch.

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import Document
        >>> doc = Document.from_text("Kyiv demands a ceasefire.", source="a.txt")
        >>> record = ExtractionRecord("talks", "0f" * 32, "rules")
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     _ = store.write(None, [doc])
        ...     before = [d.name for d in store.documents_not_extracted_by(record)]
        ...     _ = store.write(None, [doc], extraction=record, replace_claims=True)
        ...     before, [d.name for d in store.documents_not_extracted_by(record)]
        (['a.txt'], [])
        """
        from stancegraph.schema.models import Document

        last = 0
        while True:
            with self._translated("read"):
                connection = self._db
                if record is None or not _has_table(connection, "extractions"):
                    query = ("SELECT rowid, id, source, title, published, text FROM documents d "
                             "WHERE rowid > ? ORDER BY rowid LIMIT ?")
                    parameters: tuple[Any, ...] = (last, batch_size)
                else:
                    query = (
                        "SELECT d.rowid, d.id, d.source, d.title, d.published, d.text "
                        "FROM documents d LEFT JOIN extractions e ON e.document_id = d.id "
                        "WHERE d.rowid > ? AND (e.document_id IS NULL OR e.pack_id IS NOT ? "
                        "OR e.pack_hash IS NOT ? OR e.extractor IS NOT ?) "
                        "ORDER BY d.rowid LIMIT ?"
                    )
                    parameters = (last, record.pack_id, record.pack_hash, record.extractor,
                                  batch_size)
                rows = connection.execute(query, parameters).fetchall()
            if not rows:
                return
            for rowid, *row in rows:
                last = rowid
                yield self._validated(
                    Document, "documents", row[0],
                    id=row[0], source=row[1], title=row[2], published=row[3], text=row[4],
                )

    def remove_entities_not_in(self, pack: DomainPack) -> int:
        """Delete the actors, topics and categories that are neither in ``pack`` nor named
        by a claim (as its actor, target, topic or category) or by a kept entity (a party,
        a parent topic, a broader category); return how many went.

        After every document was extracted again with a new pack, this leaves the store
        with the entities a fresh ingest with that pack would have, so a renamed actor
        ("uk" become "united_kingdom") is not found twice.
        """
        actors = [a.id for a in (*pack.actors, *pack.commentators)]
        topics = [t.id for t in pack.topics]
        categories = [c.id for c in pack.infrastructure]
        connection = self._db
        removed = 0
        with self._translated("write"), self._transaction() as transaction:
            connection.execute("CREATE TEMP TABLE IF NOT EXISTS kept (id TEXT PRIMARY KEY)")
            for table, keep in (("actors", actors), ("topics", topics),
                                ("infrastructure", categories)):
                connection.execute("DELETE FROM kept")
                connection.executemany("INSERT OR IGNORE INTO kept (id) VALUES (?)",
                                       [(i,) for i in keep])
                # Again until nothing goes: a party or parent named only by entities removed
                # in this round is unused in the next.
                while (count := connection.execute(_REMOVE_UNUSED[table]).rowcount) > 0:
                    removed += count
            connection.execute("DROP TABLE kept")
            transaction.rollback = not removed
        return removed

    def write(
        self,
        pack_or_entities: DomainPack | Iterable[Actor | Topic | InfrastructureCategory] | None,
        documents: Iterable[Document] = (),
        claims: Iterable[Claim] = (),
        *,
        pack: DomainPack | None = None,
        discovered: Iterable[Actor] = (),
        extraction: ExtractionRecord | None = None,
        replace_claims: bool = False,
    ) -> WriteResult:
        """Store entities, documents and claims in one transaction.

        Entities are upserted (a changed actor replaces the stored one); documents and
        claims already stored, by id, are left as they are. When nothing is new the
        transaction is rolled back and no file changes.

        Parameters
        ----------
        pack_or_entities : DomainPack, iterable of entity models, or None
            A domain pack (its actors, commentators, topics and categories), or any mix of
            ``Actor``, ``Topic`` and ``InfrastructureCategory`` models.
        documents : iterable of Document
        claims : iterable of Claim
            Each claim's evidence must name a document of this batch or one already stored.
        pack : DomainPack, optional
            The pack the entities come from, when they are given one by one: the store
            keeps its id and label (``GraphStore.pack``), as it does for a pack given first.
        discovered : iterable of Actor
            Actors an extractor found that the pack does not name; one already stored is
            kept as it is (the first found wins), so batches may split a corpus anywhere.
        extraction : ExtractionRecord, optional
            What extracted the claims, recorded for the documents this write adds (and for
            all of ``documents`` with ``replace_claims``).
        replace_claims : bool
            Delete the stored claims of ``documents`` first: the documents were extracted
            again and ``claims`` are all their claims now.

        Returns
        -------
        WriteResult

        Raises
        ------
        StoreError
            If an argument holds the wrong kind of model, a claim names a document that is
            neither in the batch nor stored, another process keeps the store locked, or
            SQLite fails (disk full, read-only folder). Nothing is written then.

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import Actor
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     store.write([Actor(id="russia", name="Russia", kind="state")]).entities_written
        1
        """
        from stancegraph.schema.models import Actor, Claim, Document

        actor_rows, topic_rows, category_rows = _entity_rows(pack_or_entities)
        pack_record = _pack_record(pack if pack is not None else pack_or_entities)
        discovered_rows, _, _ = _entity_rows(list(_only(discovered, Actor)))
        document_rows = [_document_row(document) for document in _only(documents, Document)]
        claim_rows = [_claim_row(claim) for claim in _only(claims, Claim)]
        batch_ids = {row[0] for row in document_rows}
        referenced = {row[6] for row in claim_rows} - batch_ids
        connection = self._db
        with self._translated("write"):
            with self._transaction() as transaction:
                before = connection.total_changes
                if referenced:
                    _require_documents(connection, referenced)
                if topic_rows and self._missing_columns:
                    self._migrate(connection)
                entities = 0
                for statement, rows in (
                    (_UPSERT_ACTOR, actor_rows),
                    (_UPSERT_TOPIC, topic_rows),
                    (_UPSERT_CATEGORY, category_rows),
                    (_INSERT_DISCOVERED_ACTOR, discovered_rows),
                ):
                    if rows:
                        entities += connection.executemany(statement, rows).rowcount
                stored_before = (
                    _stored_ids(connection, batch_ids)
                    if extraction is not None and not replace_claims else set()
                )
                documents_added = (
                    connection.executemany(_INSERT_DOCUMENT, document_rows).rowcount
                    if document_rows else 0
                )
                claims_removed = 0
                if replace_claims and batch_ids:
                    claims_removed = _delete_claims(connection, batch_ids)
                claims_added = (
                    connection.executemany(_INSERT_CLAIM, claim_rows).rowcount
                    if claim_rows else 0
                )
                if pack_record is not None:
                    connection.execute(_UPSERT_PACK, (pack_record,))
                if extraction is not None and batch_ids - stored_before:
                    connection.execute(_EXTRACTIONS_TABLE)
                    connection.executemany(_RECORD_EXTRACTION, [
                        (document_id, extraction.pack_id, extraction.pack_hash,
                         extraction.extractor)
                        for document_id in sorted(batch_ids - stored_before)
                    ])
                if connection.total_changes == before:
                    transaction.rollback = True
        return WriteResult(
            documents_added=documents_added,
            documents_known=len(batch_ids) - documents_added,
            claims_added=claims_added,
            claims_known=len({row[0] for row in claim_rows}) - claims_added,
            entities_written=entities,
            claims_removed=claims_removed,
        )

    # -- reading ----------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        """Return every stored document, in the order they were stored.

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import Document
        >>> doc = Document.from_text("Moscow rejects the plan.", source="news/b.txt")
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     _ = store.write(None, [doc])
        ...     [d.name for d in store.documents()]
        ['b.txt']
        """
        from stancegraph.schema.models import Document

        rows = self._rows("SELECT id, source, title, published, text FROM documents ORDER BY rowid")
        return [
            self._validated(
                Document, "documents", row[0],
                id=row[0], source=row[1], title=row[2],
                published=row[3], text=row[4],
            )
            for row in rows
        ]

    def actors(self) -> list[Actor]:
        """Return every stored actor, sorted by id.

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import Actor
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     _ = store.write([Actor(id="russia", name="Russia", kind="state")])
        ...     [a.name for a in store.actors()]
        ['Russia']
        """
        from stancegraph.schema.models import Actor

        rows = self._rows("SELECT id, name, kind, party, aliases, roles FROM actors ORDER BY id")
        return [
            self._validated(
                Actor, "actors", row[0],
                id=row[0], name=row[1], kind=row[2], party=row[3],
                aliases=decode_list(row[4]), roles=decode_list(row[5]),
            )
            for row in rows
        ]

    def topics(self) -> list[Topic]:
        """Return every stored topic, sorted by id.

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import Topic
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     _ = store.write([Topic(id="ceasefire", label="a ceasefire")])
        ...     [t.id for t in store.topics()]
        ['ceasefire']
        """
        from stancegraph.schema.models import Topic

        opposite = self._column("topics", "opposite_phrases", "'[]'")
        rows = self._rows(
            f"SELECT id, label, description, parent, phrases, {opposite} FROM topics ORDER BY id"
        )
        return [
            self._validated(
                Topic, "topics", row[0],
                id=row[0], label=row[1], description=row[2], parent=row[3],
                phrases=decode_list(row[4]), opposite_phrases=decode_list(row[5]),
            )
            for row in rows
        ]

    def categories(self) -> list[InfrastructureCategory]:
        """Return every stored infrastructure category, sorted by id.

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import InfrastructureCategory
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     _ = store.write([InfrastructureCategory(id="energy", label="energy")])
        ...     [c.id for c in store.categories()]
        ['energy']
        """
        from stancegraph.schema.models import InfrastructureCategory

        rows = self._rows("SELECT id, label, broader, phrases FROM infrastructure ORDER BY id")
        return [
            self._validated(
                InfrastructureCategory, "infrastructure", row[0],
                id=row[0], label=row[1], broader=row[2], phrases=decode_list(row[3]),
            )
            for row in rows
        ]

    def claims(self) -> list[Claim]:
        """Return every stored claim, in the order they were stored.

        Raises
        ------
        StoreError
            If a row is not a valid claim (the file was changed outside stancegraph).

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import Claim, Document, Evidence
        >>> doc = Document.from_text("Kyiv demands a ceasefire.", source="a.txt")
        >>> claim = Claim(actor="ukraine", stance="demand", topic="ceasefire", confidence=0.9,
        ...     evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=25,
        ...                       speaker="Kyiv"))
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     _ = store.write(None, [doc], [claim])
        ...     store.claims() == [claim]
        True
        """
        import pydantic

        from stancegraph.schema.models import Claim

        rows = self._rows(f"SELECT {_CLAIM_COLUMNS} FROM claims ORDER BY rowid")
        validate = Claim.model_validate
        claims: list[Claim] = []
        with paused_garbage_collection():
            for (claim_id, actor, stance, topic, infrastructure, target_actor, document_id,
                 sentence, start, end, speaker, confidence) in rows:
                try:
                    claims.append(validate({
                        "actor": actor, "stance": stance, "topic": topic,
                        "infrastructure": decode_list(infrastructure),
                        "target_actor": target_actor,
                        "evidence": {
                            "document_id": document_id, "sentence": sentence, "start": start,
                            "end": end, "speaker": speaker,
                        },
                        "confidence": confidence,
                    }))
                except (pydantic.ValidationError, ValueError) as error:
                    raise self._invalid_row("claims", claim_id, error) from error
        return claims

    def load_graph(self) -> nx.MultiDiGraph:
        """Return the whole stance graph, built as ``build_graph`` would from the stored rows.

        Returns
        -------
        networkx.MultiDiGraph

        Raises
        ------
        StoreError
            If the database cannot be read.

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import Claim, Document, Evidence
        >>> doc = Document.from_text("Kyiv demands a ceasefire.", source="a.txt")
        >>> claim = Claim(actor="ukraine", stance="demand", topic="ceasefire", confidence=0.9,
        ...     evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=25,
        ...                       speaker="Kyiv"))
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     _ = store.write(None, [doc], [claim])
        ...     graph = store.load_graph()
        >>> sorted(label for _, label in graph.nodes(data="label"))
        ['Actor', 'Demand', 'Document', 'Topic']
        >>> sorted(kind for _, _, kind in graph.edges(data="type"))
        ['ABOUT', 'DEMANDS', 'MENTIONED_IN']
        """
        builder = self.load_builder()
        with paused_garbage_collection():
            return builder.finish()

    def load_builder(self) -> GraphBuilder:
        """Return a ``GraphBuilder`` holding every stored row, not yet made into a graph.

        ``load_builder().finish()`` is ``load_graph()``. Query commands read the builder's
        nodes and claim edges directly, which spares them networkx.

        Raises
        ------
        StoreError
            If the database cannot be read.

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import Actor
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     _ = store.write([Actor(id="russia", name="Russia", kind="state")])
        ...     [node for node, _ in store.load_builder().nodes()]
        ['actor:russia']
        """
        builder = GraphBuilder()
        with self._translated("read"), self._snapshot(), paused_garbage_collection():
            connection = self._db
            for row in connection.execute(
                "SELECT id, source, title, published FROM documents ORDER BY rowid"
            ):
                builder.add_document(*row)
            for row in connection.execute(
                "SELECT id, name, kind, party, aliases, roles FROM actors ORDER BY id"
            ):
                builder.add_actor(*row)
            opposite = self._column("topics", "opposite_phrases", "'[]'")
            for row in connection.execute(
                f"SELECT id, label, description, parent, phrases, {opposite} FROM topics "
                "ORDER BY id"
            ):
                builder.add_topic(*row)
            for row in connection.execute(
                "SELECT id, label, broader, phrases FROM infrastructure ORDER BY id"
            ):
                builder.add_category(*row)
            add_claim = builder.add_claim
            no_categories: tuple[str, ...] = ()
            for (claim_id, actor, stance, topic, infrastructure, target_actor, document_id,
                 sentence, start, end, speaker, confidence) in connection.execute(
                f"SELECT {_CLAIM_COLUMNS} FROM claims ORDER BY rowid"
            ):
                add_claim(
                    claim_id, actor, stance, topic,
                    json.loads(infrastructure) if infrastructure != "[]" else no_categories,
                    target_actor, document_id, sentence, start, end, speaker, confidence,
                    infrastructure,
                )
        return builder

    def pack(self) -> dict[str, str] | None:
        """Return the id and label of the pack last written with ``write``, or None.

        Examples
        --------
        >>> import tempfile
        >>> from stancegraph.schema import DomainPack, Topic
        >>> pack = DomainPack(id="talks", label="The talks", actors=(),
        ...                   topics=(Topic(id="ceasefire", label="Ceasefire"),))
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     before = store.pack()
        ...     _ = store.write(pack)
        ...     before, store.pack()
        (None, {'id': 'talks', 'label': 'The talks'})
        """
        rows = self._rows("SELECT value FROM meta WHERE key = 'pack'")
        return json.loads(rows[0][0]) if rows else None

    def stats(self) -> dict[str, Any]:
        """Count the graph's nodes by label and relationships by type, without building it.

        The counts are computed in SQL and equal those of ``load_graph()``.

        Returns
        -------
        dict
            ``{"nodes": {label: n}, "relationships": {type: n}, "documents": n,
            "claims": n}``; every label and type appears, with 0 when absent.

        Examples
        --------
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder, GraphStore.open(folder) as store:
        ...     store.stats()["nodes"]["Actor"]
        0
        """
        with self._translated("read"), self._snapshot():
            return _stats(self._db)

    # -- plumbing ---------------------------------------------------------------------------

    @property
    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StoreError(f"STORE: {self.path} is closed; open the store again")
        return self._connection

    def _rows(self, query: str) -> list[tuple[Any, ...]]:
        with self._translated("read"):
            return self._db.execute(query).fetchall()

    def _validated(self, model: type, table: str, row_id: str, **values: Any) -> Any:
        import pydantic

        try:
            return model(**values)
        except (pydantic.ValidationError, ValueError) as error:
            raise self._invalid_row(table, row_id, error) from error

    def _invalid_row(self, table: str, row_id: str, error: Exception) -> StoreError:
        import pydantic

        where, message = "row", str(error)
        if isinstance(error, pydantic.ValidationError):
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "row"
            message = first["msg"]
        return StoreError(
            f"STORE: {self.path}: table {table}, row {row_id!r}, field {where}: {message}; "
            "the file was changed outside stancegraph"
        )

    @contextmanager
    def _transaction(self) -> Iterator[_Transaction]:
        connection = self._db
        connection.execute("BEGIN IMMEDIATE")
        transaction = _Transaction()
        try:
            yield transaction
            connection.execute("ROLLBACK" if transaction.rollback else "COMMIT")
        except BaseException:
            # SQLite may already have rolled back (disk full); a second ROLLBACK would
            # hide the error that matters.
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        # Several SELECTs read one consistent state even while another process writes.
        connection = self._db
        connection.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            connection.execute("ROLLBACK")

    @contextmanager
    def _translated(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise _store_error(self.path, action, error) from error


@dataclass
class _Transaction:
    rollback: bool = False


def _store_error(path: Path, action: str, error: sqlite3.DatabaseError) -> StoreError:
    code = getattr(error, "sqlite_errorname", "")
    message = str(error)
    if code == "SQLITE_FULL" or "disk is full" in message:
        return StoreError(
            f"STORE: the disk holding {path} is full; this write was undone and what was "
            "stored before it is intact. Free some space and run the same command again"
        )
    if code in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in message:
        return StoreError("STORE: the store is locked by another process; try again")
    if "not a database" in message or code == "SQLITE_NOTADB":
        return StoreError(
            f"STORE: {path} is not a stancegraph store (not a SQLite database); "
            "move it away or name another store"
        )
    if code == "SQLITE_CORRUPT" or "malformed" in message:
        return StoreError(f"STORE: {path} is corrupt ({message}); re-ingest into a new store")
    return StoreError(f"STORE: cannot {action} {path}: {message}")


def _only(items: Iterable[Any], model: type) -> Iterator[Any]:
    for item in items:
        if not isinstance(item, model):
            raise StoreError(
                f"STORE: cannot write {item!r:.80}: expected a {model.__name__} model"
            )
        yield item


def _entity_rows(
    pack_or_entities: DomainPack | Iterable[Actor | Topic | InfrastructureCategory] | None,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    from stancegraph.schema.models import Actor, DomainPack, InfrastructureCategory, Topic

    if pack_or_entities is None:
        entities: Iterable[Any] = ()
    elif isinstance(pack_or_entities, DomainPack):
        pack = pack_or_entities
        entities = (*pack.actors, *pack.commentators, *pack.topics, *pack.infrastructure)
    else:
        entities = pack_or_entities
    actors: list[tuple[Any, ...]] = []
    topics: list[tuple[Any, ...]] = []
    categories: list[tuple[Any, ...]] = []
    for entity in entities:
        if isinstance(entity, Actor) and entity.is_coalition:
            continue
        if isinstance(entity, Actor):
            actors.append((
                entity.id, entity.name, entity.kind, entity.party,
                encode_list(entity.aliases), encode_list(entity.roles),
            ))
        elif isinstance(entity, Topic):
            topics.append((
                entity.id, entity.label, entity.description, entity.parent,
                encode_list(entity.standalone_phrases), encode_list(entity.standalone_opposite_phrases),
            ))
        elif isinstance(entity, InfrastructureCategory):
            categories.append((
                entity.id, entity.label, entity.broader, encode_list(entity.phrases),
            ))
        else:
            raise StoreError(
                f"STORE: cannot write {entity!r:.80}: expected a DomainPack or Actor, Topic "
                "and InfrastructureCategory models"
            )
    return actors, topics, categories


def _pack_record(
    pack_or_entities: DomainPack | Iterable[Actor | Topic | InfrastructureCategory] | None,
) -> str | None:
    """The pack a write comes from, as the store's ``pack`` record: its id and label."""
    from stancegraph.schema.models import DomainPack

    if not isinstance(pack_or_entities, DomainPack):
        return None
    return json.dumps({"id": pack_or_entities.id, "label": pack_or_entities.label},
                      ensure_ascii=False, sort_keys=True)


def _document_row(document: Document) -> tuple[Any, ...]:
    published = document.published.isoformat() if document.published else None
    return (document.id, document.source, document.title, published, document.text)


def _claim_row(claim: Claim) -> tuple[Any, ...]:
    evidence = claim.evidence
    return (
        claim.id, claim.actor, claim.stance, claim.topic, encode_list(claim.infrastructure),
        claim.target_actor, evidence.document_id, evidence.sentence, evidence.start,
        evidence.end, evidence.speaker, claim.confidence,
    )


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    return connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone() is not None


def _stored_ids(connection: sqlite3.Connection, document_ids: set[str]) -> set[str]:
    ids = sorted(document_ids)
    found: set[str] = set()
    for offset in range(0, len(ids), 500):
        chunk = ids[offset:offset + 500]
        placeholders = ",".join("?" * len(chunk))
        found.update(row[0] for row in connection.execute(
            f"SELECT id FROM documents WHERE id IN ({placeholders})", chunk
        ))
    return found


def _delete_claims(connection: sqlite3.Connection, document_ids: set[str]) -> int:
    ids = sorted(document_ids)
    removed = 0
    for offset in range(0, len(ids), 500):
        chunk = ids[offset:offset + 500]
        placeholders = ",".join("?" * len(chunk))
        removed += connection.execute(
            f"DELETE FROM claims WHERE document_id IN ({placeholders})", chunk
        ).rowcount
    return removed


# Entities no longer in the pack and named by nothing kept (``kept`` holds the pack's ids).
_REMOVE_UNUSED = {
    "actors": """
        DELETE FROM actors WHERE id NOT IN (SELECT id FROM kept)
            AND id NOT IN (SELECT actor FROM claims)
            AND id NOT IN (SELECT target_actor FROM claims WHERE target_actor IS NOT NULL)
            AND id NOT IN (SELECT party FROM actors WHERE party IS NOT NULL)
    """,
    "topics": """
        DELETE FROM topics WHERE id NOT IN (SELECT id FROM kept)
            AND id NOT IN (SELECT topic FROM claims WHERE topic IS NOT NULL)
            AND id NOT IN (SELECT parent FROM topics WHERE parent IS NOT NULL)
    """,
    "infrastructure": """
        DELETE FROM infrastructure WHERE id NOT IN (SELECT id FROM kept)
            AND id NOT IN (SELECT DISTINCT value FROM claims, json_each(claims.infrastructure)
                           WHERE claims.infrastructure != '[]')
            AND id NOT IN (SELECT broader FROM infrastructure WHERE broader IS NOT NULL)
    """,
}


def _require_documents(connection: sqlite3.Connection, document_ids: set[str]) -> None:
    missing = set(document_ids)
    ids = sorted(document_ids)
    for offset in range(0, len(ids), 500):
        chunk = ids[offset:offset + 500]
        placeholders = ",".join("?" * len(chunk))
        for (found,) in connection.execute(
            f"SELECT id FROM documents WHERE id IN ({placeholders})", chunk
        ):
            missing.discard(found)
    if missing:
        raise StoreError(
            f"STORE: a claim's evidence names document {min(missing)}, which is neither in "
            "this batch nor stored; write the document with its claims"
        )


# Every node the graph builder makes, by label, as SQL. Entities referenced but not
# declared get a node too, so each count is a union over the declaring table and the
# columns that refer to it; positions are the distinct (actor, stance, about) of claims,
# ``about`` computed by the schema's own ``position_about``, registered with SQLite.
_POSITION_ABOUT = "position_about(stance, topic, target_actor)"
_STATS_NODES = {
    ACTOR: """
        SELECT count(*) FROM (
            SELECT id FROM actors
            UNION SELECT party FROM actors WHERE party IS NOT NULL AND party != ''
            UNION SELECT actor FROM claims
            UNION SELECT target_actor FROM claims WHERE target_actor IS NOT NULL
                AND target_actor != '')
    """,
    TOPIC: """
        SELECT count(*) FROM (
            SELECT id FROM topics
            UNION SELECT parent FROM topics WHERE parent IS NOT NULL AND parent != ''
            UNION SELECT topic FROM claims WHERE topic IS NOT NULL AND topic != '')
    """,
    INFRASTRUCTURE: """
        SELECT count(*) FROM (
            SELECT id FROM infrastructure
            UNION SELECT broader FROM infrastructure WHERE broader IS NOT NULL AND broader != ''
            UNION SELECT DISTINCT value FROM claims, json_each(claims.infrastructure)
                WHERE claims.infrastructure != '[]')
    """,
    DOCUMENT: """
        SELECT count(*) FROM (
            SELECT id FROM documents UNION SELECT document_id FROM claims)
    """,
}
_STATS_POSITIONS = f"""
    SELECT stance, count(*) FROM (
        SELECT DISTINCT actor, stance, {_POSITION_ABOUT} AS about FROM claims)
    GROUP BY stance
"""
_STATS_STANCE_EDGES = "SELECT stance, count(*) FROM claims GROUP BY stance"
_STATS_EDGES = {
    ABOUT: """
        SELECT count(*) FROM (
            SELECT DISTINCT actor, stance, target_actor, topic FROM claims
            WHERE topic IS NOT NULL AND topic != '')
    """,
    AGAINST: """
        SELECT count(*) FROM (
            SELECT DISTINCT actor, target_actor, topic FROM claims
            WHERE stance = 'accuse' AND target_actor IS NOT NULL AND target_actor != '')
    """,
    COVERS: f"""
        SELECT count(*) FROM (
            SELECT DISTINCT actor, stance, {_POSITION_ABOUT} AS about, value
            FROM claims, json_each(claims.infrastructure)
            WHERE claims.infrastructure != '[]')
    """,
    BROADER: """
        SELECT (SELECT count(*) FROM topics WHERE parent IS NOT NULL AND parent != '')
             + (SELECT count(*) FROM infrastructure
                WHERE broader IS NOT NULL AND broader != '')
    """,
    SPEAKS_FOR: """
        SELECT count(*) FROM actors WHERE party IS NOT NULL AND party != '' AND party != id
    """,
    MENTIONED_IN: "SELECT count(*) FROM (SELECT DISTINCT actor, document_id FROM claims)",
}


def _stats(connection: sqlite3.Connection) -> dict[str, Any]:
    nodes = dict.fromkeys(NODE_LABELS, 0)
    relationships = dict.fromkeys(RELATIONSHIP_TYPES, 0)
    for label, query in _STATS_NODES.items():
        nodes[label] = connection.execute(query).fetchone()[0]
    for stance, count in connection.execute(_STATS_POSITIONS):
        nodes[POSITION_LABEL[stance]] = count
    for stance, count in connection.execute(_STATS_STANCE_EDGES):
        relationships[RELATIONSHIP_TYPE[stance]] = count
    for relationship, query in _STATS_EDGES.items():
        relationships[relationship] = connection.execute(query).fetchone()[0]
    return {
        "nodes": nodes,
        "relationships": relationships,
        "documents": connection.execute("SELECT count(*) FROM documents").fetchone()[0],
        "claims": connection.execute("SELECT count(*) FROM claims").fetchone()[0],
    }
