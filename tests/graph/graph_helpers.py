"""Helpers for the graph tests: documents and claims built from short sentences."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from claim_helpers import make_claim, make_document  # noqa: F401 - used by the graph tests
from stancegraph.schema.models import Claim, Document, DomainPack




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
