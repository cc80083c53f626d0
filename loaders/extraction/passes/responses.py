"""Bare responses: a party that agrees, accepts or refuses with nothing after the verb
answers what was just put forward -- "Cordia proposed a truce on Monday. Arland agreed.",
"Borsk accepted at once, but Arland refused", "Arland proposed a prisoner swap and Borsk
consented". The verb's object is the topic named before it: in its own sentence, or, when
that names none, in the sentence before; only when that is a single topic, as a reader
would take it.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import polarity
from stancegraph.loaders.extraction.attribution import speech_subject
from stancegraph.loaders.extraction.filters import is_position
from stancegraph.loaders.extraction.holders import phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence, TopicMatch
from stancegraph.loaders.extraction.topics import sole_topic_before
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

RESPONSES = {"agree": "support", "accept": "support", "consent": "support", "acquiesce": "support",
             "refuse": "reject", "balk": "reject", "demur": "reject"}
"""Verbs that answer a proposal with no object of their own, and the stance they take."""
OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "nsubjpass", "attr", "oprd", "dative"})
"""What makes a response say what it answers itself ("agreed to talk", "accepted the offer")."""
OWN_OBJECT_PREPOSITIONS = frozenset({"to", "with", "on", "upon", "about", "over", "at", "that", "as"})
"""Prepositions and marks that name what a response answers ("agreed to a truce", "agreed
with Kyiv", "balked at the terms") or make it no response ("as agreed in the statement")."""


class Responses:
    name = "responses"

    def __init__(self, resources: PackResources):
        self.forms = resources.lexicon.forms(set(RESPONSES))

    def wants(self, survey: Survey) -> tuple[int, ...]:
        if not survey.names_party or not survey.words & self.forms:
            return ()
        return (0,) if survey.has_topic or survey.follows_topic else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        for verb in sentence.sdoc:
            stance = RESPONSES.get(verb.lemma_)
            if stance is None or verb.pos_ != "VERB" or not _bare(verb) or not is_position(sentence, verb):
                continue
            match = _answered(sentence, verb)
            # its own subject, or its first verb's ("Arland hesitated and then agreed")
            subject = speech_subject(verb, ("nsubj",))
            if match is None or subject is None:
                continue
            holders = [h for h in phrase_holders(sentence, subject) if h is not COMMENTATOR and h.actor]
            if polarity.negated(sentence, verb):
                stance = "reject" if stance == "support" else "support"
            claims.extend(sentence.claim(h, stance, match.topic, (), None, WEIGHTS.response * h.confidence)
                          for h in holders)
        return Found(tuple(claims))


def _bare(verb: Token) -> bool:
    """Whether the verb stands with nothing it answers of its own: no object, clause or
    "to"-phrase ("agreed in principle" and "refused outright" are bare)."""
    if verb.dep_ in ("acl", "amod"):
        return False  # "the release, agreed last month": a participle tells what was agreed
    return not any(c.dep_ in OBJECT_DEPS or c.dep_ == "mark" and c.lower_ in OWN_OBJECT_PREPOSITIONS
                   or c.dep_ == "prep" and c.lower_ in OWN_OBJECT_PREPOSITIONS and _has_object(c)
                   for c in verb.children)


def _has_object(preposition: Token) -> bool:
    """Whether a preposition names a thing ("at the terms"), not a manner ("at once")."""
    return any(c.dep_ == "pobj" or c.dep_ == "pcomp" and c.pos_ != "ADV" for c in preposition.children)


def _answered(sentence: Sentence, verb: Token) -> TopicMatch | None:
    """The one topic named before the verb in its sentence, else the one topic the sentence
    before named; none when that is several, or named as its contrary."""
    before = [m for m in sentence.topic_matches if max(m.tokens) < verb.i]
    if before:
        topics = {(m.topic, m.opposite) for m in before}
        return before[-1] if len(topics) == 1 and not before[-1].opposite else None
    sole = sole_topic_before(sentence, reach=1)
    if sole is None or sole.opposite:
        return None
    return TopicMatch(sole.topic, verb, frozenset({verb.i}), False)
