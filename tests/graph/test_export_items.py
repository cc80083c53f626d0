"""Tests of graph/export/items.py: what every exporter is given, checked and cleaned."""

from __future__ import annotations

import ast
import doctest
import json
from pathlib import Path

import networkx as nx
import pytest
from graph_helpers import Corpus

import stancegraph.graph.export as export_package
import stancegraph.graph.export.csv as csv_export
import stancegraph.graph.export.cypher as cypher_export
import stancegraph.graph.export.graphml as graphml_export
import stancegraph.graph.export.items as items
import stancegraph.graph.export.json as json_export
from stancegraph.errors import StancegraphError
from stancegraph.graph.export import EXPORTERS, ExportError, clean_text
from stancegraph.graph.export.items import graph_items, neo4j_groups
from stancegraph.graph.model import NODE_LABELS, RELATIONSHIP_TYPES, build_graph

EXPORT_PACKAGE = Path(items.__file__).parent


def graph_of(corpus: Corpus) -> nx.MultiDiGraph:
    return build_graph(corpus.documents, **corpus.entities, claims=corpus.claims)


def test_clean_text_removes_only_what_xml_forbids():
    kept = ("tab\there, lines\r\n, quotes \"'`, <b>&amp;</b> \\ 🕊️ \u202eشالوم\u202c "
            "\u0085 \ufdd0")
    assert clean_text(kept) == kept
    assert clean_text("a\x00b\x08c\x0bd\x0ce\x1ff\ufffeg\uffffh\ud800i") == "abcdefghi"


def test_clean_text_is_idempotent():
    dirty = "x\x01y\ufffez"
    assert clean_text(clean_text(dirty)) == clean_text(dirty) == "xyz"


def test_export_error_is_a_project_error():
    assert issubclass(ExportError, StancegraphError)


def test_label_outside_the_graph_model_is_refused():
    graph = nx.MultiDiGraph()
    graph.add_node("actor:x", label="Actor`) DETACH DELETE n //", id="x")
    with pytest.raises(ExportError, match="label .* is not one of the graph model's labels"):
        graph_items(graph)


def test_relationship_type_outside_the_graph_model_is_refused():
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a")
    graph.add_edge("actor:a", "actor:a", key="k", type="LOVES")
    with pytest.raises(ExportError, match="type 'LOVES' is not one of"):
        graph_items(graph)


def test_node_without_label_is_refused():
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", id="a")
    with pytest.raises(ExportError, match="label None"):
        graph_items(graph)


@pytest.mark.parametrize("name", ["has space", "semi;colon", "1starts_with_digit", "back`tick", ""])
def test_property_name_that_is_not_an_identifier_is_refused(name):
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a", **{name: "x"})
    with pytest.raises(ExportError, match="property name"):
        graph_items(graph)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), {"a": 1}, b"bytes", object()])
def test_value_no_format_can_carry_is_refused(value):
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a", odd=value)
    with pytest.raises(ExportError, match="odd"):
        graph_items(graph)


def test_graph_that_is_not_a_directed_multigraph_is_refused():
    with pytest.raises(ExportError, match="expected a networkx.MultiDiGraph"):
        graph_items(nx.DiGraph())


def test_list_properties_are_read_as_lists_and_cleaned():
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a", aliases=json.dumps(["Kyiv", "K\x00yiv"]))
    assert graph_items(graph).nodes[0].properties["aliases"] == ("Kyiv", "Kyiv")


def test_neo4j_groups_follow_the_graph_model_order(corpus):
    nodes, relationships = neo4j_groups(graph_items(graph_of(corpus)))
    labels = [group.label for group in nodes]
    assert labels == [label for label in NODE_LABELS if label in labels]
    ranks = [
        (RELATIONSHIP_TYPES.index(g.type), NODE_LABELS.index(g.source_label),
         NODE_LABELS.index(g.target_label))
        for g in relationships
    ]
    assert ranks == sorted(ranks)


def test_neo4j_rows_have_lists_and_no_empty_lists(corpus):
    nodes, _ = neo4j_groups(graph_items(graph_of(corpus)))
    actors = {row.id: row for group in nodes if group.label == "Actor" for row in group.rows}
    assert actors["russia"].properties["aliases"] == ["Moscow", "the Kremlin"]
    assert "aliases" not in actors["lavrov"].properties
    assert "id" not in actors["russia"].properties


def test_every_relationship_lands_in_one_group(corpus):
    graph = graph_of(corpus)
    _, relationships = neo4j_groups(graph_items(graph))
    assert sum(len(group.rows) for group in relationships) == graph.number_of_edges()
    stance = [g for g in relationships if g.merge_key == "claim_id"]
    assert {g.type for g in stance} == {"DEMANDS", "PROPOSES", "REJECTS", "ACCUSES",
                                        "CONCEDES", "SUPPORTS"}


def test_two_nodes_of_one_label_with_one_id_are_refused():
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="same")
    graph.add_node("actor:b", label="Actor", id="same")
    with pytest.raises(ExportError, match="two Actor nodes have id 'same'"):
        neo4j_groups(graph_items(graph))


def test_stance_relationship_without_claim_id_is_refused():
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a")
    graph.add_node("position:a:demand:t", label="Demand", id="a:demand:t")
    graph.add_edge("actor:a", "position:a:demand:t", key="c1", type="DEMANDS")
    with pytest.raises(ExportError, match="no string claim_id"):
        neo4j_groups(graph_items(graph))


def test_exporters_are_one_per_format():
    assert set(EXPORTERS) == {"graphml", "cypher", "csv", "json"}


def test_export_package_imports_neither_spacy_nor_loaders():
    for path in EXPORT_PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert not name.startswith("spacy"), f"{path.name} imports {name}"
                assert "loaders" not in name, f"{path.name} imports {name}"


@pytest.mark.parametrize(
    "module",
    [export_package, items, graphml_export, cypher_export, csv_export, json_export],
    ids=lambda m: m.__name__,
)
def test_docstring_examples_run(module):
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0
