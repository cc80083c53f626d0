"""Documents and claims built from short sentences, for tests in every folder."""

from __future__ import annotations

from typing import Any

from stancegraph.schema.models import Claim, Document, Evidence


def make_document(sentences: list[str], source: str, **fields: Any) -> Document:
    """Return a document whose text is the sentences joined by spaces."""
    return Document.from_text(" ".join(sentences), source=source, **fields)


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
