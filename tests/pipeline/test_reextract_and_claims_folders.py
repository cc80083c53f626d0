"""Reading stored documents again with another pack, and claims extracted beforehand into a
claims folder, then stored (``extract --output``, ``ingest --claims``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fake_extractors import article, register

from stancegraph.cli import cli
from stancegraph.graph.store import GraphStore
from stancegraph.pipeline import extraction_record, ingest, reextract
from stancegraph.schema import Actor, DomainPack, Topic

UK_PACK = """\
id: talks
label: Talks
actors:
  - {id: uk, name: UK, kind: state}
  - {id: ukraine, name: Ukraine, kind: state}
topics:
  - {id: ceasefire, label: Ceasefire}
"""
UNITED_KINGDOM_PACK = """\
id: talks
label: Talks
actors:
  - {id: united_kingdom, name: United Kingdom, kind: state, aliases: [UK]}
  - {id: ukraine, name: Ukraine, kind: state}
topics:
  - {id: ceasefire, label: Ceasefire}
"""


@pytest.fixture(autouse=True)
def lines_extractor() -> str:
    return register()


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(1, 6):
        (folder / f"{number}.txt").write_text(
            article(number, "uk demands ceasefire", "ukraine demands ceasefire"))
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def packs(tmp_path) -> tuple[Path, Path]:
    old, new = tmp_path / "uk.yaml", tmp_path / "united_kingdom.yaml"
    old.write_text(UK_PACK)
    new.write_text(UNITED_KINGDOM_PACK)
    return old, new


def test_reextract_with_a_new_pack_replaces_claims_and_drops_the_old_name(articles, tmp_path):
    old, new = packs(tmp_path)
    store = tmp_path / "store"
    ingest([articles], store=store, pack=old, extractor="lines")
    summary = reextract(store=store, pack=new, extractor="lines", batch_size=2)
    assert (summary.read, summary.stored, summary.batches, summary.claims) == (5, 5, 3, 10)
    with GraphStore.open(store) as graph_store:
        assert {c.actor for c in graph_store.claims()} == {"united_kingdom", "ukraine"}
        assert {a.id for a in graph_store.actors()} == {"united_kingdom", "ukraine"}
        record = extraction_record(DomainPack.model_validate({
            "id": "talks", "label": "Talks",
            "actors": [Actor(id="united_kingdom", name="United Kingdom", kind="state",
                             aliases=("UK",)), Actor(id="ukraine", name="Ukraine", kind="state")],
            "topics": [Topic(id="ceasefire", label="Ceasefire")]}), "lines")
        assert graph_store.extraction_records() == {record: 5}
    again = reextract(store=store, pack=new, extractor="lines")
    assert (again.read, again.stored) == (0, 0)
    everything = reextract(store=store, pack=new, extractor="lines", everything=True)
    assert everything.stored == 5


def test_reextract_leaves_the_graph_a_fresh_ingest_gives(articles, tmp_path):
    old, new = packs(tmp_path)
    ingest([articles], store=tmp_path / "reread", pack=old, extractor="lines")
    run("reextract", "--store", str(tmp_path / "reread"), "--pack", str(new), "--extractor", "lines")
    ingest([articles], store=tmp_path / "fresh", pack=new, extractor="lines")
    exports = [run("export", "--format", "graphml", "--store", str(tmp_path / name)).output
               for name in ("reread", "fresh")]
    assert exports[0] == exports[1]


def test_extract_to_a_claims_folder_then_ingest_gives_the_same_store(articles, tmp_path):
    (articles / "6.txt").write_text((articles / "2.txt").read_text())  # a duplicate
    folder = tmp_path / "claims"
    result = run("extract", str(articles), "--output", str(folder), "--extractor", "lines")
    assert result.exit_code == 0, result.output
    manifest = json.loads((folder / "manifest.json").read_text())
    assert (manifest["format"], manifest["extractor"], manifest["partitions"]) == (
        "stancegraph-claims", "lines", 1)
    stored = run("ingest", "--claims", str(folder), "--store", str(tmp_path / "from_claims"))
    assert "1 partition, 5 documents read: 5 stored" in stored.output
    ingest([articles], store=tmp_path / "direct", extractor="lines")
    exports = [run("export", "--format", "graphml", "--store", str(tmp_path / name)).output
               for name in ("from_claims", "direct")]
    assert exports[0] == exports[1]
    again = run("ingest", "--claims", str(folder), "--store", str(tmp_path / "from_claims"))
    assert "0 stored, 5 already stored" in again.output


def test_a_missing_partition_is_named_and_the_others_stored(articles, tmp_path):
    folder = tmp_path / "claims"
    run("extract", str(articles), "--output", str(folder), "--extractor", "lines")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["partitions"] = 2
    (folder / "manifest.json").write_text(json.dumps(manifest))
    result = run("ingest", "--claims", str(folder), "--store", str(tmp_path / "store"))
    assert result.exit_code == 0
    assert (f"skipped {folder / 'part-00001'}.*: partition missing or incomplete (its worker "
            "did not finish); run the extraction again") in result.output
    assert "5 stored" in result.output


def test_a_folder_that_is_not_a_claims_folder_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", "--claims", str(tmp_path), "--store",
                                      str(tmp_path / "s")])
    assert result.exit_code == 1
    assert result.output == (f"Error: {tmp_path}: not a claims folder (no manifest.json); write "
                             "one with stancegraph extract --output FOLDER\n")


def test_paths_and_claims_together_are_a_usage_error(articles, tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(articles), "--claims", str(tmp_path)])
    assert result.exit_code == 2
