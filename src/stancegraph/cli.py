"""The ``stancegraph`` command: parse options, call the library, format the result.

Heavy imports (spaCy, trafilatura) happen inside the commands that need them, so that
commands reading the store start fast.
"""

from __future__ import annotations

import functools
import json
import logging
import sys

import click

from stancegraph import __version__
from stancegraph.commands.options import extractor_option, pack_option, reports_errors, store_option

@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="stancegraph")
def cli():
    """Who stands where in a negotiation, read from news articles.

    \b
    Example:
      stancegraph ingest examples/articles && stancegraph stats
    """
    logging.getLogger("trafilatura").setLevel(logging.ERROR)


@cli.command()
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


@cli.command()
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


@cli.command()
def schema():
    """Print the JSON Schema of the models every part of stancegraph speaks.

    \b
    Example:
      stancegraph schema > stancegraph.schema.json
    """
    from stancegraph.schema import all_model_json_schemas

    click.echo(json.dumps(all_model_json_schemas(), indent=2, sort_keys=True))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@pack_option
@click.option("--format", "output", type=click.Choice(["jsonl", "table"]), default="table",
              show_default=True, help="JSON Lines (the evaluation kit's format) or a table.")
@extractor_option
@reports_errors
def extract(paths, pack, output, extractor):
    """Print the claims found in articles, without touching the store.

    \b
    Example:
      stancegraph extract articles/*.txt --format jsonl > claims.jsonl
    """
    documents, records = _extract_records(paths, pack, extractor)
    if output == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False, sort_keys=False))
        return
    rows = [(r["doc"], r["actor"], r["stance"], _about(r),
             ",".join(r["infrastructure"]), r["speaker"]) for r in records]
    header = ("document", "actor", "stance", "topic", "infrastructure", "speaker as written")
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    for row in (header, *rows):
        click.echo("  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip())
    click.echo(f"{len(records)} claims from {len(documents)} documents", err=True)


def _about(record: dict) -> str:
    """What a claim is about, for the table: its topic, or whom it accuses (of what)."""
    if record["stance"] != "accuse":
        return record["topic"]
    return f"-> {record['target_actor']}" + (f" ({record['topic']})" if record["topic"] else "")


@cli.command()
@click.argument("gold", type=click.Path())
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@pack_option
@click.option("--show-errors", is_flag=True, help="List false positives and false negatives.")
@extractor_option
@reports_errors
def evaluate(gold, paths, pack, show_errors, extractor):
    """Score extraction on annotated articles against a gold file.

    GOLD is YAML: documents: {FILE_NAME: [{actor, stance, topic | target_actor,
    infrastructure, level: core|soft}, ...]}.

    \b
    Example:
      stancegraph evaluate gold.yaml articles/ --show-errors
    """
    from stancegraph.evaluation import Scorer, load_gold
    from stancegraph.loaders.packs import load_pack

    gold_claims = load_gold(gold)
    _, records = _extract_records(paths, pack, extractor)
    result = Scorer(load_pack(pack)).score(gold_claims, records)
    for line in result.lines(show_errors):
        click.echo(line)


def _extract_records(paths, pack, extractor):
    from stancegraph.loaders.documents import read_documents
    from stancegraph.loaders.packs import load_pack
    from stancegraph.pipeline import claim_record, extract

    loaded = read_documents(paths)
    for failure in loaded.failures:
        click.echo(f"skipped {failure}", err=True)
    if not loaded.documents:
        raise click.ClickException("nothing could be loaded")
    names = {d.id: d.name for d in loaded.documents}
    result = extract(list(loaded.documents), load_pack(pack), extractor=extractor)
    return loaded.documents, [claim_record(c, names[c.evidence.document_id]) for c in result.claims]


# Commands of the query and export modules; importing them must stay cheap (no NLP).
COMMAND_MODULES = (
    "stancegraph.commands.exports",
    "stancegraph.commands.neo4j",
    "stancegraph.commands.packs",
    "stancegraph.commands.queries",
)


def _register_commands() -> None:
    import importlib

    for name in COMMAND_MODULES:
        for command in importlib.import_module(name).COMMANDS:
            cli.add_command(command)


_register_commands()


def main():
    """Console entry point: no traceback ever reaches the user."""
    try:
        cli.main(prog_name="stancegraph")
    except (KeyboardInterrupt, BrokenPipeError):
        sys.exit(130)
    except Exception as error:  # a bug: still one line, and a non-zero exit
        click.echo(f"stancegraph: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(1)
