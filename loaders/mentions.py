"""Finding actors in text: pack names, aliases and titles, misspellings, and quotations.

Mentions are found on the tokenized (not parsed) document, so that pronouns, "both
sides" and quotations in any sentence can be resolved against everything said before.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy
from rapidfuzz import fuzz, process
from spacy.attrs import IDX, IS_TITLE, LENGTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from stancegraph.schema import Actor, DomainPack

OFFICIAL_MARK = "#"
"""Joins a party and a name in the id of an official the text introduced ("ukraine#olena_kovalchuk",
``extraction.officials``)."""

FUZZY_CUTOFF = 80
FUZZY_MIN_LENGTH = 5
PERSONAL_OWNERS = frozenset({"his", "her"})
"""Owners that make an office several parties hold the office of the person named last."""
SENTENCE_ENDS = frozenset({".", "!", "?", ":", "\u2014", "-", '"', "\u201c"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "gen", "lt", "col",
                        "maj", "capt", "adm", "sen", "rep", "general", "marshal", "field", "colonel", "major",
                        "admiral", "king", "queen", "prince", "princess", "sheikh", "emir", "pope", "first",
                        "former", "late"})
"""Words before a surname that are not a given name ("Mr Sharif", "Field Marshal Munir"); the
pack's roles add the offices ("President", "Minister")."""
CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                      "january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "easter", "christmas"})
"""Capitalised words of a date, which may come right before a name ("On Friday Putin said")."""
FUZZY_CUTOFF_OPENING = 82
"""A capitalised word that opens a sentence may be any word ("Hours earlier" is not
"Hourn" misspelt): it must come closer to a surname."""


@dataclass(frozen=True)
class Mention:
    """An actor named in the text: ``text[start:end]`` names ``actor``."""

    start: int
    end: int
    actor: str
    text: str


class ActorIndex:
    """Every way the pack lets the text name an actor, and the actors themselves."""

    def __init__(self, pack: DomainPack, nlp: Language, person_roles: frozenset[str] = frozenset()):
        """``person_roles``: words that, in a commentator's roles, make it a person
        ("analyst"), whose surname may be misspelt; an outlet's or a think tank's last word
        ("Group", "Agency") is no surname."""
        self.actors: dict[str, Actor] = {a.id: a for a in pack.actors + pack.commentators}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        surnames: dict[str, str] = {}
        people: list[Actor] = []
        for actor in self.actors.values():
            names = {actor.name, *actor.aliases, *actor.roles}
            names |= {n.replace("'", "\u2019") for n in names}  # "Putin’s spokesman", typeset
            short = {n for n in names if _is_short_capitals(n)}
            self.matcher.add(actor.id, [nlp.make_doc(n) for n in sorted(names - short)])
            if short:  # "US" must not find "us"
                self.cased.add(actor.id, [nlp.make_doc(n) for n in sorted(short)])
            is_person = actor.kind == "person" or actor.kind == "commentator" and any(
                word in person_roles for role in actor.roles for word in role.lower().split())
            if is_person:
                people.append(actor)
                for name in (actor.name, *actor.aliases):
                    last = name.split()[-1]
                    if len(last) >= FUZZY_MIN_LENGTH:
                        surnames.setdefault(last, actor.id)
        self.surnames = surnames
        self.given_names = {a.id: {n.split()[0].lower() for n in (a.name, *a.aliases) if " " in n}
                            for a in people}
        """The first word of each of a person's names of more than one word ("félix", "felix")."""
        self.title_words = HONORIFICS | CALENDAR | {
            word for a in self.actors.values() for role in a.roles for word in role.lower().split()}
        """Capitalised words that may stand before a surname and not be a given name."""
        self.people = frozenset(a.id for a in people)
        """The pack's people, with the commentators who are persons (an analyst, not an outlet
        or a public such as "residents")."""
        self.full_names = {a.name: a.id for a in people}
        self.person_names = {name.lower(): a.id for a in people if a.kind == "person"
                             for name in (a.name, *a.aliases)}
        """Every name and alias of the pack's people, in lower case."""
        self._surname_choices = list(surnames)
        self._full_name_choices = list(self.full_names)
        # Every capitalised word of every document is looked up, but a corpus has few
        # distinct ones: remember each answer rather than ask rapidfuzz again.
        self._fuzzy_answers: dict[tuple[str, int], str | None] = {}

    def find(self, doc: Doc) -> list[Mention]:
        """Mentions in a tokenized document, longest first where they overlap, in text order.

        A name several actors share (a title such as "the foreign minister") names the one
        of them mentioned last before it; with none mentioned yet, it names their party if
        they share one, else nobody.
        """
        matches = [*self.matcher(doc), *self.cased(doc)]
        labels: dict[tuple[int, int], list[str]] = {}
        for m, s, e in matches:
            labels.setdefault((s, e), []).append(doc.vocab.strings[m])
        kept = filter_spans([doc[s:e] for s, e in labels])
        covered = {i for span in kept for i in range(span.start, span.end)}
        mentions: list[Mention] = []
        last_seen: dict[str, int] = {}
        last_opening: dict[str, int] = {}
        ordered = sorted(kept, key=lambda span: span.start)
        starts = [sentence.start for sentence in doc.sents] if doc.has_annotation("SENT_START") else None
        for number, span in enumerate(ordered):
            candidates = labels[(span.start, span.end)]
            owner = _owner(doc, span.start)
            if len(candidates) > 1 and owner is not None:
                owners = {self.party(o) for key in labels if key[0] <= owner < key[1] for o in labels[key]}
                candidates = [c for c in candidates if self.party(c) in owners]
                if not candidates:
                    continue  # "Qatar's foreign ministry": a title, but not of the actors who hold it
            elif len(candidates) > 1 and span.start > 0 and doc[span.start - 1].lower_ in PERSONAL_OWNERS:
                # "Dar repeated his government's offer": the office of the person named last
                person = max((a for a in last_seen if self.kind(a) == "person"), key=last_seen.get, default=None)
                if person is not None:
                    candidates = [c for c in candidates if self.party(c) == self.party(person)] or candidates
            # a shared title names the one of them last seen opening a sentence, its
            # likeliest subject ("India said X would not reach Pakistan. The government
            # added ..." is India's), else the one last seen
            actor = candidates[0] if len(candidates) == 1 else max(
                (c for c in candidates if c in last_seen), key=lambda c: (last_opening.get(c, -1), last_seen[c]),
                default=None)
            if actor is None:
                # "the special envoy Steve Witkoff": the title names the one named right after it
                after = ordered[number + 1] if number + 1 < len(ordered) else None
                named = labels[(after.start, after.end)] if after is not None else []
                if after is not None and after.start - span.end <= 2 and len(named) == 1 and named[0] in candidates:
                    actor = named[0]
                elif len(parties := {self.party(c) for c in candidates}) == 1:
                    actor = parties.pop()  # "a Thai government spokesman": one of the party's, whoever
                else:
                    continue
            if self._other_given_name(doc, span, covered, actor):
                continue
            last_seen[actor] = span.start
            if opening_sentence(starts, span.start, ordered[number - 1].start if number else -1):
                last_opening[actor] = span.start
            mentions.append(Mention(span.start_char, span.end_char, actor, span.text))
        for i in numpy.flatnonzero(doc.to_array(IS_TITLE)).tolist():  # "Umerov", not "the"
            token = doc[i]
            if i in covered or len(token.text) < FUZZY_MIN_LENGTH:
                continue
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if following is not None and following.is_title and following.i not in covered:
                continue  # "Maria Zakharova": a first name of someone else, not "Maris" misspelt
            opening = token.i == 0 or doc[token.i - 1].text in SENTENCE_ENDS or "\n" in doc[token.i - 1].text
            actor = self.fuzzy(token.text, FUZZY_CUTOFF_OPENING if opening else FUZZY_CUTOFF)
            if actor and not self._other_given_name(doc, doc[token.i:token.i + 1], covered, actor):
                mentions.append(Mention(token.idx, token.idx + len(token.text), actor, token.text))
        return sorted(mentions, key=lambda m: m.start)

    def _other_given_name(self, doc: Doc, span: Span, covered: set[int], actor: str) -> bool:
        """Whether a surname alone follows a given name that is not the person's
        ("Zulfikar Ali Bhutto", "first lady Melania Trump"): a relative or a namesake.
        A capitalised word opening its sentence may be any word ("But Trump said")."""
        if len(span) != 1 or span.start == 0 or self.kind(actor) != "person":
            return False
        before = doc[span.start - 1]
        if not before.is_title or before.i in covered or before.lower_.removesuffix("s") in self.title_words:
            return False  # "Presidents Tshisekedi and Kagame"
        if doc.has_annotation("SENT_START") and before.i == before.sent.start:
            return False
        # "Felix Tshisekedi" for "Félix Tshisekedi": the person's own given name, spelt otherwise
        own = self.given_names.get(actor, ())
        return not any(fuzz.ratio(before.lower_, name) >= FUZZY_CUTOFF for name in own)

    def fuzzy(self, name: str, cutoff: int = FUZZY_CUTOFF) -> str | None:
        """The pack person whose surname (or full name) ``name`` misspells, if close enough.

        >>> # "Unerov" is one letter away from "Umerov"
        """
        if (name, cutoff) in self._fuzzy_answers:
            return self._fuzzy_answers[name, cutoff]
        if " " in name:
            table, choices = self.full_names, self._full_name_choices
        else:
            table, choices = self.surnames, self._surname_choices
        best = process.extractOne(name, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        answer = table[best[0]] if best else None
        self._fuzzy_answers[name, cutoff] = answer
        return answer

    def party(self, actor_id: str) -> str:
        actor = self.actors.get(actor_id)
        if actor is not None:
            return actor.party_id
        return actor_id.split(OFFICIAL_MARK, 1)[0]  # an official the text introduced

    def kind(self, actor_id: str) -> str:
        actor = self.actors.get(actor_id)
        return actor.kind if actor else "person"

    def pronoun(self, actor_id: str) -> str | None:
        """"he" or "she" for a pack person whose pack says so; None when it is not known."""
        actor = self.actors.get(actor_id)
        return actor.pronoun if actor else None

    def is_commentator(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return bool(actor and actor.is_commentator)


def _owner(doc: Doc, start: int) -> int | None:
    """The capitalised word that owns the title at ``start`` ("Qatar's foreign ministry")."""
    i = start - 2
    if i >= 0 and doc[i + 1].lower_ in ("'s", "\u2019s") and doc[i].is_title:
        return i
    return None


def _is_short_capitals(name: str) -> bool:
    """An all-capital short form that is also an English word in lower case ("US", "UN")."""
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 3 and "." not in name


class MentionTable:
    """The mentions of one document, searchable by character offset."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def at(self, start: int, end: int) -> list[Mention]:
        """All mentions overlapping ``[start, end)``, in the table's order."""
        first = bisect.bisect_left(self.starts, start - self.longest)
        return [m for m in self.mentions[first:bisect.bisect_left(self.starts, end)] if m.end > start]

    def by_token(self, doc: Doc, base: int = 0) -> dict[int, Mention]:
        """The tokens of ``doc``, whose text stands at ``base`` in the document, that a
        mention overlaps, in order, each with that mention (the table's last where several
        do). The offsets are read as arrays: a sentence's tokens are not visited one by one."""
        if not self.mentions or not len(doc):
            return {}
        offsets = doc.to_array([IDX, LENGTH]).reshape(len(doc), 2)
        starts = offsets[:, 0].tolist()
        ends = (offsets[:, 0] + offsets[:, 1]).tolist()
        found: dict[int, Mention] = {}
        for mention in self.at(base, base + ends[-1]):
            for i in range(bisect.bisect_right(ends, mention.start - base),
                           bisect.bisect_left(starts, mention.end - base)):
                found[i] = mention
        return dict(sorted(found.items()))

    def before(self, offset: int, limit: int = 1500) -> list[Mention]:
        """Mentions ending before ``offset``, nearest first, within ``limit`` characters."""
        # Walk back only as far as a mention could still end within ``limit``: the search
        # stays local, so a long document's lookups cost no more than a short one's.
        found: list[Mention] = []
        mentions = self.mentions
        for i in range(bisect.bisect_left(self.starts, offset) - 1, -1, -1):
            m = mentions[i]
            if offset - m.start > limit + self.longest:
                break
            if m.end <= offset and offset - m.end <= limit:
                found.append(m)
        return found


QUOTE_PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb"}
QUOTE_MARKS = re.compile("[\"" + "".join(QUOTE_PAIRS) + "".join(QUOTE_PAIRS.values()) + "]")
"""Every mark that opens or closes a quotation: the only characters ``quote_spans`` reads."""


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, each closed at the latest at the end of its paragraph.

    >>> quote_spans('He said: "Stop." Then left.')
    [(9, 16)]
    """
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        open_at: int | None = None
        closer = ""
        for mark in QUOTE_MARKS.finditer(text, paragraph.start(), paragraph.end()):
            i, ch = mark.start(), mark.group()
            if open_at is None and (ch in QUOTE_PAIRS or ch == '"'):
                open_at, closer = i, QUOTE_PAIRS.get(ch, '"')
            elif open_at is not None and ch == closer:
                spans.append((open_at, i + 1))
                open_at = None
        if open_at is not None:
            spans.append((open_at, paragraph.end()))
    return spans


def opening_sentence(starts: list[int] | None, start: int, previous: int) -> bool:
    """Whether the mention at token ``start`` is the first of its sentence (``starts``: where
    the text's sentences start, None when they are not known; ``previous``: where the mention
    before it starts, -1 for none)."""
    if starts is None:
        return False  # no sentences known: the one last seen
    return previous < starts[bisect.bisect_right(starts, start) - 1]
