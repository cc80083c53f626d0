"""Predicates: what a party says something is, where that is a topic, is its stance on the
topic -- "matters with Pakistan are strictly bilateral, Jaiswal said" (a phrase against
mediation), "the only way out is a ceasefire, Zelensky said". Said "not" to be, it is
against. The journalist's own predicates hold no one's position; what an attack is called
("the shelling was a provocation") accuses, and is read by other passes; so are what must
be (obligations) and what there is (existentials).
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import filters, polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.evaluation import word_valence
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import BEING, COMMENTATOR, Sentence, TopicMatch, first_child
from stancegraph.loaders.extraction.topics import predicate_copula
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim


class Predicates:
    name = "predicates"

    def __init__(self, resources: PackResources):
        words = resources.words
        self.copulas = resources.lexicon.forms(words.copulas) | BEING
        self.attacks = words.attack_nouns | words.violations

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic and survey.words & self.copulas else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        if sentence.is_question:
            return Found()
        claims: list[Claim] = []
        covered: set[int] = set()
        for match in sentence.topic_matches:
            copula = self._copula(sentence, match)
            if copula is None or match.root.i in reading.covered or not filters.is_position(sentence, copula):
                continue
            holders = speaker_of(sentence, copula)
            if not holders or COMMENTATOR in holders:
                continue
            flips = int(match.opposite) + int(polarity.negated(sentence, copula, match.tokens))
            stance, weight = polarity.apply_flips("support", flips)
            covered.add(match.root.i)
            claims.extend(sentence.claim(h, stance, match.topic, (), None, WEIGHTS.evaluation * weight * h.confidence)
                          for h in holders)
        return Found(tuple(claims), frozenset(covered))

    def _copula(self, sentence: Sentence, match: TopicMatch) -> Token | None:
        """The copula the phrase is the complement of, said of a thing that is no attack."""
        copula, root, words = predicate_copula(sentence, match), match.root, sentence.words
        if copula is None or copula.dep_ == "advcl":
            return None  # not "once the guns are silent": a time or a condition, not a statement
        if root.lemma_ in self.attacks or word_valence(words, root):
            return None  # "would be theft", "the aggressor": a verdict, which evaluations read
        subject = first_child(copula, "nsubj")
        if subject is None or subject.pos_ in ("PRON", "DET") or (
                subject.lemma_ in self.attacks or word_valence(words, subject) < 0):
            return None  # "this is a provocation", "the obstacle is X", "the strikes were X"
        if any(c.dep_ == "advmod" and c.lower_ in polarity.RESTRICTING and c.i < root.i
               for c in (*root.children, *copula.children)):
            return None  # "the Bank is only a facilitator": what it is not, more than what it is
        said_of = {t.i for t in subject.subtree}
        if any(other.root.i in said_of for other in sentence.topic_matches):
            return None  # "any use of the assets would be theft": the subject judged (evaluations)
        return copula
