"""Graphs for the Neo4j tests, and both graphs — networkx and Neo4j — in one comparable form.

The claims are invented for these tests: a made-up negotiation between two river states,
Northland and Southland, over water quotas, dam inspections and the canals and pumping
stations a truce would cover.

In Neo4j a node or relationship carries the networkx properties as the README's graph model
says, with the two changes every export makes: list properties (stored in networkx as JSON
strings) are Neo4j lists of strings, an empty one left out, and characters XML 1.0 forbids
are removed from text. ``expected_form`` applies those rules, written out again here
rather than imported, so that the tests check them.
"""

from __future__ import annotations

from claim_helpers import make_claim, make_document  # noqa: F401 - shared with the graph tests

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx

import neo4j
from stancegraph.graph.model import LIST_PROPERTIES, build_graph
from stancegraph.schema.models import (
    Actor,
    Claim,
    Document,
    DomainPack,
    InfrastructureCategory,
    Topic,
)

PACK = DomainPack(
    id="river_talks",
    label="River talks",
    actors=(
        Actor(id="northland", name="Northland", kind="state", aliases=("the northern cabinet",)),
        Actor(id="southland", name="Southland", kind="state", aliases=("Port Meridian",)),
        Actor(id="ilsa_varga", name="Ilsa Varga", kind="person", party="northland",
              roles=("Northland water minister",)),
        Actor(id="tomas_reyne", name="Tomas Reyne", kind="person", party="southland"),
        Actor(id="basin_council", name="Basin Council", kind="organization"),
    ),
    commentators=(Actor(id="delta_review", name="Delta Review", kind="commentator"),),
    topics=(
        Topic(id="water_quota", label="a fixed water quota", phrases=("water quota",)),
        Topic(id="river_truce", label="a truce on the river", is_cessation=True,
              phrases=("truce",)),
        Topic(id="canal_truce", label="a truce on canal strikes", parent="river_truce",
              is_cessation=True, is_infrastructure_scoped=True),
        Topic(id="dam_inspection", label="joint dam inspections",
              description="Engineers of both sides inspect the upstream dams."),
    ),
    infrastructure=(
        InfrastructureCategory(id="water_infrastructure", label="water infrastructure"),
        InfrastructureCategory(id="canals", label="canals", broader="water_infrastructure"),
        InfrastructureCategory(id="pumping_stations", label="pumping stations",
                               broader="water_infrastructure"),
    ),
)

FIRST = [
    "Northland demands a fixed water quota before any talks.",
    "Ilsa Varga proposed a truce covering canals and pumping stations.",
    "Southland rejects the proposed water quota.",
    "Tomas Reyne accused Northland of draining the lower basin.",
    "The Basin Council supports joint dam inspections.",
]
SECOND = [
    "Northland again demanded a water quota, this time for the dry season.",
    "Southland agreed to halt strikes on canals for a week.",
    "Riverford, a downstream town, backs joint dam inspections.",
    "Southland accuses Northland of breaking the river truce.",
]




@dataclass
class Corpus:
    documents: list[Document]
    claims: list[Claim]

    def graph(self) -> nx.MultiDiGraph:
        return build_graph(self.documents, PACK.actors + PACK.commentators, PACK.topics,
                           PACK.infrastructure, self.claims)


def river_corpus() -> Corpus:
    """Two documents, nine claims: every stance, shared positions, an undeclared actor."""
    first = make_document(FIRST, "news/river-first.txt", title="Water talks stall",
                          published=date(2031, 4, 2))
    second = make_document(SECOND, "https://example.org/river/second.html")
    claims = [
        make_claim(first, FIRST[0], "northland", "demand", "water_quota"),
        make_claim(first, FIRST[1], "ilsa_varga", "propose", "canal_truce",
                   infrastructure=("canals", "pumping_stations"), confidence=0.65),
        make_claim(first, FIRST[2], "southland", "reject", "water_quota"),
        make_claim(first, FIRST[3], "tomas_reyne", "accuse", target_actor="northland"),
        make_claim(first, FIRST[4], "basin_council", "support", "dam_inspection",
                   speaker="The Basin Council"),
        make_claim(second, SECOND[0], "northland", "demand", "water_quota", confidence=1.0),
        make_claim(second, SECOND[1], "southland", "concede", "canal_truce",
                   infrastructure=("canals",)),
        make_claim(second, SECOND[2], "riverford", "support", "dam_inspection"),
        make_claim(second, SECOND[3], "southland", "accuse", topic="river_truce",
                   target_actor="northland", confidence=0.9),
    ]
    return Corpus([first, second], claims)


# -- one comparable form for both graphs ----------------------------------------------------

NodeKey = tuple[str, str]


def _canonical(properties: dict[str, Any]) -> str:
    # JSON keeps types apart (1 and 1.0, true and 1) and floats exact (shortest repr).
    return json.dumps(properties, sort_keys=True, ensure_ascii=False)


# XML 1.0's Char production: tab, line feed, carriage return, and U+0020 up, except the
# surrogates, U+FFFE and U+FFFF.
_NOT_XML_CHARACTER = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def without_xml_forbidden(text: str) -> str:
    return _NOT_XML_CHARACTER.sub("", text)


def neo4j_properties(data: dict[str, Any], reserved: str) -> dict[str, Any]:
    """What Neo4j should hold for a networkx node's or edge's properties."""
    properties = {}
    for name, value in data.items():
        if name == reserved or value is None:
            continue
        if name in LIST_PROPERTIES:
            items = [without_xml_forbidden(item) for item in json.loads(value)]
            if items:
                properties[name] = items
        elif isinstance(value, str):
            properties[name] = without_xml_forbidden(value)
        else:
            properties[name] = value
    return properties


def expected_form(graph: nx.MultiDiGraph) -> tuple[dict[NodeKey, dict], Counter]:
    """Nodes by (label, id) with the properties Neo4j should hold; relationships as a multiset."""
    nodes = {}
    key_of = {}
    for node, data in graph.nodes(data=True):
        key_of[node] = (data["label"], data["id"])
        nodes[key_of[node]] = neo4j_properties(data, "label")
    relationships: Counter = Counter()
    for source, target, data in graph.edges(data=True):
        properties = neo4j_properties(data, "type")
        relationships[(key_of[source], data["type"], key_of[target], _canonical(properties))] += 1
    return nodes, relationships


def neo4j_form(driver: neo4j.Driver, database: str | None = None
               ) -> tuple[dict[NodeKey, dict], Counter]:
    """The database's graph in the form of ``expected_form``; a node must have one label."""
    nodes = {}
    records = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties",
        database_=database,
    ).records
    for record in records:
        assert len(record["labels"]) == 1, record["labels"]
        properties = record["properties"]
        nodes[(record["labels"][0], properties["id"])] = properties
    relationships: Counter = Counter()
    for record in driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN labels(a)[0] AS a_label, a.id AS a_id, type(r) AS type, "
        "labels(b)[0] AS b_label, b.id AS b_id, properties(r) AS properties",
        database_=database,
    ).records:
        relationships[((record["a_label"], record["a_id"]), record["type"],
                       (record["b_label"], record["b_id"]),
                       _canonical(record["properties"]))] += 1
    return nodes, relationships


def type_form(nodes: dict[NodeKey, dict]) -> dict[NodeKey, dict[str, str]]:
    """Each node's property names with the Python type of their values."""
    return {key: {k: type(v).__name__ for k, v in properties.items()}
            for key, properties in nodes.items()}


def explain_notifications(driver: neo4j.Driver, query: str, parameters: dict[str, Any]
                          ) -> list[str]:
    """Run ``EXPLAIN query`` asking for every notification; return those the server gave.

    Cartesian products, unknown labels, deprecations and performance hints all count.
    """
    with driver.session(notifications_min_severity="INFORMATION") as session:
        summary = session.run("EXPLAIN " + query, parameters).consume()
    statuses = getattr(summary, "gql_status_objects", None)
    if statuses is not None:
        return [f"{s.gql_status}: {s.status_description}" for s in statuses if s.is_notification]
    found = list(summary.notifications or [])
    found += list(getattr(summary, "summary_notifications", None) or [])
    return [str(n) for n in found]


def clear_database(driver: neo4j.Driver) -> None:
    """Delete every node, constraint and index (but the token lookups) of the database."""
    driver.execute_query("MATCH (n) DETACH DELETE n")
    for record in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
        driver.execute_query(f"DROP CONSTRAINT `{record['name']}`")
    for record in driver.execute_query(
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"
    ).records:
        driver.execute_query(f"DROP INDEX `{record['name']}`")


def property_types(driver: neo4j.Driver) -> set[tuple[str, str, str]]:
    """Every (label or type, property, Neo4j value type) the database holds."""
    found = set()
    for query in (
        "MATCH (n) UNWIND keys(n) AS key RETURN DISTINCT labels(n)[0] AS owner, key, "
        "valueType(n[key]) AS kind",
        "MATCH ()-[r]->() UNWIND keys(r) AS key RETURN DISTINCT type(r) AS owner, key, "
        "valueType(r[key]) AS kind",
    ):
        for record in driver.execute_query(query).records:
            found.add((record["owner"], record["key"], record["kind"]))
    return found
