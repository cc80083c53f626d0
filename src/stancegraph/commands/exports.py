"""``stancegraph export``: write the stored graph as GraphML, a Cypher script, CSV or JSON.

The formats are the exporters' own (``stancegraph.graph.export.EXPORTERS``); the CLI
imports this module only when ``export`` runs or ``--help`` lists the commands.
"""

from __future__ import annotations

import os
import sys

import click

from stancegraph.commands.options import reports_errors, store_option
from stancegraph.graph.export import EXPORTERS


@click.command()
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(EXPORTERS)),
    required=True,
    help="graphml (Gephi, yEd, Cytoscape, igraph, networkx), cypher (a script for Neo4j "
    "Browser or cypher-shell), csv (a folder for neo4j-admin database import) or json "
    "(networkx node-link data).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    default=None,
    help="File to write (default: standard output), or for csv the folder (required).",
)
@store_option
@reports_errors
def export(output_format, output, store):
    """Write the stored graph as GraphML, a Cypher script, CSV files or JSON.

    Node labels and relationship types are the graph model's; characters XML 1.0 forbids
    are removed from all text, the same way in every format. The same store gives the
    same bytes.

    \b
    Example:
      stancegraph export --format graphml -o talks.graphml --store negotiations.store
      stancegraph export --format csv -o talks-csv   # prints the neo4j-admin command
    """
    if output_format == "csv" and output in (None, "-"):
        raise click.UsageError("--format csv writes a folder of files; name it with -o DIR")

    from stancegraph.graph.export import export_csv
    from stancegraph.graph.store import GraphStore, resolve_store

    with GraphStore.open(resolve_store(store), create=False) as graph_store:
        graph = graph_store.load_graph()
    counts = f"{graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships"
    if output_format == "csv":
        written = export_csv(graph, output)
        files = len(written.node_files) + len(written.relationship_files)
        click.echo(f"wrote {counts} to {files} files in {output}; import them with:", err=True)
        click.echo(f"  {written.neo4j_admin_command()}", err=True)
        return
    if output in (None, "-"):
        try:
            sys.stdout.flush()
            EXPORTERS[output_format](graph, sys.stdout.buffer)
        except BrokenPipeError:
            # The reader (head, less) stopped early: say nothing more, as click does, and
            # keep Python from failing again when it flushes stdout at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(1) from None
        return
    EXPORTERS[output_format](graph, output)
    click.echo(f"wrote {counts} to {output}", err=True)
