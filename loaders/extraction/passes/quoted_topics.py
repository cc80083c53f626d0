"""Quoted topics: a party's speaker quoted on a topic, with no cue word, backs it (weakly)."""

from __future__ import annotations

from stancegraph.loaders.extraction.attribution import quote_speaker
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.polarity import negated
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence
from stancegraph.loaders.extraction.weights import WEIGHTS


class QuotedTopics:
    name = "quoted_topics"

    def __init__(self, resources: PackResources):
        pass

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic and survey.quoted else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims = []
        for match in sentence.topic_matches:
            if match.root.i in reading.covered or not sentence.in_quote(match.root):
                continue
            if any(negated(sentence, a) for a in [match.root, *match.root.ancestors][:3]):
                continue
            for holder in quote_speaker(sentence, match.root):
                if holder is COMMENTATOR:
                    continue
                claims.append(sentence.claim(holder, "support", match.topic, (), None, WEIGHTS.quoted_topic))
        return Found(tuple(claims))
