"""Extraction as a stream, in this process or in worker processes, always in input order.

Documents go to the extractor in chunks of a few (``CHUNK_DOCUMENTS``, or fewer when they
are long); each chunk's claims come back split by document, in the order the documents
came in. The chunks are cut the same way whatever the number of workers, so ``jobs=2``
gives the claims of ``jobs=1`` byte for byte. With ``jobs > 1`` each worker process builds
its own extractor once (spaCy models do not pickle cheaply), and only a bounded number of
chunks is in flight, so memory stays that of a few chunks whatever the corpus size.

One failing document never takes the others with it: a chunk whose extraction raises is
read again one document at a time, and the document that fails is reported, not raised.
A worker that dies (killed, out of memory) is replaced, and the documents it held are read
again one at a time.

>>> list(extract_stream([], pack=None))
[]
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from stancegraph.errors import StancegraphError
from stancegraph.loaders.extractor import (
    DEFAULT_EXTRACTOR,
    ClaimExtractor,
    create_extractor,
    register_extractor,
    registered_factory,
)
from stancegraph.schema import Actor, Claim, Document, DomainPack

CHUNK_DOCUMENTS = 8
"""Documents sent to the extractor at once: enough to keep the parser's batches full."""
CHUNK_CHARACTERS = 100_000
"""A chunk closes early once its documents hold this many characters (a long document
travels alone)."""
CHUNKS_IN_FLIGHT = 2
"""Chunks queued per worker: one being read, one waiting, so no worker idles."""
DOCUMENTS_PER_WORKER = 16
"""Fewer documents than this for each worker are read in this process: starting a worker
costs as much as reading about that many (it loads its own NLP model)."""
PARENT_CHECK_SECONDS = 0.5
"""How often a worker looks whether the process that started it is still there."""

__all__ = ["Extracted", "available_cores", "extract_stream", "workers_for"]


@dataclass(frozen=True)
class Extracted:
    """One document's extraction: its claims in the extractor's order, the actors it found
    that the pack does not name (those of its whole chunk, given with the chunk's first
    document), or, when it failed, why."""

    document: Document
    claims: tuple[Claim, ...] = ()
    actors: tuple[Actor, ...] = ()
    error: str | None = None


def available_cores() -> int:
    """The processor cores this process may run on: the default number of workers."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def workers_for(jobs: int, documents: int) -> int:
    """How many worker processes pay for ``documents`` documents, at most ``jobs``; 1 means
    none (extraction in this process). The output is the same either way.

    >>> workers_for(2, 10), workers_for(2, 40), workers_for(8, 40)
    (1, 2, 2)
    """
    return max(1, min(jobs, documents // DOCUMENTS_PER_WORKER))


def extract_stream(
    documents: Iterable[Document],
    pack: DomainPack | None,
    extractor: str = DEFAULT_EXTRACTOR,
    jobs: int = 1,
    backend: ClaimExtractor | None = None,
) -> Iterator[Extracted]:
    """Extract claims from ``documents`` as they come, yielding one ``Extracted`` per
    document in input order.

    Parameters
    ----------
    documents : iterable of Document
        Read lazily: a generator over a folder of any size is fine.
    pack : DomainPack
    extractor : str
        A registered extractor name (``stancegraph.loaders.extractor``).
    jobs : int
        Worker processes; 1 extracts in this process. No extractor is built (no NLP
        model loaded) until the first document arrives.
    backend : ClaimExtractor, optional
        An extractor already built, used instead of building one when ``jobs`` is 1.

    Raises
    ------
    StancegraphError
        When the extractor cannot be built (an unknown name, no NLP model installed).
    """
    chunks = _chunks(documents)
    if jobs <= 1:
        for chunk in chunks:
            if backend is None:
                backend = create_extractor(extractor, pack)
            yield from _paired(chunk, _extract_chunk(backend, chunk))
        return
    yield from _WorkerPool(pack, extractor, jobs).run(chunks)


def _chunks(documents: Iterable[Document]) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    characters = 0
    for document in documents:
        chunk.append(document)
        characters += len(document.text)
        if len(chunk) >= CHUNK_DOCUMENTS or characters >= CHUNK_CHARACTERS:
            yield chunk
            chunk, characters = [], 0
    if chunk:
        yield chunk


Outcome = tuple[tuple[Claim, ...], tuple[Actor, ...], str | None]
"""One document's claims, actors and error, as a worker sends them back (no text)."""


def _extract_chunk(backend: ClaimExtractor, chunk: Sequence[Document]) -> list[Outcome]:
    """The claims of each document of a chunk, read together; a chunk that fails is read
    again one document at a time, so that only the failing document is lost."""
    try:
        result = backend.extract(chunk)
    except Exception:  # noqa: BLE001 - which document failed is found below, and reported
        if len(chunk) == 1:
            return [_failed()]
        return [outcome for document in chunk for outcome in _extract_chunk(backend, [document])]
    by_document: dict[str, list[Claim]] = {document.id: [] for document in chunk}
    for claim in result.claims:
        by_document[claim.evidence.document_id].append(claim)
    actors = tuple(result.actors)
    return [
        (tuple(by_document[document.id]), actors if i == 0 else (), None)
        for i, document in enumerate(chunk)
    ]


def _failed() -> Outcome:
    """The outcome of the document whose exception is being handled: its last line."""
    import traceback

    error = traceback.format_exc().strip().splitlines()[-1]
    return (), (), f"extraction failed: {error}"


def _paired(chunk: Sequence[Document], outcomes: list[Outcome]) -> Iterator[Extracted]:
    for document, (claims, actors, error) in zip(chunk, outcomes, strict=True):
        yield Extracted(document, claims, actors, error)


# -- worker processes ------------------------------------------------------------------------

_worker: dict[str, object] = {}
"""In a worker process: the pack and extractor name it was started with, and the extractor
once built."""


def _start_worker(pack: DomainPack, extractor: str, factory: object) -> None:
    # Ctrl-C reaches the whole process group; the parent decides what happens, and stops
    # the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    register_extractor(extractor, factory)  # as the parent has it, even if registered late
    _worker.update(pack=pack, extractor=extractor)


def _exit_with_parent(parent: int) -> None:
    """A parent killed outright (SIGKILL, the laptop lid) cannot stop its workers, and a
    worker waiting for work would wait for ever: each one leaves once its parent is gone."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _worker_extract(chunk: list[Document]) -> list[Outcome]:
    """Run in a worker: build the extractor on first use (an error here is the whole run's,
    not a document's, and reaches the parent as it is), then read the chunk."""
    backend = _worker.get("backend")
    if backend is None:
        backend = _worker["backend"] = create_extractor(_worker["extractor"], _worker["pack"])
    return _extract_chunk(backend, chunk)


def _ready(outcomes: list[Outcome]) -> Future[list[Outcome]]:
    future: Future[list[Outcome]] = Future()
    future.set_result(outcomes)
    return future


class _WorkerPool:
    """Worker processes fed a bounded queue of chunks, their results taken in order."""

    def __init__(self, pack: DomainPack, extractor: str, jobs: int):
        self.pack = pack
        self.extractor = extractor
        self.factory = registered_factory(extractor)
        try:
            pickle.dumps(self.factory)
        except Exception as error:  # noqa: BLE001 - any pickling failure means the same
            raise StancegraphError(
                f"extractor {extractor!r} cannot be sent to worker processes ({error}); "
                "register it as 'module:attribute', or extract with --jobs 1"
            ) from None
        self.jobs = jobs
        self.executor: ProcessPoolExecutor | None = None

    def run(self, chunks: Iterator[list[Document]]) -> Iterator[Extracted]:
        pending: deque[tuple[list[Document], Future[list[Outcome]]]] = deque()
        limit = self.jobs * CHUNKS_IN_FLIGHT
        try:
            for chunk in chunks:
                pending.append((chunk, self._submit(chunk)))
                while len(pending) >= limit:
                    yield from self._take(pending)
            while pending:
                yield from self._take(pending)
        finally:
            self._stop(wait=not pending)

    def _submit(self, chunk: list[Document]) -> Future[list[Outcome]]:
        if self.executor is None:
            # one BLAS thread a worker (``nlp.numpy_products``): jobs workers fill jobs
            # cores, not jobs times as many threads; read when a worker loads NumPy
            os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
            # spawn, not fork: a worker starts from a clean interpreter, whatever threads
            # or libraries the parent holds, on every platform alike.
            self.executor = ProcessPoolExecutor(
                self.jobs, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(self.pack, self.extractor, self.factory),
            )
        return self.executor.submit(_worker_extract, chunk)

    def _take(self, pending: deque) -> Iterator[Extracted]:
        chunk, future = pending[0]
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            self._recover(pending)
            chunk, future = pending[0]
            outcomes = future.result()
        pending.popleft()
        yield from _paired(chunk, outcomes)

    def _recover(self, pending: deque) -> None:
        """A worker died, and every chunk in flight with it: read each of their documents
        again alone, one at a time, so that the one that kills a worker is the one named."""
        self._stop(wait=False)
        items = list(pending)
        pending.clear()
        for chunk, future in items:
            if future.done() and not future.cancelled() and future.exception() is None:
                pending.append((chunk, future))
            else:
                pending.append((chunk, _ready([self._alone(document) for document in chunk])))

    def _alone(self, document: Document) -> Outcome:
        try:
            return self._submit([document]).result()[0]
        except BrokenProcessPool:
            self._stop(wait=False)
            return (), (), "extraction failed: the worker process reading it died (out of memory?)"

    def _stop(self, wait: bool) -> None:
        executor, self.executor = self.executor, None
        if executor is None:
            return
        if not wait:
            # Nothing more is wanted from them: stop the workers now rather than let them
            # finish chunks nobody will read (a Ctrl-C, an error in the consumer).
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                process.terminate()
        executor.shutdown(wait=wait, cancel_futures=True)
