"""On the seed corpus (``../shared/seeds``, ingested by the pipeline), the report's matrix
and party sections agree cell by cell with ``stancegraph matrix --json`` and
``stancegraph positions PARTY --json``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from report_html import read_report

from stancegraph.cli import cli

pytestmark = [pytest.mark.seeds, pytest.mark.slow]


def run_json(store, *args):
    result = CliRunner().invoke(cli, [*args, "--json", "--store", str(store)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(scope="module")
def seeds_report(seeds_store, tmp_path_factory):
    target = tmp_path_factory.mktemp("seeds-report") / "seeds.html"
    result = CliRunner().invoke(cli, ["report", "-o", str(target), "--store", str(seeds_store)])
    assert result.exit_code == 0, result.output
    return read_report(target.read_text(encoding="utf-8"))


def test_the_matrix_agrees_cell_by_cell_with_matrix_json(seeds_store, seeds_report):
    table = run_json(seeds_store, "matrix")
    assert table["rows"], "the seed store has positions"
    assert sorted(seeds_report.matrix_rows) == sorted(table["rows"])
    expected = {(row, column): (cell["polarity"], cell["stances"])
                for row, columns in table["cells"].items() for column, cell in columns.items()}
    found = {key: (cell["polarity"], cell["stances"]) for key, cell in seeds_report.cells.items()}
    assert found == expected


def test_every_party_section_agrees_with_positions_json(seeds_store, seeds_report):
    assert set(seeds_report.answers) >= set(seeds_report.matrix_rows)
    for party, rows in seeds_report.answers.items():
        data = run_json(seeds_store, "positions", party, "--evidence", "1")
        expected = {(a["actor"], a["stance"], a["topic"], a["target_actor"], a["documents"])
                    for a in data["answers"]}
        assert rows == expected, party
