"""Options and error handling shared by every command, defined once (sqlite-utils style)."""

from __future__ import annotations

import functools

import click

from stancegraph.errors import StancegraphError
from stancegraph.graph.store import DEFAULT_STORE, STORE_ENVIRONMENT_VARIABLE

store_option = click.option(
    "--store",
    type=click.Path(file_okay=False),
    default=None,
    help=f"Store folder (default ./{DEFAULT_STORE}, or ${STORE_ENVIRONMENT_VARIABLE}).",
)
pack_option = click.option(
    "--pack",
    default=None,
    help="Domain pack: a YAML file or a shipped pack name (default russia_ukraine_2025).",
)

extractor_option = click.option(
    "--extractor",
    default="rules",
    show_default=True,
    metavar="NAME",
    help="Extraction backend, by its registered name (see stancegraph.loaders.extractor).",
)


def _default_jobs() -> int:
    from stancegraph.parallel import available_cores

    return available_cores()


jobs_option = click.option(
    "--jobs", "-j",
    type=click.IntRange(min=1),
    default=_default_jobs,
    show_default="the machine's cores",
    help="Extraction processes; the output is the same for any number.",
)
max_document_option = click.option(
    "--max-document-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="MB",
    help="Refuse documents larger than this (a text or HTML file, a JSON Lines line) "
         "[default: 20].",
)
verbose_option = click.option(
    "--verbose", "-v", is_flag=True,
    help="Name each duplicate and failed document, and say when each batch is stored.",
)


def megabytes(value: float | None) -> int | None:
    """``--max-document-mb`` in bytes, or None for the default."""
    return None if value is None else int(value * 1024 * 1024)


def reports_errors(command):
    """Turn the project's errors into one line on stderr and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except StancegraphError as error:
            raise click.ClickException(str(error)) from None
        except BrokenPipeError:
            raise  # the reader went away ("| head"): main() ends quietly
        except OSError as error:
            raise click.ClickException(f"{error.filename or ''}: {error.strerror or error}") from None

    return wrapper
