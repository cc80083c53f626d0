"""The offline report, read back as HTML: what it shows agrees with the query layer, and it
names no file or address it would have to fetch."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from report_html import read_report

from stancegraph.cli import cli
from stancegraph.graph.store import GraphStore
from stancegraph.loaders.packs import load_pack
from stancegraph.queries import matrix, positions
from stancegraph.queries.answers import Matrix
from stancegraph.report import build_report, write_report
from stancegraph.report.content import order_rows

ROOT = Path(__file__).resolve().parents[2]
CYTOSCAPE_SHA256 = "71fa9ebec21a7ca2c40cff6aacc30d1f6464e363662ad4b2c197e1adc770cd94"


@pytest.fixture(scope="module")
def report(report_store):
    return build_report(report_store)


@pytest.fixture(scope="module")
def read(report):
    return read_report(report)


def test_the_report_names_nothing_to_fetch(report, read):
    assert read.addresses == ["data:,", "#matrix", "#graph", "#parties", "#timeline"]
    assert "url(" not in report and "@import" not in report
    assert "default-src 'none'" in report


def test_the_matrix_agrees_cell_by_cell_with_the_matrix_query(read, report_view):
    table = matrix(report_view).to_dict()
    assert sorted(read.matrix_rows) == sorted(table["rows"])
    expected = {(row, column): {"polarity": cell["polarity"], "stances": cell["stances"]}
                for row, columns in table["cells"].items() for column, cell in columns.items()}
    assert {key: {"polarity": c["polarity"], "stances": c["stances"]}
            for key, c in read.cells.items()} == expected


def test_a_cell_counts_the_documents_of_its_claims(read):
    # Ukraine demands foreign troops (first.txt) and nothing else on them.
    assert read.cells[("ukraine", "foreign_troops_in_ukraine")]["documents"] == 1
    assert read.cells[("russia", "foreign_troops_in_ukraine")] == {
        "polarity": "against", "stances": {"reject": 1, "concede": 1}, "documents": 2}


def test_every_party_section_agrees_with_positions(read, report_view):
    assert set(read.answers) >= set(read.matrix_rows)
    for party, rows in read.answers.items():
        expected = {(a.actor, a.stance, a.topic, a.target_actor, a.documents)
                    for a in positions(report_view, party)}
        assert rows == expected, party


def test_a_party_whose_people_disagree_says_so(report):
    russia = report.split('data-party="russia">', 1)[1].split("</article>")[0]
    assert "Its own people disagree" in russia
    assert "Maritime ceasefire" in russia.split("Its own people disagree")[1]


def test_the_header_gives_store_pack_counts_and_dates(report, report_store):
    assert f"<code>{report_store}</code>" in report
    assert "Russia-Ukraine" in report or "russia_ukraine_2025" in report
    assert '<span id="fact-documents">3</span>' in report
    assert '<span id="fact-claims">15</span>' in report
    assert "2025-03-12 to 2025-03-24; 1 undated" in report


def test_the_timeline_shows_the_change_and_keeps_undated_apart(report):
    timeline = report.split('<section id="timeline">')[1]
    assert "Changes of stance (1)" in timeline
    assert re.search(r"reject</strong> 2025-03-12.*concede</strong> 2025-03-24", timeline)


def test_the_graph_data_holds_every_claim_once(read, report_view):
    claims = [row for row in report_view.claims if row.actor != "institute_for_the_study_of_war"]
    assert len(read.data["claims"]) == len(claims)
    drawn = {n["label"] for n in read.data["graph"]["nodes"]}
    assert {"Actor", "Topic", "Rejection", "Concession", "InfrastructureCategory"} <= drawn
    assert "Document" not in drawn


def test_a_filtered_report_holds_only_its_topics_and_actors(report_store):
    read = read_report(build_report(report_store, topics=["foreign_troops_in_ukraine"],
                                    actors=["russia"]))
    assert set(read.cells) == {("russia", "foreign_troops_in_ukraine")}
    assert set(read.answers) == {"russia"}


def test_the_same_store_gives_the_same_bytes(report_store, report):
    assert build_report(report_store) == report


def test_a_store_without_claims_gives_a_report_that_says_so(tmp_path):
    with GraphStore.open(tmp_path / "store") as store:
        store.write(load_pack())
    text = build_report(tmp_path / "store")
    assert "No party takes a position on a topic in this store." in text
    assert "No claim comes from a dated document." in text
    assert read_report(text).data["graph"] == {"nodes": [], "edges": []}


def test_rows_of_parties_that_agree_sit_together():
    table = Matrix(rows=("a", "b", "c", "d"), columns=("x", "y"), cells={
        "a": {"x": {"demand": 3}, "y": {"reject": 1}},
        "b": {"x": {"reject": 2}, "y": {"support": 1}},
        "c": {"x": {"support": 1}, "y": {"reject": 1}},
        "d": {"x": {"reject": 1}}})
    rows, blocs = order_rows(table)
    assert rows == ("a", "c", "b", "d")
    assert blocs == (0, 2)


def test_write_report_replaces_the_file_whole(report_store, tmp_path):
    target = tmp_path / "out" / "talks.html"
    written = write_report(target, report_store)
    assert written == target and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in target.parent.iterdir()] == ["talks.html"]


def test_the_report_command_writes_the_file_and_says_where(report_store, tmp_path):
    target = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "-o", str(target), "--store", str(report_store),
                                      "--topic", "foreign troops", "--actor", "Kremlin"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {target} (")
    assert set(read_report(target.read_text(encoding="utf-8")).answers) == {"russia"}


def test_the_report_command_refuses_an_unknown_topic(report_store, tmp_path):
    result = CliRunner().invoke(cli, ["report", "-o", str(tmp_path / "r.html"), "--store",
                                      str(report_store), "--topic", "moon landing"])
    assert result.exit_code == 2
    assert "no topic matches 'moon landing' well" in result.output


def test_writing_a_report_imports_no_spacy(report_store, tmp_path):
    code = ("import sys; from stancegraph.report import write_report; "
            f"write_report({str(tmp_path / 'r.html')!r}, {str(report_store)!r}); "
            "print(sorted(m for m in ('spacy', 'stancegraph.loaders.nlp', 'thinc') "
            "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_the_vendored_graph_library_is_the_one_the_readme_names():
    vendored = ROOT / "report" / "assets" / "vendor"
    digest = hashlib.sha256((vendored / "cytoscape.min.js").read_bytes()).hexdigest()
    assert digest == CYTOSCAPE_SHA256
    assert CYTOSCAPE_SHA256 in (vendored / "README.md").read_text(encoding="utf-8")
    assert "MIT" in (vendored / "cytoscape.LICENSE").read_text(encoding="utf-8")


def test_the_report_and_neo4j_browser_share_one_style_sheet():
    shipped = ROOT / "report" / "assets" / "stancegraph.grass"
    assert shipped.read_bytes() == (ROOT / "docs" / "neo4j" / "stancegraph.grass").read_bytes()


@pytest.mark.slow
def test_an_ingested_store_names_its_pack_in_the_report(examples_store):
    assert "Russia-Ukraine ceasefire talks (2025) (<code>russia_ukraine_2025</code>)" in (
        build_report(examples_store))
