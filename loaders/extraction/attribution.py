"""Who says it: speakers of quotations, "according to" sources, and who prescribes.

A quotation belongs to the subject of the speech verb of the sentence that touches it; a
quotation with no attribution of its own continues the last speaker (see ``continues``).
The speech verbs are found once per document, before any pass reads it; who their
subjects are is worked out only for the quotations a pass asks about (``quote_speaker``),
since naming a speaker the pack does not know takes the named-entity recognizer.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from stancegraph.loaders.extraction import holders as holding
from stancegraph.loaders.extraction.cues import obliged
from stancegraph.loaders.extraction.sentence import (COMMENTATOR, DocumentContext, Holder, Sentence, first_child,
                                                     shared_clause, to_infinitive)


def attribute_quotes(sentences: list[Sentence]) -> None:
    """Fill the document's ``quote_voices`` from its parsed sentences."""
    for sentence in sentences:
        _note_touching(sentence)


BACKSHIFTED = frozenset({"would", "could"})
"""Auxiliaries by which reported speech goes on in a sentence of its own ("He said the terms
stood. Talks would resume only once X.")."""


def carry_reports(sentences: list[Sentence]) -> None:
    """Free indirect speech: a sentence with no speech verb of its own, whose verb is shifted
    back ("would", "could"), goes on reporting the speaker of the sentence just before it in
    the same paragraph ("Jaishankar said India's terms had not changed. Talks would be
    possible only once X."): its ``carried_speakers``."""
    previous: Sentence | None = None
    for sentence in sentences:
        if previous is not None and previous.index + 1 == sentence.index and (
                "\n" not in sentence.context.document.text[previous.end:sentence.base]):
            sentence.previous = previous
            if _backshifted(sentence):
                sentence.carried_speakers = reporter_before(sentence)
        previous = sentence


def reporter_before(sentence: Sentence) -> list[Holder]:
    """Whom the sentence just before in the paragraph reports, or goes on reporting."""
    previous = sentence.previous
    return (_reporter(previous) or previous.carried_speakers) if previous is not None else []


def _backshifted(sentence: Sentence) -> bool:
    """Whether the sentence reads as speech reported on from the one before: its main verb
    shifted back, no speech verb, source or quotation of its own."""
    root = sentence.sdoc[:].root
    if sentence.is_question or sentence.in_quote(root) or not any(
            c.dep_ == "aux" and c.lower_ in BACKSHIFTED for c in root.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.lefts) or any(
            c.dep_ == "ccomp" for c in root.lefts):
        return False  # the parser's root is not the sentence's main verb
    return not according_to(sentence) and not any(
        t.lemma_ in sentence.words.speech and t.pos_ == "VERB" for t in sentence.sdoc)


def _reporter(sentence: Sentence) -> list[Holder]:
    """Who the sentence reports as saying its main clause ("X said ...", "..., X said"), not
    what someone would or will say ("Kyiv would write into its constitution that ...")."""
    root = sentence.sdoc[:].root
    for verb in (root, *(c for c in root.children if c.dep_ == "parataxis")):
        if verb.lemma_ in sentence.words.speech and not sentence.in_quote(verb) and not any(
                c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            subject = speech_subject(verb)
            return holding.phrase_holders(sentence, subject) if subject is not None else []
    return []


def _note_touching(sentence: Sentence) -> None:
    """Note, for each quotation this sentence touches, the subject of the speech verb
    nearest to it ("'X,' the Journal said, but officials said Y": the Journal)."""
    context = sentence.context
    start, end = sentence.base, sentence.end
    # a quotation closing just before the sentence is its own, unless a line break
    # parts them; one that opens after the sentence ends is the next sentence's
    lead = start if "\n" in context.document.text[max(0, start - 3):start] else start - 3
    touching = _touching(context, lead, end)
    if not touching:
        return
    verbs: list[tuple[int, Token | None]] = []
    for token in sentence.sdoc:
        if not _speaks(sentence, token) or token.pos_ not in ("VERB", "AUX"):
            continue
        if sentence.in_quote(token):
            continue
        # '"We," said Zelensky, "..."': the parser gives "said" both; the one outside speaks
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not sentence.in_quote(c)), None) or first_child(token, "nsubj", "nsubjpass")
        node = token
        while subject is None and node.dep_ in ("advcl", "conj", "xcomp"):
            node = node.head  # "..., stressing that X": the subject of the clause it hangs on
            subject = first_child(node, "nsubj", "nsubjpass")
        # a speech verb whose speaker is unknown still keeps the quotation from a farther one
        verbs.append((sentence.base + token.idx, subject))
    if not verbs:
        return
    for i in touching:
        quote = context.quotes[i]
        _, subject = min(verbs, key=lambda v: max(quote[0] - v[0], v[0] - quote[1], 0))
        context.quote_voices.setdefault(quote, []).append((sentence, subject))


def speakers_of(context: DocumentContext, quote: tuple[int, int]) -> list[Holder]:
    """Who speaks a quotation: the first sentence touching it whose speech verb has a known
    subject; failing that, if it continues the quotation before it (``continues``), that
    quotation's speaker. News style runs a long quotation over several paragraphs and
    attributes it once. Each answer is kept, so a long run is walked back once."""
    known, quotes, text = context.quote_speakers, context.quotes, context.document.text
    waiting: list[tuple[int, int]] = []  # quotations with no speaker of their own, latest first
    k = bisect.bisect_left(quotes, quote)
    while True:
        current = quotes[k]
        if current in known:
            found = known[current]
            break
        # while its speaker is sought, the quotation has none: a pronoun in it that would
        # stand for its own speaker ("'We will not accept it,' he said") asks about it again
        known[current] = []
        found = _own_speakers(context, current)
        if found:
            known[current] = found
            break
        waiting.append(current)
        if k == 0 or not continues(text, quotes[k - 1], current):
            break
        k -= 1
    for each in waiting:
        known[each] = found
    return found


def _own_speakers(context: DocumentContext, quote: tuple[int, int]) -> list[Holder]:
    """The speaker the sentences touching a quotation name: the first known one."""
    for sentence, subject in context.quote_voices.get(quote, ()):
        found = holding.phrase_holders(sentence, subject) if subject is not None else []
        if found:
            return found
    return []


def _speaks(sentence: Sentence, verb: Token) -> bool:
    """A verb of speech, or of naming with its object ("one watcher called it 'a ceasefire
    with a ribbon on it'"): its subject speaks the quotation."""
    if verb.lemma_ in sentence.words.speech:
        return True
    named = first_child(verb, "dobj") if verb.lemma_ in sentence.words.naming_verbs else None
    return named is not None and named.lower_ != "what"  # not "in what X called 'Y'"


def _touching(context: DocumentContext, start: int, end: int) -> range:
    """The indices of the quotations overlapping ``(start, end)``: quotations are sorted and
    never overlap, so their ends are sorted too and two searches find them."""
    quotes = context.quotes
    last = bisect.bisect_left(context.quote_starts, end)
    first = bisect.bisect_right(quotes, start, hi=last, key=lambda q: q[1])
    return range(first, last)


def continues(text: str, previous: tuple[int, int], quote: tuple[int, int]) -> bool:
    """Whether ``quote``, if nothing attributes it, is the ``previous`` quotation's speaker's."""
    between = text[previous[1]:quote[0]]
    if "\n" not in between:
        return True
    paragraph_start = text.rfind("\n", 0, quote[0]) + 1
    opens_paragraph = not text[paragraph_start:quote[0]].strip()
    # the previous paragraph ended with the quotation's sentence: its attribution at most
    tail = between[:between.index("\n")]
    return opens_paragraph and between.count("\n\n") <= 1 and len(tail) < 120 and tail.rstrip().endswith(".")


def quote_speaker(sentence: Sentence, token: Token) -> list[Holder]:
    """The speaker of the quotation ``token`` stands in, if known."""
    quote = sentence.in_quote(token)
    if quote is None:
        return []
    return speakers_of(sentence.context, quote)


def according_to(sentence: Sentence) -> list[Holder]:
    """The source of an "according to X" in the sentence, or the speaker it goes on
    reporting (``carry_reports``)."""
    sdoc = sentence.sdoc
    for t in sdoc:
        if t.lower_ == "according" and t.i + 2 < len(sdoc) and sdoc[t.i + 1].lower_ == "to":
            for pobj in (c for c in sdoc[t.i + 1].children if c.dep_ == "pobj"):
                found = holding.phrase_holders(sentence, pobj)
                if found:
                    return found
    return list(sentence.carried_speakers)


def prescriber(sentence: Sentence, token: Token) -> list[Holder] | None:
    """Who says what the cue's subject should do ("Zelenskyy said Russia must accept X").

    None when the cue carries no modal of obligation; an empty list when nobody is
    reported as saying it (the author's own advice).
    """
    clause = shared_clause(token if token.pos_ in ("VERB", "AUX") else token.head)
    if clause.dep_ in ("advcl", "xcomp") and to_infinitive(clause) and not obliged(sentence, clause) and (
            first_child(clause.head, "dobj") is not None):
        clause = shared_clause(clause.head)  # "Armenia must amend X to remove Y": the purpose of what it must do
    if token.pos_ not in ("VERB", "ADJ"):
        return None
    if not obliged(sentence, clause):
        return forbidder(sentence, token, clause)
    speakers = speaker_of(sentence, token, clause)
    return speakers if speakers is not None else according_to(sentence)


ABILITY = frozenset({"can", "ca", "could"})
"""The modal of "cannot" ("can't" splits into "ca" + "n't"), and "could not", its form in
reported speech ("Dar said India could not suspend X"), said of a party's deed only."""


def forbidder(sentence: Sentence, token: Token, clause: Token) -> list[Holder] | None:
    """Who says that a deed cannot be done ("Dar said India cannot suspend X", "European
    troops cannot be deployed, Peskov said"): "cannot", said of another's deed or of a deed
    whose doer goes unsaid, is "must not". Said of the speaker's own side, or by no one, it
    is the subject's own stance ("Kyiv cannot accept X", he said), or no one's."""
    modal = next((c.lower_ for c in clause.children if c.dep_ == "aux" and c.lower_ in ABILITY), None)
    if modal is None or not any(c.dep_ == "neg" for c in clause.children):
        return None
    speakers = speaker_of(sentence, token, clause)
    if not speakers or COMMENTATOR in speakers:
        return None
    if first_child(clause, "nsubjpass") is not None:
        # "troops cannot be deployed, Peskov said"; not "a legitimacy that could not be disputed"
        return speakers if modal != "could" else None
    subject = first_child(clause, "nsubj")
    doers = holding.phrase_holders(sentence, subject) if subject is not None else []
    if not doers or COMMENTATOR in doers or (
            {sentence.party(h.actor) for h in doers} & {sentence.party(h.actor) for h in speakers}):
        return None
    return speakers


def speaker_of(sentence: Sentence, token: Token, clause: Token | None = None) -> list[Holder] | None:
    """Who is reported as saying what ``token`` stands in: the speaker of its quotation, or
    the subject of the speech verb above it (above ``clause`` when given). None when the
    sentence reports no one saying it; an empty list when the speaker is unknown."""
    if sentence.in_quote(token):
        return _reported_in_quote(sentence, token) or quote_speaker(sentence, token)
    unknown = False
    for node in (clause if clause is not None else token).ancestors:
        viewers = _viewers(sentence, node)
        if viewers:
            return viewers
        if (node.lemma_ in sentence.words.speech or _made_clear(node)) and not sentence.in_quote(node) and not (
                obliged(sentence, node)):
            # not "Cambodia must announce a halt and pull back": a deed asked, which says nothing
            subject = speech_subject(node)
            found = holding.phrase_holders(sentence, subject) if subject is not None else text_owners(sentence, node)
            if found:
                return found
            # "Merz said the talks had opened the way but underlined that X": the parser joins
            # the second speech verb to the reported clause; the speaker is higher up
            unknown = True
    if unknown:
        return []
    aside = aside_speaker(sentence, token)
    return aside if aside is not None else _colon_viewers(sentence, token) or None


def text_owners(sentence: Sentence, verb: Token) -> list[Holder]:
    """Who speaks in a participle of saying on a noun: the noun's own holder ("a Kremlin
    official arguing that X"); else "claims by Armenia's ministry alleging that X",
    "Yerevan's statement alleging X" are its owner's; "Yerevan issued a statement alleging
    X" is its sender's (a verb of putting a text out, ``sending_verbs``); not "Baku
    dismissed reports alleging X": those dismissed are no one's said."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.pos_ != "NOUN":
        return []
    found = holding.phrase_holders(sentence, noun)
    if found:
        return found  # "an official arguing that X", "a former planner arguing X": the one who argues
    found = holding.named_by(sentence, noun)
    if not found and noun.dep_ == "dobj" and noun.head.lemma_ in sentence.words.sending_verbs:
        issuer = first_child(noun.head, "nsubj")
        found = holding.phrase_holders(sentence, issuer) if issuer is not None else []
    return found


def _made_clear(verb: Token) -> bool:
    """"India has made (it) clear that X", "made plain that X": said, as "said" is."""
    return verb.lemma_ == "make" and any(c.lower_ in ("clear", "plain") and c.dep_ in ("ccomp", "acomp", "oprd", "xcomp")
                                         for c in verb.children)


def _reported_in_quote(sentence: Sentence, token: Token) -> list[Holder]:
    """Another party the quoted speaker reports as saying it: "'India says any engagement has
    to be bilateral,' Bhutto said" is India's line, not Bhutto's. The speaker's own "we say"
    is the speaker's."""
    quote = sentence.in_quote(token)
    for node in token.ancestors:
        if sentence.in_quote(node) != quote:
            return []
        if node.lemma_ in sentence.words.speech:
            subject = speech_subject(node)
            if subject is None or subject.lower_ in sentence.words.first_person or (
                    sentence.in_quote(subject) != quote):
                return []
            return [h for h in holding.phrase_holders(sentence, subject) if h.actor]
    return []


OWN_TERMS = frozenset({"demand"})
"""Besides view, condition and part nouns, the nouns whose owner a colon's clause speaks
for: "Moscow's demands are unchanged: Kyiv must X"."""


def _colon_viewers(sentence: Sentence, token: Token) -> list[Holder]:
    """The owners of the terms or view a colon opens: "The Kremlin's terms have barely
    shifted: Ukraine must withdraw from X" reads as the Kremlin saying so."""
    colon = next((t for t in reversed(sentence.sdoc[:token.i]) if t.lower_ == ":"), None)
    if colon is None or sentence.in_quote(colon):
        return []
    words = sentence.words
    nouns = words.view_nouns | words.condition_nouns | words.part_nouns | OWN_TERMS
    for noun in sentence.sdoc[:colon.i]:
        if noun.pos_ == "NOUN" and noun.lemma_ in nouns:
            owners = holding.named_by(sentence, noun)
            if owners:
                return owners
    return []


def _viewers(sentence: Sentence, verb: Token) -> list[Holder]:
    """The owners of a view whose "is that" clause ``verb`` joins: "Moscow's position is that
    Kyiv must X", "the Kremlin's line, repeated for months, is that X"."""
    if verb.lemma_ != "be" or sentence.in_quote(verb) or not any(c.dep_ == "ccomp" for c in verb.children):
        return []
    view = first_child(verb, "nsubj")
    if view is None or view.lemma_ not in sentence.words.view_nouns:
        return []
    return holding.named_by(sentence, view) or [
        h for h in holding.after_prepositions(sentence, [view], ("of",)) if h.actor]


def aside_speaker(sentence: Sentence, token: Token) -> list[Holder] | None:
    """The speaker of a speech verb set inside the clause ``token`` stands in: "A truce,
    Peskov said, was out of the question". None when there is none."""
    for node in (token, *token.ancestors):
        aside = next((c for c in node.children if (c.dep_ == "parataxis" and c.lemma_ in sentence.words.speech
                                                   or _announces(sentence, c, node))
                      and not sentence.in_quote(c) and first_child(c, "nsubj") is not None), None)
        if aside is not None:
            return holding.phrase_holders(sentence, first_child(aside, "nsubj"))
    return None


def _announces(sentence: Sentence, clause: Token, node: Token) -> bool:
    """Whether a clause before a colon introduces what follows as its subject's words: "the
    ministry said it did not: there could be no talks", "Delhi was blunt: ...", a clause the
    parser hangs on the root of the words it introduces."""
    if clause.dep_ != "ccomp" or clause.i > node.i or clause.right_edge.i + 1 >= node.i:
        return False
    if sentence.sdoc[clause.right_edge.i + 1].text != ":":
        return False
    if clause.lemma_ in sentence.words.speech:
        return True
    subject = first_child(clause, "nsubj")
    return clause.lemma_ in sentence.words.copulas and any(
        c.dep_ == "acomp" and c.lemma_ in sentence.words.outspoken for c in clause.children) and (
        subject is not None and subject.i in sentence.mentions)


def speech_subject(verb: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> Token | None:
    """The subject of a verb of saying, or of the clause it hangs on when it has none ("denied
    it, saying X", "denied X and said Y"). A bare number is a time the parser misread ("came
    out shortly before eleven to say X"), not who says it."""
    subject = _speaker_word(first_child(verb, *deps))
    while subject is None and verb.dep_ in ("advcl", "conj", "xcomp"):
        verb = verb.head
        subject = _speaker_word(first_child(verb, *deps))
    return subject


def _speaker_word(subject: Token | None) -> Token | None:
    if subject is not None and subject.pos_ == "NUM" and not any(c.dep_ == "det" for c in subject.children):
        return None  # "shortly before eleven | to say X"; "the two said" still names the two
    return subject
