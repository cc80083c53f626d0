"""What is no one's position: conditions, drafts, guesses about others, analysts' readings.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from stancegraph.loaders.extraction import attribution
from stancegraph.loaders.extraction import holders as holding
from stancegraph.loaders.extraction.polarity import negated
from stancegraph.loaders.extraction.sentence import (
    COMMENTATOR,
    Holder,
    Sentence,
    first_child,
    has_auxiliary,
    inverted_condition,
    shared_clause,
)


COUNTERFACTUAL = frozenset({"would", "could", "might", "should", "'d"})
"""Modals that, with "have" and a participle, say what did not happen ("would have agreed")."""


def _duty(sentence: Sentence, token: Token) -> bool:
    """Whether a verb says what a task or a mandate is ("its task was to observe the truce",
    "the mandate is to monitor X"): a mission's remit, not a stance of whoever owns it."""
    copula = token.head
    return token.dep_ == "xcomp" and copula.lemma_ in sentence.words.copulas and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in sentence.words.duty_nouns for c in copula.children)


MOTION_PREPOSITIONS = frozenset({"to", "into", "from", "across", "out"})


def _moved(sentence: Sentence, token: Token) -> bool:
    """Whether a passive verb carries people somewhere ("children have been taken to
    Russia", "prisoners were handed over to Kyiv"): what was done to them, no one's stance."""
    people = sentence.words.people_nouns
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    # "thousands of children": the people are the measure's
    subjects += [g for s in subjects for p in s.children if p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
    return any(c.dep_ == "auxpass" for c in token.children) and any(
        s.lemma_.lower() in people for s in subjects) and any(
        c.dep_ in ("prep", "prt") and c.lower_ in MOTION_PREPOSITIONS for c in token.children)


def _long_held_before(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` lies in what a party did for a span of time before the sentence's
    event: "after months of saying it would never talk to them, Kinshasa agreed", "after
    years of refusing X" -- a stance the event leaves behind."""
    for node in (token, *token.ancestors):
        span = node.head.head if node.dep_ == "pcomp" and node.head.lower_ == "of" else None
        if span is not None and span.tag_ == "NNS" and span.lemma_ in sentence.words.time_nouns and (
                span.dep_ == "pobj" and span.head.lower_ in ("after", "following")):
            return True
    return False


def is_position(sentence: Sentence, token: Token, deed: bool = False) -> bool:
    """False for conditions, drafts, guesses about others and history: not anyone's
    position. ``deed``: ``token`` is a deed done, which a past "when" clause still tells
    when it has an object ("the families were split when India cancelled the visas"; "the
    talks collapsed when the rebels pulled out" leaves what they left to the sentence)."""
    words = sentence.words
    if _is_history(sentence, token) or any(
            _is_history(sentence, a) for a in token.ancestors if a.pos_ in ("VERB", "AUX")):
        return False  # "In 2020, X called for the group to be disbanded": the whole clause is dated
    if _rumoured(sentence, token):
        return False  # "A post shared widely says Kyiv agreed to X": the rumour's words
    if _draft_says(sentence, token):
        return False  # "The plan says Kyiv would ...", "the draft would require Kyiv to X": the plan's words
    if _under_which(sentence, token):
        return False  # "a plan under which Kyiv would give up X": the plan's terms
    if _generic(sentence, token):
        return False  # "treaties are rarely signed on merit alone": how things go, no one's stance
    if _duty(sentence, token):
        return False  # "its task was to observe the truce": what a mission is there for
    if _moved(sentence, token):
        return False  # "children were taken to Russia": a deed done to people
    if _long_held_before(sentence, token):
        return False  # "after months of saying it would never talk to the rebels": held no longer
    if withheld(sentence, token):
        return False  # "declined to say whether Kyiv would accept X": words held back
    node = token
    clause = shared_clause(token)  # "Kyiv would cap X and commit to Y": one modal for both
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if clause.tag_ == "VBN" and auxiliaries & {"have", "'ve"} and auxiliaries & COUNTERFACTUAL:
        return False  # "Ukraine would have accepted X": what did not happen
    modal = any(c.lower_ in words.hedges for c in clause.children if c.dep_ == "aux")
    while node.head.i != node.i:
        if node.i != token.i and _speaker_adds(sentence, node):
            break  # "..., adding that X": the speaker's own word, wherever the parser hangs it
        if any(c.dep_ == "mark" and c.lower_ in words.conditional_marks for c in node.children):
            return False
        if node.dep_ == "advcl" and node.head.lower_ in words.lasting_conditions and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in node.children):
            return False  # "will stay shut (for) as long as India's measures stay in force": a condition
        if node.dep_ in ("advcl", "ccomp") and inverted_condition(node):
            return False  # "Should Kyiv accept X, Moscow would ...": a condition
        if _awaited(node) and token.lemma_ not in words.condition_nouns:
            return False  # "talks would resume only once Pakistan ended X": a condition, not a deed
        told_when = node.dep_ in ("advcl", "relcl") and node.tag_ == "VBD" and any(
            c.lower_ == "when" for c in node.children)
        if told_when and not (deed and node.i == token.i and any(c.dep_ == "dobj" for c in node.children)):
            return False  # "..., when the leader said he would seek X", "in the spring, when he demanded X": background
        if _asked(sentence, node):
            return False  # "the question is when Pakistan will vacate X": asked, not said
        if _left_open(node) or node.dep_ == "ccomp" and _left_open(node.head):
            return False  # "has neither confirmed nor denied that it put X on the table"
        if node.i != token.i and node.lemma_ in words.belief and (modal or negated(sentence, node)) and not (
                (doubted := doubted_obligation(sentence, token)) is not None and doubted.i == node.i):
            return False  # "does not think Kyiv will accept X": a guess; but not "... should X"
        node = node.head
    if modal and node.lemma_ in words.belief:
        return False
    if not sentence.is_question and inverted_condition(node):
        return False  # "Moscow would respond should Kyiv accept X", the parser's root the condition
    if modal:
        # "Under the draft, Kyiv would ...", "According to a leaked draft, Kyiv would ...":
        # the draft's content, its author's proposal, not the position of who it names
        drafts = any(
            (t.lower_ == "under" or t.lower_ == "according" and t.i + 1 < len(sentence.sdoc)
             and sentence.sdoc[t.i + 1].lower_ == "to")
            and any(g.lemma_ in words.draft_nouns for g in t.subtree if g.i > t.i)
            for t in sentence.sdoc
        ) or _listed_provision(sentence, token)
        # "Any talks, Modi said, could cover only X": a speech verb set inside reports it too
        reported = bool(sentence.carried_speakers) or any(
            a.lemma_ in words.speech for a in token.ancestors) or any(
            c.dep_ == "parataxis" and c.lemma_ in words.speech for n in (token, *token.ancestors) for c in n.children)
        if drafts or not reported and clause.dep_ == "ROOT" and not negated(sentence, clause):
            return False  # but "Moscow would never accept X" is a refusal
    return True


OPINING = frozenset({"think", "believe"})
"""Verbs of opinion whose "not" belongs to the clause they hold ("did not think X should be
eased" says it should not)."""


def doubted_obligation(sentence: Sentence, verb: Token) -> Token | None:
    """The negated verb of opinion right above a clause of what should or must be done:
    "he did not believe sanctions should be eased", whose "not" is the clause's."""
    if not any(c.dep_ == "aux" and c.lower_ in sentence.words.obligation for c in verb.children):
        return None
    above = verb.head
    if verb.dep_ != "ccomp" or above.lemma_ not in OPINING or not negated(sentence, above):
        return None
    return above


WH_WORDS = frozenset({"when", "whether", "how", "why"})
ASKED_OPENERS = WH_WORDS | {"what", "which", "who"}
"""Words that open a clause asked about, alone or in its first phrase ("how many troops")."""
AWAITING = frozenset({"once", "after", "when"})
"""Marks of a clause told as the time of something: a condition when that something is still
to come ("will resume once X") or when only then ("only after X")."""
YET_TO_COME = frozenset({"will", "would", "'ll", "can", "could", "shall"})


def _awaited(node: Token) -> bool:
    """Whether ``node`` heads a clause that what it is the time of waits on: "talks would be
    possible only once Pakistan ended X", "Russia will halt strikes after Kyiv withdraws" (but
    "the truce held after Kyiv withdrew" and "it would be a first after Kyiv withdrew" tell
    what happened)."""
    if node.dep_ != "advcl" or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in AWAITING for c in node.children):
        return False
    if not any(c.dep_ == "nsubj" for c in node.children):
        return False  # "will free them once the truce is implemented": what the speaker waits for, its own wish
    return any(c.dep_ == "advmod" and c.lower_ == "only" for c in node.children) or node.tag_ != "VBD" and any(
        c.dep_ == "aux" and c.lower_ in YET_TO_COME for c in node.head.children)


def _under_which(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` lies in a clause that says what holds under a draft ("a plan under
    which Kyiv would give up X", "the proposal, under which both sides pull back")."""
    for clause in (token, *token.ancestors):
        if clause.dep_ == "relcl" and clause.head.lemma_ in sentence.words.draft_nouns and any(
                c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ in ("which", "whom") for g in c.children)
                for c in clause.children):
            return True
    return False


CONFIRM_OR_DENY = frozenset({"confirm", "deny"})


def _left_open(verb: Token) -> bool:
    """Whether ``verb`` is "confirm" joined to "deny" (or the reverse): "neither confirmed nor
    denied", "would not confirm or deny" leave what follows open."""
    if verb.lemma_ not in CONFIRM_OR_DENY:
        return False
    joined = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(j.lemma_ in CONFIRM_OR_DENY and j.lemma_ != verb.lemma_ for j in joined)


def _draft_says(sentence: Sentence, token: Token) -> bool:
    """Whether a clause that ``token``'s clause completes has a draft for subject."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "appos", "advcl") or node.dep_ == "conj" and any(
                c.dep_ == "nsubj" for c in node.children):
            return False
        below, node = node, node.head
        if below.dep_ in ("ccomp", "xcomp") and any(
                c.dep_ == "nsubj" and c.lemma_ in sentence.words.draft_nouns for c in node.children):
            return True
    return False


GENERIC_ADVERBS = frozenset({"rarely", "seldom", "usually", "often", "typically", "generally",
                             "sometimes", "always", "invariably", "frequently", "normally"})
"""Adverbs of frequency, which with a bare plural subject state how things generally go."""


def _generic(sentence: Sentence, token: Token) -> bool:
    """Whether a verb cue states a generality: a bare plural subject that names no party and
    an adverb of frequency ("truces seldom hold", "treaties are rarely signed on merit")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    subject = first_child(token, "nsubj", "nsubjpass")
    return (subject is not None and subject.tag_ == "NNS"
            and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)
            and not any(t.i in sentence.mentions for t in subject.subtree)
            and any(c.dep_ == "advmod" and c.lower_ in GENERIC_ADVERBS for c in token.children))


def _rumoured(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` is in what an authorless post, video or rumour says ("a video shared
    on TikTok says the president signed X", "rumours swirled that X")."""
    words = sentence.words
    for verb in (token, *token.ancestors):
        if verb.pos_ not in ("VERB", "AUX"):
            continue  # "rumours swirled that X", "a post says X"
        source = first_child(verb, "nsubj")
        # "a post | shared widely says", as parsed: a clause for subject, or a participle made
        # the verb of a clause put before it ("a post | viewed a million times says")
        clause = first_child(verb, "csubj") or next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                                                     and c.tag_ in ("VBN", "VBD") and not has_auxiliary(c)), None)
        if source is None and clause is not None:
            source = first_child(clause, "nsubj")
        if source is not None and source.lemma_ in words.rumour_sources and not any(
                t.i in sentence.mentions for t in source.subtree):
            return True
    return False


def _listed_provision(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` follows a colon after "among its provisions", "the main points",
    "its terms": a plan's contents listed, not the position of the parties they name."""
    colon = next((t for t in sentence.sdoc[:token.i] if t.lower_ == ":"), None)
    words = sentence.words
    return colon is not None and any(
        t.lemma_ in words.part_nouns or t.lemma_ in words.draft_nouns for t in sentence.sdoc[:colon.i])


def withheld(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` lies in words someone holds back, or only asks about: "declined to
    say whether Kyiv would accept X", "would not confirm that Moscow had agreed to X",
    "stopped short of saying it would back X", "dodged a question on whether Moscow would
    accept X", "Asked about X, the envoy declined to comment". No one states a stance on X
    there. What is held back is not why or how a thing was done ("declined to explain why
    Moscow rejected X" takes the rejection as done)."""
    words, lemmas = sentence.words, sentence.lemmas
    if all(lemmas.isdisjoint(kind) for kind in (
            words.commenting_verbs, words.asking_verbs, words.question_nouns, words.withholding_verbs)):
        return False  # no word to hold back or ask with: most sentences
    below = token
    for node in token.ancestors:
        if _speaker_adds(sentence, below):
            return False  # "..., arguing that X must come first": the speaker's own word
        if _asked(sentence, below):
            return True  # "asked Peskov whether Moscow would accept X": asked, not said
        if speaks_of(sentence, node) and below.dep_ in SAID and not _explained(below) and _held_back(sentence, node):
            return True  # "would not say if Moscow backs X", "declined to comment on X"
        if _put_before(sentence, node) and _answers_nothing(sentence, node.head):
            return True  # "Asked about X, he declined to comment": the question, unanswered
        below = node
    return False


SAID = frozenset({"ccomp", "dobj", "prep", "xcomp"})
"""How what is said hangs on a verb of saying: a clause, an object, "on X"."""


def _put_before(sentence: Sentence, verb: Token) -> bool:
    """Whether ``verb`` is "asked" as a question put before its answer: "Asked whether X,
    he said ...", a participle with no subject of its own (whatever the parser hangs it on)."""
    return verb.lemma_ in sentence.words.asking_verbs and verb.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _explained(clause: Token) -> bool:
    """Whether a clause says why or how something was done: what it tells is taken as done."""
    return any(c.lower_ in ("why", "how") and c.dep_ == "advmod" for c in clause.children)


def _held_back(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of saying is held back: negated ("would not confirm"), or what a
    party declines, refuses, fails or stops short of doing ("declined to say", "stopped
    short of saying", "did not want to say")."""
    if negated(sentence, verb):
        return True
    node = verb
    while node.dep_ in ("xcomp", "pcomp", "pobj", "prep", "advmod", "acomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_ in sentence.words.withholding_verbs:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_ != "be" and negated(sentence, node) and verb.dep_ == "xcomp"
    return False


def _answers_nothing(sentence: Sentence, verb: Token) -> bool:
    """Whether a clause's verb is a saying held back ("he would not say") or holds one
    back ("he declined to comment", "refused to answer")."""
    return speaks_of(sentence, verb) and _held_back(sentence, verb) or any(
        c.dep_ == "xcomp" and speaks_of(sentence, c) and _held_back(sentence, c) for c in verb.children)


def speaks_of(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb says something about a topic ("comment on", "spell out"), takes
    questions on it ("answer questions about the guarantees") or is an answer refused
    ("refused to answer"; not "would answer any attack", a reply in arms)."""
    words = sentence.words
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_ in words.commenting_verbs or any(c.lemma_ in words.question_nouns for c in objects) or (
        verb.lemma_ == "answer" and not objects and verb.dep_ == "xcomp" and verb.head.lemma_ in words.withholding_verbs)


def _speaker_adds(sentence: Sentence, verb: Token) -> bool:
    """A participle of saying that goes on from the sentence's speaker ("..., adding that X",
    "..., saying X")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_ in sentence.words.speech


def _asked(sentence: Sentence, clause: Token) -> bool:
    """A clause that is what a copula says something is, or what is asked, opened by
    "when", "whether", "how" or "why" ("if" after a verb of asking): "the only question is
    when X will Y", "asked whether X would Y", "asked why X had not agreed to Y", "asked if X
    backs Y", "a question on whether X would Y" -- an open question, not a position. What a
    thing is judged by ("will judge the deal by whether the troops leave") is no question."""
    words = sentence.words
    head = clause.head
    asking = head.lemma_ in words.asking_verbs
    opened = any((c.lower_ in WH_WORDS or asking and c.lower_ == "if") and c.dep_ in ("advmod", "mark")
                 and c.i < clause.i for c in clause.children)
    if clause.dep_ == "pcomp" and head.pos_ == "ADP":
        return opened and head.head.lemma_ in words.question_nouns  # "a question on whether X"
    # "asked how many troops would be needed", "asked which side would withdraw first"
    opened = opened or asking and clause.left_edge.lower_ in ASKED_OPENERS and clause.left_edge.i < clause.i
    return opened and clause.dep_ in ("advcl", "ccomp", "attr") and (
        head.lemma_ == "be" and not any(c.dep_ in ("attr", "acomp") for c in head.children) or asking)


def _in_period(token: Token, clause: Token) -> bool:
    """Whether "in" or "during" dates the clause by ``token``: "in 2022", "in the spring of 2022"."""
    for node in token.ancestors:
        if node.i == clause.i or node.pos_ in ("VERB", "AUX"):
            return False
        if node.lower_ in ("in", "during"):
            return True
        if node.pos_ == "ADP" and node.lower_ != "of":
            return False
    return False


def _own_words(clause: Token) -> list[Token]:
    """The words of a clause without the clauses that describe its nouns ("the Minsk Group,
    which had mediated since 1992": that date is the group's, not the clause's)."""
    found, stack = [], [clause]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(c for c in node.children if c.dep_ not in ("relcl", "acl"))
    return found


def is_analysed(sentence: Sentence, token: Token) -> bool:
    """Whether the cue is an analyst's reading of a party ("Kuznets, an analyst, said Russia
    wants X"): commentary, not a reported position. News outlets reporting are not this."""
    words = sentence.words
    sdoc = sentence.sdoc
    if sentence.in_quote(token):
        return attribution.quote_speaker(sentence, token) == [COMMENTATOR]
    for node in token.ancestors:
        if node.lemma_ in words.speech and not sentence.in_quote(node):
            subject = first_child(node, "nsubj", "nsubjpass")
            return subject is not None and _is_analyst(sentence, subject)
    for t in sdoc:
        if t.lower_ == "according" and t.i + 1 < len(sdoc) and sdoc[t.i + 1].lower_ == "to":
            return any(_is_analyst(sentence, c) for c in sdoc[t.i + 1].children if c.dep_ == "pobj")
    return False


def _is_analyst(sentence: Sentence, head: Token) -> bool:
    """A person the sentence or the pack describes as an analyst, researcher, expert ..."""
    analyst_nouns = sentence.words.analyst_nouns
    if any(c.dep_ == "appos" and c.lemma_ in analyst_nouns for c in head.children):
        return True
    if holding.out_of_office(sentence, holding.description(head)):
        return True  # "Former Indian diplomat X", "X, director of a programme at a think tank"
    mention = sentence.mentions.get(head.i)
    if mention is not None:  # "the Saudi hosts" name a party
        return mention.actor in sentence.resources.analysts
    return head.lemma_ in analyst_nouns


def is_guessed(sentence: Sentence, token: Token, holders: list[Holder]) -> bool:
    """Whether the cue is someone's belief about another party ("Kyiv doubts Moscow wants X")."""
    words = sentence.words
    parties = {sentence.party(h.actor) for h in holders if h is not COMMENTATOR}
    below = token
    for node in token.ancestors:
        reports, reporter = _reporter(sentence, node, below)
        below = node
        if reports and not sentence.in_quote(node):
            # "the minister claimed that Kinshasa is demanding X": the other side's report
            reporters = holding.phrase_holders(sentence, reporter) if reporter is not None else []
            reported = {sentence.party(h.actor) for h in reporters if h is not COMMENTATOR}
            return bool(reported) and bool(parties) and not reported & parties
        if node.lemma_ in words.speech and not sentence.in_quote(node):
            return False
        if node.lemma_ not in words.belief:
            continue
        subject = first_child(node, "nsubj")
        if subject is None and node.pos_ == "NOUN" and node.dep_ == "dobj":
            subject = first_child(node.head, "nsubj")  # "Macron voiced doubts about Moscow's willingness to X"
        if subject is None:
            continue
        believers = holding.phrase_holders(sentence, subject)
        if COMMENTATOR in believers:
            return True
        if believers and {sentence.party(h.actor) for h in believers} != parties:
            return True
    return False


def _reporter(sentence: Sentence, node: Token, below: Token) -> tuple[bool, Token | None]:
    """Whether ``node`` reports what another side says or knows of the clause below it, and
    who reports: the subject of an imputing verb ("the minister claimed that ..."), or the
    owner of a noun of evidence the clause hangs on ("Islamabad had intelligence that India
    ...", "Kigali's evidence that ...")."""
    if node.lemma_ in sentence.words.imputing_verbs:
        return True, first_child(node, "nsubj")
    if node.pos_ == "NOUN" and node.lemma_ in sentence.words.evidence_nouns and below.dep_ in ("acl", "relcl"):
        owner = first_child(node, "poss")
        if owner is None and node.dep_ == "dobj":
            owner = first_child(node.head, "nsubj")
        return owner is not None, owner
    return False, None


def _is_history(sentence: Sentence, token: Token) -> bool:
    """"In 2008 the government had agreed to X": a past cue dated to a year before the latest
    one the document names (or the pack's year), or a past perfect dated to a year, reports
    history, not a position; so does a past perfect in a relative clause on a party's name ("X, who had
    long refused talks, ..."). (A past perfect alone does not: reported speech shifts
    tenses back, "Reuters reported the Kremlin had rejected X".)"""
    clause = token if token.pos_ in ("VERB", "AUX") else token.head
    if token.pos_ == "NOUN" and clause.pos_ == "ADP":
        # "signed in 1960 with World Bank mediation": the noun's verb dates it
        clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), clause)
    if clause.tag_ not in ("VBD", "VBN"):
        return False
    past_perfect = any(c.lower_ == "had" and c.dep_ == "aux" for c in clause.children)
    # "has demanded X since 2022" still demands it
    # only a year dates it: the clause is walked only when the sentence names one
    dated = [t for t in _own_words(clause) if is_year(t.text) and (_in_period(t, clause) or t.head.lower_ == "since"
             and (past_perfect or clause.tag_ == "VBD"))] if any(map(is_year, sentence.forms)) else []
    if clause.dep_ in ("acl", "relcl"):
        # "the 2020 ceasefire, brokered by Moscow": the year of what the clause describes
        dated += [c for c in clause.head.children if c.dep_ in ("nummod", "compound", "amod")]
    years = years_in(dated)
    if years and past_perfect:
        return True
    if "ago" in sentence.forms and _years_ago(clause):
        return True  # "Five years ago, Armenia agreed to X": an anniversary's history
    if past_perfect and any(c.dep_ == "prep" and c.lower_ == "until" and any(g.lower_ == "then" for g in c.children)
                            for c in clause.children):
        return True  # "had until then insisted X": what it held before it changed course
    if past_perfect and clause.dep_ == "relcl" and clause.head.i in sentence.mentions and not any(
            a.lemma_ in sentence.words.speech for a in clause.ancestors):
        return True  # "X, who had long refused any dialogue, agreed ...": X's past, told in passing
    return dated_before(sentence, years)


def _years_ago(clause: Token) -> bool:
    """Whether the clause is dated years or decades back: "five years ago", "decades ago"
    (not "a year ago": last year's stance may still stand)."""
    for ago in (t for t in clause.subtree if t.lower_ == "ago"):
        verb = next((a for a in ago.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i != clause.i:
            continue
        if any(c.dep_ == "npadvmod" and (c.lemma_ == "decade" or c.lemma_ == "year" and c.tag_ == "NNS")
               for c in ago.children):
            return True
    return False


def years_in(tokens: Iterable[Token]) -> list[int]:
    """The years (four digits, 1901-2099) among ``tokens``."""
    return [int(t.text) for t in tokens if is_year(t.text)]


def is_year(word: str) -> bool:
    """Whether a word is a year (four digits, 1901-2099)."""
    return len(word) == 4 and word.isdigit() and 1900 < int(word) < 2100


def dated_before(sentence: Sentence, years: list[int]) -> bool:
    """Whether ``years`` lie well before the latest year the document names, or the pack's:
    history, told in passing."""
    latest = max(sentence.context.latest_year or 0, sentence.resources.pack.year or 0)
    return bool(latest and years) and max(years) < latest - 1
