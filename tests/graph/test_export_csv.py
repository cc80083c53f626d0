"""CSV export: files with neo4j-admin headers, parsed back with Python's csv module."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from graph_helpers import Corpus, hash_folder, make_claim, make_document

from stancegraph.graph.export import ExportError, export_csv
from stancegraph.graph.model import build_graph, decode_list

HEADER_TYPES = {"string", "long", "double", "boolean", "string[]"}


def graph_of(corpus: Corpus) -> nx.MultiDiGraph:
    return build_graph(corpus.documents, **corpus.entities, claims=corpus.claims)


def read_typed(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    """Read a neo4j-admin CSV file, converting each field by its header type.

    An empty field is a missing value (neo4j-admin sets no property); the csv module
    reads ``""`` as empty too, so an empty string reads as missing here.
    """
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        rows = []
        for fields in reader:
            row = {}
            for column, field in zip(header, fields, strict=True):
                name, _, kind = column.rpartition(":") if not column.startswith(":") else (
                    column, "", "")
                if field == "":
                    continue
                row[name] = _typed(field, kind)
            rows.append(row)
    return header, rows


def _typed(field: str, kind: str) -> Any:
    if kind == "long":
        return int(field)
    if kind == "double":
        return float(field)
    if kind == "boolean":
        return field == "true"
    if kind == "string[]":
        return field.split(";")
    return field


def test_one_file_per_label_and_per_type(corpus, tmp_path):
    graph = graph_of(corpus)
    export = export_csv(graph, tmp_path / "csv")
    labels = {label for _, label in graph.nodes(data="label")}
    types = {kind for _, _, kind in graph.edges(data="type")}
    assert sorted(p.name for p in export.node_files) == sorted(f"nodes_{x}.csv" for x in labels)
    assert sorted(p.name for p in export.relationship_files) == sorted(
        f"relationships_{x}.csv" for x in types)
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(
        p.name for p in export.node_files + export.relationship_files)


def test_headers_have_neo4j_admin_fields_and_types(corpus, tmp_path):
    export = export_csv(graph_of(corpus), tmp_path)
    for path in export.node_files:
        header, _ = read_typed(path)
        assert header[:3] == [":ID", ":LABEL", "id:string"]
        assert {column.split(":", 1)[1] for column in header[2:]} <= HEADER_TYPES
    for path in export.relationship_files:
        header, _ = read_typed(path)
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        assert {column.split(":", 1)[1] for column in header[3:]} <= HEADER_TYPES
    header, _ = read_typed(tmp_path / "relationships_DEMANDS.csv")
    assert {"confidence:double", "start:long", "end:long", "sentence:string",
            "infrastructure:string[]"} <= set(header)
    header, _ = read_typed(tmp_path / "nodes_Actor.csv")
    assert {"aliases:string[]", "roles:string[]", "name:string"} <= set(header)


def test_nodes_read_back_with_their_properties(corpus, tmp_path):
    graph = graph_of(corpus)
    export_csv(graph, tmp_path)
    read = {}
    for path in tmp_path.glob("nodes_*.csv"):
        _, rows = read_typed(path)
        read.update({row.pop(":ID"): row for row in rows})
    assert set(read) == set(graph.nodes)
    for node, data in graph.nodes(data=True):
        expected = {":LABEL": data["label"]}
        for name, value in data.items():
            if name == "label" or value == "":
                continue
            if name in ("aliases", "roles", "phrases", "opposite_phrases"):
                value = list(decode_list(value))
                if not value:
                    continue
            expected[name] = value
        assert read[node] == expected


def test_relationships_read_back_with_their_properties(corpus, tmp_path):
    graph = graph_of(corpus)
    export_csv(graph, tmp_path)
    read = []
    for path in tmp_path.glob("relationships_*.csv"):
        read += read_typed(path)[1]
    assert len(read) == graph.number_of_edges()
    claim = corpus.claims[1]
    [row] = [r for r in read if r.get("claim_id") == claim.id]
    assert row == {
        ":START_ID": "actor:zelensky", ":END_ID": "position:zelensky:propose:energy_truce",
        ":TYPE": "PROPOSES", "claim_id": claim.id, "document_id": claim.evidence.document_id,
        "sentence": claim.evidence.sentence, "start": claim.evidence.start,
        "end": claim.evidence.end, "speaker": "Zelensky", "confidence": 0.8,
        "infrastructure": ["power_plants", "ports"],
    }
    about = [r for r in read if r[":TYPE"] == "ABOUT"]
    assert all(set(r) == {":START_ID", ":END_ID", ":TYPE"} for r in about)


def test_quotes_commas_and_line_breaks_are_quoted(tmp_path):
    sentence = 'Moscow said, "no", and\nthen: "never\r\nagain"; Kyiv\'s reply followed.'
    document = make_document([sentence], "a.txt")
    claim = make_claim(document, sentence, "russia", "reject", "ceasefire",
                       speaker='The "Kremlin", again')
    export_csv(build_graph([document], claims=[claim]), tmp_path)
    _, [row] = read_typed(tmp_path / "relationships_REJECTS.csv")
    assert row["sentence"] == sentence
    assert row["speaker"] == 'The "Kremlin", again'


def test_strings_are_quoted_and_numbers_are_not(corpus, tmp_path):
    export_csv(graph_of(corpus), tmp_path)
    line = (tmp_path / "relationships_DEMANDS.csv").read_text(encoding="utf-8").splitlines()[1]
    fields = line.split(",")
    assert fields[0].startswith('"actor:') and fields[2] == '"DEMANDS"'
    assert any(field == "0.8" for field in fields)


def test_empty_string_and_missing_value_differ(corpus, tmp_path):
    export_csv(graph_of(corpus), tmp_path)
    lines = (tmp_path / "nodes_Topic.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    ceasefire = next(line for line in lines if line.startswith('"topic:ceasefire"'))
    fields = ceasefire.split(",")
    assert fields[header.index("description:string")] == '""'  # an empty string
    assert fields[header.index("parent:string")] == ""  # no property


def test_list_item_holding_the_delimiter_is_refused(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="a", aliases=json.dumps(["a;b"]))
    with pytest.raises(ExportError, match="array delimiter"):
        export_csv(graph, tmp_path)
    export = export_csv(graph, tmp_path, array_delimiter="|")
    assert '"a;b"' in export.node_files[0].read_text(encoding="utf-8")
    assert "--array-delimiter=|" in export.neo4j_admin_arguments()


def test_the_same_graph_gives_the_same_bytes(corpus, tmp_path):
    export_csv(graph_of(corpus), tmp_path / "first")
    export_csv(graph_of(corpus), tmp_path / "second")
    assert hash_folder(tmp_path / "first") == hash_folder(tmp_path / "second")


def test_files_of_an_earlier_export_are_replaced(corpus, tmp_path):
    export_csv(graph_of(corpus), tmp_path)
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    smaller = build_graph(corpus.documents[:1], claims=corpus.claims[:1])
    export = export_csv(smaller, tmp_path)
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {p.name for p in export.node_files + export.relationship_files} | {
        "notes.txt"}
    assert "relationships_ACCUSES.csv" not in names


def test_folder_that_is_a_file_is_an_export_error(corpus, tmp_path):
    path = tmp_path / "file"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file"):
        export_csv(graph_of(corpus), path)


def test_neo4j_admin_command_names_every_file(corpus, tmp_path):
    export = export_csv(graph_of(corpus), tmp_path)
    arguments = export.neo4j_admin_arguments("talks")
    assert arguments[:4] == ["database", "import", "full", "talks"]
    assert "--multiline-fields=true" in arguments
    assert [a for a in arguments if a.startswith("--nodes=")] == [
        f"--nodes={p}" for p in export.node_files]
    assert [a for a in arguments if a.startswith("--relationships=")] == [
        f"--relationships={p}" for p in export.relationship_files]
    assert export.neo4j_admin_command().startswith("neo4j-admin database import full neo4j ")
