"""The contract between loaders, graph and queries: small, frozen pydantic models.

Nothing here does I/O, NLP or graph work. Loaders return these models, graph code accepts
them, query code answers with them.

Importing the package costs nothing: a name is imported from its module (``models`` for
the pydantic models, ``positions`` for the stances and the position rule) when first
used, so code that needs only ``positions`` or ``words`` never builds the models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stancegraph.schema.models import (
        Actor,
        ActorKind,
        Claim,
        Cue,
        Document,
        DomainPack,
        Evidence,
        Identifier,
        InfrastructureCategory,
        PackLexicon,
        Topic,
        all_model_json_schemas,
        content_id,
    )
    from stancegraph.schema.positions import POLARITY, Stance, polarity_of

_HOMES = {
    "POLARITY": "positions",
    "Stance": "positions",
    "polarity_of": "positions",
    "Actor": "models",
    "ActorKind": "models",
    "Claim": "models",
    "Cue": "models",
    "Document": "models",
    "DomainPack": "models",
    "Evidence": "models",
    "Identifier": "models",
    "InfrastructureCategory": "models",
    "PackLexicon": "models",
    "Topic": "models",
    "all_model_json_schemas": "models",
    "content_id": "models",
}

__all__ = [
    "POLARITY",
    "Actor",
    "ActorKind",
    "Claim",
    "Cue",
    "Document",
    "DomainPack",
    "Evidence",
    "Identifier",
    "InfrastructureCategory",
    "PackLexicon",
    "Stance",
    "Topic",
    "all_model_json_schemas",
    "content_id",
    "polarity_of",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
