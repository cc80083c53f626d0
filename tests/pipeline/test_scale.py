"""The rule engine at scale, as a user runs it: worker processes that change no byte of
the output, and documents of any length beside ordinary articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from synthetic_corpus import SyntheticCorpus

from stancegraph.cli import cli
from stancegraph.graph.store import GraphStore
from stancegraph.loaders.packs import load_pack

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Thirty generated articles and the project's examples."""
    folder = tmp_path_factory.mktemp("corpus")
    SyntheticCorpus(load_pack(), seed=11).write(folder / "generated", 30)
    for example in EXAMPLES.iterdir():
        (folder / example.name).write_bytes(example.read_bytes())
    return folder


def run(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_extract_with_two_processes_prints_the_bytes_of_one(corpus):
    one = run("extract", str(corpus), "--format", "jsonl", "--jobs", "1").stdout
    two = run("extract", str(corpus), "--format", "jsonl", "--jobs", "2").stdout
    assert one.count("\n") > 300
    assert two == one


def test_ingest_with_two_processes_stores_what_one_stores(corpus, tmp_path):
    for jobs, batch in (("1", "64"), ("2", "7")):
        run("ingest", str(corpus), "--store", str(tmp_path / jobs), "--jobs", jobs,
            "--batch-size", batch)
    exports = [run("export", "--format", "graphml", "--store", str(tmp_path / jobs)).stdout
               for jobs in ("1", "2")]
    assert exports[1] == exports[0]
    rows = []
    for jobs in ("1", "2"):
        with GraphStore.open(tmp_path / jobs) as store:
            rows.append(([d.id for d in store.documents()], store.claims(), store.actors()))
    assert rows[1] == rows[0]


def test_documents_of_1_and_10_mb_are_stored_beside_ordinary_articles(corpus, tmp_path):
    generator = SyntheticCorpus(load_pack(), seed=12)
    long_documents = tmp_path / "long"
    long_documents.mkdir()
    transcript = generator.long_document(185_000)
    closing = "\n\nUkraine demanded a ceasefire before any further round of talks.\n"
    report = generator.long_document(1_720_000, number=1, stances=False) + closing
    (long_documents / "transcript.txt").write_text(transcript, encoding="utf-8")
    (long_documents / "report.txt").write_text(report, encoding="utf-8")
    assert 1.05e6 < len(transcript.encode()) < 2e6 and len(report.encode()) > 10e6
    store = tmp_path / "store"
    result = run("ingest", str(long_documents), str(EXAMPLES), "--store", str(store))
    assert "7 documents read: 7 stored" in result.output and "0 failed" in result.output
    with GraphStore.open(store) as graph_store:
        claims = graph_store.claims()
        texts = {d.id: d.text for d in graph_store.documents()}
    last = max(claims, key=lambda c: c.evidence.start)
    assert last.evidence.start > 10_000_000 and (last.actor, last.stance) == ("ukraine", "demand")
    for claim in claims:
        evidence = claim.evidence
        assert texts[evidence.document_id][evidence.start:evidence.end] == evidence.sentence
