"""What the rule engine knows before it reads a word: the pack's matchers and the lexicon.

Built once per pack: phrase matchers for topics and infrastructure categories (on lemmas
and on the words as written), a crude-stem matcher for the cheap pass that runs before any
parse, the actor index, and the pack facts the passes consult (halt topics, analysts,
infrastructure-scoped children).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from stancegraph.loaders.lexicon import Lexicon
from stancegraph.loaders.mentions import ActorIndex
from stancegraph.schema import DomainPack
from stancegraph.schema.words import stem

PhraseMatchers = tuple[PhraseMatcher, PhraseMatcher]


class PackResources:
    """The pack and the lexicon, compiled for one English pipeline."""

    def __init__(self, pack: DomainPack, nlp: Language, lexicon: Lexicon):
        self.pack = pack
        self.nlp = nlp
        self.lexicon = lexicon
        self.words = lexicon.words
        self.index = ActorIndex(pack, nlp)
        self.topics = {t.id: t for t in pack.topics}
        self.topic_verbs: set[str] = set()  # stems of verbs that open a phrase: "lift sanctions"
        self.topic_matcher = self._lemma_matcher({t.id: t.phrases or (t.label,) for t in pack.topics})
        self.infra_matcher = self._lemma_matcher(
            {c.id: c.phrases or (c.label,) for c in pack.infrastructure}
        )
        self.cheap_topic_matcher = self._stem_matcher(
            {t.id: t.phrases for t in pack.topics} | {f"infra:{c.id}": c.phrases for c in pack.infrastructure}
        )
        self.lazy_components = [p for p in ("ner",) if p in nlp.pipe_names]
        self.recognizer = nlp.get_pipe("ner") if self.lazy_components else None
        self.halt_topics = {t.id for t in pack.topics if t.is_halt}
        self.analysts = {
            a.id for a in pack.commentators
            if any(word in self.words.analyst_nouns for role in a.roles for word in role.lower().split())
        }
        self.scoped_child = {
            t.parent: t.id for t in pack.topics if t.is_infrastructure_scoped and t.parent
        }

    def _lemma_matcher(self, phrases: dict[str, tuple[str, ...]]) -> PhraseMatchers:
        """Two matchers for the same phrases: on lemmas, and on the words as written (a
        phrase lemmatized alone can come out unlike the same words in a sentence)."""
        nlp = self.nlp
        matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        with nlp.select_pipes(disable=[p for p in ("parser", "ner") if p in nlp.pipe_names]):
            for key, texts in phrases.items():
                docs = list(nlp.pipe(sorted(set(texts))))
                matcher.add(key, docs)
                self.topic_verbs.update(stem(d[0].lower_) for d in docs if len(d) > 1 and d[0].pos_ == "VERB")
                lower.add(key, [nlp.make_doc(t.lower()) for t in sorted(set(texts))])
        return matcher, lower

    def _stem_matcher(self, phrases: dict[str, tuple[str, ...]]) -> PhraseMatcher:
        """Phrases matched on crude stems, for the cheap pass that has no lemmas."""
        matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        for key, texts in phrases.items():
            matcher.add(key, [stemmed(self.nlp.make_doc(t.lower())) for t in sorted(set(texts))])
        return matcher

    def party(self, actor_id: str) -> str:
        return self.index.party(actor_id)


def phrase_spans(matchers: PhraseMatchers, doc: Doc) -> list[Span]:
    """Non-overlapping phrase matches (longest first), labelled with their pack id."""
    raw = [match for matcher in matchers for match in matcher(doc)]
    spans = {(s, e): doc.vocab.strings[m] for m, s, e in raw}
    kept = filter_spans([Span(doc, s, e, label=label) for (s, e), label in spans.items()])
    return sorted(kept, key=lambda s: s.start)


def stemmed(doc: Doc) -> Doc:
    """Set each token's norm to a crude stem, so that "lifting sanctions" meets "lift sanction"
    before any lemmatizer has run (over-matching only costs a parse)."""
    for token in doc:
        token.norm_ = stem(token.lower_)
    return doc
