"""Preconditions: what a party makes the condition of something, with no stance word --
"elections are possible only after a ceasefire", "talks can start only if Kyiv withdraws",
"Russia will not halt its offensive until Kyiv drops its NATO bid", "a truce will not work
without security guarantees". The holder demands the condition.

A condition set on a stance cue ("will agree only if X") is read by the cue's own pass
(``conditions``); this pass reads those the cue passes left, and those under no cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.cues import PROVISOS, asking_participle, proviso_clause
from stancegraph.loaders.extraction.filters import is_position
from stancegraph.loaders.extraction.holders import cue_holders, phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.passes.conditions import NEGATED, STAYING, demands, lasting_verb, warns_of_failure
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, NOBODY, Holder, Sentence, has_modal, told_as_past
from stancegraph.schema import Claim, Cue

ONLY = frozenset({"after", "if", "once", "when", "with", "under"})
"""Words that set a condition when "only" goes before them ("only after X", "only if X")."""
MARKS = ONLY | NEGATED | {"unless"}
SETTING_WORDS = MARKS | PROVISOS
"""Words that open a condition, a mark or a proviso ("provided that X")."""
FUTURE = frozenset({"will", "would", "shall", "'ll"})
"""What makes a state kept up a decision, not a chance ("may remain until X")."""
KEEPING = frozenset({"keep", "hold", "maintain"})
"""Verbs of keeping a thing as it is, which a future "until X" ends only when X is met ("will
keep the treaty in abeyance until X", "will keep fighting until X")."""
SETTING = Cue(lemma="condition", pos=("VERB",), stance="demand")
TRADING = frozenset(noun for noun, _ in polarity.RECIPROCAL)
"""The nouns of "in exchange for X", "in step with X": what a party will do only with X."""


class Preconditions:
    name = "preconditions"

    def __init__(self, resources: PackResources):
        self.negators = resources.words.negators
        english = resources.words
        # "no peace until X", "peace is impossible until X", "none of it is reversed until X"
        self.denials = english.negators | english.impossible_words | NOBODY
        self.refused = NEGATED | english.lasting_marks | english.lasting_conditions
        # "tariffs follow if Moscow fails (refuses, declines) to accept X": a warning
        self.failing = resources.lexicon.forms(resources.words.governing_reversers)
        self.staying = resources.lexicon.forms(STAYING | KEEPING)

    def wants(self, survey: Survey) -> tuple[int, ...]:
        words = survey.words
        sets = (("only" in words and words & ONLY) or (words & self.refused and words & self.denials) or "unless" in words
                or "if" in words and (words & self.negators or words & self.failing)
                or "until" in words and words & self.staying or words & PROVISOS or words & TRADING)
        return (0,) if survey.has_topic and sets else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        if sentence.is_question:
            return Found()  # "Will Kyiv talk only after a truce?": asked, not set
        if not any(t.lower_ in SETTING_WORDS or t.lower_ in TRADING or lasting_verb(sentence, t) is not None
                   for t in sentence.sdoc):
            return Found()
        claims: list[Claim] = []
        covered: set[int] = set(reading.covered)
        for token in sentence.sdoc:
            verb = _conditioned(sentence, token)
            if verb is None or asking_participle(verb) or not is_position(sentence, verb):
                continue  # "Asked about a threat of tariffs unless X, Peskov said ...": the question's
            holders = _setters(sentence, verb)
            if not holders or COMMENTATOR in holders:
                continue
            condition = token if token.dep_ == "prep" else token.head
            if token.lower_ == "if" and _warned(sentence, condition, holders):
                continue  # "sanctions await Moscow if it fails to accept X": no one's warning
            # "if Moscow does not agree to X", "if Moscow fails to accept X": the warning demands X
            turned = token.lower_ == "if" and warns_of_failure(sentence, condition)
            turned = turned or lasting_verb(sentence, token) is not None  # "not while X lasts"
            found = demands(sentence, condition, holders, turned=turned)
            claims.extend(found.claims)
            covered |= found.covered - {token.i}
        return Found(tuple(claims), frozenset(covered - reading.covered))


def _setters(sentence: Sentence, verb: Token) -> list[Holder]:
    """Who sets the condition of ``verb``: its holder, unless its subject only undergoes the
    consequence ("Thailand would face tariffs unless ...", "Pakistan has no future unless ...");
    then whoever reports it, if anyone."""
    if polarity.let_clause(verb):
        verb = verb.head  # "would not let Kinshasa's officials return before X": who does not let them
    lacking = verb.lemma_ == "have" and any(c.dep_ == "dobj" and polarity.says_no(c) for c in verb.children)
    if verb.lemma_ in sentence.words.undergoing_verbs or lacking or _told_to_its_subject(sentence, verb):
        return speaker_of(sentence, verb) or []
    return cue_holders(sentence, verb, SETTING)


def _told_to_its_subject(sentence: Sentence, verb: Token) -> bool:
    """Whether ``verb`` is what a speaker tells the one it addresses, who is its subject as
    a pronoun ("the central bank told lenders they may not reopen until X", "Kinshasa told
    Kigali it must withdraw before X"): the terms are the teller's."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    head = verb.head
    return (verb.dep_ == "ccomp" and subject is not None and subject.tag_ == "PRP"
            and subject.lower_ not in sentence.words.first_person and head.lemma_ in sentence.words.speech
            and any(c.dep_ in ("dobj", "dative") and c.i < verb.i for c in head.children))


def _conditioned(sentence: Sentence, token: Token) -> Token | None:
    """The verb whose condition ``token`` opens, if it opens one."""
    lower = token.lower_
    if proviso_clause(token) is not None and token.head.pos_ in ("VERB", "AUX"):
        return token.head  # "talks could resume, he said, provided that X"
    traded = polarity.reciprocal(token)
    if traded is not None:
        # "would lift its measures in exchange for X", "will withdraw in step with X": what it
        # will do, on the other side's doing X; not a story ("lifted them in return for X")
        return traded if traded.pos_ in ("VERB", "AUX") and not told_as_past(traded, sentence.words.speech) else None
    # "only when X", "only once X": the parser often takes the mark for an adverb
    adverb = token.dep_ == "advmod" and lower in ("when", "once") and token.head.dep_ == "advcl"
    if token.dep_ not in ("prep", "mark") and not adverb:
        return None
    lasting = lasting_verb(sentence, token)
    if lasting is not None:
        # not a story: "nothing had been received, while Putin said X" sets no term
        return lasting if _denied(sentence, lasting) and not told_as_past(lasting, sentence.words.speech) else None
    verb = token.head if token.dep_ == "prep" else token.head.head
    if token.dep_ != "prep" and token.head.dep_ not in ("advcl", "conj"):
        return None
    if verb.pos_ == "NOUN" and lower in NEGATED and polarity.says_no(verb):
        return verb  # "the caveat: no signature until Armenia rewrites its constitution"
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if lower == "unless":
        return verb
    if lower == "if" and token.dep_ == "mark" and _warns(sentence, token.head):
        return verb  # "tariffs will follow if Moscow does not agree to X": X is demanded
    if lower in ONLY and (token.i > 0 and sentence.sdoc[token.i - 1].lower_ == "only" or any(
            c.dep_ == "advmod" and c.lower_ == "only" and c.i < token.i
            for c in (*verb.children, *_complements(verb)))) and not _story(sentence, verb):
        return verb  # "only after X", "can only be held after X", "are only possible if X"
    if lower in NEGATED and _denied(sentence, verb) and not told_as_past(verb, sentence.words.speech):
        return verb
    if lower == "until" and _keeps(verb) and _kept_up(sentence, verb):
        return verb  # "this would remain so until Islamabad stops X", "the ban stays until X"
    return None


def _keeps(verb: Token) -> bool:
    """Whether a verb tells a state kept up ("remains", "stays") or a thing kept as it is
    ("keeps the treaty in abeyance", "keeps fighting", "the treaty will be held in abeyance")."""
    return verb.lemma_ in STAYING or verb.lemma_ in KEEPING and any(
        c.dep_ in ("dobj", "xcomp", "auxpass") for c in verb.children)


def _kept_up(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of a state kept up tells a decision: in the future ("will remain"), or in
    the present, which a decided measure is told in ("the ban stays until X"), or as what a
    party means or is entitled to do ("has the right to keep it so until X"); not a chance
    ("may remain") nor a story ("the curfew stayed until dawn")."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if auxiliaries and all(c.tag_ == "TO" for c in auxiliaries):
        if any(c.dep_ == "nsubj" for c in verb.children):
            return False  # "wants the monitors to remain until X": whether they stay is not theirs to set
        return not any(told_as_past(a, sentence.words.speech) for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))
    if auxiliaries:
        return any(c.lower_ in FUTURE for c in auxiliaries)
    return verb.tag_ in ("VBZ", "VBP")


def _story(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb and the clauses above it tell what happened ("the truce came only after
    its forces had hit back"), not what will happen only then ("would take effect only after
    the banks | were reconnected", however the parser hangs the condition)."""
    return told_as_past(verb, sentence.words.speech) and not any(has_modal(a) for a in verb.ancestors)


def _complements(verb: Token) -> list[Token]:
    """The children of a copula's complement ("are | only possible"), where "only" may hang."""
    return [g for c in verb.children if c.dep_ in ("acomp", "attr") for g in c.children]


def _denied(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb is negated, or a modal verb's subject or object is denied ("no peace
    can last while X", "there will be no talks until X", "will hold no talks while X"; not
    "there had been no talks, while X")."""
    if polarity.negated(sentence, verb) or any(
            c.dep_ == "acomp" and c.lemma_.lower() in sentence.words.impossible_words for c in verb.children):
        return True  # "talks will not resume until X", "peace is impossible until X"
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") and polarity.says_no(c) for c in verb.children)


def _warns(sentence: Sentence, condition: Token) -> bool:
    """Whether an "if" clause names a failure: negated, or "fails (refuses) to"."""
    return polarity.negated(sentence, condition) or condition.lemma_ in sentence.words.governing_reversers and any(
        c.dep_ == "xcomp" for c in condition.children)


def _warned(sentence: Sentence, condition: Token, holders: list[Holder]) -> bool:
    """Whether the one a warning's condition names is also who the consequence befalls:
    the sentence reports the threat, it does not make it."""
    warned = {sentence.party(h.actor) for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")
              for h in phrase_holders(sentence, c) if h is not COMMENTATOR}
    return bool(warned & {sentence.party(h.actor) for h in holders})
