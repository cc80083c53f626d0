"""``stancegraph export``, run with click's CliRunner against a temporary store."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from graph_helpers import Corpus, hash_folder

from stancegraph.cli import cli
from stancegraph.graph.export import EXPORTERS, read_json
from stancegraph.graph.model import build_graph
from stancegraph.graph.store import GraphStore


def run(*args: str, **kwargs):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)


@pytest.fixture
def store(corpus: Corpus, tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    with GraphStore.open(folder) as graph_store:
        graph_store.write(corpus.pack, corpus.documents, corpus.claims)
    return folder


def graph_of(corpus: Corpus) -> nx.MultiDiGraph:
    return build_graph(corpus.documents, **corpus.entities, claims=corpus.claims)


def test_an_unknown_format_is_a_usage_error_naming_every_exporter(store):
    result = CliRunner().invoke(cli, ["export", "--format", "xml", "--store", str(store)])
    assert result.exit_code == 2
    for name in EXPORTERS:
        assert name in result.output


def test_help_ends_with_an_example():
    result = run("export", "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "stancegraph export --format graphml" in result.output
    assert result.output.rstrip().splitlines()[-1].strip().startswith("-h, --help")


@pytest.mark.parametrize("output_format", ["graphml", "cypher", "json"])
def test_single_file_formats_go_to_stdout_by_default(store, corpus, output_format):
    result = run("export", "--format", output_format, "--store", str(store))
    assert result.exit_code == 0, result.output
    expected = io.BytesIO()
    EXPORTERS[output_format](graph_of(corpus), expected)
    assert result.stdout_bytes == expected.getvalue()


def test_json_on_stdout_loads_back_into_the_graph(store, corpus):
    result = run("export", "--format", "json", "--store", str(store))
    assert nx.utils.graphs_equal(read_json(io.BytesIO(result.stdout_bytes)), graph_of(corpus))


@pytest.mark.parametrize("output_format", ["graphml", "cypher", "json"])
def test_output_file_gets_the_same_bytes_as_stdout(store, corpus, tmp_path, output_format):
    graph = graph_of(corpus)
    path = tmp_path / f"graph.{output_format}"
    result = run("export", "--format", output_format, "-o", str(path), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == b""
    assert result.stderr == (
        f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} "
        f"relationships to {path}\n"
    )
    stdout = run("export", "--format", output_format, "--store", str(store)).stdout_bytes
    assert path.read_bytes() == stdout


def test_csv_writes_a_folder_and_prints_the_import_command(store, tmp_path):
    folder = tmp_path / "csv"
    result = run("export", "--format", "csv", "-o", str(folder), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert (folder / "nodes_Actor.csv").read_text(encoding="utf-8").startswith(":ID,:LABEL,")
    assert "neo4j-admin database import full neo4j --nodes=" in result.stderr
    before = hash_folder(folder)
    run("export", "--format", "csv", "-o", str(folder), "--store", str(store))
    assert hash_folder(folder) == before


def test_csv_without_a_folder_is_a_usage_error(store):
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--store", str(store)])
    assert result.exit_code == 2
    assert "name it with -o DIR" in result.output


def test_missing_store_is_one_line_and_exit_1(tmp_path):
    result = CliRunner().invoke(
        cli, ["export", "--format", "graphml", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "no store at" in result.output
    assert not (tmp_path / "none").exists()


def test_unwritable_output_is_one_line_and_exit_1(store, tmp_path):
    result = CliRunner().invoke(cli, [
        "export", "--format", "json", "-o", str(tmp_path / "missing" / "g.json"),
        "--store", str(store)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "cannot write" in result.output


def test_unknown_format_is_a_usage_error(store):
    result = CliRunner().invoke(cli, ["export", "--format", "xml", "--store", str(store)])
    assert result.exit_code == 2


def test_store_from_the_environment(store, corpus):
    result = run("export", "--format", "json", env={"STANCEGRAPH_STORE": str(store)})
    data = json.loads(result.stdout_bytes)
    assert len(data["nodes"]) == graph_of(corpus).number_of_nodes()


def test_export_leaves_the_store_byte_identical(store):
    before = hash_folder(store)
    run("export", "--format", "cypher", "--store", str(store))
    assert hash_folder(store) == before


@pytest.mark.slow
def test_every_format_is_byte_identical_across_processes_and_hash_seeds(store, tmp_path):
    script = (
        "import sys\n"
        "from stancegraph.graph.export import EXPORTERS\n"
        "from stancegraph.graph.store import GraphStore\n"
        "graph = GraphStore.open(sys.argv[1], create=False).load_graph()\n"
        "for name, exporter in EXPORTERS.items():\n"
        "    exporter(graph, sys.argv[2] + '/' + name)\n"
    )
    outputs = []
    for seed in ("1", "2"):
        folder = tmp_path / f"seed-{seed}"
        folder.mkdir()
        subprocess.run(
            [sys.executable, "-c", script, str(store), str(folder)],
            check=True, env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.append({
            str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()
        })
    assert {name.split("/")[0] for name in outputs[0]} == set(EXPORTERS)
    assert outputs[0] == outputs[1]
