"""The test Neo4j itself: loopback only, Browser served over HTTP, gone without a trace."""

from __future__ import annotations

import signal
import urllib.request
from urllib.parse import urlsplit

import pytest
from neo4j_server import LauncherError, start_neo4j, unavailable

import neo4j

pytestmark = pytest.mark.neo4j


def test_session_server_listens_on_loopback_and_says_its_version(neo4j_server):
    assert urlsplit(neo4j_server.bolt_uri).hostname == "127.0.0.1"
    assert urlsplit(neo4j_server.http_uri).hostname == "127.0.0.1"
    assert neo4j_server.version.startswith("5.26.")


def test_http_connector_serves_neo4j_browser(neo4j_server):
    with urllib.request.urlopen(neo4j_server.http_uri + "/browser/", timeout=30) as response:
        assert response.status == 200
        page = response.read().decode("utf-8", "replace")
    assert "<html" in page.lower()
    with urllib.request.urlopen(neo4j_server.http_uri + "/", timeout=30) as response:
        discovery = response.read().decode()
    # The Browser connects where the discovery document points: the real Bolt port.
    assert neo4j_server.bolt_uri in discovery


def test_launcher_without_auth_stops_on_sigterm_and_removes_its_folder():
    try:
        server = start_neo4j(password=None)
    except LauncherError as error:
        unavailable(str(error))
    try:
        with neo4j.GraphDatabase.driver(server.bolt_uri, auth=None) as driver:
            assert driver.execute_query("RETURN 1 AS one").records[0]["one"] == 1
        assert any(server.folder.iterdir())  # Neo4j's files are in the folder we gave it

        server.process.send_signal(signal.SIGTERM)
        returncode = server.process.wait(60)

        assert returncode in (0, 128 + signal.SIGTERM)  # the JVM's exit status on SIGTERM
        # The launcher removed its Neo4j home; the harness leaves a log4j file in the JVM's
        # temporary folder, which stop() removes with the folder.
        assert [p.name for p in server.folder.iterdir() if p.is_dir()] == []
    finally:
        server.stop()
    assert not server.folder.exists()
