"""The one function that runs "load, extract, store", shared by the CLI and the Python API.

NLP is imported only when there is something to extract, so commands that merely read
the store never pay for spaCy.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from stancegraph.graph.store import GraphStore, WriteResult, resolve_store
from stancegraph.loaders.documents import LoadFailure, read_documents
from stancegraph.loaders.extractor import (
    DEFAULT_EXTRACTOR,
    ExtractionResult,
    create_extractor,
    extractor_names,
)
from stancegraph.loaders.packs import load_pack
from stancegraph.schema import Claim, Document, DomainPack

EXTRACTION_CHUNK = 16
"""Documents extracted between two progress updates."""


@dataclass(frozen=True)
class IngestSummary:
    """What an ingest did: documents read, skipped as already stored, failed; claims stored."""

    read: int
    skipped: int
    failures: tuple[LoadFailure, ...]
    claims: int
    write: WriteResult | None

    @property
    def stored(self) -> int:
        return self.read - self.skipped


def extract(
    documents: Sequence[Document],
    pack: DomainPack,
    progress: Callable[[int], None] | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
) -> ExtractionResult:
    """Extract claims from documents with the extractor registered as ``extractor``.

    ``progress`` is called with the number of documents done after each chunk. With no
    documents, no backend is built (so no NLP model is loaded); an unknown name is still
    an error.
    """
    if not documents and extractor in extractor_names():
        return ExtractionResult([])
    backend = create_extractor(extractor, pack)
    claims: list[Claim] = []
    actors = {}
    for start in range(0, len(documents), EXTRACTION_CHUNK):
        chunk = documents[start:start + EXTRACTION_CHUNK]
        result = backend.extract(chunk)
        claims.extend(result.claims)
        actors.update({a.id: a for a in result.actors})
        if progress:
            progress(len(chunk))
    return ExtractionResult(claims, sorted(actors.values(), key=lambda a: a.id))


def ingest(
    paths: Iterable[str | os.PathLike],
    store: str | os.PathLike | None = None,
    pack: str | os.PathLike | None = None,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
) -> IngestSummary:
    """Read documents, extract claims from the new ones and store everything in one transaction.

    Documents whose content hash is already stored are skipped, so running the same
    ingest twice changes nothing.

    Raises
    ------
    PackError, StoreError
        When the pack is malformed or the store cannot be opened or written.
    """
    domain = load_pack(pack)
    loaded = read_documents(paths)
    with GraphStore.open(resolve_store(store)) as graph_store:
        known = graph_store.known_document_ids()
        new = [d for d in loaded.documents if d.id not in known]
        if on_total:
            on_total(len(new))
        extraction = extract(new, domain, progress, extractor)
        entities = [*domain.actors, *domain.commentators, *domain.topics, *domain.infrastructure,
                    *extraction.actors]
        write = None
        if loaded.documents:
            write = graph_store.write(entities, new, extraction.claims, pack=domain)
    return IngestSummary(
        read=len(loaded.documents),
        skipped=len(loaded.documents) - len(new),
        failures=loaded.failures,
        claims=len(extraction.claims),
        write=write,
    )


def claim_record(claim: Claim, document_name: str, pack: DomainPack | None = None) -> dict:
    """A claim as one line of claims JSON Lines (the evaluation kit's format).

    ``actor`` is the party the claim counts for (positions are compared at party level);
    ``person`` the pack's person or institution who stated it, if it was not the party
    itself. Without a pack the actor is written as extracted.
    """
    evidence = claim.evidence
    holder = pack.actor(claim.actor) if pack is not None else None
    party = holder.party_id if holder is not None else claim.actor
    return {
        "doc": document_name,
        "actor": party,
        "person": claim.actor if party != claim.actor else None,
        "stance": claim.stance,
        "topic": claim.topic,
        "infrastructure": list(claim.infrastructure),
        "target_actor": claim.target_actor,
        "speaker": evidence.speaker,
        "sentence": evidence.sentence,
        "start": evidence.start,
        "end": evidence.end,
        "confidence": claim.confidence,
    }
