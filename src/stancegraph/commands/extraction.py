"""``stancegraph extract`` and ``stancegraph evaluate``: claims from articles, without a store.

Both read the articles and run the extractor named by ``--extractor``; the loaders (and
spaCy) are imported only when a command runs.
"""

from __future__ import annotations

import json

import click

from stancegraph.commands.options import extractor_option, pack_option, reports_errors


@click.command()
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
