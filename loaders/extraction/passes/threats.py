"""Threats: what a party warns it will answer with is its position -- "any aggression would
be met with a befitting response, the army warned", "India will respond to any strike with
full force". The topic is the answer, the object of "with" under a verb of meeting or
answering that says what will (or would) happen. In the passive, the one who warns holds it:
the reporting subject or the quotation's speaker; the journalist's own forecast holds none.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import filters, polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.holders import phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence, first_child
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim


DRAWING = frozenset({"draw", "meet", "invite", "provoke", "trigger", "attract"})
"""Verbs by which an act brings on an answer ("any attack would draw a firm response")."""


class Threats:
    name = "threats"

    def __init__(self, resources: PackResources):
        words = resources.words
        self.verbs = words.answering_verbs
        self.forms = resources.lexicon.forms(words.answering_verbs)
        self.auxiliaries = words.intent_auxiliaries
        self.drawing_forms = resources.lexicon.forms(DRAWING)

    def wants(self, survey: Survey) -> tuple[int, ...]:
        answered = "with" in survey.words and survey.words & self.forms
        drawn = "any" in survey.words and survey.words & self.drawing_forms
        return (0,) if survey.has_topic and (answered or drawn) else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        covered: set[int] = set()
        for match in sentence.topic_matches:
            verb = self._answer(match.root)
            if verb is None or match.root.i in reading.covered or not filters.is_position(sentence, verb):
                continue
            holders = self._threatener(sentence, verb)
            if not holders or COMMENTATOR in holders:
                continue
            stance, weight = polarity.apply_flips("support", 1 if polarity.negated(sentence, verb, match.tokens) else 0)
            covered.add(match.root.i)
            claims.extend(sentence.claim(h, stance, match.topic, (), None, WEIGHTS.threat * weight * h.confidence)
                          for h in holders)
        return Found(tuple(claims), frozenset(covered))

    def _answer(self, noun: Token) -> Token | None:
        """The verb of meeting or answering whose "with" names ``noun``, or the verb by which
        "any" act of the other side draws ``noun`` ("any misadventure would draw a firm
        response"), said of what will be."""
        preposition = noun.head
        if noun.dep_ == "dobj" and self._drawn_by_any(noun.head):
            return noun.head
        if noun.dep_ != "pobj" or preposition.lower_ != "with" or preposition.dep_ != "prep":
            return None
        verb = preposition.head
        if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "respond to any strike | with full force": hung on the strike
        if verb.lemma_ not in self.verbs or verb.pos_ != "VERB":
            return None
        if not any(c.dep_ == "aux" and c.lower_ in self.auxiliaries for c in verb.children):
            return None
        return verb

    def _drawn_by_any(self, verb: Token) -> bool:
        """Whether ``verb`` is how "any" act will bring on its object ("any attack would draw X")."""
        subject = first_child(verb, "nsubj")
        return (verb.lemma_ in DRAWING and verb.pos_ == "VERB" and subject is not None
                and any(c.lower_ == "any" for c in subject.children)
                and any(c.dep_ == "aux" and c.lower_ in self.auxiliaries for c in verb.children))

    def _threatener(self, sentence: Sentence, verb: Token) -> list[Holder]:
        """Who makes the threat: the subject of an active answer ("India will respond"), the
        one who says a passive one ("would be met with force, the army warned") or one that
        the act answered draws ("any attack would draw a firm response, Delhi said")."""
        if not any(c.dep_ == "auxpass" for c in verb.children) and not self._drawn_by_any(verb):
            subject = first_child(verb, "nsubj")
            if subject is not None:
                return phrase_holders(sentence, subject)
        return speaker_of(sentence, verb) or []
