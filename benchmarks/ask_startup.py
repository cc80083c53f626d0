"""How long ``stancegraph ask`` takes from the shell, next to ``python -c "import networkx"``.

Query commands must start fast: the target is a wall time of at most 1.5 times that of
importing networkx alone, measured in the same run. This times whole processes, the way a
user meets them, alternating the commands run by run so that a busy machine slows them
alike: ``python -c "import networkx"``, ``stancegraph --version`` (the CLI alone) and
``stancegraph ask "who rejects foreign troops?" --store S``. It prints the median, the
fastest and the slowest of each, and the ratio of the medians of ``ask`` and the import.
Without ``--store`` it first ingests ``examples/articles`` into a temporary store (not
timed). Run it with ``python benchmarks/ask_startup.py [--runs 21] [--store S]``.
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
EXAMPLES = ROOT / "examples" / "articles"
QUESTION = "who rejects foreign troops?"
TARGET_RATIO = 1.5


def stancegraph_command() -> list[str]:
    """The console script beside this Python, else the same entry point through it."""
    script = Path(sys.executable).with_name("stancegraph")
    if script.is_file():
        return [str(script)]
    found = shutil.which("stancegraph")
    if found:
        return [found]
    return [sys.executable, "-c", "from stancegraph.cli import main; main()"]


def wall_time(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs of each command")
    parser.add_argument("--store", default=None, help="an ingested store (default: build one)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        store = args.store
        if store is None:
            from stancegraph.pipeline import ingest

            store = str(Path(scratch) / "store")
            summary = ingest([EXAMPLES], store=store)
            print(f"store: {summary.read} documents, {summary.claims} claims from {EXAMPLES}")
        networkx = 'python -c "import networkx"'
        ask = f'stancegraph ask "{QUESTION}"'
        commands = {
            networkx: [sys.executable, "-c", "import networkx"],
            "stancegraph --version": [*stancegraph_command(), "--version"],
            ask: [*stancegraph_command(), "ask", QUESTION, "--store", store],
        }
        answer = subprocess.run(commands[ask], check=True, capture_output=True, text=True)
        print(f"{ask} answers:\n  " + "\n  ".join(answer.stdout.strip().splitlines()[:4]))
        for command in commands.values():  # warm the file cache, untimed
            wall_time(command)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(wall_time(command))

    print(f"\n{args.runs} alternating runs each, wall time in seconds")
    print(f"{'command':45} {'median':>7} {'min':>7} {'max':>7}")
    for name, measured in times.items():
        print(f"{name:45} {statistics.median(measured):7.3f} {min(measured):7.3f} "
              f"{max(measured):7.3f}")
    ratio = statistics.median(times[ask]) / statistics.median(times[networkx])
    verdict = "within" if ratio <= TARGET_RATIO else "over"
    print(f"\nask / import networkx (medians): {ratio:.2f} ({verdict} the target of "
          f"{TARGET_RATIO})")


if __name__ == "__main__":
    main()
