"""JSON export: node-link data that loads back into an equal MultiDiGraph."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from graph_helpers import Corpus, make_claim, make_document

from stancegraph.graph.export import ExportError, export_json, read_json
from stancegraph.graph.model import build_graph
from stancegraph.graph.store import GraphStore


def graph_of(corpus: Corpus) -> nx.MultiDiGraph:
    return build_graph(corpus.documents, **corpus.entities, claims=corpus.claims)


def json_bytes(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    export_json(graph, buffer)
    return buffer.getvalue()


def round_trip(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return read_json(io.BytesIO(json_bytes(graph)))


def test_round_trip_gives_an_equal_multidigraph(corpus):
    graph = graph_of(corpus)
    again = round_trip(graph)
    assert type(again) is nx.MultiDiGraph
    assert list(again.nodes(data=True)) == list(graph.nodes(data=True))
    assert sorted(again.edges(keys=True, data="type")) == sorted(
        graph.edges(keys=True, data="type"))
    for source, target, key, data in graph.edges(keys=True, data=True):
        assert again.edges[source, target, key] == data
    assert nx.utils.graphs_equal(again, graph)


def test_round_trip_keeps_types_of_values(corpus):
    again = round_trip(graph_of(corpus))
    claim = corpus.claims[0]
    edge = again.edges["actor:ukraine", "position:ukraine:demand:ceasefire", claim.id]
    assert isinstance(edge["start"], int) and isinstance(edge["confidence"], float)
    assert edge["infrastructure"] == "[]"
    assert again.nodes["actor:russia"]["aliases"] == '["Moscow", "the Kremlin"]'
    assert again.nodes["topic:ceasefire"]["description"] == ""


def test_graph_loaded_from_the_store_round_trips(corpus, tmp_path):
    with GraphStore.open(tmp_path / "store") as store:
        store.write(corpus.pack, corpus.documents, corpus.claims)
        loaded = store.load_graph()
    path = tmp_path / "graph.json"
    export_json(loaded, path)
    assert nx.utils.graphs_equal(read_json(path), loaded)
    assert path.read_bytes() == json_bytes(graph_of(corpus))


def test_file_is_node_link_data_with_node_ids_beside_properties(corpus):
    data = json.loads(json_bytes(graph_of(corpus)))
    assert data["directed"] is True and data["multigraph"] is True
    russia = next(node for node in data["nodes"] if node["node_id"] == "actor:russia")
    assert russia["id"] == "russia" and russia["label"] == "Actor"
    edge = data["edges"][0]
    assert {"source", "target", "key", "type"} <= set(edge)


def test_the_same_graph_gives_the_same_bytes(corpus):
    assert json_bytes(graph_of(corpus)) == json_bytes(graph_of(corpus))


def test_text_is_cleaned_like_every_other_format():
    document = make_document(["Kyiv\x00 wants a truce \ufffe\U0001f54a\ufe0f now."], "a.txt")
    claim = make_claim(document, document.text, "ukraine", "demand", "ceasefire",
                       speaker="K\x1byiv")
    again = round_trip(build_graph([document], claims=[claim]))
    edge = again.edges["actor:ukraine", "position:ukraine:demand:ceasefire", claim.id]
    assert edge["sentence"] == "Kyiv wants a truce \U0001f54a\ufe0f now."
    assert edge["speaker"] == "Kyiv"


def test_label_outside_the_graph_model_is_refused():
    graph = nx.MultiDiGraph()
    graph.add_node("n", label="Spy", id="n")
    with pytest.raises(ExportError, match="label 'Spy'"):
        export_json(graph, io.StringIO())


def test_property_named_like_a_node_link_member_is_refused():
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a", node_id="clash")
    with pytest.raises(ExportError, match="node_id"):
        export_json(graph, io.StringIO())


@pytest.mark.parametrize(
    "text",
    ["not json", "[1, 2]", '{"directed": false, "multigraph": true, "nodes": [], "edges": []}',
     '{"directed": true, "multigraph": true, "nodes": [{"name": "x"}], "edges": []}'],
)
def test_reading_something_else_is_an_export_error(text):
    with pytest.raises(ExportError):
        read_json(io.StringIO(text))


def test_reading_a_missing_file_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="cannot read"):
        read_json(tmp_path / "none.json")
