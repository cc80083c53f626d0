"""Evaluations: what a party says a topic is, as its stance on it.

"The truce is a step in the right direction", "Sanctions are unjustified", "Hun Manet called
the truce a sound outcome", "Moscow reacted coolly to the offer": a positive
evaluation supports the topic, a negative one rejects it (``evaluation``: VADER's lexicon
and the language of negotiations). The holder is whoever says it: the framing verb's
subject, the speaker of the quotation or of the speech verb above, an "according to"
source, or "for X". No holder, no claim: the journalist's own adjectives are no position.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import polarity
from stancegraph.loaders.extraction.attribution import according_to, speaker_of
from stancegraph.loaders.extraction.evaluation import STRONG, evaluation, phrase_of
from stancegraph.loaders.extraction.filters import AWAITING
from stancegraph.loaders.extraction.holders import phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.passes.conditions import lasts_while, made_dependent
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import (COMMENTATOR, Holder, Sentence, TopicMatch, first_child, named_as,
                                                     says_no, to_infinitive)
from stancegraph.loaders.extraction.topics import anaphoric_topics, in_question, names_what_ends, pointed_topic
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

EQUATING_VERBS = frozenset({"amount", "constitute", "represent", "equal"})
"""Verbs that say what their subject is ("seizing the assets would amount to theft")."""


class Evaluations:
    name = "evaluations"

    def __init__(self, resources: PackResources):
        pass

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        judged_topics: set[int] = set()
        everything = set(range(len(sentence.sdoc)))
        # "Belgium called the proposal reckless", "the release was out of the question": a
        # noun standing for a topic named before, judged by the one who calls it so
        pointing = [m for m in anaphoric_topics(sentence, everything, set()) if _judged_noun(sentence, m.root)]
        matches = [*sentence.topic_matches, *pointing]
        # "Asked whether X, he said that was unnecessary": the answer judges what was asked
        matches = [m for m in matches if not in_question(m.root)] or pointed_topic(sentence, everything)
        for match in matches:
            judged = _judged(sentence, match)
            if judged is None:
                continue
            verb, words, judges = judged
            marks = sentence.words.condition_marks | AWAITING
            if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
                continue  # "will decide once the shape of a truce is clear": awaited, not judged
            if lasts_while(sentence, verb):
                continue  # "talks would go nowhere as long as the fighting went on": terms, not a judgement
            framed = _noun_of(match).i != match.root.i  # "the American proposal for a truce"
            if match.root.i in reading.covered and judges is None and not framed:
                continue  # read by a cue already, unless a judge or a frame of its own
            value = evaluation(sentence.words, words)
            if polarity.negated(sentence, verb) and not _corrected(verb):
                value = -value
            if _denied_subject(match, verb):
                value = -value  # "no wider dialogue is on the table"
            opinion = _opinion(sentence, verb)
            if opinion is not None and polarity.negated(sentence, opinion):
                value = -value  # "does not think X is the right forum"
            if abs(value) < STRONG:
                continue
            holders = judges if judges is not None else _speaker(sentence, verb, words)
            if not holders or COMMENTATOR in holders:
                continue
            if _wanted_without(match):
                value = -value  # "a truce without guarantees is meaningless": asks for them
            stance = "support" if value > 0 else "reject"
            # judging the contrary, or the topic stopped ("the suspension of the treaty"),
            # judges the topic the other way
            if match.opposite != polarity.halted(sentence, verb, match, by_cue=False):
                stance = "reject" if stance == "support" else "support"
            if _names_what_ends(sentence, match):
                stance = "reject" if stance == "support" else "support"  # "the FDLR is the problem"
            deed = _deed_of(match) or _purposed(sentence, match)
            if deed is not None and polarity.is_reverser(sentence, deed) and (
                    deed.lemma_ not in sentence.resources.naming_words.get(match.topic, ())) and (
                    not polarity.listed(deed, sentence.words.stoppings)) and (  # a stop is counted as halted
                    polarity.joined_stop(sentence, deed) is None):
                stance = "reject" if stance == "support" else "support"  # "abandoning the truce is unthinkable"
            if stance == "reject" and polarity.lacks(match, sentence.topic_matches):
                continue
            # "the strikes were a cowardly act of war": another side's use condemned, an
            # accusation, where the topic is a party's own use of force
            condemned = stance == "reject" and match.topic in sentence.resources.own_deeds
            for holder in () if condemned else holders:
                claims.append(sentence.claim(holder, stance, match.topic, (), None,
                                             WEIGHTS.evaluation * holder.confidence))
            judged_topics.add(match.root.i)  # judged once: no later pass reads it again
            if deed is not None:
                judged_topics.add(deed.i)  # nor the deed judged ("the decision to sign X was a mistake")
        return Found(tuple(claims), frozenset(judged_topics))


def _judged_noun(sentence: Sentence, noun: Token) -> bool:
    """Whether ``noun`` is what a judging verb calls something, or the subject of a "to be"
    that says what it is."""
    words = sentence.words
    return (noun.dep_ == "dobj" and noun.head.lemma_ in words.judging_verbs
            or noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ in words.copulas)


def _names_what_ends(sentence: Sentence, match: TopicMatch) -> bool:
    """Whether a cessation's phrase is only the name of what it would end (a group whose
    disarming is the topic): judging the group badly is for ending it."""
    # not "giving up Donetsk", "the loss of Donetsk": what is done to it is judged
    return names_what_ends(sentence, match) and _deed_of(match) is None and _noun_of(match).i == match.root.i


def _wanted_without(match: TopicMatch) -> bool:
    """Whether the topic is what the judged noun phrase lacks ("a truce without | guarantees")."""
    noun = _noun_of(match)
    return any(t.dep_ == "prep" and t.lower_ == "without" for t in match.root.ancestors
               if noun in t.ancestors)


def _deed_of(match: TopicMatch) -> Token | None:
    """The gerund the topic is the object of (or hangs from by a preposition), when that
    gerund is the subject judged: "giving up Crimea | is out of the question"."""
    object_of = match.root
    if object_of.dep_ == "pobj" and object_of.head.dep_ == "prep":
        object_of = object_of.head  # "returning Ukraine | to its 1991 borders | is unrealistic"
    deed = object_of.head
    if object_of.dep_ in ("dobj", "prep") and deed.tag_ == "VBG" and deed.dep_ in ("csubj", "nsubj"):
        return deed
    return None


OBJECT_LINKS = frozenset({"dobj", "pobj", "prep", "pcomp", "acl", "relcl", "nsubj", "nsubjpass", "dative",
                          "compound", "amod", "poss", "conj"})
"""The links from a word up to the verb whose object it describes: its object, the object's
phrases and clauses, a verb joined to it ("to stop or | divert X")."""


def _purposed(sentence: Sentence, match: TopicMatch) -> Token | None:
    """The infinitive the topic is the object of, when a noun of purpose owns it and that
    noun is what is judged: "the decision | to suspend the truce | was a mistake", "called
    any attempt to abandon X reckless"."""
    # the topic the infinitive's object, or the infinitive in its phrase ("a plan to halt aid"),
    # or in what describes the object ("a bid to stop water | owed under the treaty", "water
    # | that the treaty allots")
    verb = match.root
    while not (verb.dep_ == "acl" and verb.tag_ == "VB" and to_infinitive(verb)):
        if verb.dep_ not in OBJECT_LINKS or verb.head.i == verb.i:
            return None
        verb = verb.head
    noun = verb.head
    words = sentence.words
    judged = (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ in words.copulas
              or noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_ in words.judging_verbs
              or _equated(noun) is not None)
    return verb if noun.lemma_ in words.purpose_nouns and judged else None


def judges_purpose(sentence: Sentence, token: Token) -> bool:
    """Whether this pass reads ``token`` as a deed judged, or the noun of its purpose ("the
    decision to sign X was a mistake", "called the plan to halt X a betrayal"): the cue
    passes leave it alone."""
    for match in sentence.topic_matches:
        purposed = _purposed(sentence, match)
        judged = _judged(sentence, match) if purposed is not None and token.i in (purposed.i, purposed.head.i) else None
        if judged is not None and abs(evaluation(sentence.words, judged[1])) >= STRONG:
            return True
    return False


def _denied_subject(match: TopicMatch, verb: Token) -> bool:
    """Whether the topic is the subject of the judging verb under a "no" of its own ("no
    dialogue is on the table", "no truce would be acceptable"): the judgement is denied."""
    noun = _noun_of(match)
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i and says_no(noun)


def _noun_of(match: TopicMatch) -> Token:
    """The noun phrase the topic heads or sits in ("the idea of a truce" -> "idea")."""
    node = match.root
    while True:
        if node.dep_ == "compound":
            node = node.head
        elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head
        else:
            return node


def _judged(sentence: Sentence, match: TopicMatch) -> tuple[Token, list[Token], list[Holder] | None] | None:
    """The verb of a judgement on the topic, the words that judge it, and the judges when
    the verb names them ("X called the truce ..."): None when the topic is judged by no one."""
    purposed = _purposed(sentence, match)
    noun = _deed_of(match) or (purposed.head if purposed is not None else _noun_of(match))
    verb = noun.head
    words = sentence.words
    if noun.dep_ in ("nsubj", "nsubjpass", "csubj") and verb.lemma_ in words.copulas:
        if made_dependent(sentence, verb):
            return None  # "a truce was conditional on X": what it depends on, not what it is worth
        # "was dead | on arrival", "was | out of touch with reality": the parser may hang an
        # idiom on the verb as a preposition
        # not the end a means serves: "the fairest place | to resolve the bitter argument"
        aims = {t.i for c in verb.children if c.dep_ in COMPLEMENTS for t in _means_aim(c)}
        complement = [t for c in _corrected(verb) or verb.children if c.dep_ in ("acomp", "attr", "oprd", "xcomp")
                      or c.dep_ == "prep" and c.i > noun.i for t in c.subtree
                      if t.i not in aims and not _restates(sentence, match, c, t)]
        return (verb, complement, None) if complement else None
    if noun.dep_ == "attr" and verb.lemma_ in words.copulas:
        # "the only acceptable outcome is X", "the best way out remains X": the subject's own
        # words judge what it is said to be (not its tail: "the obstacle to peace"). Only
        # praise: "the obstacles remain X" may mean X not done yet
        subject = first_child(verb, "nsubj")
        judging = [subject, *(t for c in subject.children if c.dep_ in ("amod", "compound")
                              for t in c.subtree)] if subject is not None else []
        return (verb, judging, None) if evaluation(words, judging) >= STRONG else None
    if noun.dep_ == "conj" and noun.head.dep_ == "nsubj":
        noun, verb = noun.head, noun.head.head  # "violence and dialogue cannot coexist"
    if noun.dep_ in ("nsubj", "csubj") and verb.pos_ == "VERB":
        # "X would bring nothing", "the truce must come first", "shelling and dialogue cannot
        # go hand in hand": a judgement in the verb phrase itself, only as a listed phrase (a
        # verb's own valence reports, not judges)
        phrase = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt", "dobj", "acomp")),
                  *(t for c in verb.children if c.dep_ in ("npadvmod", "prep") for t in c.subtree)]
        # "cannot run in parallel with terror": what it is paired with does not judge it
        paired = {t.i for c in phrase if c.dep_ == "pobj" and c.head.lower_ == "with" for t in c.subtree}
        phrase = [t for t in phrase if t.i not in paired]
        if phrase_of(words, phrase):
            return verb, phrase, None
    equated = _equated(noun)
    if equated is not None:
        complement = [t for c in equated.children if c.dep_ in ("dobj", "attr", "oprd")
                      or c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree]
        return (equated, complement, None) if complement else None
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_ in words.judging_verbs:
        # "Moscow called the plan theft": Moscow judges; "any use of the assets would be
        # treated as theft": whoever says so
        complement = [t for c in named_as(verb, noun) for t in c.subtree]
        subject = first_child(verb, "nsubj") if noun.dep_ == "dobj" else None
        judges = phrase_holders(sentence, subject) if subject is not None else None
        return (verb, complement, judges) if complement else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_ in words.reaction_verbs:
        reaction = noun.head.head  # "reacted warmly to the offer"
        manner = [t for c in reaction.children if c.dep_ in ("advmod", "prep") and c.i != noun.head.i for t in c.subtree]
        subject = first_child(reaction, "nsubj")
        judges = phrase_holders(sentence, subject) if subject is not None else None
        return (reaction, manner, judges) if manner else None
    return None


COMPLEMENTS = ("acomp", "attr", "oprd")


MEANS = frozenset({"way", "place", "forum", "venue", "means", "tool", "path", "avenue", "mechanism",
                   "instrument", "route", "channel", "vehicle"})
"""Nouns of a means to an end: "the fairest place to end the argument" judges the place by
its adjective, and the end it serves ("the argument") says nothing of its worth."""


def _means_aim(noun: Token) -> list[Token]:
    """The words of the end a means noun judged by its own adjective serves: "the best way |
    to settle the dispute" (but "a way to humiliate Thailand" is judged by its end)."""
    if noun.lemma_ not in MEANS or not any(c.dep_ == "amod" for c in noun.children):
        return []
    return [t for c in noun.children if c.dep_ in ("relcl", "acl") and to_infinitive(c) for t in c.subtree]


def _corrected(verb: Token) -> list[Token]:
    """The complements a negated copula asserts after "but": in "X is not a prize but an
    obligation", what X is said to be (and not what it is not). The parser hangs "but ..."
    on the copula or on the first complement."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return []
    complements = [c for c in verb.children if c.dep_ in COMPLEMENTS]
    but = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "but"), None)
    if but is not None and any(c.i < but.i for c in complements):
        return [c for c in complements if c.i > but.i]
    for complement in complements:
        if any(c.dep_ == "cc" and c.lower_ == "but" for c in complement.children):
            return [c for c in complement.children if c.dep_ == "conj"]
    return []


def _restates(sentence: Sentence, match: TopicMatch, complement: Token, token: Token) -> bool:
    """Whether a copula's complement noun says what kind of thing the topic is in the
    topic's own words ("Kashmir is the core dispute" of the Kashmir dispute): no judgement,
    unless the word is a judgement wherever it stands ("using the assets would be theft")."""
    words, lemma = sentence.words, token.lemma_.lower()
    return (token.i == complement.i and complement.dep_ == "attr"
            and lemma in sentence.resources.naming_words.get(match.topic, ())
            and lemma not in words.negative_evaluations and lemma not in words.positive_evaluations)


def _equated(noun: Token) -> Token | None:
    """The equating verb whose subject the topic is or stands in ("the seizure of X would
    constitute theft", "seizing X would amount to theft")."""
    for node in (noun, *noun.ancestors):
        if node.dep_ in ("nsubj", "csubj") and node.head.lemma_ in EQUATING_VERBS:
            return node.head
        if node.dep_ not in ("dobj", "pobj", "prep", "compound", "amod", "nsubj", "csubj"):
            return None
    return None


def _opinion(sentence: Sentence, verb: Token) -> Token | None:
    """The verb of opinion whose clause the judgement is ("believes | X is the wrong forum")."""
    return verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ in sentence.words.opinion_verbs else None


def _speaker(sentence: Sentence, verb: Token, judging: list[Token]) -> list[Holder]:
    """Who says the judgement: the quotation's speaker, the subject of the speech verb above,
    a judge named with "for" ("a disaster for Kyiv"), or an "according to" source."""
    speakers = speaker_of(sentence, verb)
    if speakers is not None:
        return speakers
    opinion = _opinion(sentence, verb)
    subject = first_child(opinion, "nsubj") if opinion is not None else None
    if subject is not None:
        return phrase_holders(sentence, subject)  # "Bangkok believes X is the wrong forum"
    for child in [*verb.children, *judging]:
        if child.dep_ == "prep" and child.lower_ == "for":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found = phrase_holders(sentence, pobj)
                if found:
                    return found
    return according_to(sentence)
