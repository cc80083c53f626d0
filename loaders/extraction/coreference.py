"""Pronouns and pairs: "we" is the quotation's speaker, "he" the person named before, "both
sides" the two parties last named together.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from stancegraph.loaders.extraction import attribution
from stancegraph.loaders.extraction import holders as holding
from stancegraph.loaders.extraction.scope import series_first
from stancegraph.loaders.extraction.sentence import (
    COMMENTATOR,
    DocumentContext,
    Holder,
    Sentence,
    first_child,
    has_ancestor,
    to_infinitive,
)
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.loaders.mentions import Mention


TEXT_REACH = 1500
"""How many characters after a letter or a statement is named "the letter" may still mean it."""
OBJECTS = frozenset({"dobj", "dative", "iobj"})
"""Dependencies of a pronoun in object position."""
OPENING_IT = re.compile(r"\s*It\s")
"""A sentence opening with "It", the subject that a run of such sentences shares."""


def resolve_pronoun(sentence: Sentence, pronoun: Token) -> list[Holder]:
    """The actor a pronoun points to: the speaker, the reporting subject, or the last named."""
    words = sentence.words
    lower = pronoun.lower_
    if lower in words.first_person:
        return attribution.quote_speaker(sentence, pronoun)
    going_on = _goes_on(sentence, pronoun)
    if going_on:
        return going_on  # "X, he added, would Y": whoever the sentence before reported
    written = text_author(sentence, pronoun)
    if written:
        return written  # "The letter accuses X. It asks the council to Y": the letter's author
    reporter = _unnamed_reporter(sentence, pronoun)
    if reporter is not None:
        return reporter  # "Organisers said they wanted X": the organisers, whoever they are
    owner = _owner_of_relative(sentence, pronoun)
    if owner:
        return owner  # "Putin's address, in which he proposed X": Putin
    first = _first_conjunct_subject(pronoun)
    if first is not None:
        return resolve_pronoun(sentence, first)  # "It wants X under UN resolutions, and it wants Y": one "it"
    assigned = _assigned_to(pronoun)
    if assigned is not None:
        return holding.phrase_holders(sentence, assigned)  # "It fell to Jaishankar to answer": no "it" at all
    # "While Tehran welcomed the deal, it voiced concern over X": Tehran; "asked India to
    # reconsider its decision": India's decision
    for antecedent in (_fronted_clause_subject(pronoun), _controller(pronoun)):
        found = holding.phrase_holders(sentence, antecedent) if antecedent is not None else []
        if found and all(_agrees(sentence, lower, h.actor) for h in found if h is not COMMENTATOR):
            return found
    governing = _governing_subject(sentence, pronoun)
    # "Zelensky dismissed it, accusing him of ...": an object pronoun is never its own
    # clause's subject ("himself" would be)
    is_object = pronoun.dep_ in OBJECTS or pronoun.dep_ == "nsubj" and to_infinitive(pronoun.head)
    if governing and _agrees(sentence, lower, governing[0].actor) and not is_object:
        return [Holder(_as_pronoun(sentence, lower, h.actor), pronoun.text, WEIGHTS.governing_pronoun)
                for h in governing]
    if _after_nameless_sentence(sentence, pronoun):
        return []  # "The court ruled on Friday. It orders X to ...": the court, not a party named earlier
    excluded = {h.actor for h in governing} if is_object else set()
    reported = _reported_before(sentence, pronoun)
    for mention in _antecedents(sentence, sentence.base + pronoun.idx, lower):
        if mention.actor in excluded or mention.start in reported:
            continue
        if _agrees(sentence, lower, mention.actor) or _unnamed_official(sentence, lower, mention):
            holder = holding.holder_of(sentence, mention, WEIGHTS.antecedent_pronoun)
            if holder is COMMENTATOR:
                return [COMMENTATOR]
            if lower in words.plural:
                group = _coordinated_mentions(sentence, mention)
                if len(group) > 1:
                    return [Holder(party, pronoun.text, WEIGHTS.group_pronoun) for party in group]
            return [Holder(_as_pronoun(sentence, lower, mention.actor), pronoun.text, WEIGHTS.antecedent_pronoun)]
    return []


GOING_ON = frozenset({"add"})
"""Speech verbs by which a speaker goes on from the sentence before ("he added")."""


def _goes_on(sentence: Sentence, pronoun: Token) -> list[Holder]:
    """Who "he added" means after a sentence that reported someone it can mean ("..., he
    told the House. The treaty, he added, stays suspended"): that speaker, though others
    were named in between. An empty list, for the pronoun to be found as any is, when the
    sentence before reported no one it agrees with (or was not parsed)."""
    if pronoun.dep_ != "nsubj" or pronoun.head.lemma_ not in GOING_ON or pronoun.head.pos_ != "VERB":
        return []
    lower = pronoun.lower_
    reported = [h for h in attribution.reporter_before(sentence) if h is not COMMENTATOR]
    if not reported or not all(_agrees(sentence, lower, h.actor) for h in reported):
        return []
    return [Holder(_as_pronoun(sentence, lower, h.actor), pronoun.text, WEIGHTS.governing_pronoun) for h in reported]


def _after_nameless_sentence(sentence: Sentence, pronoun: Token) -> bool:
    """Whether a subject "it" opens a sentence whose sentence before names no party: the
    thing that sentence was about ("the council adopted a resolution", "the court issued
    its ruling") is what "it" means, not a party named further back."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or not sentence.index:
        return False
    context = sentence.context
    k = sentence.index - 1
    while k > 0 and OPENING_IT.match(context.document.text, context.sentences[k][0]):
        k -= 1  # "It denies X. It insists Y": one "it" through both, named (or not) before the first
    since = context.sentences[k][0]
    starts = context.mentions.starts
    return bisect.bisect_left(starts, since) == bisect.bisect_left(starts, sentence.base + pronoun.idx)


def _first_conjunct_subject(pronoun: Token) -> Token | None:
    """The same pronoun as subject of the clause this one's clause is joined to ("It wants
    X, and it wants Y"): both stand for one actor, whatever is named in between."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    # the parser joins "It wants X, it wants Y" either way round: the second clause to the
    # first, or the first as a clause of the second
    clauses = [verb.head] if verb.dep_ == "conj" else []
    clauses += [c for c in verb.children if c.dep_ in ("conj", "ccomp", "parataxis") and c.i < pronoun.i]
    return next((c for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lower_ == pronoun.lower_ and c.i < pronoun.i), None)


def _assigned_to(pronoun: Token) -> Token | None:
    """The one a task falls to, for the empty "it" of "It fell to Jaishankar to answer", "it
    was left to the envoy to explain"."""
    verb = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.lower_ not in ASSIGNED:
        return None
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return first_child(to, "pobj") if to is not None else None


FRONTING_MARKS = frozenset({"while", "although", "though", "whilst", "after", "when", "once", "because", "since"})
"""Words that open a clause set before the main one, whose subject a pronoun subject of the
main clause takes up ("While Tehran welcomed the deal, it ...")."""


def _fronted_clause_subject(pronoun: Token) -> Token | None:
    """The subject of a clause set before the pronoun's own with "while", "although",
    "after" ...: "While Tehran welcomed the deal, it voiced concern" means Tehran, whatever
    the clause names after its subject."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.pos_ != "PRON":
        return None
    for clause in pronoun.head.children:
        if clause.dep_ == "advcl" and clause.i < pronoun.i and any(
                c.dep_ == "mark" and c.lower_ in FRONTING_MARKS and c.i < clause.i for c in clause.children):
            return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return None


def _controller(pronoun: Token) -> Token | None:
    """The one asked to act, for a possessive "its" or "their" in the "to" clause of the
    asking: "urged Moscow to honour its commitments", "asked India to reconsider its
    decision". What the one asked would act on is its own, not the asker's."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "their"):
        return None
    node = pronoun.head
    while node.dep_ not in ("xcomp", "ccomp", "advcl", "relcl", "acl", "ROOT", "conj"):
        node = node.head
    if node.dep_ == "ccomp" and to_infinitive(node):
        return next((c for c in node.children if c.dep_ == "nsubj"), None)  # "requesting it to reconsider"
    if node.dep_ != "xcomp":
        return None
    return next((c for c in node.head.children if c.dep_ in ("dobj", "dative") and c.i < node.i), None)


def _owner_of_relative(sentence: Sentence, pronoun: Token) -> list[Holder]:
    """The named owner of the noun a relative clause hangs on, when the pronoun is that
    clause's subject: "Putin's address, in which he proposed X", "the minister's letter,
    where she asked for Y"."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "relcl":
        return []
    for owner in (c for c in clause.head.children if c.dep_ == "poss" and c.i in sentence.mentions):
        mention = sentence.mentions[owner.i]
        if _agrees(sentence, pronoun.lower_, mention.actor):
            return [Holder(_as_pronoun(sentence, pronoun.lower_, mention.actor), pronoun.text,
                           WEIGHTS.antecedent_pronoun)]
    return []


def _reported_before(sentence: Sentence, pronoun: Token) -> set[int]:
    """Where the names lie that a pronoun reporting the clause before it cannot mean ("The
    treaty stays suspended until Pakistan acts, it said"): the names in that clause other
    than its subject's ("Kyiv will not cede land, it said" is Kyiv)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_ not in sentence.words.speech:
        return set()
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < pronoun.i]
    subjects = {t.i for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
    # "It fell to Jaishankar to answer: ..., he told the House": the one it fell to acts
    subjects |= {t.i for c in clauses for node in c.subtree if node.dep_ == "prep" and node.lower_ == "to"
                 and node.head.lower_ in ASSIGNED for t in node.subtree}
    return {sentence.mentions[t.i].start for c in clauses for t in c.subtree
            if t.i in sentence.mentions and t.i not in subjects}


def office_holder(sentence: Sentence, noun: Token) -> list[Holder]:
    """The person "the president", "the foreign minister" or "the head of state" points back
    to: the last person named whose titles hold that office (any leader for "the head of
    state"). None for an office with a modifier of its own ("the Russian president")."""
    words = sentence.words
    lemma = noun.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
            c.dep_ in ("amod", "poss", "nmod") for c in noun.children):
        return []
    if lemma == "head":
        of = [g.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        office = "" if of and of[0] in ("state", "government") else None
    else:
        office = lemma if lemma in words.office_nouns else None
    if office is None:
        return []
    title = " ".join(t.lower_ for t in noun.subtree if t.dep_ == "compound") + " " + office
    pack = sentence.resources.pack
    for mention in _antecedents(sentence, sentence.base + noun.idx):
        if sentence.resources.index.kind(mention.actor) != "person":
            continue
        actor = pack.actor(mention.actor)
        roles = [r.lower() for r in actor.roles] if actor is not None else []
        if not office or any(title.strip() in r for r in roles):
            return [Holder(mention.actor, noun.text, WEIGHTS.antecedent_pronoun)]
    return []


def body_holder(sentence: Sentence, noun: Token) -> list[Holder]:
    """The party a bare "the ministry", "the Council" or "the embassy" names again: the one
    whose body of that name the document named shortly before ("Russia's foreign ministry
    said X. The ministry added Y"; "the African Union's Peace and Security Council ... the
    Council demanded Y"). Only capitalised names and portfolio words may stand between the
    party and the body's noun."""
    words = sentence.words
    lemma = noun.lemma_.lower()
    if lemma not in words.body_nouns or [c.lower_ for c in noun.children if c.dep_ != "punct"] != ["the"]:
        return []
    offset = sentence.base + noun.idx
    text = sentence.context.document.text
    body = re.compile(r"(?:['’]s)?((?:\s+[\w-]+)*?)\s+" + re.escape(noun.lower_) + r"\b", re.IGNORECASE)
    for mention in sentence.context.mentions.before(offset, TEXT_REACH):
        known = mention.text.lower().split()[-1] == noun.lower_  # the index named the body itself
        found = None if known else body.match(text, mention.end, min(offset, mention.end + 60))
        if known or found and all(w[0].isupper() or w.lower() in words.portfolio_words
                                  for w in found.group(1).split()):
            return [Holder(mention.actor, noun.text, WEIGHTS.antecedent_pronoun)]
    return []


def _coordinated_mentions(sentence: Sentence, mention: Mention) -> list[str]:
    """The parties named together with ``mention`` ("Ukraine and Russia", "A, B and C")."""
    context = sentence.context
    text = context.document.text
    group = [mention]
    for step in (-1, 1):
        current = mention
        while True:
            near = [m for m in context.mentions.at(current.start - 12, current.end + 12) if m != current]
            near = [m for m in near if (m.start > current.end if step > 0 else m.end < current.start)]
            if not near:
                break
            other = min(near, key=lambda m: abs(m.start - current.start))
            joint = text[current.end:other.start] if step > 0 else text[other.end:current.start]
            if not joins(joint, sentence.words.coordination_joints):
                break
            group.append(other)
            current = other
    index = sentence.resources.index
    parties: list[str] = []
    for m in sorted(group, key=lambda m: m.start):
        party = index.party(m.actor)
        if party not in parties and not index.is_commentator(m.actor):
            parties.append(party)
    return parties


def _antecedents(sentence: Sentence, offset: int, pronoun: str = "") -> list[Mention]:
    """Mentions a pronoun at ``offset`` may point back to, likeliest first.

    Within the pronoun's own sentence the nearest comes first, except a name in a phrase
    before it ("after a call with Zelensky, he wrote"), which comes after the sentence
    before; in an earlier sentence the first named does, since a sentence's subject usually
    comes first ("Putin spoke to Trump. He rejected ..." is Putin). A name after the same
    "he" or "she" in an earlier sentence naming no person before it comes last: "He said
    Putin had called. He added ..." is still the first "he", not Putin.
    """
    context = sentence.context
    before = context.mentions.before(offset)
    # '"We thank President Trump," he wrote': a name inside the quotation the pronoun
    # attributes is not who speaks it
    quoted = [q for q in context.quotes if q[1] <= offset and q[0] >= sentence.base]
    here = [m for m in before if m.start >= sentence.base and not any(q[0] <= m.start < q[1] for q in quoted)]
    earlier = [m for m in before if m.start < sentence.base]
    # "After a call with Zelensky, he wrote ...": a name in a phrase before the pronoun is
    # seldom who it means; the subject of the sentence before comes first
    ordered = [m for m in here if not _in_prepositional_phrase(sentence, m)]
    aside = [m for m in here if _in_prepositional_phrase(sentence, m)]
    repeated = SAME_PRONOUN.get(pronoun)
    later: list[Mention] = []
    while earlier:
        start = _sentence_start(context, earlier[0].start)
        within = [m for m in earlier if m.start >= start]
        earlier = earlier[len(within):]
        if repeated:
            cut = _first_word(context, repeated, start, max(m.end for m in within))
            if not any(m.start < cut and _agrees(sentence, pronoun, m.actor) for m in within):
                later += [m for m in within if m.start > cut]  # the "he" before them is someone else
                within = [m for m in within if m.start < cut]
        ordered += sorted(within, key=lambda m: (_in_prepositional_phrase(sentence, m, titled=True), m.start))
        ordered, aside = ordered + aside, []  # after the sentence before, before older ones
    return ordered + aside + later


SAME_PRONOUN = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
"""The subject form a personal pronoun repeats in an earlier sentence."""


def _first_word(context: DocumentContext, word: str, start: int, end: int) -> int:
    """Where ``word`` first stands as a word between ``start`` and ``end``, outside
    quotations; ``end`` when it does not."""
    text = context.document.text
    for found in re.finditer(rf"\b{word}\b", text[start:end], flags=re.IGNORECASE):
        at = start + found.start()
        if not any(q[0] <= at < q[1] for q in context.quotes):
            return at
    return end


def _sentence_start(context: DocumentContext, offset: int) -> int:
    """Where the sentence holding ``offset`` starts, or ``offset`` between sentences."""
    i = bisect.bisect_right(context.sentence_starts, offset) - 1
    if i >= 0 and offset < context.sentences[i][1]:
        return context.sentences[i][0]
    return offset


ARTICLES = frozenset({"the", "a", "an"})


def _in_prepositional_phrase(sentence: Sentence, mention: Mention, titled: bool = False) -> bool:
    """Whether the word before a mention is a preposition ("After talks with Trump, Putin
    ..."): such a mention is seldom the subject a later pronoun picks up. In a sentence
    before the pronoun's, a title between them counts ("..., floated by Malaysian Prime
    Minister Anwar, Nikorndej said X. He ..."); in the pronoun's own, the name after a title
    may still be who it means ("an interview with President Trump in which he says")."""
    before = sentence.context.document.text[max(0, mention.start - 40):mention.start].split()
    prepositions = sentence.words.prepositions
    while before and (before[-1].lower() in ARTICLES or titled and _title_word(before[-1])
                      and before[-1].lower() not in prepositions):
        before.pop()  # "the burial of the | OSCE Minsk Group", "floated by Malaysian Prime Minister | Anwar"
    if len(before) > 1 and before[-1].lower() == "to" and before[-2].lower() in ASSIGNED:
        return False  # "It fell to Jaishankar to answer: ..., he told the House": the one it fell to
    return bool(before) and before[-1].lower() in prepositions


ASSIGNED = frozenset({"fell", "falls", "fall", "falling", "left", "up"})
"""Words before a "to" that names who is to act ("it fell to X to answer", "it is up to X")."""


def _title_word(word: str) -> bool:
    """A capitalised word of a title or a name before a mention ("Prime", "Thailand's"),
    not one that ends a phrase ("Bangkok,")."""
    bare = word.removesuffix("'s").removesuffix("’s")
    return bare.isalpha() and word[0].isupper()


def _as_pronoun(sentence: Sentence, pronoun: str, actor: str) -> str:
    words = sentence.words
    return sentence.party(actor) if pronoun in words.neuter | words.plural else actor


def _agrees(sentence: Sentence, pronoun: str, actor: str) -> bool:
    index = sentence.resources.index
    found = sentence.found_actors.get(actor)
    kind = found.kind if found is not None and actor not in index.actors else index.kind(actor)
    if pronoun in sentence.words.personal:
        # "Kallas met Rubio. She said ...": a pack person's own pronoun decides
        # ("the Karabakh Armenians left. He said ...": a public is no "he")
        return (kind == "person" or kind == "commentator" and actor in index.people) and (
            index.pronoun(actor) in (None, SAME_PRONOUN[pronoun]))
    if pronoun in sentence.words.neuter:
        return kind in ("state", "organization", "person")
    return True


UNNAMED_OFFICIAL = re.compile(r"(?:['’]s)?((?:\s+[\w-]+){1,3})")
"""The words after a party's name that may give one of its people a title ("'s UN envoy")."""
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def _unnamed_official(sentence: Sentence, pronoun: str, mention: Mention) -> bool:
    """Whether a party's name begins a title of one of its people left unnamed ("Rwanda's
    envoy rejected it. He said ...", "a Thai diplomat said she ..."): "he" or "she" is then
    that party's official, not a person named before."""
    if pronoun not in sentence.words.personal:
        return False
    text = sentence.context.document.text
    after = UNNAMED_OFFICIAL.match(text, mention.end)
    if after is None:
        return False
    possessive = text[mention.end] in "'’"
    if not possessive and not ARTICLE_BEFORE.search(text[max(0, mention.start - 5):mention.start]):
        return False  # "Rwanda rejected the envoy's ..."; "the Rwandan envoy" is one
    titles = sentence.words.one_official_titles
    for word in after.group(1).split():
        if word.lower().rstrip(",") in titles:
            return True
        if not word.isalpha() or word.lower() in sentence.words.prepositions:
            return False
    return False


def _unnamed_reporter(sentence: Sentence, pronoun: Token) -> list[Holder] | None:
    """What a subject pronoun of a reported clause is when the reporting subject is a noun
    naming no party that agrees with it ("Residents said they wanted X", "an official said he
    would", "the Red Cross said it was ready", "most Thais say they want X"), or a "their"
    on the object of such a subject
    ("the organisers read out their demands"): no holder (or the commentators), not the party
    named last. None otherwise."""
    words = sentence.words
    clause = pronoun.head
    if pronoun.dep_ == "poss" and clause.dep_ == "dobj" and pronoun.lower_ in words.plural:
        # "The organisers read out their demands": the noun's owner is the clause's subject,
        # unless it is a party's people ("the leaders reaffirmed their commitment")
        subject = first_child(clause.head, "nsubj")
        if subject is not None and subject.lemma_.lower() in (
                words.pair_nouns | words.office_nouns | words.group_nouns | words.official_nouns):
            return None
    elif pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp" and clause.head.lemma_ in words.speech:
        subject = first_child(clause.head, "nsubj")
    else:
        return None
    if subject is None:
        return None
    plural = subject.tag_ in ("NNS", "NNPS") and not subject.conjuncts
    if pronoun.lower_ == "it":
        # "The Red Cross said it was ready to X": a body the pack does not know, named;
        # "the ministry said it ..." is left to the party the ministry belongs to
        named = subject.pos_ == "PROPN" or subject.is_upper and len(subject) > 1  # "the ICRC"
        voiceless = subject.lemma_ in words.voiceless_nouns and subject.i not in sentence.mentions
        if not named and not plural and voiceless:
            return [COMMENTATOR]  # "the company says it will X": the company, no party
        if not named or plural or subject.lemma_.lower() in sentence.words.institution_nouns:
            return None
    elif (pronoun.lower_ in sentence.words.plural) != plural:
        return None
    elif subject.pos_ != "NOUN" or subject.i in sentence.mentions:
        # "Three in four Ukrainians say they would X": a people counted is the public
        return [COMMENTATOR] if plural and COMMENTATOR in holding.phrase_holders(sentence, subject) else None
    found = holding.phrase_holders(sentence, subject)
    if COMMENTATOR in found:
        return [COMMENTATOR]
    return None if found else []


def _governing_subject(sentence: Sentence, token: Token) -> list[Holder]:
    """The named subject of the nearest clause above ``token`` (the reporting clause)."""
    node = token.head
    steps = 0
    while steps < 6:
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != token.i and not has_ancestor(token, child):
                if child.lower_ in sentence.words.pronouns or _co_subject(token, child):
                    continue
                found = [h for h in holding.phrase_holders(sentence, child) if h is not COMMENTATOR]
                if found:
                    return found
        first = series_first(node)
        subject = first_child(first, "nsubj") if first is not None else None
        if subject is not None and subject.lower_ not in sentence.words.pronouns:
            # "Pakistan denies X, says Y and says its offer was ignored": the series' subject
            found = [h for h in holding.phrase_holders(sentence, subject) if h is not COMMENTATOR]
            if found:
                return found
        if node.head.i == node.i:
            return []
        node, steps = node.head, steps + 1
    return []


def _co_subject(pronoun: Token, other: Token) -> bool:
    """Whether ``other`` is a relative word the parser made a second subject of the pronoun's
    own verb ("talks with M23, which it considers unacceptable"): the thing the clause is
    about, not who "it" is."""
    return other.tag_ in ("WDT", "WP") and other.head.i == pronoun.head.i and pronoun.dep_ in ("nsubj", "nsubjpass")


def last_pair(sentence: Sentence, offset: int, office: str | None = None) -> list[str]:
    """The two parties a pair ("both sides") means: of the parties named together before it
    ("Moscow and Kyiv", "between X and Y"), the pair the document names most, the latest
    of equals. A story about two sides names them most; a mediating pair ("Turkey and
    Qatar hosted the meeting") named last is seldom the one "both countries" means. With no
    pair named together, the two parties the document names most, or, with a third named as
    often, the pack's coalition of two, the party named most one of them. The members of the
    pack's go-between coalitions ("the mediators") are never the pair, nor is a pair of which
    neither is one of the two named most. With an ``office`` ("the two presidents"), only
    a pair of people named together who hold it, if the document names one."""
    previous = sentence.context.mentions.before(offset, limit=2500)
    text = sentence.context.document.text
    members = sentence.resources.members
    mediators = sentence.resources.mediators
    pairs: list[list[str]] = []
    for later, earlier in zip([*previous, None], [*previous[1:], None]):
        together = members.get(later.actor, ()) if later is not None else ()
        if len(together) == 2:
            a, b = together  # a pack coalition of two ("Thailand and Cambodia", "the two Koreas")
        elif earlier is not None and joins(text[earlier.end:later.start], sentence.words.pair_joints) and (
                office is None or _holds(sentence, earlier.actor, office) and _holds(sentence, later.actor, office)):
            a, b = sentence.party(earlier.actor), sentence.party(later.actor)
        else:
            continue
        if a != b and not {a, b} <= mediators and sorted((a, b)) not in [sorted(p) for p in pairs]:
            pairs.append([a, b])
    named = {party: n for party, n in _party_counts(sentence).items() if party not in mediators}
    # a pair of which neither is among the two the document names most is a pair of mediators
    # or onlookers, not the two sides
    leading = sorted(named, key=lambda party: -named[party])[:2]
    pairs = [p for p in pairs if set(p) & set(leading)]
    if office is not None and not pairs:
        return last_pair(sentence, offset)  # no such people named together: the pair, as for "both sides"
    if not pairs:
        # "Both sides agreed to X" before the two are named together: the two the document
        # names most, if no third is named as often
        ranked = sorted(named.items(), key=lambda item: -item[1])
        if len(ranked) >= 2 and (len(ranked) == 2 or ranked[1][1] > ranked[2][1]):
            return [ranked[0][0], ranked[1][0]]
        # a third named as often: the pack's own pair ("Thailand and Cambodia"), both named,
        # one of them the party named most (not a pair of mediators)
        sides = [list(m) for m in members.values()
                 if len(m) == 2 and all(named.get(p) for p in m) and ranked and ranked[0][0] in m]
        return max(sides, key=lambda p: min(named[p[0]], named[p[1]])) if sides else []
    return max(pairs, key=lambda p: (min(named.get(p[0], 0), named.get(p[1], 0)), -pairs.index(p)))


def _holds(sentence: Sentence, actor_id: str, office: str) -> bool:
    """Whether the pack gives the actor, a person, a title with the word ``office``."""
    actor = sentence.resources.pack.actor(actor_id)
    return actor is not None and actor.kind == "person" and any(office in role.lower().split() for role in actor.roles)


def _party_counts(sentence: Sentence) -> dict[str, int]:
    """How often the document names each party; a coalition named names each of its members."""
    counts: dict[str, int] = {}
    members = sentence.resources.members
    for mention in sentence.context.mentions.mentions:
        for party in members.get(mention.actor) or (sentence.party(mention.actor),):
            counts[party] = counts.get(party, 0) + 1
    return counts


def last_group(sentence: Sentence, offset: int, size: int) -> list[str]:
    """The actors a numbered group ("the four", "the three leaders") means: the last run of
    exactly ``size`` actors named together before it ("Tusk, Macron, Merz and Starmer"),
    titles between the names allowed ("Macron, German Chancellor Merz and ...")."""
    previous = sentence.context.mentions.before(offset, limit=2500)
    text = sentence.context.document.text
    joints = sentence.words.coordination_joints
    run: list = []
    for later, earlier in zip(previous, [*previous[1:], None]):
        run = run or [later]
        between = text[earlier.end:later.start] if earlier is not None else ""
        if earlier is not None and (not between.strip() or joins(_untitled(between), joints)):
            run.append(earlier)  # "German Chancellor Merz": the adjective and the name are one
            continue
        by_party: dict[str, str] = {}
        for mention in reversed(run):
            party = sentence.party(mention.actor)
            if by_party.get(party, party) == party:
                by_party[party] = mention.actor  # the person, when one is named for the party
        if len(by_party) == size:
            return list(by_party.values())
        if len(by_party) > 1:
            return []  # the last group named is of another size: not a guess
        run = []
    return []


def _untitled(between: str) -> str:
    """The text between two names without the capitalised title of the second ("German
    Chancellor")."""
    words = between.split()
    while words and words[-1][:1].isupper():
        words.pop()
    return " ".join(words) if words else between


def joins(between: str, joints: frozenset[str]) -> bool:
    """Whether the text between two names joins them ("and", ", and"), an article before the
    second allowed ("Kinshasa and the rebels"), with up to two words describing it ("the
    DRC and the rebel group M23")."""
    words = between.lower().replace(")", " ").split()
    described = [w for w in words[2:] if w.isalpha()]
    if len(words) > 2 and words[1] == "the" and len(words) <= 4 and len(described) == len(words) - 2:
        words = words[:2]  # "Kinshasa and the rebel group M23": a description before the name
    if words and words[-1] == "the":
        words.pop()
    return " ".join(words) in joints


def text_author(sentence: Sentence, token: Token) -> list[Holder]:
    """The authors of the text a definite noun ("the letter") or a subject "it" points back
    to, if the document named that text with its authors shortly before."""
    offset = sentence.base + token.idx
    lower = token.lower_
    if lower == "it":
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT":
            return []
        # "The letter accuses Kigali. It asks ...": the text the sentence before was about
        start = sentence.context.sentences[sentence.index - 1][0] if sentence.index else sentence.base
        wanted = [v for v in sentence.context.text_voices if v.is_subject and start <= v.offset < sentence.base]
    else:
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return []
        lemma = token.lemma_.lower()
        # "the letter, signed by X, asks ...": the text may be named with its authors in the same sentence
        wanted = [v for v in sentence.context.text_voices
                  if v.lemma == lemma and offset - TEXT_REACH < v.offset <= offset]
    return list(wanted[-1].authors) if wanted else []
