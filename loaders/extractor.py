"""The extraction seam: documents in, claims out, whatever does the reading.

Every backend -- the rule engine, a learned model, an LLM -- is a ``ClaimExtractor``: built
from a domain pack, it turns documents into an ``ExtractionResult``. Backends are found by
name in a registry, so the pipeline, the CLI's ``--extractor`` option and ``evaluate`` treat
them alike. This module imports no NLP library: a registered backend is imported only when
it is created.

>>> "rules" in extractor_names()
True
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from stancegraph.errors import StancegraphError
from stancegraph.schema import Actor, Claim, Document, DomainPack

DEFAULT_EXTRACTOR = "rules"


@dataclass
class ExtractionResult:
    """Claims read from documents, and the actors found that the pack does not know."""

    claims: list[Claim]
    actors: list[Actor] = field(default_factory=list)


@runtime_checkable
class ClaimExtractor(Protocol):
    """Reads claims from documents for one domain pack.

    ``extract`` must be deterministic (the same documents give the same claims in the same
    order) and every claim's evidence must satisfy ``document.text[start:end] == sentence``;
    ``stancegraph.loaders.sentences`` gives any backend those offsets.
    """

    def extract(self, documents: Sequence[Document]) -> ExtractionResult: ...


ExtractorFactory = Callable[[DomainPack], ClaimExtractor]

_REGISTRY: dict[str, ExtractorFactory | str] = {
    "rules": "stancegraph.loaders.extraction.learned.extractor:LearnedExtractor",
    "rules-only": "stancegraph.loaders.extraction:RuleExtractor",
}
"""Name -> factory, or "module:attribute" of a factory imported on first use. ``rules`` is
the rule engine's passes reviewed by the claim classifier (``extraction.learned``), which
raises F1 on the development corpus's test parts; ``rules-only`` is the passes alone."""


def register_extractor(name: str, factory: ExtractorFactory | str) -> None:
    """Make an extractor available by ``name`` (to ``--extractor`` and ``create_extractor``).

    ``factory`` is called with the domain pack; it may be given as "module:attribute" so
    that registering it imports nothing.
    """
    _REGISTRY[name] = factory


def extractor_names() -> list[str]:
    """The registered extractor names, the default first."""
    return sorted(_REGISTRY, key=lambda name: (name != DEFAULT_EXTRACTOR, name))


def registered_factory(name: str) -> ExtractorFactory | str:
    """What ``name`` is registered as: a factory, or its "module:attribute". Worker
    processes register the same, so an extractor registered at run time works there too.

    Raises
    ------
    StancegraphError
        When no extractor of that name is registered.
    """
    factory = _REGISTRY.get(name)
    if factory is None:
        raise StancegraphError(
            f"unknown extractor {name!r}; registered: {', '.join(extractor_names())}"
        )
    return factory


def create_extractor(name: str, pack: DomainPack) -> ClaimExtractor:
    """Build the extractor registered as ``name`` for ``pack``.

    Raises
    ------
    StancegraphError
        When no extractor of that name is registered.
    """
    factory = registered_factory(name)
    if isinstance(factory, str):
        module, _, attribute = factory.partition(":")
        factory = getattr(importlib.import_module(module), attribute)
    return factory(pack)
