"""The functions that run "read, extract, store", shared by the CLI and the Python API.

``ingest`` streams: documents are read one at a time, those not yet stored are extracted
(in worker processes with ``jobs > 1``, see ``stancegraph.parallel``) and written in
batches, each batch one transaction. Memory stays that of a few batches whatever the
corpus size; a kill loses at most the batch being written, and running the same ingest
again skips what is stored (documents are known by the hash of their text) and finishes
the rest. ``reextract`` reads stored documents again, with another pack or extractor, and
replaces their claims batch by batch.

NLP is imported only when there is something to extract, so an ingest with nothing new,
and commands that merely read the store, never pay for spaCy.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from stancegraph.claims_folder import ClaimsFolder, claim_record
from stancegraph.errors import StancegraphError, StoreError
from stancegraph.graph.store import DATABASE_NAME, ExtractionRecord, GraphStore, resolve_store
from stancegraph.loaders.documents import (
    LoadFailure,
    count_documents,
    find_files,
    iter_file_documents,
)
from stancegraph.loaders.extractor import DEFAULT_EXTRACTOR, ExtractionResult, extractor_names
from stancegraph.loaders.packs import load_pack
from stancegraph.parallel import Extracted, extract_stream, workers_for
from stancegraph.schema import Actor, Claim, Document, DomainPack

DEFAULT_BATCH_SIZE = 64
"""Documents written in one transaction, at most."""
DEFAULT_BATCH_SECONDS = 5.0
"""A batch is written once it has waited this long, however few documents it holds, so a
kill loses at most a few seconds of work."""
LOOKUP_WINDOW = 64
"""Documents whose ids are looked up in the store at once."""

__all__ = [
    "Duplicate",
    "IngestInterrupted",
    "IngestSummary",
    "Listener",
    "claim_record",
    "extract",
    "extract_paths",
    "extraction_record",
    "ingest",
    "ingest_claims",
    "pack_hash",
    "reextract",
]

T = TypeVar("T")


@dataclass(frozen=True)
class Duplicate:
    """A document whose text was already read in this run under another name."""

    source: str
    first: str

    def __str__(self) -> str:
        return f"{self.source}: same text as {self.first}"


@dataclass
class IngestSummary:
    """What an ingest (or a re-extraction) did.

    ``files`` seen; documents ``read`` (each distinct text once); of those, ``stored`` by
    this run and ``already_stored`` (before it, or by another process meanwhile);
    ``duplicates`` of a text read earlier in this run; ``failures`` (files, lines and
    documents that gave nothing); ``claims`` stored; ``batches`` committed.
    """

    files: int = 0
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)
    claims: int = 0
    batches: int = 0
    extraction: ExtractionRecord | None = None
    other_extractions: dict[ExtractionRecord | None, int] = field(default_factory=dict)
    """Documents in the store that another pack or extractor read, by what read them."""

    @property
    def skipped(self) -> int:
        """Documents not stored because they were already (the name before ``already_stored``)."""
        return self.already_stored


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during an ingest: ``summary`` says what was stored before it."""

    def __init__(self, summary: IngestSummary):
        super().__init__()
        self.summary = summary


class Listener:
    """What an ingest reports as it goes; every method does nothing unless overridden.

    ``total`` is the number of documents expected (lines of JSON Lines counted, nothing
    parsed), ``advance`` is called once per document done however it ended, ``note`` with
    details worth a line in ``--verbose`` (a duplicate, a batch stored), ``warn`` with what
    a user must hear (the store was extracted with another pack).
    """

    def total(self, documents: int) -> None: ...

    def advance(self, documents: int = 1) -> None: ...

    def note(self, text: str) -> None: ...

    def warn(self, text: str) -> None: ...


def pack_hash(pack: DomainPack) -> str:
    """The SHA-256 of a pack's content (its validated model as JSON): what changes when
    an entry, a phrase or a flag changes, and not with comments or layout.

    >>> from stancegraph.schema import DomainPack
    >>> pack = DomainPack(id="talks", label="Talks", actors=(), topics=())
    >>> pack_hash(pack) == pack_hash(pack.model_copy()), len(pack_hash(pack))
    (True, 64)
    """
    return hashlib.sha256(pack.model_dump_json().encode("utf-8")).hexdigest()


def extraction_record(pack: DomainPack, extractor: str = DEFAULT_EXTRACTOR) -> ExtractionRecord:
    """What the store records for documents extracted with ``pack`` and ``extractor``."""
    return ExtractionRecord(pack.id, pack_hash(pack), extractor)


def extract(
    documents: Sequence[Document],
    pack: DomainPack,
    progress: Callable[[int], None] | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
    jobs: int = 1,
) -> ExtractionResult:
    """Extract claims from documents with the extractor registered as ``extractor``.

    Claims come document by document in input order; the actors the pack does not name
    are each the first found. ``progress`` is called with 1 after each document. With no
    documents, no backend is built (so no NLP model is loaded); an unknown name is still
    an error.

    Raises
    ------
    StancegraphError
        When a document cannot be extracted (``extract_stream`` reports it instead).
    """
    _check_extractor(extractor)
    claims: list[Claim] = []
    actors: dict[str, Actor] = {}
    for done in extract_stream(documents, pack, extractor, jobs):
        if done.error:
            raise StancegraphError(f"{done.document.source}: {done.error}")
        claims.extend(done.claims)
        for actor in done.actors:
            actors.setdefault(actor.id, actor)
        if progress:
            progress(1)
    return ExtractionResult(claims, sorted(actors.values(), key=lambda a: a.id))


def ingest(
    paths: Iterable[str | os.PathLike],
    store: str | os.PathLike | None = None,
    pack: str | os.PathLike | None = None,
    listener: Listener | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
    *,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_seconds: float = DEFAULT_BATCH_SECONDS,
    max_document_bytes: int | None = None,
) -> IngestSummary:
    """Read documents, extract claims from those not yet stored and store them in batches.

    Documents whose content hash is already stored are skipped, so running the same
    ingest twice changes nothing, and running it again after a kill finishes the rest.
    A store is created only when there is something to store.

    Parameters
    ----------
    paths
        Files and folders (see ``stancegraph.loaders.documents.iter_documents``).
    store, pack, extractor
        The store folder, the domain pack (a file or a shipped name) and the extractor.
    listener : Listener, optional
        Told of progress, details and warnings as the ingest goes.
    jobs : int
        Extraction processes (1: in this process).
    batch_size, batch_seconds
        A batch is written when it holds ``batch_size`` documents or has waited
        ``batch_seconds``, whichever comes first.
    max_document_bytes : int, optional
        The largest document read (default 20 MB).

    Raises
    ------
    PackError, StoreError
        When the pack is malformed or the store cannot be opened or written; a write that
        fails leaves the batches before it stored.
    IngestInterrupted
        On Ctrl-C, with the summary of what was stored.
    """
    listener = listener or Listener()
    _check_extractor(extractor)
    domain = load_pack(pack)
    summary = IngestSummary(extraction=extraction_record(domain, extractor))
    sink = _StoreSink(resolve_store(store), domain, summary, listener)
    try:
        files = list(find_files(paths))
        summary.files = sum(1 for f in files if isinstance(f, Path))
        expected = sum(count_documents(f) if isinstance(f, Path) else 1 for f in files)
        listener.total(expected)
        jobs = workers_for(jobs, expected)
        summary.other_extractions = sink.other_extractions()
        for record, count in summary.other_extractions.items():
            listener.warn(_other_extraction_warning(record, count, summary.extraction))
        new = sink.unstored(_distinct(_documents(files, max_document_bytes, summary, listener),
                                      summary, listener))
        for batch in _batches(extract_stream(new, domain, extractor, jobs), batch_size,
                              batch_seconds, listener):
            sink.write(batch)
        if summary.read and not summary.batches:
            sink.write_entities()
    except KeyboardInterrupt:
        raise IngestInterrupted(summary) from None
    finally:
        sink.close()
    return summary


def reextract(
    store: str | os.PathLike | None = None,
    pack: str | os.PathLike | None = None,
    listener: Listener | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
    *,
    everything: bool = False,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_seconds: float = DEFAULT_BATCH_SECONDS,
) -> IngestSummary:
    """Extract the stored documents again and replace their claims, one transaction a batch.

    Only documents that another pack (or another version of it: the hash of its content
    differs) or another extractor read are extracted again, unless ``everything``. A kill
    loses at most a batch; running it again finishes the rest. Once every document is
    read with ``pack``, the actors, topics and categories it no longer has and no claim
    names are removed, so a renamed entity is not found twice.

    Raises
    ------
    PackError, StoreError
        As ``ingest``; a store that does not exist is an error.
    IngestInterrupted
        On Ctrl-C, with the summary of what was replaced (``stored`` counts documents).
    """
    listener = listener or Listener()
    _check_extractor(extractor)
    domain = load_pack(pack)
    record = extraction_record(domain, extractor)
    summary = IngestSummary(extraction=record)
    with GraphStore.open(resolve_store(store), create=False) as graph_store:
        counts = graph_store.extraction_records()
        todo = sum(counts.values()) if everything else sum(
            n for r, n in counts.items() if r != record)
        listener.total(todo)
        jobs = workers_for(jobs, todo)
        documents = graph_store.documents_not_extracted_by(None if everything else record)

        def counted(documents: Iterator[Document]) -> Iterator[Document]:
            for document in documents:
                summary.read += 1
                yield document

        try:
            for batch in _batches(extract_stream(counted(documents), domain, extractor, jobs),
                                  batch_size, batch_seconds, listener):
                kept = _kept(batch, summary, listener)
                write = graph_store.write(
                    domain, [d.document for d in kept], [c for d in kept for c in d.claims],
                    discovered=[a for d in batch for a in d.actors], extraction=record,
                    replace_claims=True,
                )
                summary.batches += 1
                summary.stored += len(kept)
                summary.claims += write.claims_added
                listener.note(f"batch {summary.batches} replaced: {_count(len(kept), 'document')}, "
                              f"{_count(write.claims_removed, 'claim')} removed, "
                              f"{write.claims_added} added")
            if not summary.failures:
                removed = graph_store.remove_entities_not_in(domain)
                if removed:
                    listener.note(f"{removed} actors, topics or categories no longer in the pack "
                                  "and named by no claim were removed")
        except KeyboardInterrupt:
            raise IngestInterrupted(summary) from None
    return summary


def extract_paths(
    paths: Iterable[str | os.PathLike],
    pack: DomainPack,
    listener: Listener | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
    *,
    jobs: int = 1,
    max_document_bytes: int | None = None,
    summary: IngestSummary | None = None,
) -> Iterator[Extracted]:
    """Stream the extraction of the documents in ``paths``, one ``Extracted`` per distinct
    text in input order, as documents finish; ``summary`` (when given) counts files,
    duplicates and failures as they are met."""
    listener = listener or Listener()
    _check_extractor(extractor)
    summary = summary if summary is not None else IngestSummary()
    files = list(find_files(paths))
    summary.files = sum(1 for f in files if isinstance(f, Path))
    expected = sum(count_documents(f) if isinstance(f, Path) else 1 for f in files)
    listener.total(expected)
    documents = _distinct(_documents(files, max_document_bytes, summary, listener), summary, listener)
    for done in extract_stream(documents, pack, extractor, workers_for(jobs, expected)):
        if done.error:
            summary.failures.append(LoadFailure(done.document.source, done.error))
        else:
            summary.claims += len(done.claims)
        listener.advance()
        yield done


def ingest_claims(
    folder: str | os.PathLike,
    store: str | os.PathLike | None = None,
    listener: Listener | None = None,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_seconds: float = DEFAULT_BATCH_SECONDS,
) -> IngestSummary:
    """Store documents with the claims extracted beforehand into a claims folder (by
    ``extract --output`` or the Dask engine), in batches, as ``ingest`` would have.

    The pack is the one the claims were extracted with, kept in the folder's manifest.
    Documents already stored are skipped; a text in two partitions is stored once.

    Raises
    ------
    InputError
        When the folder is not a claims folder, or a file of it is not what it should be.
    StoreError, IngestInterrupted
        As ``ingest``.
    """
    listener = listener or Listener()
    claims_folder = ClaimsFolder(folder)
    domain, record, partitions = claims_folder.manifest()
    summary = IngestSummary(files=partitions, extraction=record)
    listener.total(claims_folder.count_documents())
    sink = _StoreSink(resolve_store(store), domain, summary, listener)

    def extracted() -> Iterator[Extracted]:
        for item in claims_folder.read():
            if isinstance(item, LoadFailure):
                summary.failures.append(item)
            else:
                yield Extracted(item.document, item.claims, item.actors)

    def document_of(item: Extracted) -> Document:
        return item.document

    try:
        summary.other_extractions = sink.other_extractions()
        for other, count in summary.other_extractions.items():
            listener.warn(_other_extraction_warning(other, count, record))
        new = sink.unstored(_distinct(extracted(), summary, listener, document_of), document_of)
        for batch in _batches(new, batch_size, batch_seconds, listener):
            sink.write(batch)
    except KeyboardInterrupt:
        raise IngestInterrupted(summary) from None
    finally:
        sink.close()
    return summary


# -- the stages of an ingest -----------------------------------------------------------------


def _check_extractor(name: str) -> None:
    if name not in extractor_names():
        raise StancegraphError(
            f"unknown extractor {name!r}; registered: {', '.join(extractor_names())}"
        )


def _documents(files: list[Path | LoadFailure], max_document_bytes: int | None,
               summary: IngestSummary, listener: Listener) -> Iterator[Document]:
    """The documents of the files, one at a time; failures go to the summary."""
    for file in files:
        items = [file] if isinstance(file, LoadFailure) else iter_file_documents(
            file, max_document_bytes)
        for item in items:
            if isinstance(item, LoadFailure):
                summary.failures.append(item)
                listener.advance()
            else:
                yield item


def _distinct(items: Iterator[T], summary: IngestSummary, listener: Listener,
              document_of: Callable[[T], Document] = lambda item: item) -> Iterator[T]:
    """Each text once: a text read before in this run is a duplicate, named in the summary.
    Only ids and names are kept, never texts."""
    first: dict[str, str] = {}
    for item in items:
        document = document_of(item)
        seen = first.get(document.id)
        if seen is not None:
            duplicate = Duplicate(document.source, seen)
            summary.duplicates.append(duplicate)
            listener.note(f"duplicate: {duplicate}")
            listener.advance()
            continue
        first[document.id] = document.source
        summary.read += 1
        yield item


def _batches(extracted: Iterator[Extracted], size: int, seconds: float,
             listener: Listener) -> Iterator[list[Extracted]]:
    """Batches of ``size`` documents, or fewer once the first has waited ``seconds``; the
    listener advances as each document is extracted, not only when its batch is written."""
    batch: list[Extracted] = []
    started = 0.0
    for item in extracted:
        listener.advance()
        if not batch:
            started = time.monotonic()
        batch.append(item)
        if len(batch) >= size or time.monotonic() - started >= seconds:
            yield batch
            batch = []
    if batch:
        yield batch


def _kept(batch: list[Extracted], summary: IngestSummary, listener: Listener) -> list[Extracted]:
    """The documents of a batch that were extracted; the others are failures (and are not
    stored, so the next run tries them again)."""
    kept = []
    for item in batch:
        if item.error:
            summary.failures.append(LoadFailure(item.document.source, item.error))
            listener.note(f"failed: {item.document.source}: {item.error}")
        else:
            kept.append(item)
    return kept


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _other_extraction_warning(record: ExtractionRecord | None, count: int,
                              current: ExtractionRecord | None) -> str:
    documents, were = (f"{count} documents", "were") if count != 1 else ("1 document", "was")
    if record is None:
        what = (f"{were} stored without a record of the pack that read them (by an older "
                "stancegraph)")
    elif (current is not None and record.pack_id == current.pack_id
          and record.extractor == current.extractor):
        what = f"{were} read with another version of pack {record.pack_id} ({record.pack_hash[:12]})"
    else:
        what = f"{were} read with {record}"
    return (
        f"{documents} in the store {what}; this ingest uses {current}, so their claims may "
        "name actors and topics differently. `stancegraph reextract` with the same --pack "
        "and --extractor reads them again"
    )


class _StoreSink:
    """The store an ingest writes to, opened only once there is something to write, so that
    an ingest that stores nothing creates nothing."""

    def __init__(self, folder: Path, pack: DomainPack, summary: IngestSummary,
                 listener: Listener):
        self.folder = folder
        self.pack = pack
        self.summary = summary
        self.listener = listener
        self.store: GraphStore | None = None
        if (folder / DATABASE_NAME).exists():
            self.store = GraphStore.open(folder)

    def other_extractions(self) -> dict[ExtractionRecord | None, int]:
        if self.store is None:
            return {}
        return {r: n for r, n in self.store.extraction_records().items()
                if r != self.summary.extraction}

    def unstored(self, items: Iterator[T],
                 document_of: Callable[[T], Document] = lambda item: item) -> Iterator[T]:
        """The documents not stored yet, looked up ``LOOKUP_WINDOW`` at a time."""
        window: list[T] = []
        for item in items:
            window.append(item)
            if len(window) >= LOOKUP_WINDOW:
                yield from self._unstored(window, document_of)
                window = []
        yield from self._unstored(window, document_of)

    def _unstored(self, window: list[T], document_of: Callable[[T], Document]) -> Iterator[T]:
        if self.store is None or not window:
            yield from window
            return
        stored = self.store.stored_document_ids(document_of(item).id for item in window)
        for item in window:
            if document_of(item).id in stored:
                self.summary.already_stored += 1
                self.listener.advance()
            else:
                yield item

    def write(self, batch: list[Extracted]) -> None:
        summary = self.summary
        kept = _kept(batch, summary, self.listener)
        if kept:
            try:
                write = self._open().write(
                    self.pack, [d.document for d in kept], [c for d in kept for c in d.claims],
                    discovered=[a for d in batch for a in d.actors], extraction=summary.extraction,
                )
            except StoreError as error:
                raise StoreError(
                    f"{error} ({summary.stored} documents of this run were stored before it, "
                    f"in {summary.batches} batches)"
                ) from error
            summary.batches += 1
            summary.stored += write.documents_added
            summary.already_stored += write.documents_known
            summary.claims += write.claims_added
            self.listener.note(f"batch {summary.batches} stored: "
                               f"{_count(write.documents_added, 'document')}, "
                               f"{_count(write.claims_added, 'claim')}")

    def write_entities(self) -> None:
        """Bring the pack's entities up to date in a store that exists (nothing new to
        store, but the pack may have changed)."""
        if self.store is not None:
            self.store.write(self.pack)

    def _open(self) -> GraphStore:
        if self.store is None:
            self.store = GraphStore.open(self.folder)
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
