"""Agendas: what a party says talks are to be about, it demands -- "talks, if any, will be
about Kashmir alone", "a dialogue, if there is one, would be on terrorism", "any
conversation could cover only terrorism", "talks would be confined to X", "the only issue
left to settle is X". The subject is a word for talks or for the one item left on their
agenda, so it holds nothing: the one who says it does. Talks that "will not be about X" say
nothing of X one way or the other and are left alone. "If there are ever talks, they will
cover X": "they" or "it" after a word for talks in the same sentence stands for the talks.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import filters, polarity
from stancegraph.loaders.extraction.attribution import according_to, speaker_of
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence
from stancegraph.loaders.extraction.topics import topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

ABOUT = frozenset({"about", "on"})
ONLY = "only"
LEFT = frozenset({"leave", "remain"})
TALK_PRONOUNS = frozenset({"they", "it"})
TALKING = frozenset({"talk", "speak", "negotiate"})
"""Verbs of talking, which "it" after them may stand for ("if India ever spoke to Pakistan,
it would be about X")."""
CONFINED = frozenset({"confine", "limit", "restrict"})
"""Verbs of holding talks to an agenda ("talks would be confined to X", "limited to X")."""
TABLED = frozenset({"table", "agenda"})
"""What talks are "on" when the question is whether they are held at all."""


class Agendas:
    name = "agendas"

    def __init__(self, resources: PackResources):
        words = resources.words
        self.nouns = words.talk_nouns
        self.items = words.agenda_items
        self.forms = resources.lexicon.forms(self.nouns | self.items | TALKING)
        self.marks = ABOUT | {ONLY} | resources.lexicon.forms(words.agenda_verbs | CONFINED)

    def wants(self, survey: Survey) -> tuple[int, ...]:
        words = survey.words
        return (0,) if survey.has_topic and words & self.forms and words & self.marks else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        covered: set[int] = set()
        for talks in sentence.sdoc:
            item = _sole_item(sentence, talks, self.items)
            verb = item or _agenda_verb(sentence, talks, self.nouns)
            if verb is None or polarity.negated(sentence, verb) or not filters.is_position(sentence, verb):
                continue
            holders = speaker_of(sentence, verb)
            holders = holders if holders is not None else according_to(sentence)
            if not holders or COMMENTATOR in holders:
                continue
            if item is not None:
                scope = {i for c in verb.children if c.dep_ == "attr" for i in collect(sentence, c, is_root=False)}
            elif verb.lemma_ in sentence.words.agenda_verbs:
                scope = collect(sentence, verb, is_root=True) - {t.i for t in talks.subtree} - {verb.i}
            else:
                marks = ABOUT | {"to"} if verb.lemma_ in CONFINED else ABOUT
                scope = {i for c in verb.children if c.dep_ == "prep" and c.lower_ in marks
                         for i in collect(sentence, c, is_root=False)}
            scope -= reading.covered
            covered |= scope | {talks.i}
            for match in topics_in(sentence, scope):
                stance, weight = polarity.apply_flips("demand", polarity.flips(sentence, verb, match, scope))
                claims.extend(sentence.claim(h, stance, match.topic, (), None,
                                             WEIGHTS.condition * weight * h.confidence) for h in holders)
        return Found(tuple(claims), frozenset(covered))


def _sole_item(sentence: Sentence, subject: Token, items: frozenset[str]) -> Token | None:
    """The copula of "the only issue (left) is X", when ``subject`` is that item: None
    otherwise."""
    verb = subject.head
    if verb.lemma_ in LEFT and verb.dep_ == "csubj":
        verb = verb.head  # "the only issue | left to settle | is X": the parser's clause subject
    if subject.dep_ != "nsubj" or subject.lemma_.lower() not in items or verb.lemma_ not in sentence.words.copulas:
        return None
    return verb if any(c.lower_ == ONLY for c in subject.children) else None


def _agenda_verb(sentence: Sentence, talks: Token, nouns: frozenset[str]) -> Token | None:
    """The verb of "talks will be about X" or "talks could cover only X", when ``talks`` is
    its subject: None otherwise."""
    verb = talks.head
    confined = talks.dep_ == "nsubjpass" and verb.lemma_ in CONFINED  # "talks would be confined to X"
    if talks.dep_ != "nsubj" and not confined:
        return None
    # "if there are ever talks, they will cover X", "if India ever spoke to Pakistan, it would
    # be about X": a pronoun for talks the sentence named first, or for the talking it told
    named = talks.lower_ in TALK_PRONOUNS and any(
        t.lemma_.lower() in nouns or t.pos_ == "VERB" and t.lemma_ in TALKING for t in talks.doc[:talks.i])
    if talks.lemma_.lower() not in nouns and not named:
        return None
    if verb.lemma_ in sentence.words.agenda_verbs or confined:
        return verb
    if verb.lemma_ not in sentence.words.copulas:
        return None
    about = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ABOUT]
    # "talks are not on the table": whether there are talks at all, not what they are about
    return verb if any(not any(g.lemma_ in TABLED for g in c.children) for c in about) else None
