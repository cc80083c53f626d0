"""Read article files and folders into :class:`~stancegraph.schema.Document` models.

Plain text and Markdown are read as UTF-8 (or UTF-16 or UTF-32 with a byte-order mark),
HTML pages through trafilatura's main-text extraction, JSON Lines one article per line, as
a stream. Page furniture (comment forms, share buttons, newsletter prompts) is removed
whole line by whole line; a short first line becomes the title and a date near the top the
publication date. A file, or a line of JSON Lines, that cannot be read is reported in one
line that names it and says what is wrong.

Limits apply to each document, not to files: a text or HTML file, or one line of a JSON
Lines file, of more than ``MAX_DOCUMENT_BYTES`` (20 MB) is refused before it is read; pass
``max_document_bytes`` to raise it. A JSON Lines file may be of any size.

>>> result = read_documents(["no/such/article.txt"])
>>> result.documents
()
>>> print(result.failures[0])
no/such/article.txt: no such file or directory
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from stancegraph.errors import InputError
from stancegraph.schema import Document

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""The largest document read by default: a text or HTML file, or one line of JSON Lines.
Larger ones are refused before a byte of them is read (``max_document_bytes`` raises it)."""

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
"""What a folder is searched for; a file named explicitly may have any suffix."""

_MEGABYTE = 1024 * 1024
_BINARY_PROBE_BYTES = 8192
_BYTE_ORDER_MARKS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_READ_CHUNK = 1024 * 1024
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


def read_documents(
    paths: Iterable[str | os.PathLike[str]], max_document_bytes: int | None = None
) -> LoadResult:
    """Read every article in the given files and folders, carrying on past bad ones.

    Folders are searched recursively in sorted order for ``.txt``, ``.md``, ``.markdown``,
    ``.html``, ``.htm`` and ``.jsonl`` files; hidden files and folders are ignored, other
    files are reported as unsupported. A file named explicitly is read whatever its suffix
    (as text unless it is HTML or JSON Lines). A text seen before is skipped silently
    (``iter_documents`` streams them all, duplicates included).

    Parameters
    ----------
    paths
        Files and folders, in the order their documents should come.
    max_document_bytes
        The largest document read (default ``MAX_DOCUMENT_BYTES``).

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
    unique: dict[str, Document] = {}
    failures: list[LoadFailure] = []
    for item in iter_documents(paths, max_document_bytes):
        if isinstance(item, LoadFailure):
            failures.append(item)
        else:
            unique.setdefault(item.id, item)
    return LoadResult(documents=tuple(unique.values()), failures=tuple(failures))


def iter_documents(
    paths: Iterable[str | os.PathLike[str]], max_document_bytes: int | None = None
) -> Iterator[Document | LoadFailure]:
    """Stream the documents of the given files and folders, and the failures, in input order.

    Like ``read_documents``, but one document at a time, so memory stays that of the largest
    document whatever the number of files or the size of a JSON Lines file; duplicate texts
    are all yielded.

    >>> [str(item) for item in iter_documents(["no/such/folder"])]
    ['no/such/folder: no such file or directory']
    """
    for file in find_files(paths):
        if isinstance(file, LoadFailure):
            yield file
        else:
            yield from iter_file_documents(file, max_document_bytes)


def find_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | LoadFailure]:
    """The files to read, in input order: folders searched recursively in sorted order,
    files as given; unsupported files in a folder and folders that cannot be listed are
    failures."""
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path
            continue
        files, unwalkable = _files_in(path)
        yield from unwalkable
        for file in files:
            if file.suffix.lower() not in SUPPORTED_SUFFIXES:
                kind = file.suffix or "(no extension)"
                yield LoadFailure(str(file), f"unsupported file type {kind}")
            else:
                yield file


def count_documents(file: Path) -> int:
    """How many documents ``file`` holds, cheaply: the non-blank lines of a JSON Lines file
    (read as bytes, nothing parsed), one for any other file. For progress bars."""
    if file.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        with file.open("rb") as stream:
            return sum(1 for line in stream if line.strip(b" \t\r\n\x00"))
    except OSError:
        return 1


def count_lines(file: Path) -> int:
    """How many lines a file has (line feeds counted in its bytes, nothing decoded): how a
    JSON Lines file is split into parts (``iter_file_documents(..., lines=...)``)."""
    count, last = 0, b""
    with file.open("rb") as stream:
        while block := stream.read(_READ_CHUNK):
            count += block.count(b"\n")
            last = block
    return count + (1 if last and not last.endswith(b"\n") else 0)


def iter_file_documents(
    path: str | os.PathLike[str], max_document_bytes: int | None = None,
    lines: range | None = None,
) -> Iterator[Document | LoadFailure]:
    """Stream the documents of one file (a JSON Lines file line by line), with failures.

    ``lines`` (numbered from 1) reads only those lines of a JSON Lines file, so that parts
    of one file can be read in different processes; any other file is read when the range
    holds line 1.
    """
    path = Path(path)
    limit = MAX_DOCUMENT_BYTES if max_document_bytes is None else max_document_bytes
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl_documents(path, limit, lines)
            return
        if lines is not None and 1 not in lines:
            return
        data = _read_bytes(path, limit)
        if path.suffix.lower() in HTML_SUFFIXES:
            # trafilatura honours a page's declared charset in bytes; a byte-order mark of
            # UTF-16 or UTF-32 overrides any declaration, so such a page goes as text.
            mark = _byte_order_mark(data)
            page = _decode(data) if mark and mark[1] != "utf-8" else data
            yield _html_document(page, source=str(path))
        else:
            yield _text_document(_decode(data), source=str(path))
    except _Unreadable as error:
        yield LoadFailure(str(path), str(error))


def read_document(
    path: str | os.PathLike[str], max_document_bytes: int | None = None
) -> list[Document]:
    """Read the articles in one file: one document, or one per line of a JSON Lines file.

    Parameters
    ----------
    path
        A text, Markdown, HTML or JSON Lines file.
    max_document_bytes
        The largest document read (default ``MAX_DOCUMENT_BYTES``).

    Returns
    -------
    list of Document

    Raises
    ------
    InputError
        If the file is missing, empty, binary, not UTF-8 (nor UTF-16 or UTF-32 with a
        byte-order mark), too large or has no article text, or if any line of a JSON Lines
        file is bad (``read_documents`` keeps the good lines). The message is one line,
        ``PATH: problem``.

    Examples
    --------
    >>> read_document("no/such/article.txt")
    Traceback (most recent call last):
    ...
    stancegraph.errors.InputError: no/such/article.txt: no such file or directory
    """
    documents: list[Document] = []
    for item in iter_file_documents(path, max_document_bytes):
        if isinstance(item, LoadFailure):
            raise InputError(str(item))
        documents.append(item)
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


def _check_file(path: Path, limit: int | None) -> os.stat_result:
    """A file's status, after checking that it is a file and, given a limit, not larger."""
    try:
        status = path.stat()
    except OSError as error:
        raise _Unreadable(_os_problem(error)) from None
    if stat.S_ISDIR(status.st_mode):
        raise _Unreadable("is a folder, not a file (read_documents reads folders)")
    if limit is not None and status.st_size > limit:
        raise _Unreadable(_too_large("file", status.st_size, limit))
    return status


def _too_large(what: str, size: int, limit: int) -> str:
    limit_text = f"{limit / _MEGABYTE:g} MB" if limit >= _MEGABYTE else f"{limit:,} bytes"
    return (
        f"{what} is {size / _MEGABYTE:.1f} MB, larger than the {limit_text} limit "
        "for one document (raise it with --max-document-mb)"
    )


def _read_bytes(path: Path, limit: int) -> bytes:
    """Return a file's bytes after checking, from its size alone, that it is worth reading."""
    _check_file(path, limit)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _Unreadable(_os_problem(error)) from None
    if not data.removeprefix(codecs.BOM_UTF8).strip():
        raise _Unreadable("empty file")
    if _byte_order_mark(data) is None and b"\0" in data[:_BINARY_PROBE_BYTES]:
        raise _Unreadable(_binary_problem(data[:_BINARY_PROBE_BYTES]))
    return data


def _byte_order_mark(data: bytes) -> tuple[bytes, str, str] | None:
    """The byte-order mark ``data`` starts with: the mark, its codec and the encoding's name."""
    return next((mark for mark in _BYTE_ORDER_MARKS if data.startswith(mark[0])), None)


def _binary_problem(probe: bytes) -> str:
    """What a file holding NUL bytes is: UTF-16 text without a byte-order mark (every other
    byte NUL), or binary."""
    even, odd = probe[0::2], probe[1::2]
    for zeros, name in ((odd, "UTF-16LE"), (even, "UTF-16BE")):
        if zeros and zeros.count(0) > 0.9 * len(zeros) and (even if zeros is odd else odd).count(0) == 0:
            return (
                f"{name} text without a byte-order mark; save it as UTF-8 "
                "(or as UTF-16 with a byte-order mark)"
            )
    return "binary file, not text"


def _os_problem(error: OSError) -> str:
    """Say what the operating system said, in the lower case of the rest of the message."""
    return (error.strerror or str(error)).lower()


def _decode(data: bytes) -> str:
    """Decode UTF-8, or UTF-16 or UTF-32 after their byte-order mark, naming the first bad
    byte and its offset when the bytes are not what they claim."""
    mark = _byte_order_mark(data) or (b"", "utf-8", "UTF-8")
    prefix, codec, name = mark
    try:
        text = data[len(prefix):].decode(codec)
    except UnicodeDecodeError as error:
        offset = len(prefix) + error.start
        raise _Unreadable(
            f"not valid {name} text (byte 0x{data[offset]:02x} at offset {offset})"
        ) from None
    if not text.strip():
        raise _Unreadable("empty file")
    return text


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


def _html_document(data: bytes | str, source: str) -> Document:
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


def _jsonl_documents(path: Path, limit: int, wanted: range | None = None
                     ) -> Iterator[Document | LoadFailure]:
    """Stream one article per line; a bad line is a failure and the other lines still load.

    Lines are read one at a time, so the file may be of any size; ``limit`` applies to each
    line. Lines end at a line feed only: JSON strings may hold U+2028 and other characters
    ``splitlines`` would split on.
    """
    _check_file(path, None)
    try:
        stream = path.open("rb")
    except OSError as error:
        raise _Unreadable(_os_problem(error)) from None
    with stream:
        head = stream.read(_BINARY_PROBE_BYTES)
        mark = _byte_order_mark(head)
        if mark is None and b"\0" in head:
            raise _Unreadable(_binary_problem(head))
        prefix, codec, name = mark or (b"", "utf-8", "UTF-8")
        stream.seek(len(prefix))
        lines = (_byte_lines(stream, limit) if codec == "utf-8"
                 else _text_lines(stream, codec, name, limit))
        found = wanted is not None  # a part of a file may hold only blank lines
        for number, line, size in lines:
            if wanted is not None and number not in wanted:
                if number >= wanted.stop:
                    break
                continue
            if line is None:
                found = True
                yield LoadFailure(str(path), _too_large("line", size, limit), line=number)
                continue
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError as error:
                    found = True
                    yield LoadFailure(
                        str(path),
                        f"not valid UTF-8 text (byte 0x{line[error.start]:02x} at column "
                        f"{error.start + 1})",
                        line=number,
                    )
                    continue
            line = line.removesuffix("\n")
            if not line.strip():
                continue
            found = True
            try:
                yield _jsonl_document(line, fallback_source=f"{path}#{number}")
            except _Unreadable as error:
                yield LoadFailure(str(path), str(error), line=number)
        if not found:
            raise _Unreadable("empty file")


def _byte_lines(stream: io.BufferedIOBase, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Number, bytes (None when longer than ``limit``) and size of each line of a stream."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or (len(line) == limit + 1 and line.endswith(b"\n")):
            yield number, line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):  # the rest of a line too long to keep
            line = stream.readline(_READ_CHUNK)
            if not line:
                break
            size += len(line)
        yield number, None, size


def _text_lines(
    stream: io.BufferedIOBase, codec: str, name: str, limit: int
) -> Iterator[tuple[int, str | None, int]]:
    """Like ``_byte_lines`` for a UTF-16 or UTF-32 stream, decoded; ``limit`` counts the
    bytes a line takes in UTF-8, as a document stored from it would."""
    text = io.TextIOWrapper(stream, encoding=codec, newline="\n")
    number = 0
    try:
        for number, line in enumerate(text, start=1):
            size = len(line.encode("utf-8", "surrogatepass"))
            yield number, (line if size <= limit else None), size
    except UnicodeDecodeError as error:
        raise _Unreadable(f"not valid {name} text after line {number}: {error.reason}") from None
    finally:
        text.detach()


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
