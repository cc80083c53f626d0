"""What the report shows, gathered from the query layer: no HTML here.

``gather`` reads a ``StanceView`` (narrowed to some topics and actors when asked) and
returns a ``ReportContent``: the header facts, the position matrix ordered so that parties
that agree sit together, each party's positions and contradictions (the very answers of
``positions`` and ``contradictions``), the timeline (``histories``), the stance graph laid
out, and every claim once, which the page's evidence panels refer to by number.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from stancegraph.graph.model import (
    ABOUT,
    ACTOR,
    AGAINST,
    COVERS,
    INFRASTRUCTURE,
    POSITION_LABEL,
    RELATIONSHIP_TYPE,
    SPEAKS_FOR,
    TOPIC,
)
from stancegraph.queries import (
    Answer,
    Contradiction,
    Matrix,
    StanceView,
    TopicHistory,
    contradictions,
    histories,
    matrix,
    positions,
)
from stancegraph.queries.positions import require_actor, require_topic
from stancegraph.queries.view import ClaimRow
from stancegraph.schema.positions import POLARITY, position_about, position_id

__all__ = ["GraphElements", "PartySection", "ReportContent", "gather", "narrowed"]

LEAN_VALUE = {"for": 1.0, "against": -1.0, "concede": 0.5, "mixed": 0.0}
"""How far a cell leans, for ordering rows: a concession goes some way towards the topic."""


@dataclass(frozen=True)
class PartySection:
    """One party: its positions (as ``positions`` gives them) and its contradictions."""

    party: str
    name: str
    answers: tuple[Answer, ...]
    contradictions: tuple[Contradiction, ...]


@dataclass(frozen=True)
class GraphElements:
    """The stance graph as the page draws it: nodes with a position, edges, by label."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class ReportContent:
    """Everything one report shows."""

    store: str
    pack: dict[str, str] | None
    documents: int
    claims: int
    first_date: str | None
    last_date: str | None
    undated_documents: int
    filters: dict[str, list[str]]
    matrix: Matrix
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    blocs: tuple[int, ...]
    parties: tuple[PartySection, ...]
    histories: tuple[TopicHistory, ...]
    graph: GraphElements
    claim_rows: tuple[ClaimRow, ...]
    claim_number: dict[str, int]
    cell_claims: dict[tuple[str, str], tuple[int, ...]]


def narrowed(
    view: StanceView, topics: Sequence[str] = (), actors: Sequence[str] = ()
) -> StanceView:
    """The view with only the claims on ``topics`` (with sub-topics) by ``actors`` (a party
    with its people); empty sequences narrow nothing.

    Raises
    ------
    QueryError
        If a topic or an actor is unknown.
    """
    if not topics and not actors:
        return view
    wanted_topics = set().union(*(view.topic_and_narrower(require_topic(view, t))
                                  for t in topics)) if topics else None
    wanted_actors = set().union(*(view.members(require_actor(view, a))
                                  for a in actors)) if actors else None
    copied = copy.copy(view)
    copied.claims = [
        row for row in view.claims
        if (wanted_topics is None or row.topic in wanted_topics)
        and (wanted_actors is None or row.actor in wanted_actors)
    ]
    return copied


def gather(
    view: StanceView,
    *,
    store: str,
    pack: dict[str, str] | None = None,
    filters: dict[str, list[str]] | None = None,
) -> ReportContent:
    """Gather what the report shows from a (possibly narrowed) view."""
    table = matrix(view)
    rows, blocs = order_rows(table)
    columns = order_columns(table)
    claim_rows = tuple(row for row in view.claims if view.actors.get(row.actor) is None
                       or view.actors[row.actor].kind != "commentator")
    claim_number = {row.claim_id: number for number, row in enumerate(claim_rows)}
    cell_claims: dict[tuple[str, str], list[int]] = {}
    for row in claim_rows:
        if row.topic and row.stance != "accuse":
            cell_claims.setdefault((row.party, row.topic), []).append(claim_number[row.claim_id])
    party_ids = list(rows) + sorted({row.party for row in claim_rows} - set(rows))
    sections = tuple(
        PartySection(party, view.actor_name(party), tuple(positions(view, party)),
                     tuple(contradictions(view, party)))
        for party in party_ids if party in view.actors
    )
    dated_documents = {d.id: d.published for d in view.document_entries.values()}
    used = {row.document_id for row in view.claims}
    dates = sorted(dated_documents[d] for d in used if dated_documents.get(d))
    return ReportContent(
        store=store, pack=pack, documents=len(used) if (filters and any(filters.values()))
        else len(view.document_entries),
        claims=len(claim_rows), first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        undated_documents=sum(1 for d in used if not dated_documents.get(d)),
        filters=filters or {}, matrix=table, rows=rows, columns=columns, blocs=blocs,
        parties=sections, histories=tuple(histories(view)),
        graph=graph_elements(view, claim_rows, claim_number),
        claim_rows=claim_rows, claim_number=claim_number,
        cell_claims={key: tuple(numbers) for key, numbers in cell_claims.items()},
    )


# -- ordering the matrix ---------------------------------------------------------------------


def order_rows(table: Matrix) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Parties ordered so that those that agree sit together, and where blocs begin.

    Each party leans on each topic (for 1, against -1, concede 0.5, mixed 0); two parties'
    agreement is the mean product of their leanings on the topics both spoke on. Starting
    from the party with the most documents, the next row is always the party that agrees
    most with the rows placed so far (the latest weighing most). A bloc begins at a row
    that does not agree with the row above.

    Returns
    -------
    (rows, blocs)
        ``blocs`` holds the indexes of the rows where a new bloc begins (0 included).

    >>> t = Matrix(rows=("a", "b", "c"), columns=("x",), cells={
    ...     "a": {"x": {"demand": 2}}, "b": {"x": {"reject": 1}}, "c": {"x": {"support": 1}}})
    >>> order_rows(t)
    (('a', 'c', 'b'), (0, 2))
    """
    leanings = {
        row: {column: LEAN_VALUE.get(table.polarity(row, column), 0.0)
              for column in table.cells.get(row, {})}
        for row in table.rows
    }
    remaining = list(table.rows)  # most documents first
    if not remaining:
        return (), ()
    placed = [remaining.pop(0)]
    while remaining:
        def score(candidate: str) -> tuple[float, int]:
            weighted = sum(agreement(leanings[candidate], leanings[done]) * 0.5 ** distance
                           for distance, done in enumerate(reversed(placed)))
            return (weighted, -table.rows.index(candidate))
        best = max(remaining, key=score)
        remaining.remove(best)
        placed.append(best)
    blocs = [0] + [i for i in range(1, len(placed))
                   if agreement(leanings[placed[i]], leanings[placed[i - 1]]) <= 0]
    return tuple(placed), tuple(blocs)


def agreement(first: dict[str, float], second: dict[str, float]) -> float:
    """The mean product of two parties' leanings on the topics both spoke on (0: none).

    >>> agreement({"x": 1.0, "y": -1.0}, {"x": 1.0, "y": 1.0, "z": 1.0})
    0.0
    """
    shared = first.keys() & second.keys()
    if not shared:
        return 0.0
    return sum(first[t] * second[t] for t in shared) / len(shared)


def order_columns(table: Matrix) -> tuple[str, ...]:
    """Topics that divide the parties first (parties for times parties against), then
    those reported by more documents (the matrix's own order)."""
    def divided(column: str) -> int:
        polarities = [table.polarity(row, column) for row in table.rows]
        for_count = sum(p in ("for", "mixed") for p in polarities)
        against_count = sum(p in ("against", "mixed") for p in polarities)
        return for_count * against_count

    return tuple(sorted(table.columns, key=lambda c: (-divided(c), table.columns.index(c))))


# -- the graph --------------------------------------------------------------------------------


def graph_elements(
    view: StanceView, rows: Iterable[ClaimRow], claim_number: dict[str, int]
) -> GraphElements:
    """The stance graph of the claims: actors, their positions, topics, categories, targets.

    Documents are left out (thousands of them would hide the rest); each node carries the
    numbers of its claims, whose quotes name their documents. The claims of one actor on
    one position are one edge, as wide as there are claims. Positions come from a
    networkx spring layout computed here, so the page opens without laying anything out.
    """
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def node(node_id: str, label: str, caption: str, **data: Any) -> dict[str, Any]:
        found = nodes.get(node_id)
        if found is None:
            found = nodes[node_id] = {"id": node_id, "label": label, "caption": caption,
                                      "claims": [], **data}
        return found

    def edge(source: str, target: str, kind: str) -> dict[str, Any]:
        key = (source, target, kind)
        if key not in edges:
            edges[key] = {"id": f"e{len(edges)}", "source": source, "target": target,
                          "type": kind, "claims": 0}
        return edges[key]

    for row in rows:
        number = claim_number[row.claim_id]
        actor = node(f"actor:{row.actor}", ACTOR, view.actor_name(row.actor), party=row.party)
        actor["claims"].append(number)
        if row.party != row.actor:
            node(f"actor:{row.party}", ACTOR, view.actor_name(row.party), party=row.party)
            edge(actor["id"], f"actor:{row.party}", SPEAKS_FOR)
        about = position_about(row.stance, row.topic, row.target_actor)
        position = node(f"position:{position_id(row.actor, row.stance, about)}",
                        POSITION_LABEL[row.stance], row.stance, polarity=POLARITY[row.stance])
        position["claims"].append(number)
        edge(actor["id"], position["id"], RELATIONSHIP_TYPE[row.stance])["claims"] += 1
        if row.topic:
            topic = node(f"topic:{row.topic}", TOPIC, view.topic_label(row.topic))
            topic["claims"].append(number)
            edge(position["id"], topic["id"], ABOUT)
        if row.target_actor:
            target = node(f"actor:{row.target_actor}", ACTOR, view.actor_name(row.target_actor),
                          party=view.party_of(row.target_actor))
            edge(position["id"], target["id"], AGAINST)
        for category in row.infrastructure:
            found = node(f"infrastructure:{category}", INFRASTRUCTURE,
                         view.category_label(category))
            found["claims"].append(number)
            edge(position["id"], found["id"], COVERS)
    positions_of = layout([(node_id, data.get("party", "")) for node_id, data in nodes.items()],
                          [(e["source"], e["target"]) for e in edges.values()])
    for node_id, data in nodes.items():
        data["x"], data["y"] = positions_of[node_id]
    return GraphElements(list(nodes.values()), list(edges.values()))


def layout(
    nodes: list[tuple[str, str]], edges: list[tuple[str, str]]
) -> dict[str, tuple[float, float]]:
    """Spread the nodes on the plane, the same on every run.

    ``nodes`` are (node id, party) pairs. Each connected part gets networkx's spring
    layout (``_rings`` above ``SPRING_LIMIT`` nodes), sized by its number of nodes, and
    the parts are set side by side in rows, largest first: one layout of everything would
    push small parts far off and squeeze the large one.
    """
    if not nodes:
        return {}
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from((node, {"party": party}) for node, party in nodes)
    graph.add_edges_from(edges)
    parts = sorted((sorted(part) for part in nx.connected_components(graph)),
                   key=lambda part: (-len(part), part[0]))
    placed: dict[str, tuple[float, float]] = {}
    total = sum(_extent(len(part)) ** 2 for part in parts)
    row_width = 4.0 * math.sqrt(total)  # the canvas is about twice as wide as high
    x = y = row_height = 0.0
    for part in parts:
        extent = _extent(len(part))
        if x and x + 2 * extent > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        if len(part) == 1:
            local = {part[0]: (0.0, 0.0)}
        elif len(part) > SPRING_LIMIT:
            local = _rings(graph.subgraph(part), extent)
        else:
            local = nx.spring_layout(graph.subgraph(part), seed=7, iterations=100,
                                     scale=extent, k=2.0 / math.sqrt(len(part)))
        for node, (px, py) in local.items():
            placed[node] = (round(float(px) + x + extent, 1), round(float(py) + y + extent, 1))
        x += 2 * extent + _MARGIN
        row_height = max(row_height, 2 * extent + _MARGIN)
    return placed


_MARGIN = 60.0
SPRING_LIMIT = 400
"""Connected parts larger than this are laid out in rings: networkx's spring layout needs
scipy above 500 nodes, and a force layout of thousands of nodes shows a hairball anyway."""


def _rings(graph, extent: float) -> dict[str, tuple[float, float]]:
    """Topics and categories on an outer ring, actors on an inner one (by party), each
    position between its actor and what it is about."""
    outer = sorted(n for n in graph if n.startswith(("topic:", "infrastructure:")))
    inner = sorted((n for n in graph if n.startswith("actor:")),
                   key=lambda n: (graph.nodes[n].get("party", ""), n))
    placed: dict[str, tuple[float, float]] = {}
    for ring, radius in ((outer, extent), (inner, extent * 0.35)):
        for number, node in enumerate(ring):
            angle = 2 * math.pi * number / max(len(ring), 1)
            placed[node] = (radius * math.cos(angle), radius * math.sin(angle))
    for node in sorted(set(graph) - set(placed)):
        ends = [placed[other] for other in graph[node] if other in placed] or [(0.0, 0.0)]
        share = (sum(hash_fraction(node + str(i)) for i in range(3)) / 3) * 0.5 + 0.25
        x = sum(p[0] for p in ends) / len(ends)
        y = sum(p[1] for p in ends) / len(ends)
        placed[node] = (x * (0.6 + share * 0.5), y * (0.6 + share * 0.5))
    return placed


def hash_fraction(text: str) -> float:
    """A number in [0, 1) that depends only on ``text``: jitter that is the same every run."""
    import hashlib

    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16) / 2**32


def _extent(size: int) -> float:
    """Half the width of the square a connected part of ``size`` nodes is laid out in."""
    return 40.0 if size == 1 else 90.0 * math.sqrt(size)
