"""The cheap pass: tokenize a whole document, split its sentences, find the pack's actors,
quotations and topic phrases, and choose the sentences worth a full parse.

Nothing here parses. Each claim pass says which sentences it wants (``ClaimPass.wants``);
a quotation one of them touches is parsed whole, with the sentence after it (its
attribution often stands there: '... ," he said.').
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from spacy.attrs import LOWER, NORM
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from stancegraph.loaders.extraction.attribution import BACKSHIFTED, continues
from stancegraph.loaders.extraction.officials import introduced_officials
from stancegraph.loaders.extraction.passes import ClaimPass, Survey
from stancegraph.loaders.extraction.resources import PARTICLES, PackResources, PhraseKey, stem_matches, stemmed
from stancegraph.loaders.extraction.sentence import EVERY_PASS, VENUE_PREPOSITIONS, DocumentContext, Holder, TopicMention
from stancegraph.loaders.extraction.topics import ANAPHORA_REACH, CLOSING, DEMONSTRATIVES
from stancegraph.loaders.mentions import Mention, MentionTable, quote_spans
from stancegraph.loaders.nlp import tokenize
from stancegraph.loaders.sentences import sentence_bounds
from stancegraph.schema import Document
from stancegraph.schema.words import stem

TOPIC_STANDINS = frozenset({"such", "similar"})
POINTERS = frozenset({"that", "this"})
"""Words that stand for a topic named before ("such a deal"): a sentence may carry one."""
JUDGING_COPULAS = frozenset({"was", "is", "would", "will", "'s", "remained", "remains"})
"""Words after which a "that" is a pronoun judged ("Dar said that was unacceptable")."""
OBJECT_PRONOUNS = frozenset({"it", "them"})
"""Object pronouns that may stand for the topic the sentence before named."""

DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z'’./\- ]{1,40}[A-Z]"    # BANGKOK, PHNOM PENH, NEW DELHI/ISLAMABAD
    r"(?:[ \t]*,[^\n:–—()]{1,40}?)?"             # , Aug 7
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?,[ \t]*"       # Brussels, 7 March / Brussels, March 7
    r"(?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2})(?:,? \d{4})?)"
    r"(?:[ \t]*\([^)\n]{1,30}\)\.?[ \t]*(?:(?::|–|—|--?)[ \t])?"  # (Reuters) -, (IANS) with no dash
    r"|\.?[ \t]*(?::|–|—|--?)[ \t])",           # "(EFE).- ", " - "
    re.MULTILINE,
)
"""A wire dateline opening a paragraph ("KUALA LUMPUR, Aug 7 (Reuters) - "): the place
names where the story was filed, never who holds a position."""

TIMESTAMP = re.compile(
    r"(?<![\w:.])\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?"   # 11:08 pm, 09:40, 7.15am
    r"(?:[ \t]+[A-Z][A-Za-z]{1,8}(?:[ \t]+time)?)?"         # Kyiv time, ET, GMT
    r"(?:[ \t]*\([^)\n]{1,20}\))?"                         # (Wednesday)
    r"[ \t]*(?::|–|—|--?)[ \t]"
)
"""A live blog's time stamp opening an entry ("11:08 pm: ", "09:40 — "): when it opens a
sentence it is a label, not the sentence's subject."""

SECTION_LABEL = re.compile(
    r"(?:^|(?<=[.!?:\"”’]\s))[ \t]*"      # at a line's or a sentence's start
    r"([A-Z][A-Z'’.\- ]{1,40}[A-Z])"        # CHINA, SAUDI ARABIA
    r"[ \t]+(?:-|–|—|--)[ \t]+",           # " - "
    re.MULTILINE,
)
"""A round-up's label opening a sentence ("... reactions: CHINA - The foreign ministry said
..."): the party whose reaction follows, not the sentence's subject."""


def _pointer_judged(span: Span) -> bool:
    """Whether a "that" or "this" stands as a subject inside the sentence, a copula after it
    ("Dar said that was unacceptable"): a pointer to the topic the sentence before named."""
    return any(t.lower_ in POINTERS and t.i + 1 < span.end and t.nbor().lower_ in JUDGING_COPULAS
               for t in span[1:])


def _halted(doc, start: int, stopping: frozenset[str]) -> bool:
    """Whether a stopping word stands just before a phrase ("a halt to | arms deliveries"),
    so that the phrase names the halt of its contrary."""
    before = doc[max(0, start - 3):start]
    # "to wind down | the Minsk process": a verb and its particle stop it too
    return any(t.lower_ in stopping or t.i + 1 < start and f"{t.lower_} {t.nbor().lower_}" in stopping
               for t in before)


def survey(document: Document, resources: PackResources, splitter: Sentencizer,
           passes: Sequence[ClaimPass], prefilter: bool = True) -> tuple[DocumentContext, list[int]]:
    """The document's context, and the indices of the sentences to parse, in order."""
    cheap = stemmed(splitter(tokenize(resources.nlp, document.text)))
    sentences = list(sentence_bounds(cheap))
    matches = resources.cheap_topic_matcher(cheap)
    around = _SentenceStems(cheap)
    topic_spans = [(span, key) for m, s, e in matches
                   if _in_context(span := cheap[s:e], key := cheap.vocab.strings[m], around)]
    phrases = [(span, PhraseKey.parse(key)) for span, key in topic_spans if not key.startswith("infra:")]
    topic_mentions = sorted(
        TopicMention(span.start_char, phrase.topic, _head_word(span), opposite, opposite and bool(phrase.near))
        for span, phrase in phrases
        for opposite in [phrase.opposite and not _halted(cheap, span.start, resources.stopping_forms)])
    found = resources.index.find(cheap)
    sections = _sections(document.text, found, resources)
    datelines = sorted({*(m.span() for m in DATELINE.finditer(document.text)),
                        *(m.span() for m in TIMESTAMP.finditer(document.text)),
                        *_place_labels(document.text, found, resources),
                        *(span for span, _ in sections)})
    mentions = [m for m in found if not _within(datelines, m.start) and not _others_title(m, sections, resources)]
    opening = [m for m in found if datelines and datelines[0][0] <= 2 and _within(datelines[:1], m.start)]
    sentences = [_past_dateline(document.text, datelines, start, end) for start, end in sentences]
    mentions += introduced_officials(cheap, mentions, resources.index, resources.words)
    quotes, speakers = _with_headline_statements(document.text, quote_spans(document.text), mentions, resources)
    context = DocumentContext(
        document=document,
        sentences=sentences,
        mentions=MentionTable(sorted(mentions, key=lambda m: m.start)),
        quotes=quotes,
        topic_mentions=topic_mentions,
        datelines=datelines,
        dateline_party=_one_party(opening, resources),
        sections=[(span[0], party) for span, party in sections],
        quote_speakers=speakers,
        stem_matches=stem_matches(matches, cheap),
    )
    if not prefilter:
        return context, list(range(len(sentences)))
    topical = sorted(span.start_char for span, _ in topic_spans)
    wanted: set[int] = set()
    readers: dict[int, set[str]] = {}
    pointing, anaphoric = resources.words.pointing_words, resources.anaphoric_forms
    texts: list[int] = []  # sentences naming a letter or a statement
    spoken: list[bool] = []  # sentences with a speech verb
    shifted: list[bool] = []  # sentences with a verb shifted back ("would")
    going_on: list[bool] = []  # sentences a "he added" may carry on from the one before
    strings = cheap.vocab.strings  # each word made once, from the token arrays
    lowers, norms = ([strings[key] for key in column] for column in cheap.to_array([LOWER, NORM]).T.tolist())
    for i, (start, end) in enumerate(sentences):
        span = cheap.char_span(start, end, alignment_mode="expand")
        words = frozenset(lowers[span.start:span.end])
        stems = frozenset(norms[span.start:span.end])
        first = lowers[span.start]
        spoken.append(not words.isdisjoint(resources.speech_forms))
        shifted.append(not words.isdisjoint(BACKSHIFTED))
        going_on.append(not words.isdisjoint(GOING_ON_FORMS) and not words.isdisjoint(PERSONAL))
        if words & resources.text_forms or first == "it":
            texts.append(i)
        sentence = Survey(
            index=i,
            words=words,
            stems=stems,
            first_word=first,
            has_topic=_any_between(topical, start, end) or bool(words & TOPIC_STANDINS) or (
                # "That would be unacceptable": a pointer to the topic the sentence before named
                (first in POINTERS or _pointer_judged(span)) and i > 0
                and _any_between(topical, *sentences[i - 1])) or (
                # "Kyiv turned it down", "called them unjust": an object pronoun for the topic
                # the sentence before named
                (bool(words & OBJECT_PRONOUNS) and first != "it" or _demonstrative_object(lowers, span))
                and i > 0 and _any_between(topical, *sentences[i - 1])) or (
                # "Delhi rejected this demand": a noun pointing back to a topic named before
                bool(words & pointing) and bool(words & anaphoric)
                and _any_between(topical, max(0, start - ANAPHORA_REACH), start)) or (
                # "Kyiv welcomed the offer": a bare definite one, after a sentence naming a topic
                bool(words & anaphoric) and i > 0 and _definite_before(span, anaphoric)
                and _any_between(topical, sentences[max(0, i - 2)][0], start)) or (
                # "talks hosted by Malaysia", "the treaty must be honoured": a verb phrase said verb last
                not stems.isdisjoint(resources.turned_verbs)
                and _turned(span, resources.turned_verbs, resources.leaving_stems)) or (
                # "the deal signed in Doha": a deal or talks the pack names by their place
                not words.isdisjoint(VENUE_PREPOSITIONS) and _venue_named(span, stems, resources.venue_names)) or (
                # "A court ruled X. Delhi does not recognise the court.": a topic's noun, repeated
                _definite_before(span, _heads_before(topic_mentions, start))),
            quoted=context.quote_overlaps(start, end),
            names_party=bool(context.mentions.at(start, end)) or not words.isdisjoint(resources.party_standins),
            follows_topic=i > 0 and _any_between(topical, *sentences[i - 1]),
        )
        for each in passes:
            for offset in each.wants(sentence):
                wanted.add(i + offset)
                # a sentence wanted for another's sake ("These include X" needs the noun cue
                # before it) is read by every pass, as the one it serves may need any of them
                readers.setdefault(i + offset, set()).add(each.name if offset == 0 else EVERY_PASS)
    # a quotation a wanted sentence touches is parsed where it may be attributed, and so is
    # the earlier quotation it continues, if it has no attribution of its own
    sentence_starts = context.sentence_starts
    quotes = context.quotes
    overlapping = [_sentences_overlapping(sentences, sentence_starts, *quote) for quote in quotes]
    needed = [not wanted.isdisjoint(inside) for inside in overlapping]
    for k in range(len(quotes) - 1, 0, -1):
        if needed[k] and continues(document.text, quotes[k - 1], quotes[k]):
            needed[k - 1] = True
    for quote, inside, need in zip(quotes, overlapping, needed):
        if need:
            wanted.update(_attributing(sentences, inside, quote))
    # "The letter urges X", "It asks Y": the sentence that says who sent the letter, parsed
    # for ``texts`` alone (no pass asked for it)
    for k, i in enumerate(texts):
        if i in wanted:
            for j in texts[max(0, k - TEXT_SENTENCES):k]:
                if i - j <= TEXT_SENTENCES and j not in wanted:
                    wanted.add(j)
                    readers[j] = set()
    # "Jaishankar said X. Talks would resume only once Y.": the report the second goes on,
    # parsed for ``attribution.carry_reports`` alone
    for i in sorted(wanted):
        j = i - 1
        while j >= 0 and i - j <= CARRIED_SENTENCES and shifted[j + 1] and not spoken[j + 1]:
            if j not in wanted:
                wanted.add(j)
                readers[j] = set()
            j -= 1
    # "X, he added, would Y": the sentence before, which says whom "he" goes on reporting,
    # parsed for ``coreference`` alone
    for i in sorted(wanted):
        if i and going_on[i] and i - 1 not in wanted:
            wanted.add(i - 1)
            readers[i - 1] = set()
    context.readers = {i: frozenset(readers.get(i, {EVERY_PASS})) for i in wanted}  # quotations': all
    return context, sorted(wanted)


GOING_ON_FORMS = frozenset({"added", "adds"})
"""The forms of ``coreference.GOING_ON``."""
PERSONAL = frozenset({"he", "she"})
"""The pronouns a "he added" goes on with."""


def _demonstrative_object(lowers: list[str], span: Span) -> bool:
    """Whether a "that" or "this" stands alone as an object, with nothing after it but
    punctuation or a condition ("Russia said no to that unless X"): it may stand for the
    topic the sentence before named, as "it" does."""
    return any(lowers[k] in DEMONSTRATIVES and k > span.start and lowers[k + 1] in CLOSING
               for k in range(span.start, span.end - 1))


TEXT_SENTENCES = 3
CARRIED_SENTENCES = 2
"""How far back a sentence with no speech verb looks for the report it may go on."""
"""How many sentences back the one naming a letter and its sender may be."""


LINE_LABEL = re.compile(r"^[ \t]*([^\n:]{2,60}):[ \t]+([^\n]+?)[ \t]*$", re.MULTILINE)
"""A line opening with a short label and a colon: "Islamabad: ...", "Kagame: We will ..."."""
LABEL_WORDS = 6


MEDIUM_ASIDE = re.compile(r"(?:,[ \t]+(?:on|in|via)[ \t][^,:\n]{1,40})+")
"""Where a labelled speaker said it, after the name: "Erdogan, on X: ...", "Aliyev, on X, in
Azerbaijani and English: ..." (a roundup of leaders' posts)."""


def _labelled_lines(text: str, mentions: list) -> Iterator[tuple[re.Match, Mention]]:
    """Lines whose label (at most six words) ends in a pack mention, or opens with one and
    says only where it was said, with that mention."""
    ends = {m.end: m for m in mentions}
    starts = {m.start: m for m in mentions}
    for match in LINE_LABEL.finditer(text):
        mention = ends.get(match.end(1))
        if mention is not None and mention.start >= match.start(1) and len(match.group(1).split()) <= LABEL_WORDS:
            yield match, mention
        elif (mention := starts.get(match.start(1))) is not None and MEDIUM_ASIDE.fullmatch(
                text, mention.end, match.end(1)):
            yield match, mention


def _place_labels(text: str, mentions: list, resources: PackResources) -> list[tuple[int, int]]:
    """Spans of a state's name (or capital's) labelling a line ("Islamabad: ...", "Rwanda:
    M23 calls for talks"): where the story was filed or the section it runs in, never who
    speaks. A person's name there is a speaker (``_with_headline_statements``)."""
    return [(match.start(), match.start(2)) for match, mention in _labelled_lines(text, mentions)
            if (mention.start, mention.end) == match.span(1) and resources.index.kind(mention.actor) == "state"]


def _with_headline_statements(text: str, quotes: list[tuple[int, int]], mentions: list,
                              resources: PackResources) -> tuple[list[tuple[int, int]], dict]:
    """Quotations, and their speakers where a line says who speaks: a headline "Kagame: We
    will not be intimidated" (a person's name, perhaps with a title, then a colon) is the
    person's statement. The rest of such a line is a quotation of theirs, or, if it holds
    quotations, those are."""
    index = resources.index
    speakers: dict[tuple[int, int], list[Holder]] = {}
    added: list[tuple[int, int]] = []
    for match, mention in _labelled_lines(text, mentions):
        if index.kind(mention.actor) != "person" or index.is_commentator(mention.actor):
            continue
        holder = [Holder(mention.actor, mention.text)]
        inside = [q for q in quotes if match.start(2) <= q[0] and q[1] <= match.end(2) + 1]
        if inside:
            speakers.update((q, holder) for q in inside)
        elif not any(q[0] < match.end(2) and q[1] > match.start(2) for q in quotes):
            added.append(match.span(2))
            speakers[match.span(2)] = holder
    for turn, holder in [*_transcript_turns(text, resources), *_answer_turns(text, mentions, resources),
                         *_printed_answers(text, mentions, resources)]:
        if not any(q[0] < turn[1] and q[1] > turn[0] for q in quotes + added):
            added.append(turn)
            speakers[turn] = holder
    return sorted(quotes + added), speakers


TURN_LABEL = re.compile(r"(?:^|(?<=[.?!\"”’]\s))[ \t]*([A-Z][A-Z'’.\- ]{0,40}[A-Z])"
                        r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]?:[ \t]+", re.MULTILINE)
"""A speaker's label in a transcript, in capitals, opening a line or following a full stop:
"ASIF: We had nothing to do with it.", "... Did they? KHAWAJA ASIF: Absolutely not.", with
a note on the voice: "UMEROV (translated): ...", "PUTIN (through an interpreter): ..."."""


def _transcript_turns(text: str, resources: PackResources) -> Iterator[tuple[tuple[int, int], list[Holder]]]:
    """The turns of a transcript or interview whose label names a person of the pack (in
    capitals: "ASIF:", "MOHAMAD HASAN:"; or, where the questions are labelled "Q:", by the name
    as spelt: "Mirzoyan:"), each running to the next label or the end of its paragraph, with
    the speaker: what they say is theirs, as if quoted."""
    names = resources.index.person_names
    interview = QUESTION_TURN.search(text) is not None
    for paragraph in re.finditer(r"[^\n]+", text):
        line = paragraph.group()
        if ":" not in line:
            continue  # every label ends with a colon
        labels = list(TURN_LABEL.finditer(line))
        if interview:
            labels = sorted(labels + [*QUESTION_TURN.finditer(line), *NAME_TURN_LABEL.finditer(line)],
                            key=lambda m: m.start())
        for k, label in enumerate(labels):
            actor = names.get(label.group(1).lower()) if label.re is not QUESTION_TURN else None
            if actor is None:
                continue
            end = labels[k + 1].start() if k + 1 < len(labels) else len(line)
            said = line[label.end():end].rstrip()
            if said:
                start = paragraph.start() + label.end()
                yield (start, start + len(said)), [Holder(actor, label.group(1))]


QUESTION_TURN = re.compile(r"(?:^|(?<=[.?!\"”’]\s))[ \t]*Q[ \t]?:[ \t]+", re.MULTILINE)
"""An interviewer's turn, at a line's start or after a sentence's end: "Q: ..."."""
NAME_TURN_LABEL = re.compile(r"(?:^|(?<=[.?!\"”’]\s))[ \t]*([A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2})[ \t]?:[ \t]+",
                             re.MULTILINE)
"""In an interview with "Q:" turns, an answer's label by a name as it is spelt ("... Is there a
way around that? Mirzoyan: The treaty is initialed.")."""


def _guest(mentions: list, before: int, resources: PackResources) -> Mention | None:
    """The one an interview is with: the first person of the pack (no commentator) the text
    names before ``before``, in the headline or the introduction."""
    index = resources.index
    return next((m for m in mentions if m.start < before and index.kind(m.actor) == "person"
                 and not index.is_commentator(m.actor)), None)


ANSWER_LABEL = re.compile(r"^[ \t]*A[ \t]?[:.][ \t]+", re.MULTILINE)
QUESTION_LABEL = re.compile(r"^[ \t]*Q[ \t]?[:.][ \t]+", re.MULTILINE)


def _answer_turns(text: str, mentions: list,
                  resources: PackResources) -> Iterator[tuple[tuple[int, int], list[Holder]]]:
    """The answers of an interview printed as questions and answers ("Q: ... A: ..."), each
    to the end of its line: the words of the person it is with, the first the document names
    before the first question (in the headline or the introduction)."""
    first = QUESTION_LABEL.search(text)
    if first is None:
        return
    guest = _guest(mentions, first.start(), resources)
    if guest is None:
        return
    for label in ANSWER_LABEL.finditer(text, first.end()):
        # to the end of the line, found without copying the rest of a long document
        end = text.find("\n", label.end())
        said = text[label.end():end if end >= 0 else len(text)].rstrip()
        if said:
            yield (label.end(), label.end() + len(said)), [Holder(guest.actor, guest.text)]


INTERVIEW_MARK = re.compile(
    r"\b(?:interview(?:ed)?|spoke (?:to|with) us|sat down with|received us|in conversation with|"
    r"(?:shortened|edited|condensed)(?: and (?:edited|condensed|shortened))? for (?:length|clarity)|"
    r"has been (?:shortened|edited|condensed)|Q&A|question-and-answer)\b", re.IGNORECASE)
"""Words by which an introduction presents what follows as an interview."""
QUESTIONS_TO_TELL = 3
"""Questions, each with an answer after it, that make paragraphs of questions an interview."""


def _printed_answers(text: str, mentions: list,
                     resources: PackResources) -> Iterator[tuple[tuple[int, int], list[Holder]]]:
    """The answers of an interview printed without labels: each question a paragraph of its
    own, ending in "?", the answers the paragraphs after it. They are the words of the first
    person the introduction names, when it says it is an interview."""
    paragraphs = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    asking = [text[start:end].rstrip().endswith("?") for start, end in paragraphs]
    answered = sum(1 for k in range(len(paragraphs) - 1) if asking[k] and not asking[k + 1])
    first = next((k for k, q in enumerate(asking) if q), None)
    if first is None or answered < QUESTIONS_TO_TELL or not INTERVIEW_MARK.search(text, 0, paragraphs[first][0]):
        return
    guest = _guest(mentions, paragraphs[first][0], resources)
    if guest is None:
        return
    for (start, end), question in zip(paragraphs[first:], asking[first:]):
        if not question:
            yield (start, start + len(text[start:end].rstrip())), [Holder(guest.actor, guest.text)]


class _SentenceStems:
    """The stems of each sentence of a stemmed text, worked out the first time they are
    asked for (``Span.sent`` walks the words back to the sentence's start each time)."""

    def __init__(self, cheap: Doc):
        self.sentences = list(cheap.sents)
        self.starts = [sentence.start for sentence in self.sentences]
        self.stems: dict[int, frozenset[str]] = {}

    def of(self, span: Span) -> frozenset[str]:
        """The stems of the sentence ``span`` starts in."""
        k = bisect.bisect_right(self.starts, span.start) - 1
        if k not in self.stems:
            self.stems[k] = frozenset(t.norm_ for t in self.sentences[k])
        return self.stems[k]


def _in_context(span: Span, key: str, around: _SentenceStems) -> bool:
    """Whether a phrase that needs a context word has one in its sentence (on stems)."""
    if "@" not in key:
        return True
    words = around.of(span)
    return any(all(stem(w) in words for w in near.split()) for near in PhraseKey.parse(key).near)


def _sentences_overlapping(sentences: list[tuple[int, int]], sentence_starts: list[int],
                           start: int, end: int) -> range:
    """The indices of the sentences overlapping ``[start, end)``, found by search so that a
    long document's quotations cost no more than its length (sentences are sorted and
    disjoint)."""
    last = bisect.bisect_left(sentence_starts, end)
    first = bisect.bisect_right(sentences, start, hi=last, key=lambda s: s[1])
    return range(first, last)


def _attributing(sentences: list[tuple[int, int]], inside: range, quote: tuple[int, int]) -> list[int]:
    """The sentences that may attribute a quotation (``inside``: those it overlaps): those
    holding words outside it ('"...," he said'), and the one after it when it closes its
    sentence ('"..." He said.'). A sentence wholly inside the quotation names no speaker."""
    chosen = [i for i in inside if sentences[i][0] < quote[0] or sentences[i][1] > quote[1]]
    after = inside[-1] + 1
    if after < len(sentences) and sentences[inside[-1]][1] <= quote[1]:
        chosen.append(after)
    return chosen


def _past_dateline(text: str, datelines: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """A sentence's bounds without the dateline that opens it ("BANGKOK (Reuters) - Thailand
    agreed ..."): the parser would take the place for the subject."""
    i = bisect.bisect_left(datelines, (start,))
    if i < len(datelines):
        opening, closing = datelines[i]
        if opening < end and closing < end and not text[start:opening].strip():
            return closing, end
    return start, end


def _sections(text: str, mentions: list, resources: PackResources) -> list[tuple[tuple[int, int], str]]:
    """A round-up's sections: capitalised labels, each naming one party alone ("CHINA - ",
    "SAUDI ARABIA - "), their spans and parties, in order. A label opening the text is its
    dateline ("BERLIN - "), and one label alone makes no round-up."""
    starts = {m.start: m for m in mentions}
    found = []
    for match in SECTION_LABEL.finditer(text):
        mention = starts.get(match.start(1))
        if text[:match.start(1)].strip() and mention is not None and mention.end == match.end(1) and (
                resources.index.kind(mention.actor) != "person"):
            found.append((match.span(), resources.party(mention.actor)))
    return found if len(found) > 1 else []


def _others_title(mention: Mention, sections: list[tuple[tuple[int, int], str]], resources: PackResources) -> bool:
    """Whether a title the pack gives its actors ("the foreign ministry") stands in a round-up
    section of another party ("CHINA - The foreign ministry said"): it is that party's."""
    i = bisect.bisect_right(sections, ((mention.start, float("inf")), "")) - 1
    if i < 0 or resources.party(mention.actor) == sections[i][1]:
        return False
    actor = resources.pack.actor(mention.actor)
    return actor is not None and mention.text.lower() in {r.lower() for r in actor.roles}


def _one_party(mentions: list, resources: PackResources) -> str | None:
    """The party the mentions name, if exactly one ("BANGKOK", not "RIYADH/MOSCOW")."""
    parties = {resources.party(m.actor) for m in mentions}
    return parties.pop() if len(parties) == 1 else None


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


HEAD_ENDS = frozenset({"of", "for", "on", "to", "between", "with", "in"})


def _head_word(span: Span) -> str:
    """The noun a phrase is about, without a plural "s", as the tokenizer alone can tell it:
    its last word before a preposition ("court" in "court of arbitration"), else its last."""
    words = [t.lower_ for t in span]
    end = next((k for k, word in enumerate(words) if word in HEAD_ENDS and k > 0), len(words))
    return words[end - 1].rstrip("s")


def _heads_before(mentions: list[TopicMention], offset: int) -> frozenset[str]:
    """The nouns that end the topic phrases named within ``ANAPHORA_REACH`` before
    ``offset``, with their plurals."""
    first = bisect.bisect_left(mentions, offset - ANAPHORA_REACH, key=lambda m: m.offset)
    last = bisect.bisect_left(mentions, offset, key=lambda m: m.offset)
    heads = {m.head for m in mentions[first:last]}
    return frozenset(heads | {f"{head}s" for head in heads})


def _definite_before(span: Span, nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` follows "the", at most one word between ("the latest offer")."""
    words = [t.lower_ for t in span]
    return any(word in nouns and "the" in words[max(0, k - 2):k] for k, word in enumerate(words))


TURNED_REACH = 5
"""How many words after an object its verb may stand in a phrase said verb last ("the
troops | must | withdraw", "the treaty | to | be | honoured")."""


PARTICIPLE_ENDINGS = ("ed", "en", "wn", "t", "ld", "de", "ng", "ut")
"""How a participle ends ("released", "taken", "shown", "kept", "held", "made", "hung",
"put"): a verb said after its object is one, except a verb of leaving ("troops withdraw")."""


def _turned(span, turned_verbs: dict[str, frozenset[str]], leaving: frozenset[str]) -> bool:
    """Whether an object of one of the pack's verb phrases is followed closely by its verb,
    as a participle or a verb of leaving, or comes after it with other words between."""
    for t in span:
        verbs = turned_verbs.get(t.norm_)
        if verbs is None:
            continue
        at = t.i - span.start
        if any(u.norm_ in verbs and (u.lower_.endswith(PARTICIPLE_ENDINGS) or u.norm_ in leaving)
               for u in span[at + 1:at + 1 + TURNED_REACH]):
            return True
        if at + 1 < len(span) and span[at + 1].lower_ in PARTICLES and any(
                u.norm_ in verbs for u in span[max(0, at - TURNED_REACH):at]):
            return True  # "pull its soldiers back"
        if any(u.norm_ in verbs for u in span[max(0, at - TURNED_REACH):max(0, at - 1)]):
            return True  # "return home those children", "stop all hostilities": the verb parted from its object
    return False


def _venue_named(span: Span, stems: frozenset[str], venue_names: dict[str, frozenset[tuple[str, ...]]]) -> bool:
    """Whether a sentence holds the noun of one of the pack's deals or talks named by their
    place, and the place's words capitalised: "the accord reached in Kuala Lumpur" may be
    the Kuala Lumpur accord."""
    heads = [head for head in stems if head in venue_names]
    if not heads:
        return False
    names = {t.lower_ for t in span if t.is_title}
    return any(names.issuperset(name) for head in heads for name in venue_names[head])


def _any_between(offsets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets holds one in ``[start, end)``."""
    i = bisect.bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end
