"""Read a domain pack from YAML into a validated ``DomainPack``.

A pack is a YAML mapping whose keys are the fields of ``DomainPack``. Every problem -- a
missing file, bad YAML, a field the models reject -- becomes one ``PackError`` line in the
form compilers use, ``FILE:LINE: field actors[3].kind: message``, the line being that of the
offending node. Packs shipped in ``stancegraph.packs`` can be named without a path and are
parsed once per process.
"""

from __future__ import annotations

import functools
import os
import re
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from stancegraph.errors import PackError
from stancegraph.loaders.yamldata import Location, child, parse_model
from stancegraph.schema import DomainPack

DEFAULT_PACK = "russia_ukraine_2025"
"""The pack used when none is named: the 2025 Russia-Ukraine ceasefire talks."""

_PACKAGE = "stancegraph.packs"
_PACK_NAME = re.compile(r"^[a-z0-9][a-z0-9_]*$")


def load_pack(path: str | os.PathLike[str] | None = None) -> DomainPack:
    """Read and validate a domain pack.

    Parameters
    ----------
    path : str, os.PathLike or None
        A YAML file; or the name of a shipped pack (``"russia_ukraine_2025"``: a string
        that is a bare lower_snake_case name, with no directory and no ``.yaml``); or None
        for ``DEFAULT_PACK``. Shipped packs are parsed once and then served from a cache.

    Returns
    -------
    DomainPack
        The pack, frozen: a cached pack can be shared safely.

    Raises
    ------
    PackError
        The file is missing or unreadable, is not YAML, its top level is not a mapping, or
        a field is wrong. The message is one line naming the file, the line and the field.

    Examples
    --------
    >>> pack = load_pack()
    >>> pack.id
    'russia_ukraine_2025'
    >>> pack.actor("rustem_umerov").party
    'ukraine'
    >>> load_pack("russia_ukraine_2025") is pack
    True
    """
    if path is None:
        return _load_shipped(DEFAULT_PACK)
    if isinstance(path, str) and not path.strip():
        raise PackError("no pack given: name a pack file or a shipped pack")
    if isinstance(path, str) and _PACK_NAME.match(path):
        return _load_shipped(path)
    source = Path(path)
    return _parse_pack(_read_text(source, str(source)), str(source))


def shipped_packs() -> tuple[str, ...]:
    """Return the names of the packs that ship with stancegraph, sorted.

    >>> "russia_ukraine_2025" in shipped_packs()
    True
    """
    return tuple(
        sorted(
            entry.name.removesuffix(".yaml")
            for entry in resources.files(_PACKAGE).iterdir()
            if entry.name.endswith(".yaml")
        )
    )


@functools.lru_cache(maxsize=None)
def _load_shipped(name: str) -> DomainPack:
    resource = resources.files(_PACKAGE) / f"{name}.yaml"
    if not resource.is_file():
        raise PackError(
            f"unknown pack {name!r}: the shipped packs are {', '.join(shipped_packs())}; "
            f"to load a file, give its path (./{name}.yaml)"
        )
    return _parse_pack(_read_text(resource, str(resource)), str(resource))


def _read_text(source: Path | Traversable, label: str) -> str:
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise PackError(
            f"{label}: no such pack file (shipped packs are named without a path: "
            f"{', '.join(shipped_packs())})"
        ) from None
    except IsADirectoryError:
        raise PackError(f"{label}: is a directory, not a pack file") from None
    except OSError as exc:
        raise PackError(f"{label}: cannot read the pack: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PackError(
            f"{label}:{line}: not UTF-8 text (byte {data[exc.start]:#04x}); save the pack as UTF-8"
        ) from None


def _parse_pack(text: str, label: str) -> DomainPack:
    return parse_model(text, label, DomainPack, PackError,
                       expected="a mapping with id, label, actors, topics", what="pack",
                       locate=_locate_pack_level_error)


def _locate_pack_level_error(message: str, root: Node) -> Location:
    # DomainPack's cross-reference checks run on the whole pack, so pydantic reports them with
    # an empty location. Their messages start by naming the entry at fault ("actor 'x': party
    # 'y' is not a declared actor"); point at that entry, and at the key the message names.
    found = re.match(r"(actor|commentator|topic|infrastructure)\b[^']*'([^']+)'", message)
    if found is None:
        return ()
    noun, entry_id = found.groups()
    sections = {
        "actor": ("actors", "commentators"),
        "commentator": ("commentators",),
        "topic": ("topics",),
        "infrastructure": ("infrastructure",),
    }[noun]
    matches: list[tuple[str, int, MappingNode]] = []
    for section in sections:
        entries = child(root, section)
        if isinstance(entries, SequenceNode):
            for index, entry in enumerate(entries.value):
                entry_id_node = child(entry, "id")
                if isinstance(entry_id_node, ScalarNode) and entry_id_node.value == entry_id:
                    matches.append((section, index, entry))
    if not matches:
        return ()
    if "declared twice" in message:
        section, index, _ = matches[-1]
        return (section, index, "id")
    section, index, entry = matches[0]
    for key in ("party", "parent", "broader", "kind"):
        if key in message and child(entry, key) is not None:
            return (section, index, key)
    return (section, index)
