"""The rule engine: survey every document, parse the sentences that can carry a claim, and
run the claim passes over each parsed sentence in text order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.language import Language
from spacy.tokens import Doc

from stancegraph.loaders.extraction.attribution import attribute_quotes, carry_reports
from stancegraph.loaders.extraction.texts import attribute_texts
from stancegraph.loaders.extraction.passes import PassFactory, Reading, default_passes
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import EVERY_PASS, DocumentContext, Sentence
from stancegraph.loaders.extraction.survey import survey
from stancegraph.loaders.extractor import ExtractionResult
from stancegraph.loaders.lexicon import load_lexicon
from stancegraph.loaders.nlp import load_model, one_blas_thread, sentence_splitter
from stancegraph.schema import Actor, Claim, Document, DomainPack


class RuleExtractor:
    """The rule engine (``--extractor rules``): turns documents into claims with a spaCy
    pipeline configured from a domain pack.

    Parameters
    ----------
    pack : DomainPack
        Actors, commentators, topics and infrastructure categories to look for.
    nlp : Language, optional
        The English pipeline; by default the installed ``en_core_web_sm``.
    n_process : int
        Worker processes for parsing; more than one pays only on large corpora.
    prefilter : bool
        Parse only the sentences that can carry a claim (the default). Turning it off
        parses every sentence and gives the same claims, slower.
    passes : mapping of name to pass factory, optional
        The claim passes to run, in order; by default ``passes.default_passes()``.
    """

    def __init__(
        self,
        pack: DomainPack,
        nlp: Language | None = None,
        n_process: int = 1,
        batch_size: int = 128,
        prefilter: bool = True,
        passes: Mapping[str, PassFactory] | None = None,
    ):
        self.pack = pack
        self.nlp = nlp or load_model()
        self.resources = PackResources(pack, self.nlp, load_lexicon())
        self.passes = [factory(self.resources) for factory in (passes or default_passes()).values()]
        self.splitter = sentence_splitter()
        self.n_process = n_process
        self.batch_size = batch_size
        self.prefilter = prefilter

    def extract(self, documents: Iterable[Document]) -> ExtractionResult:
        """Read claims from documents, deterministically.

        Every document is surveyed first, so the parser's workers are fed without pause;
        each document is then read as soon as its last sentence comes back parsed.
        """
        contexts: list[DocumentContext] = []
        jobs: list[tuple[str, tuple[int, int]]] = []
        for doc_index, document in enumerate(documents):
            context, wanted = survey(document, self.resources, self.splitter, self.passes, self.prefilter)
            contexts.append(context)
            for sent_index in wanted:
                start, end = context.sentences[sent_index]
                # A "sentence" the parser refuses (a million characters without a full stop
                # or a line break) is not prose; leaving it unparsed keeps the document.
                if end - start <= self.nlp.max_length:
                    jobs.append((document.text[start:end], (doc_index, sent_index)))
        claims: list[Claim] = []
        actors: dict[str, Actor] = {}
        parsed: list[tuple[int, Doc]] = []
        reading: int | None = None
        # Named entities are looked up lazily (``Sentence.entities``), so the recognizer
        # stays out of the batch parse.
        with one_blas_thread():
            for sdoc, (doc_index, sent_index) in self.nlp.pipe(
                jobs, as_tuples=True, batch_size=self.batch_size, n_process=self.n_process,
                disable=self.resources.lazy_components,
            ):
                if reading is not None and doc_index != reading:
                    claims.extend(self._read(contexts[reading], parsed, actors))
                    parsed = []
                reading = doc_index
                parsed.append((sent_index, sdoc))
            if reading is not None:
                claims.extend(self._read(contexts[reading], parsed, actors))
        claims = [each for claim in claims for each in self._for_members(claim)]
        return ExtractionResult(deduplicate(claims), sorted(actors.values(), key=lambda a: a.id))

    def _for_members(self, claim: Claim) -> list[Claim]:
        """A coalition's claim is each member's ("the mediators proposed X"); an accusation
        of a coalition accuses each member, but no party accuses itself."""
        members = self.resources.members
        if claim.actor not in members and claim.target_actor not in members:
            return [claim]
        party = self.resources.party
        return [
            claim.model_copy(update={"actor": actor, "target_actor": target})
            for actor in members.get(claim.actor, (claim.actor,))
            for target in members.get(claim.target_actor, (claim.target_actor,))
            if target is None or party(actor) != party(target)
        ]

    def _read(self, context: DocumentContext, parsed: list[tuple[int, Doc]],
              actors: dict[str, Actor]) -> list[Claim]:
        """The claims of one document, from its parsed sentences in text order."""
        sentences = [
            Sentence(self.resources, context, sdoc, context.sentences[i][0], i)
            for i, sdoc in sorted(parsed, key=lambda p: p[0])
        ]
        attribute_quotes(sentences)
        attribute_texts(sentences)
        carry_reports(sentences)
        claims: list[Claim] = []
        reading = Reading()
        memory = self.document_memory()
        readers = context.readers
        for sentence in sentences:
            reading = reading.next_sentence()
            here: list[Claim] = []
            for each in self.passes if not sentence.asks_whether else ():
                if readers is not None and not readers[sentence.index] & {each.name, EVERY_PASS}:
                    continue  # parsed for other passes: this one asked for nothing here
                found = each.read(sentence, reading)
                here.extend(found.claims)
                reading = reading.after(found)
            claims.extend(self.review(sentence, here, memory))
        claims = self.settle(claims, memory)
        for sentence in sentences:
            for actor_id, actor in sentence.found_actors.items():
                actors.setdefault(actor_id, actor)
        return claims


    def document_memory(self) -> object | None:
        """What a reviewer keeps from one sentence of a document to the next (none here)."""
        return None

    def review(self, sentence: Sentence, claims: list[Claim], memory: object | None) -> list[Claim]:
        """The claims to keep of those the passes read in ``sentence``: all of them here;
        the learned extractor decides again."""
        return claims

    def settle(self, claims: list[Claim], memory: object | None) -> list[Claim]:
        """The claims to keep of a whole document, once every sentence is reviewed: all of
        them here."""
        return claims


def deduplicate(claims: list[Claim]) -> list[Claim]:
    """One claim per (actor, stance, topic, target, sentence), infrastructure merged."""
    merged: dict[tuple, Claim] = {}
    for claim in claims:
        key = (claim.evidence.document_id, claim.evidence.start, claim.actor, claim.stance,
               claim.topic, claim.target_actor)
        if key in merged:
            old = merged[key]
            claim = old.model_copy(update={
                "infrastructure": tuple(sorted(set(old.infrastructure) | set(claim.infrastructure))),
                "confidence": max(old.confidence, claim.confidence),
            })
        merged[key] = claim
    return sorted(merged.values(), key=lambda c: (
        c.evidence.document_id, c.evidence.start, c.actor, c.stance, c.topic or "", c.target_actor or ""))


def extract_claims(documents: Iterable[Document], pack: DomainPack, **options) -> ExtractionResult:
    """Read claims from documents with a fresh extractor (see :class:`RuleExtractor`)."""
    return RuleExtractor(pack, **options).extract(documents)
