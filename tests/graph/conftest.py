"""Fixtures for the graph tests: a small domain pack and a corpus of claims on it."""

from __future__ import annotations

import pytest
from graph_helpers import Corpus, make_claim, make_document

from stancegraph.schema.models import Actor, DomainPack, InfrastructureCategory, Topic


@pytest.fixture
def pack() -> DomainPack:
    return DomainPack(
        id="test_talks",
        label="Test talks",
        actors=(
            Actor(id="russia", name="Russia", kind="state", aliases=("Moscow", "the Kremlin")),
            Actor(id="ukraine", name="Ukraine", kind="state", aliases=("Kyiv",)),
            Actor(id="lavrov", name="Sergei Lavrov", kind="person", party="russia",
                  roles=("Russian foreign minister",)),
            Actor(id="zelensky", name="Volodymyr Zelensky", kind="person", party="ukraine"),
        ),
        commentators=(Actor(id="analyst", name="An analyst", kind="commentator"),),
        topics=(
            Topic(id="ceasefire", label="a ceasefire", phrases=("ceasefire", "truce")),
            Topic(id="energy_truce", label="a truce on energy strikes", parent="ceasefire"),
            Topic(id="sanctions_relief", label="sanctions relief",
                  opposite_phrases=("sanctions", "new sanctions")),
        ),
        infrastructure=(
            InfrastructureCategory(id="energy", label="energy"),
            InfrastructureCategory(id="power_plants", label="power plants", broader="energy"),
            InfrastructureCategory(id="ports", label="sea ports"),
        ),
    )


@pytest.fixture
def corpus(pack: DomainPack) -> Corpus:
    """Two documents, eight claims: every stance, shared positions, an undeclared actor."""
    first = make_document(
        [
            "Kyiv demands a full ceasefire.",
            "Zelensky proposed a truce covering power plants and ports.",
            "Moscow rejects any ceasefire.",
            "Lavrov accused Ukraine of striking energy sites.",
        ],
        source="news/first.txt",
    )
    second = make_document(
        [
            "Ukraine again demanded a ceasefire on energy targets.",
            "Russia agreed to pause strikes on energy facilities.",
            "Hungary supports sanctions relief.",
            "Russia accuses Ukraine of violating the truce.",
        ],
        source="news/second.txt",
    )
    claims = [
        make_claim(first, "Kyiv demands a full ceasefire.", "ukraine", "demand", "ceasefire"),
        make_claim(first, "Zelensky proposed a truce covering power plants and ports.",
                   "zelensky", "propose", "energy_truce", infrastructure=("power_plants", "ports")),
        make_claim(first, "Moscow rejects any ceasefire.", "russia", "reject", "ceasefire"),
        make_claim(first, "Lavrov accused Ukraine of striking energy sites.", "lavrov", "accuse",
                   target_actor="ukraine"),
        make_claim(second, "Ukraine again demanded a ceasefire on energy targets.", "ukraine",
                   "demand", "ceasefire", infrastructure=("energy",), confidence=0.6),
        make_claim(second, "Russia agreed to pause strikes on energy facilities.", "russia",
                   "concede", "energy_truce", infrastructure=("energy",)),
        make_claim(second, "Hungary supports sanctions relief.", "hungary", "support",
                   "sanctions_relief"),
        make_claim(second, "Russia accuses Ukraine of violating the truce.", "russia", "accuse",
                   topic="ceasefire", target_actor="ukraine"),
    ]
    return Corpus(pack=pack, documents=[first, second], claims=claims)
