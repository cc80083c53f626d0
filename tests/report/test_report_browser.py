"""The report in a real browser: headless Chromium (Debian's, through Playwright) opens it
from disk with every network request blocked and recorded.

The page must request nothing, log no error, draw one matrix row per party with claims and
every node of its graph, and show a cell's evidence when the cell is clicked. Screenshots
are saved under ``tests/artifacts/`` (``report-matrix.png``, ``report-evidence.png``,
``report-graph.png``, ``report-timeline.png``). When Chromium cannot start the tests fail
in CI (``CI=true``) and are skipped elsewhere, with the reason either way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import chromium_page, open_report
from report_html import read_report

from stancegraph.queries import histories, matrix
from stancegraph.report import write_report

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def report_file(report_store, tmp_path_factory) -> Path:
    return write_report(tmp_path_factory.mktemp("report") / "talks.html", report_store)


@pytest.fixture
def page(tmp_path):
    with chromium_page(tmp_path / "profile") as watched:
        yield watched


def test_the_report_opens_from_disk_requesting_nothing_and_logging_no_error(page, report_file):
    seconds = open_report(page, report_file)
    page.page.wait_for_timeout(300)  # late requests (fonts, icons) would show up here
    page.page.screenshot(path=str(ARTIFACTS / "report-matrix.png"))
    assert page.requests == [], "the report tried to fetch"
    assert page.errors == []
    assert seconds < 10


def test_the_matrix_has_one_row_per_party_with_claims(page, report_file, report_view):
    open_report(page, report_file)
    rows = page.page.locator("table.matrix tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.party)")
    assert sorted(rows) == sorted(matrix(report_view).rows)
    assert page.page.locator("table.matrix tbody tr").first.locator("th").is_visible()


def test_the_graph_draws_its_nodes(page, report_file):
    open_report(page, report_file)
    expected = len(read_report(report_file.read_text(encoding="utf-8")).data["graph"]["nodes"])
    drawn = page.page.evaluate("Number(document.body.dataset.graphNodes)")
    assert drawn == expected > 10
    # Every node inside the canvas, and the canvas not blank.
    inside = page.page.evaluate("""() => {
        const cy = window.stancegraphReport.graph, box = cy.extent();
        return cy.nodes().every(n => { const p = n.position();
            return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2; });
    }""")
    assert inside
    painted = page.page.evaluate("""() => {
        let count = 0;
        for (const canvas of document.querySelectorAll('#graph-canvas canvas')) {
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) count++; }
        }
        return count;
    }""")
    assert painted > 2000
    page.page.locator("#graph").scroll_into_view_if_needed()
    page.page.locator("#graph").screenshot(path=str(ARTIFACTS / "report-graph.png"))


def test_clicking_a_cell_shows_its_evidence(page, report_file):
    open_report(page, report_file)
    assert page.page.locator("#evidence").is_hidden()
    page.page.locator('td.cell[data-party="russia"][data-topic="foreign_troops_in_ukraine"]').click()
    panel = page.page.locator("#evidence")
    panel.wait_for(state="visible")
    assert panel.locator("#evidence-title").inner_text().startswith(
        "Russia on Foreign troops in Ukraine")
    quotes = panel.locator("li.quote q").all_inner_texts()
    assert quotes == ["The Kremlin said it would never accept foreign troops in Ukraine.",
                      "Moscow now says it could accept neutral monitors from Asia inside Ukraine."]
    assert "first.txt, 2025-03-12" in panel.locator("li.quote .meta").first.inner_text()
    page.page.screenshot(path=str(ARTIFACTS / "report-evidence.png"))
    page.page.keyboard.press("Escape")
    assert panel.is_hidden()


def test_clicking_a_node_of_the_graph_shows_its_evidence(page, report_file):
    open_report(page, report_file)
    page.page.evaluate("""() => window.stancegraphReport.graph
        .getElementById('topic:maritime_ceasefire').emit('tap')""")
    panel = page.page.locator("#evidence")
    panel.wait_for(state="visible")
    assert panel.locator("#evidence-title").inner_text() == "Topic: Maritime ceasefire"
    assert len(panel.locator("li.quote").all()) == 3


def test_the_timeline_places_dated_stances(page, report_file, report_view):
    open_report(page, report_file)
    dated = [h for h in histories(report_view) if h.moments]
    rows = page.page.locator("#timeline table.lines tbody tr[data-topic]")
    assert rows.count() == len(dated)
    dots = page.page.locator("#timeline table.lines circle")
    assert dots.count() == sum(len(h.moments) for h in dated)
    page.page.locator("#timeline").screenshot(path=str(ARTIFACTS / "report-timeline.png"))
