"""Which words of a parsed sentence are stance cues (``cues.yaml``), checked in context.

A lemma may be a cue only with its particle ("call for", "rule out"), only hyphenated
("non-negotiable"), or, for a preposition, only as a predicate ("Russia is against X").
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from stancegraph.loaders.extraction.sentence import (NOBODY, Sentence, adverbs_between, copula_preposition, first_child,
                                                     inverted_condition, neither_nor, says_no, to_infinitive)
from stancegraph.schema import Cue


def cue_of(sentence: Sentence, token: Token) -> Cue | None:
    """The cue a token is, if any, checking its particle ("call for") and hyphenation."""
    lexicon = sentence.resources.lexicon
    candidates = lexicon.cues_for(token.lemma_.lower(), token.pos_, token.lower_)
    if not candidates and token.pos_ == "PROPN":
        candidates = lexicon.cues_for(token.lemma_.lower(), "NOUN", token.lower_)
    if not candidates and not (token.pos_ == "VERB" and token.lemma_ in sentence.words.refusable_verbs):
        return None  # no cue word: the tests below are for the words that may be one
    if token.lemma_ == "say" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return None  # "said no to X" refuses X; "No, Bayramov said" answers a question
    if token.pos_ == "ADP" and token.lemma_ in RULING_OUT and not _rules_out(sentence, token):
        return None  # only in its idiom: "not up for negotiation", not "up to Kyiv to decide"
    if semi_modal_complement(sentence, token) is not None:
        return None  # "Russia needs to accept X, Merz said": a modal, not Russia's need
    if reporters_question(token):
        return None  # "Asked about the demand, the minister said ...": the reporter asked
    if proviso_clause(token) is not None:
        return None  # "provided that X": a condition, not a providing
    if _circumstances(sentence, token):
        return None  # "conditions of detention", "conditions in the camps": how things are there
    if _sees_signs(sentence, token):
        return None  # "had seen no sign of troops leaving": what is observed, not wished
    if _taken_away(token):
        return None  # "children taken to Russia": carried off, not a case taken to a court
    if _any_such(token):
        return None  # "no deal signed by Kinshasa would be recognised": any such deal, signed or not
    if token.lemma_ == "concession" and any(t.lemma_.lower() in sentence.words.franchise_words
                                            for t in token.subtree if t.i != token.i):
        return None  # "the Russian railway concession", "a concession by a mining firm": a franchise
    if token.pos_ == "ADP" and (token.head.lemma_ not in sentence.words.predicate_heads
                                or token.head.pos_ not in ("VERB", "AUX")):
        # a preposition is a stance only as a predicate: "Russia is against X", "campaigned
        # against X"; not in a noun's phrase ("a campaign against scam networks": acting on them)
        return None
    if _judged_as(sentence, token):
        # "would regard troops in Ukraine as a direct threat": what the object is called, a
        # danger named, not a threat made
        judging = next((c for c in candidates if c.evaluative), None)
        if judging is not None:
            return judging
    chosen: Cue | None = None
    for cue in candidates:
        if "-" in cue.lemma:
            prefix = cue.lemma.split("-")[0]
            if token.i < 2 or sentence.sdoc[token.i - 2].lower_ != prefix:
                continue
        if cue.with_word:
            if has_word(token, cue.with_word) and _companion_beside(token, cue.with_word):
                return cue
            continue
        chosen = chosen or cue
    if chosen is None and token.pos_ == "VERB" and token.lemma_ in sentence.words.refusable_verbs and refused(token):
        return _refusable(token.lemma_)  # its refusal rejects
    return chosen


COMPANIONS = {"along": "with"}
"""Particles a cue takes only with a preposition beside them: "go along with X"."""


def _companion_beside(token: Token, word: str) -> bool:
    """Whether a cue's word that needs a preposition beside it has one ("went along | with
    the plan"), not "went along the border"."""
    companion = COMPANIONS.get(word)
    return companion is None or any(c.dep_ == "prep" and c.lower_ == companion for c in token.children)


RULING_OUT = {"up": "for", "out": "of", "off": None}
"""The prepositions that are a cue only in an idiom, with the preposition between them and
its noun: "(not) up for negotiation", "out of the question", "off the table"."""
IDIOM_NOUNS = {"out": frozenset({"question"}), "off": frozenset({"table"})}


def _rules_out(sentence: Sentence, word: Token) -> bool:
    """Whether a preposition of ``RULING_OUT`` is the predicate of its idiom: "the border is
    not up for negotiation" (or any noun of bargaining: "not up for grabs"), "a withdrawal
    is out of the question", "NATO membership is off the table"."""
    nouns = IDIOM_NOUNS.get(word.lemma_, sentence.words.bargaining_nouns)
    linking = RULING_OUT[word.lemma_]
    heads = [c for c in word.children if c.dep_ == "prep" and c.lower_ == linking] if linking else [word]
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in nouns or g.lower_ in nouns)
               for head in heads for g in head.children)


def _judged_as(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun is what a verb of judging calls its object ("regard X as a threat",
    "called it a threat")."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        return judge_of(sentence, noun.head) is not None
    return noun.dep_ == "oprd" and noun.head.lemma_ in sentence.words.judging_verbs


def judge_of(sentence: Sentence, word: Token) -> Token | None:
    """The verb of judging with an object that an "as" says what of, also where the parser
    hangs the "as" inside the object ("regard troops deployed in Ukraine | as a threat")."""
    verb = word.head
    while verb.dep_ in ("acl", "pobj", "prep", "dobj") and verb.lemma_ not in sentence.words.judging_verbs:
        verb = verb.head
    judging = verb.lemma_ in sentence.words.judging_verbs and any(c.dep_ == "dobj" for c in verb.children)
    return verb if judging else None


def _sees_signs(sentence: Sentence, verb: Token) -> bool:
    """Whether "see" has a noun of evidence for its object ("had seen no sign of X", "sees
    evidence that X"): an observation, where "would like to see X" wishes it."""
    return verb.lemma_ == "see" and any(c.dep_ == "dobj" and c.lemma_ in sentence.words.evidence_nouns
                                        for c in verb.children)


def _taken_away(verb: Token) -> bool:
    """Whether "take" is a passive with no agent ("a child taken to Russia", "were taken to
    the camps"): people or things carried off, where "Kyiv took the case to the court" puts
    a case forward."""
    passive = verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children))
    return verb.lemma_ == "take" and passive and not any(c.dep_ == "agent" for c in verb.children)


ANY_SUCH = frozenset({"no", "any"})
"""Determiners by which a noun stands for whatever would fit its description."""


def _any_such(verb: Token) -> bool:
    """Whether a participle only describes a noun that stands for anything it would fit ("no
    deal signed by Kinshasa", "any agreement reached without Kyiv"): no one is said to have
    done it."""
    noun = verb.head
    # the parser may hang the determiner on a compound: "no | minerals deal"
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
        t.dep_ == "det" and t.lower_ in ANY_SUCH for t in noun.subtree if t.i < noun.i)


def _circumstances(sentence: Sentence, noun: Token) -> bool:
    """Whether "conditions" are how things are somewhere ("conditions of detention",
    "conditions in the camps"), not terms set ("the conditions of the truce"): no one's, and
    "of" or "in" a thing no party and no topic names, or only a topic's opposite does."""
    if noun.lemma_ != "condition" or noun.tag_ != "NNS" or any(c.dep_ == "poss" for c in noun.children):
        return False
    named = {i for m in sentence.topic_matches if not m.opposite for i in m.tokens}
    return any(c.dep_ == "prep" and c.lower_ in ("of", "in", "inside", "at") and any(
        g.dep_ == "pobj" and g.i not in named and g.i not in sentence.mentions for g in c.children)
        for c in noun.children)


PROVISOS = frozenset({"provided", "providing"})
"""Participles used as conjunctions of a condition ("will sign provided that Moscow withdraws")."""


def proviso_clause(token: Token) -> Token | None:
    """The clause a "provided (that)" or "providing" opens when ``token`` is that conjunction
    ("remains committed, provided that Cambodia stops X"; "will accept a truce provided Moscow
    frees X", where the parser hangs the clause on the verb): a condition, not a providing."""
    if token.lower_ not in PROVISOS or token.dep_ not in ("prep", "advcl", "acl"):
        return None
    clause = next((c for c in token.children if c.dep_ in ("pcomp", "ccomp", "advcl")), None)
    if clause is None and token.dep_ == "acl" and not list(token.children):
        clause = next((c for c in token.head.head.children
                       if c.dep_ in ("ccomp", "advcl") and c.i > token.i), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    return clause


QUESTIONING = frozenset({"ask", "press", "question", "quiz"})
"""Verbs of asking that open an answer as a bare participle ("Asked about X, ...")."""
QUESTIONED_ON = frozenset({"about", "on", "over", "regarding", "whether", "if"})


def reporters_question(token: Token) -> bool:
    """Whether ``token`` is the participle of a reporter's question set before its answer:
    "Asked about a truce, the minister said ...", "Pressed on the demand, he ...". The
    question names the topic; asking for it ("Kyiv asked for a truce") is a demand."""
    return asking_participle(token) and any(c.lower_ in QUESTIONED_ON for c in token.children)


def asking_participle(token: Token) -> bool:
    """Whether ``token`` is a participle of asking with no subject of its own, set before the
    answer ("Asked whether X, ...", "Pressed on X, ...")."""
    return (token.lemma_ in QUESTIONING and token.tag_ == "VBN" and token.dep_ in ("advcl", "ccomp")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children))


@functools.lru_cache(maxsize=None)
def _refusable(lemma: str) -> Cue:
    """A verb that is a cue only when refused, as one: its negation makes the rejection."""
    return Cue(lemma=lemma, pos=("VERB",), stance="support", confidence=0.6)


REFUSING_AUXILIARIES = frozenset({"will", "wo", "would", "can", "ca", "could", "shall"})


def refused(verb: Token) -> bool:
    """Whether a party says it will not or cannot do ``verb``: "will not discuss", "would
    never consider", "cannot countenance"."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in REFUSING_AUXILIARIES for c in verb.children)


def has_word(token: Token, word: str) -> bool:
    """Whether ``word`` hangs from the cue: a particle, a preposition, an idiom's object
    ("poured cold water on"), a negation ("not negotiable"), or the head of its complement."""
    if (token.dep_ == "acomp" or token.pos_ == "ADP" and token.dep_ == "prep") and any(
            c.dep_ == "neg" and c.lower_ == word for c in token.head.children):
        return True  # "is not negotiable", "is not up for talks": the copula carries the negation
    if (preposition := copula_preposition(token)) is not None and preposition.lower_ == word:
        return True  # "remained cool | on X": the parser hangs the adjective's "on" on the copula
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and any(
            c.dep_ == "prep" and c.lower_ == word and c.i > token.i and adverbs_between(token.head, token.i, c.i)
            for c in token.head.children):
        return True  # "renewed its call (overnight) | for X": the parser hangs the noun's "for" on the verb
    if token.pos_ == "VERB" and not any(c.dep_ == "oprd" for c in token.children) and any(
            c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == word and g.i == c.i + 1
                                     for g in c.children) for c in token.children):
        # "asked partners | for more air defence": the parser hangs the verb's "for" on its
        # object (not "called the plans for X robbery", which names the plans)
        return True
    for child in token.children:
        if child.dep_ == "prep" and any(g.dep_ == "intj" and g.lower_ == word for g in child.children):
            return True  # "has said | no to X": the parser may hang the "no" on the "to"
        if child.lower_ == word and child.dep_ in ("prep", "prt", "advmod", "amod", "acomp", "compound", "dobj", "neg",
                                                   "intj"):
            if not _after_predicative(token, child) and not _fronted_phrase(token, child):
                return True
        if child.dep_ in ("xcomp", "ccomp", "advcl") and any(
                g.lower_ == word and g.dep_ in ("aux", "mark") for g in child.children):
            # "no decision had been taken to hold talks": a passive's infinitive is the
            # purpose of the deed, not the cue's word ("took the row to the court")
            return not (child.dep_ == "advcl" and any(c.dep_ == "auxpass" for c in token.children))
    return False


def _fronted_phrase(verb: Token, child: Token) -> bool:
    """Whether a verb's preposition opens the clause before it ("On water, he called X a
    threat"): it frames the clause, it is not the verb's own ("called on"), unless it
    carries a relative pronoun ("the truce for which Kyiv called")."""
    return verb.pos_ == "VERB" and child.dep_ == "prep" and child.i < verb.i and not any(
        g.tag_ in ("WDT", "WP") for g in child.children)


def _after_predicative(token: Token, child: Token) -> bool:
    """Whether a preposition the parser hangs on the verb follows what the verb calls its
    object: "called it dead | on arrival" names the plan dead, it does not call on anyone."""
    return child.dep_ == "prep" and any(c.dep_ == "oprd" and token.i < c.i < child.i for c in token.children)


def obliged(sentence: Sentence, verb: Token) -> bool:
    """Whether a modal of obligation governs ``verb``: "must accept", "should stop", or a
    semi-modal with "to" ("has to accept", "needs to stop"; not "has a plan to", nor the
    delay of "has yet to")."""
    words = sentence.words
    if inverted_condition(verb):
        return False  # "should Moscow win the case": a condition, not an obligation
    if any(c.dep_ == "aux" and c.lower_ in words.obligation for c in verb.children):
        return True
    if _prescribed_by_copula(verb) or _up_to(verb) or unwarranted(sentence, verb):
        return True  # "has no right to X" is "must not X", said by whoever says it
    return (verb.dep_ == "xcomp" and verb.head.lemma_ in words.semi_modals
            and to_infinitive(verb)
            and not any(c.dep_ == "dobj" or c.lower_ == "yet" for c in verb.head.children))


def unwarranted(sentence: Sentence, verb: Token) -> bool:
    """Whether an infinitive hangs on a denied warrant to do it: "has no right to give up
    land", "neither a legal nor a moral right to X" (where the parser joins "right" to the
    first term), "does not have the mandate to cede X", "no leader has the right to X"."""
    noun = verb.head
    # the infinitive is the noun's clause, which the parser may take for a relative one
    if verb.dep_ not in ("acl", "relcl") or noun.lemma_ not in sentence.words.entitlement_nouns or not to_infinitive(verb):
        return False
    first = noun.head if noun.dep_ == "conj" else noun
    if says_no(noun) or neither_nor(noun) or neither_nor(first):
        return True
    # "does not have the right", or "no leader has the right", "nobody has a mandate to X"
    return first.dep_ == "dobj" and any(c.dep_ == "neg" or c.dep_ == "nsubj" and (says_no(c) or c.lower_ in NOBODY)
                                        for c in first.head.children)



def _prescribed_by_copula(verb: Token) -> bool:
    """"The only way forward is for Baku to sign X", "it is time for Moscow to accept X": a
    "for ... to" clause with its own subject, said to be what is needed."""
    needed = verb.head.lemma_ == "be" and verb.dep_ in ("advcl", "ccomp", "xcomp", "attr") or (
        verb.head.lemma_ == "time" and verb.dep_ in ("relcl", "acl"))
    return needed and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and to_infinitive(verb) and any(
        c.dep_ == "nsubj" for c in verb.children)


def _up_to(verb: Token) -> bool:
    """"It is up to Cambodia to announce a truce first": whose turn it is to act, said by the
    speaker."""
    copula = verb.head
    return copula.lemma_ == "be" and verb.dep_ in ("advcl", "xcomp", "ccomp") and to_infinitive(verb) and any(
        p.dep_ in ("prep", "advmod") and p.lower_ == "up" and any(g.lower_ == "to" for g in p.children)
        for p in copula.children)


def semi_modal_complement(sentence: Sentence, verb: Token) -> Token | None:
    """The verb a semi-modal obliges ("a truce has to | come first"), or None."""
    if verb.lemma_ not in sentence.words.semi_modals:
        return None
    complement = first_child(verb, "xcomp")
    return complement if complement is not None and obliged(sentence, complement) else None


def obliged_conjunct(sentence: Sentence, verb: Token) -> Token | None:
    """A verb joined to ``verb`` that shares its subject and carries an obligation: "the
    suspension was an act of aggression and | had to be reversed" (the semi-modal's verb)."""
    for conjunct in verb.children:
        if conjunct.dep_ != "conj" or conjunct.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children):
            continue
        conjunct = semi_modal_complement(sentence, conjunct) or conjunct
        if obliged(sentence, conjunct):
            return conjunct
    return None
