"""``stancegraph ingest`` and ``stancegraph stats``: fill the store, and count what it holds.

``ingest`` imports the pipeline (and with it spaCy) only when it runs; ``stats`` counts in
SQL and never builds the graph.
"""

from __future__ import annotations

import json
import sys

import click

from stancegraph.commands.options import extractor_option, pack_option, reports_errors, store_option


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@pack_option
@store_option
@extractor_option
@reports_errors
def ingest(paths, pack, store, extractor):
    """Read articles, extract claims and add them to the graph store.

    PATHS are files (.txt, .md, .html, .jsonl) or folders, read recursively. Documents
    already stored (same text) are skipped.

    \b
    Example:
      stancegraph ingest articles/ --store negotiations.store
    """
    from stancegraph.pipeline import ingest as run_ingest

    bar = None
    show_bar = sys.stderr.isatty()

    def on_total(total):
        nonlocal bar
        if show_bar and total:
            bar = click.progressbar(length=total, label="extracting", file=sys.stderr)
            bar.__enter__()

    def progress(done):
        if bar is not None:
            bar.update(done)

    try:
        summary = run_ingest(paths, store=store, pack=pack, progress=progress, on_total=on_total,
                             extractor=extractor)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for failure in summary.failures:
        click.echo(f"skipped {failure}", err=True)
    click.echo(
        f"{summary.read} documents read: {summary.stored} stored, {summary.skipped} skipped as "
        f"already stored, {len(summary.failures)} failed; {summary.claims} claims extracted",
        err=True,
    )
    if summary.read == 0:
        raise click.ClickException("nothing could be loaded")


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
