"""The Neo4j Browser style sheet, read for the report: one colour per label and type.

The report's graph view and its stance colours come from the same GraSS file users drop on
Neo4j Browser (``docs/neo4j/stancegraph.grass``, shipped as ``assets/stancegraph.grass``),
so a Rejection is the same red in both.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

__all__ = ["Style", "load_style", "parse_grass"]

_RULE = re.compile(r'(\S+)\s*\{((?:[^{}"]|"[^"]*")*)\}')


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Read a GraSS style sheet into ``{selector: {property: value}}``, quotes removed.

    >>> parse_grass('node.Actor { color: #364FC7; caption: "{name}"; }')
    {'node.Actor': {'color': '#364FC7', 'caption': '{name}'}}
    """
    rules: dict[str, dict[str, str]] = {}
    for selector, body in _RULE.findall(text):
        properties = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            if name.strip():
                properties[name.strip()] = value.strip().strip('"')
        rules[selector] = properties
    return rules


class Style:
    """The style of node labels and relationship types, defaults filled in."""

    def __init__(self, rules: dict[str, dict[str, str]]) -> None:
        self.rules = rules

    def node(self, label: str) -> dict[str, str]:
        """The properties of a node label: its own rule over the ``node`` defaults."""
        return {**self.rules.get("node", {}), **self.rules.get(f"node.{label}", {})}

    def relationship(self, kind: str) -> dict[str, str]:
        """The properties of a relationship type over the ``relationship`` defaults."""
        return {**self.rules.get("relationship", {}),
                **self.rules.get(f"relationship.{kind}", {})}

    def color(self, label: str) -> str:
        return self.node(label).get("color", "#A5ABB6")


@functools.lru_cache(maxsize=1)
def load_style() -> Style:
    """The shipped style sheet.

    >>> load_style().color("Rejection")
    '#E03131'
    """
    text = resources.files("stancegraph.report").joinpath(
        "assets", "stancegraph.grass").read_text(encoding="utf-8")
    return Style(parse_grass(text))
