"""Read article files and folders into :class:`~stancegraph.schema.Document` models.

Plain text and Markdown are read as UTF-8, HTML pages through trafilatura's main-text
extraction, JSON Lines one article per line. Page furniture (comment forms, share buttons,
newsletter prompts) is removed whole line by whole line; a short first line becomes the
title and a date near the top the publication date. A file that cannot be read is reported
in one line that names it and says what is wrong.

>>> result = read_documents(["no/such/article.txt"])
>>> result.documents
()
>>> print(result.failures[0])
no/such/article.txt: no such file or directory
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from stancegraph.errors import InputError
from stancegraph.schema import Document

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Files larger than this are refused before a byte of them is read."""

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
"""What a folder is searched for; a file named explicitly may have any suffix."""

_MEGABYTE = 1024 * 1024
_BINARY_PROBE_BYTES = 8192
_UTF8_BOM = b"\xef\xbb\xbf"
_TITLE_MAX_CHARS = 150
_DATE_LINES = 5
# Longer lines are body text, and a date in the body is usually about an event, not the article.
_DATELINE_MAX_CHARS = 100
# Once a kept line this long has been seen, the article body has begun: a comment-section
# heading before it is navigation, one after it ends the article.
_BODY_LINE_CHARS = 80


def _whole_lines(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """Compile patterns that must match a whole line, ignoring case and surrounding spaces."""
    return tuple(re.compile(rf"^\s*(?:{pattern})\s*$", re.IGNORECASE) for pattern in patterns)


FOOTER_LINES = _whole_lines(
    r"leave a (?:reply|comment)",
    r"comments?(?: \(\d+\))?",
    r"\d+ (?:comments?|responses?)",
    r"show comments",
)
"""Lines that open a comment section: after the article body, the rest of the text is dropped."""

FURNITURE_LINES = FOOTER_LINES + _whole_lines(
    r"your email address will not be published\.?(?: required fields are marked \*)?",
    r"required fields are marked \*",
    r"this site uses akismet to reduce spam\..*",
    r"back to top",
    r"skip to (?:main )?content",
    r"share(?: this(?: article| story| page)?)?",
    r"分享",
    r"click to (?:share on|email|print)\b.*",
    r"after newsletter promotion",
    r"sign up (?:for|to)\b.*\bnewsletters?\b.*",
    r"advertisement",
    r"related(?: articles| stories| content| coverage)?:?",
    r"(?:read|see) (?:more|also)(?::.*)?",
    r"original source:.*",
    r"\d+",
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    r"[\w.,&' ]{1,60} contributed (?:reporting )?to this (?:story|report|article)\.?",
    r".*\[(?:photo|image|video)/[^\]]*\]",
    r"(?:©|copyright\b).*",
    r".*\ball rights reserved\.?",
    r"作者[:：].*",
)
"""Whole lines that are page furniture, not article text; the same words inside a line stay."""

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<!\d){_DAY}\s+{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
)
"""Publication dates as articles write them: 2025-03-24, March 24, 2025 and 24 March 2025."""


@dataclass(frozen=True)
class LoadFailure:
    """A file, or one line of a JSON Lines file, that gave no document, and why."""

    path: str
    problem: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.problem}"


@dataclass(frozen=True)
class LoadResult:
    """The documents read, without duplicate texts, and the inputs that failed, in input order."""

    documents: tuple[Document, ...]
    failures: tuple[LoadFailure, ...]


class _Unreadable(Exception):
    """Why a file or a line cannot become a document; the caller knows which file it was."""


def read_documents(paths: Iterable[str | os.PathLike[str]]) -> LoadResult:
    """Read every article in the given files and folders, carrying on past bad ones.

    Folders are searched recursively in sorted order for ``.txt``, ``.md``, ``.markdown``,
    ``.html``, ``.htm`` and ``.jsonl`` files; hidden files and folders are ignored, other
    files are reported as unsupported. A file named explicitly is read whatever its suffix
    (as text unless it is HTML or JSON Lines). A text seen before is skipped silently.

    Parameters
    ----------
    paths
        Files and folders, in the order their documents should come.

    Returns
    -------
    LoadResult
        The documents, and one failure per unreadable file or JSON Lines line.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "talks.txt").write_text("Both sides agreed to keep talking.")
    >>> _ = (folder / "scan.pdf").write_bytes(b"%PDF-1.7")
    >>> result = read_documents([folder])
    >>> [document.text for document in result.documents]
    ['Both sides agreed to keep talking.']
    >>> result.failures[0].problem
    'unsupported file type .pdf'
    """
    documents: list[Document] = []
    failures: list[LoadFailure] = []
    for given in paths:
        path = Path(given)
        is_folder = path.is_dir()
        if is_folder:
            files, unwalkable = _files_in(path)
            failures.extend(unwalkable)
        else:
            files = [path]
        for file in files:
            if is_folder and file.suffix.lower() not in SUPPORTED_SUFFIXES:
                kind = file.suffix or "(no extension)"
                failures.append(LoadFailure(str(file), f"unsupported file type {kind}"))
                continue
            file_documents, file_failures = _read_file(file)
            documents.extend(file_documents)
            failures.extend(file_failures)
    unique: dict[str, Document] = {}
    for document in documents:
        unique.setdefault(document.id, document)
    return LoadResult(documents=tuple(unique.values()), failures=tuple(failures))


def read_document(path: str | os.PathLike[str]) -> list[Document]:
    """Read the articles in one file: one document, or one per line of a JSON Lines file.

    Parameters
    ----------
    path
        A text, Markdown, HTML or JSON Lines file.

    Returns
    -------
    list of Document

    Raises
    ------
    InputError
        If the file is missing, empty, binary, not UTF-8, too large or has no article text,
        or if any line of a JSON Lines file is bad (``read_documents`` keeps the good lines).
        The message is one line, ``PATH: problem``.

    Examples
    --------
    >>> read_document("no/such/article.txt")
    Traceback (most recent call last):
    ...
    stancegraph.errors.InputError: no/such/article.txt: no such file or directory
    """
    documents, failures = _read_file(Path(path))
    if failures:
        raise InputError(str(failures[0]))
    return documents


def strip_furniture(text: str) -> str:
    """Remove page-furniture lines and any comment section after the article body.

    Only whole lines matching ``FURNITURE_LINES`` go; the other lines keep their text and
    their paragraph breaks, with runs of blank lines shortened to one.

    >>> print(strip_furniture("Truce talks resume\\n\\nShare\\n\\nBoth delegations met.\\n"))
    Truce talks resume
    <BLANKLINE>
    Both delegations met.
    """
    kept: list[str] = []
    body_has_begun = False
    for raw_line in text.splitlines():
        line = raw_line.rstrip()
        if body_has_begun and _matches_any(FOOTER_LINES, line):
            break
        if _matches_any(FURNITURE_LINES, line) or (not line and (not kept or not kept[-1])):
            continue
        kept.append(line)
        body_has_begun = body_has_begun or len(line) >= _BODY_LINE_CHARS
    return "\n".join(kept).strip()


def _matches_any(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(pattern.match(line) for pattern in patterns)


def _files_in(folder: Path) -> tuple[list[Path], list[LoadFailure]]:
    """Return the files under a folder, hidden ones left out, sorted by their path parts.

    Sub-folders that cannot be listed come back as failures.
    """
    files: list[Path] = []
    failures: list[LoadFailure] = []

    def report(error: OSError) -> None:
        failures.append(LoadFailure(str(error.filename), _os_problem(error)))

    for directory, subdirectories, names in os.walk(folder, onerror=report):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        files.extend(Path(directory, name) for name in names if not name.startswith("."))
    files.sort(key=lambda file: file.relative_to(folder).parts)
    return files, failures


def _read_file(path: Path) -> tuple[list[Document], list[LoadFailure]]:
    """Read one file into documents, turning every problem into a failure naming the file."""
    try:
        data = _read_bytes(path)
        suffix = path.suffix.lower()
        if suffix in HTML_SUFFIXES:
            return [_html_document(data, source=str(path))], []
        text = _decode(data)
        if suffix in JSONL_SUFFIXES:
            return _jsonl_documents(text, path)
        return [_text_document(text, source=str(path))], []
    except _Unreadable as error:
        return [], [LoadFailure(str(path), str(error))]


def _read_bytes(path: Path) -> bytes:
    """Return a file's bytes after checking, from its size alone, that it is worth reading."""
    try:
        status = path.stat()
    except OSError as error:
        raise _Unreadable(_os_problem(error)) from None
    if stat.S_ISDIR(status.st_mode):
        raise _Unreadable("is a folder, not a file (read_documents reads folders)")
    if status.st_size > MAX_FILE_BYTES:
        raise _Unreadable(
            f"file is {status.st_size / _MEGABYTE:.1f} MB, "
            f"larger than the {MAX_FILE_BYTES // _MEGABYTE} MB limit"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _Unreadable(_os_problem(error)) from None
    if not data.removeprefix(_UTF8_BOM).strip():
        raise _Unreadable("empty file")
    if b"\0" in data[:_BINARY_PROBE_BYTES]:
        raise _Unreadable("binary file, not text")
    return data


def _os_problem(error: OSError) -> str:
    """Say what the operating system said, in the lower case of the rest of the message."""
    return (error.strerror or str(error)).lower()


def _decode(data: bytes) -> str:
    """Decode UTF-8, naming the first bad byte and its offset when it is not."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        bad_byte = data[error.start]
        raise _Unreadable(
            f"not valid UTF-8 text (byte 0x{bad_byte:02x} at offset {error.start})"
        ) from None


def _text_document(
    text: str, source: str, title: str | None = None, published: date | None = None
) -> Document:
    """Build a document from article text; title and date are found in the text if not given."""
    cleaned = strip_furniture(text)
    if not cleaned:
        raise _Unreadable("no article text, only page furniture")
    return Document.from_text(
        cleaned,
        source=source,
        title=title or _detect_title(cleaned),
        published=published or _detect_published(cleaned),
    )


def _html_document(data: bytes, source: str) -> Document:
    """Build a document from an HTML page's main text, title and publication date.

    The bytes go to trafilatura undecoded so that it can honour the page's declared charset.
    """
    # Imported here because it is slow to import and only HTML needs it.
    from trafilatura import bare_extraction

    extracted = bare_extraction(
        data,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
        # Without this, htmldate guesses a date from copyright lines ("© 2025" -> 2025-01-01).
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = strip_furniture(extracted.text or "") if extracted else ""
    if not text:
        raise _Unreadable("no article text found in HTML")
    published = date.fromisoformat(extracted.date) if extracted.date else None
    return Document.from_text(
        text,
        source=source,
        title=extracted.title or _detect_title(text),
        published=published or _detect_published(text),
    )


def _jsonl_documents(text: str, path: Path) -> tuple[list[Document], list[LoadFailure]]:
    """Read one article per line; a bad line is a failure and the other lines still load."""
    documents: list[Document] = []
    failures: list[LoadFailure] = []
    # Not splitlines(): JSON strings may hold U+2028 and other characters it splits on.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            documents.append(_jsonl_document(line, fallback_source=f"{path}#{number}"))
        except _Unreadable as error:
            failures.append(LoadFailure(str(path), str(error), line=number))
    return documents, failures


def _jsonl_document(line: str, fallback_source: str) -> Document:
    """Build a document from one JSON object: ``text``; ``title``, ``url``, ``date`` optional."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise _Unreadable(f"not valid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(record, dict):
        raise _Unreadable('expected a JSON object with a "text" field')
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Unreadable('"text" is missing or empty')
    url = _optional_string(record, "url")
    return _text_document(
        text,
        source=url or fallback_source,
        title=_optional_string(record, "title"),
        published=_iso_date(record.get("date")),
    )


def _optional_string(record: dict[str, object], field: str) -> str | None:
    value = record.get(field)
    if value is not None and not isinstance(value, str):
        raise _Unreadable(f'"{field}" must be a string, not {type(value).__name__}')
    return value or None


def _iso_date(value: object) -> date | None:
    """Parse an ISO date (``2025-03-24``), or the date of an ISO timestamp."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise _Unreadable(f'"date" is not an ISO date like 2025-03-24: {value!r}')


def _detect_title(text: str) -> str | None:
    """Return the first line as the title if it looks like a headline: short, no full stop."""
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    headline = _MARKDOWN_HEADING.sub("", first_line)
    if headline and len(headline) < _TITLE_MAX_CHARS and not headline.endswith("."):
        return headline
    return None


def _detect_published(text: str) -> date | None:
    """Return the first date written in a short line among the first few lines, if any."""
    lines = [line for line in text.splitlines() if line.strip()][:_DATE_LINES]
    for line in lines:
        if len(line) > _DATELINE_MAX_CHARS:
            continue
        for pattern in DATE_PATTERNS:
            for match in pattern.finditer(line):
                found = _date_from_match(match)
                if found is not None:
                    return found
    return None


def _date_from_match(match: re.Match[str]) -> date | None:
    """Turn a DATE_PATTERNS match into a date, or None if there is no such day."""
    month = match["month"]
    month_number = int(month) if month.isdigit() else _MONTHS.index(month[:3].lower()) + 1
    try:
        return date(int(match["year"]), month_number, int(match["day"]))
    except ValueError:
        return None
