"""``stancegraph push``: write the stored graph into a Neo4j database over Bolt.

The defaults are the writer's own (``stancegraph.graph.neo4j``); the CLI imports this
module only when ``push`` runs or ``--help`` lists the commands, and the driver is
imported only when a push connects.
"""

from __future__ import annotations

import logging
import sys

import click

from stancegraph.commands.options import reports_errors, store_option
from stancegraph.graph.neo4j import DEFAULT_BATCH_SIZE, DEFAULT_URI, DEFAULT_USER


@click.command()
@click.option("--uri", envvar="NEO4J_URI", default=DEFAULT_URI, show_default=True,
              show_envvar=True, help="Bolt URI of the server (bolt:// or neo4j://).")
@click.option("--user", envvar="NEO4J_USERNAME", default=DEFAULT_USER, show_default=True,
              show_envvar=True, help="User name.")
@click.option("--password", envvar="NEO4J_PASSWORD", default=None, show_envvar=True,
              help="Password; asked for when not given and stdin is a terminal. Prefer the "
                   "environment variable: a command line is visible to other users.")
@click.option("--database", envvar="NEO4J_DATABASE", default=None, show_envvar=True,
              help="Database name (default: the server's default database).")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE,
              show_default=True, help="Nodes or relationships per transaction.")
@store_option
@reports_errors
def push(uri, user, password, database, batch_size, store):
    """Write the graph in the store into Neo4j, merging with what is there.

    Creates a uniqueness constraint on `id` for each node label, then merges nodes on their
    id and relationships on their ends (stance relationships on their claim id), in batches.
    Pushing the same store twice leaves the database as it was; nothing is deleted.

    \b
    Example:
      NEO4J_PASSWORD=secret stancegraph push --uri bolt://localhost:7687 --store talks.store
    """
    from stancegraph.graph.neo4j import push as run_push
    from stancegraph.graph.store import GraphStore, resolve_store

    # The driver logs a failed connection before raising it; without a handler of the
    # user's, Python would print that record too, and the error is reported once, below.
    driver_log = logging.getLogger("neo4j")
    if not driver_log.handlers:
        driver_log.addHandler(logging.NullHandler())

    if password is None:
        if not sys.stdin.isatty():
            raise click.UsageError(
                "no password: pass --password or set NEO4J_PASSWORD "
                "(--password '' for a server without authentication)"
            )
        password = click.prompt(f"Neo4j password for {user}", hide_input=True, err=True)
    folder = resolve_store(store)
    with GraphStore.open(folder, create=False) as graph_store:
        graph = graph_store.load_graph()
    total = graph.number_of_nodes() + graph.number_of_edges()
    bar = None
    if sys.stderr.isatty() and total:
        bar = click.progressbar(length=total, label="pushing", file=sys.stderr)
        bar.__enter__()
    try:
        summary = run_push(graph, uri, user, password, database=database,
                           batch_size=batch_size, progress=bar.update if bar else None)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    counters = summary.counters
    if summary.changed:
        change = (
            f"{counters.nodes_created} nodes and {counters.relationships_created} "
            f"relationships created, {counters.properties_set} properties set, "
            f"{counters.constraints_added} constraints added"
        )
    else:
        change = "nothing changed"
    click.echo(
        f"pushed {summary.nodes} nodes and {summary.relationships} relationships from "
        f"{folder}: {change}",
        err=True,
    )
