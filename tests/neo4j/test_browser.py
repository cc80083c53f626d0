"""Neo4j Browser, for real: the docs' style and first starter query draw a styled graph.

The test Neo4j serves Neo4j Browser 5.24 at ``/browser/``. Headless Chromium (Debian's
``/usr/bin/chromium``, driven by Playwright; no browser is downloaded) connects it to the
test database, applies ``docs/neo4j/stancegraph.grass`` by dropping the file on the page, as
``docs/neo4j.md`` tells users to, pastes the first query of
``docs/neo4j/starter-queries.cypher`` and runs it. The screenshot is saved to
``tests/artifacts/neo4j-browser.png``. When Chromium cannot start, the test fails in CI
(``CI=true``) and is skipped elsewhere, with the reason either way.

The starter queries are also checked without a browser: Neo4j 5 plans each of them, on a
graph holding every label and relationship type, without a single notification, and what
they return here is paths (or nulls), which Browser draws as a graph.

The claims are invented for these tests: three made-up states, Eastmark, Westholm and
Lakeland, and an Eastmark minister, Anton Vell, taking stances on topics of the shipped pack.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from chromium import chromium
from neo4j_graphs import explain_notifications, make_claim, make_document
from neo4j_server import Neo4jServer

import neo4j
from stancegraph.graph.model import NODE_LABELS, RELATIONSHIP_TYPES, build_graph
from stancegraph.graph.neo4j import push
from stancegraph.report.style import parse_grass
from stancegraph.schema.models import Actor, InfrastructureCategory, Topic

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parents[2]
STYLE = ROOT / "docs" / "neo4j" / "stancegraph.grass"
STARTER_QUERIES = ROOT / "docs" / "neo4j" / "starter-queries.cypher"
SCREENSHOT = ROOT / "tests" / "artifacts" / "neo4j-browser.png"

TIMEOUT_MS = 60_000

ACTORS = (
    Actor(id="eastmark", name="Eastmark", kind="state"),
    Actor(id="westholm", name="Westholm", kind="state"),
    Actor(id="lakeland", name="Lakeland", kind="state"),
    Actor(id="anton_vell", name="Anton Vell", kind="person", party="eastmark",
          roles=("Eastmark foreign minister",)),
)
TOPICS = (
    Topic(id="foreign_troops_in_ukraine", label="Foreign troops in Ukraine"),
    Topic(id="sanctions_relief", label="Sanctions relief"),
    Topic(id="ceasefire", label="Ceasefire", is_cessation=True),
    Topic(id="partial_ceasefire", label="Partial ceasefire", parent="ceasefire",
          is_cessation=True, is_infrastructure_scoped=True),
)
CATEGORIES = (
    InfrastructureCategory(id="critical_infrastructure", label="Critical infrastructure"),
    InfrastructureCategory(id="energy", label="Energy infrastructure",
                           broader="critical_infrastructure"),
)
EASTMARK = [
    "Eastmark rejects any plan to station foreign troops in Ukraine.",
    "Anton Vell called foreign soldiers on Ukrainian soil unacceptable.",
    "Eastmark demands sanctions relief before any further round of talks.",
    "Eastmark agreed to pause strikes on power plants for thirty days.",
]
NEIGHBOURS = [
    "Lakeland also opposes sending foreign troops as peacekeepers.",
    "Westholm backs a European reassurance force in Ukraine.",
    "Westholm proposed a partial ceasefire covering power plants.",
    "Westholm accused Eastmark of breaking the ceasefire.",
]


def browser_test_graph():
    """Every label and relationship type; three actors reject foreign troops, one supports."""
    first = make_document(EASTMARK, "news/eastmark-briefing.txt", title="Eastmark briefing")
    second = make_document(NEIGHBOURS, "news/neighbours.txt", title="The neighbours reply")
    claims = [
        make_claim(first, EASTMARK[0], "eastmark", "reject", "foreign_troops_in_ukraine"),
        make_claim(first, EASTMARK[1], "anton_vell", "reject", "foreign_troops_in_ukraine",
                   speaker="Anton Vell"),
        make_claim(first, EASTMARK[2], "eastmark", "demand", "sanctions_relief"),
        make_claim(first, EASTMARK[3], "eastmark", "concede", "partial_ceasefire",
                   infrastructure=("energy",)),
        make_claim(second, NEIGHBOURS[0], "lakeland", "reject", "foreign_troops_in_ukraine"),
        make_claim(second, NEIGHBOURS[1], "westholm", "support", "foreign_troops_in_ukraine"),
        make_claim(second, NEIGHBOURS[2], "westholm", "propose", "partial_ceasefire",
                   infrastructure=("energy",)),
        make_claim(second, NEIGHBOURS[3], "westholm", "accuse", topic="ceasefire",
                   target_actor="eastmark"),
    ]
    return build_graph([first, second], ACTORS, TOPICS, CATEGORIES, claims)


def starter_queries() -> list[tuple[str, str]]:
    """(question, statement) for each query of the starter file, in order."""
    text = STARTER_QUERIES.read_text(encoding="utf-8")
    found = []
    for statement in (part.strip() for part in re.split(r";\s*$", text, flags=re.M)):
        if statement:
            question = statement.splitlines()[0]
            assert question.startswith("// "), f"no '// question' line before:\n{statement}"
            found.append((question.removeprefix("// "), statement))
    return found


def drawn_answer(driver: neo4j.Driver, query: str) -> tuple[set[str], set[str], set[str]]:
    """The distinct node ids, relationship ids and actor names of a query's paths."""
    nodes, relationships, actors = set(), set(), set()
    for record in driver.execute_query(query).records:
        for path in record.values():
            if path is None:
                continue
            for node in path.nodes:
                nodes.add(node.element_id)
                if "Actor" in node.labels:
                    actors.add(node["name"])
            relationships.update(r.element_id for r in path.relationships)
    return nodes, relationships, actors


def test_starter_queries_are_planned_without_notifications(empty_neo4j, neo4j_driver):
    graph = browser_test_graph()
    push(graph, empty_neo4j.bolt_uri, empty_neo4j.user, empty_neo4j.password)
    assert {label for _, label in graph.nodes(data="label")} == set(NODE_LABELS)
    assert {kind for *_, kind in graph.edges(data="type")} == set(RELATIONSHIP_TYPES)

    queries = starter_queries()
    assert len(queries) >= 5
    for question, statement in queries:
        assert explain_notifications(neo4j_driver, statement, {}) == [], question
        for record in neo4j_driver.execute_query(statement).records:
            assert all(value is None or isinstance(value, neo4j.graph.Path)
                       for value in record.values()), question


# -- Neo4j Browser in headless Chromium -----------------------------------------------------


@pytest.fixture
def browser_page(tmp_path):
    """A page in a fresh headless Chromium that may only talk to 127.0.0.1."""
    with chromium(tmp_path / "chromium-profile", TIMEOUT_MS) as (_, page):
        # Browser asks for web fonts and usage analytics on the internet; the test
        # must not depend on the network, nor send anything anywhere.
        page.route("**/*", lambda route: route.continue_()
                   if route.request.url.startswith("http://127.0.0.1:") else route.abort())
        yield page


def connect(page: Any, server: Neo4jServer) -> None:
    """Fill in Browser's connect form with the test server's Bolt address and user."""
    page.goto(f"{server.http_uri}/browser/")
    page.get_by_test_id("boltaddress").wait_for()
    page.get_by_test_id("bolt-scheme-select").select_option("bolt://")
    page.get_by_test_id("boltaddress").fill(server.bolt_uri.removeprefix("bolt://"))
    if server.password is None:
        page.get_by_test_id("authenticationMethod").select_option("NO_AUTH")
    else:
        page.get_by_test_id("authenticationMethod").select_option("NATIVE")
        page.get_by_test_id("username").fill(server.user)
        page.get_by_test_id("password").fill(server.password)
    page.get_by_test_id("connect").click()
    page.get_by_text("You are connected as user").wait_for()


def drop_file(page: Any, name: str, text: str) -> None:
    """Drop a file on the Browser page, as dragging it from a file manager does."""
    data = page.evaluate_handle(
        """([name, text]) => {
            const data = new DataTransfer();
            data.items.add(new File([text], name, {type: "text/plain"}));
            return data;
        }""",
        [name, text],
    )
    page.dispatch_event(".filedrop", "drop", {"dataTransfer": data})


def paste_and_run(page: Any, text: str) -> None:
    """Paste ``text`` into the editor and press its Run button.

    A paste, not typing: the editor closes brackets as they are typed, which would change
    the text.
    """
    page.locator("#monaco-main-editor").click()
    page.evaluate(
        """text => {
            const data = new DataTransfer();
            data.setData("text/plain", text);
            document.querySelector("#monaco-main-editor textarea").dispatchEvent(
                new ClipboardEvent("paste", {clipboardData: data, bubbles: true,
                                             cancelable: true}));
        }""",
        text,
    )
    page.get_by_test_id("editor-Run").click()


def wait_for_layout(frame: Any, seconds: float = 10.0) -> None:
    """Wait until the force layout stops moving the nodes (or ``seconds`` pass)."""
    deadline = time.monotonic() + seconds
    before = None
    while time.monotonic() < deadline:
        now = frame.locator("g.node").evaluate_all("nodes => nodes.map(n => n.getAttribute"
                                                   "('transform')).join('|')")
        if now == before:
            return
        before = now
        frame.page.wait_for_timeout(500)


def node_fills(frame: Any) -> list[tuple[str, str]]:
    """(caption text with its lines joined, fill colour) of each drawn node."""
    return sorted(tuple(pair) for pair in frame.locator("g.node").evaluate_all(
        """nodes => nodes.map(n => [
            Array.from(n.querySelectorAll("text.caption"), t => t.textContent.trim()).join(" "),
            n.querySelector("circle.b-outline").getAttribute("fill").toUpperCase()])"""
    ))


def relationship_fills(frame: Any) -> dict[str, set[str]]:
    """Caption text -> the fill colours of the drawn relationships with that caption."""
    found: dict[str, set[str]] = {}
    for caption, fill in frame.locator("g.relationship").evaluate_all(
        """rels => rels.map(r => [r.querySelector("text").textContent.trim(),
                                  r.querySelector("path.b-outline").getAttribute("fill")])"""
    ):
        found.setdefault(caption, set()).add(fill.upper())
    return found


@pytest.mark.browser
def test_browser_draws_the_first_starter_query_in_the_project_style(
    empty_neo4j, neo4j_driver, browser_page, capsys
):
    from playwright.sync_api import expect

    server = empty_neo4j
    if not server.http_uri:
        pytest.fail("the test Neo4j has no HTTP connector, so no Neo4j Browser", pytrace=False)
    push(browser_test_graph(), server.bolt_uri, server.user, server.password)
    question, query = starter_queries()[0]
    assert question == "who rejects foreign troops?"
    nodes, relationships, actors = drawn_answer(neo4j_driver, query)
    assert actors == {"Eastmark", "Anton Vell", "Lakeland"}
    style_text = STYLE.read_text(encoding="utf-8")
    style = parse_grass(style_text)
    page = browser_page
    started = time.monotonic()
    try:
        connect(page, server)

        drop_file(page, STYLE.name, style_text)
        expect(page.get_by_test_id("frameCommand").first).to_have_text(":style")
        # What Browser stored is what it will draw with: every rule of the file, no other.
        stored = page.wait_for_function(
            "() => JSON.parse(localStorage.getItem('neo4j.grass') || 'null')")
        assert stored.json_value() == style

        paste_and_run(page, query)
        frame = page.get_by_test_id("frame").first
        expect(frame.get_by_test_id("frameCommand")).to_contain_text(question)
        expect(frame.locator("svg g.node")).to_have_count(len(nodes))
        expect(frame.locator("svg g.relationship")).to_have_count(len(relationships))
        expect(frame).to_contain_text(
            f"Displaying {len(nodes)} nodes, {len(relationships)} relationships.")
        wait_for_layout(frame)

        # Captions and colours are the style's: names on actors, the stance on positions.
        actor, topic, rejection = (style[f"node.{label}"]["color"].upper()
                                   for label in ("Actor", "Topic", "Rejection"))
        assert node_fills(frame) == sorted(
            [(name, actor) for name in actors] + [("Foreign troops in Ukraine", topic)]
            + [("reject", rejection)] * 3
        )
        assert relationship_fills(frame) == {
            kind: {style[f"relationship.{kind}"]["color"].upper()}
            for kind in ("REJECTS", "ABOUT", "SPEAKS_FOR")
        }
    finally:
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
        with capsys.disabled():
            print(f"\nNeo4j Browser screenshot: {SCREENSHOT} "
                  f"(browser steps {time.monotonic() - started:.1f} s)")
