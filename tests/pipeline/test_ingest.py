"""Streaming ingest as a user meets it: batches, duplicates, documents already stored,
failures that stay alone, Ctrl-C, and what is (not) left behind. A model-free extractor
(``fake_extractors``) keeps these fast; the rule engine's turn is in test_scale.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from fake_extractors import DIE_HERE, FAIL_HERE, article, register

from stancegraph.cli import cli
from stancegraph.graph.store import GraphStore
from stancegraph.pipeline import IngestInterrupted, Listener, ingest


@pytest.fixture(autouse=True)
def lines_extractor() -> str:
    return register()


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(1, 8):
        (folder / f"{number:02d}.txt").write_text(article(number, "ukraine demands ceasefire"))
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


class Notes(Listener):
    def __init__(self):
        self.notes, self.warnings, self.done, self.expected = [], [], 0, None

    def total(self, documents):
        self.expected = documents

    def advance(self, documents=1):
        self.done += documents

    def note(self, text):
        self.notes.append(text)

    def warn(self, text):
        self.warnings.append(text)


def stored_sources(store: Path) -> list[str]:
    with GraphStore.open(store, create=False) as graph_store:
        return [d.name for d in graph_store.documents()]


def test_each_batch_is_its_own_transaction(articles, tmp_path):
    notes = Notes()
    summary = ingest([articles], store=tmp_path / "store", extractor="lines", batch_size=3,
                     listener=notes)
    assert (summary.files, summary.read, summary.stored, summary.batches) == (7, 7, 7, 3)
    assert notes.notes == ["batch 1 stored: 3 documents, 3 claims",
                           "batch 2 stored: 3 documents, 3 claims",
                           "batch 3 stored: 1 document, 1 claim"]
    assert notes.expected == notes.done == 7


def test_a_second_run_reports_what_was_stored_and_stores_the_rest(articles, tmp_path):
    store = tmp_path / "store"
    first = sorted(articles.iterdir())[:4]
    ingest(first, store=store, extractor="lines")
    summary = ingest([articles], store=store, extractor="lines")
    assert (summary.read, summary.already_stored, summary.stored, summary.claims) == (7, 4, 3, 3)
    assert stored_sources(store) == [f"{n:02d}.txt" for n in range(1, 8)]


def test_duplicates_within_a_run_are_counted_and_named(articles, tmp_path):
    (articles / "copy_of_02.txt").write_text((articles / "02.txt").read_text())
    (articles / "zz_again.txt").write_text((articles / "02.txt").read_text())
    summary = ingest([articles], store=tmp_path / "store", extractor="lines")
    assert (summary.files, summary.read, summary.stored) == (9, 7, 7)
    assert [str(d) for d in summary.duplicates] == [
        f"{articles / 'copy_of_02.txt'}: same text as {articles / '02.txt'}",
        f"{articles / 'zz_again.txt'}: same text as {articles / '02.txt'}",
    ]
    quiet = run("ingest", str(articles), "--store", str(tmp_path / "other"), "--extractor", "lines")
    assert "2 duplicates of a document read before (--verbose names them)" in quiet.output
    loud = run("ingest", str(articles), "--store", str(tmp_path / "third"), "--extractor", "lines",
               "-v")
    assert f"duplicate: {articles / 'copy_of_02.txt'}: same text as" in loud.output


def test_a_document_that_fails_extraction_is_reported_and_the_rest_stored(articles, tmp_path):
    (articles / "03.txt").write_text(article(3, "russia demands sanctions_relief", extra=FAIL_HERE))
    summary = ingest([articles], store=tmp_path / "store", extractor="lines", batch_size=2)
    assert [str(f) for f in summary.failures] == [
        f"{articles / '03.txt'}: extraction failed: ValueError: cannot read 03.txt"]
    assert summary.stored == 6
    assert "03.txt" not in stored_sources(tmp_path / "store")


@pytest.mark.slow
def test_a_document_that_kills_its_worker_is_reported_and_the_rest_stored(articles, tmp_path,
                                                                         monkeypatch):
    monkeypatch.setattr("stancegraph.parallel.DOCUMENTS_PER_WORKER", 1)  # workers for 7
    (articles / "05.txt").write_text(article(5, "russia demands sanctions_relief", extra=DIE_HERE))
    summary = ingest([articles], store=tmp_path / "store", extractor="lines", jobs=2)
    assert [str(f) for f in summary.failures] == [
        f"{articles / '05.txt'}: extraction failed: the worker process reading it died "
        "(out of memory?)"]
    assert stored_sources(tmp_path / "store") == [f"{n:02d}.txt" for n in (1, 2, 3, 4, 6, 7)]


def test_an_ingest_that_stores_nothing_creates_no_store(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    store = tmp_path / "store"
    result = run("ingest", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                 "--store", str(store), "--extractor", "lines")
    assert result.exit_code == 1
    assert "nothing could be loaded" in result.output
    assert not store.exists()


def test_an_unreadable_file_is_skipped_with_one_line_and_the_others_stored(articles, tmp_path,
                                                                          monkeypatch):
    locked = articles / "04.txt"
    original = Path.read_bytes

    def read_bytes(path):
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr("os.access", lambda *args, **kwargs: False)  # as for a user without rights
    result = run("ingest", str(locked), str(articles / "05.txt"), "--store", str(tmp_path / "s"),
                 "--extractor", "lines")
    assert result.exit_code == 0, result.output
    assert f"skipped {locked}: permission denied" in result.output
    assert "1 stored" in result.output


def test_ctrl_c_says_what_is_stored_and_what_is_not(articles, tmp_path, monkeypatch):
    store = tmp_path / "store"

    class Interrupting(Notes):
        def note(self, text):
            if text.startswith("batch 1 stored"):
                raise KeyboardInterrupt

    with pytest.raises(IngestInterrupted) as interrupted:
        ingest([articles], store=store, extractor="lines", batch_size=2, listener=Interrupting())
    assert (interrupted.value.summary.stored, interrupted.value.summary.batches) == (2, 1)
    assert stored_sources(store) == ["01.txt", "02.txt"]

    import stancegraph.commands.store as commands

    class CtrlC(commands.ProgressListener):
        def note(self, text):
            if text.startswith("batch 2 stored"):
                raise KeyboardInterrupt

    monkeypatch.setattr(commands, "ProgressListener", CtrlC)
    result = CliRunner().invoke(cli, ["ingest", str(articles), "--store", str(store),
                                      "--extractor", "lines", "--batch-size", "2"])
    assert result.exit_code == 130
    assert result.output.strip().splitlines()[-1] == (
        "interrupted: 4 documents were stored in 2 batches and are kept (4 claims); the "
        "documents after them were not. Run the same command again to finish: what is stored "
        "is skipped.")
    assert "Aborted" not in result.output
    assert len(stored_sources(store)) == 6


def test_ingesting_with_another_pack_says_so(articles, tmp_path):
    store = tmp_path / "store"
    ingest([articles], store=store, extractor="lines")
    pack = tmp_path / "edited.yaml"
    shipped = Path(__file__).resolve().parents[2] / "src/stancegraph/packs/russia_ukraine_2025.yaml"
    pack.write_text(shipped.read_text().replace("label: Russia-Ukraine ceasefire talks (2025)",
                                                "label: Edited"))
    result = run("ingest", str(articles), "--store", str(store), "--extractor", "lines",
                 "--pack", str(pack))
    warning = result.output.splitlines()[0]
    assert warning.startswith("warning: 7 documents in the store were read with another "
                              "version of pack russia_ukraine_2025")
    assert "stancegraph reextract" in warning


def test_actors_found_by_extraction_are_the_first_found_whatever_the_batches(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "1.txt").write_text(article(1, "ukraine demands ceasefire", extra="Found: Olena"))
    (folder / "2.txt").write_text(article(2, "olena demands ceasefire", extra="Found: Olena"))
    for size in (1, 2):
        store = tmp_path / f"store{size}"
        ingest([folder], store=store, extractor="lines", batch_size=size)
        with GraphStore.open(store) as graph_store:
            assert [a.id for a in graph_store.actors() if a.id == "olena"] == ["olena"]


def test_a_document_over_the_limit_is_one_line_and_the_others_are_stored(articles, tmp_path):
    (articles / "big.txt").write_text(article(99, extra="The envoys talked. " * 100_000))
    result = run("ingest", str(articles), "--store", str(tmp_path / "s"), "--extractor", "lines",
                 "--max-document-mb", "1")
    assert result.exit_code == 0
    assert f"skipped {articles / 'big.txt'}: file is 1.8 MB, larger than the 1 MB limit" in result.output
    assert "7 stored" in result.output


def test_a_store_stays_a_sqlite_database_with_each_document_once(articles, tmp_path):
    store = tmp_path / "store"
    ingest([articles], store=store, extractor="lines", batch_size=2)
    ingest([articles, articles], store=store, extractor="lines", batch_size=2)
    connection = sqlite3.connect(store / "graph.sqlite")
    try:
        rows = connection.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone()
    finally:
        connection.close()
    assert rows == (7, 7)
