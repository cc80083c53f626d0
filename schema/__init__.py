"""The contract between loaders, graph and queries: small, frozen pydantic models.

Nothing here does I/O, NLP or graph work. Loaders return these models, graph code accepts
them, query code answers with them.
"""

from stancegraph.schema.models import (
    POLARITY,
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
    Stance,
    Topic,
    all_model_json_schemas,
    content_id,
    polarity_of,
)

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
