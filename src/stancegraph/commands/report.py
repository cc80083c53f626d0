"""``stancegraph report``: the store as one self-contained HTML file."""

from __future__ import annotations

import click

from stancegraph.commands.options import reports_errors, store_option


@click.command()
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default="report.html",
              show_default=True, help="The HTML file to write (replaced whole).")
@click.option("--topic", "topics", multiple=True,
              help="Only this topic (an id or its words) and its sub-topics; repeat for more.")
@click.option("--actor", "actors", multiple=True,
              help="Only this actor (a party with its people); repeat for more.")
@store_option
@reports_errors
def report(output, topics, actors, store):
    """Write the store as one HTML file to open, mail and archive.

    The file holds a position matrix (parties x topics, coloured by stance, click a cell
    for its evidence), the stance graph (pan, zoom, drag, click a node), each party's
    positions with its best quotes and its internal contradictions, and a timeline of
    stances by publication date. Scripts, styles and data are inline: the page makes no
    network request.

    \b
    Example:
      stancegraph report -o talks.html --store negotiations.store
      stancegraph report --topic ceasefire --actor russia --actor ukraine
    """
    from stancegraph.queries import EntityIndex, QueryError, open_view
    from stancegraph.report import write_report

    topic_ids, actor_ids = [], []
    if topics or actors:
        index = EntityIndex(open_view(store))
        for values, found, resolve, hint in ((topics, topic_ids, index.resolve_topic, "--topic"),
                                             (actors, actor_ids, index.resolve_actor, "--actor")):
            for value in values:
                try:
                    found.append(resolve(value))
                except QueryError as error:
                    raise click.BadParameter(str(error), param_hint=hint) from None
    written = write_report(output, store, topics=topic_ids, actors=actor_ids)
    click.echo(f"wrote {written} ({written.stat().st_size:,} bytes)")
