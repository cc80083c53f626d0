"""Reading a written report back: what its matrix, party sections and links hold."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class ReadReport:
    matrix_rows: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str], dict] = field(default_factory=dict)
    answers: dict[str, set[tuple]] = field(default_factory=dict)
    addresses: list[str] = field(default_factory=list)
    data: dict = field(default_factory=dict)
    scripts: int = 0


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = ReadReport()
        self.party: str | None = None
        self.in_data = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in ("src", "href", "action", "srcset", "poster", "data", "formaction"):
            if name in attributes:
                self.found.addresses.append(attributes[name])
        classes = (attributes.get("class") or "").split()
        if tag == "tr" and "data-party" in attributes and self.party is None \
                and not self.found.answers:
            self.found.matrix_rows.append(attributes["data-party"])
        if tag == "td" and "cell" in classes:
            self.found.cells[(attributes["data-party"], attributes["data-topic"])] = {
                "polarity": attributes["data-polarity"],
                "stances": json.loads(attributes["data-stances"]),
                "documents": int(attributes["data-documents"]),
            }
        if tag == "article" and "party" in classes:
            self.party = attributes["data-party"]
            self.found.answers[self.party] = set()
        if tag == "tr" and self.party and "data-stance" in attributes:
            self.found.answers[self.party].add((
                attributes["data-actor"], attributes["data-stance"],
                attributes["data-topic"] or None, attributes["data-target"] or None,
                int(attributes["data-documents"])))
        if tag == "script":
            self.found.scripts += 1
            self.in_data = attributes.get("id") == "report-data"

    def handle_endtag(self, tag):
        if tag == "article":
            self.party = None
        if tag == "script" and self.in_data:
            self.found.data = json.loads("".join(self.text))
            self.in_data = False

    def handle_data(self, data):
        if self.in_data:
            self.text.append(data)


def read_report(text: str) -> ReadReport:
    reader = _Reader()
    reader.feed(text)
    reader.close()
    return reader.found
