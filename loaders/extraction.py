"""Negotiating-position claims from news text: who takes which stance on which topic.

The extractor reads a document in two passes. The cheap pass tokenizes the whole text,
splits it into sentences, finds every actor the pack names (and misspellings of them) and
every quotation, and keeps only the sentences that can carry a claim: those with a stance
cue and a topic. The full spaCy pipeline then parses just those sentences, and each parse
is read for cues (``cues.yaml``), their holders (subject, agent, speaker of a quotation,
"according to"), their scope (the clause the cue governs) and the topics and
infrastructure categories inside that scope (phrases from the domain pack, on lemmas).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from stancegraph.loaders.lexicon import Cue, Lexicon, inflections, load_lexicon
from stancegraph.loaders.extractor import ExtractionResult
from stancegraph.loaders.mentions import ActorIndex, Mention, MentionTable, quote_spans
from stancegraph.loaders.nlp import load_model, sentence_splitter
from stancegraph.loaders.sentences import sentence_bounds
from stancegraph.schema import Actor, Claim, Document, DomainPack, Evidence
from stancegraph.schema.words import stem

FIRST_PERSON = {"i", "we", "me", "us", "our", "my", "ours"}
PERSONAL = {"he", "she", "him", "his", "her"}
NEUTER = {"it", "its"}
PLURAL = {"they", "them", "their"}
POSSESSIVE = {"his", "her", "its", "their"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
NOT_IN_SCOPE = {"nsubj", "csubj", "advcl", "cc", "parataxis", "mark", "punct", "aux", "auxpass", "neg", "expl"}
NEGATORS = {"not", "never", "n't", "no"}
ANTECEDENT_WORDS = {"something", "one", "which", "what", "that"}
PREPOSITIONS = {"with", "after", "to", "from", "by", "of", "between", "for", "on", "against", "about",
                "than", "including", "like", "at", "in", "before", "toward", "towards", "without"}
CONDITION_MARKS = {"if", "unless"}
OBLIGATION = {"should", "must", "ought"}
COPULAS = {"be", "remain", "become", "stay", "seem", "appear"}
# verbs that make a stance preposition their predicate: "warned against", "voted against"
PREDICATE_HEADS = COPULAS | {"stand", "vote", "warn", "argue", "speak", "caution", "campaign", "lobby", "come"}
INTENT_AUXILIARIES = {"will", "would", "wo", "shall", "'ll"}
BREACHES = {"violate", "breach", "break", "flout", "undermine", "wreck", "derail"}
FRAMING_VERBS = {"define", "consider", "see", "view", "regard", "describe", "call", "label", "deem", "treat"}
ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "state"}


@dataclass(frozen=True)
class Holder:
    """Who holds a position, as resolved, and as written."""

    actor: str
    text: str
    confidence: float = 1.0


COMMENTATOR = Holder("", "", 0.0)
"""Marks a holder that is a commentator: what they say is no party's position."""


@dataclass
class TopicMatch:
    topic: str
    root: Token
    tokens: frozenset[int]


@dataclass
class DocumentContext:
    """What a document's cheap pass found, for reading each parsed sentence in context."""

    document: Document
    sentences: list[tuple[int, int]]
    mentions: MentionTable
    quotes: list[tuple[int, int]]
    topic_mentions: list[tuple[int, str, str]]
    quote_speakers: dict[tuple[int, int], list[Holder]] = field(default_factory=dict)
    last_list_cue: tuple[str, list[Holder], int] | None = None

    def quote_at(self, offset: int) -> tuple[int, int] | None:
        return next((q for q in self.quotes if q[0] <= offset < q[1]), None)


class RuleExtractor:
    """The rule engine (``--extractor rules``): turns documents into claims with a spaCy pipeline configured from a domain pack.

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
    """

    def __init__(
        self,
        pack: DomainPack,
        nlp: Language | None = None,
        n_process: int = 1,
        batch_size: int = 128,
        prefilter: bool = True,
    ):
        self.pack = pack
        self.nlp = nlp or load_model()
        self.lexicon: Lexicon = load_lexicon()
        self.index = ActorIndex(pack, self.nlp)
        self.splitter = sentence_splitter()
        self.n_process = n_process
        self.batch_size = batch_size
        self.prefilter = prefilter
        self.topics = {t.id: t for t in pack.topics}
        self.topic_verbs: set[str] = set()  # stems of verbs that open a phrase: "lift sanctions"
        self.topic_matcher = self._lemma_matcher({t.id: t.phrases or (t.label,) for t in pack.topics})
        self.infra_matcher = self._lemma_matcher(
            {c.id: c.phrases or (c.label,) for c in pack.infrastructure}
        )
        self.cheap_topic_matcher = self._stem_matcher(
            {t.id: t.phrases for t in pack.topics} | {f"infra:{c.id}": c.phrases for c in pack.infrastructure}
        )
        self.lazy_components = [p for p in ("ner",) if p in self.nlp.pipe_names]
        self.recognizer = self.nlp.get_pipe("ner") if self.lazy_components else None
        self.triggers = self.lexicon.trigger_forms()
        self.accusation_triggers = frozenset(
            form for cue in self.lexicon.cues if cue.stance == "accuse" for form in inflections(cue.lemma)
        )
        self.halt_topics = {t.id for t in pack.topics if t.is_halt}
        self.analysts = {
            a.id for a in pack.commentators
            if any(word in self.lexicon.analyst_nouns for role in a.roles for word in role.lower().split())
        }
        self.scoped_child = {
            t.parent: t.id for t in pack.topics if t.is_infrastructure_scoped and t.parent
        }

    # -- matchers built from the pack ------------------------------------------------------

    def _lemma_matcher(self, phrases: dict[str, tuple[str, ...]]) -> tuple[PhraseMatcher, PhraseMatcher]:
        """Two matchers for the same phrases: on lemmas, and on the words as written (a
        phrase lemmatized alone can come out unlike the same words in a sentence)."""
        matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        with self.nlp.select_pipes(disable=[p for p in ("parser", "ner") if p in self.nlp.pipe_names]):
            for key, texts in phrases.items():
                docs = list(self.nlp.pipe(sorted(set(texts))))
                matcher.add(key, docs)
                self.topic_verbs.update(stem(d[0].lower_) for d in docs if len(d) > 1 and d[0].pos_ == "VERB")
                lower.add(key, [self.nlp.make_doc(t.lower()) for t in sorted(set(texts))])
        return matcher, lower

    def _stem_matcher(self, phrases: dict[str, tuple[str, ...]]) -> PhraseMatcher:
        """Phrases matched on crude stems, for the cheap pass that has no lemmas."""
        matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        for key, texts in phrases.items():
            matcher.add(key, [_stemmed(self.nlp.make_doc(t.lower())) for t in sorted(set(texts))])
        return matcher

    @staticmethod
    def phrase_spans(matchers: tuple[PhraseMatcher, PhraseMatcher], doc: Doc) -> list[Span]:
        """Non-overlapping phrase matches (longest first), labelled with their pack id."""
        raw = [match for matcher in matchers for match in matcher(doc)]
        spans = {(s, e): doc.vocab.strings[m] for m, s, e in raw}
        kept = filter_spans([Span(doc, s, e, label=label) for (s, e), label in spans.items()])
        return sorted(kept, key=lambda s: s.start)

    # -- the two passes ----------------------------------------------------------------------

    def extract(self, documents: Iterable[Document]) -> ExtractionResult:
        """Read claims from documents, deterministically.

        Every document is surveyed first, so the parser's workers are fed without pause;
        each document is then read as soon as its last sentence comes back parsed.
        """
        contexts: list[DocumentContext] = []
        jobs: list[tuple[str, tuple[int, int]]] = []
        for doc_index, document in enumerate(documents):
            context, wanted = self._survey(document)
            contexts.append(context)
            for sent_index in wanted:
                start, end = context.sentences[sent_index]
                jobs.append((document.text[start:end], (doc_index, sent_index)))
        claims: list[Claim] = []
        new_actors: dict[str, Actor] = {}
        parsed: list[tuple[int, Doc]] = []
        reading: int | None = None
        # Named entities are looked up lazily, for the few phrases no pack name covers, so
        # the recognizer stays out of the batch parse (it costs as much as the parser).
        for sdoc, (doc_index, sent_index) in self.nlp.pipe(
            jobs, as_tuples=True, batch_size=self.batch_size, n_process=self.n_process,
            disable=self.lazy_components,
        ):
            if reading is not None and doc_index != reading:
                claims.extend(self._read(contexts[reading], parsed, new_actors))
                parsed = []
            reading = doc_index
            parsed.append((sent_index, sdoc))
        if reading is not None:
            claims.extend(self._read(contexts[reading], parsed, new_actors))
        return ExtractionResult(_deduplicate(claims), sorted(new_actors.values(), key=lambda a: a.id))

    def _read(self, context: DocumentContext, parsed: list[tuple[int, Doc]],
              new_actors: dict[str, Actor]) -> list[Claim]:
        """The claims of one document, from its parsed sentences in text order."""
        readers = [
            SentenceReader(self, context, sdoc, context.sentences[i][0], new_actors)
            for i, sdoc in sorted(parsed, key=lambda p: p[0])
        ]
        for reader in readers:
            reader.find_quote_speakers()
        claims: list[Claim] = []
        for reader in readers:
            claims.extend(reader.claims())
        return claims

    def _survey(self, document: Document) -> tuple[DocumentContext, list[int]]:
        """The cheap pass: sentences, mentions, quotations, and which sentences to parse."""
        cheap = _stemmed(self.splitter(self.nlp.make_doc(document.text)))
        sentences = list(sentence_bounds(cheap))
        topic_spans = [(cheap[s:e], cheap.vocab.strings[m]) for m, s, e in self.cheap_topic_matcher(cheap)]
        topic_mentions = sorted(
            (span.start_char, key, span[-1].lower_.rstrip("s"))
            for span, key in topic_spans
            if not key.startswith("infra:")
        )
        context = DocumentContext(
            document=document,
            sentences=sentences,
            mentions=MentionTable(self.index.find(cheap)),
            quotes=quote_spans(document.text),
            topic_mentions=topic_mentions,
        )
        if not self.prefilter:
            return context, list(range(len(sentences)))
        topical = {span.start_char for span, _ in topic_spans}
        wanted: set[int] = set()
        for i, (start, end) in enumerate(sentences):
            span = cheap.char_span(start, end, alignment_mode="expand")
            words = {t.lower_ for t in span}
            has_trigger = bool(words & self.triggers) or "non" in words
            has_topic = any(start <= c < end for c in topical) or bool(words & {"such", "similar"})
            opens_list = span[0].lower_ in {"these", "they", "those"} and i > 0 and has_topic
            # an accusation needs no topic: "X accused Y of dragging out the talks"
            accuses = bool(words & self.accusation_triggers)
            # a party's spokesman quoted on a topic backs it even without a cue word
            quoted = has_topic and any(q[0] < end and q[1] > start for q in context.quotes)
            # "the EU will not lift sanctions": the topic's own verb carries the stance
            intends = has_topic and bool(words & INTENT_AUXILIARIES) and any(
                t.norm_ in self.topic_verbs for t in span)
            if has_trigger and has_topic or opens_list or accuses or quoted or intends:
                wanted.add(i)
                if opens_list:
                    wanted.add(i - 1)
        for quote in context.quotes:
            inside = [i for i, (s, e) in enumerate(sentences) if s < quote[1] and e > quote[0]]
            if wanted & set(inside):
                wanted.update(inside)
                # the attribution may stand in the next sentence ('... ," he said.')
                last = inside[-1] + 1 if inside else None
                if last is not None and last < len(sentences):
                    wanted.add(last)
        return context, sorted(wanted)


def _stemmed(doc: Doc) -> Doc:
    """Set each token's norm to a crude stem, so that "lifting sanctions" meets "lift sanction"
    before any lemmatizer has run (over-matching only costs a parse)."""
    for token in doc:
        token.norm_ = stem(token.lower_)
    return doc


def _deduplicate(claims: list[Claim]) -> list[Claim]:
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


class SentenceReader:
    """Reads the claims of one parsed sentence, in the context of its document."""

    def __init__(self, extractor: RuleExtractor, context: DocumentContext, sdoc: Doc, base: int,
                 new_actors: dict[str, Actor]):
        self.x = extractor
        self.lex = extractor.lexicon
        self.context = context
        self.sdoc = sdoc
        self.base = base
        self.new_actors = new_actors
        self._entities: list[Span] | None = None
        self.mentions = {
            t.i: m
            for t in sdoc
            for m in context.mentions.at(base + t.idx, base + t.idx + len(t.text))
        }
        self.topic_matches = [
            TopicMatch(s.label_, s.root, frozenset(range(s.start, s.end)))
            for s in extractor.phrase_spans(extractor.topic_matcher, sdoc)
        ]
        self.infra_matches = [
            TopicMatch(s.label_, s.root, frozenset(range(s.start, s.end)))
            for s in extractor.phrase_spans(extractor.infra_matcher, sdoc)
        ]

    # -- quotations ------------------------------------------------------------------------

    def _in_quote(self, token: Token) -> tuple[int, int] | None:
        return self.context.quote_at(self.base + token.idx)

    def find_quote_speakers(self) -> None:
        """Attribute the quotations this sentence touches to the subject of its speech verb."""
        for token in self.sdoc:
            if token.lemma_ not in self.lex.speech or token.pos_ not in ("VERB", "AUX"):
                continue
            if self._in_quote(token):
                continue
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            holders = self.subject_holders(subject)
            if not holders:
                continue
            start, end = self.base, self.base + len(self.sdoc.text)
            for quote in self.context.quotes:
                touches = quote[0] < end + 3 and quote[1] > start - 3
                if touches and quote not in self.context.quote_speakers:
                    self.context.quote_speakers[quote] = holders
        # a quotation with no attribution of its own continues the paragraph's last speaker
        for quote in self.context.quotes:
            if quote in self.context.quote_speakers:
                continue
            earlier = [q for q in self.context.quote_speakers if q[1] <= quote[0]
                       and "\n" not in self.context.document.text[q[1]:quote[0]]]
            if earlier:
                self.context.quote_speakers[quote] = self.context.quote_speakers[max(earlier)]

    def quote_speaker(self, token: Token) -> list[Holder]:
        quote = self._in_quote(token)
        if quote is None:
            return []
        return self.context.quote_speakers.get(quote, [])

    # -- actors --------------------------------------------------------------------------

    def _holder(self, mention: Mention, confidence: float = 1.0) -> Holder:
        if self.x.index.is_commentator(mention.actor):
            return COMMENTATOR
        return Holder(mention.actor, mention.text, confidence)

    def phrase_holders(self, head: Token, depth: int = 0) -> list[Holder]:
        """Actors a noun phrase names: itself, its coordinated parts, or 'both sides'."""
        found: list[Holder] = []
        for part in [head, *head.conjuncts]:
            found.extend(self._one_phrase(part, depth))
        return _unique(found)

    def _coordinated(self, head: Token) -> list[Holder]:
        """'French President Emmanuel Macron and British Prime Minister Keir Starmer': the parser
        may hang the first name as an apposition; every name joined by 'and' counts."""
        core: list[Token] = []
        stack = [head]
        while stack:
            token = stack.pop()
            core.append(token)
            stack.extend(c for c in token.children if c.dep_ not in ("prep", "relcl", "acl", "poss"))
        if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in core):
            return []
        found = [self._holder(self.mentions[t.i]) for t in sorted(core, key=lambda t: t.i) if t.i in self.mentions]
        found = _unique(found)
        return found if len(found) > 1 else []

    def _one_phrase(self, head: Token, depth: int) -> list[Holder]:
        coordinated = self._coordinated(head) if depth == 0 else []
        if coordinated:
            return coordinated
        if head.i in self.mentions:
            return [self._holder(self.mentions[head.i])]
        lower = head.lower_
        if lower in FIRST_PERSON | PERSONAL | NEUTER | PLURAL:
            return self.resolve_pronoun(head)
        if lower in RELATIVE and head.head.dep_ == "relcl":
            return self.phrase_holders(head.head.head, depth + 1)
        if head.lemma_ in self.lex.pair_nouns and any(
            c.lower_ in {"both", "two", "each"} for c in head.children
        ):
            pair = self.last_pair(self.base + head.idx)
            return [Holder(a, head.text, 0.8) for a in pair]
        entity = self._entity(head)
        if entity is not None:
            return entity
        if depth > 2:
            return []
        found: list[Holder] = []
        for child in head.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in self.mentions:
                mention = self.mentions[child.i]
                holder = self._holder(mention)
                # "a top aide to Putin", "Russian officials": the party, not the person
                party = self.x.index.party(mention.actor)
                found.append(holder if holder is COMMENTATOR else Holder(party, mention.text))
        if found:
            return found
        if head.lemma_ in self.lex.commentator_nouns:
            return [COMMENTATOR]
        if head.lemma_ not in self.lex.group_nouns | self.lex.pair_nouns:
            return found
        for child in head.children:
            if child.dep_ == "prep" and child.lemma_ in ("of", "in", "from", "to", "for"):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    for holder in self.phrase_holders(pobj, depth + 1):
                        party = holder if holder is COMMENTATOR else Holder(
                            self.x.index.party(holder.actor), holder.text, holder.confidence)
                        found.append(party)
        return found

    def _entity(self, head: Token) -> list[Holder] | None:
        """An actor the pack does not know, from spaCy's named entities."""
        if head.pos_ != "PROPN":
            return None
        span = next((e for e in self.entities() if e.start <= head.i < e.end), None)
        if span is None or span.label_ not in ENTITY_KINDS:
            return None
        known = self.x.index.fuzzy(span.text) if " " in span.text else None
        if known:
            return [Holder(known, span.text, 0.8)]
        described = [c for c in span.root.children if c.dep_ == "appos"] + [span.root.head]
        if any(t.lemma_ in self.lex.commentator_nouns for t in described):
            return [COMMENTATOR]  # "Zhang, an analyst at ...", "analyst Zhang"
        actor_id = _slug(span.text)
        if not actor_id:
            return None
        if actor_id not in self.new_actors:
            self.new_actors[actor_id] = Actor(id=actor_id, name=span.text, kind=ENTITY_KINDS[span.label_])
        return [Holder(actor_id, span.text, 0.6)]

    def entities(self) -> list[Span]:
        """Named entities of the sentence, recognized on first use (see ``RuleExtractor.extract``)."""
        if self._entities is None:
            if self.x.recognizer is None:
                self._entities = list(self.sdoc.ents)
            else:
                found = self.x.recognizer(self.x.nlp.make_doc(self.sdoc.text)).ents
                spans = (self.sdoc.char_span(e.start_char, e.end_char, label=e.label_,
                                             alignment_mode="expand") for e in found)
                self._entities = [span for span in spans if span is not None]
        return self._entities

    def resolve_pronoun(self, pronoun: Token) -> list[Holder]:
        """The actor a pronoun points to: the speaker, the reporting subject, or the last named."""
        lower = pronoun.lower_
        if lower in FIRST_PERSON:
            return self.quote_speaker(pronoun)
        governing = self._governing_subject(pronoun)
        if governing and self._agrees(lower, governing[0].actor):
            return [Holder(self._as_pronoun(lower, h.actor), pronoun.text, 0.9) for h in governing]
        antecedents = self._antecedents(self.base + pronoun.idx)
        for mention in antecedents:
            if self._agrees(lower, mention.actor):
                holder = self._holder(mention, 0.8)
                if holder is COMMENTATOR:
                    return [COMMENTATOR]
                if lower in PLURAL:
                    group = self._coordinated_mentions(mention)
                    if len(group) > 1:
                        return [Holder(party, pronoun.text, 0.7) for party in group]
                return [Holder(self._as_pronoun(lower, mention.actor), pronoun.text, 0.8)]
        return []

    def _coordinated_mentions(self, mention: Mention) -> list[str]:
        """The parties named together with ``mention`` ("Ukraine and Russia", "A, B and C")."""
        text = self.context.document.text
        group = [mention]
        for step in (-1, 1):
            current = mention
            while True:
                near = [m for m in self.context.mentions.at(current.start - 12, current.end + 12) if m != current]
                near = [m for m in near if (m.start > current.end if step > 0 else m.end < current.start)]
                if not near:
                    break
                other = min(near, key=lambda m: abs(m.start - current.start))
                joint = text[current.end:other.start] if step > 0 else text[other.end:current.start]
                if joint.strip().lower() not in {"and", ",", ", and", "&"}:
                    break
                group.append(other)
                current = other
        parties: list[str] = []
        for m in sorted(group, key=lambda m: m.start):
            party = self.x.index.party(m.actor)
            if party not in parties and not self.x.index.is_commentator(m.actor):
                parties.append(party)
        return parties

    def _antecedents(self, offset: int) -> list[Mention]:
        """Mentions a pronoun at ``offset`` may point back to, likeliest first.

        Within the pronoun's own sentence the nearest comes first; in an earlier sentence the
        first named does, since a sentence's subject usually comes first ("Putin spoke to Trump.
        He rejected ..." is Putin).
        """
        before = self.context.mentions.before(offset)
        here = [m for m in before if m.start >= self.base]
        earlier = [m for m in before if m.start < self.base]
        ordered = here
        while earlier:
            start = next((s for s, e in self.context.sentences if s <= earlier[0].start < e), earlier[0].start)
            sentence = [m for m in earlier if m.start >= start]
            ordered += sorted(sentence, key=lambda m: (self._in_prepositional_phrase(m), m.start))
            earlier = earlier[len(sentence):]
        return ordered

    def _in_prepositional_phrase(self, mention: Mention) -> bool:
        """Whether the word before a mention is a preposition ("After talks with Trump, Putin
        ..."): such a mention is seldom the subject a later pronoun picks up."""
        before = self.context.document.text[max(0, mention.start - 20):mention.start].split()
        return bool(before) and before[-1].lower() in PREPOSITIONS

    def _as_pronoun(self, pronoun: str, actor: str) -> str:
        return self.x.index.party(actor) if pronoun in NEUTER | PLURAL else actor

    def _agrees(self, pronoun: str, actor: str) -> bool:
        kind = self.x.index.kind(actor)
        if pronoun in PERSONAL:
            return kind in ("person", "commentator")
        if pronoun in NEUTER:
            return kind in ("state", "organization", "person")
        return True

    def _governing_subject(self, token: Token) -> list[Holder]:
        """The named subject of the nearest clause above ``token`` (the reporting clause)."""
        node = token.head
        steps = 0
        while steps < 6:
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != token.i and not _has_ancestor(token, child):
                    if child.lower_ in FIRST_PERSON | PERSONAL | NEUTER | PLURAL:
                        continue
                    holders = [h for h in self.phrase_holders(child) if h is not COMMENTATOR]
                    if holders:
                        return holders
            if node.head.i == node.i:
                return []
            node, steps = node.head, steps + 1
        return []

    def last_pair(self, offset: int) -> list[str]:
        """The two parties most recently named together ("Moscow and Kyiv", "between X and Y")."""
        previous = self.context.mentions.before(offset, limit=2500)
        text = self.context.document.text
        for later, earlier in zip(previous, previous[1:]):
            joint = text[earlier.end:later.start].strip().lower()
            if joint in {"and", ",", ", and", "&", "or"}:
                a, b = self.x.index.party(earlier.actor), self.x.index.party(later.actor)
                if a != b:
                    return [a, b]
        return []

    def subject_holders(self, subject: Token) -> list[Holder]:
        return self.phrase_holders(subject)

    # -- cues --------------------------------------------------------------------------------

    def cue_of(self, token: Token) -> Cue | None:
        """The cue a token is, if any, checking its particle ("call for") and hyphenation."""
        candidates = self.lex.cues_for(token.lemma_.lower(), token.pos_, token.lower_)
        if token.pos_ == "ADP" and token.head.lemma_ not in PREDICATE_HEADS:
            return None  # a preposition is a stance only as a predicate: "Russia is against X"
        if not candidates and token.pos_ == "PROPN":
            candidates = self.lex.cues_for(token.lemma_.lower(), "NOUN", token.lower_)
        chosen: Cue | None = None
        for cue in candidates:
            if "-" in cue.lemma:
                prefix = cue.lemma.split("-")[0]
                if token.i < 2 or self.sdoc[token.i - 2].lower_ != prefix:
                    continue
            if cue.with_word:
                if self._has_word(token, cue.with_word):
                    return cue
                continue
            chosen = chosen or cue
        return chosen

    @staticmethod
    def _has_word(token: Token, word: str) -> bool:
        """Whether ``word`` hangs from the cue: a particle, a preposition, or the head of its complement."""
        for child in token.children:
            if child.lower_ == word and child.dep_ in ("prep", "prt", "advmod", "amod", "acomp", "compound"):
                return True
            if child.dep_ in ("xcomp", "ccomp") and any(g.lower_ == word and g.dep_ in ("aux", "mark") for g in child.children):
                return True
        return False

    def claims(self) -> list[Claim]:
        known = self.lex.cue_words
        cues = {
            t.i: c for t in self.sdoc
            if (t.lemma_.lower() in known or t.lower_ in known) and (c := self.cue_of(t)) is not None
        }
        claims: list[Claim] = []
        covered: set[int] = set()
        for i, cue in cues.items():
            token = self.sdoc[i]
            if cue.stance == "accuse":
                claims.extend(self.accusation_claims(token, cue))
                continue
            outer = self._outer_cue(token, cues)
            if outer is not None and not self._has_own_holder(token, self.sdoc[outer]):
                continue
            claims.extend(self.cue_claims(token, cue, cues, covered))
        claims.extend(self.violation_claims())
        claims.extend(self.list_claims(cues))
        claims.extend(self.intended_action_claims(covered))
        claims.extend(self.quoted_topic_claims(covered))
        return claims

    def intended_action_claims(self, covered: set[int]) -> list[Claim]:
        """A party's stated intention to do the very action a topic names, with no cue word:
        "the EU will not lift sanctions", "Britain will send troops to Ukraine"."""
        claims: list[Claim] = []
        for match in self.topic_matches:
            verb = match.root
            if verb.pos_ != "VERB" or verb.i in covered:
                continue
            if not any(c.dep_ == "aux" and c.lower_ in INTENT_AUXILIARIES for c in verb.children):
                continue
            conditional = any(c.dep_ == "advcl" and any(g.lower_ in self.lex.conditional_marks
                                                         for g in c.children) for c in verb.children)
            if conditional or not self._is_position(verb):
                continue  # "if Russia agrees, Ukraine will halt strikes": an offer on terms
            cue = Cue(lemma=verb.lemma_, pos=("VERB",), stance="support", confidence=0.5)
            holders = self.holders(verb, cue)
            if not holders or COMMENTATOR in holders:
                continue
            stance, weight = _apply_flips("support", 1 if self._negated(verb) else 0)
            covered |= self._collect(verb, is_root=True)
            for holder in holders:
                claims.append(self._claim(holder, stance, match.topic, (), None,
                                          cue.confidence * weight * holder.confidence))
        return claims

    def _outer_cue(self, token: Token, cues: dict[int, Cue]) -> int | None:
        if token.dep_ in ("nsubj", "nsubjpass"):
            # "the proposal is unacceptable": the judged noun is the judgement's topic
            judge = next((c for c in token.head.children if c.dep_ in ("acomp", "attr", "oprd")
                          and c.i in cues and cues[c.i].evaluative), None)
            if judge is not None:
                return judge.i
        node = token
        while node.head.i != node.i:
            if self._own_clause(node) or self._across_semicolon(node):
                return None
            coordinate = node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")
            node = node.head
            if coordinate:
                continue  # "rejected X but agreed to Y": a second cue, not one governed by the first
            if node.i in cues and cues[node.i].stance != "accuse":
                return node.i
        return None

    def _across_semicolon(self, token: Token) -> bool:
        """A clause the parser hung on another across a semicolon is a sentence of its own
        ("Kyiv wants X; Moscow insists on Y")."""
        if token.dep_ not in ("ccomp", "conj", "parataxis", "advcl"):
            return False
        low, high = sorted((token.i, token.head.i))
        return any(t.text == ";" for t in self.sdoc[low:high])

    def _own_clause(self, token: Token) -> bool:
        """A relative clause with a subject of its own, or a participle with an agent
        ("the truce proposed by Washington"), holds its own position."""
        if token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children):
            return True
        if token.dep_ != "relcl":
            return False
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE
            or c.dep_ in ("amod", "compound") and c.i in self.mentions and c.i < token.i
            for c in token.children
        )

    def _has_own_holder(self, token: Token, outer: Token) -> bool:
        """Whether a noun cue under another cue names whose it is ("Russia's demand for X").

        A possessive pronoun counts only across a clause boundary: in "Kyiv dropped its
        demand" the demand is the outer cue's object, in "insists that any deal must address
        its opposition to X" it is a position of its own.
        """
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        owners = [c for c in token.children if c.dep_ in ("poss", "compound", "amod")]
        if any(c.i in self.mentions for c in owners):
            return True  # "Russia's demand", "the American proposal"
        if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE for c in owners):
            return False
        node = token.head
        while node.i != outer.i and node.head.i != node.i:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return True
            node = node.head
        return False

    def holders(self, token: Token, cue: Cue) -> list[Holder]:
        """Who holds the position the cue reports."""
        if token.pos_ in ("NOUN", "PROPN", "ADJ"):
            own = self._own_holders(token, cue)
            if own:
                return own
        node, skip_subject = token, cue.evaluative
        while True:
            if node.dep_ == "acl" and node.tag_ == "VBG":
                found = self.phrase_holders(node.head)
                if found:
                    return found
            agent = next((c for c in node.children if c.dep_ == "agent"), None)
            if agent is not None:
                for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                    found = self.phrase_holders(pobj)
                    if found:
                        return found
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "csubj")), None)
            judged = node.i == token.i or node.i == token.head.i and node.lemma_ in COPULAS
            if subject is not None and subject.i != token.i and not (skip_subject and judged):
                found = self.phrase_holders(subject)
                if found:
                    return found
            if subject is None and (node.pos_ == "VERB" or node.dep_ == "relcl"):
                stray = [c for c in node.children if c.dep_ in ("amod", "compound") and c.i in self.mentions and c.i < node.i]
                if stray:
                    return [self._holder(self.mentions[stray[0].i])]
            if node.head.i == node.i:
                break
            node = node.head
        speaker = self.quote_speaker(token)
        if speaker:
            return speaker
        return self.according_to()

    def according_to(self) -> list[Holder]:
        """The source of an "according to X" in the sentence."""
        for t in self.sdoc:
            if t.lower_ == "according" and t.i + 2 < len(self.sdoc) and self.sdoc[t.i + 1].lower_ == "to":
                for pobj in (c for c in self.sdoc[t.i + 1].children if c.dep_ == "pobj"):
                    found = self.phrase_holders(pobj)
                    if found:
                        return found
        return []

    def _own_holders(self, token: Token, cue: Cue) -> list[Holder]:
        found: list[Holder] = []
        children = list(token.children)
        if cue.evaluative and token.dep_ in ("attr", "acomp") and token.head.lemma_ in COPULAS:
            # "For Moscow, X is a red line": the judge hangs from the copula
            children += [c for c in token.head.children if c.dep_ == "prep"]
        for child in children:
            if not cue.evaluative and child.dep_ in ("poss", "compound", "amod", "nmod"):
                found.extend(self.phrase_holders(child) if child.i not in self.mentions
                             else [self._holder(self.mentions[child.i])])
            if child.dep_ == "prep":
                holder_preps = ("for", "to") if cue.evaluative else ("from", "by")
                if child.lemma_ in holder_preps:
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        found.extend(self.phrase_holders(pobj))
        return _unique(found)

    def scope(self, token: Token, cue: Cue) -> set[int]:
        """Token indices of the clause whose topics the cue is about."""
        roots: list[Token] = [token]
        head = token.head
        if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.lemma_ not in self.lex.frame_nouns:
            # "signalled openness | to a truce": the parser hangs the noun's object on the verb
            roots += [c for c in head.children if c.dep_ == "prep" and c.i == token.i + 1
                      and c.lower_ in ("to", "for", "on", "of")]
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "attr"):
            roots += [c for c in head.children
                      if c.dep_ in ("attr", "xcomp", "acomp", "ccomp", "dobj", "oprd") and c.i != token.i]
            if token.dep_ == "attr":
                roots += [c for c in head.children if c.dep_ == "nsubj"]
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and token.dep_ in ("pobj", "amod") and head.lemma_ == "as":
            verb = head.head
            roots += [c for c in verb.children if c.dep_ == "dobj"]
            if verb.pos_ == "VERB" and verb.lemma_ not in FRAMING_VERBS:
                roots.append(verb)  # "defines joining NATO as a goal"
            if verb.dep_ == "relcl":
                roots += self._antecedent(verb.head)
        if token.pos_ == "ADJ" and cue.evaluative:
            roots += [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if token.dep_ in ("acomp", "attr", "oprd"):
                judged = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
                if not judged and head.dep_ == "ccomp":
                    # "told allies [a return to X] was unrealistic": the parser hangs X on "told"
                    judged = [c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i][-1:]
                roots += judged
        if token.pos_ == "NOUN" and token.dep_ == "attr" and cue.evaluative:
            roots += [c for c in head.children if c.dep_ in ("nsubj",)]
        if token.dep_ == "conj" and token.pos_ == "VERB" and self._passive(token) and not any(
                c.dep_ in SUBJECTS for c in token.children):
            # "X was proposed by A and accepted by B": the shared subject is what B accepts
            roots += [c for c in head.children if c.dep_ == "nsubjpass"]
        if token.dep_ == "acl" and token.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN"):
            roots.append(head)  # "the truce brokered by Washington"
        clause = token if token.pos_ == "VERB" else head
        if clause.dep_ == "relcl":
            roots += self._antecedent(clause.head)
        tokens: set[int] = set()
        for root in roots:
            tokens |= self._collect(root, is_root=(root.i == token.i))
        return tokens

    @staticmethod
    def _passive(verb: Token) -> bool:
        return verb.tag_ == "VBN" and any(c.dep_ in ("agent", "auxpass") for c in verb.children)

    def _antecedent(self, noun: Token) -> list[Token]:
        if noun.lower_ in ANTECEDENT_WORDS and noun.dep_ in ("appos", "npadvmod", "dobj", "attr"):
            verb = noun.head
            return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "pobj") and c.i != noun.i]
        return [noun]

    def _collect(self, root: Token, is_root: bool) -> set[int]:
        tokens = {root.i}
        for child in root.children:
            if self._across_semicolon(child):
                continue
            if child.dep_ == "advcl" and not any(g.dep_ in ("mark", "advmod") for g in child.children):
                tokens |= self._collect(child, is_root=False)  # "..., progressing to X"
                continue
            if child.dep_ == "nsubj" and self._small_clause(root, is_root):
                tokens |= self._collect(child, is_root=False)  # "wants sanctions on X lifted"
                continue
            if child.dep_ in NOT_IN_SCOPE or child.dep_ == "relcl" and (is_root or self._own_clause(child)):
                continue
            if child.dep_ in ("npadvmod", "appos") and child.lower_ in ANTECEDENT_WORDS:
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and is_root:
                continue  # the cue's own coordinate is a second predicate; a complement's is more of it
            if child.dep_ == "prep" and child.lemma_ in self.lex.circumstance_preps:
                continue
            if child.dep_ == "prep" and root.lemma_ in self.lex.frame_nouns and not is_root:
                continue
            tokens |= self._collect(child, is_root=False)
        return tokens

    @staticmethod
    def _small_clause(verb: Token, is_root: bool) -> bool:
        """A bare complement whose subject is what the cue wants done to ("wants sanctions
        lifted"), unlike a full clause ("insists that any deal must address X")."""
        return (not is_root and verb.dep_ in ("ccomp", "xcomp") and verb.pos_ == "VERB"
                and not any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children))

    def topics_in(self, scope: set[int]) -> list[TopicMatch]:
        # the parser may hang a phrase's tail elsewhere ("open to a truce | at sea")
        found = [m for m in self.topic_matches if m.root.i in scope or min(m.tokens) in scope]
        found += self._anaphoric_topics(scope, {m.root.i for m in found})
        return [match for match in found if self._more_specific(match, found) is None]

    def _more_specific(self, match: TopicMatch, found: list[TopicMatch]) -> TopicMatch | None:
        """A match of a child topic inside the same noun phrase makes ``match`` redundant."""
        for other in found:
            topic = self.x.topics.get(other.topic)
            if other is match or topic is None or topic.parent != match.topic:
                continue
            if _has_ancestor(other.root, match.root) or _has_ancestor(match.root, other.root):
                return other
        return None

    def _anaphoric_topics(self, scope: set[int], matched: set[int]) -> list[TopicMatch]:
        found: list[TopicMatch] = []
        sentence_start = self.base
        for i in sorted(scope):
            token = self.sdoc[i]
            if token.pos_ != "NOUN" or i in matched:
                continue
            pointing = any(c.lower_ in {"such", "this", "these", "that", "those", "similar"} for c in token.children)
            if not pointing:
                continue
            lemma = token.lemma_.lower()
            earlier = [(o, t, h) for o, t, h in self.context.topic_mentions
                       if o < sentence_start and sentence_start - o < 1200]
            for offset, topic, head in reversed(earlier):
                if head == lemma.rstrip("s") or lemma in self.lex.anaphoric_nouns:
                    found.append(TopicMatch(topic, token, frozenset({i})))
                    break
        return found

    def infrastructure_in(self, scope: set[int]) -> tuple[str, ...]:
        return tuple(sorted({m.topic for m in self.infra_matches if m.root.i in scope}))

    def _negated(self, token: Token) -> bool:
        if any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "det")) for c in token.children):
            return True
        head = token.head
        if token.dep_ in ("xcomp", "acomp") and any(c.dep_ == "neg" for c in head.children):
            return True
        if token.dep_ in ("prep", "attr") and head.lemma_ in COPULAS and any(c.dep_ == "neg" for c in head.children):
            return True  # "was not against X"
        return False

    def _flips(self, cue_token: Token, match: TopicMatch, scope: set[int]) -> int:
        """How many times the way from the cue down to the topic reverses the stance."""
        flips = 0
        topic = self.x.topics.get(match.topic)
        cessation = bool(topic and topic.is_cessation)
        if any(c.lower_ == "no" and c.dep_ == "det" for c in match.root.children):
            flips += 1
        node = match.root
        while node.i != cue_token.i and node.head.i != node.i:
            sibling = node.dep_ == "conj"
            node = node.head
            if node.i == cue_token.i or node.i not in scope:
                break
            if node.i in match.tokens or sibling:
                continue  # "abandon X and cap Y": the first verb does not govern the second
            if node.lemma_ in self.lex.reversers and node.pos_ == "VERB" and not cessation:
                flips += 1
            elif (inner := self.cue_of(node)) is not None and inner.stance == "reject":
                flips += 1
            elif node.pos_ == "VERB" and any(c.dep_ == "neg" for c in node.children):
                flips += 1  # only its own negation: the cue's was counted already
        if match.topic in self.x.halt_topics and not self._halted(cue_token, match):
            flips += 1  # "called for more military aid": against halting it
        return flips

    def _halted(self, cue_token: Token, match: TopicMatch) -> bool:
        """Whether a stopping word is part of the topic phrase or governs it ("an end to aid")."""
        if any(self.sdoc[i].lemma_ in self.lex.stoppings for i in match.tokens):
            return True
        for node in match.root.ancestors:
            if node.lemma_ in self.lex.stoppings:
                return True
            if node.i == cue_token.i:
                break
        # the parser often hangs "to X" on the verb in "demanded a halt to X": look left too
        for i in range(min(match.tokens) - 1, max(min(match.tokens) - 5, -1), -1):
            word = self.sdoc[i]
            if word.lemma_ in self.lex.stoppings:
                return True
            if i == cue_token.i or word.is_punct or word.pos_ in ("VERB", "AUX", "PROPN"):
                break
        return False

    def _kept_stance(self, cue_token: Token, match: TopicMatch) -> str:
        """What refusing to give something up says: "will not drop its bid for X" keeps
        proposing X; "will not relinquish X" rejects the other side's hold on it."""
        for node in match.root.ancestors:
            if node.i == cue_token.i:
                break
            cue = self.cue_of(node)
            if cue is not None and node.pos_ == "NOUN" and cue.stance in ("demand", "propose", "support"):
                return cue.stance
        return "reject"

    def _is_position(self, token: Token) -> bool:
        """False for conditions, drafts and guesses about others: not anyone's position."""
        node = token
        modal = any(c.lower_ in {"would", "could", "might"} for c in token.children if c.dep_ == "aux")
        while node.head.i != node.i:
            if any(c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks for c in node.children):
                return False
            if node.dep_ == "advcl" and any(c.lower_ == "when" for c in node.children) and node.tag_ == "VBD":
                return False  # "..., when the leader said he would seek X": background, not a stance
            if modal and node.i != token.i and node.lemma_ in self.lex.belief:
                return False
            if node.i != token.i and node.lemma_ in self.lex.belief and self._negated(node):
                return False
            node = node.head
        if modal and node.lemma_ in self.lex.belief:
            return False
        if modal:
            drafts = any(
                t.lower_ == "under" and any(g.lemma_ in self.lex.draft_nouns for g in t.subtree)
                for t in self.sdoc
            )
            reported = any(a.lemma_ in self.lex.speech for a in token.ancestors)
            if drafts or not reported and token.dep_ == "ROOT":
                return False
        return True

    def _analysed(self, token: Token) -> bool:
        """Whether the cue is an analyst's reading of a party ("Kuznets, an analyst, said Russia
        wants X"): commentary, not a reported position. News outlets reporting are not this."""
        if self._in_quote(token):
            return self.quote_speaker(token) == [COMMENTATOR]
        for node in token.ancestors:
            if node.lemma_ in self.lex.speech and not self._in_quote(node):
                subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                return subject is not None and self._is_analyst(subject)
        for t in self.sdoc:
            if t.lower_ == "according" and t.i + 1 < len(self.sdoc) and self.sdoc[t.i + 1].lower_ == "to":
                return any(self._is_analyst(c) for c in self.sdoc[t.i + 1].children if c.dep_ == "pobj")
        return False

    def _is_analyst(self, head: Token) -> bool:
        """A person the sentence or the pack describes as an analyst, researcher, expert ..."""
        if any(c.dep_ == "appos" and c.lemma_ in self.lex.analyst_nouns for c in head.children):
            return True
        mention = self.mentions.get(head.i)
        if mention is not None:  # "the Saudi hosts" name a party
            return mention.actor in self.x.analysts
        return head.lemma_ in self.lex.analyst_nouns

    def _guessed(self, token: Token, holders: list[Holder]) -> bool:
        """Whether the cue is someone's belief about another party ("Kyiv doubts Moscow wants X")."""
        parties = {self.x.index.party(h.actor) for h in holders if h is not COMMENTATOR}
        for node in token.ancestors:
            if node.lemma_ in self.lex.speech and not self._in_quote(node):
                return False
            if node.lemma_ not in self.lex.belief:
                continue
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            believers = self.phrase_holders(subject)
            if COMMENTATOR in believers:
                return True
            if believers and {self.x.index.party(h.actor) for h in believers} != parties:
                return True
        return False

    def prescriber(self, token: Token) -> list[Holder] | None:
        """Who says what the cue's subject should do ("Zelenskyy said Russia must accept X").

        None when the cue carries no modal of obligation; an empty list when nobody is
        reported as saying it (the author's own advice).
        """
        clause = token if token.pos_ in ("VERB", "AUX") else token.head
        while clause.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in clause.children):
            clause = clause.head  # "should stop X and instead push for Y"
        if token.pos_ not in ("VERB", "ADJ") or not any(
            c.dep_ == "aux" and c.lower_ in OBLIGATION for c in clause.children
        ):
            return None
        if self._in_quote(token):
            return self.quote_speaker(token)
        for node in clause.ancestors:
            if node.lemma_ in self.lex.speech and not self._in_quote(node):
                subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                return self.phrase_holders(subject) if subject is not None else []
        return self.according_to()

    def _governed_reversal(self, token: Token) -> int:
        """Reversals above the cue: 'delayed accepting', 'failed to agree'."""
        flips = 0
        node = token
        while node.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "prep", "pobj") and node.head.i != node.i:
            node = node.head
            if node.lemma_ in {"delay", "fail", "refuse", "stop", "decline"} and node.pos_ == "VERB":
                flips += 1
            elif node.lemma_ in ("have", "be") and any(c.lower_ == "yet" for c in node.children):
                flips += 1  # "has yet to accept"
            if node.lemma_ in self.lex.speech:
                break
        return flips

    def cue_claims(self, token: Token, cue: Cue, cues: dict[int, Cue], covered: set[int]) -> list[Claim]:
        if not self._is_position(token):
            return []
        scope = self.scope(token, cue)
        holders = self.holders(token, cue)
        if self._guessed(token, holders) or self._analysed(token):
            return []
        prescriber = self.prescriber(token)
        if prescriber is not None:
            parties = {self.x.index.party(h.actor) for h in holders if h is not COMMENTATOR}
            if not prescriber or COMMENTATOR in prescriber or COMMENTATOR in holders:
                return []  # "X should accept ...", said by the author or an analyst: advice
            if parties == {self.x.index.party(h.actor) for h in prescriber}:
                prescriber = None  # "we must accept ...": the speaker's own stance
            else:
                holders = prescriber
        if token.pos_ in ("NOUN", "PROPN") and not cue.evaluative and holders and holders != [COMMENTATOR]:
            self.context.last_list_cue = (cue.stance, holders, self.base)
        stance = cue.stance
        confidence = cue.confidence
        if stance == "support" and any(c.lower_ in self.lex.reluctance for c in token.children):
            stance = "concede"
        base_flips = (1 if self._negated(token) else 0)
        if token.pos_ == "VERB":
            base_flips += self._governed_reversal(token)
        topics = self.topics_in(scope)
        if stance == "concede":
            without = [m for m in topics if any(a.lower_ == "without" for a in m.root.ancestors)]
            topics = without or topics
        covered |= scope
        if not holders or COMMENTATOR in holders:
            return []
        claims: list[Claim] = []
        infrastructure = self.infrastructure_in(scope)
        for match in topics:
            flips = base_flips + (0 if stance == "concede" else self._flips(token, match, scope))
            final, weight = _apply_flips(stance, flips)
            if stance == "concede" and flips % 2:
                final, weight = self._kept_stance(token, match), 0.9
            if prescriber is not None:
                final = PRESCRIBED.get(final)
                if final is None:
                    continue
            topic_id = match.topic
            if infrastructure and topic_id in self.x.scoped_child:
                topic_id = self.x.scoped_child[topic_id]
            topic = self.x.topics.get(topic_id)
            infra = infrastructure if topic and topic.is_infrastructure_scoped else ()
            for holder in holders:
                claims.append(self._claim(holder, final, topic_id, infra, None,
                                          confidence * weight * holder.confidence))
        if prescriber is None:
            claims.extend(self.condition_claims(token, holders, covered))
        return claims

    def condition_claims(self, token: Token, holders: list[Holder], covered: set[int]) -> list[Claim]:
        """A condition set on a position is a demand: "will agree to X only if the West halts
        weapons deliveries" demands the halt."""
        clause = token if token.pos_ in ("VERB", "AUX") else token.head
        claims: list[Claim] = []
        for condition in clause.children:
            if condition.dep_ not in ("advcl", "conj") or not any(
                c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in condition.children
            ):
                continue
            scope = self._collect(condition, is_root=False) - {
                t.i for c in condition.children if c.dep_ == "nsubj" and not self._small_clause(condition, False)
                for t in c.subtree
            }
            covered |= scope
            infrastructure = self.infrastructure_in(scope)
            for match in self.topics_in(scope):
                topic = self.x.topics.get(match.topic)
                flips = self._flips(condition, match, scope) + (1 if self._negated(condition) else 0)
                if condition.lemma_ in self.lex.reversers and not (topic and topic.is_cessation):
                    flips += 1
                final, weight = _apply_flips("demand", flips)
                infra = infrastructure if topic and topic.is_infrastructure_scoped else ()
                for holder in holders:
                    claims.append(self._claim(holder, final, match.topic, infra, None, 0.6 * weight * holder.confidence))
        return claims

    def list_claims(self, cues: dict[int, Cue]) -> list[Claim]:
        """'These include X, Y and Z' after a sentence that named someone's conditions."""
        listed = self.context.last_list_cue
        if len(self.sdoc) < 3 or listed is None or self.base - listed[2] > 1000:
            return []
        first, verb = self.sdoc[0], self.sdoc[1]
        if first.lower_ not in {"these", "they", "those"} or verb.lemma_ not in {"include", "be", "involve", "comprise"}:
            return []
        stance, holders, _ = listed
        # the parse of a long list is often wrong; everything after the verb is the list
        scope = set(range(2, len(self.sdoc)))
        claims = []
        for match in self.topics_in(scope):
            for holder in holders:
                claims.append(self._claim(holder, stance, match.topic, (), None, 0.7 * holder.confidence))
        return claims

    def quoted_topic_claims(self, covered: set[int]) -> list[Claim]:
        """A party's spokesman quoted on a topic, with no cue, backs it (weakly)."""
        claims = []
        for match in self.topic_matches:
            if match.root.i in covered or not self._in_quote(match.root):
                continue
            if any(self._negated(a) for a in [match.root, *match.root.ancestors][:3]):
                continue
            for holder in self.quote_speaker(match.root):
                if holder is COMMENTATOR:
                    continue
                claims.append(self._claim(holder, "support", match.topic, (), None, 0.45))
        return claims

    # -- accusations -------------------------------------------------------------------------

    def accusation_claims(self, token: Token, cue: Cue) -> list[Claim]:
        holders = self.holders(token, cue)
        if not holders or COMMENTATOR in holders:
            return []
        target_token = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if target_token is None:
            return []
        reciprocal = target_token.lemma_ in {"other", "each"}
        targets = [] if reciprocal else self.phrase_holders(target_token)
        # "accused Kyiv of breaching the truce": the parser may hang "of ..." on the target
        charge = {t.i for c in target_token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for t in c.subtree}
        scope = self._collect(token, is_root=True) - ({t.i for t in target_token.subtree} - charge)
        return self._accuse(holders, targets, scope, reciprocal)

    def violation_claims(self) -> list[Claim]:
        claims: list[Claim] = []
        for token in self.sdoc:
            if token.lemma_ not in self.lex.violations or token.pos_ != "VERB" or self._negated(token):
                continue
            speech = next((a for a in list(token.ancestors)[:3] if a.lemma_ in self.lex.speech), None)
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None and token.dep_ in ("advcl", "conj") and token.head.pos_ == "VERB":
                # "Russia launched drones, hitting apartment blocks": the participle shares the subject
                subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            if speech is None:
                holders = self.according_to()  # "According to Kyiv, Russian forces shelled ..."
            else:
                speaker_subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
                if speaker_subject is None and speech.dep_ == "relcl":
                    speaker_subject = next((c for c in speech.children if c.dep_ in ("amod", "compound")), None)
                if speaker_subject is None:
                    continue
                holders = self.phrase_holders(speaker_subject)
            targets = self.phrase_holders(subject)
            if not holders or COMMENTATOR in holders or not targets or COMMENTATOR in targets:
                continue
            scope = self._collect(token, is_root=True) - {t.i for t in subject.subtree}
            for conj in token.conjuncts:
                if not any(c.dep_ == "nsubj" for c in conj.children):
                    scope |= self._collect(conj, is_root=True)
            claims.extend(self._accuse(holders, targets, scope, reciprocal=False))
        return claims

    def _accuse(self, holders: list[Holder], targets: list[Holder], scope: set[int], reciprocal: bool) -> list[Claim]:
        # what was violated ("of breaching the truce"), not where the strike fell ("in Kursk")
        topics = [m for m in self.topics_in(scope)
                  if any(t.lemma_ in BREACHES for t in (m.root, *m.root.ancestors) if t.i in scope)]
        topic_id = topics[0].topic if topics else None
        infrastructure = self.infrastructure_in(scope)
        claims = []
        for holder in holders:
            party = self.x.index.party(holder.actor)
            if reciprocal:
                against = [Holder(self.x.index.party(h.actor), h.text) for h in holders
                           if self.x.index.party(h.actor) != party]
            else:
                against = targets
            for target in against:
                target_party = self.x.index.party(target.actor)
                if target_party == party:
                    continue
                claims.append(self._claim(holder, "accuse", topic_id, infrastructure, target_party,
                                          0.7 * holder.confidence))
        return claims

    # -- output --------------------------------------------------------------------------------

    def _claim(self, holder: Holder, stance: str, topic: str | None, infrastructure: tuple[str, ...],
               target: str | None, confidence: float) -> Claim:
        text = self.sdoc.text
        evidence = Evidence(
            document_id=self.context.document.id,
            sentence=text,
            start=self.base,
            end=self.base + len(text),
            speaker=holder.text or holder.actor,
        )
        return Claim(
            actor=holder.actor,
            stance=stance,
            topic=topic,
            infrastructure=tuple(sorted(set(infrastructure))),
            target_actor=target,
            evidence=evidence,
            confidence=round(max(0.05, min(1.0, confidence)), 3),
        )


# What a speaker who says another party should take a stance wants for the topic; a
# concession prescribed to someone else is left out (which side gives in is unclear).
PRESCRIBED = {"support": "demand", "propose": "demand", "demand": "demand", "reject": "reject"}


def _apply_flips(stance: str, flips: int) -> tuple[str, float]:
    """The stance after an odd or even number of reversals, and a confidence weight."""
    if flips % 2 == 0:
        return stance, 1.0
    if stance == "reject":
        return "support", 0.5  # "has not ruled out": weak support
    if stance in ("demand", "propose", "support"):
        return "reject", 0.9
    return stance, 0.7


def _has_ancestor(token: Token, ancestor: Token) -> bool:
    return any(a.i == ancestor.i for a in token.ancestors)


def _unique(holders: list[Holder]) -> list[Holder]:
    seen: dict[str, Holder] = {}
    for holder in holders:
        if holder is COMMENTATOR:
            return [COMMENTATOR]
        seen.setdefault(holder.actor, holder)
    return list(seen.values())


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return slug[:80] if slug and slug[0].isalnum() else ""


def extract_claims(documents: Iterable[Document], pack: DomainPack, **options) -> ExtractionResult:
    """Read claims from documents with a fresh extractor (see :class:`RuleExtractor`)."""
    return RuleExtractor(pack, **options).extract(documents)
