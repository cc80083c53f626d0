"""Plan contents: what a plan or an agreement says is its authors' position.

"The US plan calls for X", "It foresees Y" (the plan named just before), "Under the draft,
Kyiv would Z", "According to the draft, Kyiv would Z" are proposals of the plan's author, not positions of the parties the plan
names; what an agreement provides for ("The accord provides for the release of
prisoners") is supported by each party that signed it. The pass remembers the plan a
sentence names with its authors ("Washington unveiled a 28-point plan", "Thailand and
Cambodia signed the accord") for the sentences after it.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from stancegraph.loaders.extraction import coreference, polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.cues import cue_of, obliged
from stancegraph.loaders.extraction.filters import dated_before, years_in
from stancegraph.loaders.extraction.holders import (
    PROPOSING, after_prepositions, named_by, phrase_holders, signed_between)
from stancegraph.loaders.extraction.passes import Found, PlanInMind, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import (COMMENTATOR, Holder, Sentence, TopicMatch, first_child, names_pair,
                                                     shared_clause)
from stancegraph.loaders.extraction.topics import bare_definite, infrastructure_in, topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

POINTERS = frozenset({"it", "this", "its"})
"""Pronouns that, as a subject or an owner ("its terms"), may stand for the plan just named."""
MODALS = frozenset({"would", "will"})
POINTER_REACH = 600
"""How many characters after a plan is named "it" may still be that plan."""


class PlanContents:
    name = "plan_contents"

    def __init__(self, resources: PackResources):
        words = resources.words
        self.nouns = words.draft_nouns | words.agreement_nouns
        self.noun_forms = resources.lexicon.forms(self.nouns | words.joint_texts)
        self.forms = self.noun_forms | {"it", "this"}
        self.part_forms = resources.lexicon.forms(words.part_nouns)
        self.makers = words.signing_verbs | words.presenting_verbs
        self.maker_forms = resources.lexicon.forms(self.makers)
        self.arriving_forms = resources.lexicon.forms(words.arriving_verbs)
        self.proposing_forms = resources.lexicon.forms(PROPOSING)

    def wants(self, survey: Survey) -> tuple[int, ...]:
        names_contents = survey.has_topic and (survey.words & self.forms or (
            "its" in survey.words and survey.words & self.part_forms))  # "its terms"
        # "Washington unveiled a plan.": no topic yet, but the plan later sentences mean
        names_a_plan = survey.words & self.noun_forms and (survey.words & self.maker_forms or (
            "with" in survey.words and survey.words & self.arriving_forms))  # "arrived with a plan"
        # "Consider what Washington is proposing.": a proposal the next sentences describe
        names_a_plan = names_a_plan or "what" in survey.words and survey.words & self.proposing_forms
        # "Kyiv would also cap its army.": the plan just named, described on
        continues = survey.has_topic and "would" in survey.words
        return (0,) if names_contents or names_a_plan or continues else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        named = _named_plan(sentence, self.nouns, reading.plan)
        claims: list[Claim] = []
        covered: set[int] = set()
        for token in sentence.sdoc:
            plan = _plan_before(sentence, token, self.nouns, named) or reading.plan
            place = _plan_clause(sentence, token, self.nouns, plan)
            if place is None:
                continue
            verb, scope = place
            if token.dep_ in ("nsubj", "nsubjpass") and _of_the_past(sentence, token):
                continue  # "the Minsk agreements of 2015 left Crimea out": history, no one's position now
            authors, is_agreement = _authors(sentence, token, self.nouns, plan)
            if not authors:
                continue
            claims.extend(_contents(sentence, verb, scope, authors, is_agreement))
            covered |= scope
        for token in sentence.sdoc:
            clause = _aim(token) if _is_text(sentence, token, self.nouns) else None
            if clause is None or clause.i in covered:
                continue
            # "they reached an agreement to exchange prisoners", "the outcome was a deal to X"
            authors = _makers(sentence, token, self.makers) or named_by(sentence, token) or _outcome_of_talks(
                sentence, token)
            if authors:
                said = _said(sentence, clause) - covered
                covered |= said
                claims.extend(_contents(sentence, clause, said, authors, _is_agreement(sentence, token)))
        if named is None and reading.plan is not None:
            verb = _continued(sentence, reading.plan)
            if verb is not None and verb.i not in covered:
                # "Kyiv would receive what the document calls guarantees, and it would hold
                # elections": the plan's own clause read above, the description goes on
                said = _said(sentence, verb) - covered
                covered |= said
                claims.extend(_contents(sentence, verb, said, list(reading.plan.authors),
                                        reading.plan.is_agreement))
                # a plan described clause by clause stays in mind as long as the description goes on
                named = PlanInMind(reading.plan.authors, reading.plan.is_agreement, sentence.base)
        return Found(tuple(claims), frozenset(covered), plan=named)


def _of_the_past(sentence: Sentence, text: Token) -> bool:
    """Whether a text is dated to a year well before the document's latest or the pack's
    ("the 1972 agreement", "the Minsk agreements of 2014 and 2015", "the accord, signed in
    1972"): what it says is history, not what its authors propose now. (A position framed by
    an old text, "should be handled under the 2000 memorandum", is still a position: the
    caller asks only of a text that is the subject.)"""
    dated = [c for c in text.children if c.dep_ in ("nummod", "compound", "amod")]
    for prep in (c for c in text.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in")):
        dated += [t for o in prep.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]
    # "the accord, signed in 1972 by X and Y, commits ...": the signing dates it
    dated += [t for c in text.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in c.subtree]
    return dated_before(sentence, years_in(dated))


def _plan_before(sentence: Sentence, pointer: Token, nouns: frozenset[str],
                 named: PlanInMind | None) -> PlanInMind | None:
    """The plan this sentence names before ``pointer`` ("X and Y signed a declaration; it
    commits both sides to Z"), for a pronoun after it to point to."""
    if named is None or pointer.lower_ not in POINTERS:
        return None
    # not a text named only inside another noun's phrase ("a dispute under UN resolutions")
    return named if any(_is_text(sentence, t, nouns) and not _nested(t) for t in sentence.sdoc[:pointer.i]) else None


def _nested(text: Token) -> bool:
    """Whether a text is named in a phrase that hangs on a noun ("a dispute | under the
    resolutions"), not on a verb."""
    return text.dep_ == "pobj" and text.head.head.pos_ in ("NOUN", "PROPN")


def _plan_clause(sentence: Sentence, token: Token, nouns: frozenset[str],
                 plan: PlanInMind | None) -> tuple[Token, set[int]] | None:
    """The verb a plan governs and the tokens of what it says: the plan as subject ("the
    plan foresees X") or as the frame of a clause ("under the plan, X would Y")."""
    owner = _owner(sentence, token, nouns)
    is_part = owner is not None and (owner.lower_ not in POINTERS or _in_reach(sentence, plan))
    is_plan = is_part or _is_text(sentence, token, nouns)
    is_pointer = token.lower_ in POINTERS and _in_reach(sentence, plan) and not _speaker_itself(sentence, token)
    if not (is_plan or is_pointer):
        return None
    if is_part and _heads_the_sentence(token):
        # "Its key provisions: Kyiv would X; its army would be capped; ...": all that follows
        root = next(t for t in sentence.sdoc if t.dep_ == "ROOT")
        return root, set(range(token.i + 2, len(sentence.sdoc)))
    verb = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        # "the accord ends the shelling and commits both sides to X": what it says starts
        # with its first verb of saying
        if _names_by(verb) and verb.dep_ == "ccomp" and any(c.lower_ == "what" for c in verb.children):
            # "Kyiv would receive what the text calls a security guarantee": the text's
            # contents are the clause the naming sits in
            return verb.head, _said(sentence, verb.head) - {t.i for t in token.subtree}
        verb = next((v for v in (verb, *verb.conjuncts) if v.i >= verb.i and not _names_by(v)
                     and (v.lemma_ in sentence.words.content_verbs or _opens_with(sentence, v) or _causative(v)
                          or token.lower_ not in POINTERS and _foretold(v))), None)
        if verb is not None:
            return verb, _said(sentence, verb) - {t.i for t in token.subtree}
    frame = _frame(token) if is_plan and token.dep_ == "pobj" else None
    if frame is not None and frame.head.pos_ in ("VERB", "AUX") and not _awaited(frame.head) and not (
            _prescribed(sentence, frame.head)):
        return frame.head, _said(sentence, frame.head) - {t.i for t in frame.subtree}
    listed = _after_colon(token) if is_part else None
    if listed is not None:
        return listed, _said(sentence, listed)
    return None


def _causative(verb: Token) -> bool:
    """Whether ``verb`` is the "have" of "would have Kyiv cede X": what the plan makes a
    party do, the way "would require Kyiv to cede X" says it."""
    return verb.lemma_ == "have" and any(c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
                                         and first_child(c, "nsubj") is not None for c in verb.children)


def _speaker_itself(sentence: Sentence, pronoun: Token) -> bool:
    """Whether an "it" is the party reported saying its clause, not the plan in mind: "Kyiv
    said it would never recognise X", "Ukraine's position had not changed: it would ..."."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    speakers = speaker_of(sentence, pronoun.head) or []  # not "it" itself: "It also suggested X"
    index = sentence.resources.index
    return any(h is not COMMENTATOR and index.kind(h.actor) != "person" for h in speakers)


def _prescribed(sentence: Sentence, verb: Token) -> bool:
    """Whether a reported clause says what must be done by the text's terms ("said the
    dispute must be settled under the UN resolutions"): the speaker's demand, the text its
    yardstick, not a content of the text."""
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head  # "said X, and that the dispute must be settled under Y"
    return clause.dep_ == "ccomp" and clause.head.lemma_ in sentence.words.speech and obliged(sentence, verb)


AWAITING = frozenset({"until", "unless", "if", "once", "before", "after", "when"})


def _awaited(verb: Token) -> bool:
    """Whether a verb's clause is what another waits on ("no peace until the dispute is
    settled according to the resolutions"): the condition of whoever speaks, not what the
    text framing it says."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in AWAITING for c in verb.children)


def _opens_with(sentence: Sentence, verb: Token) -> bool:
    """Whether a text's verb says what stands first or last in it: "the memorandum opens
    with a ceasefire", "the plan ends with elections" (not "opens the door to talks")."""
    return verb.lemma_ in sentence.words.opening_verbs and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _aim(text: Token) -> Token | None:
    """The infinitive that says what a plan or an agreement is for ("an agreement | to
    exchange prisoners", "a deal to free the soldiers"), or None."""
    return next((c for c in text.children if c.dep_ == "acl" and c.pos_ == "VERB"
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def _outcome_of_talks(sentence: Sentence, text: Token) -> list[Holder]:
    """The two sides of the talks, for an agreement said to be their outcome ("the main
    outcome was an agreement to exchange prisoners")."""
    verb = text.head
    subject = first_child(verb, "nsubj") if text.dep_ == "attr" and verb.lemma_ in sentence.words.copulas else None
    if subject is None or subject.lemma_ not in sentence.words.outcome_nouns or not _is_agreement(sentence, text):
        return []
    return [Holder(party, text.text, WEIGHTS.pair)
            for party in coreference.last_pair(sentence, sentence.base + text.idx)]


def _deferred(sentence: Sentence, verb: Token) -> bool:
    """Whether the plan leaves what it names to later ("it leaves the return of state
    authority to later protocols", "the accord leaves the border open"): no content of it."""
    return verb.lemma_ == "leave" and any(t.lower_ in sentence.words.unsettled_words for t in verb.subtree)


def _still_open(sentence: Sentence, verb: Token, match: TopicMatch) -> bool:
    """Whether what the plan names lies among items it calls still to be settled ("lists
    eight protocols still to be negotiated, covering X", "terms yet to be agreed on X"): it
    settles none of them."""
    if match.root.i < verb.i:
        return False  # the plan's own name, before its verb ("the Velmar framework lists ...")
    between = itertools.takewhile(lambda a: a.i != verb.i, match.root.ancestors)  # up to the plan's verb
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + list(between)
    return any(_to_be_settled(sentence, noun, ("relcl", "acl")) for noun in nouns if noun.pos_ == "NOUN") or (
        _to_be_settled(sentence, verb, ("advcl",)))  # "sets out protocols | to be negotiated on X"


def _to_be_settled(sentence: Sentence, word: Token, deps: tuple[str, ...]) -> bool:
    return any(c.dep_ in deps and c.tag_ == "VBN" and c.lemma_ in sentence.words.settling_verbs
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in word.children)


def _foretold(verb: Token) -> bool:
    """Whether a plan's verb says what the plan would do ("the plan would lift sanctions",
    "the draft will freeze the front"), not what becomes of the plan ("will be discussed").
    Only for a plan named as such: "it would pull out" is too often its subject's own act."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "shall")
                                       for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children)


def _heads_the_sentence(part: Token) -> bool:
    """"Its key provisions: ..." opening the sentence, the colon right after."""
    following = part.i + 1 < len(part.doc) and part.doc[part.i + 1].lower_ == ":"
    return following and part.left_edge.i == 0


def _in_reach(sentence: Sentence, plan: PlanInMind | None) -> bool:
    return plan is not None and sentence.base - plan.base < POINTER_REACH


def _owner(sentence: Sentence, part: Token, nouns: frozenset[str]) -> Token | None:
    """The plan whose part ``part`` names: "its key provisions", "the deal's terms", "the
    clauses of the draft" (the pronoun or the plan's noun), or None."""
    if part.pos_ != "NOUN" or part.lemma_.lower() not in sentence.words.part_nouns:
        return None
    owners = [c for c in part.children if c.dep_ == "poss"] + [
        p for of in part.children if of.dep_ == "prep" and of.lower_ == "of"
        for p in of.children if p.dep_ == "pobj"]
    return next((o for o in owners if o.lower_ in POINTERS or _is_text(sentence, o, nouns)), None)


def _after_colon(part: Token) -> Token | None:
    """The clause a colon opens after a plan's part: "its key provisions: Kyiv would X"."""
    return next((c for c in part.children if c.i > part.i and c.pos_ in ("VERB", "AUX")
                 and c.dep_ in ("acl", "appos", "ccomp", "relcl", "parataxis")
                 and any(t.lower_ == ":" for t in part.doc[part.i + 1:c.i])), None)


def _is_text(sentence: Sentence, token: Token, nouns: frozenset[str]) -> bool:
    """Whether ``token`` names a plan or an agreement: one of ``nouns``, or a text the parties
    put out together ("a joint statement", "their joint appeal")."""
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in nouns or _is_joint(sentence, token))


def _is_agreement(sentence: Sentence, token: Token) -> bool:
    return token.lemma_.lower() in sentence.words.agreement_nouns or _is_joint(sentence, token)


def _is_joint(sentence: Sentence, token: Token) -> bool:
    """"A joint statement", or a statement that binds parties ("the statement commits X to")."""
    if token.lemma_.lower() not in sentence.words.joint_texts:
        return False
    binding = token.dep_ == "nsubj" and token.head.lemma_ in sentence.words.binding_verbs
    return binding or any(c.dep_ == "amod" and c.lower_ == "joint" for c in token.children)


def _bound(sentence: Sentence, text: Token) -> list[Holder]:
    """The parties a text binds, when it is the subject of a binding verb: "the statement
    commits Kyiv and Moscow to X" -- each of them supports X. Not "both sides": the text
    names the plan's makers elsewhere, if at all."""
    verb = text.head
    if text.dep_ != "nsubj" or verb.lemma_ not in sentence.words.binding_verbs:
        return []
    # named ones only: which pair "both sides" means is a guess the text before may not settle
    bound = [h for c in verb.children if c.dep_ == "dobj" and not names_pair(sentence, c)
             for h in phrase_holders(sentence, c)]
    return [h for h in bound if h is not COMMENTATOR and h.actor]


def _continued(sentence: Sentence, plan: PlanInMind) -> Token | None:
    """The verb of a sentence that goes on describing the plan just named: "(Under the
    plan, Kyiv would cede X.) Ukraine would also cap its army." -- a party as the subject
    of a main verb with "would", not in a quotation, soon after the plan was named."""
    root = next((t for t in sentence.sdoc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or sentence.base - plan.base >= POINTER_REACH:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in root.children):
        return None
    if sentence.in_quote(root) or polarity.negated(sentence, root):
        return None
    if speaker_of(sentence, root) is not None:
        return None  # "Kyiv would never accept it, Zelensky said": a voice of its own
    subject = first_child(root, "nsubj", "nsubjpass")
    if subject is None:
        return None
    # "Kyiv would cap its army", "Washington would offer guarantees", or a thing the plan
    # does something to: "Sanctions would be lifted in stages"
    return root if subject.i in sentence.mentions or subject.dep_ == "nsubjpass" else None


def _said(sentence: Sentence, verb: Token) -> set[int]:
    """The clause of ``verb`` and of the verbs joined to it that share its subject: "it
    foresees X, reduces Y and blocks Z", "under the plan, Kyiv would cap X and give up Y";
    not a clause with a "that" of its own, which the speaker says beside the plan's ("said
    the accord would end X and that Congo would never give up Y")."""
    scope = collect(sentence, verb, is_root=True)
    for conj in verb.conjuncts:
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
            scope -= {t.i for t in conj.subtree}
            continue
        # "... Kyiv would cede X, and sanctions would be lifted": the plan's modal goes on
        goes_on = any(c.dep_ == "aux" and c.lower_ in MODALS for c in conj.children)
        if conj.i > verb.i and (goes_on or not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)):
            scope |= collect(sentence, conj, is_root=True)
    return scope


def _frame(plan: Token) -> Token | None:
    """The phrase that makes a plan the frame of its clause: "under the plan", "in the
    draft", "according to the blueprint" (its head word), or None."""
    preposition = plan.head
    if preposition.lower_ in ("under", "in"):
        return preposition
    if preposition.lower_ == "to" and preposition.head.lower_ == "according":
        return preposition.head
    return None


def _authors(sentence: Sentence, token: Token, nouns: frozenset[str],
             plan: PlanInMind | None) -> tuple[list[Holder], bool]:
    """Who the plan's contents belong to, and whether they signed it (an agreement)."""
    token = _owner(sentence, token, nouns) or token  # "its terms": the plan's
    revisers = _revisers(sentence, token)
    if revisers is not None:
        return revisers, False  # "a revised version of the US plan calls for X": the reviser's
    is_agreement = _is_agreement(sentence, token)
    accepting = _accepted_by(sentence, token)
    if accepting and is_agreement:
        return accepting, True  # "the Doha declaration that Kinshasa and the M23 signed": theirs, not Doha's
    owners = named_by(sentence, token) if token.lower_ not in POINTERS else []
    if owners:
        return owners, is_agreement
    drafters = _drafters(sentence, token) if token.lower_ not in POINTERS else []
    if drafters:
        return drafters, False
    if accepting:
        return accepting, True
    definite = token.lower_ in POINTERS or any(c.lower_ in ("the", "this", "that") for c in token.children)
    if plan is not None and definite:
        return list(plan.authors), plan.is_agreement
    bound = _bound(sentence, token)
    return (bound, True) if bound else ([], is_agreement)


def _accepted_by(sentence: Sentence, noun: Token) -> list[Holder]:
    """Who a relative clause on the plan says accepted it ("the plan, which Ukraine agreed
    to, calls for X"): they support what it holds."""
    found: list[Holder] = []
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if clause.lemma_ not in sentence.words.accepting_verbs or polarity.negated(sentence, clause):
            continue
        subject = first_child(clause, "nsubj")
        if subject is not None and subject.lower_ not in sentence.words.relative:
            found.extend(phrase_holders(sentence, subject))
    return [h for h in found if h is not COMMENTATOR and h.actor]


def _drafters(sentence: Sentence, noun: Token) -> list[Holder]:
    """Who drew up or brokered a plan ("the plan drafted by Washington", "the deal brokered by
    Qatar", "the draft Washington handed to Kyiv"): they propose it, whoever signs it."""
    found: list[Holder] = []
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") and child.lemma_ in sentence.words.presenting_verbs:
            subject = first_child(child, "nsubj")
            if subject is not None and subject.lower_ not in sentence.words.relative:
                found.extend(phrase_holders(sentence, subject))
        # "leaked by Axios and presented to Kyiv by a US envoy": a joined participle's agent
        # too, if it presented the plan (not "signed and witnessed by" a guest)
        joined = [c for c in child.conjuncts if c.lemma_ in sentence.words.presenting_verbs]
        passive = [child, *joined] if child.dep_ == "acl" else _passive_relative(sentence, child)
        for verb in passive:
            agent = first_child(verb, "agent")
            if agent is None:
                continue
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if not objects and agent.i + 1 < len(sentence.sdoc) and agent.i + 1 in sentence.mentions:
                objects = [sentence.sdoc[agent.i + 1]]  # "drawn up by Washington envisages": a stray name
            for pobj in objects:
                found.extend(phrase_holders(sentence, pobj))
    return [h for h in found if h is not COMMENTATOR and h.actor]


def _passive_relative(sentence: Sentence, clause: Token) -> list[Token]:
    """The verb of a relative clause on a plan that presented it, whose agent presented it
    ("the draft, which had been prepared by Malaysian officials"), also under a report
    ("which two diplomats said had been prepared by X")."""
    if clause.dep_ != "relcl":
        return []
    if clause.lemma_ in sentence.words.speech:
        return [c for c in clause.children if c.dep_ == "ccomp" and c.lemma_ in sentence.words.presenting_verbs]
    return [clause] if clause.lemma_ in sentence.words.presenting_verbs else []


def _named_plan(sentence: Sentence, nouns: frozenset[str], plan: PlanInMind | None) -> PlanInMind | None:
    """A plan this sentence names with its authors, for later sentences to point back to.
    An agreement belongs to the parties the sentence says signed it, whatever place or
    broker its name holds ("the Doha declaration, signed by Kinshasa and M23"). A sentence
    about the plan in mind ("The document takes the US plan as its basis") keeps it."""
    words = sentence.words
    named: PlanInMind | None = None
    if _in_reach(sentence, plan) and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and _is_text(sentence, t, nouns)
            and bare_definite(sentence, t) for t in sentence.sdoc):
        return None
    for token in sentence.sdoc:
        if not _is_text(sentence, token, nouns):
            continue
        if dated_before(sentence, years_in(token.subtree)):
            continue  # "an accord signed in 1972 by X and Y": its contents are history, not X's now
        is_agreement = _is_agreement(sentence, token)
        makers = words.signing_verbs if is_agreement else words.presenting_verbs
        if _is_joint(sentence, token):
            makers = makers | words.presenting_verbs  # "X and Y released a joint statement"
        revisers = _revisers(sentence, token)
        if revisers is not None:
            # "X submitted a revised version of the US plan": X's text, not the US's
            if revisers:
                named = PlanInMind(tuple(revisers), False, sentence.base)
            continue
        authors = _makers(sentence, token, makers) if is_agreement else []
        authors = authors or named_by(sentence, token) or _makers(sentence, token, makers)
        if not authors and is_agreement:
            # "Moscow handed Kyiv a memorandum": a text one side puts forward is its proposal
            authors, is_agreement = _makers(sentence, token, words.presenting_verbs), False
        if not authors and _drafters(sentence, token):
            # "the deal brokered by Qatar": its broker's, unless the sentence names who signed it
            authors, is_agreement = _drafters(sentence, token), False
        if authors:
            named = PlanInMind(tuple(authors), is_agreement, sentence.base)
    return named or _proposal_announced(sentence)


def _proposal_announced(sentence: Sentence) -> PlanInMind | None:
    """A proposal named as "what X proposes" ("Consider what Washington is proposing."), for
    the sentences after it that say what it would do."""
    for what in sentence.sdoc:
        verb = what.head
        if what.lower_ != "what" or what.dep_ != "dobj" or verb.lemma_ not in PROPOSING or verb.i <= what.i:
            continue
        subject = first_child(verb, "nsubj")
        authors = [h for h in phrase_holders(sentence, subject) if h is not COMMENTATOR] if subject is not None else []
        if authors:
            return PlanInMind(tuple(authors), False, sentence.base)
    return None


def _revisers(sentence: Sentence, text: Token) -> list[Holder] | None:
    """Who put out a text remade from ``text`` ("X tabled a counter-proposal to the US
    plan", "Europe's revised version of the plan"); None if ``text`` is not one remade."""
    revision = _revision_of(sentence, text)
    if revision is None:
        return None
    return _makers(sentence, revision, sentence.words.presenting_verbs) or named_by(sentence, revision)


def _revision_of(sentence: Sentence, text: Token) -> Token | None:
    """The noun of a text remade from ``text`` ("a revised version | of the US plan", "a
    counter-proposal | to Moscow's memorandum"), if ``text`` is the one remade."""
    preposition = text.head
    if text.dep_ != "pobj" or preposition.lower_ not in ("of", "to", "on") or preposition.head.i == preposition.i:
        return None
    noun = preposition.head
    if noun.pos_ == "VERB":
        # the parser may hang the "to" on the verb: "tabled a counter-proposal | to the US plan"
        objects = [c for c in noun.children if c.dep_ == "dobj" and c.i < preposition.i]
        between = {t.lemma_.lower() for t in sentence.sdoc[noun.i + 1:preposition.i]}
        revised = between & sentence.words.revision_nouns or "counter" in between
        return objects[-1] if objects and revised else None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in sentence.words.revision_nouns else None


def _makers(sentence: Sentence, noun: Token, makers: frozenset[str]) -> list[Holder]:
    """Who a sentence says made a plan or signed an agreement: "Kyiv and Moscow signed the
    accord", "the accord was signed by X", "the accord signed between X and Y"."""
    found: list[Holder] = []
    # "presented Kyiv with a plan", "arrived in Kyiv with a plan": the plan hangs on "with"
    place = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun
    arrived = place.dep_ == "prep" and place.head.lemma_ in sentence.words.arriving_verbs
    if place.dep_ in ("dobj", "nsubjpass", "prep") and place.head.lemma_ in makers or arrived:
        verb = place.head
        # "X and Y initialed the agreement and signed a joint declaration": the first verb's subject
        subject = (first_child(shared_clause(verb), "nsubj") if place.dep_ != "nsubjpass" else None) or _agent(verb)
        if subject is not None:
            found = phrase_holders(sentence, subject)
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "on") and _signs_by_name(sentence, noun.head.head):
        # "X and Y put their names to the declaration"
        subject = first_child(shared_clause(noun.head.head), "nsubj")
        found = phrase_holders(sentence, subject) if subject is not None else []
    if noun.dep_ in ("nsubj", "nsubjpass"):
        # "Signed by X and by Y on Saturday, the accord reopens ...": a participle set before it
        for verb in (c for c in noun.head.children if c.dep_ == "advcl" and c.i < noun.i
                     and c.lemma_ in makers and c.tag_ == "VBN"):
            agent = first_child(verb, "agent")
            for by in (agent, *agent.conjuncts) if agent is not None else ():
                found += [h for pobj in by.children if pobj.dep_ == "pobj" for h in phrase_holders(sentence, pobj)]
    if noun.dep_ == "nsubj":
        # "the document runs to 28 points and was drafted by X": a passive joined to its verb
        for verb in (c for c in noun.head.conjuncts if c.lemma_ in makers and c.tag_ == "VBN"):
            by = _agent(verb)
            if by is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                found = found or phrase_holders(sentence, by)
    described = [noun] + [p for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                          for p in of.children if p.dep_ == "pobj"]  # "the declaration of principles signed"
    for verb in (c for n in described for c in n.children if c.dep_ in ("acl", "relcl") and c.lemma_ in makers):
        if verb.dep_ == "relcl":
            # "the declaration of principles that Kinshasa and the M23 signed": the clause's subject
            subject = first_child(verb, "nsubj")
            found = phrase_holders(sentence, subject) if subject is not None and (
                subject.lower_ not in sentence.words.relative) else []
            if found:  # "the declaration it signed with Cambodia": both signed it
                found += [h for h in after_prepositions(sentence, [verb], ("with",)) if h is not COMMENTATOR]
        else:
            by = _agent(verb)
            found = (phrase_holders(sentence, by) if by is not None else []) or signed_between(sentence, verb)
        if found:
            break
    return [h for h in found if h is not COMMENTATOR and h.actor]


def _names_by(verb: Token) -> bool:
    """"what the agreement calls its defensive measures": "call" naming a thing, not "calls
    for" it or "calls on" someone to do it."""
    return verb.lemma_ == "call" and not any(
        c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")
        or c.dep_ in ("advcl", "ccomp", "xcomp") and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
        for c in verb.children)  # "calls for X", "calls on Kyiv to Y", "calls for Kyiv to Y"


def _signs_by_name(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb puts a name to a text: "put their names to", "set their signatures on"."""
    words = sentence.words
    return verb.lemma_ in words.placing_verbs and any(
        c.dep_ == "dobj" and c.lemma_ in words.signature_nouns for c in verb.children)


def _agent(verb: Token) -> Token | None:
    """The object of a passive's "by" ("signed by | Kyiv")."""
    agent = first_child(verb, "agent")
    return first_child(agent, "pobj") if agent is not None else None


MENTIONING = frozenset({"contain", "include", "mention", "say", "cover", "address", "feature"})
"""Verbs by which a text holds or mentions its contents: what it lacks, no one refused."""


def _contents(sentence: Sentence, verb: Token, scope: set[int], authors: list[Holder],
              is_agreement: bool) -> list[Claim]:
    infrastructure = infrastructure_in(sentence, scope)
    # "Washington would oppose X, and sanctions would be eased": each clause its own verb
    clauses = {verb.i} | {c.i for c in verb.conjuncts if c.i in scope}
    claims: list[Claim] = []
    for match in topics_in(sentence, scope):
        clause = next((a for a in (match.root, *match.root.ancestors) if a.i in clauses), verb)
        if _deferred(sentence, clause) or _still_open(sentence, clause, match):
            continue
        stance = "support" if is_agreement else "propose"
        cue = cue_of(sentence, clause)
        if (cue is not None and cue.stance == "reject") or polarity.reversed_over(sentence, clause, match.root) and not (
                polarity.names_restraint(sentence, clause, match) or _opens_with(sentence, clause)):
            stance = "reject"  # "the plan rules out X", "it blocks Y", "it restricts Z"
        base = 1 if polarity.negated(sentence, clause) else 0
        final, weight = polarity.apply_flips(stance, base + polarity.flips(sentence, clause, match, scope))
        if final == "reject" and stance != "reject" and clause.lemma_ in MENTIONING:
            continue  # "the deal contains no clause on X": what the text lacks, no one's refusal
        topic = sentence.resources.topics.get(match.topic)
        infra = infrastructure if topic and topic.is_infrastructure_scoped else ()
        for author in authors:
            claims.append(sentence.claim(author, final, match.topic, infra, None,
                                         WEIGHTS.plan_content * weight * author.confidence))
    return claims
