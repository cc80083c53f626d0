"""Graph in, answers out: query functions over the stance graph and English questions.

Every function takes the graph from ``GraphStore.load_graph`` (or a ``StanceView`` of it,
built once for many queries) and pack ids, and returns answers that carry their evidence:

>>> from stancegraph.queries import ask, open_view, who            # doctest: +SKIP
>>> view = open_view(".stancegraph")                                # doctest: +SKIP
>>> who(view, "reject", "foreign_troops_in_ukraine")                # doctest: +SKIP
>>> ask(view, "who rejects foreign troops?").answers                # doctest: +SKIP

Nothing here parses article text or imports spaCy: query commands start as fast as the
graph loads. Questions are read by a small rule-based parser (``questions``) whose word
lists are data (``vocabulary``).
"""

from stancegraph.queries.answers import (
    Answer,
    CategoryWanted,
    Comparison,
    Contradiction,
    Matrix,
    PartySummary,
    Quote,
    TopicComparison,
)
from stancegraph.queries.comparison import (
    common_ground,
    compare,
    contradictions,
    disagreements,
    matrix,
)
from stancegraph.queries.positions import (
    accusations,
    concessions,
    evidence,
    infrastructure_wanted,
    positions,
    stances_of,
    who,
)
from stancegraph.queries.questions import Interpretation, Response, ask, parse_question
from stancegraph.queries.resolution import EntityIndex
from stancegraph.queries.timeline import Change, Moment, TopicHistory, changes, histories
from stancegraph.queries.view import QueryError, StanceView, as_view, open_view

__all__ = [
    "Answer",
    "CategoryWanted",
    "Change",
    "Comparison",
    "Contradiction",
    "EntityIndex",
    "Interpretation",
    "Matrix",
    "Moment",
    "PartySummary",
    "QueryError",
    "Quote",
    "Response",
    "StanceView",
    "TopicComparison",
    "TopicHistory",
    "accusations",
    "ask",
    "as_view",
    "changes",
    "common_ground",
    "compare",
    "concessions",
    "contradictions",
    "disagreements",
    "evidence",
    "histories",
    "infrastructure_wanted",
    "matrix",
    "open_view",
    "parse_question",
    "positions",
    "stances_of",
    "who",
]
