"""Ingest at scale: generated articles through ``stancegraph ingest``, then the commands a
user runs on the store, and the Dask engine.

Generates ``--documents`` distinct articles of 400 to 900 words (``synthetic_corpus.py``:
templates of our own and the pack's vocabulary, no third-party text) and a first slice of
``--small`` of them, then, for each size, runs the ``stancegraph`` command as a user would:

- ``ingest --jobs 2`` and ``ingest --jobs 1`` into fresh stores, alternating, ``--runs``
  times each: wall time, documents and words a second, CPU seconds (all processes), and
  the peak resident memory of the whole process tree (sampled from /proc every 0.1 s);
- on the store of the largest ``--jobs 2`` run: ``stats``, ``ask``, ``matrix``,
  ``export --format graphml`` and ``push`` into the test Neo4j (``tests/neo4j``; skipped
  when it cannot start, or with ``--no-push``);
- ``extract --engine dask --jobs 2`` (a two-worker LocalCluster) into a claims folder, and
  ``ingest --claims`` of it (``--no-dask`` skips them).

It prints which extractor ran, the machine's cores and load, medians of the runs, and how
each figure grows from the small corpus to the large one. The machine may be shared:
compare CPU seconds as well as wall time. Run ``python benchmarks/scale.py`` (about half an
hour on two cores for 10,000 articles); ``--documents 2000 --small 200`` is a quick look.
Times are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from synthetic_corpus import SyntheticCorpus

from stancegraph.loaders.extractor import DEFAULT_EXTRACTOR
from stancegraph.loaders.packs import load_pack

REPOSITORY = Path(__file__).resolve().parents[1]
STANCEGRAPH = [sys.executable, "-c",
               "import sys; from stancegraph.cli import main; sys.argv[0] = 'stancegraph'; main()"]


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    output: str


def tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (kB)."""
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{pid}/task").iterdir():
                pending.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def measure(arguments: list[str]) -> Run:
    """Run ``stancegraph ARGUMENTS``; its wall time, CPU time and peak tree memory."""
    before = os.times()
    started = time.perf_counter()
    process = subprocess.Popen([*STANCEGRAPH, *arguments], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_kb(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    after = os.times()
    if process.returncode != 0:
        raise SystemExit(f"stancegraph {' '.join(arguments)} failed:\n{output}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return Run(wall, cpu, peak / 1024, output)


def corpus(folder: Path, count: int, generator: SyntheticCorpus) -> tuple[Path, int]:
    """The first ``count`` articles in a folder of their own (kept between runs)."""
    target = folder / f"articles_{count}"
    if not target.is_dir() or len(list(target.iterdir())) != count:
        shutil.rmtree(target, ignore_errors=True)
        generator.write(target, count)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in target.iterdir())
    return target, words


def median(runs: list[Run], attribute: str) -> float:
    return statistics.median(getattr(r, attribute) for r in runs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=1, help="runs of each ingest per size")
    parser.add_argument("--small-runs", type=int, default=3, help="runs per ingest, small size")
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the corpora and stores (kept; default: a temporary one)")
    parser.add_argument("--no-push", action="store_true")
    parser.add_argument("--no-dask", action="store_true")
    arguments = parser.parse_args(argv)

    work = arguments.work or Path(tempfile.mkdtemp(prefix="stancegraph-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    generator = SyntheticCorpus(load_pack())
    print(f"extractor: {DEFAULT_EXTRACTOR} (the default); cores: {os.cpu_count()}; "
          f"load average: {os.getloadavg()[0]:.2f}; work folder: {work}", flush=True)

    results: dict[tuple[int, str], list[Run]] = {}
    sizes = {}
    for count, runs in ((arguments.small, arguments.small_runs), (arguments.documents, arguments.runs)):
        folder, words = corpus(work, count, generator)
        sizes[count] = words
        print(f"\n{count} articles, {words} words ({words / count:.0f} a document)", flush=True)
        for run in range(runs):
            for jobs in ("2", "1"):
                store = work / f"store_{count}_{jobs}"
                shutil.rmtree(store, ignore_errors=True)
                result = measure(["ingest", str(folder), "--store", str(store), "--jobs", jobs])
                results.setdefault((count, jobs), []).append(result)
                print(f"  ingest --jobs {jobs} (run {run + 1}): {result.wall:7.1f} s wall, "
                      f"{count / result.wall:6.1f} documents/s, {words / result.wall:7.0f} words/s, "
                      f"{result.cpu:7.1f} CPU s, peak {result.peak_mb:6.0f} MB "
                      f"(load {os.getloadavg()[0]:.2f})", flush=True)
                print(f"    {result.output.strip().splitlines()[-1]}", flush=True)

    print("\nmedians and growth")
    for jobs in ("2", "1"):
        small, large = results[(arguments.small, jobs)], results[(arguments.documents, jobs)]
        for count, runs in ((arguments.small, small), (arguments.documents, large)):
            wall = median(runs, "wall")
            print(f"  --jobs {jobs}, {count:6} articles: {wall:7.1f} s, {count / wall:6.1f} docs/s, "
                  f"{sizes[count] / wall:7.0f} words/s, {median(runs, 'cpu'):7.1f} CPU s, "
                  f"peak {median(runs, 'peak_mb'):5.0f} MB")
        ratio = median(large, "wall") / median(small, "wall")
        print(f"  --jobs {jobs}: {arguments.documents / arguments.small:.0f}x the articles took "
              f"{ratio:.1f}x the time; peak memory {median(large, 'peak_mb') / median(small, 'peak_mb'):.2f}x")

    store = work / f"store_{arguments.documents}_2"
    print(f"\ncommands on the store of {arguments.documents} articles")
    for name, command in (
        ("stats", ["stats", "--store", str(store)]),
        ("ask", ["ask", "who rejects foreign troops?", "--store", str(store)]),
        ("matrix", ["matrix", "--store", str(store)]),
        ("export graphml", ["export", "--format", "graphml", "-o", str(work / "graph.graphml"),
                            "--store", str(store)]),
    ):
        runs = [measure(command) for _ in range(3)]
        print(f"  {name:15} {median(runs, 'wall'):6.2f} s (median of 3), peak "
              f"{median(runs, 'peak_mb'):5.0f} MB", flush=True)
    if not arguments.no_push:
        push(store)
    if not arguments.no_dask:
        dask(work, arguments.documents, sizes[arguments.documents])


def push(store: Path) -> None:
    sys.path.insert(0, str(REPOSITORY / "tests" / "neo4j"))
    try:
        from neo4j_server import start_neo4j

        server = start_neo4j()
    except Exception as error:  # noqa: BLE001 - any failure to start: say it and go on
        print(f"  push           skipped: the test Neo4j did not start ({error})")
        return
    try:
        for attempt in ("into an empty database", "again, nothing to change"):
            run = measure(["push", "--uri", server.bolt_uri, "--user", server.user,
                           "--password", server.password or "", "--store", str(store)])
            print(f"  push {attempt}: {run.wall:6.1f} s", flush=True)
    finally:
        server.stop()


def dask(work: Path, count: int, words: int) -> None:
    folder = work / f"articles_{count}"
    claims = work / "dask_claims"
    shutil.rmtree(claims, ignore_errors=True)
    run = measure(["extract", str(folder), "--engine", "dask", "--jobs", "2", "-o", str(claims)])
    print(f"\nextract --engine dask (LocalCluster of 2 workers), {count} articles: {run.wall:.1f} s, "
          f"{count / run.wall:.1f} docs/s, {words / run.wall:.0f} words/s, peak {run.peak_mb:.0f} MB",
          flush=True)
    store = work / "store_dask"
    shutil.rmtree(store, ignore_errors=True)
    stored = measure(["ingest", "--claims", str(claims), "--store", str(store)])
    print(f"ingest --claims of it: {stored.wall:.1f} s; together {run.wall + stored.wall:.1f} s",
          flush=True)


if __name__ == "__main__":
    main()
