"""``stancegraph pack``: draft a domain pack from articles, and check one."""

from __future__ import annotations

import sys

import click

from stancegraph.commands.options import reports_errors


@click.group()
def pack():
    """Write a domain pack for your own negotiation.

    \b
    Example:
      stancegraph pack suggest articles/ -o my_pack.yaml && stancegraph pack check my_pack.yaml articles/
    """


@pack.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="File to write the draft to (default: standard output).")
@click.option("--id", "pack_id", default="my_negotiation", show_default=True,
              help="The pack's id (lower_snake_case).")
@click.option("--label", default="My negotiation", show_default=True, help="The pack's title.")
@reports_errors
def suggest(paths, output, pack_id, label):
    """Draft a pack from articles: actors the recognizer finds, with counts, and topic
    phrases from what stance words are about, ranked. Edit the draft before use.

    \b
    Example:
      stancegraph pack suggest articles/ -o my_pack.yaml
    """
    from stancegraph.loaders.authoring import suggest_pack

    text = suggest_pack(_documents(paths), pack_id=pack_id, label=label)
    if output is None:
        sys.stdout.write(text)
    else:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
        click.echo(f"wrote {output}", err=True)


@pack.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, type=click.Path())
@reports_errors
def check(file, paths):
    """Validate a pack; report phrases two topics share, and, given articles, actors they
    never mention and phrases they never match. Exit 1 if the pack is invalid.

    \b
    Example:
      stancegraph pack check my_pack.yaml articles/
    """
    from stancegraph.loaders.authoring import check_pack

    result = check_pack(file, _documents(paths) if paths else ())
    if not result.valid:
        raise click.ClickException(result.error)
    for finding in result.findings:
        click.echo(finding)
    pack = result.pack
    click.echo(f"{file}: valid: {len(pack.actors)} actors, {len(pack.commentators)} commentators, "
               f"{len(pack.topics)} topics, {len(pack.infrastructure)} infrastructure categories; "
               f"{len(result.findings)} findings", err=True)


def _documents(paths):
    from stancegraph.loaders.documents import read_documents

    loaded = read_documents(paths)
    for failure in loaded.failures:
        click.echo(f"skipped {failure}", err=True)
    if not loaded.documents:
        raise click.ClickException("nothing could be loaded")
    return list(loaded.documents)

