"""Helpers for the graph tests: documents and claims built from short sentences."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from stancegraph.schema.models import Claim, Document, DomainPack, Evidence


def make_document(sentences: list[str], source: str) -> Document:
    """Return a document whose text is the sentences joined by spaces."""
    return Document.from_text(" ".join(sentences), source=source)


def make_claim(
    document: Document,
    sentence: str,
    actor: str,
    stance: str,
    topic: str | None = None,
    target_actor: str | None = None,
    infrastructure: tuple[str, ...] = (),
    speaker: str | None = None,
    confidence: float = 0.8,
) -> Claim:
    """Return a claim whose evidence is ``sentence``, found in ``document``'s text."""
    start = document.text.index(sentence)
    return Claim(
        actor=actor,
        stance=stance,
        topic=topic,
        target_actor=target_actor,
        infrastructure=infrastructure,
        evidence=Evidence(
            document_id=document.id,
            sentence=sentence,
            start=start,
            end=start + len(sentence),
            speaker=speaker or actor.capitalize(),
        ),
        confidence=confidence,
    )


@dataclass
class Corpus:
    """A domain pack with documents and the claims read from them."""

    pack: DomainPack
    documents: list[Document]
    claims: list[Claim]

    @property
    def entities(self) -> dict[str, tuple]:
        return {
            "actors": self.pack.actors + self.pack.commentators,
            "topics": self.pack.topics,
            "categories": self.pack.infrastructure,
        }


def hash_folder(folder: Path) -> dict[str, str]:
    """Return the SHA-256 of every file in ``folder``, by name."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }
