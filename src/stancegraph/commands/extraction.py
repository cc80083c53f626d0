"""``stancegraph extract`` and ``stancegraph evaluate``: claims from articles, without a store.

Both read the articles and run the extractor named by ``--extractor``; the loaders (and
spaCy) are imported only when a command runs.
"""

from __future__ import annotations

import json
import sys

import click

from stancegraph.commands.options import (
    extractor_option,
    jobs_option,
    max_document_option,
    megabytes,
    pack_option,
    reports_errors,
    verbose_option,
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@pack_option
@click.option("--format", "output", type=click.Choice(["jsonl", "table"]), default="table",
              show_default=True, help="JSON Lines (the evaluation kit's format) or a table.")
@extractor_option
@jobs_option
@click.option("--output", "-o", "folder", type=click.Path(file_okay=False), default=None,
              help="Write a claims folder (documents, claims, found actors) for "
                   "`ingest --claims` instead of printing.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True,
              help="local: processes on this machine (--jobs). dask: partitions on a Dask "
                   "cluster, written to --output.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="The Dask scheduler (tcp://HOST:8786); without it a local cluster of "
                   "--jobs workers is started.")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Parts the corpus is cut into for Dask [default: 4 per worker].")
@max_document_option
@verbose_option
@reports_errors
def extract(paths, pack, output, extractor, jobs, folder, engine, scheduler, partitions,
            max_document_mb, verbose):
    """Print the claims found in articles, without touching the store.

    JSON Lines are printed as documents finish, in input order. With --output the
    documents and their claims go to a claims folder that `ingest --claims` stores; with
    --engine dask the corpus is extracted in partitions on a Dask cluster (see
    docs/dask.md).

    \b
    Example:
      stancegraph extract articles/*.txt --format jsonl > claims.jsonl
      stancegraph extract archive/ --engine dask --scheduler tcp://10.0.0.5:8786 -o claims/
    """
    from stancegraph.commands.store import ProgressListener
    from stancegraph.loaders.packs import load_pack
    from stancegraph.pipeline import IngestSummary, claim_record, extract_paths

    if engine == "dask" or scheduler or partitions:
        if engine != "dask":
            raise click.UsageError("--scheduler and --partitions are options of --engine dask")
        if not folder:
            raise click.UsageError("--engine dask writes a claims folder: name it with --output")
        return _extract_on_dask(paths, folder, pack, extractor, jobs, scheduler, partitions,
                                max_document_mb, verbose)
    domain = load_pack(pack)
    summary = IngestSummary()
    listener = ProgressListener("extracting", verbose)
    extracted = extract_paths(paths, domain, listener, extractor, jobs=jobs,
                              max_document_bytes=megabytes(max_document_mb), summary=summary)
    try:
        if folder:
            _write_claims_folder(folder, domain, extractor, extracted, summary)
        elif output == "jsonl":
            for done in extracted:
                for claim in done.claims:
                    click.echo(json.dumps(claim_record(claim, done.document.name, domain),
                                          ensure_ascii=False, sort_keys=False))
                sys.stdout.flush()  # a reader down a pipe gets each document as it is done
        else:
            records = [claim_record(c, d.document.name, domain) for d in extracted for c in d.claims]
            listener.close()
            _print_table(records)
    finally:
        listener.close()
    for failure in summary.failures:
        click.echo(f"skipped {failure}", err=True)
    where = f" into {folder}" if folder else ""
    click.echo(f"{summary.claims} claims from {summary.read} documents{where}"
               f"{_duplicates(summary)}", err=True)
    if summary.read == 0:
        raise click.ClickException("nothing could be loaded")


def _write_claims_folder(folder, pack, extractor, extracted, summary) -> None:
    from stancegraph.claims_folder import ClaimsFolder, PartitionWriter
    from stancegraph.pipeline import extraction_record

    ClaimsFolder(folder).write_manifest(pack, extraction_record(pack, extractor), partitions=1)
    with PartitionWriter(folder, 0, pack) as writer:
        for done in extracted:
            if not done.error:
                writer.add(done.document, done.claims, done.actors)
        for failure in summary.failures:
            writer.fail(failure)


def _extract_on_dask(paths, folder, pack, extractor, jobs, scheduler, partitions,
                     max_document_mb, verbose) -> None:
    from stancegraph.commands.store import ProgressListener
    from stancegraph.distributed import extract_on_dask

    listener = ProgressListener("partitions", verbose)
    try:
        summary = extract_on_dask(paths, folder, pack, extractor, scheduler=scheduler,
                                  workers=jobs, partitions=partitions,
                                  max_document_bytes=megabytes(max_document_mb),
                                  listener=listener)
    finally:
        listener.close()
    for failure in summary.failures:
        click.echo(f"skipped {failure}", err=True)
    click.echo(f"{summary.claims} claims from {summary.read} documents into {folder}"
               f"{_duplicates(summary)}; store them with: stancegraph ingest --claims {folder}",
               err=True)
    if summary.read == 0:
        raise click.ClickException("nothing could be loaded")


def _duplicates(summary) -> str:
    count = len(summary.duplicates)
    return f" ({count} duplicates of another document skipped)" if count else ""


def _print_table(records: list[dict]) -> None:
    rows = [(r["doc"], r["actor"], r["stance"], _about(r),
             ",".join(r["infrastructure"]), r["speaker"]) for r in records]
    header = ("document", "actor", "stance", "topic", "infrastructure", "speaker as written")
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    for row in (header, *rows):
        click.echo("  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip())


@click.command()
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


def _about(record: dict) -> str:
    """What a claim is about, for the table: its topic, or whom it accuses (of what)."""
    if record["stance"] != "accuse":
        return record["topic"]
    return f"-> {record['target_actor']}" + (f" ({record['topic']})" if record["topic"] else "")


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
    domain = load_pack(pack)
    result = extract(list(loaded.documents), domain, extractor=extractor)
    return loaded.documents, [claim_record(c, names[c.evidence.document_id], domain) for c in result.claims]
