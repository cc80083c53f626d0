"""Who holds a position: the actors a noun phrase names, and the holder of a cue.

A phrase names an actor by a pack name or alias ("the Kremlin"), as a group acting for a
party ("officials in Moscow", "Russian negotiators"), as a pair ("both sides"), by a
pronoun (see ``coreference``), or as a named entity the pack does not know. Commentators
(analysts, outlets) are found too, and marked: what they say is no party's position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from stancegraph.loaders.extraction import attribution, coreference
from stancegraph.loaders.extraction.cues import judge_of, reporters_question
from stancegraph.loaders.extraction.evaluation import evaluation
from stancegraph.loaders.extraction.polarity import listed
from stancegraph.loaders.extraction.scope import joined_predicate, made_between, misjoined, series_first
from stancegraph.loaders.extraction.sentence import (COMMENTATOR, Holder, Sentence, first_child, has_modal, named_as,
                                                     names_pair, to_infinitive)
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Cue
from stancegraph.loaders.mentions import Mention
from stancegraph.schema import Actor

ENTITY_KINDS = {"PERSON": "person", "ORG": "organization"}
"""spaCy's entity labels that can hold a position the pack does not know of, and the actor
kind each becomes. Places (GPE) are left out: an unknown place named as a subject is a
city or a territory far more often than a state the pack forgot."""


RAISING = frozenset({"say", "report"})
"""Verbs whose passive hands its subject to the clause it reports ("X is said to want Y")."""

MAX_ENTITY_WORDS = 5
"""A longer named entity is a title or a headline the recognizer took for a name."""


def holder_of(sentence: Sentence, mention: Mention, confidence: float = 1.0) -> Holder:
    """The holder a mention names (``COMMENTATOR`` for a commentator)."""
    if sentence.resources.index.is_commentator(mention.actor):
        return COMMENTATOR
    return Holder(mention.actor, mention.text, confidence)


def phrase_holders(sentence: Sentence, head: Token, depth: int = 0) -> list[Holder]:
    """Actors a noun phrase names: itself, its coordinated parts, or 'both sides'."""
    recognizing = sentence.context.recognizing
    # with the recognizer off, what the passes worked out with it on still holds
    known = sentence.phrases.get((head.i, depth, True))
    if known is None and not recognizing:
        known = sentence.phrases.get((head.i, depth, False))
    if known is None:
        found: list[Holder] = []
        for part in [head, *head.conjuncts]:
            found.extend(_one_phrase(sentence, part, depth))
        known = sentence.phrases[head.i, depth, recognizing] = tuple(unique(found))
    return list(known)


def _led_by(sentence: Sentence, head: Token, depth: int) -> list[Holder]:
    """"The delegation led by Medinsky", "commissions headed by X and Y": a body speaks for
    the party of whoever leads it."""
    words, lemma = sentence.words, head.lemma_.lower()
    if lemma not in words.group_nouns and lemma not in words.pair_nouns and lemma not in words.institution_nouns:
        return []
    leaders = [pobj for acl in head.children if acl.dep_ == "acl" and acl.lemma_ in words.leading_verbs
               for agent in acl.children if agent.dep_ == "agent"
               for pobj in agent.children if pobj.dep_ == "pobj"]
    found = [h for pobj in leaders for h in phrase_holders(sentence, pobj, depth + 1)]
    if COMMENTATOR in found:
        return []
    return unique([Holder(sentence.party(h.actor), head.text, h.confidence) for h in found if h.actor])


def _coordinated(sentence: Sentence, head: Token) -> list[Holder]:
    """'French President Emmanuel Macron and British Prime Minister Keir Starmer': the parser
    may hang the first name as an apposition; every name joined by 'and' counts."""
    core: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        core.append(token)
        # not into a participle's clause ("border crossings | Thailand closing"): its subject does that deed
        stack.extend(c for c in token.children if c.dep_ not in ("prep", "relcl", "acl", "poss") and c.pos_ != "VERB")
    if not any(t.dep_ == "cc" and t.lower_ in sentence.words.coordinators for t in core):
        return []
    mentions = sentence.mentions
    found = [holder_of(sentence, mentions[t.i]) for t in sorted(core, key=lambda t: t.i) if t.i in mentions]
    found = unique(found)
    return found if len(found) > 1 else []


def _one_phrase(sentence: Sentence, head: Token, depth: int) -> list[Holder]:
    words = sentence.words
    mentions = sentence.mentions
    coordinated = _coordinated(sentence, head) if depth == 0 else []
    if coordinated:
        return coordinated
    if head.i in mentions:
        if _public(sentence, head):
            return [COMMENTATOR]  # "most Ukrainians", "60 percent of Thais": the public
        return [holder_of(sentence, mentions[head.i])]
    named = next((c for c in head.children if c.dep_ == "appos" and c.i in mentions), None)
    if named is not None and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in words.pronouns and not (
            _out_of_office_title(sentence, head)):
        return [holder_of(sentence, mentions[named.i])]  # "the President of the Republic, João Lourenço,"
    lower = head.lower_
    if lower in words.pronouns:
        return coreference.resolve_pronoun(sentence, head)
    focus = _cleft_focus(head) if lower in words.relative else None
    if focus is not None:
        return phrase_holders(sentence, focus, depth + 1)  # "it was Moscow that rejected X"
    if lower in words.relative and head.head.dep_ == "relcl":
        verb, antecedent = head.head, head.head.head
        if lower in PERSONAL_RELATIVES and not _personal(sentence, antecedent):
            antecedent = _described(antecedent)  # "a commentator at a weekly, who said": the commentator
        if antecedent.conjuncts and _singular(verb):
            # "Zelensky and Putin, who has ...": the one named last before the pronoun
            nearest = max((t for t in (antecedent, *antecedent.conjuncts) if t.i < head.i), key=lambda t: t.i)
            return _one_phrase(sentence, nearest, depth + 1)
        return phrase_holders(sentence, antecedent, depth + 1)
    pair = names_pair(sentence, head)
    if pair and head.tag_ == "NNS":
        return _the_pair(sentence, head)  # "the two presidents agreed": not the president named last
    other = _the_other(sentence, head)
    if other:
        return other  # "New Delhi accused its neighbour": Pakistan
    office = coreference.office_holder(sentence, head) if depth == 0 and head.pos_ == "NOUN" else []
    if office:
        return office  # "the president said": the president named last
    body = coreference.body_holder(sentence, head) if head.pos_ in ("NOUN", "PROPN") else []
    if body:
        return body  # "Russia's foreign ministry said X. The ministry added Y."
    group = _numbered_group(sentence, head)
    if group:
        return group
    if pair:
        return _the_pair(sentence, head)
    lemma = head.lemma_.lower()
    titled = lemma in words.office_nouns or lemma in words.group_nouns or lemma in words.institution_nouns
    if (titled or head.pos_ == "NOUN") and _out_of_office_title(sentence, head):
        # "a retired Congolese general", "Thailand's main opposition party", "a former NATO
        # planner" (out of office, whatever the pack calls the post)
        return [COMMENTATOR]
    if lemma in words.voiceless_nouns or lemma in words.institution_nouns and any(
            w.lower_ in words.civil_society_words for left in head.lefts for w in left.subtree):
        return [COMMENTATOR]  # "European gas prices", "a Ukrainian human-rights organisation"
    if head.pos_ in ("NOUN", "PROPN") and any(
            w.lower_ in words.sport_words for left in head.lefts for w in left.subtree):
        return [COMMENTATOR]  # "the Pakistan Cricket Board", "India's hockey team": a game's, no party's
    listed = _listed(sentence, head, depth)
    if listed:
        return listed
    if lemma in words.official_nouns and not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in mentions
                                                 for c in head.children):
        # "In Kinshasa, officials said ...", "BANGKOK - The Foreign Ministry said ...": the place's
        placed = _located(sentence, head) or _datelined(sentence, head)
        if placed:
            return placed
    entity = _entity(sentence, head)
    if entity is not None:
        return entity
    if depth == 0 and _own_body(sentence, head):
        # "the M23 said the movement would pull out": the speaker's own movement (the
        # speaker named, not a pronoun: resolving one may come back here)
        verb = head.head
        reporting = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ in words.speech else None
        subject = first_child(reporting, "nsubj") if reporting is not None else None
        speakers = phrase_holders(sentence, subject, depth + 1) if subject is not None and (
            subject.lower_ not in words.pronouns) else []
        if speakers and COMMENTATOR not in speakers:
            return unique([Holder(sentence.party(h.actor), head.text, WEIGHTS.pair) for h in speakers])
    if depth > 2:
        return []
    if head.lemma_ in words.outlet_nouns and not any(c.i in mentions for c in head.children if c.dep_ == "compound"):
        return [COMMENTATOR]  # "Ukraine's state news agency": an outlet, whoever owns it
    if head.lemma_ in words.commentator_nouns:
        return [COMMENTATOR]  # "Azerbaijani commentators", "Russian analysts": no party's voice
    found: list[Holder] = []
    for child in head.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in mentions and not (
                _in_topic_name(sentence, child, head)):
            # "the Doha process will collapse": a name inside a topic's own phrase holds nothing
            mention = mentions[child.i]
            holder = holder_of(sentence, mention)
            # "a top aide to Putin", "Russian officials": the party, not the person
            found.append(holder if holder is COMMENTATOR else Holder(sentence.party(mention.actor), mention.text))
    if found:
        return found
    led = _led_by(sentence, head, depth)
    if led:
        return led
    voicing = head.lemma_ in words.voicing_texts  # "a statement from the ministry said"
    if head.lemma_ not in words.group_nouns | words.pair_nouns and not voicing:
        return found
    # a text's issuer is "from" or "by" it, not "to" it ("a letter to Pakistan")
    prepositions = {"from", "by", "of"} if voicing else words.member_prepositions
    members = [c for c in head.children if c.dep_ in ("prep", "agent") and c.lemma_ in prepositions and not (
        c.lower_ == "in" and head.lemma_ in words.posted_nouns)]  # "diplomats in Kinshasa"
    for placed in (False, True):
        for child in (c for c in members if (c.lower_ == "in") == placed):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                for holder in phrase_holders(sentence, pobj, depth + 1):
                    party = holder if holder is COMMENTATOR else Holder(
                        sentence.party(holder.actor), holder.text, holder.confidence)
                    found.append(party)
        if found:
            break  # "the leaders of A and B in Kyiv": A's and B's, not the host's
    if voicing and not found:
        found = coreference.text_author(sentence, head)  # "The letter urges X": whoever sent it
    return found


def _out_of_office_title(sentence: Sentence, head: Token) -> bool:
    """Whether a title's own modifiers put it out of office ("a retired Congolese general",
    "Pakistan's former foreign minister")."""
    return out_of_office(sentence, [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")])


def _own_body(sentence: Sentence, head: Token) -> bool:
    """"the movement", "the government": a definite body with no owner of its own, the
    subject of its clause."""
    words = sentence.words
    return (head.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in words.institution_nouns | words.official_nouns
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and not any(c.dep_ in ("poss", "compound", "amod", "nmod", "prep") for c in head.children))


def _located(sentence: Sentence, head: Token) -> list[Holder]:
    """"In Kinshasa, officials said ...": officials (or a ministry) with no owner of their
    own, set by a fronted "in" in a party's capital or country, are that party's."""
    words = sentence.words
    if head.dep_ not in ("nsubj", "nsubjpass") or head.lemma_ not in words.official_nouns:
        return []
    place = next((c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < head.i), None)
    pobj = first_child(place, "pobj") if place is not None else None
    if pobj is None or pobj.i not in sentence.mentions:
        return []
    holder = holder_of(sentence, sentence.mentions[pobj.i])
    if holder is COMMENTATOR or sentence.party(holder.actor) != holder.actor:
        return []  # "in Trump's view": a person is no place
    return [Holder(holder.actor, head.text, WEIGHTS.pair)]


def _datelined(sentence: Sentence, head: Token) -> list[Holder]:
    """An official body with no owner and no place of its own (``_located``), capitalised as
    a name ("the Foreign Ministry", "the Presidency"), in a story datelined in one party's
    capital or country, is that party's."""
    context = sentence.context
    party = context.section_party(sentence.base + head.idx)
    if party is None or not head.text[:1].isupper() and party == context.dateline_party:
        # a round-up's section names its party; a lower-case "ministry" under a dateline
        # may be anyone's
        return []
    return [Holder(party, head.text, WEIGHTS.pair)]


def _public(sentence: Sentence, head: Token) -> bool:
    """Whether a plural people's name is counted: the public, not the state ("most Ukrainians",
    "60 percent of Thais")."""
    if head.tag_ != "NNPS" and not (head.tag_ == "NNS" or head.lower_.endswith("s")):
        return False
    words = sentence.words
    if head.lemma_.lower() in words.official_nouns | words.office_nouns | words.group_nouns:
        return False  # "some Russian officials", "many Thai soldiers": the state's people, not its public
    portions = words.portion_words
    if any(c.lower_ in portions for c in head.children if c.dep_ in ("amod", "det", "nummod", "quantmod", "compound")):
        return True
    if any(c.dep_ == "nummod" and _proportion(c) for c in head.children):
        return True  # "three in four Ukrainians", "two out of three Thais"
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in portions


def _proportion(number: Token) -> bool:
    """Whether a number is the second of a proportion: "three in | four", "one out of | five"
    (the parser hangs "in", "of" on it)."""
    return any(c.dep_ == "quantmod" and c.lower_ in ("in", "of") for c in number.children)


def _singular(verb: Token) -> bool:
    """Whether a verb agrees with one subject ("who has", "which was")."""
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in (verb, *verb.children) if t.dep_ in ("aux", "auxpass", "relcl"))


def _numbered_group(sentence: Sentence, head: Token) -> list[Holder]:
    """"the four", "the three leaders": the last group of that many actors named together."""
    words = sentence.words
    number = head if head.pos_ == "NUM" else first_child(head, "nummod")
    if number is None or number.lower_ not in words.group_numbers:
        return []
    if head.pos_ != "NUM" and head.lemma_ not in words.pair_nouns:
        return []
    if not any(c.lower_ == "the" for c in head.children):
        return []
    size = words.group_numbers[number.lower_]
    return [Holder(actor, head.text, WEIGHTS.pair)
            for actor in coreference.last_group(sentence, sentence.base + head.idx, size)]


def _listed(sentence: Sentence, head: Token, depth: int) -> list[Holder]:
    """"several powers, including the US and France", "countries such as Qatar": the
    members the phrase lists."""
    if head.pos_ != "NOUN" or depth > 2:
        return []
    found = after_prepositions(sentence, [head], sentence.words.listing_words, depth + 1)
    return unique(found) if all(h is not COMMENTATOR for h in found) else []


def _entity(sentence: Sentence, head: Token) -> list[Holder] | None:
    """An actor the pack does not know, from spaCy's named entities."""
    if head.pos_ != "PROPN" or not _may_hold(sentence, head):
        return None
    span = sentence.entity_at(head)
    if span is None or span.label_ not in ENTITY_KINDS or len(span) > MAX_ENTITY_WORDS:
        return None
    if sentence.context.in_dateline(sentence.base + span.start_char):
        return None  # "BERLIN, Dec. 15 (Xinhua) --": where the story was filed
    if any(t.i in sentence.mentions for t in span):
        return None  # "Thailand Alleges Cambodia Broke ...": a headline, not a new actor
    if span.root.i in sentence.topic_tokens:
        return None  # "the General Border Committee agreed X": a forum the pack names as a topic
    known = sentence.resources.index.fuzzy(span.text) if " " in span.text else None
    if known:
        return [Holder(known, span.text, WEIGHTS.known_entity)]
    described = [c for c in span.root.children if c.dep_ == "appos"] + [span.root.head]
    if any(t.lemma_ in sentence.words.commentator_nouns for t in described):
        return [COMMENTATOR]  # "Zhang, an analyst at ...", "analyst Zhang"
    if any(t.lemma_ in sentence.words.voiceless_nouns for t in described if t.dep_ == "appos"):
        return [COMMENTATOR]  # "the Prince Group, a Cambodian conglomerate": a company, not Cambodia
    if out_of_office(sentence, [t for t in description(span.root) if not span.start <= t.i < span.end]):
        return [COMMENTATOR]  # "former Indian diplomat X", "X, a director at a think tank"
    office = _holds_office(sentence, span)
    # "X, a first secretary in India's mission": a title that names whose it is
    titled = office or _holds_office(sentence, span, sentence.words.office_nouns)
    if span.label_ == "PERSON" and not titled:
        return None  # a person quoted in passing, a historical figure: no party's voice
    institution = _institution(sentence, span)
    if titled or institution:
        # "Ukrainian Deputy Foreign Minister X", "X, Kyiv's envoy", "India's Ministry of Home
        # Affairs": an official or a body the pack does not list speaks for the party its
        # title names
        party = _office_party(sentence, span)
        if party is not None:
            return [Holder(party, span.text, WEIGHTS.new_entity)]
        if span.label_ == "PERSON" and not office:
            return None  # "X, the ambassador to Turkey": whose, the text does not say
    if span.label_ == "ORG" and not institution:
        return None  # "the Indus Waters Treaty", "Operation Sindoor", "Geo News": no body
    if institution and _nameless(sentence, span):
        return None  # "the Foreign Ministry said": whose, the text does not say here
    actor_id = slug(span.text)
    if not actor_id:
        return None
    if actor_id not in sentence.found_actors:
        sentence.found_actors[actor_id] = Actor(id=actor_id, name=span.text, kind=ENTITY_KINDS[span.label_])
    return [Holder(actor_id, span.text, WEIGHTS.new_entity)]


PERSONAL_RELATIVES = frozenset({"who", "whom"})
"""Relative pronouns that stand for a person, or for a body speaking as one."""


def _personal(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun may be the one "who" stands for: a name, or a person's or a body's noun."""
    words = sentence.words
    return noun.pos_ != "NOUN" or noun.i in sentence.mentions or noun.lemma_ in (
        words.office_nouns | words.group_nouns | words.official_nouns | words.commentator_nouns)


def _described(noun: Token) -> Token:
    """The noun a prepositional phrase describes ("a commentator | at a weekly"), or ``noun``."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head
    return noun


def _cleft_focus(pronoun: Token) -> Token | None:
    """The phrase a cleft puts first ("It is Russia that rejects X"): the relative pronoun's
    clause hangs on "it is", whose complement is who acts."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_ != "be":
        return None
    copula = verb.head
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    return next((c for c in copula.children if c.dep_ == "attr" and c.i < pronoun.i), None)


def description(head: Token) -> list[Token]:
    """The words that describe a person named by ``head``: its appositions, compounds,
    adjectives and relative clauses ("former Indian diplomat X", "X, director of ... at a
    think tank", "X, who teaches at ...")."""
    return [t for c in head.children if c.dep_ in ("appos", "compound", "amod", "relcl") for t in c.subtree]


def out_of_office(sentence: Sentence, described: Iterable[Token]) -> bool:
    """A description that makes a person no party's voice: out of office ("a former
    diplomat", "a retired general") or at a place of study ("director ... at a think tank")."""
    words = sentence.words
    return any(t.lower_ in words.former_words
               or t.lemma_.lower() in words.study_places and "pobj" in (t.dep_, t.head.dep_)
               for t in described)


def _may_hold(sentence: Sentence, head: Token) -> bool:
    """Whether a proper noun the pack does not know may still name a holder, judged from
    the parse alone, so that the recognizer runs only where its answer can matter: a name
    of several words (a spelling of a known one), a body ("the Defence Ministry"), or a
    name with an office or a commentator's noun near it."""
    words = sentence.words
    name = [t for t in head.subtree if t.dep_ in ("compound", "flat") or t.i == head.i]
    if len(name) > 1:
        return True
    near = [*head.children, head.head, *_title_words(sentence, head.i)]
    wanted = words.institution_nouns | words.group_nouns | words.pair_nouns | words.commentator_nouns
    return any(t.lemma_.lower() in wanted for t in (*name, *near))


def _institution(sentence: Sentence, span) -> bool:
    return any(t.lemma_.lower() in sentence.words.institution_nouns for t in span)


def _nameless(sentence: Sentence, span) -> bool:
    """Whether an institution's name is only its portfolio ("the Foreign Ministry", "the
    Defence Ministry"): it names no one until a country is given."""
    words = sentence.words
    return all(t.lower_ in coreference.ARTICLES or t.lemma_.lower() in words.institution_nouns | words.portfolio_words
               for t in span)


def _holds_office(sentence: Sentence, span, titles: frozenset[str] | None = None) -> bool:
    """Whether the text gives an unknown person an office ("Deputy Foreign Minister X", "X,
    the army's spokesman", "President X"), or, with ``titles``, one of those."""
    words = sentence.words
    offices = words.group_nouns | words.pair_nouns if titles is None else titles
    described = [c for c in span.root.children if c.dep_ in ("appos", "compound", "amod")]
    described += _title_words(sentence, span.start)
    return any(t.lemma_.lower() in offices for t in described)


def _office_party(sentence: Sentence, span) -> str | None:
    """The party an unknown official's title names: in the words before the name ("Ukrainian
    Deputy Foreign Minister X", "Deputy Foreign Minister of Ukraine X") or in an apposition
    ("X, Ukraine's deputy foreign minister"); the nearest such mention."""
    described = [t for c in span.root.children if c.dep_ == "appos" for t in c.subtree]
    described += _title_words(sentence, span.start)
    index = sentence.resources.index
    parties = [(abs(t.i - span.start), index.party(sentence.mentions[t.i].actor)) for t in described
               if t.i in sentence.mentions and not index.is_commentator(sentence.mentions[t.i].actor)
               and not (t.dep_ == "pobj" and t.head.lower_ == "to")]  # "the US ambassador to Turkey": posted there
    return min(parties)[1] if parties else None


TITLE_WORDS = 6
"""How many words before a name its title may take ("Deputy Minister of Foreign Affairs")."""


def _title_words(sentence: Sentence, start: int) -> list[Token]:
    """The words of a title written right before a name starting at ``start`` ("Ukrainian
    Deputy Foreign Minister", "Deputy Foreign Minister of Ukraine"), nearest first; a comma
    or a verb ends it ("After talks with the minister, X")."""
    found: list[Token] = []
    for i in range(start - 1, max(-1, start - 1 - TITLE_WORDS), -1):
        token = sentence.sdoc[i]
        if not (token.pos_ in ("PROPN", "NOUN", "ADJ", "PART", "DET") or token.lower_ == "of"):
            break
        found.append(token)
    return found


MAKING = frozenset({"make", "render"})
"""Verbs that make their object what a judging word says ("made talks impossible")."""


def _made_so(token: Token) -> bool:
    """Whether a judging word says what its head verb made of something ("made talks impossible")."""
    return token.head.lemma_ in MAKING and token.dep_ in ("ccomp", "oprd", "acomp")


def _made_so_by_party(sentence: Sentence, token: Token) -> bool:
    """Whether a judging word says what a named party made of something: "Moscow had made
    talks impossible". (What a thing did, "sanctions had made talks impossible", is judged by
    whoever says so.)"""
    subject = first_child(token.head, "nsubj")
    return _made_so(token) and subject is not None and subject.i in sentence.mentions


PROPOSING = frozenset({"propose", "offer", "suggest", "put", "table", "float", "plan"})
"""Verbs of putting a plan forward: their passive with no agent leaves the author unsaid ("a
truce has been proposed", "the offensive was planned in Kigali"); their "what" is the
proposal itself ("what Washington is proposing")."""


SUBORDINATORS = frozenset({"before", "after", "until", "till", "unless", "once", "if", "when", "while", "because"})
"""Words that open a clause and that the parser may also read as prepositions ("before |
Azerbaijan would sign", Azerbaijan made the object of "before")."""


def cue_holders(sentence: Sentence, token: Token, cue: Cue) -> list[Holder]:
    """Who holds the position the cue reports: its own holder ("Russia's demand"), a
    participle's noun, a passive agent, the subject of the nearest clause that has one, a
    quotation's speaker, or an "according to" source; and, for a verb of putting a deal
    forward, those with whose help it was done ("brokered with Qatari and American help")."""
    found = _cue_holders(sentence, token, cue)
    if cue.stance != "propose" or token.pos_ != "VERB" or COMMENTATOR in found:
        return found
    return unique(found + _helpers(sentence, token))


def _helpers(sentence: Sentence, verb: Token) -> list[Holder]:
    """The actors a deal was made "with the help of", "with American backing", "with Qatari
    and US support": they put it forward too."""
    found: list[Holder] = []
    for aid in (pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for pobj in prep.children if pobj.dep_ == "pobj" and pobj.lemma_ in HELP_NOUNS):
        owners = [c for c in aid.children if c.dep_ in ("poss", "compound", "amod") and c.i in sentence.mentions]
        owners += [j for c in owners for j in c.conjuncts if j.i in sentence.mentions]  # "Qatari and American"
        found += [holder_of(sentence, sentence.mentions[c.i]) for c in owners]
        found += after_prepositions(sentence, [aid], ("of", "from"))
    return [h for h in found if h is not COMMENTATOR and h.actor]


def _cue_holders(sentence: Sentence, token: Token, cue: Cue) -> list[Holder]:
    if token.pos_ in ("NOUN", "PROPN", "ADJ"):
        if _wished_act(sentence, token, cue):
            return []  # "Pakistan would welcome American mediation": wished for, not offered
        own = _own_holders(sentence, token, cue)
        if own and token.dep_ == "pobj" and token.head.lower_ == "without":
            own = []  # "stopped without any mediation by Washington": whose it would be is no holder
        if not own and (_crowd_owned(sentence, token) or _swayed(sentence, token)):
            # "the Kremlin blunts Western pressure for sanctions": the West's, not the
            # Kremlin's; "the clashes clouded hopes for a treaty": no one's
            return []
        if own and _framed_as(sentence, token, own):
            return []  # "Kinshasa reads the clause as a commitment by M23 to leave Goma": its reading
        if own:
            return own
        if _examined(sentence, token, cue):
            return []  # "Moscow studied the peace plan": whose plan, the sentence does not say
        if _talked_of(sentence, token):
            return []  # "Bangkok's position was that mediation was unnecessary"
        if reporters_question(token.head.head) and token.dep_ == "pobj":
            return []  # "Asked about the demand, the minister said ...": the reporter names it
    mentions = sentence.mentions
    if cue.evaluative and _made_so_by_party(sentence, token):
        return []  # "Russia has made a ceasefire impossible, Zelensky said": blame, no one's stand
    owned = _owned_purpose(sentence, token)
    if owned:
        return owned
    node, skip_subject = token, cue.evaluative
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        # "would regard troops deployed in Ukraine | as a threat": who regards them so
        node = judge_of(sentence, token.head) or node
    while True:
        if node.dep_ == "xcomp" and node.head.lemma_ in sentence.words.causing_verbs:
            # "the offensive led several governments to call for X": the ones led hold it
            led = first_child(node.head, "dobj")
            found = phrase_holders(sentence, led) if led is not None else []
            if found:
                return found
        if _charge(sentence, node, node.head):
            # "accused Kyiv of rejecting X", "charged Yerevan with dragging its feet on X":
            # the accused is said to reject X; not by an observer ("an analyst accused Yerevan
            # of dragging its feet"): an onlooker's charge is no party's stand
            accuser, accused = first_child(node.head, "nsubj"), first_child(node.head, "dobj")
            if accused is None or accuser is not None and COMMENTATOR in phrase_holders(sentence, accuser):
                return []
            return phrase_holders(sentence, accused)
        quoted = _quoted_as(sentence, node)
        if quoted is not None:
            # "TASS quoted Lavrov as rejecting X", "Lavrov was quoted as calling for Y": the one quoted
            return phrase_holders(sentence, quoted)
        if node.dep_ == "prep" and node.head.dep_ == "dobj" and _charge(sentence, node, node.head.head):
            return phrase_holders(sentence, node.head)  # the parser hangs "of X-ing" on the accused
        sender = _sent_to(sentence, node.head) if node.dep_ == "acl" and node.tag_ == "VBG" else None
        if sender is not None:
            node = sender  # "sent a letter to the Council's president requesting X": the letter requests it
            continue
        if node.dep_ == "acl" and (node.tag_ == "VBG" or node.head.dep_ == "ROOT" and node.head.pos_ in ("NOUN", "PROPN")
                                   and not any(c.dep_ == "agent" for c in node.children)):
            # "the delegation ..., handed over a memorandum": with no verb of its own the
            # parser makes the noun the root and the predicate a participle on it
            found = phrase_holders(sentence, node.head)
            if found:
                return found
        if node.i == token.i and node.dep_ == "acl" and node.tag_ == "VBN" and node.head.dep_ in (
                "oprd", "attr") and not any(c.dep_ == "agent" for c in node.children):
            # "called the shooting a provocation aimed at derailing X": the aim of what is
            # named so, its doers' (if the noun names them), not of whoever names it
            return named_by(sentence, node.head)
        if node.dep_ == "acl" and node.head.dep_ == "dobj" and node.head.head.lemma_ in (
                sentence.words.framing_accusers | sentence.words.charging_verbs):
            # "called any attempt to suspend X an act of war": the attempt is someone else's
            return named_by(sentence, node.head)
        if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP") and node.head.tag_ == "VBG" and (
                node.head.dep_ == "pcomp"):
            # "accused Kigali of plundering X and called for Y": a finite verb joined to the
            # gerund of a charge stands beside the verb of the charge
            node = node.head.head.head
            continue
        if node.i == token.i and misjoined(node) and has_modal(node):
            node = node.head.head  # "would not allow India to build dams and would destroy them": who would not allow
            continue
        fronted = _fronted_subject(sentence, node)
        if fronted is not None:
            return [holder_of(sentence, mentions[fronted.i])]
        told = _told_subject(sentence, node)
        if told is not None:
            found = phrase_holders(sentence, told)
            if found:
                return found
        first = joined_predicate(node)
        if first is not None:
            node = first  # "denied any role in X, called for Y": the one who denied called
            continue
        agent = first_child(node, "agent")
        if agent is not None:
            for pobj in (c for c in agent.children if c.dep_ == "pobj" and not (
                    c.i in sentence.topic_tokens and first_child(c, "poss") is not None)):
                # not "money backed by Russia's frozen assets": a party's thing, which a topic names, backs nothing
                found = phrase_holders(sentence, pobj)
                if found:
                    return found
            if node.dep_ == "acl":
                return []  # "federalism imposed by force": its agent, no party, holds it
        found = signed_between(sentence, node)
        if found:
            return found
        if node.i == token.i and _passive_past_event(node):
            return []  # "after the accords were signed, M23 fighters entered Uvira": by whom, unsaid
        if node.i == token.i and node.lemma_ in PROPOSING - {"put"} and any(c.dep_ == "auxpass" for c in node.children):
            return []  # "said the offensive had been planned in Kigali": by whom, unsaid ("put on hold" is a deed)
        reporter = _reporter_of_joined_act(sentence, node)
        if reporter is not None:
            node = reporter  # "X told the council that Y had attacked and urged members to ...": X urged
            continue
        # "the two sides are set to exchange prisoners": the passive of a frame is its agent;
        # "Britain is said to be ready to ...": the passive of a report is its subject
        raised = node.lower_ in sentence.words.intent_frames or (
            node.lemma_ in RAISING and node.tag_ == "VBN" and any(c.dep_ == "xcomp" for c in node.children))
        deps = ("nsubj", "csubj", "nsubjpass") if raised else ("nsubj", "csubj")
        subjects = [c for c in node.children if c.dep_ in deps] or [
            # "before | Azerbaijan would sign": the parser makes the subject the mark's object
            g for c in node.children if c.dep_ == "mark" and c.lower_ in SUBORDINATORS
            for g in c.children if g.dep_ == "pobj"]
        first = series_first(node) if not subjects else None
        if first is not None:
            subjects = [c for c in first.children if c.dep_ == "nsubj"]  # "X welcomed A, urged B"
        if len(subjects) > 1:
            # "which it considers unacceptable": the parser may make the relative word, the
            # thing judged, a second subject
            subjects.sort(key=lambda c: c.tag_ in ("WDT", "WP"))
        subject = subjects[0] if subjects else None
        # "X is impossible", and "sanctions had made dialogue impossible": what made it so
        # is the cause judged, not the judge
        judged = node.i == token.i or node.i == token.head.i and (
            node.lemma_ in sentence.words.copulas or _made_so(token))
        # a dateline the parser took for a second subject ("Paris, May 3 (AFP).- The Kremlin
        # called ..."): the subject that names someone
        for each in subjects if not (skip_subject and judged) else ():
            each = _misread_participle(each, node) or each
            found = phrase_holders(sentence, each) if each.i != token.i else []
            if found:
                return unique(found + _headline_pair(sentence, node, each) + _companions(sentence, node, each, token))
            if each.i != token.i and names_pair(sentence, each):
                return []  # "both sides agreed to X, Anwar said": the sides hold it, whoever they are
        if node.dep_ == "relcl" and subject is not None and not (skip_subject and judged) and (
                subject.pos_ == "NOUN" or _said_of_a_thing(sentence, node, subject)):
            # "the ceasefire that regional leaders had called for": theirs, whoever they are;
            # "the amendments, which reaffirmed X, were voted down by Y": the texts', not Y's
            return []
        if subject is None and (node.pos_ == "VERB" or node.dep_ == "relcl"):
            stray = [c for c in node.children if c.dep_ in ("amod", "compound", "npadvmod")
                     and c.i in mentions and c.i < node.i]
            if stray:
                return [holder_of(sentence, mentions[stray[0].i])]
        if _described_people(sentence, node):
            return phrase_holders(sentence, node.head)  # "invited forces opposed to X": theirs
        if node.head.i == node.i:
            break
        # "said that India could not X and that Y was not negotiable": a second "that" clause
        # the parser hangs on the first, with no subject to hold it (none, a passive one, or
        # the one judged), is said, not the first one's subject's
        node = node.head.head if _second_that_clause(node) and (
            skip_subject or first_child(node, "nsubj") is None) else node.head
    framed = _in_the_eyes_of(sentence, node)
    if framed:
        return framed
    speaker = attribution.quote_speaker(sentence, token) or attribution.aside_speaker(sentence, token)
    if speaker:
        return speaker
    return attribution.according_to(sentence)


def _sent_to(sentence: Sentence, noun: Token) -> Token | None:
    """The verb of sending when a noun is whom something is sent or written "to" ("sent a
    letter to the Council's president", "wrote to the president"): a participle the parser
    hangs on the addressee tells what was sent."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    verb = noun.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "sent a letter | to X", the parser hanging "to" on the letter
    return verb if verb.lemma_ in sentence.words.sending_verbs else None


def _said_of_a_thing(sentence: Sentence, node: Token, subject: Token) -> bool:
    """Whether a relative clause's subject is a pronoun for a thing no one is named as
    holding, itself the subject of the verb above ("the amendments, which reaffirmed X, were
    voted down by Y"): what the clause says is the thing's, not what the verb above does to
    it. A thing a party tables or seeks ("tabled a draft that drops X") is still the party's."""
    thing = node.head
    return (subject.lower_ in sentence.words.relative and thing.pos_ == "NOUN"
            and thing.dep_ in ("nsubj", "nsubjpass") and not _described_people(sentence, node))


def _described_people(sentence: Sentence, node: Token) -> bool:
    """Whether a clause describes people by what they do ("forces opposed to the truce",
    "lawmakers who reject the plan", "groups calling for talks"): the stance is theirs, and
    the verb above (who invites or praises them) does not hold it."""
    noun, words = node.head, sentence.words
    if node.dep_ not in ("acl", "relcl", "amod") or noun.pos_ != "NOUN" or node.i < noun.i:
        return False
    if node.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ in words.relative for c in node.children):
        return False  # "the lawmakers Russia praised": the clause's own subject holds it
    lemma = noun.lemma_.lower()
    return any(lemma in kind for kind in (words.people_kinds, words.people_nouns, words.group_nouns,
                                          words.office_nouns, words.pair_nouns, words.commentator_nouns))


def _second_that_clause(node: Token) -> bool:
    return node.dep_ == "conj" and node.head.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in node.children)


def _fronted_subject(sentence: Sentence, verb: Token) -> Token | None:
    """The subject set before a speech aside that the parser hung on the aside's verb, the
    clause itself joined to it ("Ukraine, he reminded senators, had accepted X": Ukraine
    accepted, "he" only reminds)."""
    speech = verb.head
    if verb.dep_ != "conj" or speech.lemma_ not in sentence.words.speech or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in speech.children if c.dep_ == "npadvmod" and c.i < speech.i
                 and c.i in sentence.mentions), None)


def _told_subject(sentence: Sentence, verb: Token) -> Token | None:
    """The subject of a clause told to someone that the parser took for the object of
    "tell" ("a source tells us the delegation demanded X": the delegation demanded, not
    the source): a finite clause with no subject of its own, after an addressee."""
    tell = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ", "VBP") or tell.lemma_ not in sentence.words.speech or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    if not any(c.dep_ == "dative" for c in tell.children):
        return None
    return next((c for c in tell.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)


def _quoted_as(sentence: Sentence, node: Token) -> Token | None:
    """Whom a verb of quoting reports doing what ``node`` says, after "as" ("quoted Lavrov
    as rejecting X", "was quoted as thanking Y and calling for Z"): its object, or its
    passive subject."""
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or node.head.lower_ != "as":
        return None
    verb = node.head.head
    if verb.lemma_ not in sentence.words.quoting_verbs:
        return None
    return first_child(verb, "dobj") or first_child(verb, "nsubjpass")


def _charge(sentence: Sentence, preposition: Token, verb: Token) -> bool:
    """Whether ``preposition`` states what a verb of charging charges ("accused Kyiv | of X",
    "blamed Moscow | for X", "charged Yerevan | with X")."""
    if preposition.dep_ != "prep" or verb.lemma_ not in sentence.words.charging_verbs:
        return False
    return preposition.lower_ in ("of", "for") or preposition.lower_ == "with" and verb.lemma_ == "charge"


def _passive_past_event(verb: Token) -> bool:
    """Whether a passive adverbial clause dates a past deed ("after the accords were signed,
    fighters entered Uvira", "had laid mines after the accord was signed", "the worst clash
    since the accord was signed"), not what the subject expects ("would open the border once
    the treaty is signed")."""
    head = verb.head
    since = any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children) and verb.tag_ == "VBN"
    return verb.dep_ == "advcl" and any(c.dep_ == "auxpass" for c in verb.children) and (
        since or head.tag_ == "VBD" and not any(c.dep_ == "aux" for c in head.children)
        or head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children))


def _talked_of(sentence: Sentence, noun: Token) -> bool:
    """Whether a cue noun that names a topic is a copula's subject or attribute, or what a
    verb of equating equates with ("the trip did not amount to mediation"): the topic talked
    of, not done by the one whose view the sentence gives."""
    words = sentence.words
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    said_of = (noun.dep_ in ("nsubj", "attr") and noun.head.lemma_ in words.copulas
               or noun.dep_ in ("dobj", "pobj") and verb.lemma_ in words.equating_verbs
               # "called the demand a non-starter": what the verb names something
               or noun.dep_ == "dobj" and any(c.dep_ == "oprd" and c.i > noun.i for c in noun.head.children))
    return noun.pos_ == "NOUN" and said_of and noun.i in sentence.topic_tokens


def _in_the_eyes_of(sentence: Sentence, root: Token) -> list[Holder]:
    """"For Baku, the prerequisite is X": a party fronted with "for" before the comma, in a
    sentence whose subject names no one, is the one whose view the sentence gives."""
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == c.left_edge.i):
        edge = prep.right_edge.i  # the parser may hang the comma on the name
        comma = edge if sentence.sdoc[edge].text == "," else edge + 1
        if comma < root.i and sentence.sdoc[comma].text == ",":
            return [h for p in prep.children if p.dep_ == "pobj" for h in phrase_holders(sentence, p)]
    return []


ACTING_STANCES = frozenset({"demand", "propose", "accuse"})
"""Stances of a call or a charge, which the parser may join to the clause its maker reports."""


def _reporter_of_joined_act(sentence: Sentence, verb: Token) -> Token | None:
    """The reporting verb a speech act or a call was joined to by mistake: the parser may
    hang "and urged members to ..." on the reported clause before it, whose subject is the
    one reported on, not the one who urged."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "said Europe should stop X and push for Y": one reported clause
    clause = verb.head.head if misjoined(verb) else verb.head
    while clause.dep_ == "ccomp" and clause.head.dep_ == "ccomp" and (
            clause.head.lemma_ not in sentence.words.speech):
        clause = clause.head  # "said the attack showed that Moscow was answering X, and called for Y"
    cue = sentence.cues.get(verb.i)
    acts = verb.lemma_ in sentence.words.speech or cue is not None and cue.stance in ACTING_STANCES
    if not acts or clause.dep_ != "ccomp" or clause.head.lemma_ not in sentence.words.speech:
        return None
    reporters = [h for c in clause.head.children if c.dep_ == "nsubj" for h in phrase_holders(sentence, c)]
    if reporters and COMMENTATOR in reporters:
        return None  # "the newspaper reported that X and Y had met and called for Z": no paper calls
    return clause.head


def _misread_participle(subject: Token, verb: Token) -> Token | None:
    """"Standing beside X, the leaders of A and B demanded ...": the parser may take the
    opening participle for the subject and hang the real one on its last noun; the real
    subject is the phrase that ends right before the verb."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG" or subject.i != subject.left_edge.i:
        return None
    return next((t for t in subject.subtree if t.dep_ == "appos" and t.right_edge.i + 1 == verb.i), None)


def _headline_pair(sentence: Sentence, verb: Token, subject: Token) -> list[Holder]:
    """"Congo, Rwanda sign peace deal": in a headline's comma list the parser leaves the
    first name hanging on a plural verb."""
    if verb.tag_ != "VBP":
        return []
    return [holder_of(sentence, sentence.mentions[c.i]) for c in verb.children
            if c.dep_ == "npadvmod" and c.i in sentence.mentions and c.i + 2 == subject.i
            and sentence.sdoc[c.i + 1].text == ","]


HELP_NOUNS = frozenset({"help", "support", "backing", "assistance", "mediation", "facilitation"})
"""Nouns of a hand lent to a deal: "brokered with American backing" is brokered by the US too."""

COMPANION_PREPOSITIONS = frozenset({"alongside"})
"""Prepositions whose object acts with the subject ("signed alongside Trump")."""

COMPANION_ADVERBS = frozenset({"along", "together"})
"""Words that make a following "with" a companion ("along with Paris", "together with Kyiv")."""


def _companions(sentence: Sentence, verb: Token, subject: Token, token: Token) -> list[Holder]:
    """Actors who act with the subject: "Germany, along with the Nordic states, said ...",
    "together with Trump, Aliyev signed X", "X met with the leaders of A and B to urge Y"
    (those met share the purpose)."""
    named = [c.i for c in verb.children if c.dep_ == "dobj" and c.i in sentence.mentions]
    found = [holder for head in (verb, subject) for prep in head.children if prep.dep_ == "prep"
             and not any(i < prep.i for i in named)  # "thanked Riyadh, alongside Washington, for X"
             for holder in _companion_objects(sentence, prep)]
    if verb.lemma_ == "meet" and _purpose_below(verb, token):
        found += after_prepositions(sentence, [verb], ("with",)) + [
            h for c in verb.children if c.dep_ == "dobj" for h in phrase_holders(sentence, c)]
    return [h for h in found if h is not COMMENTATOR and h.actor]


def _companion_objects(sentence: Sentence, prep: Token) -> list[Holder]:
    """The actors a companion preposition names: "alongside X", "along with X", "together
    with X" (the parser hangs the "with" under "along" or "together" under the "with")."""
    if prep.lower_ in COMPANION_PREPOSITIONS:
        return after_prepositions(sentence, [prep.head], (prep.lower_,))
    if prep.lower_ in COMPANION_ADVERBS:
        return after_prepositions(sentence, [prep], ("with",))
    if prep.lower_ == "with" and any(c.lower_ in COMPANION_ADVERBS for c in prep.children if c.dep_ == "advmod"):
        return [h for pobj in prep.children if pobj.dep_ == "pobj" for h in phrase_holders(sentence, pobj)]
    return []


def _purpose_below(verb: Token, token: Token) -> bool:
    """Whether ``token`` lies in an infinitive of purpose hanging from ``verb``."""
    node = token
    while node.head.i != verb.i:
        if node.head.i == node.i:
            return False
        node = node.head
    return node.dep_ == "advcl" and to_infinitive(node)


def _examined(sentence: Sentence, noun: Token, cue: Cue) -> bool:
    """Whether a noun cue is the object of a verb of examining, receiving or answering ("studied
    the plan", "received security pledges", "has not responded to the offer"), a plan spoken
    about ("spoke about the proposal") or one refused ("rebutted suggestions that ..."),
    whose subject did not write it."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "was reviewing | the proposal", "looked at the plan"
    words = sentence.words
    refused = (outer := sentence.cues.get(verb.i)) is not None and outer.stance == "reject"
    if cue.stance in ("propose", "demand") and _judged_plan(sentence, noun):
        return True  # "Lavrov called the proposal harmful": he judges a plan, not his own
    if cue.stance == "propose" and noun.dep_ == "pobj" and noun.head.lower_ == "about":
        return True  # "talked with the envoy about the proposal": the parser may hang it on the envoy
    return noun.dep_ in ("dobj", "pobj", "nsubjpass") and (
        listed(verb, words.examining_verbs, ("dobj",))  # "took note of the request"
        or cue.stance in ("propose", "demand") and verb.lemma_ in words.reaction_verbs and (
            noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.lower_ == "to")  # "responded to the offer"
        or cue.stance == "propose" and (verb.lemma_ in words.speaking_verbs or refused))


def _wished_act(sentence: Sentence, noun: Token, cue: Cue) -> bool:
    """Whether a noun naming an act one offers ("mediation", "facilitation") is the object
    of a verb with a modal ("would welcome American mediation"): an act someone would like,
    which its would-be doer has not offered. A text ("the American proposal") exists
    whoever would like it."""
    words = sentence.words
    return (cue.stance == "propose" and noun.dep_ == "dobj" and has_modal(noun.head)
            and noun.lemma_ not in words.draft_nouns and noun.lemma_ not in words.summing_nouns)


def _judged_plan(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun is what a judgement is passed on: the object of a verb of judging that
    says what it is ("called the plan harmful", "described the offer as a trap"), or the
    subject of a copula whose complement praises or condemns it ("the proposal was
    harmful"). Whoever judges a plan did not write it."""
    verb, words = noun.head, sentence.words
    if noun.dep_ == "dobj" and verb.lemma_ in words.judging_verbs:
        return bool(named_as(verb, noun))
    return noun.dep_ == "nsubj" and verb.lemma_ in words.copulas and any(
        c.dep_ in ("acomp", "attr") and evaluation(words, [c, *(a for a in c.children if a.dep_ == "amod")])
        for c in verb.children)


def _own_holders(sentence: Sentence, token: Token, cue: Cue) -> list[Holder]:
    """The holder a noun or adjective cue names itself: "Russia's demand", "a plan by Kyiv",
    "unacceptable for Moscow"."""
    words = sentence.words
    found: list[Holder] = []
    children = list(token.children)
    if cue.evaluative and token.dep_ in ("attr", "acomp") and token.head.lemma_ in words.copulas:
        # "For Moscow, X is a red line": the judge hangs from the copula
        children += [c for c in token.head.children if c.dep_ == "prep"]
    if token.dep_ == "dobj" and token.head.lemma_ in words.meeting_verbs:
        # "the truce drew support | from Angola": the parser hangs the source on the verb
        children += [c for c in token.head.children if c.dep_ == "prep"]
    holder_preps = words.judge_prepositions if cue.evaluative else words.owner_prepositions
    named = _named_by_topic(sentence, token)
    for child in children:
        if child.i in named:
            continue  # "its NATO bid": NATO is what the bid is for, not who bids
        if _given_to(sentence, child, token):
            continue  # "offers Ukraine security commitments": Ukraine is given them
        # an evaluative noun is its possessor's: "Cambodia's priority is X", "Moscow's red line"
        if child.dep_ in (("poss",) if cue.evaluative else ("poss", "compound", "amod", "nmod")):
            found.extend(phrase_holders(sentence, child) if child.i not in sentence.mentions
                         else [holder_of(sentence, sentence.mentions[child.i])])
        if child.dep_ == "prep" and child.lemma_ in holder_preps:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found.extend(phrase_holders(sentence, pobj))
        if child.dep_ == "prep" and child.lower_ == "of" and not cue.evaluative:
            # "offers of help | from Washington": the parser hangs the author on the noun's
            # object (not "a pullout of troops from Ukraine", whose "from" is the place left)
            objects = [g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() not in words.people_nouns]
            found += after_prepositions(sentence, objects, ("from",))
    return unique(found)


def _crowd_owned(sentence: Sentence, noun: Token) -> bool:
    """Whether a cue noun names owners no one lists ("Western pressure", "international
    calls", "domestic demands")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in sentence.words.crowd_origins
                                       for c in noun.children)


def _the_pair(sentence: Sentence, head: Token) -> list[Holder]:
    """The two parties named last, for "both sides", "the two presidents"; for an office,
    two whose people hold it ("the two presidents" are not a president and a rebel group)."""
    office = head.lemma_.lower()
    pair = coreference.last_pair(sentence, sentence.base + head.idx,
                                 office if office in sentence.words.office_nouns else None)
    return [Holder(a, head.text, WEIGHTS.pair) for a in pair]


def _the_other(sentence: Sentence, head: Token) -> list[Holder]:
    """The other party of the pair for a rival named by its owner ("its neighbour", "India's
    arch-rival", "their adversary"): the pair named last, of which the owner is one."""
    owner = first_child(head, "poss")
    if owner is None or head.lemma_.lower() not in sentence.words.rival_nouns or head.tag_ != "NN":
        return []
    owners = {sentence.party(h.actor) for h in phrase_holders(sentence, owner) if h is not COMMENTATOR and h.actor}
    pair = coreference.last_pair(sentence, sentence.base + head.idx)
    if len(owners) != 1 or not owners <= set(pair):
        return []
    return [Holder(party, head.text, WEIGHTS.pair) for party in pair if party not in owners]


def _swayed(sentence: Sentence, noun: Token) -> bool:
    """Whether a cue noun is what events move ("complaints that clouded hopes for a quick
    signing", "the talks raised expectations of a truce"): hopes in general, no owner named."""
    return noun.dep_ == "dobj" and noun.head.lemma_ in sentence.words.swaying_verbs


def _framed_as(sentence: Sentence, noun: Token, own: list[Holder]) -> bool:
    """Whether a noun that names its holder is what another party frames something "as"
    ("Moscow sees the pause as a bid by Kyiv to regroup"): the framer's reading of the
    other's stance, not the other's stance."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    verb = noun.head.head
    if verb.lemma_ not in sentence.words.framing_verbs:
        return False
    subject = first_child(verb, "nsubj")
    framers = {sentence.party(h.actor) for h in phrase_holders(sentence, subject)} if subject is not None else set()
    return not framers & {sentence.party(h.actor) for h in own if h is not COMMENTATOR}


def _given_to(sentence: Sentence, name: Token, noun: Token) -> bool:
    """Whether a name the parser hung on a verb's object as a modifier is the party the verb
    gives it to, said first: "offers | Ukraine | security guarantees"."""
    verb = noun.head
    return (name.dep_ in ("compound", "amod", "nmod") and noun.dep_ == "dobj" and name.i == verb.i + 1
            and verb.lemma_ in sentence.words.giving_verbs)


def _named_by_topic(sentence: Sentence, token: Token) -> set[int]:
    """The words of the topic phrase a noun cue stands in when a possessor names whose it is
    ("its NATO bid": NATO is what is bid for); without one, "US mediation" is the US's."""
    if not any(c.dep_ == "poss" for c in token.children):
        return set()
    return {i for m in sentence.topic_matches if token.i in m.tokens for i in m.tokens
            if sentence.sdoc[i].dep_ != "poss"}


def has_own_holder(sentence: Sentence, token: Token, outer: Token) -> bool:
    """Whether a noun cue under another cue names whose it is ("Russia's demand for X").

    A possessive pronoun counts only across a clause boundary: in "Kyiv dropped its
    demand" the demand is the outer cue's object, in "insists that any deal must address
    its opposition to X" it is a position of its own.
    """
    if _owned_purpose(sentence, token):
        return True  # "rejected India's decision to suspend X": the suspension is India's
    if token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.i in sentence.mentions for c in token.children):
        return True  # "..., a demand Zelenskyy has rejected": a clause with a subject of its own
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    named = _named_by_topic(sentence, token)
    owners = [c for c in token.children if c.dep_ in ("poss", "compound", "amod") and c.i not in named
              and not _given_to(sentence, c, token)]
    if any(c.i in sentence.mentions for c in owners):
        return True  # "Russia's demand", "the American proposal"
    if not any(c.dep_ == "poss" and c.lower_ in sentence.words.possessive for c in owners):
        return False
    node = token.head
    while node.i != outer.i and node.head.i != node.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
        node = node.head
    return False


def _owned_purpose(sentence: Sentence, verb: Token) -> list[Holder]:
    """The owners of the noun an infinitive completes: "India's decision | to suspend X",
    "the Indian announcement | to close the border" -- the act is theirs."""
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.tag_ != "VB" or verb.head.lemma_ not in sentence.words.purpose_nouns:
        return []
    if not to_infinitive(verb):
        return []
    if not any(c.dep_ in ("poss", "amod", "compound") and c.pos_ != "PRON" and c.i in sentence.mentions
               for c in verb.head.children):
        return []  # "his appeals to sign X": whose, a pronoun leaves to the clause
    return named_by(sentence, verb.head)


def named_by(sentence: Sentence, noun: Token) -> list[Holder]:
    """The actors a noun names as its own or its author: "the US plan", "Kyiv's proposal",
    "Russian strikes", "a plan drawn up by Washington", "fire from Thai troops"."""
    found = [holder_of(sentence, sentence.mentions[c.i]) for c in noun.children
             if c.i in sentence.mentions and (c.dep_ in ("poss", "compound", "amod", "nmod") or _stray_subject(c))
             and not _venue(sentence, c, noun)]
    found += after_prepositions(sentence, [noun], ("by", "from"))
    return [h for h in found if h is not COMMENTATOR and h.actor]


def _venue(sentence: Sentence, name: Token, noun: Token) -> bool:
    """Whether a party's name, not possessive, is part of the name of a topic with a noun of
    a text or of talks ("the Washington agreement", "the Doha framework"): where it was made,
    not who wrote it ("the M23 offensive" is the M23's)."""
    words, lemma = sentence.words, noun.lemma_.lower()
    texts = lemma in words.agreement_nouns or lemma in words.draft_nouns or lemma in words.talk_nouns
    return name.dep_ != "poss" and texts and _in_topic_name(sentence, name, noun)


def _in_topic_name(sentence: Sentence, name: Token, noun: Token) -> bool:
    """Whether a name and the noun it modifies are words of one topic phrase ("the Doha
    process"): the name is part of the topic's name."""
    return any(name.i in m.tokens and noun.i in m.tokens for m in sentence.topic_matches)


def _stray_subject(token: Token) -> bool:
    """A name the parser made the subject of the noun right after it ("said [the M23]
    advance was ..."): a compound it misread."""
    return token.dep_ == "nsubj" and token.head.pos_ == "NOUN" and token.i + 1 == token.head.i


def signed_between(sentence: Sentence, verb: Token) -> list[Holder]:
    """The parties a text was made between: "the accord signed between Kinshasa and the
    rebels", "the truce agreed between the two armies"."""
    if not made_between(sentence, verb):
        return []
    return [h for h in after_prepositions(sentence, [verb], ("between",)) if h is not COMMENTATOR and h.actor]


def after_prepositions(sentence: Sentence, heads: Iterable[Token], prepositions: Iterable[str],
                       depth: int = 0) -> list[Holder]:
    """The actors named by the objects of the ``prepositions`` hanging from ``heads`` ("an
    attack | by M23", "blamed it | on Kigali")."""
    wanted = set(prepositions)
    return [holder for head in heads for prep in head.children if prep.dep_ == "prep" and prep.lower_ in wanted
            for pobj in prep.children if pobj.dep_ == "pobj"
            for holder in phrase_holders(sentence, pobj, depth)]


def unique(holders: list[Holder]) -> list[Holder]:
    """Holders without repeats; only ``COMMENTATOR`` if a commentator is among them."""
    seen: dict[str, Holder] = {}
    for holder in holders:
        if holder is COMMENTATOR:
            return [COMMENTATOR]
        seen.setdefault(holder.actor, holder)
    return list(seen.values())


def is_party_holder(holders: list[Holder]) -> bool:
    """Whether ``holders`` names at least one party and no commentator."""
    return bool(holders) and COMMENTATOR not in holders


def slug(text: str) -> str:
    """An id for an actor the pack does not know, from its name ("" when there is none)."""
    found = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return found[:80] if found and found[0].isalnum() else ""
