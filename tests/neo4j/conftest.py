"""The test Neo4j: one real Neo4j Community 5.26 for the session, started and always stopped.

``neo4j_server`` starts the launcher in ``launcher/`` (building it with Maven the first
time) with Bolt and HTTP on free loopback ports; Neo4j Browser is served at
``neo4j_server.http_uri + "/browser/"``. When it cannot start, tests that need it fail in
CI (``CI=true``) and are skipped elsewhere, with the reason either way.

``empty_neo4j`` hands a test the server with no data, constraints or indexes of its own.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from neo4j_graphs import clear_database
from neo4j_server import LauncherError, Neo4jServer, start_neo4j, unavailable

import neo4j


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jServer]:
    """A running Neo4j: ``bolt_uri``, ``http_uri``, ``user``, ``password``, ``version``."""
    try:
        server = start_neo4j(http=True)
    except LauncherError as error:
        unavailable(str(error))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: Neo4jServer) -> Iterator[neo4j.Driver]:
    driver = neo4j.GraphDatabase.driver(neo4j_server.bolt_uri, auth=neo4j_server.auth)
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture
def empty_neo4j(neo4j_server: Neo4jServer, neo4j_driver: neo4j.Driver) -> Neo4jServer:
    """The session's Neo4j, emptied: no nodes, no constraints, no indexes but the lookups."""
    clear_database(neo4j_driver)
    return neo4j_server
