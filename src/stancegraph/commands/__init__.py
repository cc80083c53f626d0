"""Click commands beyond the core ones, grouped by concern; registered in stancegraph.cli."""
