"""``--extractor learned``: the rule engine, then a classifier over every candidate pair."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from stancegraph.loaders.extraction.engine import RuleExtractor
from stancegraph.loaders.extraction.filters import withheld
from stancegraph.loaders.extraction.learned.candidates import Candidate, DocumentMemory, candidates
from stancegraph.loaders.extraction.learned.features import Features, features
from stancegraph.loaders.extraction.learned.model import LinearModel, load_model
from stancegraph.loaders.extraction.passes import NOTHING, Found, Reading, Survey
from stancegraph.loaders.extraction.sentence import Sentence
from stancegraph.loaders.extraction.topics import infrastructure_in
from stancegraph.schema import POLARITY, Claim, Document, DomainPack

STANCE_OF = {"against": "reject", "concede": "concede"}


SIDES = frozenset({"for", "against"})


def _contradicts(polarity: str, ruled: set[str]) -> bool:
    """Whether the rules read only the other side of a for/against stance."""
    return polarity in SIDES and polarity not in ruled and bool(ruled & SIDES)


class TopicSentences:
    """Not a claim pass: asks the cheap pass to parse every sentence naming a topic, where
    the classifier looks for candidates."""

    name = "topic_sentences"

    def __init__(self, resources):
        pass

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        return NOTHING


class LearnedExtractor(RuleExtractor):
    """The rule engine's passes, then a linear classifier that keeps, drops, fixes or adds
    each (holder, topic) claim of a sentence. Accusations are the rules'."""

    def __init__(self, pack: DomainPack, model: LinearModel | None = None, **options):
        super().__init__(pack, **options)
        self.passes.append(TopicSentences(self.resources))
        self.model = model
        self.recorded: list[tuple[Sentence, Candidate, Features]] | None = None

    def document_memory(self) -> DocumentMemory:
        return DocumentMemory()

    def review(self, sentence: Sentence, claims: list[Claim], memory: DocumentMemory) -> list[Claim]:
        """The rules' claims, and the classifier's for the pairs the rules left unread.

        Cross-validated on the training documents, the rules' own claims are right more
        often than the classifier's verdict on them, so they are kept; the classifier adds
        the pairs it is sure of (``LinearModel.thresholds``)."""
        kept = list(claims)
        model = self.model if self.recorded is not None else self.model or load_model()
        with sentence.context.names_only():
            found = candidates(sentence, claims, memory)
        for candidate in found:
            if self.recorded is not None:
                self.recorded.append((sentence, candidate, features(sentence, candidate, sentence.index)))
                continue
            if candidate.rule_claims or withheld(sentence, candidate.match.root):
                continue  # the rules' own; or words held back: "declined to say whether X"
            described = features(sentence, candidate, sentence.index)
            polarity, probability = model.decide(described)
            if polarity != "none":
                added = self._claim(sentence, candidate, polarity, probability, described)
                memory.learned.append(added)
                kept.append(added)
        return kept

    def settle(self, claims: list[Claim], memory: DocumentMemory) -> list[Claim]:
        """The document's claims, less the classifier's that take the other side of a stance
        the rules read for the same party and topic elsewhere in the document: where the two
        disagree, the rules are more often right (such verdicts were right 2 times in 17 on
        the real documents read, 17 in 54 on the written excerpts)."""
        if not memory.learned:
            return claims
        party = self.resources.party
        learned = {id(c) for c in memory.learned}
        ruled: dict[tuple[str, str | None], set[str]] = {}
        for claim in claims:
            if id(claim) not in learned:
                ruled.setdefault((party(claim.actor), claim.topic), set()).add(POLARITY[claim.stance])
        return [c for c in claims if id(c) not in learned or not _contradicts(
            POLARITY[c.stance], ruled.get((party(c.actor), c.topic), set()))]

    def _claim(self, sentence: Sentence, candidate: Candidate, polarity: str, probability: float,
               described: Features) -> Claim:
        agreeing = [c for c in candidate.rule_claims if POLARITY[c.stance] == polarity]
        if agreeing:
            best = max(agreeing, key=lambda c: c.confidence)
            return best.model_copy(update={"confidence": round(probability, 3)})
        if polarity == "for":
            stance = next((s for s in ("demand", "propose", "support") if described.get(f"cue={s}")), "support")
        else:
            stance = STANCE_OF[polarity]
        topic = sentence.resources.topics.get(candidate.match.topic)
        infrastructure = ()
        if topic is not None and topic.is_infrastructure_scoped:
            infrastructure = infrastructure_in(sentence, set(range(len(sentence.sdoc))))
        return sentence.claim(candidate.holder, stance, candidate.match.topic, infrastructure, None, probability)

    def candidate_rows(self, documents: Sequence[Document]) -> Iterator[tuple[Sentence, Candidate, Features]]:
        """Every candidate of the documents with its features, undecided: what the training
        script labels."""
        self.recorded = []
        try:
            self.extract(documents)
            yield from self.recorded
        finally:
            self.recorded = None
