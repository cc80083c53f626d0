"""Shared fixtures: the seed corpus and evaluation kit beside the repository, when present,
and the stores the pipeline builds from ``examples/articles`` and from the seeds."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"


def pytest_configure(config):
    """Tagged pack phrases are kept in a folder of the test session's own, shared by the
    processes it starts, never in the user's cache."""
    config.phrase_cache = tempfile.mkdtemp(prefix="stancegraph-test-cache-")
    os.environ["STANCEGRAPH_CACHE"] = config.phrase_cache


def pytest_unconfigure(config):
    shutil.rmtree(getattr(config, "phrase_cache", ""), ignore_errors=True)


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


def ingested_store(tmp_path_factory, name: str, source: Path) -> Path:
    """The store of ``source``, ingested by the pipeline (and the NLP model) once a session."""
    folder = tmp_path_factory.getbasetemp() / "query-stores" / name
    if not (folder / "graph.sqlite").is_file():
        from stancegraph.pipeline import ingest

        summary = ingest([source], store=folder)
        assert summary.read > 0, f"nothing ingested from {source}"
    return folder


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory) -> Path:
    """``examples/articles`` ingested; tests using it need the NLP model (mark them slow)."""
    return ingested_store(tmp_path_factory, "examples", EXAMPLES)


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory, seeds_dir) -> Path:
    """The seed articles ingested; tests using it are marked seeds and slow."""
    return ingested_store(tmp_path_factory, "seeds", seeds_dir)
