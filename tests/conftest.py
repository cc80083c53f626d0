"""Shared fixtures: the seed corpus and evaluation kit beside the repository, when present."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not present at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not (EVAL / "score.py").is_file():
        pytest.skip(f"evaluation kit not present at {EVAL}")
    return EVAL
