"""Build and run the test Neo4j in ``launcher/``: Neo4j Community 5.26 in process, from Maven.

``start_neo4j`` builds the launcher with Maven when it is missing or older than its sources
(the first build downloads Neo4j's jars from Maven Central into ``~/.m2``), starts it on
free loopback ports with its data in a temporary folder, and waits for the ``BOLT`` line.
``Neo4jServer.stop`` closes the launcher's stdin, which makes it shut Neo4j down and remove
its folder; a test session killed outright closes that pipe too.

``run_neo4j_admin`` runs Neo4j's own ``neo4j-admin`` from the same classpath against a
home folder of the caller's (``database import full`` for the CSV export).

Used by the session fixture in ``conftest.py`` and by ``benchmarks/neo4j_push.py``; run
``python tests/neo4j/neo4j_server.py`` to build it (``.ci/run`` does), add ``--start --http``
to explore a throwaway Neo4j by hand.
"""

from __future__ import annotations

import collections
import fcntl
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

LAUNCHER = Path(__file__).resolve().parent / "launcher"
POM = LAUNCHER / "pom.xml"
TARGET = LAUNCHER / "target"
CLASSES = TARGET / "classes"
CLASSPATH_FILE = TARGET / "classpath.txt"
BUILT_STAMP = TARGET / ".built"
"""Touched after each successful build: Maven leaves an unchanged classpath.txt as it was."""
MAIN_CLASS = "org.stancegraph.testneo4j.TestNeo4j"
ADMIN_CLASS = "org.neo4j.server.startup.Neo4jAdminCommand"
"""``neo4j-admin`` itself, on the launcher's classpath (org.neo4j:neo4j brings the importer)."""

USER = "neo4j"
PASSWORD = "stancegraph-test"
START_TIMEOUT = 180.0
BUILD_TIMEOUT = 1200.0


class LauncherError(Exception):
    """The test Neo4j could not be built or started; the message says why."""


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def unavailable(reason: str) -> NoReturn:
    """Fail loudly in CI, skip elsewhere: a CI run must never pass without its Neo4j."""
    import pytest

    if in_ci():
        pytest.fail(f"the test Neo4j is required in CI and did not start: {reason}",
                    pytrace=False)
    pytest.skip(f"the test Neo4j did not start: {reason}")


@dataclass
class Neo4jServer:
    """A running test Neo4j: where to connect, as whom, and how long it took to start."""

    bolt_uri: str
    http_uri: str | None
    version: str
    start_seconds: float
    user: str = USER
    password: str | None = PASSWORD
    process: subprocess.Popen | None = field(default=None, repr=False)
    folder: Path | None = field(default=None, repr=False)
    output: collections.deque = field(default_factory=lambda: collections.deque(maxlen=200),
                                      repr=False)

    @property
    def auth(self) -> tuple[str, str] | None:
        return (self.user, self.password) if self.password is not None else None

    def stop(self, timeout: float = 60.0) -> None:
        """Stop Neo4j: close its stdin, then SIGTERM, then SIGKILL if it will not go."""
        process = self.process
        if process is not None and process.poll() is None:
            try:
                process.stdin.close()
            except OSError:
                pass
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                _abandon(process)
        if self.folder is not None:
            # The launcher removes its own folder; this catches a launcher that was killed.
            shutil.rmtree(self.folder, ignore_errors=True)


def launcher_classpath() -> str:
    """Return the launcher's classpath, building it with Maven first if needed."""
    TARGET.mkdir(exist_ok=True)
    # Two test sessions starting at once must not run two Maven builds into one folder.
    with open(TARGET / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _is_built():
            build_launcher()
        return f"{CLASSES}{os.pathsep}{CLASSPATH_FILE.read_text().strip()}"


def _is_built() -> bool:
    if not (CLASSPATH_FILE.is_file() and BUILT_STAMP.is_file()):
        return False
    built = BUILT_STAMP.stat().st_mtime
    sources = [POM, *LAUNCHER.joinpath("src").rglob("*.java")]
    if any(source.stat().st_mtime > built for source in sources):
        return False
    compiled = list(CLASSES.rglob("*.class"))
    jars = CLASSPATH_FILE.read_text().strip().split(os.pathsep)
    return bool(compiled) and all(Path(jar).is_file() for jar in jars)


def build_launcher() -> None:
    """Compile the launcher and write its classpath (``mvn package``); raise LauncherError."""
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LauncherError(
            "Maven (mvn) is not on PATH; the test Neo4j needs Maven 3.8+ and Java 17"
        )
    if shutil.which("java") is None:
        raise LauncherError("java is not on PATH; the test Neo4j needs Java 17")
    command = [mvn, "-q", "-B", "-f", str(POM), "package"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise LauncherError(f"{' '.join(command)} took over {BUILD_TIMEOUT:.0f} s") from None
    if result.returncode != 0 or not CLASSPATH_FILE.is_file():
        tail = (result.stdout + result.stderr).strip().splitlines()[-15:]
        raise LauncherError(
            f"{' '.join(command)} failed (exit {result.returncode}):\n" + "\n".join(tail)
        )
    BUILT_STAMP.touch()


def start_neo4j(
    *,
    http: bool = False,
    password: str | None = PASSWORD,
    copy_from: Path | None = None,
    timeout: float = START_TIMEOUT,
) -> Neo4jServer:
    """Start a test Neo4j and return it once its Bolt port accepts connections.

    Parameters
    ----------
    http : bool
        Turn on the HTTP connector too (Neo4j Browser at ``<http_uri>/browser/``).
    password : str or None
        The password of user ``neo4j``; None turns authentication off.
    copy_from : Path, optional
        A Neo4j home (``data/databases/neo4j`` ...) to start from, e.g. after an import.
    timeout : float
        Seconds to wait for the ``BOLT`` line.

    Raises
    ------
    LauncherError
        If Maven or Java is missing, the build fails, or Neo4j does not start in time.
    """
    java = shutil.which("java")
    if java is None:
        raise LauncherError("java is not on PATH; the test Neo4j needs Java 17")
    classpath = launcher_classpath()
    folder = Path(tempfile.mkdtemp(prefix="stancegraph-neo4j-"))
    command = [java, "-XX:+ExitOnOutOfMemoryError",
               f"-Djava.io.tmpdir={folder}", "-cp", classpath, MAIN_CLASS]
    if http:
        command.append("--http")
    if password is None:
        command.append("--no-auth")
    else:
        command += ["--password", password]
    if copy_from is not None:
        command += ["--copy-from", str(copy_from)]
    started = time.monotonic()
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, encoding="utf-8", errors="replace",
    )
    lines: queue.Queue[str | None] = queue.Queue()
    output: collections.deque[str] = collections.deque(maxlen=200)

    def drain() -> None:
        # Keeps reading for the life of the process, so a full pipe never blocks Neo4j.
        for line in process.stdout:
            output.append(line.rstrip("\n"))
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=drain, name="neo4j-output", daemon=True).start()
    found: dict[str, str] = {}
    deadline = started + timeout
    while "BOLT" not in found:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            _abandon(process)
            shutil.rmtree(folder, ignore_errors=True)
            raise LauncherError(
                f"Neo4j did not report its Bolt port within {timeout:.0f} s; last output:\n"
                + "\n".join(list(output)[-15:])
            ) from None
        if line is None:
            process.wait()
            shutil.rmtree(folder, ignore_errors=True)
            errors = [text for text in output if text.startswith("ERROR ")]
            raise LauncherError(
                f"the Neo4j launcher exited with status {process.returncode} before it was "
                f"ready: {errors[-1][6:] if errors else 'no reason given'}; last output:\n"
                + "\n".join(list(output)[-15:])
            )
        word, _, value = line.partition(" ")
        if word in ("NEO4J", "HTTP", "BOLT") and value:
            found[word] = value.strip()
    return Neo4jServer(
        bolt_uri=found["BOLT"],
        http_uri=found.get("HTTP"),
        version=found.get("NEO4J", "unknown"),
        start_seconds=time.monotonic() - started,
        password=password,
        process=process,
        folder=folder,
        output=output,
    )


def _abandon(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run_neo4j_admin(arguments: list[str], home: Path, timeout: float = 600.0
                    ) -> subprocess.CompletedProcess:
    """Run ``neo4j-admin ARGUMENTS`` with ``home`` as NEO4J_HOME; return the finished process.

    ``home`` gets an empty ``conf/neo4j.conf`` if it has none, so the defaults apply; a
    database imported there is started with ``start_neo4j(copy_from=home)``.
    """
    java = shutil.which("java")
    if java is None:
        raise LauncherError("java is not on PATH; neo4j-admin needs Java 17")
    conf = home / "conf"
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "neo4j.conf").touch()
    environment = dict(os.environ, NEO4J_HOME=str(home), NEO4J_CONF=str(conf))
    # The importer writes import.report into its working directory: keep it in ``home``.
    return subprocess.run(
        [java, "-cp", launcher_classpath(), ADMIN_CLASS, *arguments],
        cwd=home, env=environment, capture_output=True, text=True, encoding="utf-8",
        errors="replace", timeout=timeout,
    )


def main(argv: list[str] | None = None) -> int:
    """Build the launcher if needed; with ``--start``, run a Neo4j until Enter or end of input."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="Build (and start) the test Neo4j.")
    parser.add_argument("--start", action="store_true", help="start it and print its URIs")
    parser.add_argument("--http", action="store_true", help="turn on HTTP (Neo4j Browser)")
    arguments = parser.parse_args(argv)
    try:
        launcher_classpath()
        print(f"launcher ready: {CLASSES}", flush=True)
        if not arguments.start:
            return 0
        server = start_neo4j(http=arguments.http)
    except LauncherError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    try:
        print(f"Neo4j {server.version} ready in {server.start_seconds:.1f} s", flush=True)
        print(f"BOLT {server.bolt_uri}  user {server.user}  password {server.password}")
        if server.http_uri:
            print(f"HTTP {server.http_uri}  (Neo4j Browser: {server.http_uri}/browser/)")
        print("press Enter (or end the input) to stop", flush=True)
        sys.stdin.readline()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
