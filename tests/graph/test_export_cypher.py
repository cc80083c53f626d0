"""Cypher export: the script's shape, its escaping, and the data it carries.

The checks here need no Neo4j: a reference reading of Cypher string escapes, a scan that
tracks quotes and brackets, and a reader for the literal rows of each UNWIND.
"""

from __future__ import annotations

import io
import math
import re
from typing import Any

import networkx as nx
import pytest
from graph_helpers import Corpus, make_claim, make_document

from stancegraph.graph.export import ExportError, export_cypher
from stancegraph.graph.export.cypher import (
    constraint_queries,
    cypher_literal,
    cypher_statements,
    cypher_string,
    node_query,
    relationship_query,
)
from stancegraph.graph.export.items import graph_items, neo4j_groups
from stancegraph.graph.model import NODE_LABELS, build_graph

SIMPLE_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t",
                  "b": "\b", "f": "\f"}


def graph_of(corpus: Corpus) -> nx.MultiDiGraph:
    return build_graph(corpus.documents, **corpus.entities, claims=corpus.claims)


def script_of(graph: nx.MultiDiGraph, **options: Any) -> str:
    buffer = io.StringIO()
    export_cypher(graph, buffer, **options)
    return buffer.getvalue()


def unescape_cypher(body: str) -> str:
    """Read the inside of a Cypher string literal the way Neo4j does (a reference).

    ``\\uXXXX`` gives one UTF-16 code unit; two that form a surrogate pair are one
    character, as in a Java string.
    """
    units = []
    i = 0
    while i < len(body):
        if body[i] != "\\":
            units.append(body[i])
            i += 1
        elif body[i + 1] == "u":
            units.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        else:
            units.append(SIMPLE_ESCAPES[body[i + 1]])
            i += 2
    return "".join(units).encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def scan(script: str) -> list[str]:
    """Split a script into statements, checking quotes and brackets; a test oracle.

    Fails if a string literal holds a raw line break, a ``;`` falls inside a literal or an
    open bracket, or the script ends inside either.
    """
    statements, start, quote, i = [], 0, None, 0
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack: list[str] = []
    while i < len(script):
        character = script[i]
        if quote:
            assert character not in "\n\r", f"raw line break in a literal at {i}"
            if character == "\\":
                i += 1
            elif character == quote:
                quote = None
        elif character in "'\"`":
            quote = character
        elif character in pairs:
            stack.append(pairs[character])
        elif character in ")]}":
            assert stack and stack.pop() == character, f"unbalanced {character} at {i}"
        elif character == ";":
            assert not stack, f"';' inside brackets at {i}"
            statements.append(script[start:i].strip())
            start = i + 1
        i += 1
    assert quote is None and not stack and not script[start:].strip()
    return statements


class LiteralReader:
    """Read the literal subset the script uses: maps, lists, strings, numbers, booleans."""

    token = re.compile(r"\s*(?:(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)|('(?:[^'\\]|\\.)*')|"
                       r"(true|false)|(`[^`]+`|[A-Za-z_]\w*)|([\[\]{}:,]))", re.S)

    def __init__(self, text: str) -> None:
        self.text, self.position = text, 0

    def read(self) -> Any:
        value = self._value()
        assert not self.text[self.position:].strip()
        return value

    def _next(self) -> tuple[str, str]:
        match = self.token.match(self.text, self.position)
        assert match, f"unexpected text at {self.text[self.position:self.position + 40]!r}"
        self.position = match.end()
        kind = match.lastindex
        return ("number", "string", "boolean", "name", "punct")[kind - 1], match.group(kind)

    def _value(self) -> Any:
        kind, text = self._next()
        if kind == "number":
            return float(text) if any(c in text for c in ".e") else int(text)
        if kind == "string":
            return unescape_cypher(text[1:-1])
        if kind == "boolean":
            return text == "true"
        if text == "[":
            items: list[Any] = []
            while True:
                if self.text[self.position:].lstrip().startswith("]"):
                    self._next()
                    return items
                items.append(self._value())
                if self._next()[1] == "]":
                    return items
        if text == "{":
            mapping: dict[str, Any] = {}
            while True:
                kind, key = self._next()
                if key == "}":
                    return mapping
                assert self._next()[1] == ":"
                mapping[key.strip("`")] = self._value()
                if self._next()[1] == "}":
                    return mapping
        raise AssertionError(f"unexpected {text!r}")


def rows_of(statement: str) -> list[dict[str, Any]]:
    literal = statement[len("UNWIND "):statement.rindex(" AS row")]
    return LiteralReader(literal).read()


def test_constraints_come_first_one_per_label(corpus):
    statements = scan(script_of(graph_of(corpus)))
    assert statements[:len(NODE_LABELS)] == constraint_queries()
    for statement, label in zip(statements, NODE_LABELS):
        assert re.fullmatch(
            rf"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:{label}\) REQUIRE n\.id IS UNIQUE",
            statement,
        )
    assert not any(s.startswith("CREATE CONSTRAINT") for s in statements[len(NODE_LABELS):])


def test_statement_count_follows_groups_and_batch_size(corpus):
    graph = graph_of(corpus)
    nodes, relationships = neo4j_groups(graph_items(graph))
    for batch_size in (1, 2, 500):
        expected = len(NODE_LABELS) + sum(
            math.ceil(len(group.rows) / batch_size) for group in [*nodes, *relationships])
        statements = scan(script_of(graph, batch_size=batch_size))
        assert len(statements) == expected
        assert len(list(cypher_statements(graph, batch_size=batch_size))) == expected


def test_every_semicolon_ends_a_statement(corpus):
    script = script_of(graph_of(corpus))
    assert [s.strip() for s in script.split(";")[:-1]] == scan(script)
    assert script.endswith(";\n")


def test_data_statements_have_their_fixed_shapes(corpus):
    statements = scan(script_of(graph_of(corpus)))[len(NODE_LABELS):]
    for statement in statements:
        body = statement[statement.rindex("] AS row"):]
        if "MATCH" not in body:
            assert re.fullmatch(
                r"\] AS row\nMERGE \(n:(\w+) \{id: row\.id\}\)\nSET n \+= row\.props", body)
            continue
        match = re.fullmatch(
            r"\] AS row\nMATCH \(source:(\w+) \{id: row\.source\}\)\n"
            r"MATCH \(target:(\w+) \{id: row\.target\}\)\n"
            r"MERGE \(source\)-\[r:(\w+)(?: \{claim_id: row\.props\.claim_id\})?\]->\(target\)\n"
            r"SET r \+= row\.props",
            body,
        )
        assert match, body
        assert match.group(1) in NODE_LABELS and match.group(2) in NODE_LABELS


def test_script_carries_every_node_and_relationship(corpus):
    graph = graph_of(corpus)
    statements = scan(script_of(graph, batch_size=3))[len(NODE_LABELS):]
    nodes: dict[tuple[str, str], dict[str, Any]] = {}
    relationships = []
    for statement in statements:
        rows = rows_of(statement)
        label_match = re.search(r"MERGE \(n:(\w+)", statement)
        if label_match:
            for row in rows:
                nodes[(label_match.group(1), row["id"])] = row["props"]
        else:
            kind = re.search(r"\[r:(\w+)", statement).group(1)
            relationships += [(kind, row["source"], row["target"], row["props"]) for row in rows]
    assert len(nodes) == graph.number_of_nodes()
    assert len(relationships) == graph.number_of_edges()
    russia = nodes[("Actor", "russia")]
    assert russia == {"name": "Russia", "kind": "state", "aliases": ["Moscow", "the Kremlin"]}
    assert nodes[("Topic", "ceasefire")]["description"] == ""
    claim = corpus.claims[1]
    [props] = [p for kind, _, _, p in relationships if p.get("claim_id") == claim.id]
    assert props == {
        "claim_id": claim.id, "document_id": claim.evidence.document_id,
        "sentence": claim.evidence.sentence, "start": claim.evidence.start,
        "end": claim.evidence.end, "speaker": "Zelensky", "confidence": 0.8,
        "infrastructure": ["power_plants", "ports"],
    }
    assert ("BROADER", "energy_truce", "ceasefire", {}) in relationships


@pytest.mark.parametrize(
    "text",
    [
        "O'Brien said \"no\"; then \\left",
        "line one\nline two\r\nand\ttab",
        "\u202eevil\u202c \u200b\u2028\u2029\ufeff\u00ad",
        "\U0001f54a\ufe0f \U0001f1fa\U0001f1e6 \U000e0041",
        "\x00\x07\x1b\x7f\x85",
        "",
    ],
)
def test_string_literal_reads_back_as_the_string(text):
    literal = cypher_string(text)
    assert literal[0] == literal[-1] == "'"
    body = literal[1:-1]
    assert unescape_cypher(body) == text
    assert ";" not in literal and "\n" not in literal and "\r" not in literal
    assert re.search(r"(?<!\\)(?:\\\\)*'", body) is None  # no quote left unescaped


def test_invisible_and_reordering_characters_are_escaped():
    assert cypher_string("a\u202eb\u200bc") == "'a\\u202Eb\\u200Bc'"
    assert cypher_string("\U000e0041") == "'\\uDB40\\uDC41'"


def test_reserved_words_are_quoted_as_map_keys():
    literal = cypher_literal({"end": 1, "start": 2, "name": "x"})
    assert literal == "{`end`: 1, `start`: 2, name: 'x'}"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), object()])
def test_values_without_a_cypher_literal_are_refused(value):
    with pytest.raises(ExportError):
        cypher_literal(value)


def test_templates_refuse_labels_and_types_outside_the_graph_model():
    with pytest.raises(ExportError):
        node_query("Actor) DETACH DELETE (n")
    with pytest.raises(ExportError):
        relationship_query("DEMANDS]->() DELETE r //", "Actor", "Demand")
    with pytest.raises(ExportError):
        relationship_query("DEMANDS", "Actor", "Person")


def test_the_same_graph_gives_the_same_script(corpus):
    assert script_of(graph_of(corpus)) == script_of(graph_of(corpus))


def test_hostile_sentence_reads_back_from_the_script():
    sentence = "Lavrov: 'No;' \\ \"never\"\r\n\u202e<&>\U0001f54a\x00 end."
    document = make_document([sentence], "a.txt")
    claim = make_claim(document, sentence, "lavrov", "reject", "ceasefire")
    statements = scan(script_of(build_graph([document], claims=[claim])))
    [statement] = [s for s in statements if "[r:REJECTS" in s]
    [row] = rows_of(statement)
    assert row["props"]["sentence"] == sentence.replace("\x00", "")


def test_long_rows_are_split_across_statements():
    sentence = "x" * 400_000
    document = make_document([sentence], "a.txt")
    claims = [make_claim(document, sentence, actor, "demand", "ceasefire")
              for actor in ("russia", "ukraine", "belarus")]
    statements = scan(script_of(build_graph([document], claims=claims)))
    demands = [s for s in statements if "[r:DEMANDS" in s]
    assert [len(rows_of(s)) for s in demands] == [2, 1]
