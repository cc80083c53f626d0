"""Dates in questions: "before April", "since 15 March 2025", "in March", "after 2025-03-20".

``find_period`` reads one such phrase into a ``Period``: a half-open range of ISO dates
``[start, end)`` that claims are kept in by their document's publication date. A month or a
day without a year takes the year of the store's latest dated document, and the reading
says so; with no dated document at all the phrase cannot be placed and is reported.
Documents with no date are never in a period: queries show them apart, as undated.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from stancegraph.queries.vocabulary import MONTHS, PERIOD_WORDS

__all__ = ["Period", "find_period"]


@dataclass(frozen=True)
class Period:
    """Claims published in ``[start, end)`` (ISO dates; None: open); ``text`` is the phrase
    as written, ``span`` its character offsets in the question, ``note`` how the year was
    chosen when the question gave none."""

    start: str | None
    end: str | None
    text: str
    span: tuple[int, int]
    note: str = ""

    def describe(self) -> str:
        if self.start and self.end:
            return f"published from {self.start} to before {self.end}"
        if self.start:
            return f"published on or after {self.start}"
        return f"published before {self.end}"


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORD = "|".join(sorted((re.escape(w) for w in PERIOD_WORDS), key=len, reverse=True))
_PERIOD = re.compile(
    rf"\b(?P<word>{_WORD})\s+(?:the\s+)?(?:"
    r"(?P<iso>\d{4}-\d{2}-\d{2})"
    rf"|(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>{_MONTH})\.?"
    r"(?:\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>\d{4}))?"
    r"|(?P<year_only>\d{4}))\b",
    re.IGNORECASE,
)


def find_period(question: str, latest: str | None) -> Period | None | str:
    """The period a question names, if any.

    Parameters
    ----------
    question : str
    latest : str or None
        The ISO date of the store's latest dated document: the year of a date written
        without one.

    Returns
    -------
    Period, None, or str
        None when the question names no period; a string saying why when it names one that
        cannot be placed (a month without a year in a store with no dated document, or a
        day that does not exist).

    Examples
    --------
    >>> find_period("what did Russia demand before April?", "2025-03-28")
    Period(start=None, end='2025-04-01', text='before April', span=(23, 35), note='April 2025: the year of the latest dated document')
    >>> find_period("who rejected a truce in March 2025?", None).describe()
    'published from 2025-03-01 to before 2025-04-01'
    >>> find_period("who rejects foreign troops?", None) is None
    True
    """
    match = _PERIOD.search(question)
    if match is None:
        return None
    word = match["word"].lower()
    note = ""
    try:
        if match["iso"]:
            first = last = date.fromisoformat(match["iso"])
        elif match["year_only"]:
            year = int(match["year_only"])
            first, last = date(year, 1, 1), date(year, 12, 31)
        else:
            month = MONTHS[match["month"].lower().rstrip(".")]
            year_text = match["year"]
            if year_text is None:
                if latest is None:
                    return (f"{match.group().strip()!r} names no year and the store has no "
                            "dated document to take one from")
                year_text = latest[:4]
                note = (f"{match['month'].capitalize()} {year_text}: the year of the latest "
                        "dated document")
            year = int(year_text)
            day = match["day1"] or match["day2"]
            if day:
                first = last = date(year, month, int(day))
            else:
                first = date(year, month, 1)
                last = date(year, month, calendar.monthrange(year, month)[1])
    except ValueError as error:
        return f"{match.group().strip()!r} is not a date ({error})"
    after_last = date.fromordinal(last.toordinal() + 1).isoformat()
    start, end = {
        "before": (None, first.isoformat()), "prior to": (None, first.isoformat()),
        "until": (None, after_last), "till": (None, after_last), "by": (None, after_last),
        "up to": (None, after_last),
        "after": (after_last, None),
        "since": (first.isoformat(), None), "from": (first.isoformat(), None),
        "in": (first.isoformat(), after_last), "during": (first.isoformat(), after_last),
        "on": (first.isoformat(), after_last),
    }[word]
    return Period(start, end, match.group().strip(), match.span(), note)
