"""Ingests killed, run side by side, and out of disk, as users meet them: the store keeps
every batch committed before, a re-run finishes the rest without redoing them, and every
document is there exactly once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fake_extractors import article, register
from synthetic_corpus import SyntheticCorpus

from stancegraph.cli import cli
from stancegraph.graph.store import GraphStore
from stancegraph.loaders.packs import load_pack

pytestmark = pytest.mark.slow

CLI = "import sys; from stancegraph.cli import main; sys.argv[0] = 'stancegraph'; main()"


def start_ingest(*args: str, extra_path: str | None = None) -> subprocess.Popen[str]:
    environment = dict(os.environ)
    if extra_path:
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [extra_path,
                                                                  environment.get("PYTHONPATH")]))
    return subprocess.Popen([sys.executable, "-c", CLI, "ingest", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=environment)


def check_store(store: Path) -> list[str]:
    """The stored document ids, after checking the file, and that no claim lost its document."""
    connection = sqlite3.connect(store / "graph.sqlite")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        orphans = connection.execute(
            "SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        ids = [row[0] for row in connection.execute("SELECT id FROM documents ORDER BY rowid")]
    finally:
        connection.close()
    assert orphans == 0
    assert len(ids) == len(set(ids)), "a document stored twice"
    return ids


def summary_numbers(line: str) -> tuple[int, int]:
    """(stored, already stored) from the summary line of an ingest."""
    counts = line.split(" read: ")[1].split(", ")
    return int(counts[0].split()[0]), int(counts[1].split()[0])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "articles"
    SyntheticCorpus(load_pack(), seed=31).write(folder, 40)
    return folder


def test_killed_ingests_keep_their_batches_and_a_rerun_finishes_the_rest(corpus, tmp_path):
    store = tmp_path / "store"
    rng = random.Random(7)
    committed_before = 0
    for attempt, jobs in enumerate(("1", "2", "1")):
        ingest = start_ingest(str(corpus), "--store", str(store), "--jobs", jobs,
                              "--batch-size", "4", "--verbose")
        assert ingest.stderr is not None
        batches = 0
        for line in ingest.stderr:
            if line.startswith("batch "):
                batches += 1
                # The first run dies just after its first commit; the others a moment into
                # their extraction or into a write.
                if attempt == 0 or rng.random() < 0.4:
                    break
        time.sleep(0 if attempt == 0 else rng.uniform(0.0, 1.5))
        ingest.send_signal(signal.SIGKILL)
        ingest.wait(timeout=60)
        ingest.stderr.close()
        ingest.stdout.close()
        stored = check_store(store)
        assert len(stored) >= committed_before + 4 * batches
        committed_before = len(stored)
        if attempt == 0:
            assert len(stored) == 4
    finish = subprocess.run([sys.executable, "-c", CLI, "ingest", str(corpus), "--store", str(store)],
                            capture_output=True, text=True, timeout=900)
    assert finish.returncode == 0, finish.stderr
    stored_now, already = summary_numbers(finish.stderr.strip().splitlines()[-1])
    assert (stored_now, already) == (40 - committed_before, committed_before)
    assert len(check_store(store)) == 40
    assert not _workers_left_behind()
    clean = tmp_path / "clean"
    CliRunner().invoke(cli, ["ingest", str(corpus), "--store", str(clean), "--jobs", "1"])
    exports = [CliRunner().invoke(cli, ["export", "--format", "graphml", "--store", str(s)]).stdout
               for s in (store, clean)]
    assert exports[0] == exports[1]


def _workers_left_behind() -> list[str]:
    """Worker processes of this test's ingests still running (a parent killed outright
    must not leave its workers waiting for ever)."""
    deadline = time.monotonic() + 5
    while True:
        found = subprocess.run(["pgrep", "-f", "multiprocessing.spawn"], capture_output=True,
                               text=True).stdout.split()
        mine = [pid for pid in found if _parent_is_gone_or_init(int(pid))]
        if not mine or time.monotonic() > deadline:
            return mine
        time.sleep(0.2)


def _parent_is_gone_or_init(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[1] == "1"


def test_two_ingests_at_once_store_the_union_and_count_only_their_own(corpus, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    files = sorted(corpus.iterdir())[:14]
    for path in files[:9]:
        (first / path.name).write_bytes(path.read_bytes())
    for path in files[5:]:  # four articles in both folders
        (second / path.name).write_bytes(path.read_bytes())
    store = tmp_path / "store"
    ingests = [start_ingest(str(folder), "--store", str(store), "--jobs", "1", "--batch-size", "2")
               for folder in (first, second)]
    results = [ingest.communicate(timeout=900) for ingest in ingests]
    assert [ingest.returncode for ingest in ingests] == [0, 0], results
    numbers = [summary_numbers(stderr.strip().splitlines()[-1]) for _, stderr in results]
    assert sum(stored for stored, _ in numbers) == 14
    assert sum(already for _, already in numbers) == 4
    assert len(check_store(store)) == 14


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True).returncode == 0


def test_a_disk_full_in_a_batch_keeps_the_batches_before_and_says_so(tmp_path, monkeypatch):
    register()
    articles = tmp_path / "articles"
    articles.mkdir()
    padding = "The delegations met again and talked for hours about the schedule. " * 600
    for number in range(1, 41):
        (articles / f"{number:02d}.txt").write_text(
            article(number, "ukraine demands ceasefire", extra=padding))
    disk = tmp_path / "disk"
    real_disk = _mount_tmpfs(disk, "1m")
    if not real_disk:
        # No tmpfs to fill here: SQLite's own "database or disk is full", from a page limit
        # set on the store's connection after its second batch.
        original = GraphStore.write
        calls = []

        def write(self, *args, **kwargs):
            calls.append(1)
            if len(calls) == 3:
                pages = self._db.execute("PRAGMA page_count").fetchone()[0]
                self._db.execute(f"PRAGMA max_page_count = {pages}")
            return original(self, *args, **kwargs)

        monkeypatch.setattr(GraphStore, "write", write)
    try:
        store = disk / "store"
        result = CliRunner().invoke(cli, ["ingest", str(articles), "--store", str(store),
                                          "--extractor", "lines", "--batch-size", "4"])
        assert result.exit_code == 1
        error = result.output.strip().splitlines()[-1]
        assert error.startswith(f"Error: STORE: the disk holding {store / 'graph.sqlite'} is full; "
                                "this write was undone and what was stored before it is intact. "
                                "Free some space and run the same command again (")
        stored = int(error.split("(")[1].split()[0])
        assert stored > 0 and stored % 4 == 0
        assert len(check_store(store)) == stored
    finally:
        if real_disk:
            subprocess.run(["umount", str(disk)], check=True)
