"""Hostile text in a claim's sentence and speaker and in an actor's name survives every
format, read back by real consumers: unchanged but for the characters XML 1.0 forbids,
which ``clean_text`` removes the same way everywhere."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import igraph
import networkx as nx
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_export_cypher import rows_of, scan, unescape_cypher

from stancegraph.graph.export import (
    clean_text,
    cypher_string,
    export_csv,
    export_cypher,
    export_graphml,
    export_json,
    read_json,
)
from stancegraph.graph.model import NODE_LABELS, build_graph
from stancegraph.schema.models import Actor, Claim, Document, Evidence

ACTOR = "actor:hostile_actor"
HUNDRED_KB = ("Ceasefire 'now'; \"never\" \\ <b>&amp;</b>\r\n\u202eكلا\u202c \U0001f54a\x00 "
              * 3000)[:100_000]

EXAMPLES = [
    'Lavrov said: "no" & <b>never</b> \\ O\'Brien; DROP -- /* */ //',
    "\x00\x01\x08\x0b\x0c\x1b[31m\x1f\x7f\x85 controls",
    "\ufffe\uffff\ufdd0\U0010ffff non-characters",
    "emoji \U0001f54a\ufe0f \U0001f1fa\U0001f1e6 \U0001f469\u200d\U0001f469\u200d\U0001f467",
    "\u202eright-to-left override\u202c, עברית, العربية, \u200fmark",
    "\r\n\r\u2028\u2029\t lines and tabs ",
    "  leading and trailing spaces  ",
    "]]> &amp; &#0; <![CDATA[x]]> <?xml?>",
    "\x00",
    HUNDRED_KB,
]

hostile = st.one_of(st.text(min_size=1, max_size=200), st.sampled_from(EXAMPLES))


def hostile_graph(sentence: str, speaker: str, name: str) -> nx.MultiDiGraph:
    document = Document.from_text(sentence, source="hostile.txt")
    claim = Claim(
        actor="hostile_actor", stance="demand", topic="ceasefire", confidence=0.5,
        evidence=Evidence(document_id=document.id, sentence=sentence, start=0,
                          end=len(sentence), speaker=speaker),
    )
    actor = Actor(id="hostile_actor", name=name, kind="state")
    return build_graph([document], actors=[actor], claims=[claim])


def stance_edge(graph: nx.MultiDiGraph) -> dict:
    [data] = [data for _, _, data in graph.edges(data=True) if data["type"] == "DEMANDS"]
    return data


def check_graphml(graph: nx.MultiDiGraph, folder: Path, sentence: str, speaker: str,
                  name: str) -> None:
    path = folder / "graph.graphml"
    export_graphml(graph, path)
    # networkx reads an empty <data> as no value; an empty string is left out of the file.
    read = nx.read_graphml(path, force_multigraph=True)
    assert read.nodes[ACTOR].get("name", "") == name
    edge = stance_edge(read)
    assert (edge.get("sentence", ""), edge.get("speaker", "")) == (sentence, speaker)
    read = igraph.Graph.Read_GraphML(str(path))
    vertices = {vertex["id"]: vertex for vertex in read.vs}
    assert vertices[ACTOR]["name"] == name
    [edge] = [edge for edge in read.es if edge["type"] == "DEMANDS"]
    assert (edge["sentence"], edge["speaker"]) == (sentence, speaker)


def check_json(graph: nx.MultiDiGraph, sentence: str, speaker: str, name: str) -> None:
    buffer = io.BytesIO()
    export_json(graph, buffer)
    read = read_json(io.BytesIO(buffer.getvalue()))
    assert read.nodes[ACTOR]["name"] == name
    edge = stance_edge(read)
    assert (edge["sentence"], edge["speaker"]) == (sentence, speaker)


def check_csv(graph: nx.MultiDiGraph, folder: Path, sentence: str, speaker: str,
              name: str) -> None:
    export_csv(graph, folder / "csv")
    csv.field_size_limit(10**8)
    with (folder / "csv" / "nodes_Actor.csv").open(encoding="utf-8", newline="") as stream:
        [actor] = [row for row in csv.DictReader(stream) if row[":ID"] == ACTOR]
    assert actor["name:string"] == name
    with (folder / "csv" / "relationships_DEMANDS.csv").open(encoding="utf-8",
                                                              newline="") as stream:
        [edge] = list(csv.DictReader(stream))
    assert (edge["sentence:string"], edge["speaker:string"]) == (sentence, speaker)


def check_cypher(graph: nx.MultiDiGraph, sentence: str, speaker: str, name: str) -> None:
    for text in (sentence, speaker, name):
        assert unescape_cypher(cypher_string(text)[1:-1]) == text
    buffer = io.StringIO()
    export_cypher(graph, buffer)
    statements = scan(buffer.getvalue())
    assert len(statements) == len(NODE_LABELS) + 4 + 3  # 4 labels; DEMANDS, ABOUT, MENTIONED_IN
    [actors] = [s for s in statements if "MERGE (n:Actor " in s]
    [row] = [row for row in rows_of(actors) if row["id"] == "hostile_actor"]
    assert row["props"]["name"] == name
    [demands] = [s for s in statements if "[r:DEMANDS" in s]
    [row] = rows_of(demands)
    assert (row["props"]["sentence"], row["props"]["speaker"]) == (sentence, speaker)


@settings(max_examples=50, deadline=None)
@given(sentence=hostile, speaker=hostile, name=hostile)
@example(sentence=HUNDRED_KB, speaker=HUNDRED_KB, name=HUNDRED_KB)
@example(sentence=EXAMPLES[0], speaker=EXAMPLES[1], name=EXAMPLES[4])
@example(sentence=EXAMPLES[5], speaker=EXAMPLES[6], name=EXAMPLES[8])
@example(sentence=EXAMPLES[2], speaker=EXAMPLES[3], name=EXAMPLES[7])
def test_hostile_text_survives_every_format(sentence, speaker, name):
    graph = hostile_graph(sentence, speaker, name)
    expected = clean_text(sentence), clean_text(speaker), clean_text(name)
    with tempfile.TemporaryDirectory() as folder:
        check_graphml(graph, Path(folder), *expected)
        check_csv(graph, Path(folder), *expected)
    check_json(graph, *expected)
    check_cypher(graph, *expected)
