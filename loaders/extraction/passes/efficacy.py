"""Efficacy: a party saying a topic will not work judges it futile, and so rejects it --
"Sanctions will not work, the minister said", "he said sanctions had never solved a
security problem", "a military solution would not resolve anything". The topic is the
subject of a negated verb of working out; who says so holds the stance. Saying the
contrary of a topic will not work ("more fighting will not solve anything") supports the
topic. Only a reported clause counts: the author's own verdict is no one's stance; a topic that
"will not work without X" waits on X, it is not judged futile.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence
from stancegraph.loaders.extraction.topics import topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim


def _on_condition(sentence: Sentence, verb: Token) -> bool:
    """"A truce will not work without guarantees (unless X, until Y)": what it lacks is
    asked for (the preconditions pass), the truce is not judged futile."""
    marks = sentence.words.conditional_marks
    return any(c.dep_ == "prep" and (c.lower_ == "without" or c.lower_ in marks) for c in verb.children) or any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in c.children)
        for c in verb.children)


class Efficacy:
    name = "efficacy"

    def __init__(self, resources: PackResources):
        words = resources.words
        self.verbs = resources.lexicon.forms(words.efficacy_verbs)
        self.negators = words.negators

    def wants(self, survey: Survey) -> tuple[int, ...]:
        words = survey.words
        return (0,) if survey.has_topic and words & self.verbs and words & self.negators else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        for verb in sentence.sdoc:
            if verb.pos_ != "VERB" or verb.lemma_ not in sentence.words.efficacy_verbs:
                continue
            if not polarity.negated(sentence, verb) or _on_condition(sentence, verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects:
                continue
            holders = speaker_of(sentence, verb)
            if not holders or COMMENTATOR in holders:
                continue
            judged = {t.i for s in subjects for t in s.subtree}
            for match in topics_in(sentence, judged):
                stance = "support" if match.opposite else "reject"
                claims.extend(sentence.claim(h, stance, match.topic, (), None, WEIGHTS.efficacy * h.confidence)
                              for h in holders)
        return Found(tuple(claims))
