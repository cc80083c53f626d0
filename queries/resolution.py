"""Words to ids: actors, topics and infrastructure categories named in a question.

The names come from the graph itself -- actor names, aliases and roles, topic labels and
phrases, category labels and phrases, as the store keeps them from the domain pack -- plus
the looser synonyms of ``vocabulary``. Matching follows extraction: case is ignored except
for all-capital short forms that are also English words ("US" is not "us"), words are
compared after a light suffix rule ("troops", "joining", "guarantees" match "troop",
"join", "guarantee"), the longest match wins, and rapidfuzz forgives typos in what is
left ("Zelenskky", "peacekepers").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from stancegraph.queries.view import QueryError, StanceView
from stancegraph.queries.vocabulary import (
    FUNCTION_WORDS,
    INFRASTRUCTURE_SYNONYMS,
    NEGATED_CONTRACTIONS,
    STOPPING_WORDS,
    TOPIC_OPPOSITE_SYNONYMS,
    TOPIC_SYNONYMS,
)
from stancegraph.schema import words

__all__ = [
    "EntityIndex",
    "PhraseMatch",
    "PhraseTable",
    "Token",
    "TopicReading",
    "loosely_named",
    "names_contrary",
    "shorten",
    "stem",
    "tokenize",
]

ACTOR = "actor"
TOPIC = "topic"
CATEGORY = "category"

FUZZY_ACTOR_CUTOFF = 85
FUZZY_PHRASE_CUTOFF = 88
FUZZY_MIN_LENGTH = 5
SUGGESTION_CUTOFF = 75
SUGGESTION_ACTOR_CUTOFF = 80
_TOKEN = re.compile(r"[^\W_]+(?:[.\-'’][^\W_]+)*")


@dataclass(frozen=True)
class Token:
    """A word of a question: as written, normalised (lower case, no possessive) and stemmed."""

    text: str
    start: int
    end: int
    norm: str
    stem: str

    @property
    def bare(self) -> str:
        """The word as written without dots: "U.S." and "US" both give "US"."""
        return self.text.replace(".", "").removesuffix("'s").removesuffix("’s")


@dataclass(frozen=True)
class PhraseMatch:
    """Tokens ``start:end`` of a question match a phrase of a ``PhraseTable``: entry ``id``
    of ``kind``.

    For an entity phrase, ``kind`` is actor, topic or category and ``id`` the entity's id;
    for a vocabulary word (the question parser's cue words: stance, negation, who ...),
    ``kind`` is the cue kind and ``id`` the vocabulary entry. ``how`` is "exact" for a
    pack name or phrase, "synonym" for a looser vocabulary word, "fuzzy" for a typo
    forgiven; ``score`` is rapidfuzz's for fuzzy matches; ``opposite`` marks a phrase
    naming a topic's contrary. (Not extraction's
    ``loaders.mentions.Mention``, which is an actor named in article text.)
    """

    start: int
    end: int
    kind: str
    id: str
    text: str
    how: str = "exact"
    score: float = 100.0
    opposite: bool = False
    """The phrase names the topic's contrary ("sanctions" for sanctions relief): a stance
    on it is the opposite stance on the topic, unless a stopping word governs it."""


def stem(word: str) -> str:
    """The shared stemmer (``stancegraph.schema.words.stem``), reading a contraction with
    "not" as "not".

    >>> [stem(w) for w in ("troops", "won’t", "Russia's")]
    ['troop', 'not', 'russia']
    """
    w = words.normalise(word)
    return "not" if w in NEGATED_CONTRACTIONS else words.stem(w)


def tokenize(text: str) -> list[Token]:
    """Split text into words, keeping "U.S.", "cease-fire" and "Russia's" whole.

    >>> [t.stem for t in tokenize("Who rejects U.S. peacekeepers in Russia's view?")]
    ['who', 'reject', 'us', 'peacekeeper', 'in', 'russia', 'view']
    """
    return [
        Token(m.group(), m.start(), m.end(), words.normalise(m.group()), stem(m.group()))
        for m in _TOKEN.finditer(text)
    ]


def key_of(phrase: str) -> tuple[str, ...]:
    """The stems of a phrase: how phrase tables are keyed."""
    return tuple(t.stem for t in tokenize(phrase))


class PhraseTable:
    """Phrases keyed by their stems, each naming one or more (kind, id) entries.

    >>> table = PhraseTable()
    >>> table.add("foreign troop", "topic", "foreign_troops_in_ukraine")
    >>> [(m.id, m.text) for m in table.find(tokenize("who rejects Foreign Troops?"))]
    [('foreign_troops_in_ukraine', 'Foreign Troops')]
    """

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], list[tuple[str, str, str | None, bool]]] = {}
        self.longest = 0

    def add(self, phrase: str, kind: str, entity_id: str, case_sensitive: bool = False,
            opposite: bool = False) -> None:
        """Add a phrase; a case-sensitive one matches only as written (dots ignored) or
        after "the"; an ``opposite`` one names the contrary of the topic ``entity_id``."""
        key = key_of(phrase)
        if not key:
            return
        exact = phrase.replace(".", "") if case_sensitive else None
        entries = self.entries.setdefault(key, [])
        if not any(entry[:3] == (kind, entity_id, exact) for entry in entries):
            entries.append((kind, entity_id, exact, opposite))
        self.longest = max(self.longest, len(key))

    def find(self, tokens: Sequence[Token], how: str = "exact") -> list[PhraseMatch]:
        """Every match at every place (overlaps included), longest per kind at a place."""
        found: list[PhraseMatch] = []
        stems = [t.stem for t in tokens]
        for i in range(len(tokens)):
            seen_kinds: set[tuple[str, str]] = set()
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                for kind, entity_id, exact, opposite in self.entries.get(
                        tuple(stems[i:i + n]), ()):
                    # "the us" cannot be the pronoun: after "the", case is not needed.
                    if (exact is not None
                            and " ".join(t.bare for t in tokens[i:i + n]) != exact
                            and not (i and tokens[i - 1].norm == "the")):
                        continue
                    if (kind, entity_id) in seen_kinds:
                        continue
                    seen_kinds.add((kind, entity_id))
                    text = _span_text(tokens, i, i + n)
                    found.append(PhraseMatch(i, i + n, kind, entity_id, text, how,
                                             opposite=opposite))
        return found


class EntityIndex:
    """The actors, topics and categories of a graph, findable by the words of a question.

    Examples
    --------
    >>> from stancegraph.graph import build_graph
    >>> from stancegraph.schema import Actor, Topic
    >>> index = EntityIndex(StanceView(build_graph(
    ...     actors=[Actor(id="russia", name="Russia", kind="state", aliases=("Kremlin",))],
    ...     topics=[Topic(id="ceasefire", label="Ceasefire", phrases=("truce",))])))
    >>> index.resolve_actor("the kremlin"), index.resolve_topic("truces")
    ('russia', 'ceasefire')
    """

    def __init__(self, view: StanceView) -> None:
        self.view = view
        self.strong = PhraseTable()
        self.weak = PhraseTable()
        common = set(FUNCTION_WORDS)
        for actor in view.actors.values():
            for name in {actor.id.replace("_", " "), *actor.names}:
                short_capitals = name.replace(".", "").isupper() and len(name) <= 4
                clashes = short_capitals and name.replace(".", "").lower() in common
                self.strong.add(name, ACTOR, actor.id, case_sensitive=clashes)
                if name.lower().startswith("the "):
                    self.strong.add(name[4:], ACTOR, actor.id)
        for topic in view.topics.values():
            for phrase in {topic.id.replace("_", " "), topic.label, *topic.phrases}:
                self.strong.add(phrase, TOPIC, topic.id)
            for phrase in topic.opposite_phrases:
                self.strong.add(phrase, TOPIC, topic.id, opposite=True)
            for phrase in TOPIC_SYNONYMS.get(topic.id, ()):
                self.weak.add(phrase, TOPIC, topic.id)
            for phrase in TOPIC_OPPOSITE_SYNONYMS.get(topic.id, ()):
                self.weak.add(phrase, TOPIC, topic.id, opposite=True)
        for category in view.categories.values():
            for phrase in {category.id.replace("_", " "), category.label, *category.phrases}:
                self.strong.add(phrase, CATEGORY, category.id)
            for phrase in INFRASTRUCTURE_SYNONYMS.get(category.id, ()):
                self.weak.add(phrase, CATEGORY, category.id)
        # Single words only: names, one-word aliases, and the surnames of both.
        self._fuzzy_actor_names = {
            word.lower(): actor.id
            for actor in view.actors.values()
            for name in (actor.name, *actor.aliases)
            for word in (name, name.split()[-1])
            if len(word) >= FUZZY_MIN_LENGTH and " " not in word
        }
        self._fuzzy_phrases: dict[str, tuple[str, str, bool]] = {}
        for table in (self.strong, self.weak):
            for key, entries in table.entries.items():
                text = " ".join(key)
                if len(text) < FUZZY_MIN_LENGTH:
                    continue
                for kind, entity_id, exact, opposite in entries:
                    if kind != ACTOR and exact is None:
                        self._fuzzy_phrases.setdefault(text, (kind, entity_id, opposite))

    # -- finding entities in a question -----------------------------------------------------

    def mentions(self, tokens: Sequence[Token]) -> list[PhraseMatch]:
        """The entities a question names, without overlaps, in question order.

        Pack names and phrases come first; the vocabulary's looser synonyms count for a
        kind (topics, categories) only when no pack phrase of that kind is present, or
        when they extend a pack phrase of the same entity ("foreign peacekeepers"). Where
        matches overlap the longer wins; a topic or category beats an actor of the same
        length ("NATO membership" is a topic, not NATO). Topics and categories may share
        words ("nuclear power plant").
        """
        strong = self.strong.find(tokens)
        weak = self.weak.find(tokens, how="synonym")
        kinds_present = {m.kind for m in strong}
        candidates = strong + [
            m for m in weak
            if m.kind not in kinds_present or any(_extends(m, s) for s in strong)
        ]
        selected = _select(candidates)
        # Words that name one topic and the contrary of another ("sanctions": new sanctions,
        # and the contrary of sanctions relief) name both.
        contraries = [m for m in [*strong, *weak] if m.opposite and m.kind == TOPIC and any(
            s.kind == TOPIC and (s.start, s.end) == (m.start, m.end) and s.id != m.id for s in selected)]
        return sorted([*selected, *{(m.start, m.end, m.id): m for m in contraries}.values()],
                      key=lambda m: (m.start, m.kind))

    def fuzzy_mentions(
        self, tokens: Sequence[Token], free: Iterable[int]
    ) -> list[PhraseMatch]:
        """Typo-tolerant matches over the tokens at ``free`` places (content words only)."""
        free = sorted(set(free))
        found: list[PhraseMatch] = []
        used: set[int] = set()
        runs = _runs(free)
        for run in runs:
            for n in (3, 2, 1):
                for i in range(len(run) - n + 1):
                    places = run[i:i + n]
                    if used.intersection(places):
                        continue
                    text = " ".join(tokens[p].stem for p in places)
                    if len(text) < FUZZY_MIN_LENGTH:
                        continue
                    mention = self._fuzzy_phrase(tokens, places, text)
                    if mention is None and n == 1:
                        mention = self._fuzzy_actor(tokens, places[0])
                    if mention is not None:
                        found.append(mention)
                        used.update(places)
        return sorted(found, key=lambda m: m.start)

    def _fuzzy_phrase(self, tokens, places, text) -> PhraseMatch | None:
        best = process.extractOne(text, list(self._fuzzy_phrases), scorer=fuzz.ratio,
                                  score_cutoff=FUZZY_PHRASE_CUTOFF)
        if best is None:
            return None
        kind, entity_id, opposite = self._fuzzy_phrases[best[0]]
        return PhraseMatch(places[0], places[-1] + 1, kind, entity_id,
                           _span_text(tokens, places[0], places[-1] + 1), "fuzzy", best[1],
                           opposite)

    def _fuzzy_actor(self, tokens, place) -> PhraseMatch | None:
        word = tokens[place].norm
        if len(word) < FUZZY_MIN_LENGTH:
            return None
        best = process.extractOne(word, list(self._fuzzy_actor_names), scorer=fuzz.ratio,
                                  score_cutoff=FUZZY_ACTOR_CUTOFF)
        if best is None:
            return None
        return PhraseMatch(place, place + 1, ACTOR, self._fuzzy_actor_names[best[0]],
                       tokens[place].text, "fuzzy", best[1])

    # -- one name to one id (structured commands) -------------------------------------------

    def resolve_actor(self, text: str) -> str:
        """The actor a name, alias, role or id names, forgiving typos.

        Raises
        ------
        QueryError
            If no actor matches; the message lists the closest names.
        """
        return self._resolve(text, ACTOR, self.view.actors)

    def resolve_topic(self, text: str) -> str:
        """The topic an id, label, phrase or synonym names ("foreign troops").

        Raises
        ------
        QueryError
            If no topic matches, or only a loose synonym matches part of ``text`` and the
            rest is unknown ("moon landing"); the message lists the closest topics.
        """
        return self.read_topic(text).topic

    def read_topic(self, text: str) -> TopicReading:
        """The topic ``text`` names and whether it names the topic's contrary.

        "sanctions" names the contrary of sanctions relief, "military aid" that of a halt
        to military aid (the pack's ``opposite_phrases`` and the vocabulary's
        ``TOPIC_OPPOSITE_SYNONYMS``); a stopping word governing them names the topic
        itself ("lifting sanctions", "a halt to military aid").

        Raises
        ------
        QueryError
            As ``resolve_topic``.

        Examples
        --------
        >>> from stancegraph.graph import build_graph
        >>> from stancegraph.schema import Topic
        >>> index = EntityIndex(StanceView(build_graph(topics=[Topic(
        ...     id="sanctions_relief", label="Sanctions relief",
        ...     opposite_phrases=("sanction",))])))
        >>> index.read_topic("sanctions"), index.read_topic("lifting sanctions").opposite
        (TopicReading(topic='sanctions_relief', opposite=True, text='sanctions'), False)
        """
        topic, chosen = self._resolve_matches(text, TOPIC, self.view.topics)
        tokens = tokenize(text)
        opposite = bool(chosen) and all(
            names_contrary(tokens, m) for m in chosen if m.id == topic)
        return TopicReading(topic, opposite, text.strip())

    def resolve_category(self, text: str) -> str:
        """The infrastructure category an id, label or phrase names."""
        return self._resolve(text, CATEGORY, self.view.categories)

    def _resolve(self, text: str, kind: str, known: dict) -> str:
        return self._resolve_matches(text, kind, known)[0]

    def _resolve_matches(
        self, text: str, kind: str, known: dict
    ) -> tuple[str, list[PhraseMatch]]:
        """The id ``text`` names, and the phrase matches it was found by (none for an id
        or a name given whole)."""
        value = text.strip()
        if value in known:
            return value, []
        if value.lower().replace(" ", "_").replace("-", "_") in known:
            return value.lower().replace(" ", "_").replace("-", "_"), []
        by_name = self._lowercase_names(kind).get(value.lower().removeprefix("the "))
        if by_name is not None and len(by_name) == 1:
            return next(iter(by_name)), []
        what = {ACTOR: "actor", TOPIC: "topic", CATEGORY: "infrastructure category"}[kind]
        tokens = tokenize(value)
        # "Ukraine" in "NATO membership for Ukraine" is an actor, not a second topic.
        found = self.mentions(tokens)
        matches = [m for m in found if m.kind == kind]
        whole = [m for m in matches if m.start == 0 and m.end == len(tokens)]
        chosen = whole or matches
        ids = list(dict.fromkeys(m.id for m in chosen))
        if len(ids) > 1 and kind == TOPIC:
            ids = self.most_specific(ids)
        if len(ids) == 1:
            loose = loosely_named(tokens, found, chosen)
            if loose:
                close = self.closest(text, kind)
                hint = f"; closest: {', '.join(close)}" if close else ""
                raise QueryError(
                    f"no {what} matches {shorten(value)!r} well (unknown: {', '.join(loose)})"
                    f"{hint}", close)
            return ids[0], [m for m in chosen if m.id == ids[0]]
        if not ids:
            fuzzy = [m for m in self.fuzzy_mentions(tokens, range(len(tokens))) if m.kind == kind]
            ids = list(dict.fromkeys(m.id for m in fuzzy))
            if len(ids) == 1:
                return ids[0], fuzzy
        if ids:
            raise QueryError(
                f"{shorten(value)!r} names several {what}s: {', '.join(ids)}; name one", ids)
        close = self.closest(value[:200], kind)
        hint = f"; closest: {', '.join(close)}" if close else ""
        raise QueryError(f"unknown {what} {shorten(value)!r}{hint}", close)

    def _lowercase_names(self, kind: str) -> dict[str, set[str]]:
        names: dict[str, set[str]] = {}
        if kind == ACTOR:
            pairs = ((n, a.id) for a in self.view.actors.values() for n in a.names)
        elif kind == TOPIC:
            pairs = ((t.label, t.id) for t in self.view.topics.values())
        else:
            pairs = ((c.label, c.id) for c in self.view.categories.values())
        for name, entity_id in pairs:
            names.setdefault(name.lower().removeprefix("the "), set()).add(entity_id)
        return names

    def most_specific(self, topic_ids: Sequence[str]) -> list[str]:
        """Drop topics that are ancestors of another one named ("Black Sea ceasefire")."""
        keep = []
        for topic in topic_ids:
            narrower = self.view.topic_and_narrower(topic) - {topic}
            if not narrower.intersection(topic_ids):
                keep.append(topic)
        return keep

    # -- suggestions ------------------------------------------------------------------------

    def closest(self, text: str, kind: str, limit: int = 3) -> list[str]:
        """The ids of the ``limit`` entities of a kind whose words are closest to ``text``."""
        if kind == ACTOR:
            choices = {n: a.id for a in self.view.actors.values() for n in a.names}
        elif kind == TOPIC:
            choices = {p: t.id for t in self.view.topics.values()
                       for p in (t.label, *t.phrases, *TOPIC_SYNONYMS.get(t.id, ()))}
        else:
            choices = {p: c.id for c in self.view.categories.values()
                       for p in (c.label, *c.phrases)}
        if not text.strip() or not choices:
            return []
        cutoff = SUGGESTION_ACTOR_CUTOFF if kind == ACTOR else SUGGESTION_CUTOFF
        found: list[str] = []
        for choice, score, _ in process.extract(text.lower(), list(choices), scorer=fuzz.WRatio,
                                                limit=limit * 8, processor=str.lower):
            if score < cutoff:
                break
            if choices[choice] not in found:
                found.append(choices[choice])
            if len(found) == limit:
                break
        return found


@dataclass(frozen=True)
class TopicReading:
    """A topic named in words: ``opposite`` when the words name its contrary."""

    topic: str
    opposite: bool
    text: str


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters: user input quoted in a message.

    >>> shorten("who " * 40)
    'who who who who who who who who who who who who who who who…'
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"


_STOPPING_STEMS = frozenset(stem(w) for w in STOPPING_WORDS)
_FUNCTION_WORD_STEMS = frozenset(stem(w) for w in FUNCTION_WORDS) | frozenset(FUNCTION_WORDS)


def names_contrary(tokens: Sequence[Token], mention: PhraseMatch) -> bool:
    """Whether a topic mention names the topic's contrary: an opposite phrase that no
    stopping word governs ("sanctions", but not "lifting sanctions" or "sanctions lifted").

    >>> table = PhraseTable()
    >>> table.add("sanction", "topic", "sanctions_relief", opposite=True)
    >>> [names_contrary(t, table.find(t)[0]) for t in
    ...  (tokenize("against sanctions"), tokenize("for an end to the sanctions"))]
    [True, False]
    """
    if not mention.opposite:
        return False
    before = [t.stem for t in tokens[max(0, mention.start - 4):mention.start]]
    after = [t.stem for t in tokens[mention.end:mention.end + 3]]
    return not (_STOPPING_STEMS.intersection(before) or _STOPPING_STEMS.intersection(after))


def loosely_named(
    tokens: Sequence[Token], mentions: Sequence[PhraseMatch], topics: Sequence[PhraseMatch]
) -> list[str]:
    """The unknown words of a phrase whose topic only a loose synonym names.

    A vocabulary synonym is a guess at what a person means; when the words around it are
    not understood ("moon" in "moon landing", where "landing" stems to the synonym "land"),
    the guess answers another question. Returns those words, or nothing when a pack phrase
    names the topic or every other word is understood.
    """
    if not topics or any(m.how != "synonym" for m in topics):
        return []
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [t.text for i, t in enumerate(tokens)
            if i not in covered and t.norm not in _FUNCTION_WORD_STEMS
            and t.stem not in _FUNCTION_WORD_STEMS and not t.norm.isdigit() and len(t.norm) > 1]


def _select(candidates: list[PhraseMatch]) -> list[PhraseMatch]:
    ranked = sorted(candidates, key=lambda m: (
        -(m.end - m.start), m.how != "exact", m.kind == ACTOR, m.start,
    ))
    accepted: list[PhraseMatch] = []
    for mention in ranked:
        if any(_conflict(mention, other) for other in accepted):
            continue
        accepted.append(mention)
    return sorted(accepted, key=lambda m: (m.start, m.kind))


def _extends(weak: PhraseMatch, strong: PhraseMatch) -> bool:
    return (weak.kind, weak.id) == (strong.kind, strong.id) and (
        weak.start <= strong.start and strong.end <= weak.end
    )


def _conflict(a: PhraseMatch, b: PhraseMatch) -> bool:
    if a.end <= b.start or b.end <= a.start:
        return False
    return a.kind == b.kind or ACTOR in (a.kind, b.kind)


def _runs(places: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for place in places:
        if runs and runs[-1][-1] == place - 1:
            runs[-1].append(place)
        else:
            runs.append([place])
    return runs


def _span_text(tokens: Sequence[Token], start: int, end: int) -> str:
    return " ".join(t.text for t in tokens[start:end])
