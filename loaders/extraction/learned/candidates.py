"""Candidate claims: every (holder, topic) pair a parsed sentence offers, with how the holder
was found. Recall matters here; the classifier decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Token

from stancegraph.loaders.extraction import attribution, holders
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence, TopicMatch
from stancegraph.loaders.extraction.topics import topics_in
from stancegraph.schema import Claim

HOW_ORDER = ("rule", "subject", "speaker", "agent", "possessor", "plan", "source", "previous", "object",
             "mention")
"""How a holder was found, from the likeliest to hold the position to the least."""


@dataclass
class Candidate:
    """A party and a topic phrase of one sentence, with every way the party was found."""

    party: str
    match: TopicMatch
    holder: Holder
    """The holder to report (a person when one was named, else the party)."""
    ways: dict[str, Token | None] = field(default_factory=dict)
    """How the party was found -> the token that names it (None when outside the sentence)."""
    rule_claims: list[Claim] = field(default_factory=list)

    @property
    def best_way(self) -> str:
        return min(self.ways, key=HOW_ORDER.index)

    @property
    def token(self) -> Token | None:
        """The token naming the holder, found the likeliest way that has one in the sentence."""
        return next((self.ways[w] for w in sorted(self.ways, key=HOW_ORDER.index)
                     if self.ways[w] is not None), None)


@dataclass
class DocumentMemory:
    """What earlier sentences of the document leave for later ones: the author of the plan
    or proposal last named, and the parties last named as subjects."""

    plan_author: Holder | None = None
    learned: list[Claim] = field(default_factory=list)
    """The claims the classifier added, for the document's last review (``settle``)."""
    _subjects: list[Holder] = field(default_factory=list)
    _unread: list[tuple[Sentence, list[Token]]] = field(default_factory=list)
    """Subjects not read yet, of the sentences since the last one read, in text order."""

    @property
    def last_subjects(self) -> list[Holder]:
        """The parties named as subjects by the last sentence that named any."""
        while self._unread:
            sentence, tokens = self._unread.pop()
            found = [h for t in tokens for h in holders.phrase_holders(sentence, t) if h is not COMMENTATOR]
            if found:
                self._subjects = found
                self._unread.clear()
        return self._subjects

    def defer_subjects(self, sentence: Sentence) -> None:
        """Keep the subjects of a sentence that names no topic (most sentences) unread: they
        are read, and the recognizer may run for them, only if a later sentence needs them."""
        self._unread.append((sentence, [sentence.sdoc[i] for i in sentence.with_dep("nsubj", "nsubjpass")]))

    def remember_subjects(self, found: list[Holder]) -> None:
        if found:
            self._subjects = found
            self._unread.clear()


def candidates(sentence: Sentence, rule_claims: Iterable[Claim], memory: DocumentMemory) -> list[Candidate]:
    """The candidates of one sentence; updates ``memory`` for the sentences after it."""
    matches = topics_in(sentence, set(range(len(sentence.sdoc))))
    if not matches:
        memory.defer_subjects(sentence)
        _remember_plan_author(sentence, memory)
        return []
    found: list[tuple[Holder, str, Token | None]] = []
    sdoc = sentence.sdoc
    # the tokens that may name a holder: subjects, passive agents and the parties named
    agents = [c.i for a in sentence.with_dep("agent") for c in sdoc[a].children if c.dep_ == "pobj"]
    for token in (sdoc[i] for i in sorted({*sentence.with_dep("nsubj", "nsubjpass"), *agents, *sentence.mentions})):
        if token.dep_ in ("nsubj", "nsubjpass"):
            for holder in holders.phrase_holders(sentence, token):
                found.append((holder, "subject", token))
        elif token.dep_ == "pobj" and token.head.dep_ == "agent":
            for holder in holders.phrase_holders(sentence, token):
                found.append((holder, "agent", token))
        elif token.dep_ == "poss" and token.i in sentence.mentions:
            found.append((holders.holder_of(sentence, sentence.mentions[token.i]), "possessor", token))
        elif token.dep_ in ("compound", "amod") and token.i in sentence.mentions and token.head.pos_ == "NOUN":
            found.append((holders.holder_of(sentence, sentence.mentions[token.i]), "possessor", token))
        elif token.dep_ in ("dobj", "pobj", "iobj", "dative") and token.i in sentence.mentions:
            found.append((holders.holder_of(sentence, sentence.mentions[token.i]), "object", token))
        elif token.i in sentence.mentions:
            found.append((holders.holder_of(sentence, sentence.mentions[token.i]), "mention", token))
    for holder in attribution.according_to(sentence):
        found.append((holder, "source", None))
    author = _plan_author(sentence, memory)
    if author is not None:
        found.append((author, "plan", None))
    if not any(way == "subject" for _, way, _ in found):
        # "Moscow set out its terms. Chief among them, an end to ...": the last subject
        found.extend((holder, "previous", None) for holder in memory.last_subjects)
    by_key: dict[tuple[str, int], Candidate] = {}

    def add(holder: Holder, way: str, token: Token | None, match: TopicMatch) -> Candidate | None:
        if holder is COMMENTATOR or not holder.actor:
            return None
        party = sentence.party(holder.actor)
        key = (party, match.root.i)
        candidate = by_key.get(key)
        if candidate is None:
            candidate = by_key[key] = Candidate(party, match, holder)
        if way not in candidate.ways:
            candidate.ways[way] = token
        if HOW_ORDER.index(way) < HOW_ORDER.index(candidate.best_way) or (
                holder.actor != party and candidate.holder.actor == party):
            candidate.holder = holder
        return candidate

    for match in matches:
        for holder, way, token in found:
            add(holder, way, token, match)
        for holder in attribution.quote_speaker(sentence, match.root):
            add(holder, "speaker", None, match)
    for claim in rule_claims:
        if claim.stance == "accuse" or claim.topic is None:
            continue
        match = next((m for m in matches if m.topic == claim.topic), None)
        if match is None:
            continue
        candidate = add(Holder(claim.actor, claim.evidence.speaker), "rule", None, match)
        if candidate is None:
            continue
        # the rules read the party's stance on the topic, whichever of its phrases they met
        for other in by_key.values():
            if other.party == candidate.party and other.match.topic == claim.topic:
                if claim not in other.rule_claims:
                    other.rule_claims.append(claim)
                other.ways.setdefault("rule", None)
    memory.remember_subjects([h for h, way, _ in found if way == "subject" and h is not COMMENTATOR])
    _remember_plan_author(sentence, memory)
    return sorted(by_key.values(), key=lambda c: (c.match.root.i, c.party))


def _plan_author(sentence: Sentence, memory: DocumentMemory) -> Holder | None:
    """The author of the plan a sentence speaks of ("The plan also proposes ...", "Under
    the draft, Kyiv would ..."): named on the plan noun, or the author remembered."""
    draft_nouns = sentence.words.draft_nouns
    if sentence.lemmas.isdisjoint(draft_nouns):
        return None
    for token in sentence.sdoc:
        if token.lemma_ not in draft_nouns or token.pos_ != "NOUN":
            continue
        is_subject = token.dep_ in ("nsubj", "nsubjpass")
        under = token.dep_ == "pobj" and token.head.lower_ in ("under", "in")
        if not (is_subject or under):
            continue
        owner = _owner(sentence, token)
        if owner is not None:
            return owner
        return memory.plan_author
    return None


def _owner(sentence: Sentence, noun: Token) -> Holder | None:
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in sentence.mentions:
            holder = holders.holder_of(sentence, sentence.mentions[child.i])
            if holder is not COMMENTATOR:
                return holder
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found = [h for h in holders.phrase_holders(sentence, pobj) if h is not COMMENTATOR]
                if found:
                    return found[0]
    return None


def _remember_plan_author(sentence: Sentence, memory: DocumentMemory) -> None:
    """A plan named with its author ("the US plan", "a proposal by Kyiv"), or put forward by
    a subject ("Washington presented a 28-point plan"), is the plan later sentences mean."""
    draft_nouns = sentence.words.draft_nouns
    if sentence.lemmas.isdisjoint(draft_nouns):
        return
    for token in sentence.sdoc:
        if token.lemma_ not in draft_nouns or token.pos_ != "NOUN":
            continue
        owner = _owner(sentence, token)
        if owner is None and token.dep_ == "dobj":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                found = [h for h in holders.phrase_holders(sentence, subject) if h is not COMMENTATOR]
                owner = found[0] if found else None
        if owner is not None:
            memory.plan_author = owner
