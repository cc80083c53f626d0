"""Extraction on a Dask cluster, for a corpus that outgrows one machine.

The corpus is cut into partitions: runs of files in input order, a large JSON Lines file
cut into runs of lines. Each partition is a task on a ``dask.distributed`` cluster: a
worker reads its files, runs the same extractor as ``stancegraph extract`` (built once per
worker process and kept), and writes the partition into a claims folder
(``stancegraph.claims_folder``). ``stancegraph ingest --claims FOLDER`` then stores it.
Without a scheduler address a ``LocalCluster`` is started on this machine.

Workers read the input and write the output themselves, so on a real cluster both must
be on a file system every worker sees under the same path (see ``docs/dask.md``).

Dask is an optional dependency (``pip install 'stancegraph[dask]'``); this module imports
it only when a run starts.
"""

from __future__ import annotations

import math
import os
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from stancegraph.claims_folder import ClaimsFolder, PartitionWriter
from stancegraph.errors import BackendError, StancegraphError
from stancegraph.loaders.documents import JSONL_SUFFIXES, LoadFailure, count_lines, find_files
from stancegraph.loaders.extractor import (
    DEFAULT_EXTRACTOR,
    ClaimExtractor,
    create_extractor,
    register_extractor,
    registered_factory,
)
from stancegraph.loaders.packs import load_pack
from stancegraph.parallel import available_cores, extract_stream
from stancegraph.pipeline import IngestSummary, Listener, _distinct, extraction_record
from stancegraph.schema import DomainPack

PARTITIONS_PER_WORKER = 4
"""Partitions made for each worker by default, so that a slow one leaves no worker idle."""

__all__ = ["extract_on_dask"]


@dataclass(frozen=True)
class _Part:
    """What one partition reads: files (a JSON Lines file possibly only some lines), and the
    failures met while listing them, which it reports with its own."""

    index: int
    files: tuple[tuple[str, range | None], ...]
    failures: tuple[LoadFailure, ...] = ()


@dataclass(frozen=True)
class _PartResult:
    documents: int
    duplicates: tuple
    failures: tuple[LoadFailure, ...]
    claims: int


def extract_on_dask(
    paths: Iterable[str | os.PathLike],
    output: str | os.PathLike,
    pack: str | os.PathLike | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    partitions: int | None = None,
    max_document_bytes: int | None = None,
    listener: Listener | None = None,
) -> IngestSummary:
    """Extract the documents in ``paths`` on a Dask cluster into the claims folder ``output``.

    Parameters
    ----------
    paths
        Files and folders, as for ``ingest``; every worker must see them at these paths.
    output
        The claims folder to write (created; partitions of an earlier run are removed).
    pack, extractor
        As for ``ingest``.
    scheduler : str, optional
        The address of a running Dask scheduler (``tcp://10.0.0.5:8786``); without it a
        ``LocalCluster`` of ``workers`` processes is started here and stopped at the end.
    workers : int, optional
        Workers of the local cluster (default: the machine's cores).
    partitions : int, optional
        How many parts to cut the corpus into (default: 4 per worker).

    Returns
    -------
    IngestSummary
        Files seen, documents read, duplicates within a partition, failures and claims
        (``stored`` stays 0: nothing is stored until ``ingest --claims``).

    Raises
    ------
    BackendError
        When Dask is not installed or the scheduler cannot be reached.
    """
    listener = listener or Listener()
    domain = load_pack(pack)
    record = extraction_record(domain, extractor)
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise BackendError(
            "the Dask engine needs dask.distributed: pip install 'stancegraph[dask]'"
        ) from None
    folder = ClaimsFolder(output)
    listed = list(find_files(paths))
    summary = IngestSummary(files=sum(1 for f in listed if isinstance(f, Path)),
                            extraction=record)
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=workers or available_cores(), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as error:
        raise BackendError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    try:
        worker_count = max(1, len(client.scheduler_info().get("workers", {})))
        parts = _plan(listed, partitions or PARTITIONS_PER_WORKER * worker_count)
        folder.write_manifest(domain, record, len(parts))
        listener.total(len(parts))
        futures = client.map(_extract_part, parts, output=str(folder.folder), pack=domain,
                             extractor=extractor, factory=registered_factory(extractor),
                             max_document_bytes=max_document_bytes, pure=False)
        for future in as_completed(futures):
            try:
                result: _PartResult = future.result()
            except StancegraphError:
                raise
            except Exception as error:  # noqa: BLE001 - a worker's error, named and passed on
                raise BackendError(f"a partition failed on its Dask worker: "
                                   f"{type(error).__name__}: {error}") from error
            summary.read += result.documents
            summary.claims += result.claims
            summary.duplicates.extend(result.duplicates)
            summary.failures.extend(result.failures)
            listener.note(f"partition done: {result.documents} documents, {result.claims} claims")
            listener.advance()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return summary


def _plan(listed: list[Path | LoadFailure], wanted: int) -> list[_Part]:
    """Cut the files into about ``wanted`` runs of about equal size, in input order; a JSON
    Lines file counts as its lines and may be cut."""
    sizes = [count_lines(f) if isinstance(f, Path) and f.suffix.lower() in JSONL_SUFFIXES
             else 1 for f in listed]
    per_part = max(1, math.ceil(sum(sizes) / max(1, wanted)))
    parts: list[_Part] = []
    files: list[tuple[str, range | None]] = []
    failures: list[LoadFailure] = []
    filled = 0

    def close() -> None:
        nonlocal files, failures, filled
        if files or failures:
            parts.append(_Part(len(parts), tuple(files), tuple(failures)))
        files, failures, filled = [], [], 0

    for item, size in zip(listed, sizes):
        if isinstance(item, LoadFailure):
            failures.append(item)
        elif item.suffix.lower() not in JSONL_SUFFIXES or size == 0:
            files.append((str(item), None))
            filled += 1
        else:
            start = 1
            while start <= size:
                stop = start + min(per_part - filled, size - start + 1)
                # The last run of a file goes to its end, whatever the count said.
                files.append((str(item), range(start, stop if stop <= size else sys.maxsize)))
                filled += stop - start
                start = stop
                if filled >= per_part:
                    close()
        if filled >= per_part:
            close()
    close()
    return parts


_cache = threading.local()


def _extractor(pack: DomainPack, name: str) -> ClaimExtractor:
    """The worker's extractor for ``pack`` and ``name``, built on first use and kept for
    the partitions after (one per thread: spaCy pipelines are not shared across threads)."""
    key = (name, pack.model_dump_json())
    if getattr(_cache, "key", None) != key:
        _cache.key, _cache.backend = key, create_extractor(name, pack)
    return _cache.backend


def _extract_part(part: _Part, output: str, pack: DomainPack, extractor: str, factory: object,
                  max_document_bytes: int | None) -> _PartResult:
    """Run on a worker: extract one partition and write it into the claims folder."""
    from stancegraph.loaders.documents import iter_file_documents

    register_extractor(extractor, factory)  # as the client has it, even if registered late

    summary = IngestSummary()
    listener = Listener()

    def documents():
        for path, lines in part.files:
            for item in iter_file_documents(path, max_document_bytes, lines):
                if isinstance(item, LoadFailure):
                    summary.failures.append(item)
                else:
                    yield item

    backend = _extractor(pack, extractor)
    with PartitionWriter(output, part.index, pack) as writer:
        for done in extract_stream(_distinct(documents(), summary, listener), pack, extractor,
                                   backend=backend):
            if done.error:
                summary.failures.append(LoadFailure(done.document.source, done.error))
            else:
                writer.add(done.document, done.claims, done.actors)
                summary.claims += len(done.claims)
        for failure in (*part.failures, *summary.failures):
            writer.fail(failure)
    return _PartResult(summary.read, tuple(summary.duplicates),
                       (*part.failures, *summary.failures), summary.claims)
