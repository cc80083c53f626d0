"""Exceptions: what a party accepts "but not" something else it refuses -- "Moscow agreed
to an energy truce, but not to the full ceasefire Washington asked for", "Kyiv accepted a
pause at sea but not a halt to deliveries". The "but not" phrase names the refused topic;
the acceptance is the nearest stance word of support before it, and its holders refuse.
Read from the words' order as well as the parse: the parser often hangs the elliptical
phrase on a later verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import filters, polarity
from stancegraph.loaders.extraction.holders import cue_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence, TopicMatch
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

LEAD_IN = frozenset({"DET", "ADJ", "ADP", "NUM"})
"""Parts of speech that may stand between "but not" and the topic ("but not to the full X")."""
REACH = 4
"""How many such words may stand there."""


EXCEPTING = frozenset({"but", "though", "although"})
"""Words before the "not" of an exception ("but not", "though not")."""


class Exceptions:
    name = "exceptions"

    def __init__(self, resources: PackResources):
        pass

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic and "not" in survey.words and survey.words & EXCEPTING else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        sdoc = sentence.sdoc
        for negation in sdoc:
            if negation.lower_ != "not" or negation.i == 0 or sdoc[negation.i - 1].lower_ not in EXCEPTING:
                continue
            excepted = _excepted(sentence, negation)
            accepting = _acceptance(sentence, negation.i - 1)
            if excepted is None or accepting is None:
                continue
            if polarity.negated(sentence, accepting) or not filters.is_position(sentence, accepting):
                continue
            cue = sentence.cues[accepting.i]
            holders = cue_holders(sentence, accepting, cue)
            if not holders or COMMENTATOR in holders:
                continue
            stance = "support" if excepted.opposite else "reject"
            weight = WEIGHTS.reversed_support if stance == "reject" else WEIGHTS.reversed_rejection
            claims.extend(sentence.claim(h, stance, excepted.topic, (), None, cue.confidence * weight * h.confidence)
                          for h in holders)
        return Found(tuple(claims))


def _excepted(sentence: Sentence, negation: Token) -> TopicMatch | None:
    """The topic the "but not" phrase names: one starting within a few words after it, with
    only articles, adjectives and a preposition between ("but not to the full ceasefire")."""
    for match in sentence.topic_matches:
        start = min(match.tokens)
        between = sentence.sdoc[negation.i + 1:start]
        if negation.i < start <= negation.i + 1 + REACH and all(t.pos_ in LEAD_IN for t in between):
            return match
    return None


def _acceptance(sentence: Sentence, but: int) -> Token | None:
    """The nearest stance word of support before the "but" ("agreed", "accepted", "backs")."""
    for i in range(but - 1, -1, -1):
        cue = sentence.cues.get(i)
        if cue is not None:
            return sentence.sdoc[i] if cue.stance == "support" and sentence.sdoc[i].pos_ == "VERB" else None
    return None
