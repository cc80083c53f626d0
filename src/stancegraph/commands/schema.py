"""``stancegraph schema``: the JSON Schema of the models every part of stancegraph speaks."""

from __future__ import annotations

import json

import click


@click.command()
def schema():
    """Print the JSON Schema of the models every part of stancegraph speaks.

    \b
    Example:
      stancegraph schema > stancegraph.schema.json
    """
    from stancegraph.schema import all_model_json_schemas

    click.echo(json.dumps(all_model_json_schemas(), indent=2, sort_keys=True))
