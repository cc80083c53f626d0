"""GraphML export, read back by networkx and igraph, the consumers users open it with."""

from __future__ import annotations

import io
import math
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path
from typing import Any

import igraph
import networkx as nx
import pytest
from graph_helpers import Corpus, make_claim, make_document

from stancegraph.graph.export import ExportError, export_graphml
from stancegraph.graph.model import build_graph, decode_list
from stancegraph.graph.store import GraphStore
from stancegraph.schema.models import Actor, Topic

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
LISTS = ("aliases", "roles", "phrases", "opposite_phrases", "infrastructure")


def graph_of(corpus: Corpus) -> nx.MultiDiGraph:
    return build_graph(corpus.documents, **corpus.entities, claims=corpus.claims)


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    export_graphml(graph, buffer)
    return buffer.getvalue()


def expected_attributes(data: dict[str, Any]) -> dict[str, Any]:
    """What a GraphML reader should find: lists joined, ``id`` renamed, empty text absent."""
    expected = {}
    for name, value in data.items():
        if name in LISTS:
            value = "; ".join(decode_list(value))
        if value == "":
            continue
        expected["entity_id" if name == "id" else name] = value
    return expected


def igraph_attributes(attributes: dict[str, Any]) -> dict[str, Any]:
    """An igraph vertex's or edge's attributes without the defaults igraph fills in."""
    return {
        name: value for name, value in attributes.items()
        if value != "" and not (isinstance(value, float) and math.isnan(value))
    }


@pytest.fixture
def rich_corpus(corpus: Corpus) -> Corpus:
    """The corpus plus text that XML must escape and a list property with an apostrophe."""
    document = make_document(
        ['Lavrov said: "Kyiv\'s <demands> & conditions; no\r\nceasefire."'],
        source="news/<third>.txt",
    )
    claim = make_claim(document, document.text, "lavrov", "reject", "ceasefire",
                       speaker="Sergei Lavrov, Russia's foreign minister")
    pack = corpus.pack.model_copy(update={
        "actors": corpus.pack.actors + (
            Actor(id="kremlin_office", name="The \"Kremlin\" & co", kind="organization",
                  party="russia", aliases=("Putin's office", "Staraya Ploshchad")),
        ),
        "topics": corpus.pack.topics + (
            Topic(id="prisoners", label="prisoner <exchange>", description="All for all."),
        ),
    })
    return Corpus(pack, corpus.documents + [document], corpus.claims + [claim])


def test_networkx_reads_every_node_and_edge_with_its_attributes(rich_corpus):
    graph = graph_of(rich_corpus)
    again = nx.read_graphml(io.BytesIO(graphml_bytes(graph)), force_multigraph=True)
    assert (again.number_of_nodes(), again.number_of_edges()) == (
        graph.number_of_nodes(), graph.number_of_edges(),
    )
    assert list(again.nodes) == list(graph.nodes)
    for node, data in graph.nodes(data=True):
        assert again.nodes[node] == expected_attributes(data)
    expected_edges = Counter(
        (source, target, tuple(sorted(expected_attributes(data).items())))
        for source, target, data in graph.edges(data=True)
    )
    read_edges = Counter(
        (source, target, tuple(sorted(data.items())))
        for source, target, data in again.edges(data=True)
    )
    assert read_edges == expected_edges


def test_igraph_reads_every_node_and_edge_with_its_attributes(rich_corpus, tmp_path):
    graph = graph_of(rich_corpus)
    path = tmp_path / "graph.graphml"
    export_graphml(graph, path)
    read = igraph.Graph.Read_GraphML(str(path))
    assert (read.vcount(), read.ecount()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert read.is_directed()
    vertices = {vertex["id"]: vertex for vertex in read.vs}
    for node, data in graph.nodes(data=True):
        attributes = igraph_attributes(vertices[node].attributes())
        assert attributes.pop("id") == node
        assert attributes == expected_attributes(data)
    read_edges = Counter(
        (read.vs[edge.source]["id"], read.vs[edge.target]["id"],
         tuple(sorted(igraph_attributes(edge.attributes()).items())))
        for edge in read.es
    )
    expected_edges = Counter(
        (source, target, tuple(sorted(expected_attributes(data).items())))
        for source, target, data in graph.edges(data=True)
    )
    assert read_edges == expected_edges


def test_keys_are_typed_with_scalar_types(corpus):
    root = ElementTree.fromstring(graphml_bytes(graph_of(corpus)))
    types = {
        (key.get("for"), key.get("attr.name")): key.get("attr.type")
        for key in root.iter(f"{GRAPHML}key")
    }
    assert set(types.values()) <= {"string", "int", "long", "double", "boolean"}
    assert types[("node", "label")] == "string"
    assert types[("edge", "type")] == "string"
    assert types[("node", "claims")] == "int"
    assert types[("edge", "start")] == types[("edge", "end")] == "int"
    assert types[("edge", "confidence")] == "double"
    assert types[("node", "aliases")] == types[("edge", "infrastructure")] == "string"


def test_numbers_read_back_as_numbers(corpus):
    graph = graph_of(corpus)
    again = nx.read_graphml(io.BytesIO(graphml_bytes(graph)), force_multigraph=True)
    claim = corpus.claims[4]
    [edge] = [data for _, _, data in again.out_edges("actor:ukraine", data=True)
              if data.get("claim_id") == claim.id]
    assert edge["confidence"] == 0.6
    assert edge["start"] == claim.evidence.start and isinstance(edge["start"], int)
    assert again.nodes["position:ukraine:demand:ceasefire"]["claims"] == 2


def test_node_label_and_relationship_type_are_attributes(corpus):
    again = nx.read_graphml(io.BytesIO(graphml_bytes(graph_of(corpus))), force_multigraph=True)
    assert again.nodes["position:russia:concede:energy_truce"]["label"] == "Concession"
    assert {data["type"] for _, _, data in again.out_edges("actor:lavrov", data=True)} == {
        "ACCUSES", "SPEAKS_FOR", "MENTIONED_IN",
    }


def test_characters_xml_forbids_are_removed_and_the_rest_kept(corpus):
    document = make_document(["Moscow\x00 said\x1b no\x0c \ufffe\r\n and left."], "a.txt")
    claim = make_claim(document, document.text, "russia", "reject", "ceasefire",
                       speaker="Mos\x08cow")
    graph = build_graph([document], claims=[claim])
    again = nx.read_graphml(io.BytesIO(graphml_bytes(graph)), force_multigraph=True)
    [edge] = [data for _, _, data in again.edges(data=True) if data["type"] == "REJECTS"]
    assert edge["sentence"] == "Moscow said no \r\n and left."
    assert edge["speaker"] == "Moscow"


def test_the_same_graph_gives_the_same_bytes(corpus):
    assert graphml_bytes(graph_of(corpus)) == graphml_bytes(graph_of(corpus))


def test_store_and_build_graph_give_the_same_bytes(corpus, tmp_path):
    with GraphStore.open(tmp_path / "store") as store:
        store.write(corpus.pack, corpus.documents, corpus.claims)
        loaded = store.load_graph()
    assert graphml_bytes(loaded) == graphml_bytes(graph_of(corpus))


def test_written_file_replaces_the_old_one_whole(corpus, tmp_path):
    path = tmp_path / "graph.graphml"
    path.write_text("old contents", encoding="utf-8")
    export_graphml(graph_of(corpus), path)
    assert path.read_bytes() == graphml_bytes(graph_of(corpus))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.graphml"]


def test_failed_export_leaves_the_old_file(tmp_path):
    path = tmp_path / "graph.graphml"
    path.write_text("old contents", encoding="utf-8")
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a", mixed="text")
    graph.add_node("actor:b", label="Actor", id="b", mixed=3)
    with pytest.raises(ExportError, match="mixed"):
        export_graphml(graph, path)
    assert path.read_text(encoding="utf-8") == "old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.graphml"]


def test_writing_into_a_folder_is_an_export_error(corpus, tmp_path):
    with pytest.raises(ExportError, match="is a folder"):
        export_graphml(graph_of(corpus), tmp_path)


def test_missing_parent_folder_is_an_export_error(corpus, tmp_path):
    with pytest.raises(ExportError, match="cannot write"):
        export_graphml(graph_of(corpus), tmp_path / "no" / "such" / "graph.graphml")


def test_empty_graph_is_valid_graphml(tmp_path):
    path = tmp_path / "empty.graphml"
    export_graphml(nx.MultiDiGraph(), path)
    assert nx.read_graphml(path).number_of_nodes() == 0
    assert igraph.Graph.Read_GraphML(str(path)).vcount() == 0


def test_large_integers_get_a_long_key(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a", count=2**40)
    path = Path(tmp_path / "big.graphml")
    export_graphml(graph, path)
    assert 'attr.name="count" attr.type="long"' in path.read_text(encoding="utf-8")
    assert nx.read_graphml(path).nodes["actor:a"]["count"] == 2**40
