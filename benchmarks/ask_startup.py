"""How long ``stancegraph ask`` takes from the shell, next to ``python -c "import networkx"``.

Query commands must start fast: they never import spaCy. This times whole processes, the
way a user meets them: N runs each of ``python -c "import networkx"`` (the floor every
graph command pays), ``stancegraph --version`` (the CLI alone) and ``stancegraph ask "who
rejects foreign troops?" --store S``, and prints the mean, the fastest and the slowest.
Without ``--store`` it first ingests the seed articles (``../shared/seeds``) or, without
them, ``examples/articles`` into a temporary store (that part is not timed). Run it with
``python benchmarks/ask_startup.py [--runs 20] [--store S]``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "articles"
QUESTION = "who rejects foreign troops?"


def stancegraph_command() -> list[str]:
    """The installed console script, or the same entry point through this Python."""
    script = shutil.which("stancegraph")
    if script:
        return [script]
    return [sys.executable, "-c", "from stancegraph.cli import main; main()"]


def time_runs(command: list[str], runs: int) -> list[float]:
    """Wall seconds of each of ``runs`` runs (after one untimed warm-up run)."""
    subprocess.run(command, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each command")
    parser.add_argument("--store", default=None, help="an ingested store (default: build one)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        store = args.store
        if store is None:
            from stancegraph.pipeline import ingest

            source = SEEDS if SEEDS.is_dir() else EXAMPLES
            store = str(Path(scratch) / "store")
            summary = ingest([source], store=store)
            print(f"store: {summary.read} documents, {summary.claims} claims from {source}")
        commands = {
            'python -c "import networkx"': [sys.executable, "-c", "import networkx"],
            "stancegraph --version": [*stancegraph_command(), "--version"],
            f'stancegraph ask "{QUESTION}"': [*stancegraph_command(), "ask", QUESTION,
                                              "--store", store],
        }
        print(f"{args.runs} runs each, wall time in seconds")
        print(f"{'command':45} {'mean':>7} {'min':>7} {'max':>7}")
        for name, command in commands.items():
            times = time_runs(command, args.runs)
            print(f"{name:45} {statistics.mean(times):7.3f} {min(times):7.3f} {max(times):7.3f}")


if __name__ == "__main__":
    main()
