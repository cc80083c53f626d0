"""The Dask engine on a LocalCluster of two workers: the same claims as one process, and a
claims folder that stores the same graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from synthetic_corpus import SyntheticCorpus

from stancegraph.cli import cli
from stancegraph.loaders.packs import load_pack

pytest.importorskip("dask.distributed", reason="the Dask engine needs dask[distributed]")
pytestmark = [pytest.mark.slow, pytest.mark.dask]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def run(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Articles as files and as a JSON Lines file, so a file is cut between partitions."""
    folder = tmp_path_factory.mktemp("corpus")
    generator = SyntheticCorpus(load_pack(), seed=21)
    generator.write(folder / "a_files", 12)
    with (folder / "b_feed.jsonl").open("w", encoding="utf-8") as feed:
        for article in generator.articles(14, start=100):
            feed.write(json.dumps({"text": article.text, "title": article.name}) + "\n")
    for example in EXAMPLES.iterdir():
        (folder / "c_examples").mkdir(exist_ok=True)
        (folder / "c_examples" / example.name).write_bytes(example.read_bytes())
    return folder


def test_dask_partitions_give_the_claims_of_one_process(corpus, tmp_path):
    output = tmp_path / "claims"
    result = run("extract", str(corpus), "--engine", "dask", "--jobs", "2", "--partitions", "5",
                 "--output", str(output))
    assert "31 documents" in result.output
    parts = sorted(output.glob("part-*.claims.jsonl"))
    assert len(parts) == 5
    from_dask = []
    for part in parts:
        for line in part.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            record.pop("document_id")
            from_dask.append(record)
    single = [json.loads(line) for line in
              run("extract", str(corpus), "--format", "jsonl", "--jobs", "1").stdout.splitlines()]
    assert len(single) > 200
    assert from_dask == single


def test_a_dask_claims_folder_stores_the_graph_a_direct_ingest_stores(corpus, tmp_path):
    output = tmp_path / "claims"
    run("extract", str(corpus), "--engine", "dask", "--jobs", "2", "--output", str(output))
    run("ingest", "--claims", str(output), "--store", str(tmp_path / "from_dask"))
    run("ingest", str(corpus), "--store", str(tmp_path / "direct"), "--jobs", "1")
    exports = [run("export", "--format", "graphml", "--store", str(tmp_path / name)).stdout
               for name in ("from_dask", "direct")]
    assert exports[0] == exports[1]


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(EXAMPLES), "--engine", "dask",
                                      "--scheduler", "tcp://127.0.0.1:9", "--output",
                                      str(tmp_path / "claims")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach the Dask scheduler tcp://127.0.0.1:9")
    assert result.output.count("\n") == 1
