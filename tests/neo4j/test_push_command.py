"""``stancegraph push`` through click's CliRunner, against a temporary store."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from neo4j_graphs import PACK, expected_form, neo4j_form, river_corpus

from stancegraph.cli import cli
from stancegraph.graph import neo4j as library
from stancegraph.graph.store import GraphStore

PASSWORD = "s3cret-for-the-test"


def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "talks.store"
    corpus = river_corpus()
    with GraphStore.open(folder) as graph_store:
        graph_store.write(PACK, corpus.documents, corpus.claims)
    return folder


def test_help_ends_with_an_example():
    result = run("push", "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "stancegraph push" in result.output.split("Example:")[1]
    for variable in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        assert variable in result.output


def test_help_shows_the_writers_defaults():
    help_text = " ".join(run("push", "--help").output.split())
    for default in (library.DEFAULT_URI, library.DEFAULT_USER, library.DEFAULT_BATCH_SIZE):
        assert f"default: {default}" in help_text


def test_unreachable_server_is_one_line_and_exit_1(store):
    result = run("push", "--store", str(store), "--uri", "bolt://127.0.0.1:1",
                 "--password", PASSWORD)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "cannot reach bolt://127.0.0.1:1" in lines[0]
    assert PASSWORD not in result.output


def test_password_from_the_environment_stays_out_of_the_output(store):
    result = run("push", "--store", str(store),
                 env={"NEO4J_URI": "neo4j://127.0.0.1:1", "NEO4J_PASSWORD": PASSWORD})
    assert result.exit_code == 1
    assert "neo4j://127.0.0.1:1" in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert PASSWORD not in result.output


def test_no_password_without_a_terminal_is_a_usage_error(store):
    result = run("push", "--store", str(store), env={"NEO4J_PASSWORD": None})
    assert result.exit_code == 2
    assert "NEO4J_PASSWORD" in result.output


def test_missing_store_is_one_line(tmp_path):
    result = run("push", "--store", str(tmp_path / "nowhere"), "--password", PASSWORD)
    assert result.exit_code == 1
    assert "no store at" in result.output


def test_batch_size_must_be_positive(store):
    result = run("push", "--store", str(store), "--password", PASSWORD, "--batch-size", "0")
    assert result.exit_code == 2


@pytest.mark.neo4j
def test_push_command_writes_the_store_and_twice_changes_nothing(store, empty_neo4j,
                                                                 neo4j_driver):
    environment = {"NEO4J_URI": empty_neo4j.bolt_uri, "NEO4J_USERNAME": empty_neo4j.user,
                   "NEO4J_PASSWORD": empty_neo4j.password}

    first = run("push", "--store", str(store), "--batch-size", "5", env=environment)
    second = run("push", "--store", str(store), env=environment)

    assert first.exit_code == 0, first.output
    with GraphStore.open(store, create=False) as graph_store:
        graph = graph_store.load_graph()
    assert neo4j_form(neo4j_driver) == expected_form(graph)
    assert f"pushed {graph.number_of_nodes()} nodes and {graph.number_of_edges()}" in first.output
    assert second.exit_code == 0, second.output
    assert "nothing changed" in second.output
    assert empty_neo4j.password not in first.output + second.output


@pytest.mark.neo4j
def test_wrong_password_is_one_line_and_exit_1(store, neo4j_server):
    result = run("push", "--store", str(store), "--uri", neo4j_server.bolt_uri,
                 "--user", neo4j_server.user, "--password", PASSWORD)
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert "wrong user name or password" in result.output
    assert PASSWORD not in result.output
