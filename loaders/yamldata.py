"""YAML data files read into validated pydantic models, with errors that name the line.

Domain packs and the English lexicon are YAML that people edit. Every problem -- bad YAML,
a key given twice, a field the model rejects -- becomes one line in the form compilers use,
``FILE:LINE: field actors[3].kind: message``, the line being that of the offending node.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from stancegraph.errors import StancegraphError

# libyaml's parser is several times faster and keeps the same line marks; fall back to the
# pure-Python one where PyYAML was built without it.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Location = tuple[str | int, ...]
ModelT = TypeVar("ModelT", bound=BaseModel)
Locator = Callable[[str, Node], Location]
"""Where a model-level error (pydantic gives it no location) points, from its message."""


def parse_model(
    text: str,
    label: str,
    model: type[ModelT],
    error: type[StancegraphError] = StancegraphError,
    expected: str = "a mapping",
    locate: Locator | None = None,
    what: str = "file",
) -> ModelT:
    """Validate the YAML ``text`` of the file ``label`` as ``model``; ``what`` names the
    kind of file in messages ("pack"), ``expected`` what its top level should be.

    Raises
    ------
    error
        One line, ``label:LINE: field LOCATION: message``.
    """
    root, data = parse_yaml(text, label, error)
    if root is None:
        raise error(f"{label}:1: the {what} is empty: expected {expected}")
    if not isinstance(data, dict):
        raise error(f"{label}:{line(root)}: the top level must be {expected}, not {describe(data)}")
    reject_duplicate_keys(root, (), label, error)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise error(describe_validation_error(exc, root, label, model, locate)) from None


def parse_yaml(text: str, label: str, error: type[StancegraphError]) -> tuple[Node | None, Any]:
    """Compose the node tree (which keeps line numbers) and build Python data from it."""
    loader = None
    try:
        loader = _YAML_LOADER(text)
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at = mark.line + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "cannot parse"
        if exc.problem and exc.context:
            context_line = exc.context_mark.line + 1 if exc.context_mark else at
            where = f" on line {context_line}" if context_line != at else ""
            if exc.context.startswith("while "):
                problem += f" ({exc.context}{where})"
            else:
                problem = f"{exc.context}{where}, {problem}"
        raise error(f"{label}:{at}: invalid YAML: {one_line(problem)}") from None
    except yaml.reader.ReaderError as exc:
        at = text.count("\n", 0, exc.position) + 1
        raise error(
            f"{label}:{at}: invalid YAML: control character U+{exc.character:04X} is not allowed"
        ) from None
    except yaml.YAMLError as exc:
        raise error(f"{label}:1: invalid YAML: {one_line(str(exc))}") from None
    finally:
        if loader is not None:
            loader.dispose()
    return root, data


def reject_duplicate_keys(node: Node, location: Location, label: str,
                          error: type[StancegraphError]) -> None:
    """PyYAML keeps the last of two equal keys without a word; that silently drops data (a
    second ``aliases:`` in one actor), so it is an error here."""
    if isinstance(node, MappingNode):
        first_line: dict[str, int] = {}
        for key, value in node.value:
            if isinstance(key, ScalarNode):
                if key.value in first_line:
                    where = format_location(location)
                    field = f"field {where}: " if where else ""
                    raise error(
                        f"{label}:{line(key)}: {field}key {key.value!r} appears twice "
                        f"(first on line {first_line[key.value]})"
                    )
                first_line[key.value] = line(key)
                reject_duplicate_keys(value, (*location, key.value), label, error)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            reject_duplicate_keys(item, (*location, index), label, error)


def describe_validation_error(exc: ValidationError, root: Node, label: str,
                              model: type[BaseModel], locate: Locator | None = None) -> str:
    errors = exc.errors(include_url=False)
    # A misspelt key shows up twice: as an unknown key and as a missing required one. The
    # unknown key is the line to fix, so it is reported first.
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    message = one_line(error["msg"].removeprefix("Value error, "))
    location: Location = tuple(error["loc"])
    if error["type"] == "extra_forbidden":
        message += _spelling_hint(model, location)
    if not location and locate is not None:
        location = locate(message, root)
    at = line_of(root, location)
    value = error.get("input")
    if error["type"] not in ("missing", "extra_forbidden") and _is_scalar(value) and error["loc"]:
        message += f" (got {value!r})"
        if isinstance(value, bool) and error["type"] == "string_type":
            message += "; quote it: YAML reads yes, no, on, off, true, false as booleans"
    where = format_location(location)
    text = f"{label}:{at}: field {where}: {message}" if where else f"{label}:{at}: {message}"
    if len(errors) > 1:
        more = len(errors) - 1
        text += f" (and {more} more problem{'s' if more > 1 else ''})"
    return text


def _spelling_hint(model: type[BaseModel], location: Location) -> str:
    fields = tuple(_model_at(model, location[:-1]).model_fields) if _model_at(model, location[:-1]) else ()
    close = difflib.get_close_matches(str(location[-1]), fields, n=1)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (the fields are {', '.join(fields)})" if fields else ""


def _model_at(model: type[BaseModel], location: Location) -> type[BaseModel] | None:
    """The model that validates the mapping at ``location`` (list indices step into items)."""
    current: Any = model
    for step in location:
        if isinstance(step, int):
            args = [a for a in typing.get_args(current) if a is not Ellipsis]
            current = args[0] if args else None
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(str(step))
        current = field.annotation if field else None
        if isinstance(current, types.UnionType) or typing.get_origin(current) is typing.Union:
            current = next((a for a in typing.get_args(current) if a is not type(None)), None)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def line_of(root: Node, location: Location) -> int:
    """Return the line of the deepest node on ``location`` that exists.

    A mapping value is reported at its key's line (a block list starts on the next line);
    a missing field at the line of the entry that lacks it.
    """
    node, at = root, line(root)
    for step in location:
        child = None
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode) and key.value == str(step):
                    child, at = value, line(key)
        elif isinstance(node, SequenceNode) and isinstance(step, int):
            if 0 <= step < len(node.value):
                child = node.value[step]
                at = line(child)
        if child is None:
            break
        node = child
    return at


def child(node: Node | None, key: str) -> Node | None:
    """The value node of ``key`` in a mapping node (the last, as YAML keeps it)."""
    if not isinstance(node, MappingNode):
        return None
    found = None
    for key_node, value in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            found = value
    return found


def line(node: Node) -> int:
    return node.start_mark.line + 1


def format_location(location: Location) -> str:
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


def describe(data: object) -> str:
    if isinstance(data, list):
        return "a list"
    if isinstance(data, str):
        return f"the text {one_line(data)[:40]!r}"
    return f"a {type(data).__name__}"


def one_line(text: str) -> str:
    return " ".join(text.split())
