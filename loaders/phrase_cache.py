"""A pack's phrases as the pipeline tags them, kept on disk between runs.

Building an extractor tags every phrase of the pack (its words, tags and lemmas), and a
phrase with an actor placeholder is tagged once for each of the actor's names: some 9,000
short texts for the Russia-Ukraine pack, two to three seconds before the first article is
read, in every run and in every worker process. The tagged phrases depend only on the
texts and on the pipeline, so they are kept in a file named by a digest of both, and a
later run with the same pack and the same pipeline reads the file instead.

The folder is ``$STANCEGRAPH_CACHE``, else the user's cache folder for stancegraph
(``~/.cache/stancegraph`` on Linux); ``STANCEGRAPH_CACHE=off`` turns the cache off. A file
is written whole under a temporary name and then renamed, so two processes starting at
once never read half a file; one that cannot be read or does not hold the texts it is
named for is tagged again and replaced, and a folder that cannot be written to leaves the
run uncached, never failed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy
import spacy
import thinc
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from stancegraph import __version__
from stancegraph.loaders import nlp as nlp_module
from stancegraph.loaders.nlp import tagging_phrases

CACHE_ENVIRONMENT_VARIABLE = "STANCEGRAPH_CACHE"
OFF = "off"
FORMAT = 1
"""Raised when what a file holds changes, so older files are no longer read."""
ATTRIBUTES = ("ORTH", "NORM", "TAG", "POS", "LEMMA", "MORPH", "SPACY")
"""What the phrase matchers and the set-up read of a tagged phrase."""
KEPT_FILES = 64
"""How many files the folder keeps, the most recently used: one per pack and pipeline."""


def cache_folder() -> Path | None:
    """The folder the tagged phrases are kept in, or None when the cache is off."""
    chosen = os.environ.get(CACHE_ENVIRONMENT_VARIABLE, "").strip()
    if chosen.lower() == OFF:
        return None
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("stancegraph", appauthor=False))


def tagged_phrases(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """``texts`` read by ``nlp`` as a pack's phrases are (``tagging_phrases``), in order:
    from the cache when it holds them, else tagged and then kept."""
    folder = cache_folder()
    path = folder / f"phrases-{_digest(nlp, texts)}.spacy" if folder is not None else None
    if path is not None:
        docs = _read(path, nlp, texts)
        if docs is not None:
            return docs
    with tagging_phrases(nlp):
        docs = list(nlp.pipe(texts))
    if path is not None:
        _write(path, docs)
    return docs


def _digest(nlp: Language, texts: Sequence[str]) -> str:
    """What the tags depend on: the texts, the pipeline's model and settings, the code that
    runs it (spaCy, Thinc, NumPy, and stancegraph's own components, which are in the nlp
    module, read from its source so that an edit there is never served stale tags)."""
    pipeline = [FORMAT, __version__, spacy.__version__, thinc.__version__, numpy.__version__,
                nlp.meta.get("name"), nlp.meta.get("version"), nlp.config.to_str()]  # the config lists the pipes
    digest = hashlib.sha256(json.dumps(pipeline, sort_keys=True, default=str).encode())
    digest.update(Path(nlp_module.__file__).read_bytes())
    digest.update("\n".join(texts).encode())
    return digest.hexdigest()[:32]


def _read(path: Path, nlp: Language, texts: Sequence[str]) -> list[Doc] | None:
    """The tagged phrases of ``path``, or None if it is missing, unreadable, or does not
    hold exactly ``texts``."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    except Exception:  # noqa: BLE001 - a damaged file is tagged again, whatever broke in it
        return None
    if len(docs) != len(texts) or any(doc.text != text for doc, text in zip(docs, texts)):
        return None
    try:
        os.utime(path)  # most recently used: kept when the folder is pruned
    except OSError:
        pass
    return docs


def _write(path: Path, docs: list[Doc]) -> None:
    """Keep ``docs`` in ``path``, whole or not at all, and prune the folder."""
    data = DocBin(attrs=list(ATTRIBUTES), store_user_data=False, docs=docs).to_bytes()
    written = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, written = tempfile.mkstemp(dir=path.parent, prefix=".phrases-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(written, path)
    except OSError:
        if written is not None:
            Path(written).unlink(missing_ok=True)
        return
    _prune(path.parent)


def _prune(folder: Path) -> None:
    """Remove all but the ``KEPT_FILES`` most recently used files of tagged phrases."""
    try:
        files = sorted(folder.glob("phrases-*.spacy"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEPT_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
