"""Officials the pack does not list, introduced by the text with a title that names their
party: "Ukrainian Deputy Foreign Minister Olena Kovalchuk", "Russia's deputy defence minister
Ivan Sorokin", "Olena Kovalchuk, Ukraine's deputy foreign minister, ...".

Journalists give a new name its office once and then write the surname alone ("Kovalchuk
said") or a pronoun ("she told reporters"). Found before any parse, on the tokens of the
whole document, each such official becomes a mention wherever the full name or the surname
recurs, so later sentences, quotations and pronouns reach the party. The official's id is
``party#name``: claims count for the party, and the evidence keeps the name as the
speaker.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from stancegraph.loaders.extraction.holders import slug
from stancegraph.loaders.lexicon import EnglishWords
from stancegraph.loaders.mentions import OFFICIAL_MARK as MARK
from stancegraph.loaders.mentions import ActorIndex, Mention

TITLE_REACH = 6
"""How many words a title before a name may take ("Deputy Minister of Foreign Affairs")."""
APPOSITION_REACH = 9
"""How many words an apposition after a name may take ("a spokeswoman for the Thai army")."""
NAME_WORDS = 3
NOT_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "on", "in", "at", "the", "and", "but", "said", "says", "told",
    # the words of a title or a place, capitalised, are no name ("Deputy Prime Minister",
    # "the Federal Register", "Ciragan Palace")
    "prime", "deputy", "vice", "foreign", "defence", "defense", "interior", "affairs", "acting",
    "former", "senior", "special", "first", "national", "security", "state", "federal", "general",
    "palace", "house", "hall", "street", "square", "hotel", "centre", "center", "university",
    "institute", "register", "journal", "times", "post", "news", "agency", "staff", "colonel",
    "major", "lieutenant", "admiral", "captain", "marshal", "field", "brigadier", "sergeant",
})
TITLE_MODIFIERS = frozenset({
    "deputy", "foreign", "defence", "defense", "prime", "vice", "chief", "top", "senior", "special",
    "presidential", "military", "army", "interior", "state", "national", "security", "affairs",
    "first", "acting", "former", "retired", "lead", "new", "foreign-affairs", "junior", "permanent", "general",
    "press", "government", "ministry", "office", "border", "navy", "defence-ministry",
})
"""Lower-case words a title may hold besides its offices ("deputy foreign minister", "army
spokesman", "top negotiator")."""
LINKS = frozenset({"'s", "\u2019s", "of", "for", "to", "the", "a", "an", "-"})
"""Words that join a title's parts ("spokeswoman for the Thai army", "minister of Ukraine")."""


def introduced_officials(doc: Doc, mentions: list[Mention], index: ActorIndex,
                         words: EnglishWords) -> list[Mention]:
    """Mentions of the officials ``doc`` introduces with a party's title, wherever their
    full name or surname recurs outside the pack's own ``mentions``."""
    by_token = {}
    for mention in mentions:
        for token in doc.char_span(mention.start, mention.end, alignment_mode="expand") or ():
            by_token[token.i] = mention
    officials: dict[str, str] = {}  # full name -> id
    for start, end, party in _introductions(doc, by_token, index, words):
        name = doc[start:end].text
        officials.setdefault(name, f"{party}{MARK}{slug(name)}")
    if not officials:
        return []
    surnames: dict[str, str] = {}
    for name, actor in officials.items():
        surname = name.split()[-1]
        if len(surname) > 2:
            surnames.setdefault(surname, actor)
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in by_token or not token.is_title:
            i += 1
            continue
        full = next((n for n in officials if doc[i:i + len(n.split())].text == n), None)
        if full is not None:
            span = doc[i:i + len(full.split())]
            found.append(Mention(span.start_char, span.end_char, officials[full], span.text))
            i = span.end
            continue
        if token.text in surnames and not _continues_name(doc, i):
            found.append(Mention(token.idx, token.idx + len(token.text), surnames[token.text], token.text))
        i += 1
    return found


def _introductions(doc: Doc, by_token: dict[int, Mention], index: ActorIndex, words: EnglishWords):
    """(start, end, party) of each full name given a party's office: a title before it
    ("Ukrainian Deputy Foreign Minister X", "Cambodia's prime minister, X,") or an
    apposition after it ("X, a spokeswoman for the Thai army,")."""
    offices = words.office_nouns
    titled = offices | words.institution_nouns | words.group_nouns | TITLE_MODIFIERS
    not_names = NOT_NAMES | titled
    # the words are read as an array: most are no office and no comma, and a long document
    # is not walked one token object at a time
    strings = doc.vocab.strings
    lowers = doc.to_array([LOWER]).reshape(-1).tolist() if len(doc) else []
    office_hashes = {strings[word] for word in offices}
    for i in [k for k, h in enumerate(lowers) if h in office_hashes]:
        if i in by_token or _modifies(doc, i):
            continue
        first = i + 2 if i + 1 < len(doc) and doc[i + 1].text == "," else i + 1
        end = _name_after(doc, first, by_token, not_names)
        if end is None or first > i + 1 and (end < len(doc) and doc[end].text not in (",", ".")):
            continue
        title = range(i - 1, max(-1, i - TITLE_REACH), -1)
        if _former(doc, title, by_token, titled, words):
            continue
        party = _title_party(doc, title, by_token, index, titled)
        if party is not None:
            yield first, end, party
    comma = strings[","]
    for i in [k for k, h in enumerate(lowers) if h == comma and k >= 2]:
        start = _name_before(doc, i, by_token, not_names)
        if start is None:
            continue
        window = []
        for j in range(i + 1, min(len(doc), i + 1 + APPOSITION_REACH)):
            if not _title_word(doc[j], j in by_token, titled):
                break
            window.append(j)
        heads = [j for j in window if doc[j].lower_ in offices and not _modifies(doc, j)]
        # "A, Ukrainian President B C, ...": a list of names, not an apposition
        if heads and not (heads[-1] + 1 < len(doc) and _name_word(doc[heads[-1] + 1], not_names)):
            if _former(doc, window, by_token, titled, words):
                continue
            party = _title_party(doc, window, by_token, index, titled)
            if party is not None:
                yield start, i, party


def _title_word(token: Token, is_mention: bool, titled: frozenset[str]) -> bool:
    """A word that may stand in a title: a name, a title's word, a link between them."""
    return (is_mention or token.lower_ in titled or token.lower_ in LINKS
            or token.is_title and token.is_alpha and not token.is_sent_start)


def _former(doc: Doc, positions, by_token: dict[int, Mention], titled: frozenset[str],
            words: EnglishWords) -> bool:
    """Whether the title says its holder is out of office ("former Indian diplomat X",
    "X, Pakistan's retired ambassador,"): no party's voice."""
    for j in positions:
        if doc[j].lower_ in words.former_words:
            return True
        if not _title_word(doc[j], j in by_token, titled) or doc[j].is_sent_start:
            return False
    return False


def _title_party(doc: Doc, positions, by_token: dict[int, Mention], index: ActorIndex,
                 titled: frozenset[str]) -> str | None:
    """The party of the nearest pack mention among a title's words, read outward from the
    name; a word that cannot stand in a title, or a sentence's start, ends the title."""
    for j in positions:
        if j in by_token:
            mention = by_token[j]
            if index.is_commentator(mention.actor) or index.kind(mention.actor) == "person" and (
                    any(w.lower() in titled for w in mention.text.split())
                    or j + 1 >= len(doc) or doc[j + 1].lower_ not in ("'s", "\u2019s")):
                # "the acting prime minister" names someone else's office; "Putin's adviser
                # X" is Russia's official
                return None
            return index.party(mention.actor)
        if not _title_word(doc[j], False, titled) or doc[j].is_sent_start:
            return None
    return None


def _name_after(doc: Doc, start: int, by_token: dict[int, Mention], not_names: frozenset[str]) -> int | None:
    """The end of a full name (two or three capitalised words) starting at ``start``, one
    that runs into no known name ("Volodymyr | Zelensky")."""
    end = start
    while end < len(doc) and end - start < NAME_WORDS and _name_word(doc[end], not_names) and end not in by_token:
        end += 1
    if end - start < 2 or (end < len(doc) and (_name_word(doc[end], not_names) or end in by_token)):
        return None
    return end


def _name_before(doc: Doc, comma: int, by_token: dict[int, Mention], not_names: frozenset[str]) -> int | None:
    """The start of a full name (two or three capitalised words) ending before ``comma``."""
    start = comma
    while start > 0 and comma - start < NAME_WORDS and _name_word(doc[start - 1], not_names) \
            and start - 1 not in by_token:
        start -= 1
    if comma - start < 2 or (start > 0 and (_name_word(doc[start - 1], not_names) or start - 1 in by_token)):
        return None
    return start


def _name_word(token: Token, not_names: frozenset[str]) -> bool:
    return token.is_title and token.is_alpha and len(token.text) > 1 and token.lower_ not in not_names


def _modifies(doc: Doc, i: int) -> bool:
    """An office word used as an adjective ("the official journal"): a lower-case word
    follows it."""
    return i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_lower and doc[i + 1].lower_ not in (
        "of", "for", "to", "at", "in", "and")


def _continues_name(doc: Doc, i: int) -> bool:
    """Whether a capitalised word is part of a longer name ("Kovalchuk" in "Anna Kovalchuk
    Street"), which is someone or something else."""
    before = i > 0 and _name_word(doc[i - 1], NOT_NAMES) and not doc[i - 1].is_sent_start
    after = i + 1 < len(doc) and _name_word(doc[i + 1], NOT_NAMES)
    return before or after
