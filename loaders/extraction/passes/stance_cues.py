"""Stance cues: a word that reports a stance ("rejected", "demand", "unacceptable") and the
topics in the clause it governs, held by the cue's holder.

A cue governed by another cue is read with it ("rejected the demand for X"), unless it
names a holder of its own ("rejected Moscow's demand for X"). Conditions set on the
position are demands too (``conditions``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from stancegraph.loaders.extraction import attribution, filters, polarity
from stancegraph.loaders.extraction.cues import cue_of, obliged, obliged_conjunct
from stancegraph.loaders.extraction.evaluation import STRONG, evaluation
from stancegraph.loaders.extraction.holders import cue_holders, has_own_holder, phrase_holders, signed_between
from stancegraph.loaders.extraction.passes import NOTHING, Found, ListCue, Reading, Survey
from stancegraph.loaders.extraction.passes.conditions import condition_claims, refused_until, sets_condition
from stancegraph.loaders.extraction.passes.evaluations import judges_purpose
from stancegraph.loaders.extraction.passes.existentials import denied_existence, infinitive_of
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import arena_takers, asserted_clause, cue_scope, forgone, outer_cue
from stancegraph.loaders.extraction.sentence import (COMMENTATOR, Holder, Sentence, TopicMatch, first_child,
                                                     particles_of, to_infinitive, told_as_past)
from stancegraph.loaders.extraction.topics import bare_definite, framed_topics, infrastructure_in, topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Cue
from stancegraph.schema import Claim


UPHOLDING = frozenset({"maintain", "observe", "hold"})
"""Verbs of keeping something up that, with a "that" clause, say it ("maintains that ...")."""


class StanceCues:
    name = "stance_cues"

    def __init__(self, resources: PackResources):
        self.forms = resources.lexicon.stance_forms()
        # a word that is a cue only with a word of its own ("call for", "said no to") is
        # wanted only in a sentence that holds one of those words
        self.needs = resources.lexicon.companion_words()

    def wants(self, survey: Survey) -> tuple[int, ...]:
        words = survey.words
        has_cue = "non" in words or any(  # "non-starter"
            form not in self.needs or not words.isdisjoint(self.needs[form]) for form in words & self.forms)
        return (0,) if has_cue and survey.has_topic else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        covered: set[int] = set()
        list_cue: ListCue | None = None
        for i, cue in sentence.cues.items():
            token = sentence.sdoc[i]
            participle = token.dep_ == "amod" or token.dep_ == "acl" and token.tag_ in ("VBN", "VBG")
            if cue.stance == "accuse" or (i in reading.covered and not participle and summed_up(sentence, token) is None):
                # a clause inside a plan's contents is the plan's ("under it, Kyiv would give
                # up X"); a participle there still names its own holder ("guarantees backed
                # by Washington"), as does a reaction to the clause summed up (", a demand
                # Kyiv rejects")
                continue
            if token.lemma_ == "want" and token.tag_ == "VBN" and token.dep_ in ("amod", "acl"):
                continue  # "the wanted men", "men wanted in India": fugitives sought, no one's wish
            if any(c.dep_ == "xcomp" and filters.speaks_of(sentence, c) for c in token.children):
                continue  # "declined to comment on the truce": silence, no stance on it
            if _observed(sentence, token):
                continue  # "some vehicles had been seen leaving": a deed observed, no stance
            if _said_that(sentence, token):
                continue  # "maintains that the strikes hit only camps": said, not kept up
            if any(node.dep_ == "pcomp" and forgone(node.head) for node in (token, *token.ancestors)):
                continue  # "began the work without signing the treaty": not done, nor refused
            if _concession_agreed(sentence, token, cue) is not None:
                continue  # "agreed to drop its demand for X": the concession speaks
            if _resistance_overcome(sentence, token, cue):
                continue  # "..., something Bangkok had resisted": what it gave up, not a stance
            if _judged_deed(sentence, token) or judges_purpose(sentence, token):
                continue  # "the suspension of X was an outrage": judged, not done, by the speaker
            undone = _deed_to_undo(sentence, token)
            if undone and not _own_doer(sentence, token):
                continue  # "the suspension of X must be reversed": the obligation asks for X
            if any((token.i in m.tokens or infinitive_of(token) and token.head.i == m.root.i)
                   and denied_existence(m, sentence.words) for m in sentence.topic_matches):
                # "there was no mediation", the cue its own topic, "there is no truce to secure",
                # the cue its topic's infinitive: the existentials pass reads it
                continue
            outer = outer_cue(sentence, token)
            if outer is not None and _said_that(sentence, sentence.sdoc[outer]):
                outer = None  # "maintains that the truce was reached without mediation": said, the clause its own
            if token.lemma_ in sentence.words.keeping_verbs and token.tag_ == "VBN" and obliged(sentence, token):
                continue  # "the truce must be respected": an obligation, read as a demand
            if sets_condition(sentence, token):
                continue  # "would sign only once Yerevan amends X": read as the signer's condition
            if token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_ in sentence.words.signing_verbs and (
                    first_child(token, "agent") is None and not signed_between(sentence, token)):
                continue  # "froze the declaration signed in Kuala Lumpur": who signed, it does not say
            if _own_deed_recalled(sentence, token, cue):
                continue  # "suspended the accord it signed": the signing names what is suspended
            if outer is not None and not has_own_holder(sentence, token, sentence.sdoc[outer]) and not (
                    _concession_agreed(sentence, sentence.sdoc[outer], sentence.cues.get(outer)) == token) and not (
                    _judges_outside(sentence, token, cue, outer)):
                continue
            found = read_cue(sentence, token, cue)
            claims.extend(found.claims)
            # "Delhi's suspension of X must be reversed": the speaker's demand is read too; a cue
            # that read no claim leaves its clause to the passes after it ("suspended visas")
            if not undone and found.claims:
                covered |= found.covered
            list_cue = found.list_cue or list_cue
        return Found(tuple(claims), frozenset(covered), list_cue)


def read_cue(sentence: Sentence, token: Token, cue: Cue) -> Found:
    """The claims of one cue, the tokens of its scope, and its position if a list may follow."""
    if not filters.is_position(sentence, token) or _forecasts_stance(sentence, token) or _abets(sentence, token):
        return NOTHING
    if _breach_reported(sentence, token) or _belittled_aim(sentence, token) or _part_of_a_name(sentence, token):
        return NOTHING
    if any(asserted_clause(sentence, c) for c in token.children):
        return NOTHING  # "insisted that Rwanda remained committed to X": said, not asked
    if any(c.dep_ == "dobj" and c.lemma_ in sentence.words.belief for c in token.children):
        return NOTHING  # "admitted doubts about Moscow's willingness to X": a belief owned up to
    scope = cue_scope(sentence, token, cue)
    holders = cue_holders(sentence, token, cue)
    if filters.is_guessed(sentence, token, holders) or filters.is_analysed(sentence, token):
        return NOTHING
    prescriber = attribution.prescriber(sentence, token)
    conceder = False  # whether another party is told to give ground
    if prescriber is not None:
        parties = {sentence.party(h.actor) for h in holders if h is not COMMENTATOR}
        if not prescriber or COMMENTATOR in prescriber or COMMENTATOR in holders:
            return NOTHING  # "X should accept ...", said by the author or an analyst: advice
        if parties == {sentence.party(h.actor) for h in prescriber}:
            prescriber = None  # "we must accept ...": the speaker's own stance
        else:
            conceder = bool(parties) and not parties & {sentence.party(h.actor) for h in prescriber}
            holders = prescriber
    list_cue = None
    if token.pos_ in ("NOUN", "PROPN") and not cue.evaluative and holders and holders != [COMMENTATOR]:
        list_cue = ListCue(cue.stance, tuple(holders), sentence.base)
    stance = cue.stance
    if stance == "support" and any(c.lower_ in sentence.words.reluctance for c in token.children):
        stance = "concede"
    if stance == "support" and _gave_ground(sentence, token, holders):
        stance = "concede"  # "agreed to free the soldiers, something Bangkok had resisted"
    if stance == "concede" and _dropped_from_text(sentence, token):
        stance = "reject"  # "tabled a counter-draft that drops the recognition of X": taken out
    base_flips = 1 if polarity.negated(sentence, token) else 0
    ceased = polarity.ceased(sentence, token)
    if token.pos_ == "VERB":
        base_flips += polarity.governed_reversal(sentence, token) - (token.dep_ == "xcomp" and ceased)
    topics = [m for m in topics_in(sentence, scope) if (not cue.topics or m.topic in cue.topics)
              and not _points_back(sentence, token, m) and not _manner_of(token, m)]
    flip_from, flip_scope, turned = token, scope, 0
    summed = summed_up(sentence, token)
    if summed is not None:
        # "Moscow wants Kyiv to cede X, a demand Zelenskyy has rejected": the clause summed up
        flip_from, flip_scope, turned = summed
        topics = _at_its_top([m for m in topics_in(sentence, flip_scope) if not cue.topics or m.topic in cue.topics])
    if not topics and token.pos_ in ("VERB", "ADJ"):
        # "On the treaty, he said Armenia was ready to sign": the topic the sentence opens with
        topics = [m for m in framed_topics(sentence, token) if not cue.topics or m.topic in cue.topics]
    if base_flips % 2 and any(token.i in m.tokens for m in topics):
        # "no country brokered the truce": the deed the cue names is denied, not its object
        topics = [m for m in topics if token.i in m.tokens]
        holders = _denier(sentence, token, holders)
    if token.lemma_ in sentence.words.condition_nouns:
        # "X is the precondition for lifting sanctions": what waits on the condition is not asked
        waiting = {t.i for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
        topics = [m for m in topics if m.root.i not in waiting]
    if stance == "reject":
        # "denied that Washington had mediated the truce": the deed is denied, not its object
        refuted = _refutes_allegation(sentence, token)  # "denied the charge": no topic is refused
        topics = [] if refuted else [m for m in topics if not _done_by_deed(m, topics, token)
                                     and not _purpose_of_another(m, topics, token)
                                     and not _past_deed_denied(sentence, m, token, holders)]
    if stance == "concede":
        without = [m for m in topics if any(a.lower_ == "without" for a in m.root.ancestors)]
        topics = without or topics
    covered = set(scope)
    if not holders or COMMENTATOR in holders:
        return Found((), frozenset(covered), list_cue)
    if polarity.failed_to_agree(sentence, token, base_flips, {sentence.party(h.actor) for h in holders}) or (
            polarity.no_headway(sentence, token, base_flips)):
        return Found((), frozenset(covered), None)
    if token.pos_ == "VERB" and token.lemma_ in sentence.words.violations and not cue.with_word and (
            attribution.speaker_of(sentence, token) is None):
        # "India struck camps on May 7": fighting the journalist narrates is no one's stand
        return Found((), frozenset(covered), None)
    claims: list[Claim] = []
    conditions = condition_claims(sentence, token, holders) if prescriber is None else NOTHING
    infrastructure = infrastructure_in(sentence, scope)
    resources = sentence.resources
    for match in topics:
        flips = base_flips + turned + (0 if stance == "concede" else polarity.flips(sentence, flip_from, match, flip_scope))
        if base_flips % 2 and polarity.denied_by_its_topic(sentence, token, match):
            flips -= 1  # "no third country was asked": the topic's own "no" denies the cue, once
        # "barred Indian airlines from its skies", the topic a ban its phrases name by its
        # target: the bar is the measure itself
        enacted = stance == "reject" and _bars_as_measure(sentence, token, match)
        final, weight = polarity.apply_flips("support" if enacted else stance, flips)
        if stance == "concede" and flips % 2:
            final, weight = polarity.kept_stance(sentence, token, match), WEIGHTS.kept_stance
        elif final == "concede" and _pact_dropped(sentence, token, match):
            final = "reject"  # "India set the treaty aside", "Moscow abandoned the truce": ended, not conceded
        given_up = ceased and stance != "concede" and final in ("support", "propose")
        if ceased and stance != "concede":
            final = polarity.after_ceasing(final, flips)
        if polarity.paid_for(match, token):
            if base_flips or stance == "reject":
                continue  # "rejected the demand for X as the price of a truce": the truce is not refused
            final, weight = "support", 1.0  # "demanded X as the price of a truce": it would agree to one
        if polarity.asked_in_return(match, token):
            if base_flips or stance == "reject":
                continue  # "rejected a truce in exchange for X": the deal is refused, X asked by no one
            final, weight = "demand", 1.0  # "give up X in exchange for Y": Y is asked for
        if polarity.unlinked(sentence, match, token):
            continue  # "wants X without linkage to Y": nothing is said of Y
        if final == "reject" and polarity.lacks(match, topics, token):
            continue  # "rejects any truce without guarantees": it asks for the guarantees
        if final == "reject" and _refused_until(sentence, match, token):
            continue  # "will not sign the treaty until Yerevan amends X": the refusal waits on the condition
        if prescriber is not None:
            if final == "concede" and conceder and polarity.given_up_aim(sentence, token, match):
                # "Peskov said Kyiv must give up its bid to join NATO": against what Kyiv is to
                # give up; "... must give up Donetsk" stays unread (whose ground it is, unsaid)
                final = "reject"
            final = polarity.PRESCRIBED.get(final)
            if final is None:
                continue
        if final == "reject" and match.topic in resources.own_deeds and _condemns(sentence, token):
            # "condemned the airstrikes": whoever struck is accused; "ruled out strikes",
            # "will not strike" still refuse
            continue
        topic_id = match.topic
        if infrastructure and topic_id in resources.scoped_child and not _named_apart(match, topics, resources):
            topic_id = resources.scoped_child[topic_id]
        topic = resources.topics.get(topic_id)
        infra = infrastructure if topic and topic.is_infrastructure_scoped else ()
        # "does not want Russia to take part in X": Russia's part is refused, not X
        takers = arena_takers(sentence, match) if final == "reject" else set()
        conceders = resources.conceders.get(topic_id, ())
        for holder in holders:
            if takers - {sentence.party(holder.actor)}:
                continue
            # "Kinshasa scrapped its plans for dialogue with M23": an offer of its own ground
            # withdrawn refuses that ground, where a demand dropped gives ground
            held = "reject" if given_up and sentence.party(holder.actor) in conceders else final
            claims.append(sentence.claim(holder, held, topic_id, infra, None,
                                         cue.confidence * weight * holder.confidence))
    claims.extend(conditions.claims)
    covered |= conditions.covered
    return Found(tuple(claims), frozenset(covered), list_cue)


def _pact_dropped(sentence: Sentence, verb: Token, match: TopicMatch) -> bool:
    """Whether a verb of giving up has for its object a truce or an agreement in force ("set
    the treaty aside", "abandoned the ceasefire"): what binds both sides is ended, where a
    bid or a demand dropped ("dropped its demand for X", "set aside the truce it had
    demanded") gives ground."""
    words = sentence.words
    root = match.root
    owned = any(c.dep_ in ("poss", "relcl") for c in root.children)
    return root.dep_ == "dobj" and root.head.i == verb.i and not owned and (
        root.lemma_.lower() in words.truce_nouns or root.lemma_.lower() in words.agreement_nouns)


def _dropped_from_text(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of giving up has a text for subject ("the revised plan drops X", "a
    counter-draft that drops X"): the provision is taken out of it, not conceded."""
    subject = first_child(verb, "nsubj")
    if subject is None:
        return False
    noun = subject
    if subject.lower_ in sentence.words.relative and subject.i > 0:  # the parser may leave "that" unlinked
        noun = verb.head if verb.dep_ == "relcl" else sentence.sdoc[subject.i - 1]
    return noun.lemma_ in sentence.words.draft_nouns


def _named_apart(match: TopicMatch, topics: list[TopicMatch], resources: PackResources) -> bool:
    """Whether the narrower truce is named beside the broad one ("agreed to a pause in strikes
    on power plants, but not to a full ceasefire"): the categories belong to the pause, and
    the ceasefire stays whole."""
    return any(other.topic == resources.scoped_child[match.topic] for other in topics if other is not match)


def _refused_until(sentence: Sentence, match: TopicMatch, token: Token) -> bool:
    """Whether a verb between the topic and its cue (or the cue) is refused until a condition
    is met ("insists the treaty cannot be signed until Yerevan amends X")."""
    for node in (match.root, *match.root.ancestors):
        if refused_until(sentence, node):
            return True
        if node.i == token.i:
            break
    return False


def _concession_agreed(sentence: Sentence, token: Token, cue: Cue | None) -> Token | None:
    """The concession an agreement cue frames ("agreed to drop its demand for X", "is ready
    to shelve X"), which is read by itself: agreeing to give ground is giving it."""
    if cue is None or cue.stance != "support" or polarity.negated(sentence, token):
        return None
    verbs = [c for c in token.children if c.dep_ == "xcomp"]
    verbs += [g for c in token.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp"]
    return next((v for v in verbs if (inner := sentence.cues.get(v.i)) is not None and inner.stance == "concede"), None)


def _judges_outside(sentence: Sentence, token: Token, cue: Cue, outer: int) -> bool:
    """"insisted that X is not negotiable": a judgement under a cue that insists (not one
    that refuses) whose subject that cue's scope leaves out speaks for itself."""
    governing = sentence.cues.get(outer)
    if not cue.evaluative or token.dep_ not in ("acomp", "attr") or governing is None or governing.stance == "reject":
        return False  # "rejected claims that X is acceptable" is read by the rejection
    return outer != token.head.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children)


CONDEMNING = frozenset({"decry", "deplore", "condemnation", "denunciation", "criticism"})


def _condemns(sentence: Sentence, token: Token) -> bool:
    """Whether the cue condemns or denounces (a deed, most often another side's)."""
    return token.lemma_ in sentence.words.charging_verbs or token.lemma_ in CONDEMNING


def _abets(sentence: Sentence, token: Token) -> bool:
    """"its support for terrorism", "backing the rebels": backing fighters or
    their violence is a deed charged, not a stance on a topic."""
    words = sentence.words
    if token.lemma_ not in words.abetting_verbs:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to") for g in c.children
                if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in words.militant_nouns for o in objects)


def _forecasts_stance(sentence: Sentence, token: Token) -> bool:
    """"Kyiv expects Moscow to reject the truce", "Trump expects Putin to agree to X",
    "officials expect it to repeat the demand that X": a forecast of another's stance, no
    demand."""
    return token.lemma_ in sentence.words.forecasting_verbs and any(
        c.dep_ in ("xcomp", "ccomp") and (_stance_verb(sentence, c) or polarity.negated(sentence, c) or any(
            # a stance noun, not what is done ("expects Kigali to cut off its support to M23")
            g.dep_ == "dobj" and g.i in sentence.cues and sentence.cues[g.i].stance in ("demand", "propose", "reject")
            for g in c.children))
        for c in token.children)


def _stance_verb(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb is a stance cue as said: not with a particle its cue does not name,
    which makes it a deed ("hand back the soldiers" returns them; "hand" alone proposes)."""
    cue = sentence.cues.get(verb.i)
    return cue is not None and (cue.with_word is not None or not particles_of(verb))


def _part_of_a_name(sentence: Sentence, token: Token) -> bool:
    """Whether the cue is a bare modifier inside the topic phrase it modifies: the
    "recognised" of "internationally recognised borders" names the borders, nobody's
    recognition. A modifier with a doer of its own ("US-brokered deal") is still one."""
    return (token.dep_ == "amod" and token.i in sentence.topic_tokens and token.head.i in sentence.topic_tokens
            and all(c.dep_ == "advmod" for c in token.children))


def _belittled_aim(sentence: Sentence, noun: Token) -> bool:
    """A noun cue that says what its subject is, run down by its adjectives ("X was an
    unrealistic objective", "called X a dangerous demand"): a judgement of X, which the
    evaluations pass reads, not a stance the noun names."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("attr", "oprd"):
        return False
    return evaluation(sentence.words, [c for c in noun.children if c.dep_ == "amod"]) <= -STRONG


def _breach_reported(sentence: Sentence, token: Token) -> bool:
    """"Delhi did not abide by the truce": a past failure to keep an agreement is a charge
    of breaking it, not a refusal of it ("will not honour any deal" still refuses)."""
    return token.lemma_ in sentence.words.keeping_verbs and any(
        c.dep_ == "aux" and c.lower_ in ("did", "had", "has", "have") for c in token.children
    ) and polarity.negated(sentence, token)


def _done_by_deed(match: TopicMatch, topics: list[TopicMatch], cue: Token) -> bool:
    """Whether another topic's verb, under the cue, governs ``match`` ("mediated | the truce")."""
    deeds = {m.root.i for m in topics if m is not match and m.root.pos_ == "VERB"}
    for node in match.root.ancestors:
        if node.i == cue.i:
            return False
        if node.i in deeds:
            return True
    return False


def _past_deed_denied(sentence: Sentence, match: TopicMatch, cue: Token, deniers: list[Holder]) -> bool:
    """Whether a denial's clause tells a past deed of asking or agreeing ("denied that
    Pakistan had asked anyone for the truce"): the deed is disputed, its object not refused.
    A party denying that it agreed to X ("denied that the government had agreed to X") is
    against X, as in "denied agreeing to X"."""
    if cue.lemma_ != "deny":
        return False
    for node in match.root.ancestors:
        if node.i == cue.i:
            return False
        deed = cue_of(sentence, node) if node.pos_ == "VERB" else None
        if deed is not None and told_as_past(node):
            return not (deed.stance == "support" and _done_by_denier(sentence, node, deniers))
    return False


def _done_by_denier(sentence: Sentence, verb: Token, deniers: list[Holder]) -> bool:
    """Whether the subject of ``verb`` is the deniers' own side: "it", a name of their party,
    or an unowned office ("the government", when the party's spokesman denies)."""
    subject = first_child(verb, "nsubj")
    if subject is None:
        return False
    doers = {sentence.party(h.actor) for h in phrase_holders(sentence, subject) if h is not COMMENTATOR}
    if not doers:
        return subject.lower_ == "it" or subject.lemma_ in sentence.words.official_nouns
    return doers <= {sentence.party(h.actor) for h in deniers if h is not COMMENTATOR}


def _purpose_of_another(match: TopicMatch, topics: list[TopicMatch], cue: Token) -> bool:
    """"rebuffed offers of outside mediation to end the fighting": what another refused
    topic is for (an infinitive on its noun phrase) is not refused with it."""
    others = {i for m in topics if m is not match for i in m.tokens}
    for node in (match.root, *match.root.ancestors):
        if node.i == cue.i:
            return False
        if node.dep_ in ("acl", "advcl") and to_infinitive(node):
            if node.dep_ == "acl":
                phrase = {t.i for t in node.head.subtree} - {t.i for t in node.subtree}
            elif node.head.i == cue.i:  # the parser hangs the purpose on the verb
                phrase = {t.i for c in cue.children if c.dep_ == "dobj" for t in c.subtree}
            else:
                return False
            return bool(phrase & others)
    return False


RESISTED = frozenset({"something", "point", "step", "move", "concession", "idea", "demand", "clause", "one"})
"""Nouns by which a clause describes what was just agreed as once resisted ("a point it had
long resisted")."""


def _resistance_overcome(sentence: Sentence, token: Token, cue: Cue | None) -> bool:
    """Whether ``token`` is a refusal in the past perfect describing what a party has just
    agreed to: "agreed to free the soldiers, something Bangkok had resisted", "accepted the
    clause, which it had long opposed". The refusal is history; the agreement is a concession."""
    if cue is None or cue.stance != "reject" or token.dep_ != "relcl":
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in token.children):
        return False
    noun = token.head
    described = noun.lemma_.lower() in RESISTED and noun.dep_ in ("npadvmod", "appos", "dobj", "attr")
    return described or any(c.lower_ in ("which", "that") and c.dep_ in ("dobj", "nsubj") for c in token.children)


@functools.lru_cache(maxsize=64)
def summed_up(sentence: Sentence, token: Token) -> tuple[Token, frozenset[int], int] | None:
    """For a cue in a clause on a noun that sums up the clause before it ("..., a demand
    Zelenskyy has rejected", "..., something Kyiv rules out", "..., a route Bangkok continues
    to reject", "..., a step the Kremlin says it will never accept", "..., a provision Kyiv
    calls unacceptable", "..., a decision condemned by Paris"): that clause's verb, its
    tokens, which the cue is about, and 1 when the verb itself turns its topic around
    ("Russia refused a truce, a decision Paris condemned": the refusal is condemned).
    Called up to three times for each cue (is it covered, a deed recalled, read), so worked
    out once."""
    words = sentence.words
    clause_verb = token
    while clause_verb.head.i != clause_verb.i and (
            # "continues to reject", "has long refused to accept"; "calls it unacceptable"
            clause_verb.dep_ in ("xcomp", "oprd", "acomp") and clause_verb.head.pos_ in ("VERB", "AUX")
            # "a step the Kremlin says it would never accept"
            or clause_verb.dep_ == "ccomp" and clause_verb.head.lemma_ in words.speech):
        clause_verb = clause_verb.head
    noun = clause_verb.head
    reacting = clause_verb.dep_ == "relcl" or clause_verb.dep_ == "acl" and clause_verb.tag_ == "VBN"
    # the parser may take the noun for the object of the clause's verb ("asked for X, a
    # request Washington welcomed")
    if not reacting or noun.lemma_.lower() not in words.summing_nouns or noun.dep_ not in ("npadvmod", "appos", "dobj", "dep"):
        return None
    if noun.i == 0 or sentence.sdoc[noun.left_edge.i - 1].lower_ not in (",", "—", "–", "-"):
        return None
    clause = noun.head
    # the clause the comma closes, not a verb describing a noun in it ("its bid to join NATO")
    # nor one standing for a preposition ("following an attack")
    while clause.head.i != clause.i and (clause.pos_ not in ("VERB", "AUX") or clause.dep_ in ("acl", "relcl", "xcomp", "prep")):
        clause = clause.head
    turned = polarity.is_reverser(sentence, clause) or polarity.negated(sentence, clause) or (
        (cue := cue_of(sentence, clause)) is not None and cue.stance == "reject")
    return clause, frozenset(t.i for t in clause.subtree) - {t.i for t in noun.subtree}, int(turned)


def _at_its_top(topics: list[TopicMatch]) -> list[TopicMatch]:
    """The topics a summed-up clause is about: those nearest its top and their conjuncts
    ("calls for troops to be deployed after a truce, a step Moscow rejects": the troops)."""
    if len(topics) < 2:
        return topics
    depth = {id(m): sum(1 for _ in m.root.ancestors) for m in topics}
    top = min(depth.values())
    kept = {m.root.i for m in topics if depth[id(m)] == top}
    return [m for m in topics if m.root.i in kept or any(c.i in kept for c in m.root.conjuncts)]


def _manner_of(token: Token, match: TopicMatch) -> bool:
    """Whether the phrase says how the cue was done, not what: "the truce was agreed
    bilaterally" is no one agreeing to bilateralism (a party saying so backs that way:
    means)."""
    root = match.root
    # "agreed bilaterally", "agreed directly between the two armies"
    on_cue = root.head.i == token.i or root.head.dep_ == "prep" and root.head.head.i == token.i
    return root.dep_ == "advmod" and on_cue and root.pos_ == "ADV" and root.lower_.endswith("ly")


def _own_deed_recalled(sentence: Sentence, token: Token, cue: Cue) -> bool:
    """Whether ``token`` is a past deed of the holder of the cue above it, told in a relative
    clause to name what that cue is about: "suspended the declaration it signed in October",
    "walked away from the deal they had agreed". The cue above is the stance now."""
    past = token.tag_ == "VBD" or token.tag_ == "VBN" and any(c.lower_ == "had" for c in token.children)
    if token.dep_ != "relcl" or not past or first_child(token, "nsubj") is None or summed_up(sentence, token):
        return False  # "..., a demand Kyiv has rejected", "..., a demand Kyiv rejected": a stance now
    outer = next((a for a in token.ancestors if a.i in sentence.cues), None)
    if outer is None or token.head.dep_ in ("nsubj", "nsubjpass") and token.head.head.i == outer.i:
        return False  # "Cambodia, which called for talks, welcomed X": the holder, not what X is
    party = sentence.party
    mine = {party(h.actor) for h in cue_holders(sentence, token, cue) if h is not COMMENTATOR}
    theirs = {party(h.actor) for h in cue_holders(sentence, outer, sentence.cues[outer.i]) if h is not COMMENTATOR}
    return bool(mine) and mine <= theirs


def _judged_deed(sentence: Sentence, noun: Token) -> bool:
    """Whether a cue noun or gerund with no holder of its own is what a judgement is made of
    ("the suspension of the treaty was an outrage", "concessions are off the table",
    "Islamabad called the suspension an act of war"): the evaluation reads it; the one who
    judges it did not do it."""
    gerund = noun.pos_ == "VERB" and noun.tag_ == "VBG"  # "ceding land is out of the question"
    subject = noun.head if gerund and noun.dep_ == "amod" else noun  # the parser's "ceding | land"
    verb = subject.head
    words = sentence.words
    if not (noun.pos_ == "NOUN" or gerund) or _own_doer(sentence, noun):
        return False  # "Delhi's suspension": its own act
    if subject.dep_ in ("nsubj", "csubj") and verb.lemma_ in words.copulas:
        # "was an outrage", "is unacceptable", "are off the table"
        complement = [t for c in verb.children if c.dep_ in ("attr", "acomp", "prep") for t in c.subtree]
    elif subject.dep_ == "dobj" and verb.lemma_ in words.judging_verbs:
        # "called the suspension a blunder", "described it as an act of war"
        complement = [t for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp")
                      or c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree]
    else:
        return False
    # a topic's own words are what is named, not a verdict ("the dismantling of the terror camps")
    complement = [t for t in complement if t.i not in sentence.topic_tokens]
    return abs(evaluation(words, complement)) >= STRONG or any(
        t.lemma_ in words.hostile_framings for t in complement)


def _own_doer(sentence: Sentence, noun: Token) -> bool:
    """Whether a cue noun names who did it: "Delhi's suspension", "the Borsk refusal"."""
    return any(c.dep_ in ("poss", "compound", "amod") and c.i in sentence.mentions for c in noun.children)


def _deed_to_undo(sentence: Sentence, noun: Token) -> bool:
    """Whether a cue noun is what must be undone ("the suspension of the treaty must be
    reversed", "the ban should be lifted"): whoever says so asks for the opposite of the
    deed, which the obligations pass reads; the deed is its doer's stance only when it
    names one ("Delhi's suspension of the treaty must be reversed"), also in a verb that
    shares the noun ("the suspension was illegal and | must be reversed")."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head if noun.dep_ == "nsubjpass" else obliged_conjunct(sentence, noun.head)
    return verb is not None and verb.pos_ == "VERB" and polarity.undoes(sentence, verb) and obliged(sentence, verb)


def _gave_ground(sentence: Sentence, token: Token, holders: list[Holder]) -> bool:
    """Whether what the cue agrees to is described as once resisted by its own holder
    ("Kyiv welcomed the truce, which Moscow had rejected" is no concession of Kyiv's)."""
    parties = {sentence.party(h.actor) for h in holders if h is not COMMENTATOR}
    subject = first_child(token, "nsubj")
    if subject is not None and any(
            c.dep_ == "relcl" and (cue := sentence.cues.get(c.i)) is not None and cue.stance == "reject"
            and any(a.dep_ == "aux" and a.lower_ == "had" for a in c.children) for c in subject.children):
        return True  # "Bangkok, which had bristled at foreign monitors, accepted the observers"
    for t in token.subtree:
        if t.i == token.i or not _resistance_overcome(sentence, t, sentence.cues.get(t.i)):
            continue
        subject = first_child(t, "nsubj")
        resisters = phrase_holders(sentence, subject) if subject is not None else []
        if {sentence.party(h.actor) for h in resisters if h is not COMMENTATOR} & parties:
            return True
    return False


def _points_back(sentence: Sentence, token: Token, match: TopicMatch) -> bool:
    """"Belgium called the proposal risky": a cue noun that stands, with a bare "the", for a
    topic named before is someone else's proposal, not a new one by whoever speaks of it
    ("Moscow repeated these demands" is its own)."""
    return match.root.i == token.i and bare_definite(sentence, token) and (
        token.i not in sentence.topic_tokens)


def _refutes_allegation(sentence: Sentence, token: Token) -> bool:
    """"Phnom Penh denied the charge", "a claim Kigali rejected", "Kigali denies arming the
    rebels": a fact is disputed, the topic the allegation names is no one's stand."""
    nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        nouns += subjects[:1]  # the parser may make "a claim [Kigali denied]" a second subject
    if token.dep_ == "relcl":
        nouns.append(token.head)
    if token.lemma_ == "deny" and any(c.dep_ == "xcomp" and c.tag_ == "VBG" and cue_of(sentence, c) is None
                                      and not polarity.is_reverser(sentence, c) for c in token.children):
        # "denies arming the rebels": a deed disputed. "Denied seeking X" is against X,
        # "denied violating the embargo" keeps to it
        return True
    return any(n.lemma_ in sentence.words.allegation_nouns and not (
        n.lemma_ == "claim" and any(c.dep_ == "prep" and c.lower_ in ("to", "over", "on") for c in n.children))
        or n.lemma_ in sentence.words.complicity_nouns for n in nouns)  # "denied any link to X"


def _said_that(sentence: Sentence, token: Token) -> bool:
    """Whether a verb of keeping something up that is also a verb of saying ("maintain",
    "observe", "hold") governs a "that" clause in the past and no object: it asserts what
    happened, which the passes after it read ("maintains that there is nothing to mediate"
    is still a stance)."""
    return token.lemma_ in UPHOLDING and not any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and told_as_past(c)
        for c in token.children)


def _observed(sentence: Sentence, token: Token) -> bool:
    """Whether the cue reports a deed seen ("vehicles were seen leaving", "residents saw
    troops pulling back"): the seeing, or the deed seen, is no one's position ("would like to
    see a truce" still wishes for one)."""
    seeing = sentence.words.perception_verbs
    if token.dep_ == "xcomp" and token.head.lemma_ in seeing:
        return True
    return token.lemma_ in seeing and (any(c.dep_ == "auxpass" for c in token.children) or any(
        c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" for c in token.children))


def _bars_as_measure(sentence: Sentence, token: Token, match: TopicMatch) -> bool:
    """Whether a verb that closes a way through ("barred", "blocked") has for object what a
    restraint topic of the pack names as its target ("a ban on Indian airlines"), a topic
    whose phrases name such a closing ("close airspace")."""
    resources = sentence.resources
    return (token.pos_ == "VERB" and token.lemma_ in sentence.words.closing_verbs and not match.opposite
            and match.topic in resources.restraints and match.topic in resources.closing_topics
            and (match.root.head.i == token.i and match.root.dep_ in ("dobj", "nsubjpass")
                 or match.root.dep_ == "pobj" and match.root.head.lower_ == "from"
                 and match.root.head.head.i == token.i))  # "barred X | from its airspace"


def _denier(sentence: Sentence, token: Token, holders: list[Holder]) -> list[Holder]:
    """"The US did not broker the truce, an Indian official said": a deed another party
    is said not to have done is the speaker's denial of it."""
    speakers = attribution.speaker_of(sentence, token)
    if not speakers or COMMENTATOR in speakers or COMMENTATOR in holders:
        return holders
    if {sentence.party(h.actor) for h in speakers} & {sentence.party(h.actor) for h in holders}:
        return holders
    return speakers


