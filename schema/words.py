"""English word forms shared by extraction and question parsing: one stemmer, one table.

Articles are matched against pack phrases before they are parsed, and questions are
matched against the same phrases; both reduce words with ``stem`` so that "lifting
sanctions", "lift sanction" and "sanctions lifted" meet. Pure functions of strings: cheap
to import, no NLP library.
"""

from __future__ import annotations

import functools

IRREGULAR_FORMS: dict[str, str] = {
    "children": "child", "men": "man", "women": "woman", "people": "person",
    "broke": "break", "broken": "break", "gave": "give", "given": "give",
    "took": "take", "taken": "take", "sought": "seek", "fought": "fight",
    "said": "say", "says": "say", "thought": "think", "made": "make", "stood": "stand",
    "saw": "see", "seen": "see", "struck": "strike", "stricken": "strike",
    "told": "tell", "wrote": "write", "written": "write", "led": "lead",
    "drew": "draw", "drawn": "draw", "sent": "send", "laid": "lay", "held": "hold",
    "kept": "keep", "brought": "bring", "went": "go", "gone": "go", "flew": "fly",
    "flown": "fly", "met": "meet", "came": "come", "greenlit": "greenlight",
    "began": "begin", "begun": "begin", "spoke": "speak", "spoken": "speak",
    "withdrew": "withdraw", "withdrawn": "withdraw", "froze": "freeze", "fell": "fall",
    "threw": "throw", "thrown": "throw", "upheld": "uphold", "withheld": "withhold",
    "undertook": "undertake", "undertaken": "undertake", "swore": "swear", "chose": "choose",
    "chosen": "choose", "won": "win", "fled": "flee", "dealt": "deal", "knew": "know",
    "forbade": "forbid", "overrode": "override", "overridden": "override", "drove": "drive",
    "rose": "rise", "sold": "sell", "bought": "buy", "paid": "pay",
    "has": "have", "had": "have", "did": "do", "does": "do", "done": "do", "shot": "shoot",
    "sat": "sit", "left": "leave", "lost": "lose", "got": "get", "gotten": "get", "found": "find",
    "meant": "mean", "heard": "hear", "felt": "feel", "built": "build", "ran": "run",
    "understood": "understand", "spent": "spend", "lent": "lend", "fed": "feed", "hid": "hide",
    "hidden": "hide", "stole": "steal", "stolen": "steal", "forgave": "forgive", "forgiven": "forgive",
    "overtook": "overtake", "overtaken": "overtake", "undid": "undo", "undone": "undo",
    "arose": "arise", "arisen": "arise", "withstood": "withstand", "shook": "shake", "shaken": "shake",
    "grew": "grow", "grown": "grow", "blew": "blow", "blown": "blow", "tore": "tear", "torn": "tear",
    "overthrew": "overthrow", "overthrown": "overthrow", "forgot": "forget", "forgotten": "forget",
    "caught": "catch", "taught": "teach", "hung": "hang", "dug": "dig", "rebuilt": "rebuild",
    "sank": "sink", "sunk": "sink", "bore": "bear", "borne": "bear", "rode": "ride", "ridden": "ride",
    "wove": "weave", "woven": "weave", "sped": "speed", "slid": "slide", "stuck": "stick",
}
"""Irregular word form -> its base form: what the suffix rule cannot reach."""

_UNDOUBLE = set("bdgmnprt")


def forms_of(base: str) -> tuple[str, ...]:
    """The irregular forms of a base form.

    >>> forms_of("break")
    ('broke', 'broken')
    """
    return _FORMS_OF.get(base, ())


_FORMS_OF: dict[str, tuple[str, ...]] = {}
for _form, _base in IRREGULAR_FORMS.items():
    _FORMS_OF[_base] = (*_FORMS_OF.get(_base, ()), _form)


DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2013": "-"})
"""Hyphens, non-breaking hyphens and en dashes, which join compounds as "-" does ("Kars–Gyumri");
not the em dash, which sets a phrase apart."""


def normalise(word: str) -> str:
    """Lower case, typographic apostrophes plain, en dashes and typographic hyphens plain
    ("Kars–Gyumri" is "kars-gyumri"), no possessive, no dots ("U.S." is "us")."""
    w = word.lower().replace("\u2019", "'").translate(DASHES)
    if w in IRREGULAR_FORMS:
        return w
    return w.removesuffix("'s").removesuffix("'").replace(".", "")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Reduce a word to a crude stem; the same rule is applied to articles, questions and
    pack phrases.

    >>> [stem(w) for w in ("troops", "joining", "guarantees", "utilities", "Russia's")]
    ['troop', 'join', 'guarante', 'utility', 'russia']
    >>> stem("stopped") == stem("stop"), stem("violating") == stem("violated"), stem("sought")
    (True, True, 'seek')
    >>> stem("cancelled") == stem("canceled") == stem("cancel"), stem("called") == stem("call")
    (True, True)
    """
    w = normalise(word)
    return _suffixes(IRREGULAR_FORMS.get(w, w))


def _suffixes(w: str) -> str:
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) > 5:
        w = _undouble(w[:-3])
    elif w.endswith("ed") and len(w) > 4:
        w = _undouble(w[:-2])
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if w.endswith("ll") and len(w) > 3:
        # British spelling doubles the l ("cancelled", "expelled"), and "call" keeps its
        # own: one l for all, so "cancel", "canceled" and "cancelled" meet
        w = w[:-1]
    return w


def _undouble(w: str) -> str:
    if len(w) > 3 and w[-1] == w[-2] and w[-1] in _UNDOUBLE:
        return w[:-1]
    return w
