"""``stancegraph ingest``, ``reextract`` and ``stats``: fill the store, read it again, and
count what it holds.

``ingest`` and ``reextract`` import the pipeline only when they run (and spaCy only once
there is something to extract); ``stats`` counts in SQL and never builds the graph.
"""

from __future__ import annotations

import json
import sys
import time

import click

from stancegraph.commands.options import (
    extractor_option,
    jobs_option,
    max_document_option,
    megabytes,
    pack_option,
    reports_errors,
    store_option,
    verbose_option,
)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@pack_option
@store_option
@extractor_option
@jobs_option
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Documents written in one transaction (a batch is also written after "
                   "5 seconds).")
@max_document_option
@click.option("--claims", "claims_folder", type=click.Path(file_okay=False), default=None,
              help="Load claims extracted beforehand (by `extract --engine dask`) from this "
                   "folder instead of extracting PATHS.")
@verbose_option
@reports_errors
def ingest(paths, pack, store, extractor, jobs, batch_size, max_document_mb, claims_folder,
           verbose):
    """Read articles, extract claims and add them to the graph store.

    PATHS are files (.txt, .md, .html, .jsonl) or folders, read recursively. Documents
    already stored (same text) are skipped, and each batch of documents is stored in one
    transaction: an ingest stopped or killed keeps the batches it stored, and running it
    again finishes the rest.

    \b
    Example:
      stancegraph ingest articles/ --store negotiations.store --jobs 4
    """
    from stancegraph.pipeline import IngestInterrupted
    from stancegraph.pipeline import ingest as run_ingest
    from stancegraph.pipeline import ingest_claims

    if bool(paths) == bool(claims_folder):
        raise click.UsageError("name PATHS to read, or --claims FOLDER, not both")
    if claims_folder and pack:
        raise click.UsageError("--claims stores claims with the pack they were extracted with "
                               "(kept in the folder's manifest); leave out --pack")
    listener = ProgressListener("ingesting", verbose)
    try:
        if claims_folder:
            summary = ingest_claims(claims_folder, store=store, listener=listener,
                                    batch_size=batch_size)
        else:
            summary = run_ingest(paths, store=store, pack=pack, listener=listener,
                                 extractor=extractor, jobs=jobs, batch_size=batch_size,
                                 max_document_bytes=megabytes(max_document_mb))
    except IngestInterrupted as interrupted:
        listener.close()
        report_interruption(interrupted.summary, "stored")
        sys.exit(130)
    finally:
        listener.close()
    report_summary(summary, verbose, "partition" if claims_folder else "file")
    if summary.read == 0:
        raise click.ClickException("nothing could be loaded")


@click.command()
@pack_option
@store_option
@extractor_option
@jobs_option
@click.option("--all", "everything", is_flag=True,
              help="Extract every document again, not only those another pack or extractor "
                   "read.")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Documents whose claims are replaced in one transaction.")
@verbose_option
@reports_errors
def reextract(pack, store, extractor, jobs, everything, batch_size, verbose):
    """Extract the stored documents again, with this pack and extractor, and replace their claims.

    Documents read with another pack, another version of the pack (its content changed)
    or another extractor are extracted again; their claims are replaced one batch at a
    time, each batch one transaction. Once all are read again, the actors, topics and
    categories the pack no longer has and no claim names are removed.

    \b
    Example:
      stancegraph reextract --pack my_pack.yaml --store negotiations.store
    """
    from stancegraph.pipeline import IngestInterrupted
    from stancegraph.pipeline import reextract as run_reextract

    listener = ProgressListener("extracting again", verbose)
    try:
        summary = run_reextract(store=store, pack=pack, listener=listener, extractor=extractor,
                                everything=everything, jobs=jobs, batch_size=batch_size)
    except IngestInterrupted as interrupted:
        listener.close()
        report_interruption(interrupted.summary, "extracted again")
        sys.exit(130)
    finally:
        listener.close()
    for failure in summary.failures:
        click.echo(f"skipped {failure}", err=True)
    click.echo(
        f"{summary.stored} documents extracted again with {summary.extraction} "
        f"({summary.claims} claims), {len(summary.failures)} failed",
        err=True,
    )


class ProgressListener:
    """A progress bar on a terminal (documents a second, time left), warnings always, and
    the details with ``--verbose``."""

    def __init__(self, label: str, verbose: bool):
        self.label = label
        self.verbose = verbose
        self.bar = None
        self.started = time.monotonic()
        self.done = 0

    def total(self, documents: int) -> None:
        if sys.stderr.isatty() and documents:
            self.bar = click.progressbar(length=documents, label=self.label, file=sys.stderr,
                                         show_eta=True, item_show_func=lambda rate: rate)
            self.bar.__enter__()
            self.started = time.monotonic()

    def advance(self, documents: int = 1) -> None:
        self.done += documents
        if self.bar is not None:
            elapsed = max(time.monotonic() - self.started, 1e-9)
            self.bar.update(documents, f"{self.done / elapsed:.1f} documents/s")

    def note(self, text: str) -> None:
        if self.verbose:
            self._echo(text)

    def warn(self, text: str) -> None:
        self._echo(f"warning: {text}")

    def _echo(self, text: str) -> None:
        if self.bar is not None:
            click.echo("\r\033[K", nl=False, err=True)  # the bar is redrawn on its next update
        click.echo(text, err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def report_summary(summary, verbose: bool, unit: str = "file") -> None:
    """The failures, one line each, then one line of counts."""
    for failure in summary.failures:
        click.echo(f"skipped {failure}", err=True)
    duplicates = len(summary.duplicates)
    named = "" if verbose or not duplicates else " (--verbose names them)"
    click.echo(
        f"{counted(summary.files, unit)}, {counted(summary.read, 'document')} read: "
        f"{summary.stored} stored, {summary.already_stored} already stored, "
        f"{counted(duplicates, 'duplicate')} of a document read before{named}, "
        f"{len(summary.failures)} failed; {counted(summary.claims, 'claim')} stored "
        f"in {counted(summary.batches, 'batch')}",
        err=True,
    )


def counted(number: int, noun: str) -> str:
    """``number`` and ``noun``, plural unless one: "1 file", "2 batches"."""
    if number == 1:
        return f"1 {noun}"
    return f"{number} {noun}{'es' if noun.endswith(('s', 'ch')) else 's'}"


def report_interruption(summary, done: str) -> None:
    """What Ctrl-C left: the batches committed stay, the rest is not there."""
    click.echo(
        f"interrupted: {summary.stored} documents were {done} in {summary.batches} batches "
        f"and are kept ({summary.claims} claims); the documents after them were not. "
        "Run the same command again to finish: what is stored is skipped.",
        err=True,
    )


@click.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@reports_errors
def stats(store, as_json):
    """Count the graph's nodes by label and relationships by type.

    \b
    Example:
      stancegraph stats --store negotiations.store --json
    """
    from stancegraph.graph.store import GraphStore, resolve_store

    folder = resolve_store(store)
    with GraphStore.open(folder, create=False) as graph_store:
        counts = graph_store.stats()
    if as_json:
        click.echo(json.dumps(counts, indent=2, sort_keys=True))
        return
    click.echo(f"store {folder}: {counts['documents']} documents, {counts['claims']} claims")
    click.echo("nodes")
    for label, n in sorted(counts["nodes"].items()):
        click.echo(f"  {label:24} {n:>8}")
    click.echo("relationships")
    for kind, n in sorted(counts["relationships"].items()):
        click.echo(f"  {kind:24} {n:>8}")
