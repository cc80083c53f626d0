"""The offline report: one self-contained HTML file showing who stands where.

``write_report`` reads a store through the query layer (``open_view``, ``matrix``,
``positions``, ``contradictions``, ``histories``) and writes one HTML file that a reader
opens from disk, mails or archives: the position matrix, the stance graph (drawn by the
vendored Cytoscape.js, ``assets/vendor/``), each party's positions, and a timeline. Every
script, style and datum is inline; the page requests nothing.

Imports the query layer and networkx (to lay the graph out); never spaCy or the loaders.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from stancegraph.errors import StancegraphError

__all__ = ["build_report", "write_report"]


def build_report(
    store: str | os.PathLike[str] | None = None,
    *,
    topics: Sequence[str] = (),
    actors: Sequence[str] = (),
    generated: date | None = None,
) -> str:
    """Return the HTML text of the report of a store.

    Parameters
    ----------
    store : str or path-like, optional
        The store folder (``resolve_store`` rules apply).
    topics, actors : sequences of ids
        Only the claims on these topics (with their sub-topics) and by these actors (a
        party with its people); empty: everything.
    generated : date, optional
        A date to print as the day the report was written (left out when None, so the
        same store gives the same bytes).

    Raises
    ------
    StoreError
        If there is no store there or it cannot be read.
    QueryError
        If a topic or an actor is unknown.
    """
    from stancegraph.graph.store import GraphStore, resolve_store
    from stancegraph.queries.view import StanceView
    from stancegraph.report.content import gather, narrowed
    from stancegraph.report.html import render

    folder = resolve_store(store)
    with GraphStore.open(folder, create=False) as graph_store:
        view = StanceView.from_builder(graph_store.load_builder())
        pack = graph_store.pack()
    content = gather(narrowed(view, topics, actors), store=str(folder), pack=pack,
                     filters={"topics": list(topics), "actors": list(actors)})
    return render(content, generated)


def write_report(
    path: str | os.PathLike[str],
    store: str | os.PathLike[str] | None = None,
    *,
    topics: Sequence[str] = (),
    actors: Sequence[str] = (),
    generated: date | None = None,
) -> Path:
    """Write the report of a store to ``path`` (replaced whole, or left as it was).

    Parameters as in ``build_report``.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    StoreError, QueryError
        As ``build_report``.
    StancegraphError
        If the file cannot be written.
    """
    text = build_report(store, topics=topics, actors=actors, generated=generated)
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent,
                                         prefix=f".{target.name}.", delete=False) as out:
            out.write(text)
        # A temporary file is private; the report is for reading, as the umask allows.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(out.name, 0o666 & ~umask)
        os.replace(out.name, target)
    except OSError as error:
        raise StancegraphError(f"REPORT: cannot write {target}: {error.strerror or error}") from error
    return target
