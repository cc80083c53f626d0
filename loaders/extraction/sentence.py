"""A parsed sentence read in the context of its document: what every pass looks at.

The cheap pass leaves a ``DocumentContext`` per document (its sentences, the actors and
quotations found in it); each parsed sentence becomes a ``Sentence`` that knows its
mentions, its topic and infrastructure phrases and its cue words. Passes read these and
return claims; they do not change them.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.attrs import LEMMA, LOWER, NORM, POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token

from stancegraph.loaders.extraction.resources import PARTICLES, PackResources, PhraseKey, phrase_spans
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Cue
from stancegraph.loaders.mentions import OFFICIAL_MARK, MentionTable
from stancegraph.loaders.sentences import evidence
from stancegraph.schema import Actor, Claim, Document

ENTITY_WINDOW = 8
"""Words on each side of a name that the recognizer reads to label it: more than its model
looks at (its word vectors see four words each way, its decisions a few words more). Every
word read costs as much as a parsed one; at six, a few labels change."""

ARTICLES = frozenset({"the", "a", "an"})
"""The determiners a pack's phrase may hold ("halt the fighting"), kept when others go."""
VENUE_PREPOSITIONS = frozenset({"in", "at"})
"""What puts a deal or talks where they were held ("the accord signed in Velmar")."""


@dataclass(frozen=True)
class Holder:
    """Who holds a position, as resolved, and as written."""

    actor: str
    text: str
    confidence: float = 1.0


COMMENTATOR = Holder("", "", 0.0)
"""Marks a holder that is a commentator: what they say is no party's position."""



LABEL_REACH = 3
"""How many words a label before a question may take ("Q:", "Reader question:")."""
LABEL_MARKS = frozenset({":", "|"})
"""What ends a label before a sentence ("Q:", "FACT CHECK |")."""


class TopicMention(NamedTuple):
    """A topic phrase the cheap pass found in the document, before any parse: where it
    starts, its topic, its last word, and whether it names the topic's contrary; ``by_context``
    when only a word near it makes it so ("the treaty ... in abeyance"): its noun still
    names the thing."""

    offset: int
    topic: str
    head: str
    opposite: bool
    by_context: bool = False

    def the_thing(self) -> TopicMention:
        """The mention as what its own noun names: the treaty, not the treaty in abeyance."""
        return self._replace(opposite=False) if self.by_context else self

@dataclass(frozen=True)
class TopicMatch:
    """A topic (or infrastructure category) phrase in a sentence: its id, head and tokens;
    ``opposite`` when the phrase names the topic's contrary (``Topic.opposite_phrases``)."""

    topic: str
    root: Token
    tokens: frozenset[int]
    opposite: bool = False


class TextVoice(NamedTuple):
    """A letter, statement or note the document names with its authors (``texts``)."""

    offset: int
    lemma: str
    authors: tuple[Holder, ...]
    is_subject: bool
    """Named as its sentence's subject ("The letter accuses X"), so a next "it" may mean it."""


EVERY_PASS = "*"
"""In ``DocumentContext.readers``: every pass reads the sentence."""


@dataclass
class DocumentContext:
    """What a document's cheap pass found, for reading each parsed sentence in context.

    ``quote_voices`` and ``text_voices`` are filled once, by ``attribution.attribute_quotes``
    and ``texts.attribute_texts``, before any pass reads the document; ``quote_speakers``
    holds the speakers of headline statements, and of other quotations once a pass has
    asked for them (``attribution.quote_speaker``).
    """

    document: Document
    sentences: list[tuple[int, int]]
    mentions: MentionTable
    quotes: list[tuple[int, int]]
    topic_mentions: list[TopicMention]
    quote_speakers: dict[tuple[int, int], list[Holder]] = field(default_factory=dict)
    quote_voices: dict[tuple[int, int], list[tuple[Sentence, Token | None]]] = field(default_factory=dict)
    """For each quotation, the subject of the speech verb nearest to it in each parsed
    sentence touching it, in text order (None where that verb's subject is not said)."""
    text_voices: list[TextVoice] = field(default_factory=list)
    """The texts the document names with their authors, in order (``texts.attribute_texts``)."""
    datelines: list[tuple[int, int]] = field(default_factory=list)
    """Character spans of wire datelines ("BERLIN, Dec. 15 (Xinhua) --"): no holder there."""
    dateline_party: str | None = None
    """The one party whose capital or country opens the document's dateline ("BANGKOK -"):
    whose the unowned "Foreign Ministry" of the story is."""
    sections: list[tuple[int, str]] = field(default_factory=list)
    """Where a round-up's capitalised party label opens a section ("CHINA - The foreign
    ministry said ..."), and that party: whose the section's unowned ministry is."""
    stem_matches: list[tuple[int, int, int]] = field(default_factory=list)
    """The cheap pass's matches of topic phrases of several words on crude stems, as
    (start, end, phrase key) in characters, in text order: what a sentence's own stemmed
    words would match (``resources.stem_matches``)."""
    readers: dict[int, frozenset[str]] | None = None
    """The passes that asked for each parsed sentence (by index), the only ones to read it
    (``EVERY_PASS`` for all of them); None when every pass reads every sentence (no
    prefilter)."""
    recognizing: bool = True
    """Whether a name no pack lists may be sent to the recognizer (``Sentence.entity_at``);
    off while ``names_only`` holds."""

    @contextlib.contextmanager
    def names_only(self) -> Iterator[None]:
        """Within it, the recognizer does not run: noun phrases name the actors the pack or
        the text's introductions name, and those the recognizer found for the passes. The
        claim classifier gathers its candidates so: those it would add for a party only it
        sent to the recognizer were none on the corpora of ``../shared``, while the recognizer
        ran more often for them than for all the passes."""
        self.recognizing = False
        try:
            yield
        finally:
            self.recognizing = True

    @functools.cached_property
    def latest_year(self) -> int | None:
        """The latest year the document names (publication or events), to tell history."""
        years = [int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", self.document.text)]
        if self.document.published is not None:
            years.append(self.document.published.year)
        return max(years) if years else None

    def section_party(self, offset: int) -> str | None:
        """The party of the section ``offset`` lies in, else of the document's dateline."""
        i = bisect.bisect_right(self.sections, (offset, "\uffff")) - 1
        return self.sections[i][1] if i >= 0 else self.dateline_party

    def in_dateline(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.datelines)

    def quote_at(self, offset: int) -> tuple[int, int] | None:
        # Quotations are sorted and never overlap: the only candidate is the last one
        # starting at or before ``offset`` (a search, so long documents stay linear).
        i = bisect.bisect_right(self.quote_starts, offset)
        if i and offset < self.quotes[i - 1][1]:
            return self.quotes[i - 1]
        return None

    def quote_overlaps(self, start: int, end: int) -> bool:
        """Whether a quotation overlaps ``[start, end)``. Quotations are sorted and never
        overlap, so of those starting before ``end`` the last one ends latest."""
        i = bisect.bisect_left(self.quote_starts, end)
        return i > 0 and self.quotes[i - 1][1] > start

    @functools.cached_property
    def quote_starts(self) -> list[int]:
        """Where each quotation starts, in order (quotations never overlap)."""
        return [q[0] for q in self.quotes]

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, in order."""
        return [s for s, _ in self.sentences]


class Sentence:
    """One parsed sentence of a document, starting at character ``base`` of its text; it is
    sentence ``index`` of the document."""

    def __init__(self, resources: PackResources, context: DocumentContext, sdoc: Doc, base: int,
                 index: int = 0):
        self.resources = resources
        self.index = index
        self.words = resources.words
        self.context = context
        self.sdoc = sdoc
        self.base = base
        self.found_actors: dict[str, Actor] = {}
        """Actors the pack does not know, found by the recognizer while reading."""
        self._entities: dict[tuple[int, int], list[Span]] = {}
        self.phrases: dict[tuple[int, int, bool], tuple[Holder, ...]] = {}
        """The actors each noun phrase names, by its head, depth and whether the recognizer
        may run, once worked out (``holders.phrase_holders``): many passes ask about the
        same subject."""
        self.previous: Sentence | None = None
        """The sentence just before, when it was parsed and is in the same paragraph
        (``attribution.carry_reports``)."""
        self.carried_speakers: list[Holder] = []
        """Whom the sentence goes on reporting, with no speech verb of its own
        (``attribution.carry_reports``)."""
        self.anaphora: dict[int, TopicMatch | None] = {}
        """What each noun read so far points back to (``topics.anaphoric_topics``), by index."""
        self.negations: dict[int, bool] = {}
        """Whether each token asked about so far is negated (``polarity.negated``), by index."""
        self.mentions = context.mentions.by_token(sdoc, base)
        self.topic_matches = [
            TopicMatch(key.topic, _phrase_root(s), frozenset(range(s.start, s.end)), key.opposite)
            for s in phrase_spans(resources.topic_matcher, sdoc, resources.topic_order, self._stem_matches())
            if (key := PhraseKey.parse(s.label_))
        ]
        self.topic_matches += self._inner_topics()
        self.topic_matches += self._turned_topics()
        self.topic_matches += self._shared_heads()
        self.topic_matches += self._venue_topics()
        self.topic_matches = _without_restatements(
            [m for m in self.topic_matches if not _hearsay(m, self.words.hearsay_nouns)
             and not _walkout(m, self.words) and not self._in_a_name(m)])
        self.infra_matches = [
            TopicMatch(s.label_, s.root, frozenset(range(s.start, s.end)))
            for s in phrase_spans(resources.infra_matcher, sdoc)
        ]
        if resources.target_truce is not None and self.infra_matches:
            self.topic_matches += self._described_truces(resources.target_truce)

    def _stem_matches(self) -> list[tuple[int, int, int]]:
        """The cheap pass's stem matches inside the sentence, as (key, start, end) in its
        words (the tokens are the same: the sentence was cut at word boundaries)."""
        found, base, end = self.context.stem_matches, self.base, self.end
        matches: list[tuple[int, int, int]] = []
        # from the sentence's first match on, by index: no copy or walk of the document's list
        for k in range(bisect.bisect_left(found, (base,)), len(found)):
            start, stop, key = found[k]
            if start >= end:
                break
            if stop <= end and (span := self.sdoc.char_span(start - base, stop - base)) is not None:
                matches.append((key, span.start, span.end))
        return matches

    def _in_a_name(self, match: TopicMatch) -> bool:
        """Whether a topic's words hang inside the name or title of an actor ("the Director
        General of Military Operations" names an officer, not military action); the head of
        the name is still a topic ("expelled a Pakistani diplomat")."""
        mention = self.mentions.get(match.root.i)
        if mention is None or any(self.mentions.get(i) is not mention for i in match.tokens):
            return False
        head = match.root.head
        return head.i != match.root.i and self.mentions.get(head.i) is mention

    def _inner_topics(self) -> list[TopicMatch]:
        """A halt named as the object of a cue inside another topic's phrase: a mediator who
        "brokered the ceasefire" (a mediation phrase) also proposes the ceasefire. Only a
        halt: "facilitate dialogue" is mediation, not the dialogue the parties hold."""
        resources = self.resources
        found: list[TopicMatch] = []
        for outer in list(self.topic_matches):
            cue, end = outer.root, max(outer.tokens) + 1
            # the cheap tests first: the cues of a sentence are looked up only when they can matter
            if cue.pos_ != "VERB" or end - cue.i < 2 or cue.i not in self.cues or self.cues[cue.i].stance == "reject":
                continue
            inner = self.sdoc[cue.i + 1:end].as_doc()
            for span in phrase_spans(resources.topic_matcher, inner, resources.topic_order):
                key = PhraseKey.parse(span.label_)
                topic = resources.topics.get(key.topic) if key is not None else None
                if topic is None or key.topic == outer.topic or not topic.is_cessation:
                    continue
                tokens = frozenset(range(cue.i + 1 + span.start, cue.i + 1 + span.end))
                root = self.sdoc[cue.i + 1 + span.root.i]
                if root.head.i == cue.i:  # the cue's own object, not a word hung elsewhere
                    found.append(TopicMatch(key.topic, root, tokens, key.opposite))
        return found

    def _turned_topics(self) -> list[TopicMatch]:
        """A verb phrase of the pack said with its object first: as a participle ("talks
        hosted by Malaysia", "the prisoners released on Monday"), as a passive ("the treaty
        must be honoured") or, for a verb of leaving, with the leavers as its subject
        ("Rwandan troops must pull out"); with its object before its particle ("pull its
        soldiers back"); parted from its object by other words ("return home those
        children"); or with a noun of quantity for its object ("return a number of
        children"). The verb roots the match."""
        taken = {i for m in self.topic_matches for i in m.tokens}
        found: list[TopicMatch] = []
        openers = self.resources.topic_opener_keys
        for i, (pos, norm, lower) in enumerate(self.sdoc.to_array([POS, NORM, LOWER]).tolist()):
            if pos != VERB or i in taken or not (norm in openers or lower in openers):
                continue  # no phrase of the pack begins with this verb
            verb = self.sdoc[i]
            own_particles = particles_of(verb)
            thing, particles = _turned_object(verb, self.words.leaving_verbs), own_particles
            if thing is None:
                thing, particles = _before_particle(verb)
            if thing is None:
                thing, particles = _set_apart(verb, own_particles), own_particles
            if thing is None:
                thing, particles = _modified_object(verb, own_particles), own_particles
            if thing is None:
                thing, particles = _counted_object(verb, self.words.quantity_nouns), own_particles
            if thing is None or thing.i in taken:
                continue
            # each of joined objects ("both Ukraine and Europe had to be involved")
            for each in (thing, *(thing.conjuncts if thing.dep_ != "conj" else ())):
                match = self._turned_match(verb, particles, each)
                if match is not None:
                    found.append(match)
                    taken |= match.tokens
        return found

    def _turned_match(self, verb: Token, particles: list[Token], thing: Token) -> TopicMatch | None:
        """The pack's phrase of ``verb`` (with its ``particles``) said of ``thing``."""
        words = [t for t in self.sdoc[thing.left_edge.i:thing.i + 1] if t.dep_ != "preconj" and t.lower_ not in PAIRING]
        owner = {t.i for c in thing.children if c.dep_ == "poss" for t in c.subtree}
        # with its articles ("neutralise the FDLR") or without ("pull out Rwandan troops"),
        # or without its owner ("pull back their troops", "lay down Kyiv's arms")
        variants = ([verb, *particles, *words], [verb, *particles, *(t for t in words if t.pos_ != "DET")],
                    [verb, *particles, *(t for t in words if t.pos_ not in ("DET", "ADJ"))],
                    [verb, *particles, *(t for t in words if t.pos_ != "DET" or t.lower_ in ARTICLES)],
                    [verb, *particles, *(t for t in words if t.i not in owner and t.pos_ != "DET")])
        if particles and verb.lemma_ in self.words.leaving_verbs:
            # "pull its fighters out of Goma": the party's own forces leave the place
            variants += ([verb, *particles, *(t for t in particles[-1].subtree if t.i > particles[-1].i)],)
        for said in dict.fromkeys(tuple(v) for v in variants):  # each distinct wording once
            match = self._said_first(said, verb, 1 + len(particles))
            if match is not None:
                return match
        return None

    def _said_first(self, said: list[Token], verb: Token, verb_words: int) -> TopicMatch | None:
        """The topic whose phrase the words ``said``, verb first, begin with, if any."""
        span = self._phrase_in(said, lambda span: span.start == 0 and span.end > verb_words)
        if span is None:
            return None
        key = PhraseKey.parse(span.label_)
        return TopicMatch(key.topic, verb, frozenset(said[k].i for k in range(span.end)), key.opposite)

    def _shared_heads(self) -> list[TopicMatch]:
        """Joined modifiers sharing one noun, each read with it: "the energy and Black Sea
        truces" names the energy truce and the Black Sea truce, "military and intelligence
        support" both kinds of support. The noun roots each match."""
        taken = {i for m in self.topic_matches for i in m.tokens}
        found: list[TopicMatch] = []
        for first in (self.sdoc[i] for i in self.with_dep("nmod", "compound", "amod")):
            noun = first.head
            if noun.pos_ not in ("NOUN", "PROPN"):
                continue
            joined = [c for c in first.conjuncts if first.i < c.i < noun.i]
            if not joined:
                continue
            after = list(self.sdoc[max(c.i for c in joined) + 1:noun.i + 1])  # the words they share
            for each in (first, *joined):
                own = list(self.sdoc[each.left_edge.i:each.i + 1]) if each is first else [
                    t for t in self.sdoc[each.left_edge.i:each.i + 1] if t.dep_ != "cc"]
                if any(t.i in taken for t in own):
                    continue  # named on its own already ("the Black Sea")
                said = own + after
                span = self._phrase_in(said, lambda span: span.start < len(own) and span.end == len(said))
                if span is not None:
                    key = PhraseKey.parse(span.label_)
                    found.append(TopicMatch(key.topic, noun, frozenset(said[k].i for k in range(span.start, span.end)),
                                            key.opposite))
        return found

    def _venue_topics(self) -> list[TopicMatch]:
        """A deal or talks the pack names by their place ("the Velmar accord", "Velmar
        talks"), said with the place after the noun: "the accord reached in Velmar", "talks
        in Velmar", "signed the accord in Velmar". The place must be a proper name. The noun
        roots the match."""
        taken = {i for m in self.topic_matches for i in m.tokens}
        found: list[TopicMatch] = []
        for i in self.with_dep("pobj"):
            place, at = self.sdoc[i], self.sdoc[i].head
            if place.pos_ != "PROPN" or at.lower_ not in VENUE_PREPOSITIONS or i in taken:
                continue
            noun = self._held_at(at.head)
            if noun is None or noun.i in taken:
                continue
            name = [t for t in self.sdoc[place.left_edge.i:place.i] if t.dep_ == "compound"] + [place]
            span = self._phrase_in([*name, noun], lambda span: span.start == 0 and span.end == len(name) + 1)
            if span is not None:
                key = PhraseKey.parse(span.label_)
                tokens = frozenset({noun.i, *(t.i for t in name)})
                found.append(TopicMatch(key.topic, noun, tokens, key.opposite))
                taken |= tokens
        return found

    def _held_at(self, head: Token) -> Token | None:
        """The deal or talks a place phrase says where they were held or made: the noun
        itself ("talks in Velmar"), the one a participle describes ("the accord reached in
        Velmar"), or the object of a verb of signing ("signed a set of principles in
        Velmar"). Not any thing somewhere ("a road in Velmar")."""
        if head.dep_ == "acl" and head.tag_ == "VBN":
            head = head.head
        if head.pos_ == "NOUN":
            return head if head.lemma_ in self.resources.venue_nouns else None
        if head.pos_ != "VERB" or head.lemma_ not in self.words.signing_verbs:
            return None
        thing = first_child(head, "dobj")
        if thing is not None and thing.lemma_ in self.words.quantity_nouns:
            of = first_child(thing, "prep")
            thing = first_child(of, "pobj") if of is not None and of.lower_ == "of" else thing
        return thing if thing is not None and thing.pos_ == "NOUN" else None

    def _phrase_in(self, said: list[Token], fits) -> Span | None:
        """The first of the pack's phrases found in the words ``said`` put side by side, that
        ``fits``."""
        joined = Doc(self.sdoc.vocab, words=[t.text for t in said])
        for made, source in zip(joined, said):
            made.norm_ = source.norm_
        spans = phrase_spans(self.resources.topic_matcher, joined, self.resources.topic_order, context=self.sdoc)
        return next((span for span in spans if fits(span)), None)

    def _described_truces(self, topic: str) -> list[TopicMatch]:
        """A halt to attacks on a kind of target, described rather than named: "a halt to
        drone attacks on power plants", "stop hitting energy facilities", "no more strikes
        on the grid" -- the pack's truce on targets (an infrastructure-scoped cessation)."""
        words = self.words
        taken = {i for m in self.topic_matches for i in m.tokens}
        found: list[TopicMatch] = []
        for target in self.infra_matches:
            if target.tokens & taken:
                continue  # "the energy truce": named already
            attack = next((t for t in list(target.root.ancestors)[:3]
                           if t.lemma_ in words.attack_nouns or t.lemma_ in words.violations), None)
            if attack is None or attack.i in taken:
                continue
            stop = next((t for t in [attack, *list(attack.ancestors)[:3]]
                         if t.lemma_ in words.stoppings or t.i == attack.i and _no_more(t)), None)
            if stop is None or stop.i in taken:
                continue
            tokens = {stop.i, attack.i, *target.tokens} | ({attack.i - 2, attack.i - 1} if _no_more(attack) else set())
            found.append(TopicMatch(topic, stop, frozenset(tokens)))
            taken |= tokens
        return found

    @functools.cached_property
    def cues(self) -> dict[int, Cue]:
        """The sentence's cue words, by token index, in order."""
        from stancegraph.loaders.extraction.cues import cue_of

        lexicon, strings, sdoc = self.resources.lexicon, self.sdoc.vocab.strings, self.sdoc
        return {
            i: c for i, (lemma, lower) in enumerate(sdoc.to_array([LEMMA, LOWER]).tolist())
            if (lexicon.is_cue_word(strings, lemma) or lexicon.is_cue_word(strings, lower))
            and (c := cue_of(self, sdoc[i])) is not None
        }

    def with_dep(self, *labels: str) -> list[int]:
        """The indices of the tokens whose dependency label is one of ``labels``, in order,
        read from the parse's array rather than token by token."""
        strings = self.sdoc.vocab.strings
        wanted = {strings[label] for label in labels}
        return [i for i, dep in enumerate(self._deps) if dep in wanted]

    @functools.cached_property
    def _deps(self) -> list[int]:
        return self.sdoc.to_array("DEP").tolist()

    @functools.cached_property
    def forms(self) -> frozenset[str]:
        """Every word of the sentence, lower case: a cheap test before a walk of the parse."""
        return self._strings(LOWER)

    @functools.cached_property
    def lemmas(self) -> frozenset[str]:
        """Every lemma of the sentence, as the lemmatizer gives it: a cheap test before a
        walk of the parse."""
        return self._strings(LEMMA)

    def _strings(self, attr: int) -> frozenset[str]:
        """The distinct values of a string attribute of the tokens, from the token array."""
        strings = self.sdoc.vocab.strings
        return frozenset(strings[key] for key in set(self.sdoc.to_array(attr).tolist()))

    @functools.cached_property
    def topic_tokens(self) -> frozenset[int]:
        """Every token a topic phrase of the sentence covers (read by the passes, once the
        matches are settled)."""
        return frozenset(i for m in self.topic_matches for i in m.tokens)

    def in_quote(self, token: Token) -> tuple[int, int] | None:
        """The quotation ``token`` stands in, if any."""
        return self.context.quote_at(self.base + token.idx)

    @functools.cached_property
    def end(self) -> int:
        """Where the sentence ends in the document's text: where its last word's text and
        white space end (``Doc.text``, their join, is remade each time it is asked for)."""
        if not len(self.sdoc):
            return self.base
        last = self.sdoc[-1]
        return self.base + last.idx + len(last.text_with_ws)

    def quotes_any(self) -> bool:
        """Whether a word of the sentence stands in a quotation (the words are looked at
        only when a quotation overlaps the sentence)."""
        return self.context.quote_overlaps(self.base, self.end) and any(self.in_quote(t) for t in self.sdoc)

    @functools.cached_property
    def is_question(self) -> bool:
        """A question asks; it sets no position ("Will Kyiv talk only after a truce?").
        Cached: the passes ask it of every sentence. Its last word, not its text, is read:
        ``Doc.text`` is rebuilt from every token."""
        last = next((t for t in reversed(self.sdoc) if not t.is_space), None)
        return last is not None and last.text.endswith("?")

    @functools.cached_property
    def asks_whether(self) -> bool:
        """A yes-no question ("Did Washington broker the truce?", "Will Yerevan hold a
        referendum?"): it asks whether, and states no one's position."""
        if not self.is_question:
            return False
        # past a label before the question: "Q: Doesn't Armenia want X?", "FACT CHECK | Did ...?"
        words = [t for t in self.sdoc if not (t.is_punct and t.text not in LABEL_MARKS or t.is_space)]
        colon = next((k for k, t in enumerate(words[:LABEL_REACH + 1]) if t.text in LABEL_MARKS), None)
        first = next(iter(words[colon + 1:] if colon is not None else words), None)
        return first is not None and first.pos_ == "AUX"

    def party(self, actor_id: str) -> str:
        return self.resources.index.party(actor_id)

    def entity_at(self, token: Token) -> Span | None:
        """The named entity ``token`` is part of, if any, recognized on first use: the
        recognizer stays out of the batch parse (it costs as much as the parser) and runs
        for the few names no pack name covers, and only on the words around the name
        (``ENTITY_WINDOW``), which are all it looks at to label it; never within
        ``DocumentContext.names_only``."""
        if not self.context.recognizing:
            return None
        recognizer = self.resources.recognizer
        if recognizer is None:
            return next((e for e in self.sdoc.ents if e.start <= token.i < e.end), None)
        start = max(0, token.i - ENTITY_WINDOW)
        end = min(len(self.sdoc), token.i + ENTITY_WINDOW + 1)
        if (start, end) not in self._entities:
            window = self.sdoc[start:end]
            found = recognizer(self.resources.nlp.make_doc(window.text)).ents
            spans = (self.sdoc.char_span(window.start_char + e.start_char, window.start_char + e.end_char,
                                         label=e.label_, alignment_mode="expand") for e in found)
            self._entities[start, end] = [span for span in spans if span is not None]
        return next((e for e in self._entities[start, end] if e.start <= token.i < e.end), None)

    def _named(self, actor_id: str) -> str:
        """The actor a claim names: an official the text introduced counts for the party."""
        return self.party(actor_id) if OFFICIAL_MARK in actor_id else actor_id

    def claim(self, holder: Holder, stance: str, topic: str | None, infrastructure: tuple[str, ...],
              target: str | None, confidence: float) -> Claim:
        """A claim read from this sentence, held by ``holder``; backing what its own side
        gives ground in doing ("the rebels will withdraw from the town") is a concession."""
        actor = self._named(holder.actor)
        if stance in ("support", "propose") and self.party(actor) in self.resources.conceders.get(topic, ()):
            stance = "concede"
        return Claim(
            actor=actor,
            stance=stance,
            topic=topic,
            infrastructure=tuple(sorted(set(infrastructure))),
            target_actor=self._named(target) if target else target,
            evidence=evidence(self.context.document, self.base, self.end,
                              holder.text or holder.actor),
            confidence=round(max(WEIGHTS.floor, min(1.0, confidence)), 3),
        )


def _without_restatements(matches: list[TopicMatch]) -> list[TopicMatch]:
    """The matches less those inside an apposition that describes another match of the same
    topic ("waive Section 907, | the restriction on US assistance"): one topic, named once."""
    def restates(match: TopicMatch) -> bool:
        for node in (match.root, *match.root.ancestors):
            if node.dep_ == "appos":
                return any(other is not match and other.topic == match.topic and node.head.i in other.tokens
                           for other in matches)
        return False
    return [m for m in matches if not restates(m)]


def _hearsay(match: TopicMatch, hearsay_nouns: frozenset[str]) -> bool:
    """Whether the match is a lone noun of hearsay with what it is said of after it ("would
    never entertain talk of handing over territory": no talks are refused)."""
    noun = match.root
    if len(match.tokens) == 1 and noun.pos_ == "VERB" and noun.lemma_.lower() in SPEAKING:
        # "prefer to talk about Congo rather than the east": speaking of a thing, no talks
        # (but "sit across the table to talk about Kashmir", "met to talk about X" are talks)
        preps = {c.lower_ for c in noun.rights if c.dep_ == "prep"}
        return bool(preps & {"of", "about"}) and not preps & {"to", "with"} and (
            noun.head.lemma_ not in TABLE_VERBS)
    return (len(match.tokens) == 1 and noun.tag_ == "NN" and noun.lemma_.lower() in hearsay_nouns
            and any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in noun.rights))


SPEAKING = frozenset({"talk", "speak"})
"""Verbs that name talks only when said with whom ("talk to the rebels"), not of what."""
TABLE_VERBS = frozenset({"sit", "meet", "gather", "convene", "come", "return"})
"""Verbs of coming to a table, whose purpose "to talk about X" is talks."""


def _phrase_root(span: Span) -> Token:
    """The word a phrase hangs by: its root, unless the parser split the phrase and its root is
    a preposition ("the appearance of | soldiers | from NATO countries", the "from" hung on
    "appearance"); then the head word it names."""
    root = span.root
    if root.pos_ != "ADP":
        return root
    heads = [t for t in span if t.pos_ in ("NOUN", "PROPN", "VERB") and not span.start <= t.head.i < span.end]
    return heads[0] if heads else root


def _walkout(match: TopicMatch, words) -> bool:
    """Whether a phrase of leaving names leaving the table, not a place: "pulling out of the
    round of talks", "withdrew from the summit" (unless the phrase holds what is left); with
    nothing left named, where the sentence names the talks ("pulled out on the eve of the
    session").
    Leaving a treaty or a deal may be a topic of its own ("withdrawal" near "treaty")."""
    verb = match.root
    lemma = verb.lemma_.lower()
    if lemma not in words.leaving_verbs and lemma not in words.leaving_nouns:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" or c.dep_ == "prt"]
    preps += [g for c in preps for g in c.children if g.dep_ == "prep"]  # "pulling | out | of X"
    left = [o for c in preps if c.lower_ in ("from", "of") for o in c.children if o.dep_ == "pobj"]
    left += [g for o in left for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]  # "the round | of talks"
    if not left and verb.pos_ == "VERB" and first_child(verb, "dobj") is None:
        # "the rebels pulled out on the eve of the session": with no place named, the
        # sentence's talks are what is left
        left = [t for t in verb.doc if t.pos_ == "NOUN"]
    return any(o.lemma_.lower() in words.table_nouns and o.i not in match.tokens for o in left)


PAIRING = frozenset({"both", "either", "neither"})
"""Words before the first of joined nouns ("both Ukraine and Europe")."""
OBLIGING = frozenset({"have", "need", "ought"})
"""Verbs whose subject a passive infinitive after them acts on ("X has to be involved")."""


WISHING = frozenset({"want", "need", "like", "wish", "prefer", "expect"})
"""Verbs of wanting a thing done ("wants the children returned")."""


def _turned_object(verb: Token, leaving_verbs: frozenset[str]) -> Token | None:
    """What a verb acts on when it comes before the verb: the noun a participle describes,
    a passive's subject (also in a bare clause: "wants the troops pulled out"), or the
    subject of a verb of leaving used without an object."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    subject = first_child(verb, "nsubjpass")
    if subject is None and verb.dep_ == "xcomp" and verb.head.lemma_ in OBLIGING and any(
            c.dep_ == "auxpass" for c in verb.children):
        subject = first_child(verb.head, "nsubj")  # "Ukraine had to be involved", "needs to be consulted"
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.lemma_ in WISHING
    if subject is None and first_child(verb, "dobj") is None and (verb.lemma_ in leaving_verbs or (
            participle and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))):
        # "troops withdraw", "wants the troops pulled out" (the tagger may read "wants the
        # children returned" as a past tense)
        subject = first_child(verb, "nsubj")
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _before_particle(verb: Token) -> tuple[Token | None, list[Token]]:
    """The object a verb's particle comes after, and the particle: "pull its soldiers back",
    "pull its troops out of Congo" (the pack says "pull back", "pull out" before the
    object; the parser may take the particle for an adverb or a preposition)."""
    obj = first_child(verb, "dobj")
    particle = next((c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in PARTICLES
                     and obj is not None and c.i == obj.i + 1), None)
    return (obj, [particle]) if particle is not None else (None, [])


def _set_apart(verb: Token, particles: list[Token]) -> Token | None:
    """The object a verb's phrase (with its ``particles``) is parted from by other words:
    "return home those children", "free without delay all the prisoners", "hand back to
    Phnom Penh the men"."""
    obj = first_child(verb, "dobj")
    if obj is None or obj.i < verb.i:
        return None
    after = max([verb.i, *(c.i for c in particles)])
    return obj if obj.left_edge.i > after + 1 and obj.left_edge.i - after <= 5 else None


def _modified_object(verb: Token, particles: list[Token]) -> Token | None:
    """The object right after a verb's phrase with words the phrase does not have before its
    noun: "stop all hostilities", "halt all the military action", "end this brutal war", "pull
    back their troops"."""
    obj = first_child(verb, "dobj")
    after = max([verb.i, *(c.i for c in particles)])
    if obj is None or obj.left_edge.i != after + 1 or all(t.lower_ in ARTICLES for t in obj.lefts):
        return None  # bare or with only an article, the pack's phrase matched it as said
    return obj if all(t.dep_ in ("det", "predet", "amod", "compound", "nummod", "poss") for t in obj.lefts) else None


def counted(quantity: Token | None, quantities: frozenset[str]) -> Token | None:
    """What a noun of quantity counts ("a number of | visas", "a raft of | sanctions"), if
    ``quantity`` is one of ``quantities``."""
    if quantity is None or quantity.pos_ != "NOUN" or quantity.lemma_.lower() not in quantities:
        return None
    of = next((c for c in quantity.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return first_child(of, "pobj") if of is not None else None


def _counted_object(verb: Token, quantities: frozenset[str]) -> Token | None:
    """What a noun of quantity counts, when it is the verb's object: "suspended a number of
    visas", "return a handful of children", "impose a raft of sanctions"."""
    return counted(first_child(verb, "dobj"), quantities)


def _no_more(noun: Token) -> bool:
    """"no more strikes": a noun with "no" and "more" before it."""
    doc = noun.doc
    return noun.i >= 2 and doc[noun.i - 2].lower_ == "no" and doc[noun.i - 1].lower_ == "more"


def has_ancestor(token: Token, ancestor: Token) -> bool:
    return any(a.i == ancestor.i for a in token.ancestors)


def shared_clause(verb: Token) -> Token:
    """The verb whose subject and auxiliaries a bare coordinated verb shares ("Kyiv would
    cap X and | commit to Y", "should stop X and instead | push for Y")."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        verb = verb.head
    return verb


BEING = frozenset({"is", "are", "was", "were", "'s", "'re"})
"""The finite forms of "to be", which a lexicon's regular inflections do not make."""

INVERTING = frozenset({"should", "were", "had"})
"""Words that open a condition by standing before its subject ("should Moscow win X")."""


def inverted_condition(clause: Token) -> bool:
    """A clause opened by its own "should", "were" or "had" before its subject: "should
    Moscow win the case", "were Kyiv to accept X", "had the talks failed"."""
    subject = first_child(clause, "nsubj", "nsubjpass")
    if subject is None:
        return False
    openers = [c for c in clause.children if c.dep_ in ("aux", "auxpass")] + [clause]
    return any(t.lower_ in INVERTING and t.i < subject.i for t in openers)


def names_pair(sentence: Sentence, head: Token) -> bool:
    """"both sides", "the two leaders", "the parties", "both": the pair named last."""
    words = sentence.words
    if head.lower_ == "both" and head.dep_ in ("nsubj", "nsubjpass") and all(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return True  # "Both agreed to X", "both of them said"
    if head.lemma_ not in words.pair_nouns:
        return False
    if any(c.lower_ in words.pair_determiners for c in head.children):
        return True
    before = [c for c in head.children if c.i < head.i]
    return (head.tag_ == "NNS" and head.lemma_ in words.pair_plurals and bool(before)
            and before[0].lower_ == "the" and all(c.dep_ in ("det", "amod") for c in before))


def particles_of(verb: Token) -> list[Token]:
    """The particles of a phrasal verb ("hand back", "pull out"), also where the parser takes
    the particle right after the verb for an adverb ("pull back their troops")."""
    return [c for c in verb.children
            if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i == verb.i + 1]


def first_child(token: Token, *deps: str) -> Token | None:
    """The first child of ``token`` with one of the dependency labels ``deps``."""
    return next((c for c in token.children if c.dep_ in deps), None)


def named_as(verb: Token, thing: Token) -> list[Token]:
    """What a verb of judging says its object ``thing`` is: a complement or an "as" phrase
    after it ("called the plan a trap", "described the offer as a trap"). The parser may hang
    either on the object ("termed the measures unjust and reckless", "described the measures
    as reckless"): an adjective after its noun describes nothing in English. After an
    object's infinitive, it may make the complement that infinitive's second object ("called
    the decision to sign X | a mistake")."""
    second = [o for c in thing.children if c.dep_ == "acl" and to_infinitive(c) if (o := _second_object(c)) is not None]
    return [c for c in (*verb.children, *thing.children) if c.i > thing.i and (
        c.dep_ == "prep" and c.lower_ == "as" or c.head.i == verb.i and c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")
        or c.head.i == thing.i and c.dep_ == "amod")] + second


def _second_object(verb: Token) -> Token | None:
    """A verb's direct object after another object of its own ("to sign the truce | a
    mistake"): a complement the parser hung there."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return objects[1] if len(objects) == 2 and objects[1].dep_ == "dobj" else None


def adverbs_between(verb: Token, start: int, end: int) -> bool:
    """Whether only the verb's adverbs ("overnight", "last week") stand between positions
    ``start`` and ``end``: "renewed its call overnight | for X" is the call for X, whatever
    the parser hangs "for" on."""
    return all(any(a.dep_ in ("advmod", "npadvmod") and a.head.i == verb.i for a in (t, *t.ancestors))
               for t in verb.doc[start + 1:end])


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is "to" and its bare form ("asked it to leave", "nothing to mediate")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def told_as_past(verb: Token, speech: frozenset[str] = frozenset()) -> bool:
    """Whether a verb tells what happened ("trade had not come up until the firing stopped",
    "the guns did not fall silent before dawn", "Pakistan asked for it"): a story, not a
    stand or a condition for the future. Reported by a verb of ``speech`` in the past, a
    verb in the simple past without an auxiliary is not ("peace was impossible until X, he
    said"); "did not" and "had not" still are."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    reporting = [verb.head] if verb.dep_ in ("ccomp", "parataxis") else []
    reporting += [c for c in verb.children if c.dep_ == "parataxis"]
    # "he said peace was impossible": the past of reporting ("he says" has none)
    backshifted = any(r.lemma_ in speech and r.tag_ == "VBD" for r in reporting)
    return any(a.tag_ == "VBD" for a in auxiliaries) or not auxiliaries and verb.tag_ == "VBD" and not backshifted


def has_modal(verb: Token) -> bool:
    """Whether a verb has a modal of its own ("would destroy", "could set aside")."""
    return any(c.tag_ == "MD" for c in verb.children)


def has_auxiliary(verb: Token) -> bool:
    """Whether a verb has an auxiliary of its own ("has signed", "was planned")."""
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def copula_preposition(adjective: Token) -> Token | None:
    """The preposition right after a predicative adjective that the parser hung on the
    copula instead ("remained cool | on mediation", "stayed open | to talks"): the
    adjective's own."""
    if adjective.dep_ != "acomp":
        return None
    return next((c for c in adjective.head.children if c.dep_ == "prep" and c.i == adjective.i + 1), None)


NOBODY = frozenset({"nobody", "none", "nothing", "noone"})
"""Pronouns that deny whom or what they stand for ("nobody will accept X", "nothing to mediate")."""


def says_no(noun: Token, besides: frozenset[int] = frozenset()) -> bool:
    """Whether "no" determines ``noun`` ("no need", "no country"), other than a "no" at
    the positions ``besides`` (a phrase's own: "no third-party forces")."""
    return any(c.lower_ == "no" and c.dep_ == "det" and c.i not in besides for c in noun.children)


def neither_nor(token: Token) -> bool:
    """Whether ``token`` is one of "neither X nor Y" ("had neither sought nor accepted
    mediation", "wants neither talks nor a truce"), or the Y of "did not X nor Y"."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in token.children):
        return True
    return token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and c.i < token.i for c in token.head.children)
