"""Fixtures for the query tests.

- ``talks``: a graph built by hand from the shipped pack and a few sentences written for
  these tests, so the query logic is tested apart from extraction (``talks_store``: the
  same in a store); the first document is dated, the second undated;
- ``examples_view`` / ``seeds_view``: the views of the stores the pipeline builds from
  ``examples/articles`` and from ``../shared/seeds`` (``examples_store``, ``seeds_store``
  in ``tests/conftest.py``), each ingested once per test session.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from talks import talks_corpus as build_talks_corpus

from stancegraph.graph import build_graph
from stancegraph.graph.store import GraphStore
from stancegraph.queries import EntityIndex, StanceView, open_view


@pytest.fixture(scope="session")
def talks_corpus():
    """The shipped pack, two documents of sentences written for the tests, their claims."""
    return build_talks_corpus()


@pytest.fixture(scope="session")
def talks_graph(talks_corpus):
    pack, documents, claims = talks_corpus
    return build_graph(
        documents=documents, actors=pack.actors + pack.commentators,
        topics=pack.topics, categories=pack.infrastructure, claims=claims,
    )


@pytest.fixture(scope="session")
def talks_store(talks_corpus, tmp_path_factory) -> Path:
    """The same corpus written to a store, as an ingest would leave it."""
    pack, documents, claims = talks_corpus
    folder = tmp_path_factory.mktemp("talks") / "store"
    with GraphStore.open(folder) as store:
        store.write(pack, documents, claims)
    return folder


@pytest.fixture(scope="session")
def talks(talks_graph) -> StanceView:
    return StanceView(talks_graph)


@pytest.fixture(scope="session")
def talks_index(talks) -> EntityIndex:
    return EntityIndex(talks)


@pytest.fixture(scope="session")
def examples_view(examples_store) -> StanceView:
    return open_view(examples_store)


@pytest.fixture(scope="session")
def seeds_view(seeds_store) -> StanceView:
    return open_view(seeds_store)
