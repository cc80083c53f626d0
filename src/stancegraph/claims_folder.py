"""Claims extracted beforehand, on disk: what ``extract --output`` and the Dask engine write
and ``ingest --claims`` loads into a store.

A claims folder holds a manifest and one set of files per partition of the corpus::

    FOLDER/
      manifest.json                the pack (whole, so ingest needs no pack file), the hash
                                   of its content, the extractor, the format's version
      part-00000.documents.jsonl   the partition's documents in input order: id, source,
                                   title, published, text
      part-00000.claims.jsonl      their claims, document by document: the lines of
                                   ``extract --format jsonl`` with the claim's document_id
      part-00000.actors.jsonl      the actors extraction found that the pack does not name
      part-00000.failures.jsonl    files, lines and documents that gave nothing: path, line,
                                   problem
      part-00000.done              written last: the partition is complete

A partition's files are written under temporary names and renamed when complete, so a
partition whose worker died is simply missing, and running the extraction again
rewrites it. Everything is UTF-8 JSON Lines, readable by any tool.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stancegraph.errors import InputError
from stancegraph.graph.store import ExtractionRecord
from stancegraph.loaders.documents import LoadFailure
from stancegraph.schema import Actor, Claim, Document, DomainPack

MANIFEST = "manifest.json"
FORMAT = "stancegraph-claims"
VERSION = 1
_KINDS = ("documents", "claims", "actors", "failures")

__all__ = [
    "ClaimsFolder",
    "PartitionWriter",
    "StoredDocument",
    "claim_from_record",
    "claim_record",
]


def claim_record(claim: Claim, document_name: str, pack: DomainPack | None = None) -> dict[str, Any]:
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


def claim_from_record(record: dict[str, Any]) -> Claim:
    """The claim a line of a claims folder holds (``claim_record`` with ``document_id``)."""
    return Claim.model_validate({
        "actor": record.get("person") or record["actor"],
        "stance": record["stance"],
        "topic": record["topic"],
        "infrastructure": record["infrastructure"],
        "target_actor": record["target_actor"],
        "confidence": record["confidence"],
        "evidence": {
            "document_id": record["document_id"], "sentence": record["sentence"],
            "start": record["start"], "end": record["end"], "speaker": record["speaker"],
        },
    })


@dataclass(frozen=True)
class StoredDocument:
    """A document read back from a claims folder, with its claims and the actors found."""

    document: Document
    claims: tuple[Claim, ...]
    actors: tuple[Actor, ...]


class PartitionWriter:
    """Writes one partition's files; ``close()`` completes it, ``abort()`` leaves nothing.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with PartitionWriter(folder, 0) as part:
    ...     part.fail(LoadFailure("a.txt", "empty file"))
    >>> sorted(p.name for p in folder.iterdir())[-2:]
    ['part-00000.done', 'part-00000.failures.jsonl']
    """

    def __init__(self, folder: str | os.PathLike[str], index: int, pack: DomainPack | None = None):
        """``pack``: claims are written as ``stancegraph extract`` writes them, at party level
        with the person beside (``claim_record``); they read back as extracted."""
        self.pack = pack
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.stem = f"part-{index:05d}"
        self._files = {
            kind: (self.folder / f"{self.stem}.{kind}.jsonl.tmp").open("w", encoding="utf-8")
            for kind in _KINDS
        }

    def add(self, document: Document, claims: tuple[Claim, ...], actors: tuple[Actor, ...]) -> None:
        """Add a document with its claims and the actors found."""
        published = document.published.isoformat() if document.published else None
        self._line("documents", {"id": document.id, "source": document.source,
                                 "title": document.title, "published": published,
                                 "text": document.text})
        for claim in claims:
            self._line("claims", {**claim_record(claim, document.name, self.pack),
                                  "document_id": claim.evidence.document_id})
        for actor in actors:
            self._line("actors", actor.model_dump(mode="json"))

    def fail(self, failure: LoadFailure) -> None:
        self._line("failures", {"path": failure.path, "line": failure.line,
                                "problem": failure.problem})

    def _line(self, kind: str, record: dict[str, Any]) -> None:
        self._files[kind].write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        for kind, stream in self._files.items():
            stream.close()
            os.replace(stream.name, self.folder / f"{self.stem}.{kind}.jsonl")
        (self.folder / f"{self.stem}.done").write_text("", encoding="utf-8")

    def abort(self) -> None:
        for stream in self._files.values():
            stream.close()
            Path(stream.name).unlink(missing_ok=True)

    def __enter__(self) -> PartitionWriter:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if error is None:
            self.close()
        else:
            self.abort()


class ClaimsFolder:
    """A claims folder: its manifest, and its partitions read back in order."""

    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = Path(folder)

    def write_manifest(self, pack: DomainPack, record: ExtractionRecord, partitions: int) -> None:
        """Start the folder: the manifest, and no partition of an earlier run left over."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("part-*"):
            old.unlink()
        manifest = {
            "format": FORMAT, "version": VERSION, "extractor": record.extractor,
            "pack_hash": record.pack_hash, "partitions": partitions,
            "pack": pack.model_dump(mode="json"),
        }
        (self.folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1),
                                            encoding="utf-8")

    def manifest(self) -> tuple[DomainPack, ExtractionRecord, int]:
        """The pack, what extracted the claims, and how many partitions there should be.

        Raises
        ------
        InputError
            When the folder has no manifest or one this stancegraph does not read.
        """
        path = self.folder / MANIFEST
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(
                f"{self.folder}: not a claims folder (no {MANIFEST}); write one with "
                "stancegraph extract --output FOLDER"
            ) from None
        except (OSError, ValueError) as error:
            raise InputError(f"{path}: cannot read the manifest: {error}") from None
        if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
            raise InputError(
                f"{path}: not a {FORMAT} manifest of version {VERSION}; extract again with "
                "this stancegraph"
            )
        pack = DomainPack.model_validate(manifest["pack"])
        record = ExtractionRecord(pack.id, manifest["pack_hash"], manifest["extractor"])
        return pack, record, int(manifest["partitions"])

    def count_documents(self) -> int:
        """How many documents the complete partitions hold (lines counted, not parsed)."""
        total = 0
        for path in self.folder.glob("part-*.documents.jsonl"):
            with path.open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
        return total

    def read(self) -> Iterator[StoredDocument | LoadFailure]:
        """The documents of every complete partition, in order, each with its claims; then
        the failures, and one for each partition that is missing or incomplete."""
        _, _, partitions = self.manifest()
        failures: list[LoadFailure] = []
        for index in range(partitions):
            stem = self.folder / f"part-{index:05d}"
            if not Path(f"{stem}.done").exists():
                failures.append(LoadFailure(
                    f"{stem}.*", "partition missing or incomplete (its worker did not finish); "
                    "run the extraction again"))
                continue
            yield from self._partition(stem)
            failures.extend(
                LoadFailure(r["path"], r["problem"], r["line"])
                for r in _records(Path(f"{stem}.failures.jsonl"))
            )
        yield from failures

    def _partition(self, stem: Path) -> Iterator[StoredDocument]:
        claims = _Peekable(_records(Path(f"{stem}.claims.jsonl")))
        actors = [Actor.model_validate(r) for r in _records(Path(f"{stem}.actors.jsonl"))]
        first = True
        for record in _records(Path(f"{stem}.documents.jsonl")):
            document = Document.model_validate(record)
            own: list[Claim] = []
            while claims.peek() is not None and claims.peek()["document_id"] == document.id:
                own.append(claim_from_record(next(claims)))
            yield StoredDocument(document, tuple(own), tuple(actors) if first else ())
            first = False


def _records(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except ValueError as error:
                        raise InputError(f"{path}:{number}: not valid JSON: {error}") from None
    except FileNotFoundError:
        raise InputError(f"{path}: missing; run the extraction again") from None


class _Peekable:
    def __init__(self, items: Iterator[dict[str, Any]]):
        self._items = items
        self._next: dict[str, Any] | None = next(items, None)

    def peek(self) -> dict[str, Any] | None:
        return self._next

    def __next__(self) -> dict[str, Any]:
        item = self._next
        if item is None:
            raise StopIteration
        self._next = next(self._items, None)
        return item
