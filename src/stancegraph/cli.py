"""The ``stancegraph`` command: the click group and the console entry point.

The commands live in ``stancegraph.commands``, one module per concern. The group knows
them by name and imports a command's module only when that command runs (or when
``--help`` lists them all), so ``stancegraph ask`` never pays for the modules of
``ingest`` or ``push``, and nothing here imports spaCy.

Errors the library raises on purpose (``StancegraphError``) are one line and exit status 1
(``commands.options.reports_errors``). Anything else is a bug: one line too, unless
``--debug`` or ``STANCEGRAPH_DEBUG=1`` asks for its traceback.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import traceback

import click

from stancegraph import __version__

COMMANDS: dict[str, str] = {
    "ingest": "stancegraph.commands.store:ingest",
    "reextract": "stancegraph.commands.store:reextract",
    "stats": "stancegraph.commands.store:stats",
    "schema": "stancegraph.commands.schema:schema",
    "extract": "stancegraph.commands.extraction:extract",
    "evaluate": "stancegraph.commands.extraction:evaluate",
    "export": "stancegraph.commands.exports:export",
    "push": "stancegraph.commands.neo4j:push",
    "ask": "stancegraph.commands.queries:ask",
    "positions": "stancegraph.commands.queries:positions",
    "who": "stancegraph.commands.queries:who",
    "compare": "stancegraph.commands.queries:compare",
    "matrix": "stancegraph.commands.queries:matrix",
    "changes": "stancegraph.commands.queries:changes",
    "report": "stancegraph.commands.report:report",
    "pack": "stancegraph.commands.packs:pack",
}
"""Command name -> ``module:attribute`` of its click command."""

DEBUG_ENVIRONMENT_VARIABLE = "STANCEGRAPH_DEBUG"


class StancegraphGroup(click.Group):
    """A click group that imports each command when it is needed and reports bugs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is not None or name not in COMMANDS:
            return command
        module, attribute = COMMANDS[name].split(":")
        return getattr(importlib.import_module(module), attribute)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except (KeyboardInterrupt, BrokenPipeError):
            raise  # main() ends these quietly
        except Exception as error:
            report_internal_error(error, debug=bool(ctx.params.get("debug")))
            ctx.exit(1)


def report_internal_error(error: BaseException, debug: bool) -> None:
    """Print a bug on stderr: its traceback when debugging, else one line saying how to
    see it."""
    if debug:
        click.echo("".join(traceback.format_exception(error)).rstrip(), err=True)
        return
    click.echo(
        f"stancegraph: internal error: {type(error).__name__}: {error} "
        f"(run with --debug or {DEBUG_ENVIRONMENT_VARIABLE}=1 to see the traceback)",
        err=True,
    )


@click.group(cls=StancegraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="stancegraph")
@click.option(
    "--debug", is_flag=True, envvar=DEBUG_ENVIRONMENT_VARIABLE,
    help=f"Show the traceback of an internal error (also {DEBUG_ENVIRONMENT_VARIABLE}=1).",
)
def cli(debug):
    """Who stands where in a negotiation, read from news articles.

    \b
    Example:
      stancegraph ingest examples/articles && stancegraph ask "who rejects foreign troops?"
    """
    logging.getLogger("trafilatura").setLevel(logging.ERROR)


def main():
    """Console entry point: a bug is one line and exit status 1, unless debugging."""
    try:
        cli.main(prog_name="stancegraph")
    except (KeyboardInterrupt, BrokenPipeError):
        sys.exit(130)
    except Exception as error:  # raised before a command ran (while listing commands, say)
        report_internal_error(error, debug=_debug_requested(sys.argv[1:]))
        sys.exit(1)


def _debug_requested(arguments: list[str]) -> bool:
    """``--debug`` or ``$STANCEGRAPH_DEBUG``, read as click reads them, for errors raised
    before the group's options are parsed."""
    try:
        from_environment = click.BOOL.convert(
            os.environ.get(DEBUG_ENVIRONMENT_VARIABLE, ""), None, None
        )
    except click.BadParameter:
        from_environment = False
    return "--debug" in arguments or bool(from_environment)
