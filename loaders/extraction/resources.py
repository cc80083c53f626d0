"""What the rule engine knows before it reads a word: the pack's matchers and the lexicon.

Built once per pack: phrase matchers for topics and infrastructure categories (on lemmas
and on the words as written), a crude-stem matcher for the cheap pass that runs before any
parse, the actor index, and the pack facts the passes consult (halt topics, analysts,
infrastructure-scoped children).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from stancegraph.loaders.lexicon import Lexicon
from stancegraph.loaders.mentions import ActorIndex
from stancegraph.loaders.nlp import NormCache, write_norms
from stancegraph.loaders.phrase_cache import tagged_phrases
from stancegraph.schema import DomainPack
from stancegraph.schema.words import stem

PhraseMatchers = tuple[PhraseMatcher, PhraseMatcher]
IGNORED = "~ignored"
"""The matcher key of a pack's ``ignored_phrases``: a span it wins names no topic."""
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")
"""``{actor_id}`` in a phrase stands for every name of that actor ("{iaea} role")."""


@dataclass(frozen=True)
class PhraseKey:
    """What a matched phrase stands for: a topic (or category), whether it names the topic's
    contrary, and the words one of which must stand in the sentence for it to count."""

    topic: str
    opposite: bool = False
    near: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        return f"{self.topic}{'~' if self.opposite else ''}{'@' + '|'.join(sorted(self.near)) if self.near else ''}"

    @classmethod
    def parse(cls, key: str) -> PhraseKey:
        head, _, near = key.partition("@")
        return cls(head.rstrip("~"), head.endswith("~"), frozenset(near.split("|")) if near else frozenset())


class PackResources:
    """The pack and the lexicon, compiled for one English pipeline."""

    def __init__(self, pack: DomainPack, nlp: Language, lexicon: Lexicon):
        self.pack = pack
        self.nlp = nlp
        self.lexicon = lexicon.extended(pack.lexicon)
        self.words = self.lexicon.words
        self.index = ActorIndex(pack, nlp, self.words.commentator_nouns - self.words.outlet_nouns)
        self.topics = {t.id: t for t in pack.topics}
        self.topic_order = {t.id: i for i, t in enumerate(pack.topics)}
        self.conceders = {t.id: frozenset(t.conceded_by) for t in pack.topics if t.conceded_by}
        self.own_deeds = frozenset(t.id for t in pack.topics if t.is_own_deed)
        """For each topic some party gives ground in backing, those parties."""
        self.restraining_words = {
            t.id: frozenset(first for phrase in t.phrases if (first := phrase.split()[0]) in self.words.reversers
                            and first not in self.words.breaches)
            for t in pack.topics
        }
        """For a topic that is itself a restraint ("limit on the army", "limit the size"), the
        reversers its phrases begin with: those name it, they do not reverse it. A breach
        never names what it breaks ("breach of the ceasefire" is a phrase of the truce)."""
        self.naming_words = {
            t.id: frozenset(word for phrase in t.phrases for word in phrase.lower().split()) for t in pack.topics
        }
        """The words of each topic's phrases: "the core dispute" said of Kashmir restates the
        Kashmir dispute, it does not judge it."""
        self.closing_topics = frozenset(
            t for t, words in self.naming_words.items() if not words.isdisjoint(self.words.closing_verbs))
        """Topics whose phrases name a closing ("close airspace"): any verb that closes a way
        through ("shut its airspace", "barred Indian airlines") enacts them."""
        self.restraints = frozenset(t for t, words in self.restraining_words.items() if words)
        """Topics that are themselves a restraint ("limit on the army"): a "limit on" them
        names them, it does not reverse them."""
        self.restraint_names = {t: self.naming_words[t] for t in self.restraints if not self.topics[t].is_cessation}
        """For each restraint that is no cessation, the words of its phrases: a stopping word
        among them ("capping the size of the army") names the restraint, it halts nothing."""
        self.members = {a.id: a.members for a in pack.actors if a.members}
        self.mediators = frozenset(
            member for a in pack.actors if a.members
            for name in (a.name, *a.aliases)
            if any(word.rstrip("s") in self.words.mediator_nouns for word in name.lower().split())
            for member in a.members)
        """The members of the pack's go-between coalitions ("the mediators"): never the two
        sides "both sides" means."""
        self.anaphoric_forms = self.lexicon.forms(self.words.anaphoric_nouns)
        """Word forms of the nouns that point back to a topic ("this offer"), for the survey."""
        self.text_forms = self.lexicon.forms(self.words.voicing_texts)
        """Word forms of the nouns of texts that voice a party ("the letter urges X"), for the survey."""
        words = self.words
        self.party_standins = (words.first_person | words.personal | words.neuter | words.plural
                               | self.lexicon.forms(words.pair_nouns | words.pair_plurals))
        """Words that may stand for a party no mention names ("they", "both sides"), for the survey."""
        self.stopping_forms = self.lexicon.forms(self.words.stoppings)
        """Word forms of the stopping words ("a halt to X"), for the survey."""
        self.speech_forms = self.lexicon.forms(self.words.speech)
        """Word forms of the speech verbs, for the survey: whose report a sentence goes on."""
        self.target_truce = next((t.id for t in pack.topics if t.is_cessation and t.is_infrastructure_scoped), None)
        """The pack's truce on kinds of targets, which a halt to attacks on one describes."""
        ignored = {IGNORED: tuple(pack.ignored_phrases)} if pack.ignored_phrases else {}
        self.topic_openers: set[str] = set()
        """The first words of the topics' phrases, lemmatized and as written."""
        self.topic_matcher = self._lemma_matcher(dict(self._topic_phrases(labels=True)) | ignored, self.topic_openers)
        self.topic_opener_keys = frozenset(nlp.vocab.strings[word] for word in self.topic_openers)
        """The same as string keys, to test a sentence's token arrays."""
        self.infra_matcher = self._lemma_matcher(
            {c.id: c.phrases or (c.label,) for c in pack.infrastructure}
        )
        phrases = dict(self._topic_phrases(labels=False))
        self.cheap_topic_matcher = self._stem_matcher(
            phrases | {f"infra:{c.id}": c.phrases for c in pack.infrastructure}
        )
        self.turned_verbs = _turned_index(phrase for texts in phrases.values() for phrase in texts)
        """For the survey: the stem of the last word of a verb phrase's object, and the stems
        of its verbs ("troop": "withdraw", "pull"), to find the phrase said verb last."""
        self.venue_nouns = self.words.engagement_nouns | self.words.agreement_nouns | self.words.table_nouns
        """Nouns of deals, talks and meetings, which may be named by where they were made or held."""
        self.venue_names = _venue_index((phrase for texts in phrases.values() for phrase in texts),
                                        {stem(w) for w in self.venue_nouns})
        """For the survey: the stem of a phrase's last word, with the words before it ("doha
        deal": "deal", ("doha",)), to find a deal or talks named by their place said the other
        way round ("the deal signed in Doha")."""
        self.leaving_stems = frozenset(stem(w) for w in self.words.leaving_verbs)
        self.people_stems = frozenset(stem(w) for w in self.words.people_nouns)
        self.lazy_components = [p for p in ("ner",) if p in nlp.pipe_names]
        self.recognizer = nlp.get_pipe("ner") if self.lazy_components else None
        self.analysts = {
            a.id for a in pack.commentators
            if any(word in self.words.analyst_nouns for role in a.roles for word in role.lower().split())
        }
        self.scoped_child = {
            t.parent: t.id for t in pack.topics if t.is_infrastructure_scoped and t.parent
        }

    def _topic_phrases(self, labels: bool) -> Iterator[tuple[str, tuple[str, ...]]]:
        """Matcher keys (see ``PhraseKey``) and the phrases registered under each; with
        ``labels``, a topic without phrases is matched by its label."""
        for topic in self.pack.topics:
            named = topic.phrases or ((topic.label,) if labels else ())
            for opposite, phrases in ((False, named), (True, topic.opposite_phrases)):
                by_key: dict[str, list[str]] = {}
                for phrase in phrases:
                    near = frozenset(each.lower() for word in topic.phrase_context.get(phrase, ())
                                     for each in self._expanded(word))
                    key = PhraseKey(topic.id, opposite, near).key
                    by_key.setdefault(key, []).extend(self._expanded(phrase))
                for key, texts in by_key.items():
                    yield key, tuple(texts)

    def _expanded(self, phrase: str) -> list[str]:
        """A phrase with its ``{actor_id}`` placeholders replaced by each of the actor's names."""
        found = PLACEHOLDER.search(phrase)
        if found is None:
            return [phrase]
        actor = self.pack.actor(found.group(1))
        names = sorted({actor.name, *actor.aliases}) if actor else [found.group(1)]
        if found.start() > 0:
            # "engagement with {pakistan}" as written: "engagement with the Pakistani side"
            names += [f"the {name}" for name in names if not name.lower().startswith("the ")]
        return [expanded for name in names
                for expanded in self._expanded(phrase[:found.start()] + name.lower() + phrase[found.end():])]

    def _lemma_matcher(self, phrases: dict[str, tuple[str, ...]], openers: set[str] | None = None) -> PhraseMatchers:
        """Two matchers for the same phrases: on lemmas, and on the words as written (a
        phrase lemmatized alone can come out unlike the same words in a sentence). The
        phrases' first words, both ways, are added to ``openers`` when given."""
        nlp = self.nlp
        matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        every = sorted({text for texts in phrases.values() for text in texts})
        tagged = dict(zip(every, tagged_phrases(nlp, every)))
        for key, texts in phrases.items():
            distinct = sorted(set(texts))
            docs = [tagged[t] for t in distinct]
            written = [nlp.make_doc(t.lower()) for t in distinct]
            verbal = [i for i, doc in enumerate(docs) if _verbal(doc)]
            matcher.add(key, docs + _with_articles(docs, verbal))
            lower.add(key, written + _with_articles(written, verbal))
            if openers is not None:
                openers.update(doc[0].norm_ for doc in docs if len(doc))
                openers.update(doc[0].lower_ for doc in written if len(doc))
        return matcher, lower

    def _stem_matcher(self, phrases: dict[str, tuple[str, ...]]) -> PhraseMatcher:
        """Phrases matched on crude stems, for the cheap pass that has no lemmas."""
        matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        for key, texts in phrases.items():
            docs = [self.nlp.make_doc(t.lower()) for t in sorted(set(texts))]
            matcher.add(key, [stemmed(doc) for doc in docs + _with_articles(docs, [])])
        return matcher

    def party(self, actor_id: str) -> str:
        return self.index.party(actor_id)


ARTICLES = ("a", "an", "the")


def _verbal(doc: Doc) -> bool:
    """Whether a phrase is a verb and what follows it ("hold election"), as far as the
    tagger says (every phrase of two words or more, without one)."""
    return len(doc) > 1 and (not doc.has_annotation("TAG") or doc[0].pos_ == "VERB")


PREPOSITIONS = frozenset({"of", "from", "to", "on", "for", "against", "with", "in", "into", "by", "over", "at",
                          "between", "across", "under", "about", "toward", "towards", "through", "within"})
"""Prepositions after which a phrase's noun may take an article in running text."""


def _with_articles(docs: list[Doc], verbal: list[int]) -> list[Doc]:
    """Each phrase with an article before a word that may take one in running text: after
    a preposition ("return of child" as "the return of the children") and, in the phrases
    at the indices ``verbal``, after the verb ("hold election" as "hold an election", "lift
    sanctions" as "lift the sanctions"). The words keep their norms; the article is its own."""
    found: list[Doc] = []
    verbs = set(verbal)
    for index, doc in enumerate(docs):
        places = [i for i in range(1, len(doc)) if (doc[i - 1].norm_ in PREPOSITIONS or i == 1 and index in verbs)
                  and doc[i].norm_ not in ARTICLES and not doc[i].is_punct]
        for place in places:
            for article in ARTICLES:
                words = [t.text for t in doc]
                norms = [t.norm_ for t in doc]
                variant = Doc(doc.vocab, words=[*words[:place], article, *words[place:]])
                for token, norm in zip(variant, [*norms[:place], article, *norms[place:]]):
                    token.norm_ = norm
                found.append(variant)
    return found


PARTICLES = frozenset({"out", "over", "up", "down", "back", "off", "away"})


def _turned_index(phrases: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each phrase of two words or more taken as a verb and its object ("release the
    prisoners"): the stem of the object's last word, with the stems of the verbs before it."""
    index: dict[str, set[str]] = {}
    for phrase in phrases:
        words = phrase.split()
        rest = words[2:] if len(words) > 2 and words[1] in PARTICLES else words[1:]
        if rest:
            index.setdefault(stem(rest[-1]), set()).add(stem(words[0]))
    return {head: frozenset(verbs) for head, verbs in index.items()}


def _venue_index(phrases: Iterable[str], heads: set[str]) -> dict[str, frozenset[tuple[str, ...]]]:
    """Each phrase of two to four plain words ending in one of ``heads`` (the stems of the
    nouns of deals and talks, ``Sentence._venue_topics``): the stem of its last word, with
    the words before it."""
    index: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = phrase.lower().split()
        if 2 <= len(words) <= 4 and all(word.isalpha() for word in words) and stem(words[-1]) in heads:
            index.setdefault(stem(words[-1]), set()).add(tuple(words[:-1]))
    return {head: frozenset(names) for head, names in index.items()}


def phrase_spans(matchers: PhraseMatchers, doc: Doc, order: dict[str, int] | None = None,
                 stems: Sequence[tuple[int, int, int]] = (), context: Doc | None = None) -> list[Span]:
    """Non-overlapping phrase matches (longest first), labelled with their matcher key.

    Phrases are matched on lemmas and on the words as written, and may be given ``stems``,
    the cheap pass's matches on crude stems (``stem_matches``) as (key, start, end) in
    ``doc``'s tokens: a phrase lemmatized alone can come out unlike the same words in a
    sentence ("deported child" against "the deported children"). A phrase that must stand
    near a word (``PhraseKey.near``) counts only where one of those words is in ``doc``;
    where one span is several topics' phrase, the one with a context that holds wins over
    one without; among those, one whose context word is in the phrase's own subject or
    modifiers ("demanding that the Rwandan army pull out and that the rebels halt": the
    army's pullout), and otherwise the topic first in the pack (``order``: topic id -> its
    place in the pack). The context words are looked for in ``context`` when given (the
    sentence a rearranged phrase comes from), else in ``doc``.
    """
    present: set[str] | None = None
    labels: dict[tuple[int, int], list[str]] = {}
    raw = [match for matcher in matchers for match in matcher(doc)]
    for m, s, e in [*raw, *stems]:
        key = doc.vocab.strings[m]
        if "@" in key:
            if present is None:
                present = _words_and_bigrams(context if context is not None else doc)
            parsed = PhraseKey.parse(key)
            if not parsed.near & present or parsed.opposite and context is None and _only_described(
                    doc[s:e], parsed.near):
                continue
        found = labels.setdefault((s, e), [])
        if key not in found:
            found.append(key)

    def rank(key: str, start: int, end: int) -> tuple:
        parsed = PhraseKey.parse(key)
        place = order.get(parsed.topic, len(order)) if order else 0
        owned = bool(parsed.near) and context is None and _owned_by(doc[start:end], parsed.near)
        return ("@" not in key, not owned, place, key)

    spans = [Span(doc, s, e, label=min(keys, key=lambda k: rank(k, s, e)) if len(keys) > 1 else keys[0])
             for (s, e), keys in labels.items()]
    return sorted((s for s in filter_spans(spans) if s.label_ != IGNORED), key=lambda s: s.start)


def stem_matches(matches: Iterable[tuple[int, int, int]], cheap: Doc) -> list[tuple[int, int, int]]:
    """Of the cheap pass's ``matches`` in the stemmed text ``cheap``, the topic phrases of
    several words, as (start, end, key) in characters, in text order. Only phrases of several
    words: a single crude stem conflates ("ships", "shipping")."""
    strings = cheap.vocab.strings
    return sorted((cheap[s].idx, cheap[e - 1].idx + len(cheap[e - 1]), m) for m, s, e in matches
                  if e - s > 1 and not strings[m].startswith("infra:"))


def _only_described(span: Span, near: frozenset[str]) -> bool:
    """Whether the context words that make a phrase name its opposite stand only in a
    relative clause on the phrase itself: "restore the treaty, which Delhi has held in
    abeyance" restores the treaty; the clause says what became of it, the sentence does not
    hold it in abeyance (on a parsed sentence)."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return False
    inside = {t.i for c in span.root.children if c.dep_ == "relcl" and c.i >= span.end
              for t in c.subtree}
    if not inside:
        return False
    return not _words_and_bigrams(Doc(doc.vocab, words=[t.text for t in doc if t.i not in inside])) & near


def _owned_by(span: Span, near: frozenset[str]) -> bool:
    """Whether a context word stands in the phrase's own subject ("the Rwandan army | pull
    out") or among its noun's modifiers and complements ("Rwandan | pullout", "withdrawal |
    from the treaty"), on a parsed sentence."""
    root = span.root
    if not span.doc.has_annotation("DEP"):
        return False
    verb = root
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "the army must halt its advance and | pull out"
    owners = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if root.pos_ in ("VERB", "AUX") else [
        c for c in root.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < span.start
        or c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i >= span.end]
    return any(_words_and_bigrams(span.doc[c.left_edge.i:c.right_edge.i + 1]) & near for c in owners)


def _words_and_bigrams(doc: Doc) -> set[str]:
    """The words of ``doc`` (as written and as lemmas, lower case) and the two- and
    three-word sequences of them, for the ``near`` words of context phrases."""
    found: set[str] = set()
    for form in ([t.norm_ for t in doc], [t.lower_ for t in doc]):
        found.update(form)
        found.update(" ".join(form[i:i + 2]) for i in range(len(form) - 1))
        found.update(" ".join(form[i:i + 3]) for i in range(len(form) - 2))
    return found


def stemmed(doc: Doc) -> Doc:
    """Set each token's norm to a crude stem, so that "lifting sanctions" meets "lift sanction"
    before any lemmatizer has run (over-matching only costs a parse); each word's stem is
    worked out once a process."""
    return write_norms(doc, LOWER, _STEM_OF, stem)


_STEM_OF: NormCache = {}
"""Of each lower-case word, its stem."""
