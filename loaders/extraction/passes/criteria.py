"""Criteria: what a party will judge a deal by is what it demands. "Kigali will judge the
accord by whether the militia is disbanded", "the truce would be measured by whether the
shelling stops", "the real test of the deal, Kinshasa says, is whether the troops go home":
the clause opened by "whether" names what the judge asks for. The judge is the subject
of the verb of judging, else whoever the sentence reports as saying it; the author's own
yardstick is no one's stance.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from stancegraph.loaders.extraction import filters, holders, polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence
from stancegraph.loaders.extraction.topics import topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim


class Criteria:
    name = "criteria"

    def __init__(self, resources: PackResources):
        pass

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic and "whether" in survey.words else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        for judged_by, clause in _criteria(sentence):
            if not filters.is_position(sentence, judged_by):
                continue
            judges = _judges(sentence, judged_by)
            if not judges or COMMENTATOR in judges:
                continue
            stance = "reject" if polarity.negated(sentence, clause) else "demand"
            for match in topics_in(sentence, collect(sentence, clause, False)):
                claims.extend(sentence.claim(judge, stance, match.topic, (), None, WEIGHTS.criterion * judge.confidence)
                              for judge in judges)
        return Found(tuple(claims))


def _criteria(sentence: Sentence) -> Iterator[tuple[Token, Token]]:
    """Each yardstick of the sentence: the verb of judging (or the copula whose subject
    is a yardstick noun) and the clause opened by "whether" it judges by."""
    words = sentence.words
    for clause in sentence.sdoc:
        if not any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
            continue
        head = clause.head
        if clause.dep_ == "pcomp" and head.lower_ in ("by", "on") and head.head.lemma_ in words.measuring_verbs:
            yield head.head, clause  # "judge the accord by whether X", "judged on whether X"
        elif clause.dep_ in ("ccomp", "attr", "advcl") and head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.lemma_ in words.yardstick_nouns for c in head.children):
            yield head, clause  # "the test of the deal is whether X"


def _judges(sentence: Sentence, verb: Token) -> list[Holder] | None:
    """Who judges: the subject of an active verb of judging, else the sentence's speaker."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and verb.lemma_ in sentence.words.measuring_verbs:
        found = holders.phrase_holders(sentence, subject)
        if found:
            return found
    return speaker_of(sentence, verb)
