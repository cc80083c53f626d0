"""English questions to query functions: a small rule-based parser and ``ask``.

``parse_question`` finds in a question the actors, topics and infrastructure categories the
graph knows (see ``resolution``) and the stance and intent words of ``vocabulary``, then
picks one of the query functions by a few ordered rules: accusation words ask for
accusations; two actors with words of disagreement, agreement or comparison compare them;
words of division inside one party ask for contradictions; "which infrastructure ... want
protected" asks for categories; everything else asks who holds which position. It reads
the question only -- never article text.

A question it cannot map is answered with what it understood, the words it did not know
and the closest known topics and actors; ``ask`` never raises on a question.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from stancegraph.queries.answers import (
    Answer,
    CategoryWanted,
    Contradiction,
    PartySummary,
    TopicComparison,
    sort_answers,
    summarise_parties,
)
from stancegraph.queries.comparison import (
    common_ground,
    compare,
    contradictions,
    disagreements,
)
from stancegraph.queries.positions import (
    accusations,
    infrastructure_wanted,
    positions,
    who,
)
from stancegraph.queries.resolution import (
    ACTOR,
    CATEGORY,
    TOPIC,
    EntityIndex,
    PhraseMatch,
    PhraseTable,
    Token,
    names_contrary,
    shorten,
    stem,
    tokenize,
)
from stancegraph.queries.periods import Period, find_period
from stancegraph.queries.timeline import TopicHistory, histories, within
from stancegraph.queries.view import StanceView, as_view
from stancegraph.queries.vocabulary import (
    ACCUSATION_CONTENT_WORDS,
    ACCUSATION_WORDS,
    AGAINST,
    AGREEMENT_WORDS,
    ANY_STANCE,
    CHANGE_WORDS,
    COMPARISON_WORDS,
    CONTRADICTION_WORDS,
    DISAGREEMENT_WORDS,
    FOR,
    FUNCTION_WORDS,
    HOLDER_KIND_WORDS,
    HOLDER_PREPOSITIONS,
    INFRASTRUCTURE_WORDS,
    NEGATIONS,
    PASSIVE_ACCUSATION,
    POSITION_WORDS,
    PROTECTION_WORDS,
    SCOPE_PREPOSITIONS,
    STANCE_WORDS,
    WHO_WORDS,
)

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["INTENTS", "Interpretation", "Response", "ask", "parse_question", "reverse_stances"]

INTENTS = (
    "who", "positions", "accusations", "disagreements", "common_ground", "compare",
    "contradictions", "infrastructure", "changes", "unknown",
)
"""What a question can ask for; "unknown" when it maps onto none of the query functions."""

MAX_QUESTION_LENGTH = 500
"""Longer questions are refused unread: a question is a sentence, not a document."""

EXAMPLE_QUESTIONS = (
    "who rejects foreign troops?",
    "what does Russia demand?",
    "where do Russia and Ukraine disagree?",
)

# Cue kinds: words that say what is asked rather than about whom or what. The parser finds
# them with a PhraseTable, as it finds entities: a cue is a PhraseMatch whose id is the word.
STANCE = "stance"
NEGATION = "negation"
ACCUSE = "accuse"
PASSIVE = "passive_accuse"
DISAGREE = "disagree"
AGREE = "agree"
COMPARE = "compare"
CONTRADICT = "contradict"
INFRASTRUCTURE = "infrastructure"
PROTECT = "protect"
POSITION = "position"
WHO = "who"
HOLDER_KIND = "holder_kind"
CHANGE = "change"

_CUE_WORDS: dict[str, Sequence[str]] = {
    STANCE: tuple(STANCE_WORDS), NEGATION: NEGATIONS, ACCUSE: ACCUSATION_WORDS,
    PASSIVE: PASSIVE_ACCUSATION, DISAGREE: DISAGREEMENT_WORDS, AGREE: AGREEMENT_WORDS,
    COMPARE: COMPARISON_WORDS, CONTRADICT: CONTRADICTION_WORDS,
    INFRASTRUCTURE: INFRASTRUCTURE_WORDS, PROTECT: PROTECTION_WORDS, POSITION: POSITION_WORDS,
    WHO: WHO_WORDS, HOLDER_KIND: tuple(HOLDER_KIND_WORDS), CHANGE: CHANGE_WORDS,
}
_WHICH = {"which", "what"}
_FUNCTION_STEMS = frozenset(stem(w) for w in FUNCTION_WORDS) | frozenset(FUNCTION_WORDS)
_KNOWN_STEMS = frozenset(stem(w) for w in ACCUSATION_CONTENT_WORDS)
_GENERIC_INFRASTRUCTURE = frozenset(stem(w) for w in INFRASTRUCTURE_WORDS if " " not in w)
_SCOPE = frozenset(SCOPE_PREPOSITIONS)
_HOLDER_PREPOSITIONS = frozenset(HOLDER_PREPOSITIONS)
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"})


@dataclass(frozen=True)
class Interpretation:
    """What a question was read as: the query to run and its arguments.

    ``actors`` are the holders asked about (a party includes its people); ``target`` is
    the accused in an accusation question; ``topics`` are the topics named (each includes
    its sub-topics); ``categories`` infrastructure categories. ``mentions`` lists every
    entity found and how; ``unknown_words`` the words that matched nothing;
    ``suggestions`` the closest topics and actors when the question is not understood.
    """

    question: str
    intent: str
    stances: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    target: str | None = None
    topics: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    party_kinds: tuple[str, ...] | None = None
    actor_kinds: tuple[str, ...] | None = None
    mentions: tuple[PhraseMatch, ...] = ()
    unknown_words: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    suggestions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    period: Period | None = None
    turned_topics: tuple[str, ...] = ()
    """Topics the question names by their contrary while it names others plainly ("is
    Russia against sanctions?": against new sanctions, and so for sanctions relief): on
    these the stances asked about are turned."""

    @property
    def understood(self) -> bool:
        return self.intent != "unknown"

    def describe(self, view: StanceView | None = None) -> str:
        """One line saying what the question was read as."""
        def actor(a: str) -> str:
            return view.actor_name(a) if view else a

        def topic(t: str) -> str:
            return view.topic_label(t) if view else t

        parts: list[str] = [self.intent]
        if self.actors:
            parts.append("actor " + " and ".join(actor(a) for a in self.actors))
        if self.target:
            parts.append(f"target {actor(self.target)}")
        if self.stances:
            every = set(self.stances) >= set(ANY_STANCE)
            stances = "any stance" if every else "/".join(self.stances)
            parts.append(f"stance {stances}")
        if self.topics:
            parts.append("topic " + ", ".join(topic(t) for t in self.topics) + " (with sub-topics)")
        if self.categories:
            parts.append("infrastructure " + ", ".join(self.categories))
        if self.period:
            parts.append(self.period.describe())
        if self.party_kinds:
            parts.append("parties of kind " + "/".join(self.party_kinds))
        if self.actor_kinds:
            parts.append("speakers of kind " + "/".join(self.actor_kinds))
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "intent": self.intent,
            "understood": self.understood,
            "stances": list(self.stances),
            "actors": list(self.actors),
            "target": self.target,
            "topics": list(self.topics),
            "categories": list(self.categories),
            "party_kinds": None if self.party_kinds is None else list(self.party_kinds),
            "actor_kinds": None if self.actor_kinds is None else list(self.actor_kinds),
            "mentions": [
                {"text": m.text, "kind": m.kind, "id": m.id, "how": m.how} for m in self.mentions
            ],
            "unknown_words": list(self.unknown_words),
            "notes": list(self.notes),
            "suggestions": {k: list(v) for k, v in self.suggestions.items()},
            "period": None if self.period is None else {
                "start": self.period.start, "end": self.period.end, "text": self.period.text},
        }


@dataclass(frozen=True)
class Response:
    """The answer to a question: the interpretation, the positions found and, for some
    intents, their arrangement (comparisons, contradictions, categories).

    ``answers`` always lists every position behind the response, grouped by party then
    speaker; ``message`` says in a sentence why there are none, when there are none.
    """

    question: str
    interpretation: Interpretation
    answers: tuple[Answer, ...] = ()
    parties: tuple[PartySummary, ...] = ()
    disagreements: tuple[TopicComparison, ...] = ()
    common_ground: tuple[TopicComparison, ...] = ()
    partly: tuple[TopicComparison, ...] = ()
    histories: tuple[TopicHistory, ...] = ()
    undated: tuple[Answer, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    categories: tuple[CategoryWanted, ...] = ()
    message: str = ""

    @property
    def understood(self) -> bool:
        return self.interpretation.understood

    def to_dict(self, evidence: int | None = None) -> dict[str, Any]:
        """The response as JSON; ``evidence`` caps the quotes of each answer."""
        data: dict[str, Any] = {
            "question": self.question,
            "interpretation": self.interpretation.to_dict(),
            "answers": [a.to_dict(evidence) for a in self.answers],
            "parties": [p.to_dict() for p in self.parties],
        }
        intent = self.interpretation.intent
        if intent in ("disagreements", "compare"):
            data["disagreements"] = [c.to_dict(evidence) for c in self.disagreements]
        if intent == "compare":
            data["partly"] = [c.to_dict(evidence) for c in self.partly]
        if intent in ("common_ground", "compare"):
            data["common_ground"] = [c.to_dict(evidence) for c in self.common_ground]
        if intent == "contradictions":
            data["contradictions"] = [c.to_dict(evidence) for c in self.contradictions]
        if intent == "infrastructure":
            data["categories"] = [c.to_dict(evidence) for c in self.categories]
        if intent == "changes":
            data["histories"] = [h.to_dict(evidence) for h in self.histories]
        if self.interpretation.period is not None:
            data["undated"] = [a.to_dict(evidence) for a in self.undated]
        if self.message:
            data["message"] = self.message
        return data


def ask(
    graph: nx.MultiDiGraph | StanceView, question: str, *, index: EntityIndex | None = None
) -> Response:
    """Answer an English question about the negotiation from the graph.

    Parameters
    ----------
    graph : networkx.MultiDiGraph or StanceView
    question : str
        "who rejects foreign troops?", "what does Russia demand?", "where do Russia and
        Ukraine disagree?" ...
    index : EntityIndex, optional
        Reuse one index when asking many questions of one graph.

    Returns
    -------
    Response
        Never raises on a question: one that cannot be mapped gives a response whose
        interpretation has intent "unknown", what was understood and suggestions.

    Examples
    --------
    >>> from stancegraph.graph import build_graph
    >>> from stancegraph.schema import Actor, Claim, Document, Evidence, Topic
    >>> doc = Document.from_text("Moscow rejects peacekeepers.", source="a.txt")
    >>> claim = Claim(actor="russia", stance="reject", topic="troops", confidence=0.9,
    ...     evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=28,
    ...                       speaker="Moscow"))
    >>> graph = build_graph(documents=[doc], claims=[claim],
    ...     actors=[Actor(id="russia", name="Russia", kind="state", aliases=("Moscow",))],
    ...     topics=[Topic(id="troops", label="Foreign troops", phrases=("peacekeeper",))])
    >>> response = ask(graph, "Who opposes peacekeepers?")
    >>> response.interpretation.intent, [a.party for a in response.answers]
    ('who', ['russia'])
    """
    view = as_view(graph)
    if len(question) > MAX_QUESTION_LENGTH:
        interpretation = Interpretation(
            question=question, intent="unknown",
            notes=(f"the question is {len(question):,} characters long",))
        return Response(question, interpretation, message=(
            f"cannot answer {shorten(question)!r}: it is {len(question):,} characters long; "
            f"ask in at most {MAX_QUESTION_LENGTH}"))
    index = index or EntityIndex(view)
    interpretation = parse_question(index, question)
    if not interpretation.understood:
        return Response(question, interpretation, message=_not_understood(view, interpretation))
    response = _run(view, interpretation)
    if not response.answers:
        message = f"No claim in the store matches: {interpretation.describe(view)}."
        commentators = [view.actor_name(a) for a in interpretation.actors
                        if a in view.actors and view.actors[a].kind == "commentator"]
        if commentators:
            message += (f" {', '.join(commentators)}: a commentator; what commentators say "
                        "is reported, not a negotiating position.")
        response = dataclasses.replace(response, message=message)
    return response


def parse_question(
    index: EntityIndex | StanceView | nx.MultiDiGraph, question: str
) -> Interpretation:
    """Read a question into an ``Interpretation`` (see the module docstring for the rules).

    Examples
    --------
    >>> from stancegraph.graph import build_graph
    >>> from stancegraph.schema import Actor, Topic
    >>> graph = build_graph(
    ...     actors=[Actor(id="russia", name="Russia", kind="state")],
    ...     topics=[Topic(id="ceasefire", label="Ceasefire", phrases=("truce",))])
    >>> reading = parse_question(graph, "What does Russia demand on the truce?")
    >>> reading.intent, reading.actors, reading.stances, reading.topics
    ('positions', ('russia',), ('demand',), ('ceasefire',))
    """
    if not isinstance(index, EntityIndex):
        index = EntityIndex(as_view(index))
    return _Parser(index, question).parse()


class _Parser:
    """One question being read; ``parse`` applies the rules in order."""

    def __init__(self, index: EntityIndex, question: str) -> None:
        self.index = index
        self.view = index.view
        self.question = question
        self.tokens: list[Token] = tokenize(question)
        self.notes: list[str] = []
        self.period: Period | None = None

    # -- reading ----------------------------------------------------------------------------

    def parse(self) -> Interpretation:
        tokens = self.tokens
        if not tokens:
            return self._unknown("the question is empty")
        self.period = find_period(self.question, self.view.latest_published)
        if isinstance(self.period, str):
            why, self.period = self.period, None
            return self._unknown(why)
        dated = set()
        if self.period is not None:
            first, last = self.period.span
            dated = {i for i, t in enumerate(tokens) if t.start < last and t.end > first}
            if self.period.note:
                self.notes.append(self.period.note)
        mentions = [m for m in self.index.mentions(tokens)
                    if not dated.intersection(range(m.start, m.end))]
        mentions, generic = self._split_generic_infrastructure(mentions)
        covered = {i for m in mentions for i in range(m.start, m.end)} | dated
        self.cues = [c for c in self._cues() if not covered.intersection(range(c.start, c.end))]
        covered |= {i for c in self.cues for i in range(c.start, c.end)}
        content = [i for i in range(len(tokens)) if i not in covered and self._is_content(i)]
        fuzzy = self.index.fuzzy_mentions(tokens, content)
        for mention in fuzzy:
            name = self._entity_name(mention.kind, mention.id)
            self.notes.append(f"read {mention.text!r} as {name} (score {mention.score:.0f})")
        mentions = sorted(mentions + fuzzy, key=lambda m: m.start)
        fuzzy_places = {i for m in fuzzy for i in range(m.start, m.end)}
        self.unknown = tuple(tokens[i].text for i in content if i not in fuzzy_places)
        self.mentions = tuple(mentions)
        self.generic_infrastructure = generic or self._has(INFRASTRUCTURE)
        self.actor_mentions = [m for m in mentions if m.kind == ACTOR]
        topic_ids = list(dict.fromkeys(m.id for m in mentions if m.kind == TOPIC))
        self.topics = tuple(self.index.most_specific(topic_ids))
        topic_mentions = [m for m in mentions if m.kind == TOPIC and m.id in self.topics]
        loose = self.unknown and topic_mentions and all(
            m.how == "synonym" for m in topic_mentions)
        if loose:
            words = " ".join(self.unknown + tuple(m.text for m in topic_mentions))
            return self._unknown(
                f"no topic matches {shorten(words)!r} well: "
                f"{', '.join(repr(m.text) for m in topic_mentions)} is only a loose synonym of "
                f"{', '.join(self.view.topic_label(m.id) for m in topic_mentions)}",
                suggest=words, topics_understood=False)
        # A topic named only by its contrary ("sanctions" for sanctions relief) turns the
        # stance asked about: being against sanctions is being for sanctions relief.
        self.contrary = tuple(dict.fromkeys(
            m.id for m in topic_mentions
            if all(names_contrary(tokens, other) for other in topic_mentions if other.id == m.id)
        ))
        topic_spans = {(m.start, m.end) for m in mentions if m.kind == TOPIC}
        self.categories_named = tuple(dict.fromkeys(m.id for m in mentions if m.kind == CATEGORY))
        # A category sharing its words with a topic ("nuclear power plant") filters only
        # when the question is about infrastructure.
        self.categories_alone = tuple(dict.fromkeys(
            m.id for m in mentions if m.kind == CATEGORY and (m.start, m.end) not in topic_spans
        ))
        self.who_shaped, self.holder_filter, self.party_kinds, self.actor_kinds = self._who()
        self.holders = self._holders()
        for rule in (self._accusation, self._pair, self._changes, self._infrastructure,
                     self._positions):
            reading = rule()
            if reading is not None:
                return reading
        return self._unknown("no topic, actor or stance recognised")

    def _cues(self) -> list[PhraseMatch]:
        table = _cue_table()
        found = table.find(self.tokens)
        found.sort(key=lambda c: (-(c.end - c.start), c.start))
        kept: list[PhraseMatch] = []
        for cue in found:
            if any(_overlap(cue, other) and (cue.start, cue.end) != (other.start, other.end)
                   for other in kept):
                continue
            kept.append(cue)
        return sorted(kept, key=lambda c: c.start)

    def _split_generic_infrastructure(
        self, mentions: list[PhraseMatch]
    ) -> tuple[list[PhraseMatch], bool]:
        """"infrastructure" alone is the thing asked about, not the category named so."""
        kept, generic = [], False
        for mention in mentions:
            if (mention.kind == CATEGORY and mention.end - mention.start == 1
                    and self.tokens[mention.start].stem in _GENERIC_INFRASTRUCTURE):
                generic = True
                continue
            kept.append(mention)
        return kept, generic

    def _is_content(self, i: int) -> bool:
        token = self.tokens[i]
        return not (token.norm in _FUNCTION_STEMS or token.stem in _FUNCTION_STEMS
                    or token.stem in _KNOWN_STEMS or token.norm.isdigit() or len(token.norm) < 2)

    def _has(self, kind: str) -> bool:
        return any(c.kind == kind for c in self.cues)

    def _first(self, kind: str) -> PhraseMatch | None:
        return next((c for c in self.cues if c.kind == kind), None)

    def _word_before(self, i: int, back: int = 1) -> str:
        j = i - back
        return self.tokens[j].norm if 0 <= j < len(self.tokens) else ""

    # -- who is asked about -----------------------------------------------------------------

    def _who(self):
        """Whether the holder is the unknown, and any filter on it ("which countries")."""
        who_shaped = False
        holder_filter: list[str] = []
        party_kinds: list[str] = []
        actor_kinds: list[str] = []
        for cue in self.cues:
            if cue.kind == WHO and cue.id not in ("which", "whose"):
                who_shaped = True
            if cue.kind == HOLDER_KIND and self._after_which(cue.start):
                who_shaped = True
                level, kind = HOLDER_KIND_WORDS[cue.id]
                (party_kinds if level == "party" else actor_kinds).append(kind)
        for mention in self.actor_mentions:
            # "which Russian officials ...", "who in Russia ...", "who among the Europeans"
            after_who = self._word_before(mention.start) in _HOLDER_PREPOSITIONS and (
                self._word_before(mention.start, 2) in ("who", "whom")
            )
            if self._after_which(mention.start) or after_who:
                who_shaped = True
                holder_filter.append(mention.id)
        return (
            who_shaped, tuple(dict.fromkeys(holder_filter)),
            tuple(dict.fromkeys(party_kinds)) or None, tuple(dict.fromkeys(actor_kinds)) or None,
        )

    def _after_which(self, i: int) -> bool:
        """Whether token i follows "which"/"what" (allowing "of the" between)."""
        for back in (1, 2, 3):
            word = self._word_before(i, back)
            if word in _WHICH:
                return True
            if word not in ("of", "the", "among"):
                return False
        return False

    def _holders(self) -> tuple[str, ...]:
        """The actors the question asks about, leaving out those that qualify a topic."""
        topic_mentions = [m for m in self.mentions if m.kind in (TOPIC, CATEGORY)]
        holders: list[str] = []
        candidates = [m for m in self.actor_mentions if m.id not in self.holder_filter]
        for mention in candidates:
            before = self._word_before(mention.start)
            after_topic = before in _SCOPE and any(
                t.end in (mention.start - 1, mention.start - 2) for t in topic_mentions
            )
            before_topic = len(candidates) > 1 and any(
                t.start == mention.end for t in topic_mentions
            )
            if after_topic or before_topic:
                self.notes.append(f"{mention.text!r} is read as part of the topic, not a holder")
                continue
            holders.append(mention.id)
        return tuple(dict.fromkeys(holders))

    # -- stances ----------------------------------------------------------------------------

    def _stances(self) -> tuple[str, ...]:
        stances: list[str] = []
        for cue in self.cues:
            if cue.kind != STANCE:
                continue
            found = STANCE_WORDS[cue.id]
            if not cue.id.startswith("not ") and self._negated(cue.start):
                flipped = _flip(found)
                if flipped != found:
                    self.notes.append(
                        f"{self._text(cue)!r} is negated: read as {'/'.join(flipped)}"
                    )
                found = flipped
            stances.extend(s for s in found if s not in stances)
        if not stances and self._has(POSITION):
            return ANY_STANCE
        return tuple(stances)

    def _negated(self, i: int) -> bool:
        return any(c.kind == NEGATION and i - 3 <= c.end - 1 < i for c in self.cues) or any(
            self.tokens[j].stem == "not" for j in range(max(0, i - 3), i)
        )

    def _text(self, cue: PhraseMatch) -> str:
        return " ".join(t.text for t in self.tokens[cue.start:cue.end])

    # -- rules, in order --------------------------------------------------------------------

    def _accusation(self) -> Interpretation | None:
        cue = self._first(ACCUSE) or self._first(PASSIVE)
        if cue is None:
            return None
        accuser = target = None
        by_actor = next((m.id for m in self.actor_mentions
                         if self._word_before(m.start) in ("by", "from")), None)
        # "was Russia accused by Ukraine": a form of "be" before a participle cue.
        passive = self._has(PASSIVE) or (
            cue.kind == ACCUSE and self.tokens[cue.start].norm.endswith("ed")
            and any(self.tokens[j].norm in _BE_FORMS
                    for j in range(max(0, cue.start - 4), cue.start))
        )
        against = next((m.id for m in self.actor_mentions
                        if self._word_before(m.start) in ("against", "on")), None)
        before = [m.id for m in self.actor_mentions if m.start < cue.start and m.id != by_actor]
        after = [m.id for m in self.actor_mentions if m.start >= cue.end and m.id != by_actor]
        if passive:
            accuser = by_actor
            target = against or (before[0] if before else None) or (after[0] if after else None)
        else:
            accuser = by_actor or (before[0] if before else None)
            target = against or next((a for a in after if a != accuser), None)
        if accuser is None and self.holder_filter:
            accuser = self.holder_filter[0]
        if self.topics:
            self.notes.append("accusations that name no topic are included")
        return self._reading(
            "accusations", stances=("accuse",), actors=(accuser,) if accuser else (),
            target=target, topics=self.topics, categories=self.categories_alone,
        )

    def _pair(self) -> Interpretation | None:
        disagree, agree = self._has(DISAGREE), self._has(AGREE)
        compare, contradict = self._has(COMPARE), self._has(CONTRADICT)
        if not (disagree or agree or compare or contradict):
            return None
        holders = self.holders or self.holder_filter
        if len(holders) >= 2:
            pair = tuple(holders[:2])
            if compare or (agree and disagree):
                intent = "compare"
            elif agree:
                intent = "common_ground"
            else:
                intent = "disagreements"
            return self._reading(intent, actors=pair, topics=self.topics)
        one = holders[0] if holders else None
        with_one = one is not None and any(
            self._word_before(m.start) == "with" for m in self.actor_mentions if m.id == one
        )
        internal = contradict or (one is not None and not with_one and not self.who_shaped
                                  and self._plural_mention(one))
        if internal and not with_one:
            return self._reading("contradictions", actors=(one,) if one else (),
                                 topics=self.topics)
        if one is None:
            return None
        return self._reading("common_ground" if agree and not disagree else "disagreements",
                             actors=(one,), topics=self.topics)

    def _plural_mention(self, actor_id: str) -> bool:
        """"US officials", "Russian leaders": several speakers of one party."""
        return any(m.id == actor_id and self.tokens[m.end - 1].norm.endswith("s")
                   and m.end - m.start > 1 for m in self.actor_mentions)

    def _changes(self) -> Interpretation | None:
        """"How has the US position on NATO membership changed?": positions over time."""
        if not self._has(CHANGE) or not (self.holders or self.holder_filter or self.topics):
            return None
        actors = self.holders[:1] or self.holder_filter[:1]
        return self._reading("changes", actors=actors, topics=self.topics)

    def _infrastructure(self) -> Interpretation | None:
        named = bool(self.categories_named)
        if not (self.generic_infrastructure or named):
            return None
        which_infrastructure = self.generic_infrastructure and any(
            self._after_which(i) for i in range(len(self.tokens))
            if self.tokens[i].stem in _GENERIC_INFRASTRUCTURE
        )
        if not (self._has(PROTECT) or which_infrastructure):
            return None
        actors = self.holders[:1] or self.holder_filter[:1]
        return self._reading("infrastructure", stances=FOR, actors=actors,
                             categories=self.categories_named)

    def _directed(self, stances: tuple[str, ...]) -> tuple[str, ...]:
        """The stances asked about, turned when every topic is named by its contrary; when
        the same words name one topic plainly and another by its contrary, the stances are
        turned on that other one only (``Interpretation.turned_topics``)."""
        if not self.topics or set(self.topics) - set(self.contrary):
            if self.contrary:
                turned = reverse_stances(stances)
                self.turned_topics = tuple(t for t in self.topics if t in self.contrary)
                labels = ", ".join(self.view.topic_label(t) for t in self.turned_topics)
                self.notes.append(f"also read through the contrary, {labels}"
                                  + (f": {'/'.join(stances)} read as {'/'.join(turned)} there"
                                     if turned != stances else ""))
            return stances
        turned = reverse_stances(stances)
        named = ", ".join(repr(m.text) for m in self.mentions
                          if m.kind == TOPIC and m.id in self.contrary)
        labels = ", ".join(self.view.topic_label(t) for t in self.contrary)
        self.notes.append(f"{named} names the contrary of {labels}"
                          + (f": {'/'.join(stances)} read as {'/'.join(turned)}"
                             if turned != stances else ""))
        return turned

    def _positions(self) -> Interpretation | None:
        stances = self._directed(self._stances())
        categories = self.categories_alone
        has_subject = bool(self.topics or categories)
        if self.unknown and not has_subject:
            return self._unknown(f"no known topic; unknown words: {', '.join(self.unknown)}")
        if self.who_shaped:
            if not has_subject and not stances:
                return None
            return self._reading(
                "who", stances=stances or ANY_STANCE, actors=self.holder_filter,
                topics=self.topics, categories=categories,
            )
        if self.holders:
            return self._reading(
                "positions", stances=stances, actors=self.holders, topics=self.topics,
                categories=categories,
            )
        if has_subject:
            return self._reading("who", stances=stances or ANY_STANCE, topics=self.topics,
                                 categories=categories)
        return None

    # -- results ----------------------------------------------------------------------------

    def _reading(self, intent: str, **arguments: Any) -> Interpretation:
        if intent in ("who", "positions"):
            arguments.setdefault("turned_topics", getattr(self, "turned_topics", ()))
        return Interpretation(
            question=self.question, intent=intent, mentions=self.mentions,
            unknown_words=self.unknown, notes=tuple(self.notes),
            party_kinds=self.party_kinds, actor_kinds=self.actor_kinds, period=self.period,
            **arguments,
        )

    def _unknown(self, why: str, suggest: str | None = None,
                 topics_understood: bool = True) -> Interpretation:
        mentions = getattr(self, "mentions", ())
        unknown = getattr(self, "unknown", ())
        words = suggest or " ".join(unknown) or " ".join(
            t.text for t in self.tokens if t.norm not in _FUNCTION_STEMS
        )
        words = words[:MAX_QUESTION_LENGTH]
        suggestions = {
            "topics": tuple(self.index.closest(words, TOPIC)) if words else (),
            "actors": tuple(self.index.closest(words, ACTOR)) if words else (),
        }
        return Interpretation(
            question=self.question, intent="unknown",
            actors=tuple(dict.fromkeys(m.id for m in mentions if m.kind == ACTOR)),
            topics=tuple(dict.fromkeys(m.id for m in mentions if m.kind == TOPIC))
            if topics_understood else (),
            stances=self._stances() if hasattr(self, "cues") else (),
            mentions=tuple(mentions), unknown_words=tuple(unknown),
            notes=(*self.notes, why), suggestions=suggestions,
        )

    def _entity_name(self, kind: str, entity_id: str) -> str:
        if kind == ACTOR:
            return self.view.actor_name(entity_id)
        if kind == TOPIC:
            return self.view.topic_label(entity_id)
        return self.view.category_label(entity_id)


@functools.lru_cache(maxsize=1)
def _cue_table() -> PhraseTable:
    """The vocabulary's cue words, keyed like entity phrases; built on first use."""
    table = PhraseTable()
    for kind, words in _CUE_WORDS.items():
        for word in words:
            table.add(word, kind, word)
    return table


def _overlap(a: PhraseMatch, b: PhraseMatch) -> bool:
    return a.start < b.end and b.start < a.end


def reverse_stances(stances: tuple[str, ...]) -> tuple[str, ...]:
    """The stances on a topic that ``stances`` on its contrary amount to: for the
    contrary is against the topic and the other way round; a concession stays one.

    >>> reverse_stances(("reject",)), reverse_stances(("demand", "concede"))
    (('demand', 'propose', 'support'), ('reject', 'concede'))
    """
    if set(stances) >= set(ANY_STANCE):
        return stances
    turned: list[str] = []
    for stance in stances:
        for found in (AGAINST if stance in FOR else FOR if stance in AGAINST else (stance,)):
            if found not in turned:
                turned.append(found)
    return tuple(turned)


def _flip(stances: tuple[str, ...]) -> tuple[str, ...]:
    if set(stances) <= set(FOR):
        return AGAINST
    if set(stances) <= set(AGAINST):
        return FOR
    return stances


def _run(view: StanceView, reading: Interpretation) -> Response:
    intent = reading.intent
    topics = reading.topics or None
    categories = reading.categories or None
    if reading.turned_topics and intent in ("who", "positions"):
        plain = tuple(t for t in reading.topics if t not in reading.turned_topics)
        straight = _run(view, dataclasses.replace(reading, topics=plain, turned_topics=()))
        turned = _run(view, dataclasses.replace(
            reading, topics=reading.turned_topics, turned_topics=(),
            stances=reverse_stances(reading.stances) if reading.stances else ()))
        return _response(view, reading, [*straight.answers, *turned.answers])
    if intent == "who":
        answers = who(view, reading.stances, topics, actors=reading.actors or None,
                      party_kinds=reading.party_kinds, actor_kinds=reading.actor_kinds,
                      categories=categories)
        return _response(view, reading, answers)
    if intent == "positions":
        if len(reading.actors) == 1:
            answers = positions(view, reading.actors[0], stance=reading.stances or None,
                                topic=topics)
            if categories:
                wanted = set().union(*(view.category_and_narrower(c) for c in categories))
                answers = [a for a in answers if wanted.intersection(a.infrastructure)]
        else:
            answers = who(view, reading.stances or ANY_STANCE, topics, actors=reading.actors,
                          categories=categories)
        return _response(view, reading, answers)
    if intent == "accusations":
        answers = accusations(view, reading.actors[0] if reading.actors else None,
                              reading.target, topic=topics, categories=categories)
        return _response(view, reading, answers)
    if intent in ("disagreements", "common_ground", "compare"):
        first = reading.actors[0]
        second = reading.actors[1] if len(reading.actors) > 1 else None
        found_disagreements: list[TopicComparison] = []
        found_common: list[TopicComparison] = []
        found_partly: list[TopicComparison] = []
        if intent == "compare" and second is not None:
            both = compare(view, first, second, topic=topics)
            found_disagreements = list(both.disagreements)
            found_common = list(both.common_ground)
            found_partly = list(both.partly)
        else:
            if intent in ("disagreements", "compare"):
                found_disagreements = disagreements(view, first, second, topic=topics)
            if intent in ("common_ground", "compare"):
                found_common = common_ground(view, first, second, topic=topics)
        answers = [a for c in (*found_disagreements, *found_partly, *found_common)
                   for a in (*c.first, *c.second)]
        return _response(view, reading, answers, disagreements=tuple(found_disagreements),
                         common_ground=tuple(found_common), partly=tuple(found_partly))
    if intent == "contradictions":
        found = contradictions(view, reading.actors[0] if reading.actors else None, topic=topics)
        answers = [a for c in found for a in (*c.supporting, *c.opposing)]
        return _response(view, reading, answers, contradictions=tuple(found))
    if intent == "infrastructure":
        found_categories = infrastructure_wanted(
            view, reading.actors[0] if reading.actors else None,
            category=list(reading.categories) or None, party_kinds=reading.party_kinds,
        )
        answers = [a for c in found_categories for a in c.answers]
        return _response(view, reading, answers, categories=tuple(found_categories))
    if intent == "changes":
        found_histories = histories(view, reading.actors[0] if reading.actors else None,
                                    topic=topics)
        answers = [a for h in found_histories for m in h.moments for a in m.answers]
        answers += [a for h in found_histories for a in h.undated]
        return _response(view, reading, answers, histories=tuple(found_histories))
    raise ValueError(f"no query for intent {intent!r}")


def _response(view: StanceView, reading: Interpretation, answers, **arranged: Any) -> Response:
    if reading.period is not None and reading.intent in _DATED_INTENTS:
        answers, undated = within(answers, reading.period.start, reading.period.end)
        arranged["undated"] = tuple(sort_answers(undated))
    elif reading.period is not None:
        reading = dataclasses.replace(reading, notes=(
            *reading.notes, f"{reading.period.text!r} is not applied to {reading.intent}"))
    unique = list({_answer_key(a): a for a in answers}.values())
    ordered = unique if reading.intent == "positions" else sort_answers(unique)
    return Response(
        question=reading.question, interpretation=reading, answers=tuple(ordered),
        parties=tuple(summarise_parties(view, ordered)), **arranged,
    )


_DATED_INTENTS = frozenset({"who", "positions", "accusations", "infrastructure"})
"""Intents whose answers a period in the question narrows."""


def _answer_key(answer: Answer) -> tuple:
    return (answer.party, answer.actor, answer.stance, answer.topic, answer.target_actor)


def _not_understood(view: StanceView, reading: Interpretation) -> str:
    parts = []
    understood = []
    if reading.actors:
        understood.append("actor " + ", ".join(view.actor_name(a) for a in reading.actors))
    if reading.topics:
        understood.append("topic " + ", ".join(view.topic_label(t) for t in reading.topics))
    if reading.stances:
        understood.append("stance " + "/".join(reading.stances))
    parts.append("understood " + ("; ".join(understood) if understood else "nothing I can query"))
    why = reading.notes[-1] if reading.notes else ""
    if why and not why.startswith(("no known topic", "no topic, actor")):
        parts.append(why)
    elif reading.unknown_words:
        parts.append("unknown words: " + _listed(reading.unknown_words))
    topics = reading.suggestions.get("topics", ())
    actors = reading.suggestions.get("actors", ())
    if topics:
        parts.append("closest topics: " + ", ".join(topics))
    if actors:
        parts.append("closest actors: " + ", ".join(actors))
    if not topics and not actors:
        counts = Counter(c.topic for c in view.claims if c.topic)
        known = [t for t, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))][:5]
        if known:
            parts.append("topics with claims: " + ", ".join(known))
    parts.append("try e.g. " + "; ".join(f'"{q}"' for q in EXAMPLE_QUESTIONS))
    return f"cannot answer {shorten(reading.question)!r}: " + "; ".join(parts)


def _listed(words: Sequence[str], limit: int = 8) -> str:
    """Words for a message, at most ``limit`` of them, each shortened."""
    shown = ", ".join(shorten(w, 30) for w in words[:limit])
    return shown + (f" and {len(words) - limit} more" if len(words) > limit else "")
