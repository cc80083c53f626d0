"""Read a domain pack from YAML into a validated ``DomainPack``.

A pack is a YAML mapping whose keys are the fields of ``DomainPack``. Every problem -- a
missing file, bad YAML, a field the models reject -- becomes one ``PackError`` line in the
form compilers use, ``FILE:LINE: field actors[3].kind: message``, the line being that of the
offending node. Packs shipped in ``stancegraph.packs`` can be named without a path and are
parsed once per process.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from stancegraph.errors import PackError
from stancegraph.schema import Actor, DomainPack, InfrastructureCategory, Topic

DEFAULT_PACK = "russia_ukraine_2025"
"""The pack used when none is named: the 2025 Russia-Ukraine ceasefire talks."""

_PACKAGE = "stancegraph.packs"
# libyaml's parser is several times faster and keeps the same line marks; fall back to the
# pure-Python one where PyYAML was built without it.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PACK_NAME = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_ENTRY_FIELDS: dict[str | int, tuple[str, ...]] = {
    "actors": tuple(Actor.model_fields),
    "commentators": tuple(Actor.model_fields),
    "topics": tuple(Topic.model_fields),
    "infrastructure": tuple(InfrastructureCategory.model_fields),
}

Location = tuple[str | int, ...]


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
    root, data = _parse_yaml(text, label)
    if root is None:
        raise PackError(
            f"{label}:1: the pack is empty: expected a mapping with id, label, actors, topics"
        )
    if not isinstance(data, dict):
        raise PackError(
            f"{label}:{_line(root)}: the top level must be a mapping with id, label, actors, "
            f"topics, not {_describe(data)}"
        )
    _reject_duplicate_keys(root, (), label)
    try:
        return DomainPack.model_validate(data)
    except ValidationError as exc:
        raise PackError(_describe_validation_error(exc, root, label)) from None


def _parse_yaml(text: str, label: str) -> tuple[Node | None, Any]:
    """Compose the node tree (which keeps line numbers) and build Python data from it."""
    loader = None
    try:
        loader = _YAML_LOADER(text)
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "cannot parse"
        if exc.problem and exc.context:
            context_line = exc.context_mark.line + 1 if exc.context_mark else line
            where = f" on line {context_line}" if context_line != line else ""
            if exc.context.startswith("while "):
                problem += f" ({exc.context}{where})"
            else:
                problem = f"{exc.context}{where}, {problem}"
        raise PackError(f"{label}:{line}: invalid YAML: {_one_line(problem)}") from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise PackError(
            f"{label}:{line}: invalid YAML: control character U+{exc.character:04X} is not allowed"
        ) from None
    except yaml.YAMLError as exc:
        raise PackError(f"{label}:1: invalid YAML: {_one_line(str(exc))}") from None
    finally:
        if loader is not None:
            loader.dispose()
    return root, data


def _reject_duplicate_keys(node: Node, location: Location, label: str) -> None:
    # PyYAML keeps the last of two equal keys without a word; in a pack that silently drops
    # data (say, a second `aliases:` in one actor), so it is an error here.
    if isinstance(node, MappingNode):
        first_line: dict[str, int] = {}
        for key, value in node.value:
            if isinstance(key, ScalarNode):
                if key.value in first_line:
                    where = _format_location(location)
                    field = f"field {where}: " if where else ""
                    raise PackError(
                        f"{label}:{_line(key)}: {field}key {key.value!r} appears twice "
                        f"(first on line {first_line[key.value]})"
                    )
                first_line[key.value] = _line(key)
                _reject_duplicate_keys(value, (*location, key.value), label)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            _reject_duplicate_keys(item, (*location, index), label)


def _describe_validation_error(exc: ValidationError, root: Node, label: str) -> str:
    errors = exc.errors(include_url=False)
    # A misspelt key shows up twice: as an unknown key and as a missing required one. The
    # unknown key is the line to fix, so it is reported first.
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    message = _one_line(error["msg"].removeprefix("Value error, "))
    location: Location = tuple(error["loc"])
    if error["type"] == "extra_forbidden":
        message += _spelling_hint(location)
    if not location:
        location = _locate_pack_level_error(message, root)
    line = _line_of(root, location)
    value = error.get("input")
    if error["type"] not in ("missing", "extra_forbidden") and _is_scalar(value) and error["loc"]:
        message += f" (got {value!r})"
        if isinstance(value, bool) and error["type"] == "string_type":
            message += "; quote it: YAML reads yes, no, on, off, true, false as booleans"
    where = _format_location(location)
    text = f"{label}:{line}: field {where}: {message}" if where else f"{label}:{line}: {message}"
    if len(errors) > 1:
        more = len(errors) - 1
        text += f" (and {more} more problem{'s' if more > 1 else ''})"
    return text


def _spelling_hint(location: Location) -> str:
    fields = _ENTRY_FIELDS.get(location[0], ()) if len(location) == 3 else ()
    if len(location) == 1:
        fields = tuple(DomainPack.model_fields)
    close = difflib.get_close_matches(str(location[-1]), fields, n=1)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (the fields are {', '.join(fields)})" if fields else ""


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
        entries = _child(root, section)
        if isinstance(entries, SequenceNode):
            for index, entry in enumerate(entries.value):
                entry_id_node = _child(entry, "id")
                if isinstance(entry_id_node, ScalarNode) and entry_id_node.value == entry_id:
                    matches.append((section, index, entry))
    if not matches:
        return ()
    if "declared twice" in message:
        section, index, _ = matches[-1]
        return (section, index, "id")
    section, index, entry = matches[0]
    for key in ("party", "parent", "broader", "kind"):
        if key in message and _child(entry, key) is not None:
            return (section, index, key)
    return (section, index)


def _line_of(root: Node, location: Location) -> int:
    """Return the line of the deepest node on ``location`` that exists.

    A mapping value is reported at its key's line (a block list starts on the next line);
    a missing field at the line of the entry that lacks it.
    """
    node, line = root, _line(root)
    for step in location:
        child = None
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode) and key.value == str(step):
                    child, line = value, _line(key)
        elif isinstance(node, SequenceNode) and isinstance(step, int):
            if 0 <= step < len(node.value):
                child = node.value[step]
                line = _line(child)
        if child is None:
            break
        node = child
    return line


def _child(node: Node | None, key: str) -> Node | None:
    if not isinstance(node, MappingNode):
        return None
    found = None
    for key_node, value in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            found = value
    return found


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _format_location(location: Location) -> str:
    """('actors', 3, 'kind') -> 'actors[3].kind'."""
    text = ""
    for step in location:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else str(step)
    return text


def _is_scalar(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _describe(data: object) -> str:
    if isinstance(data, list):
        return "a list"
    if isinstance(data, str):
        return f"the text {_one_line(data)[:40]!r}"
    return f"a {type(data).__name__}"


def _one_line(text: str) -> str:
    return " ".join(text.split())
