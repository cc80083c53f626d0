"""Lists: "These include X, Y and Z" after a sentence that named someone's conditions
("Moscow set out its conditions.") -- each listed topic takes that position."""

from __future__ import annotations

from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import Sentence
from stancegraph.loaders.extraction.topics import topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS

LIST_REACH = 1000
"""How many characters after the noun cue a list may still spell it out."""


class Lists:
    name = "lists"

    def __init__(self, resources: PackResources):
        self.openers = resources.words.list_openers

    def wants(self, survey: Survey) -> tuple[int, ...]:
        if survey.first_word in self.openers and survey.index > 0 and survey.has_topic:
            return (0, -1)  # the sentence before may hold the noun cue
        return ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        listed = reading.list_cue
        sdoc = sentence.sdoc
        if len(sdoc) < 3 or listed is None or sentence.base - listed.base > LIST_REACH:
            return Found()
        first, verb = sdoc[0], sdoc[1]
        if first.lower_ not in self.openers or verb.lemma_ not in sentence.words.list_verbs:
            return Found()
        # the parse of a long list is often wrong; everything after the verb is the list
        scope = set(range(2, len(sdoc)))
        claims = tuple(
            sentence.claim(holder, listed.stance, match.topic, (), None, WEIGHTS.listed * holder.confidence)
            for match in topics_in(sentence, scope)
            for holder in listed.holders
        )
        return Found(claims)
