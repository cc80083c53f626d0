"""Tests of the store under other processes: killed writers and writers at the same time."""

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

from stancegraph.graph.store import GraphStore
from stancegraph.schema.models import Actor

pytestmark = pytest.mark.slow

# Writes `batches` batches, each of `documents` documents with `claims` claims apiece, and
# says on stdout when each write starts and ends. With a "go" file named, it waits for that
# file first, so two writers can be started at the same moment. With `linger` it waits to be
# killed after its last write, so a kill never finds it already gone.
WRITER = r"""
import os, sys, time
from stancegraph.graph.store import GraphStore
from stancegraph.schema.models import Actor
from stancegraph.schema.models import Actor, Claim, Document, Evidence, Topic

folder, run, go = sys.argv[1], sys.argv[2], sys.argv[3]
batches, documents, claims, linger = (int(value) for value in sys.argv[4:8])
entities = [
    Actor(id="russia", name="Russia", kind="state"),
    Actor(id="ukraine", name="Ukraine", kind="state"),
    Topic(id="ceasefire", label="a ceasefire"),
]
store = GraphStore.open(folder)
print("ready", flush=True)
while go != "-" and not os.path.exists(go):
    time.sleep(0.005)
for batch in range(batches):
    batch_documents, batch_claims = [], []
    for d in range(documents):
        sentences = [
            f"Speaker {i} of {run} in batch {batch}, document {d}, wants a ceasefire."
            for i in range(claims)
        ]
        document = Document.from_text(" ".join(sentences), source=f"{run}/{batch}/{d}.txt")
        batch_documents.append(document)
        start = 0
        for i, sentence in enumerate(sentences):
            batch_claims.append(Claim(
                actor="ukraine" if i % 2 else "russia",
                stance=("demand", "reject", "support", "propose")[i % 4],
                topic="ceasefire",
                evidence=Evidence(document_id=document.id, sentence=sentence, start=start,
                                  end=start + len(sentence), speaker=f"Speaker {i}"),
                confidence=0.5,
            ))
            start += len(sentence) + 1
    print(f"writing {batch}", flush=True)
    started = time.perf_counter()
    store.write(entities, batch_documents, batch_claims)
    print(f"wrote {batch} {time.perf_counter() - started:.3f}", flush=True)
store.close()
if linger:
    time.sleep(600)
"""


@pytest.fixture
def start_writer():
    """Start writer processes; any still running when the test ends is killed."""
    started: list[subprocess.Popen[str]] = []

    def start(*args, **kwargs) -> subprocess.Popen[str]:
        writer = _start_writer(*args, **kwargs)
        started.append(writer)
        return writer

    yield start
    for writer in started:
        if writer.poll() is None:
            writer.kill()
        writer.communicate()


def _start_writer(
    folder: Path,
    run: str,
    batches: int,
    documents: int,
    claims: int,
    go: Path | None = None,
    linger: bool = False,
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), run, str(go or "-"), str(batches),
         str(documents), str(claims), str(int(linger))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored_counts(folder: Path) -> tuple[int, dict[str, int]]:
    """Open the store as a user would, check its integrity, return documents and claims."""
    with GraphStore.open(folder) as store:
        connection = sqlite3.connect(store.path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            documents = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
            claims = dict(connection.execute(
                "SELECT documents.id, count(claims.id) FROM documents "
                "LEFT JOIN claims ON claims.document_id = documents.id GROUP BY documents.id"
            ).fetchall())
            orphans = connection.execute(
                "SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)"
            ).fetchone()[0]
        finally:
            connection.close()
        assert orphans == 0
        assert store.stats()["claims"] == sum(claims.values())
    return documents, claims


def test_killed_writer_leaves_the_old_or_the_new_contents(tmp_path, start_writer):
    folder = tmp_path / "store"
    documents_per_batch, claims_per_document, batches = 4, 5_000, 3
    rng = random.Random(20240318)
    stored = 0
    killed_mid_write = 0
    write_seconds = 0.3  # how long one batch takes to write, until a writer reports it
    for iteration in range(6):
        writer = start_writer(folder, f"run{iteration}", batches, documents_per_batch,
                              claims_per_document, linger=True)
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        victim = rng.randrange(batches)
        markers = []
        for line in writer.stdout:
            markers.append(line.split())
            if line.strip() == f"writing {victim}":
                break
        # Kill at a random moment of the victim batch's write, or just after it.
        time.sleep(rng.uniform(0.0, 1.2 * write_seconds))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        after = [line.split() for line in writer.stdout.read().splitlines()]
        error = writer.stderr.read()
        assert writer.returncode == -signal.SIGKILL, error
        durations = [float(m[2]) for m in markers + after if m[0] == "wrote"]
        write_seconds = max(durations, default=write_seconds)
        started = sum(m[0] == "writing" for m in markers + after)
        finished = sum(m[0] == "wrote" for m in markers + after)
        killed_mid_write += started > finished

        documents, claims = stored_counts(folder)
        assert_no_hot_journal(folder)
        # Every batch is all or nothing: whole batches of documents, each with all its claims.
        assert set(claims.values()) <= {claims_per_document}
        added, remainder = divmod(documents - stored, documents_per_batch)
        assert remainder == 0
        assert finished <= added <= started
        stored = documents
    assert killed_mid_write >= 1
    # The next write clears whatever journal the last kill left.
    with GraphStore.open(folder) as store:
        assert store.write([Actor(id="belarus", name="Belarus", kind="state")]).changed
    assert not (folder / "graph.sqlite-journal").exists()


def assert_no_hot_journal(folder: Path) -> None:
    """Opening the store rolls back a hot journal; only a cold one may stay.

    A writer killed after creating its journal but before writing the journal's header
    leaves a file that begins with a zero byte: SQLite knows the database was not touched
    yet, ignores the file, and the next write replaces it.
    """
    journal = folder / "graph.sqlite-journal"
    if journal.exists():
        assert journal.read_bytes()[:1] in (b"", b"\x00")


def test_two_writers_at_once_both_succeed(tmp_path, start_writer):
    folder = tmp_path / "store"
    go = tmp_path / "go"
    batches, documents_per_batch, claims_per_document = 3, 2, 2_500
    writers = [
        start_writer(folder, run, batches, documents_per_batch, claims_per_document, go=go)
        for run in ("alpha", "beta")
    ]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
    go.touch()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.split().count("wrote") == batches

    documents, claims = stored_counts(folder)
    assert documents == 2 * batches * documents_per_batch
    assert set(claims.values()) == {claims_per_document}
    with GraphStore.open(folder) as store:
        sources = {d.source.split("/")[0] for d in store.documents()}
        assert sources == {"alpha", "beta"}
        assert store.stats()["nodes"]["Actor"] == 2
