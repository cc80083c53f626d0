"""Scope: the tokens of the clause a cue governs, where its topics are looked for.

"opposed the idea of foreign troops joining the force that the mediators proposed" keeps
the relative clause, which has a holder of its own, out of the first cue's scope. Time and
circumstance phrases ("after the talks"), a coordinated second predicate, and clauses
across a semicolon are outside the scope too.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction.cues import judge_of, proviso_clause
from stancegraph.loaders.extraction.polarity import preferred_over
from stancegraph.loaders.extraction.sentence import (Sentence, TopicMatch, adverbs_between, copula_preposition,
                                                     first_child, has_auxiliary, has_modal, names_pair, to_infinitive,
                                                     told_as_past)
from stancegraph.schema import Cue

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
NOT_IN_SCOPE = {"nsubj", "csubj", "advcl", "cc", "parataxis", "mark", "punct", "aux", "auxpass", "neg", "expl"}
"""Dependents of a clause that are never part of what a cue is about."""
CONTAINING = frozenset({"include", "contain", "provide", "foresee", "envisage", "stipulate", "outline"})
"""Verbs of a relative clause that, hung on a party's name, still speak of a text ("signed
principles in Doha, which include X": the parser's slip for the principles)."""


def _plan_says(verb: Token, words) -> bool:
    """``verb`` tells what a plan holds: "proposals suggesting Kyiv should cede land"."""
    return verb.dep_ == "acl" and verb.head.lemma_ in words.draft_nouns


def _content_named(sentence: Sentence, noun: Token) -> bool:
    """Whether a cue noun names what it asks for itself ("the request for a council
    meeting"): then what a copula says of it is a judgement, not its content ("... was an
    attempt to internationalise a bilateral matter")."""
    if noun.lemma_ in sentence.words.condition_nouns:
        return False  # "the prerequisite for a treaty is X": the "for" names what waits on X
    asked = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
    return any(m.root.i in asked for m in sentence.topic_matches)


def cue_scope(sentence: Sentence, token: Token, cue: Cue) -> set[int]:
    """Token indices of the clause whose topics the cue is about."""
    words = sentence.words
    roots: list[Token] = [token]
    head = token.head
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.lemma_ not in words.frame_nouns:
        # "signalled openness | to a truce": the parser hangs the noun's object on the verb
        roots += [c for c in head.children if c.dep_ in ("prep", "dative") and c.i > token.i
                  and c.lower_ in words.object_prepositions and adverbs_between(head, token.i, c.i)]
    if token.dep_ == "csubj" and head.lemma_ in words.copulas and any(
            c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass", "pobj") for c in token.children):
        # "what Kyiv wants is a ceasefire", "what is needed first is X": the cleft's complement
        roots += [c for c in head.children if c.dep_ in ("attr", "acomp", "ccomp", "xcomp")]
    preposition = copula_preposition(token) if token.pos_ == "ADJ" else None
    if preposition is not None and preposition.lower_ in words.object_prepositions:
        roots.append(preposition)  # "remained cool | on mediation", "stayed open | to talks"
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and head.lemma_ in words.meeting_verbs:
        # "the plan faced resistance from Belgium", "the offer drew support from Kyiv"
        roots += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "attr") and not _acts(sentence, token, head) and not (
            token.dep_ == "nsubj" and _content_named(sentence, token)):
        roots += [c for c in head.children if c.dep_ in ("attr", "xcomp", "acomp", "ccomp", "dobj", "oprd")
                  and c.i != token.i and not across_semicolon(sentence, c)]  # "X; that is Delhi's decision"
        if token.dep_ == "attr":
            roots += [c for c in head.children if c.dep_ == "nsubj"]
    if token.pos_ in ("NOUN", "PROPN", "ADJ") and token.dep_ in ("pobj", "amod") and head.lemma_ == "as":
        verb = judge_of(sentence, head) or head.head
        roots += [c for c in verb.children if c.dep_ == "dobj"]
        if verb.pos_ == "VERB" and verb.lemma_ not in words.framing_verbs:
            roots.append(verb)  # "names joining NATO as its aim"
        if verb.dep_ == "relcl":
            roots += _antecedent(sentence, verb)
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and head.lower_ == "among":
        # "among Moscow's demands is X", "chief among Baku's demands is X"
        copula = head.head.head if head.head.dep_ == "nsubj" else head.head
        if copula.lemma_ in words.copulas:
            roots += [c for c in copula.children if c.dep_ in ("attr", "nsubj", "nsubjpass")
                      and c.i != head.head.i and c.i != head.i]
    if token.pos_ == "ADJ" and cue.stance == "propose" and token.dep_ == "acomp":
        # "his good offices remain available": a thing said to be on offer is what is offered
        roots += [c for c in head.children if c.dep_ == "nsubj" and c.i not in sentence.mentions
                  and c.lower_ not in words.pronouns]
    if token.pos_ == "ADJ" and cue.evaluative:
        roots += [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if token.dep_ in ("acomp", "attr", "oprd"):
            judged = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] + _clausal_subjects(head)
            if not judged and head.dep_ == "ccomp":
                # "told allies [a return to X] was unrealistic": the parser hangs X on "told"
                judged = [c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i][-1:]
            roots += judged
        roots += _judged_before(token)
    if token.pos_ == "ADP" and token.dep_ == "prep" and cue.evaluative:
        # "the border is not up for negotiation": the copula's subject is what is judged
        roots += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] + _clausal_subjects(head)
    if token.pos_ == "NOUN" and token.dep_ == "attr" and cue.evaluative:
        roots += [c for c in head.children if c.dep_ == "nsubj"] + _clausal_subjects(head)
    if token.dep_ == "conj" and token.pos_ == "VERB" and _passive(token) and not any(
            c.dep_ in SUBJECTS for c in token.children):
        # "X was proposed by A and accepted by B": the shared subject is what B accepts
        roots += [c for c in head.children if c.dep_ == "nsubjpass"]
    if token.dep_ == "acl" and token.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN"):
        # "the truce brokered by Washington", "the memorandum of understanding signed in Jeddah"
        roots.append(_whole_phrase(head))
    if token.dep_ == "amod" and token.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("npadvmod", "compound") and c.i in sentence.mentions for c in token.children):
        roots.append(head)  # "US-backed security guarantees"
    if token.pos_ == "NOUN":
        roots += _made_into(token)
    clause = token if token.pos_ == "VERB" else head
    thing = first_child(token, "dobj")
    # "the ceasefire he had said he wanted", "the moratorium, which Russia says it observes":
    # what he wanted (the relative pronoun, which the parser may make the object, stands for it)
    # "the withdrawal, which he said was non-negotiable": the relative word it judges
    if clause.i == token.i and (thing is None or thing.tag_ in ("WDT", "WP")) or _judges_relative(token, clause):
        while clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_ in words.speech:
            clause = clause.head
    if clause.dep_ == "relcl" and not _setting(sentence, clause):
        roots += _antecedent(sentence, clause)
    tokens: set[int] = set()
    for root in roots:
        tokens |= collect(sentence, root, is_root=(root.i == token.i))
    for target in _attack_target(sentence, token):
        tokens -= collect(sentence, target, is_root=False)  # "strikes aimed at terrorist camps"
    for noun in [sentence.sdoc[i] for i in tokens]:
        if noun.lemma_ in words.enquiry_nouns and noun.pos_ == "NOUN" and noun.i != token.i:
            # "sought reassurance about the route": to know more about it, not the route
            tokens -= {t.i for c in noun.children if c.dep_ == "prep" for t in c.subtree}
        if noun.pos_ == "NOUN" and noun.i != token.i and (
                noun.lemma_ in words.agenda_items or noun.lemma_ in words.part_nouns):
            # "accepted proposals on the points that had delayed the treaty": the points' past,
            # not what the proposals are about
            tokens -= {t.i for c in noun.children if c.dep_ == "relcl" and _told_before(c) for t in c.subtree}
    if cue.stance == "concede":
        for held in _others_view(sentence, token):
            tokens -= collect(sentence, held, is_root=False)
    return tokens


def _judges_relative(token: Token, copula: Token) -> bool:
    """Whether ``token`` is what a copula says of a relative word ("which he said | was
    unacceptable", "that Kyiv called | a red line"): the judgement of the clause's noun."""
    return token.dep_ in ("acomp", "attr", "prep") and token.head.i == copula.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in copula.children)


def _told_before(verb: Token) -> bool:
    """Whether a clause tells what has happened ("that had delayed X", "that have stalled X")."""
    return told_as_past(verb) or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _clausal_subjects(verb: Token) -> list[Token]:
    """What a clause as subject judges: "sending troops would be a mistake"; and "troops
    deployed to Ukraine would be targets", where the parser takes the participle for a
    clause and its noun for the clause's subject."""
    found = []
    for clause in (c for c in verb.children if c.dep_ == "csubj"):
        found.append(clause)
        if clause.tag_ == "VBN":
            found += [c for c in clause.children if c.dep_ == "nsubj"]
    return found


def _attack_target(sentence: Sentence, token: Token) -> list[Token]:
    """What an attack was aimed at ("the strikes were aimed at terrorist camps"): a target,
    not a goal of the one who aims ("aimed at ending the war" is one)."""
    subject = first_child(token, *SUBJECTS)
    if token.lemma_ != "aim" or subject is None or subject.lemma_ not in sentence.words.attack_nouns:
        return []
    return [c for c in token.children if c.dep_ == "prep" and c.lower_ == "at" and first_child(c, "pobj") is not None]


def _names_topic(sentence: Sentence, verb: Token) -> bool:
    """Whether what a naming verb calls something is a topic's phrase ("what he called the
    Zangezur corridor"), not a judgement of one ("what he called a selective reading of X")."""
    named = {c.i for c in verb.children if c.dep_ in ("oprd", "dobj", "attr") and c.lower_ != "what"}
    return any(m.root.i in named for m in sentence.topic_matches)


MAKING_VERBS = frozenset({"make"})
"""Verbs that make their object what the cue noun says: "made X a condition for Y"."""


def _made_into(noun: Token) -> list[Token]:
    """What a cue noun is made of ("Baku made the group's dissolution a condition", "made X
    one of its conditions"): the object of "make" before it, or the subject the parser
    gives the noun in the small clause."""
    said = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
        noun.head.head.pos_ == "NUM") else noun  # "one of its conditions"
    verb = next((a for a in said.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ not in MAKING_VERBS:
        return []
    # the parser may hang "one of ..." on the object as an apposition
    if not (said.dep_ in ("dobj", "oprd", "ccomp") and said.head.i == verb.i or said.pos_ == "NUM" and said.dep_ == "appos"):
        return []
    return [c for c in said.children if c.dep_ == "nsubj"] + [
        c for c in verb.children if c.dep_ == "dobj" and c.i < said.i]


def _others_view(sentence: Sentence, verb: Token) -> list[Token]:
    """The clauses under a concession that give another party's stand ("acknowledged that
    Baku still regarded X as its condition", "admitted that Moscow wants X"): what is granted
    is that they hold it, not X. "acknowledged that Moscow would keep X" grants X."""
    words = sentence.words
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
            and (c.i in sentence.cues or c.lemma_ in words.framing_verbs or c.lemma_ in words.speech
                 or c.lemma_ in words.belief)
            and any(s.dep_ == "nsubj" and s.i in sentence.mentions for s in c.children)]


def _acts(sentence: Sentence, noun: Token, verb: Token) -> bool:
    """Whether a cue noun is the subject of a verb that does something with its object
    rather than saying what the cue is: "India's decision to X did not limit Y" (Y is no
    part of the decision) against "Moscow's demand is X", "the plan would limit X" (a draft
    says what it contains)."""
    words = sentence.words
    return (noun.dep_ == "nsubj" and verb.pos_ == "VERB" and noun.lemma_ in words.purpose_nouns
            and noun.lemma_ not in words.draft_nouns and verb.lemma_ not in words.copulas | words.list_verbs)


def _passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ in ("agent", "auxpass") for c in verb.children)


def _antecedent(sentence: Sentence, clause: Token) -> list[Token]:
    """What the relative clause ``clause`` is about: its noun, or the phrase the noun ends."""
    noun = clause.head
    if noun.lower_ in sentence.words.antecedent_words and noun.dep_ in ("appos", "npadvmod", "dobj", "attr"):
        verb = noun.head
        return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "pobj") and c.i != noun.i]
    # "the dissolution of the Minsk Group, which Baku insisted on": the parser hangs the
    # clause on the nearest noun; what is insisted on is the whole phrase
    return [_whole_phrase(_beyond_a_name(noun, clause))]


def _beyond_a_name(noun: Token, clause: Token) -> Token:
    """"Trump's offer to mediate on Kashmir, which India rejected", "talks in Istanbul, which
    Moscow welcomed": a clause of someone's stance the parser hangs on a name closing a
    phrase is about the phrase (the offer, the talks), not the place or party named. One
    whose subject is the relative word tells of the name ("help from Malaysia, which chairs
    ASEAN"), but not one whose relative word is what someone says of it ("talks with M23,
    which he said were out of the question") or what it is called ("which it considers
    unacceptable", where the parser may make the word a second subject)."""
    relative = _relative_word(clause)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if noun.pos_ != "PROPN" or noun.dep_ != "pobj" or relative is None or subjects == [relative]:
        return noun
    head = noun.head.head
    if head.pos_ == "VERB" and head.dep_ == "acl":
        head = head.head  # "offer | to mediate on Kashmir"
    return head if head.pos_ == "NOUN" else noun


def forgone(preposition: Token) -> bool:
    """Whether ``preposition`` is a "without" with a deed not done ("without waiting for the
    treaty", "without signing it"): no one asks for, or does, what that deed names."""
    return preposition.lower_ == "without" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in preposition.children)


def _setting(sentence: Sentence, clause: Token) -> bool:
    """Whether a relative clause says where or when its verb happens ("a hub that the troops
    were pressing towards", "the town where ...", "the day when ..."): its noun is the
    setting, not what the verb is about."""
    words = sentence.words
    return any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in clause.children) or any(
        prep.dep_ == "prep" and prep.lower_ in words.setting_preps
        # stranded: its object is the relative word, or nothing the parser found
        and all(p.dep_ == "pobj" and p.lower_ in words.relative for p in prep.children)
        for prep in clause.children) or _source_of(sentence, clause)


def _source_of(sentence: Sentence, clause: Token) -> bool:
    """Whether a passive relative clause opens with a preposition and its relative word and
    has a subject of its own ("camps from which attacks were planned", "an interview in which
    the minister was asked about X"): its noun is where the deed was done, not what it is
    about. An active one may spell out its noun's terms ("an exchange in which each side
    handed over 300 prisoners")."""
    relative = sentence.words.relative
    opened = any(prep.dep_ == "prep" and prep.i < clause.i and any(
        p.dep_ == "pobj" and p.lower_ in relative for p in prep.children) for prep in clause.children)
    return opened and any(c.dep_ == "nsubjpass" and c.lower_ not in relative for c in clause.children)


def _relative_word(clause: Token) -> Token | None:
    """The relative word ("which", "that", "who") opening a relative clause, if any."""
    return next((t for t in clause.subtree if t.tag_ in ("WDT", "WP") and t.i < clause.i), None)


def _whole_phrase(noun: Token) -> Token:
    """The noun heading the "X of Y" phrases ``noun`` ends ("the dissolution of | the Minsk
    Group"): a clause the parser hangs on the last noun describes the whole."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun


DATING_PREPS = frozenset({"from", "in", "at", "within"})
"""Prepositions that date a position when their object is a point in time ("from the first
days of X", "at the start of X", "within hours of X")."""


def _proviso(root: Token, child: Token) -> bool:
    """Whether ``child`` of ``root`` is a "provided (that)" or the clause it opens, which the
    parser may hang on the verb beside it ("accept a truce provided | Moscow frees X")."""
    if proviso_clause(child) is not None:
        return True
    return child.dep_ in ("ccomp", "advcl") and any(
        proviso_clause(g) == child for c in root.children if c.dep_ == "dobj" for g in c.children)


def collect(sentence: Sentence, root: Token, is_root: bool) -> set[int]:
    """The tokens under ``root`` that belong to the scope (``is_root``: the cue itself)."""
    words = sentence.words
    tokens = {root.i}
    first = series_first(root) if is_root else None
    for child in root.children:
        dep = child.dep_  # read once: each reading looks the label up again
        if across_semicolon(sentence, child):
            continue
        if dep == "advcl" and child.lemma_ in words.linking_verbs:
            continue  # "refused X, linking it to Y": Y is demanded (the conditioning pass)
        if _proviso(root, child):
            continue  # "will accept X provided that Y": Y is demanded (``conditions``)
        if is_root and dep in ("advcl", "ccomp", "xcomp") and child.i > root.i and (
                root.lemma_ not in words.asking_verbs) and any(
                g.lower_ in ("when", "whether") and g.dep_ in ("advmod", "mark") and g.i < child.i
                for g in child.children):
            # "should not decide when the guns fall silent": an open question, not the object
            # (what is asked is the answer's topic)
            continue
        if is_root and dep == "advcl" and child.lemma_ in words.asking_verbs and child.tag_ == "VBN" and any(
                c.dep_ in ("dobj", "xcomp", "ccomp") and c.pos_ != "PRON" for c in root.children):
            # "Asked whether X, he declined to give a date": the answer has an object of its
            # own ("she denied it" answers the question)
            continue
        marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ == "for"] if dep == "advcl" else []
        if marks:
            tokens |= collect(sentence, child, is_root=False)  # "pushing for the group to be disbanded"
            # the parser may hang the clause's subject on "for": "called for | the group | to be wound up"
            tokens |= {t.i for g in marks for c in g.children if c.dep_ == "pobj" for t in c.subtree}
            continue
        if dep == "advcl" and _time_clause(child, words):
            continue  # "asked for a session, hours after strikes turned X into Y": when, not what
        if dep == "advcl" and not any(g.dep_ in ("mark", "advmod") for g in child.children):
            if child.tag_ == "VBG" and child.lemma_ in words.speech and any(
                    g.dep_ == "ccomp" for g in child.children):
                continue  # "rejected his claims, saying X": X is the holder's own statement
            if _second_stance(sentence, child):
                continue  # "would not accept X, rejecting Y": a stance of its own
            if child.tag_ == "VBG" and child.lemma_ in words.judging_verbs and any(
                    g.dep_ in ("oprd", "xcomp", "attr") or g.dep_ == "prep" and g.lower_ == "as" for g in child.children):
                continue  # "pressed for their release, calling their detention a wound": a judgement of its own
            tokens |= collect(sentence, child, is_root=False)  # "..., progressing to X"
            continue
        if dep in ("advcl", "ccomp") and _either_way(child):
            continue  # "needed it whether or not the guns fell silent": a truce neither way
        if dep == "acl" and _second_stance(sentence, child):
            continue  # "denied any role in X, called for Y" with "called" hung on "role"
        if dep in ("acl", "advcl") and child.tag_ == "VBG" and child.lemma_ in words.speech and any(
                g.dep_ == "ccomp" for g in child.children) and not _plan_says(child, words):
            continue  # "rejected the offer, with officials saying X": X is their statement
        if dep == "nsubj" and (small_clause(root, is_root) or _infinitival(root, is_root)
                                      or _subjunctive(root, is_root) or _agreed_arrangement(sentence, root, child)):
            tokens |= collect(sentence, child, is_root=False)  # "wants sanctions on X lifted"
            continue
        if dep == "cc" and any(g.dep_ == "pobj" for g in child.children):
            tokens |= collect(sentence, child, is_root=False)  # "X rather than | Y": a preposition
            continue
        if dep in NOT_IN_SCOPE or dep == "relcl" and (is_root or own_clause(sentence, child)):
            continue
        if dep == "pcomp" and child.lemma_ in words.judging_verbs and any(
                g.lower_ == "what" for g in child.children) and first_child(child, "nsubj") is not None and not (
                child.lemma_ in words.naming_verbs and root.head.i in sentence.cues and _names_topic(sentence, child)):
            # "rejected any UN role in what it considers a bilateral matter": its own view; but
            # "backing for what he called the Zangezur corridor" backs what he names
            continue
        if dep == "agent" and root.dep_ == "acl" and root.lemma_ in words.harmed_participles and not is_root:
            continue  # "villagers displaced by the fighting": what harmed them is no part of the demand
        if dep in ("npadvmod", "appos") and child.lower_ in words.antecedent_words:
            continue
        if dep == "conj" and child.pos_ in ("VERB", "AUX") and is_root:
            continue  # the cue's own coordinate is a second predicate; a complement's is more of it
        if dep == "conj" and is_root and _clause_as_noun(root, child):
            continue  # "did not accept X, and questions belonged in Y": a clause of its own
        if misjoined(child):
            continue  # "wanted to drag out talks and called for X", "agreed to swap the wounded but made
            # no progress on X": a tensed verb is no part of the infinitive
        if first is not None and first == child:
            continue  # "X welcomed A, urged B": A is not what was urged
        if dep == "prep" and preferred_over(sentence, child):
            tokens |= collect(sentence, child, is_root=False)  # "favours talks over | mediation"
            continue
        if dep == "prep" and forgone(child):
            continue  # "should carry on without waiting for the treaty": nothing asked of the treaty
        if dep == "prep" and (child.lemma_ in words.circumstance_preps or child.lower_ in words.circumstance_preps) and not (
                child.lower_ == "over" and is_root and root.pos_ == "NOUN"):
            # "agreed to X, following talks mediated by Y": "following" is a verb to the
            # parser; but a cue noun's "over" names what it is about ("in protest over X")
            continue
        if _in_response(child, words):
            continue  # "announced a trade ban in response to India's measures": why, not what
        if dep == "prep" and child.lower_ in DATING_PREPS and _dates(child, words):
            continue  # "called for observers from the first days of the fighting": when, not what
        if dep == "prep" and is_root and _scene_setting(root, child):
            continue  # "At talks hosted by Malaysia, both accepted a truce": where, not what
        if dep == "prep" and root.lemma_ in words.frame_nouns and not is_root and (
                not _talk_of(root, child, words)):
            continue  # "details of the truce"; but "any talk of a truce" is of the truce
        tokens |= collect(sentence, child, is_root=False)
    return tokens


def _agreed_arrangement(sentence: Sentence, clause: Token, subject: Token) -> bool:
    """Whether the subject of a clause agreed to is part of the arrangement: "agreed that
    ASEAN observers would watch the line" agrees to the observers, a topic."""
    cue = sentence.cues.get(clause.head.i)
    return (clause.dep_ == "ccomp" and cue is not None and clause.head.lemma_ in sentence.words.accepting_verbs
            and any(c.dep_ == "aux" and c.lower_ in sentence.words.intent_auxiliaries for c in clause.children)
            and subject.i in sentence.topic_tokens)


def _dates(preposition: Token, words) -> bool:
    """Whether every object of a preposition is a time: "within hours of X"; "to launch,
    within 90 days, a framework" has the parser make the framework a second object."""
    objects = [g for g in preposition.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.lemma_ in words.time_nouns for g in objects)


def _time_clause(clause: Token, words) -> bool:
    """Whether a clause is one of time the parser opened with a preposition rather than a
    conjunction: in "hours after strikes turned X into Y" it hangs "after" on "turned", the
    subject its object, ahead of the verb and of any subject."""
    subject = first_child(clause, "nsubj")
    first = subject.i if subject is not None else clause.i
    return any(c.dep_ == "prep" and c.lower_ in words.circumstance_preps and c.i < first for c in clause.children)


def _in_response(preposition: Token, words) -> bool:
    """Whether a prepositional phrase gives the reason for what the cue reports: "in response
    to X", "in retaliation for X", "as a reaction to X", "as part of its answer to X"."""
    if preposition.dep_ != "prep" or preposition.lower_ not in ("in", "as"):
        return False
    noun = first_child(preposition, "pobj")
    if noun is not None and noun.lemma_ == "part":
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = first_child(of, "pobj") if of is not None else None
    return noun is not None and noun.lemma_ in words.response_nouns


def _talk_of(noun: Token, preposition: Token, words) -> bool:
    """Whether a frame noun is talk of what follows it: a stance on "any talk of X" or "a
    discussion about X" is on X ("rejected any talk of a buffer zone")."""
    return preposition.lower_ in ("of", "about") and noun.lemma_ in words.talk_nouns


def _either_way(clause: Token) -> bool:
    """A clause of "whether or not X" or "whether X or not": what holds either way, so X
    is no part of the stance."""
    doc = clause.doc
    marked = any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)
    return marked and any(t.lower_ == "or" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "not"
                          for t in clause.subtree)


def _clause_as_noun(verb: Token, noun: Token) -> bool:
    """Whether the parser joined a clause to a verb as a noun with its verb hung below it
    ("did not accept X, and boundary questions | belonged in Y"): the subject of a clause of
    its own, not more of what the verb governs."""
    return verb.pos_ == "VERB" and noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN", "VBZ", "VBP") and c.i > noun.i
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in noun.children)


def _scene_setting(verb: Token, preposition: Token) -> bool:
    """Whether an "at" or "during" phrase sets the scene rather than saying what the cue is
    about: put before the cue's subject ("At the summit in Kuala Lumpur, Kyiv agreed to X"),
    or between the verb and what it takes ("agreed at their talks in Istanbul to swap
    prisoners")."""
    if preposition.lower_ not in ("at", "during"):
        return False
    subject = first_child(verb, "nsubj")
    if preposition.lower_ == "at" and subject is not None and preposition.i < subject.i:
        return True
    return preposition.i > verb.i and any(
        c.dep_ in ("xcomp", "ccomp", "dobj") and c.i > preposition.i for c in verb.children)


def arena_takers(sentence: Sentence, match: TopicMatch) -> set[str]:
    """The parties named as taking part where ``match`` stands: opposing "any Russian role in
    X" or not wanting "Russia to participate in X" says nothing against X (empty if ``match``
    is no such place)."""
    for node in match.root.ancestors:
        if node.dep_ == "prep" and node.lower_ in ("in", "at", "on"):
            takers = _participants(sentence, node)
            if takers:
                return {sentence.party(actor) for actor in takers}
    return set()


def _participants(sentence: Sentence, preposition: Token) -> list[str]:
    """The actors named as taking part by the word ``preposition`` hangs on: "Russia to
    participate | in", "a Russian role | in", "a role for Moscow | in" (or "on"); none if it
    is no such word."""
    word = preposition.head
    if word.dep_ == "pobj" and word.head.lower_ == "for" and word.head.head.lemma_ in sentence.words.participation_words:
        word = word.head.head  # "no role for Russian guards | on the route": the parser hangs "on" on the guards
    if word.pos_ == "VERB" and word.lemma_ != "participate":
        # the parser may hang the "in" on the verb: "opposes any Russian role | in X"
        word = next((c for c in word.children if c.dep_ == "dobj" and c.i < preposition.i), word)
    if word.lemma_ not in sentence.words.participation_words:
        return []
    if word.lemma_ == "part" and word.head.lemma_ == "take":
        word = word.head
    named = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "poss", "amod", "compound")]
    named += [t for c in word.children if c.dep_ == "prep" and c.lower_ == "for"
              for g in c.children if g.dep_ == "pobj"
              for t in (g, *(m for m in g.children if m.dep_ in ("amod", "compound")))]  # "for Russian guards"
    return [sentence.mentions[t.i].actor for t in named if t.i in sentence.mentions]


def small_clause(verb: Token, is_root: bool) -> bool:
    """A bare complement whose subject is what the cue wants done to ("wants sanctions
    lifted"), unlike a full clause ("insists that any deal must address X")."""
    return (not is_root and verb.dep_ in ("ccomp", "xcomp") and verb.pos_ == "VERB"
            and not any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children))


def _subjunctive(verb: Token, is_root: bool) -> bool:
    """A "that" clause in the bare form, what is asked to happen: "insists that the exchange
    go ahead", "demanded that the truce hold". With a modal it says what must be true of its
    subject ("any deal must address X"), which is not asked for."""
    return not is_root and verb.dep_ == "ccomp" and bare_form(verb)


def bare_form(verb: Token) -> bool:
    """Whether a "that" clause's verb is in the bare form, with no auxiliary: "that the truce
    hold", "that the M23 pull out", which the tagger may read as a plural present (its
    singular subject tells)."""
    bare = verb.tag_ == "VB" or verb.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)
    return bare and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and not has_auxiliary(verb)


def _infinitival(verb: Token, is_root: bool) -> bool:
    """A "to" complement with a subject of its own: "wants foreign guards to control the
    route" wants the guards' control, so the guards are in scope; so does "called for
    observers to return", a "for ... to" the parser takes for a clause."""
    if is_root or verb.pos_ != "VERB" or not to_infinitive(verb):
        return False
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    return verb.dep_ in ("ccomp", "xcomp") and not marks or verb.dep_ == "advcl" and marks == ["for"]


def misjoined(verb: Token) -> bool:
    """A tensed verb, or one with a modal of its own, that the parser joined to an infinitive
    ("wanted to drag out talks and called for X", "would not allow India to build dams and
    would destroy any"), or one with a modal joined to a relative clause's tensed verb ("would
    observe a truce from the moment X agreed to one, and would welcome Y"): it is a
    predicate of a clause higher up."""
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and verb.head.tag_ in ("VBD", "VBZ", "VBP"):
        return has_modal(verb) and not has_modal(verb.head) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ != "conj" or verb.head.tag_ != "VB":
        return False
    if verb.tag_ in ("VBD", "VBZ"):
        return verb.head.dep_ == "xcomp"
    return verb.head.dep_ in ("xcomp", "ccomp") and has_modal(verb) and not has_modal(verb.head)


def series_first(verb: Token) -> Token | None:
    """The first verb of a series the parser misread ("China welcomed the truce, urged both
    sides to X and said Y" parsed as if "welcomed" were what "urged" reports): a tensed
    clause before ``verb``, with a subject and a comma between, when ``verb`` has no subject
    of its own."""
    if verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ == verb.tag_
                 and any(g.dep_ == "nsubj" for g in c.children)
                 and any(t.lower_ == "," for t in verb.doc[c.i + 1:verb.i])), None)


def outer_cue(sentence: Sentence, token: Token) -> int | None:
    """The cue that governs ``token``'s cue, if any: the inner one is then part of its scope
    ("rejected the demand for X" is one rejection), unless a clause boundary lies between."""
    cues = sentence.cues
    if token.dep_ in ("nsubj", "nsubjpass"):
        # "the proposal is unacceptable": the judged noun is the judgement's topic
        judge = next((c for c in token.head.children if c.dep_ in ("acomp", "attr", "oprd")
                      and c.i in cues and cues[c.i].evaluative), None)
        if judge is not None:
            return judge.i
    node = token
    while node.head.i != node.i:
        if own_clause(sentence, node) or across_semicolon(sentence, node):
            return None
        if misjoined(node) or series_first(node.head) == node:
            return None
        coordinate = node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") or _second_stance(sentence, node)
        node = joined_predicate(node) or node.head if coordinate else node.head
        if coordinate:
            continue  # "rejected X but agreed to Y": a second cue, not one governed by the first
        if node.i in cues and cues[node.i].stance != "accuse":
            return node.i
        judge = sentence.sdoc[node.i - 1] if node.dep_ == "prep" and node.i else None
        if judge is not None and judge.i in cues and cues[judge.i].stance != "accuse" and (
                copula_preposition(judge) == node):
            return judge.i  # "remained cool | on outside mediation": the parser's copula holds both
    return None


def _judged_before(adjective: Token) -> list[Token]:
    """The object an adjective after it judges, where the parser made the adjective a
    modifier of the object's last noun ("declares any Western soldiers on Ukrainian soil |
    unacceptable to Moscow"): an adjective after its noun is a predicate, not a modifier."""
    if adjective.dep_ != "amod" or adjective.i < adjective.head.i:
        return []
    node = adjective.head
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
    return [node] if node.dep_ in ("dobj", "nsubj", "nsubjpass") else []


def _names_party(sentence: Sentence, subject: Token) -> bool:
    """A subject that is a party or one of its people ("India", "China's envoy", "the
    Chinese ambassador"), or the pair of them ("both leaders", "the two sides")."""
    return subject.i in sentence.mentions or names_pair(sentence, subject) or any(
        c.dep_ in ("poss", "compound", "amod") and c.i in sentence.mentions for c in subject.children)


def _second_stance(sentence: Sentence, token: Token) -> bool:
    """A participle clause that is a stance cue of its own, hung on another cue ("would not
    accept X, rejecting Y", "backed X, calling for Y"): a second predicate of the subject,
    not what the first cue governs. A tensed verb the parser hung there the same way is one
    too ("denied X, called for Y")."""
    if token.i not in sentence.cues:
        return False
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        return token.head.i in sentence.cues
    first = joined_predicate(token)
    return first is not None and first.i in sentence.cues


def joined_predicate(verb: Token) -> Token | None:
    """The first predicate of a series the parser hung a tensed verb on, as a clause of it or
    of a noun below it ("denied any role in Goma, called for Y"), when the verb has no
    subject or conjunction of its own."""
    if verb.dep_ not in ("advcl", "acl") or verb.tag_ not in ("VBD", "VBZ") or any(
            c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children):
        return None
    first = verb.head
    while first.pos_ not in ("VERB", "AUX") and first.head.i != first.i:
        first = first.head
    return first if first.tag_ == verb.tag_ else None


def across_semicolon(sentence: Sentence, token: Token) -> bool:
    """A clause the parser hung on another across a semicolon is a sentence of its own
    ("Kyiv wants X; Moscow insists on Y")."""
    if token.dep_ not in ("ccomp", "conj", "parataxis", "advcl"):
        return False
    low, high = sorted((token.i, token.head.i))
    return any(t.text == ";" for t in sentence.sdoc[low:high])


def made_between(sentence: Sentence, verb: Token) -> bool:
    """A participle of signing or agreeing with a "between" phrase ("signed between X and
    Y", "agreed between the two armies"): the text is the parties'."""
    words = sentence.words
    return (verb.tag_ == "VBN" and verb.lemma_ in words.signing_verbs | words.mutual_verbs
            and any(c.dep_ == "prep" and c.lower_ == "between" for c in verb.children))


def asserted_clause(sentence: Sentence, clause: Token) -> bool:
    """A clause in the past, holding a stance cue of its own, that a verb both of speech and
    of demand governs ("insisted that Rwanda remained committed to X", "insisted that Kyiv
    had accepted X", "insists that the truce was agreed without mediation"): a stance
    asserted, not a demand ("insisted that Russia withdraw" asks)."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_ not in sentence.words.speech:
        return False
    cue = sentence.cues.get(verb.i)
    if cue is None or cue.stance != "demand":
        return False
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    # "remained", "had accepted", and in the passive "was agreed", "had been reached"
    past = clause.tag_ == "VBD" and not auxiliaries or (
        clause.tag_ == "VBN" and bool(auxiliaries) and auxiliaries <= {"had", "has", "have", "was", "were", "been"})
    # with a stance of its own to assert ("remained committed to", "had accepted"), not "had to"
    return past and clause.lemma_ not in sentence.words.semi_modals and any(
        t.i in sentence.cues and t.i != verb.i and not _in_second_clause(t, clause) for t in clause.subtree)


def _in_second_clause(token: Token, clause: Token) -> bool:
    """Whether ``token`` stands in a verb joined to ``clause`` or below it ("X were the venues,
    and they declined Y", as the parser may hang it)."""
    node = token
    while node.i != clause.i:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False


def _second_infinitive(token: Token) -> bool:
    """Whether a relative clause is the second of two requests the parser misread: "wants
    Rwanda to pull back and the rebels | to leave Uvira" hangs the infinitive on the second
    party as if it qualified it; it is what that party is asked to do."""
    first = token.head.head if token.head.dep_ == "conj" else None
    return (first is not None and first.pos_ == "VERB" and to_infinitive(first) and to_infinitive(token)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))


def own_clause(sentence: Sentence, token: Token) -> bool:
    """A relative clause with a subject of its own, or a participle with an agent
    ("the truce proposed by Washington"), a text made between parties ("the accord signed
    between X and Y") or an adverbial clause a party is the subject of, holds its own position; so does a relative
    clause hung on a party's name ("M23, which has seized two cities", "Putin, who has
    called for X"), which is about the party or its own position, never the outer cue's. A
    "that" clause the parser took for a relative one on a noun of content ("an assurance that
    Kyiv will never join NATO") is that noun's content, not a clause of its own."""
    if token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children):
        return True
    if token.dep_ == "acl" and made_between(sentence, token):
        return True  # "the accord signed between Kinshasa and M23": theirs
    party_subject = any(c.dep_ == "nsubj" and _names_party(sentence, c) for c in token.children)
    for_to = any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
    if token.dep_ == "advcl" and party_subject and not for_to:
        # "X welcomed it, while India said ...", "..., while China's envoy called for Y"; but
        # "called for Ukraine to hand over X", a "for ... to" the parser takes for a clause, asks it
        return True
    if asserted_clause(sentence, token):
        return True  # "insisted that Rwanda remained committed to X": Rwanda's own commitment
    if token.dep_ != "relcl":
        return False
    if token.head.lemma_ in sentence.words.content_nouns and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return False  # "an assurance that Kyiv will never join NATO": the noun's content, misparsed
    if _second_infinitive(token):
        return False
    if token.head.i in sentence.mentions and token.lemma_ not in CONTAINING:
        return True
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in sentence.words.relative
        or c.dep_ in ("amod", "compound") and c.i in sentence.mentions and c.i < token.i
        for c in token.children
    )
