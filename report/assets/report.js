/* The stancegraph report: evidence panels and the graph view. Reads #report-data. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var report = { data: data, graph: null, shown: [] };
  window.stancegraphReport = report;

  function actorName(id) { return data.actors[id] || id; }
  function topicLabel(id) { return data.topics[id] || id; }

  // -- the evidence panel -------------------------------------------------------------------
  var panel = document.getElementById("evidence");
  var list = document.getElementById("evidence-quotes");
  var shownLimit = 200;

  function showEvidence(title, numbers) {
    document.getElementById("evidence-title").textContent = title;
    list.textContent = "";
    var sorted = numbers.slice().sort(function (a, b) {
      var da = data.documents[data.claims[a][0]][1] || "9999", db = data.documents[data.claims[b][0]][1] || "9999";
      return da < db ? -1 : da > db ? 1 : a - b;
    });
    sorted.slice(0, shownLimit).forEach(function (number) {
      var claim = data.claims[number];
      var documentInfo = data.documents[claim[0]];
      var item = document.createElement("li");
      item.className = "quote";
      item.dataset.claim = String(number);
      var meta = document.createElement("div");
      meta.className = "meta";
      var about = claim[3] ? topicLabel(claim[3]) : "";
      if (claim[4]) { about = (about ? about + ", " : "") + "against " + actorName(claim[4]); }
      meta.textContent = actorName(claim[1]) + " (as written: " + claim[5] + ") \u00b7 " + claim[2] +
        " " + about + " \u00b7 " + documentInfo[0] + ", " + (documentInfo[1] || "undated");
      var sentence = document.createElement("q");
      sentence.textContent = claim[6];
      item.appendChild(meta);
      item.appendChild(sentence);
      list.appendChild(item);
    });
    if (sorted.length > shownLimit) {
      var more = document.createElement("li");
      more.className = "meta";
      more.textContent = (sorted.length - shownLimit) + " more claims not shown";
      list.appendChild(more);
    }
    report.shown = sorted;
    panel.hidden = false;
  }
  document.getElementById("evidence-close").addEventListener("click", function () { panel.hidden = true; });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { panel.hidden = true; } });

  function openCell(cell) {
    var numbers = data.cells[cell.dataset.party + "|" + cell.dataset.topic] || [];
    var row = cell.parentElement.querySelector("th").textContent;
    showEvidence(row + " on " + topicLabel(cell.dataset.topic) + ": " + cell.dataset.polarity, numbers);
  }
  document.querySelectorAll("td.cell").forEach(function (cell) {
    cell.addEventListener("click", function () { openCell(cell); });
    cell.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); openCell(cell); }
    });
  });

  // -- the graph ----------------------------------------------------------------------------
  function px(value, fallback) { var n = parseFloat(value); return isNaN(n) ? fallback : n; }

  function graphStyle() {
    var rules = [{
      selector: "node",
      style: { "label": "data(caption)", "text-valign": "center", "text-halign": "center",
               "text-wrap": "ellipsis", "text-max-width": "data(textWidth)", "min-zoomed-font-size": 5 }
    }, {
      selector: "edge",
      style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8,
               "label": "data(type)", "font-size": 7, "min-zoomed-font-size": 9,
               "text-rotation": "autorotate", "color": "#495057" }
    }];
    Object.keys(data.style.nodes).forEach(function (label) {
      var s = data.style.nodes[label];
      var size = px(s.diameter, 50);
      rules.push({ selector: 'node[label = "' + label + '"]', style: {
        "background-color": s.color, "border-color": s["border-color"], "border-width": px(s["border-width"], 2),
        "width": size, "height": size, "color": s["text-color-internal"], "font-size": px(s["font-size"], 10) } });
    });
    Object.keys(data.style.edges).forEach(function (kind) {
      var s = data.style.edges[kind];
      rules.push({ selector: 'edge[type = "' + kind + '"]', style: {
        "line-color": s.color, "target-arrow-color": s.color, "width": "data(width)" } });
      data.graph.edges.forEach(function (edge) {
        if (edge.type === kind) { edge.width = px(s["shaft-width"], 1) * (edge.claims > 1 ? Math.min(1 + Math.log(edge.claims), 4) : 1); }
      });
    });
    rules.push({ selector: "node:selected", style: { "border-width": 5, "border-color": "#212529" } });
    return rules;
  }

  function drawGraph() {
    var status = document.getElementById("graph-status");
    var container = document.getElementById("graph-canvas");
    if (typeof window.cytoscape !== "function") { status.textContent = "The graph library did not load."; return; }
    var elements = [];
    data.graph.nodes.forEach(function (node) {
      var diameter = px((data.style.nodes[node.label] || {}).diameter, 50);
      elements.push({ group: "nodes", data: { id: node.id, label: node.label, caption: node.caption,
        claims: node.claims, textWidth: diameter - 6 + "px" }, position: { x: node.x, y: node.y } });
    });
    var rules = graphStyle();
    data.graph.edges.forEach(function (edge) {
      elements.push({ group: "edges", data: { id: edge.id, source: edge.source, target: edge.target,
        type: edge.type, width: edge.width || 1, claims: edge.claims } });
    });
    var large = elements.length > 1500;
    var cy = window.cytoscape({
      container: container, elements: elements, style: rules, layout: { name: "preset" },
      wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4,
      textureOnViewport: large, hideEdgesOnViewport: large, pixelRatio: large ? 1 : "auto"
    });
    report.graph = cy;
    cy.fit(undefined, 20);
    cy.on("tap", "node", function (event) {
      var node = event.target;
      var claims = node.data("claims") || [];
      var title = node.data("label") === "Actor" ? node.data("caption") + ": every claim"
        : node.data("label") + ": " + node.data("caption");
      if (claims.length) { showEvidence(title, claims); }
    });
    cy.one("render", function () {
      status.textContent = cy.nodes().length + " nodes, " + cy.edges().length + " relationships drawn.";
      document.body.dataset.graphNodes = String(cy.nodes().length);
      document.body.dataset.ready = "true";
    });
    if (!cy.nodes().length) {
      status.textContent = "No claims to draw.";
      document.body.dataset.graphNodes = "0";
      document.body.dataset.ready = "true";
    }
  }
  drawGraph();
})();
