"""The report as one self-contained HTML file: markup, styles, script and data inline.

The matrix, the party sections and the timeline are plain HTML and SVG written here, so
they read (and print) without the script; the script (``assets/report.js``) adds the
evidence panel and the graph view, drawn by the vendored Cytoscape.js from the data in a
``<script type="application/json">`` element. Nothing on the page names another file or
address: no request leaves it.
"""

from __future__ import annotations

import json
from datetime import date
from html import escape
from importlib import resources
from typing import Any

from stancegraph.queries import Answer, TopicHistory
from stancegraph.report.content import ReportContent
from stancegraph.report.style import Style, load_style

__all__ = ["render"]

STANCE_TITLES = {
    "demand": "Demands", "propose": "Proposes", "support": "Supports", "reject": "Rejects",
    "concede": "Concedes", "accuse": "Accuses",
}
LEAN_TITLES = {"for": "for", "against": "against", "concede": "concedes", "mixed": "mixed"}


def render(content: ReportContent, generated: date | None = None) -> str:
    """The HTML text of a report."""
    style = load_style()
    colours = lean_colours(style)
    data = page_data(content, style)
    title = "stancegraph report" + (f": {content.pack['label']}" if content.pack else "")
    body = "\n".join([
        header(content, generated),
        navigation(),
        matrix_section(content, colours),
        graph_section(style),
        parties_section(content),
        timeline_section(content, colours),
        '<aside id="evidence" hidden><button type="button" id="evidence-close" '
        'aria-label="Close">&times;</button><h2 id="evidence-title"></h2>'
        '<ol id="evidence-quotes"></ol></aside>',
    ])
    css = _asset("report.css") + "\n" + _lean_css(colours)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        # Nothing may be fetched: no source, not even a favicon, and the policy says so.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n"
        "<link rel=\"icon\" href=\"data:,\">\n"
        f"<title>{escape(title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n"
        f"{body}\n"
        f"<script type=\"application/json\" id=\"report-data\">{_json(data)}</script>\n"
        f"<script>\n{_script(_asset('vendor/cytoscape.min.js'))}\n</script>\n"
        f"<script>\n{_script(_asset('report.js'))}\n</script>\n"
        "</body>\n</html>\n"
    )


# -- sections ---------------------------------------------------------------------------------


def header(content: ReportContent, generated: date | None) -> str:
    pack = (f"{escape(content.pack['label'])} (<code>{escape(content.pack['id'])}</code>)"
            if content.pack else "not recorded (a store written before packs were recorded)")
    if content.first_date:
        span = f"{content.first_date} to {content.last_date}"
    else:
        span = "no dated document"
    if content.undated_documents:
        span += f"; {content.undated_documents:,} undated"
    facts = [
        ("Store", f"<code>{escape(content.store)}</code>"),
        ("Pack", pack),
        ("Documents", f"<span id=\"fact-documents\">{content.documents:,}</span>"),
        ("Claims", f"<span id=\"fact-claims\">{content.claims:,}</span>"),
        ("Dates", escape(span)),
    ]
    for name, values in content.filters.items():
        if values:
            facts.append((f"Only {name}", escape(", ".join(values))))
    if generated:
        facts.append(("Written", generated.isoformat()))
    items = "".join(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in facts)
    return (f'<header><h1>Who stands where</h1><dl class="facts">{items}</dl>'
            '<p class="hint">Click a cell of the matrix or a node of the graph to read its '
            "evidence: every claim quotes the sentence it was read from.</p></header>")


def navigation() -> str:
    links = [("matrix", "Position matrix"), ("graph", "Graph"), ("parties", "Parties"),
             ("timeline", "Timeline")]
    return "<nav>" + "".join(f'<a href="#{anchor}">{name}</a>' for anchor, name in links) + "</nav>"


def matrix_section(content: ReportContent, colours: dict[str, str]) -> str:
    table = content.matrix
    if not content.rows:
        return ('<section id="matrix"><h2>Position matrix</h2>'
                "<p>No party takes a position on a topic in this store.</p></section>")
    head = "".join(
        f'<th scope="col" data-topic="{escape(c)}"><span>'
        f"{escape(table.column_labels.get(c, c))}</span></th>"
        for c in content.columns
    )
    body = []
    for number, row in enumerate(content.rows):
        bloc = ' class="bloc-start"' if number in content.blocs and number else ""
        cells = []
        for column in content.columns:
            stances = table.cells.get(row, {}).get(column, {})
            if not stances:
                cells.append('<td class="empty"></td>')
                continue
            polarity = table.polarity(row, column)
            documents = len(_cell_documents(content, row, column))
            summary = ", ".join(f"{stance} {count}" for stance, count in stances.items())
            cells.append(
                f'<td class="cell lean-{polarity}" tabindex="0" role="button" '
                f'data-party="{escape(row)}" data-topic="{escape(column)}" '
                f'data-polarity="{polarity}" data-documents="{documents}" '
                f"data-stances='{escape(json.dumps(stances, sort_keys=True))}' "
                f'title="{escape(table.row_names.get(row, row))} on '
                f'{escape(table.column_labels.get(column, column))}: {escape(summary)} '
                f'(documents per stance)">{documents}</td>')
        body.append(f'<tr{bloc} data-party="{escape(row)}"><th scope="row">'
                    f"{escape(table.row_names.get(row, row))}</th>{''.join(cells)}</tr>")
    legend = "".join(
        f'<span class="swatch lean-{lean}"></span>{LEAN_TITLES[lean]}'
        for lean in ("for", "against", "concede", "mixed"))
    return (
        '<section id="matrix"><h2>Position matrix</h2>'
        "<p>Parties (with the people speaking for them) by topic. A cell's colour is the "
        "party's stance, its number the documents that report it. Parties that agree sit "
        "together; a line starts a new bloc. Topics that divide the parties come first.</p>"
        f'<p class="legend">{legend}<span class="note">for: demand, propose or support; '
        "against: reject; mixed: both</span></p>"
        f'<div class="matrix-scroll"><table class="matrix"><thead><tr><th></th>{head}</tr>'
        f"</thead><tbody>{''.join(body)}</tbody></table></div></section>"
    )


def graph_section(style: Style) -> str:
    labels = ("Actor", "Topic", "InfrastructureCategory", "Demand", "Proposal", "Support",
              "Rejection", "Concession", "Accusation")
    legend = "".join(
        f'<span class="swatch" style="background:{escape(style.color(label))}"></span>'
        f"{escape(label)}" for label in labels)
    return (
        '<section id="graph"><h2>Graph</h2>'
        "<p>Actors, their positions and what the positions are about, coloured as in the "
        "Neo4j Browser style (<code>docs/neo4j/stancegraph.grass</code>). Drag to pan, "
        "scroll to zoom, drag a node to move it, click a node for its evidence. Documents "
        "are not drawn; the evidence names them.</p>"
        f'<p class="legend">{legend}</p>'
        '<div id="graph-canvas" role="img" aria-label="The stance graph"></div>'
        '<p id="graph-status" class="note">Drawing the graph…</p></section>'
    )


def parties_section(content: ReportContent) -> str:
    parts = ['<section id="parties"><h2>Parties</h2>']
    for section in content.parties:
        parts.append(f'<article class="party" id="party-{escape(section.party)}" '
                     f'data-party="{escape(section.party)}">'
                     f"<h3>{escape(section.name)}</h3>")
        by_stance: dict[str, list[Answer]] = {}
        for answer in section.answers:
            by_stance.setdefault(answer.stance, []).append(answer)
        for stance in STANCE_TITLES:
            answers = by_stance.get(stance)
            if not answers:
                continue
            rows = "".join(_answer_row(answer) for answer in answers)
            parts.append(f'<h4>{STANCE_TITLES[stance]}</h4><table class="answers">'
                         "<thead><tr><th>Speaker</th><th>Topic</th><th>Docs</th>"
                         f"<th>Best quote</th></tr></thead><tbody>{rows}</tbody></table>")
        if section.contradictions:
            parts.append("<h4>Its own people disagree</h4><ul class=\"contradictions\">")
            for found in section.contradictions:
                supporters = ", ".join(sorted({a.actor_name for a in found.supporting}))
                opponents = ", ".join(sorted({a.actor_name for a in found.opposing}))
                quote_for = _quote(found.supporting[0])
                quote_against = _quote(found.opposing[0])
                parts.append(
                    f'<li data-topic="{escape(found.topic)}"><strong>'
                    f"{escape(found.topic_label)}</strong>: for, {escape(supporters)} "
                    f"{quote_for}; against, {escape(opponents)} {quote_against}</li>")
            parts.append("</ul>")
        parts.append("</article>")
    parts.append("</section>")
    return "".join(parts)


def timeline_section(content: ReportContent, colours: dict[str, str]) -> str:
    dated = [h for h in content.histories if h.moments]
    changes = [c for h in content.histories for c in h.changes]
    parts = ['<section id="timeline"><h2>Timeline</h2>',
             "<p>Each party's stances by the publication date of the documents reporting "
             "them. A ring marks the date a party first took a stance on a topic, a bar each "
             "change. Documents without a date are counted apart, never placed.</p>"]
    if not dated:
        parts.append("<p>No claim comes from a dated document.</p></section>")
        return "".join(parts)
    first = date.fromisoformat(content.first_date or dated[0].moments[0].date)
    last = date.fromisoformat(content.last_date or dated[0].moments[-1].date)
    span = max((last - first).days, 1)
    width = 640

    def x(day: str) -> float:
        return round(8 + (date.fromisoformat(day) - first).days / span * (width - 16), 1)

    if changes:
        parts.append(f"<h3>Changes of stance ({len(changes)})</h3><table class=\"changes\">"
                     "<thead><tr><th>Party</th><th>Topic</th><th>Before</th><th>After</th>"
                     "</tr></thead><tbody>")
        for change in changes:
            parts.append(
                f'<tr data-party="{escape(change.holder)}" data-topic="{escape(change.topic)}">'
                f"<td>{escape(change.holder_name)}</td><td>{escape(change.topic_label)}</td>"
                f"<td>{_moment(change.before)}</td><td>{_moment(change.after)}</td></tr>")
        parts.append("</tbody></table>")
    by_holder: dict[str, list[TopicHistory]] = {}
    for history in dated:
        by_holder.setdefault(history.holder, []).append(history)
    middle = date.fromordinal(first.toordinal() + span // 2).isoformat()
    parts.append(
        '<h3>Stances by date</h3><table class="lines"><thead><tr><th></th><td>'
        f'<div class="axis"><span>{first.isoformat()}</span><span>{middle}</span>'
        f"<span>{last.isoformat()}</span></div></td><td></td></tr></thead>")
    for holder, found in by_holder.items():
        parts.append(f'<tbody data-party="{escape(holder)}"><tr class="holder"><th colspan="3">'
                     f"{escape(found[0].holder_name)}</th></tr>")
        for history in sorted(found, key=lambda h: (h.first.date, h.topic)):
            marks = [f'<line x1="8" y1="9" x2="{width - 8}" y2="9" class="track"/>']
            changed = {c.after.date for c in history.changes}
            for number, moment in enumerate(history.moments):
                colour = colours[moment.lean]
                documents = moment.documents
                tip = (f"{moment.date}: {'/'.join(moment.stances)} ("
                       + (documents[0] if len(documents) == 1
                          else f"{len(documents)} documents") + ")")
                if moment.date in changed:
                    marks.append(f'<rect x="{x(moment.date) - 1.5}" y="0" width="3" '
                                 f'height="18" class="change"><title>{escape(tip)}</title></rect>')
                ring = ' class="first"' if number == 0 else ""
                marks.append(f'<circle cx="{x(moment.date)}" cy="9" r="5" fill="{colour}"{ring}>'
                             f"<title>{escape(tip)}</title></circle>")
            summary = f"first {'/'.join(history.first.stances)} on {history.first.date}"
            if len(history.changes) == 1:
                change = history.changes[0]
                summary += f"; {change.describe()} on {change.after.date}"
            elif history.changes:
                change = history.changes[-1]
                summary += (f"; {len(history.changes)} changes, the last "
                            f"{change.describe()} on {change.after.date}")
            if history.undated:
                summary += f"; {len(history.undated)} undated"
            parts.append(
                f'<tr data-party="{escape(holder)}" data-topic="{escape(history.topic)}">'
                f"<th>{escape(history.topic_label)}</th><td><svg width=\"{width}\" height=\"18\" "
                f'viewBox="0 0 {width} 18">{"".join(marks)}</svg></td>'
                f'<td class="note">{escape(summary)}</td></tr>')
        parts.append("</tbody>")
    parts.append("</table></section>")
    return "".join(parts)


# -- pieces -----------------------------------------------------------------------------------


def lean_colours(style: Style) -> dict[str, str]:
    """The colour of each lean: the style's Support, Rejection and Concession colours."""
    return {"for": style.color("Support"), "against": style.color("Rejection"),
            "concede": style.color("Concession"), "mixed": style.color("Demand")}


def page_data(content: ReportContent, style: Style) -> dict[str, Any]:
    """The data the script reads: claims once, cells and nodes as claim numbers."""
    documents: dict[str, int] = {}
    claims = []
    for row in content.claim_rows:
        claims.append([
            documents.setdefault(row.document_id, len(documents)), row.actor, row.stance,
            row.topic or "", row.target_actor or "", row.speaker, row.sentence,
        ])
    view_documents = []
    names = {}
    for row in content.claim_rows:
        names.setdefault(row.document_id, (row.document, row.published))
    for document_id in documents:
        name, published = names[document_id]
        view_documents.append([name, published])
    labels = {}
    for node in content.graph.nodes:
        if node["label"] == "Topic":
            labels[node["id"].removeprefix("topic:")] = node["caption"]
    actors = {node["id"].removeprefix("actor:"): node["caption"]
              for node in content.graph.nodes if node["label"] == "Actor"}
    node_styles = {label: style.node(label) for label in
                   {node["label"] for node in content.graph.nodes}}
    edge_styles = {kind: style.relationship(kind) for kind in
                   {edge["type"] for edge in content.graph.edges}}
    return {
        "documents": view_documents,
        "claims": claims,
        "actors": actors,
        "topics": {**content.matrix.column_labels, **labels},
        "cells": {f"{party}|{topic}": list(numbers)
                  for (party, topic), numbers in content.cell_claims.items()},
        "graph": {"nodes": content.graph.nodes, "edges": content.graph.edges},
        "style": {"nodes": node_styles, "edges": edge_styles},
    }


def _answer_row(answer: Answer) -> str:
    about = answer.topic_label if answer.topic else f"against {answer.target_actor}"
    quote = answer.evidence[0] if answer.evidence else None
    sentence = (f'<q>{escape(quote.sentence)}</q> <cite>{escape(quote.doc)}'
                f"{', ' + quote.published if quote.published else ', undated'}</cite>"
                if quote else "")
    return (f'<tr data-actor="{escape(answer.actor)}" data-stance="{escape(answer.stance)}" '
            f'data-topic="{escape(answer.topic or "")}" '
            f'data-target="{escape(answer.target_actor or "")}" '
            f'data-documents="{answer.documents}"><td>{escape(answer.actor_name)}</td>'
            f"<td>{escape(about)}</td><td>{answer.documents}</td><td>{sentence}</td></tr>")


def _quote(answer: Answer) -> str:
    quote = answer.evidence[0]
    return f'(<q>{escape(quote.sentence)}</q> <cite>{escape(quote.doc)}</cite>)'


def _moment(moment) -> str:
    answer = moment.answers[0]
    quote = answer.evidence[0]
    return (f"<strong>{escape('/'.join(moment.stances))}</strong> {moment.date}, "
            f"{escape(quote.doc)}: <q>{escape(quote.sentence)}</q>")


def _cell_documents(content: ReportContent, party: str, topic: str) -> set[str]:
    rows = content.claim_rows
    return {rows[n].document_id for n in content.cell_claims.get((party, topic), ())}


def _lean_css(colours: dict[str, str]) -> str:
    return "\n".join([
        *(f".lean-{lean} {{ background: {colour}; color: #fff; }}"
          for lean, colour in colours.items() if lean != "mixed"),
        f".lean-mixed {{ background: linear-gradient(135deg, {colours['for']} 50%, "
        f"{colours['against']} 50%); color: #fff; }}",
    ])


def _asset(name: str) -> str:
    return resources.files("stancegraph.report").joinpath("assets", *name.split("/")).read_text(
        encoding="utf-8")


def _json(data: Any) -> str:
    """JSON safe inside a script element: every "<" written as its escape, so no "</script"
    or "<!--" can end or change the element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _script(text: str) -> str:
    if "</script" in text.lower():
        raise ValueError("a script to inline holds '</script'")
    return text
