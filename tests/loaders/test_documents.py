"""Reading article files: text, Markdown, HTML, JSON Lines, folders, and every kind of bad input."""

import re
from datetime import date
from pathlib import Path

import pytest

from stancegraph.errors import InputError
from stancegraph.loaders import documents
from stancegraph.loaders.documents import (
    LoadFailure,
    read_document,
    read_documents,
    strip_furniture,
)

TALKS = (
    "Envoys from both sides met in Geneva on Tuesday to discuss a pause in strikes on power"
    " stations.\n\nThe northern delegation said it would accept a thirty-day truce if prisoners"
    " were exchanged first."
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a file under folder, making its parent folders; bytes are written as they are."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only_failure(paths: list) -> str:
    """Read paths expecting no document and exactly one failure; return it as printed."""
    result = read_documents(paths)
    assert result.documents == ()
    assert len(result.failures) == 1
    return str(result.failures[0])


# Bad inputs: one clear line naming the file.


def test_missing_path_is_reported_by_name(tmp_path):
    missing = tmp_path / "nowhere.txt"
    assert only_failure([missing]) == f"{missing}: no such file or directory"


def test_missing_path_raises_input_error_for_a_single_file(tmp_path):
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(InputError, match=f"^{re.escape(str(missing))}: no such file or directory$"):
        read_document(missing)


def test_empty_file_is_reported(tmp_path):
    empty = write(tmp_path, "empty.txt", "")
    assert only_failure([empty]) == f"{empty}: empty file"


def test_whitespace_only_file_is_reported_as_empty(tmp_path):
    blank = write(tmp_path, "blank.md", "  \n\n\t\n")
    assert only_failure([blank]) == f"{blank}: empty file"


def test_binary_file_is_reported(tmp_path):
    image = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert only_failure([image]) == f"{image}: binary file, not text"


def test_non_utf8_file_names_the_bad_byte_and_its_offset(tmp_path):
    french = "Les pourparlers de trêve reprennent.".encode("latin-1")
    latin1 = write(tmp_path, "latin1.txt", french)
    assert only_failure([latin1]) == f"{latin1}: not valid UTF-8 text (byte 0xea at offset 21)"


def test_file_over_the_size_limit_is_refused_without_being_read(tmp_path, monkeypatch):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as sparse:
        sparse.truncate(100 * 1024 * 1024)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read"))
    assert only_failure([huge]) == (
        f"{huge}: file is 100.0 MB, larger than the 20 MB limit for one document "
        "(raise it with --max-document-mb)"
    )


def test_the_limit_per_document_can_be_raised(tmp_path):
    big = write(tmp_path, "big.txt", TALKS)
    assert read_document(big, max_document_bytes=len(TALKS))[0].text == TALKS
    with pytest.raises(InputError, match="larger than the 100 bytes limit"):
        read_document(big, max_document_bytes=100)


def test_file_exactly_at_the_size_limit_is_still_read(tmp_path, monkeypatch):
    at_limit = write(tmp_path, "talks.txt", TALKS)
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", at_limit.stat().st_size)
    (document,) = read_document(at_limit)
    assert document.text == TALKS


def test_folder_given_to_read_document_is_refused(tmp_path):
    with pytest.raises(InputError, match=f"^{re.escape(str(tmp_path))}: is a folder, not a file"):
        read_document(tmp_path)


def test_folder_of_mixed_files_loads_the_good_ones(tmp_path):
    write(tmp_path, "a_talks.txt", TALKS)
    write(tmp_path, "b_empty.txt", "")
    write(tmp_path, "c_scan.pdf", b"%PDF-1.7\x00\x01")
    write(tmp_path, "d_notes.md", "# Truce monitors\n\nObservers will watch the front line.")
    write(tmp_path, "e_latin1.txt", "trêve".encode("latin-1"))
    write(tmp_path, ".hidden.txt", "An editor's swap file the user never meant to load.")
    write(tmp_path, ".git/HEAD.txt", "ref: refs/heads/main")

    result = read_documents([tmp_path])

    assert [Path(document.source).name for document in result.documents] == [
        "a_talks.txt",
        "d_notes.md",
    ]
    assert [str(failure) for failure in result.failures] == [
        f"{tmp_path / 'b_empty.txt'}: empty file",
        f"{tmp_path / 'c_scan.pdf'}: unsupported file type .pdf",
        f"{tmp_path / 'e_latin1.txt'}: not valid UTF-8 text (byte 0xea at offset 2)",
    ]


def test_file_named_explicitly_is_read_as_text_whatever_its_suffix(tmp_path):
    notes = write(tmp_path, "notes.log", TALKS)
    (document,) = read_document(notes)
    assert document.text == TALKS
    assert document.source == str(notes)


def test_duplicate_texts_are_kept_once_without_a_failure(tmp_path):
    first = write(tmp_path, "first.txt", TALKS)
    copy = write(tmp_path, "copy.txt", TALKS + "\n\nShare\n")
    result = read_documents([first, copy])
    assert [document.source for document in result.documents] == [str(first)]
    assert result.failures == ()


# Page furniture.


def test_furniture_lines_are_stripped_and_paragraphs_kept(tmp_path):
    page = write(
        tmp_path,
        "page.txt",
        "Truce talks resume in Geneva\n\n0\n3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b\n\n"
        "Share this article\n\n"
        "The northern delegation said it would accept a thirty-day truce if prisoners were"
        " exchanged first.\n"
        "after newsletter promotion\n"
        "The southern minister rejected any deal that left occupied towns under foreign"
        " control.\n\nAdvertisement\n\nSign up for our morning briefing newsletter\n\n分享\n\n"
        "Original Source: www.example.org\n\nAgencies contributed to this story.\n",
    )
    (document,) = read_document(page)
    assert document.text == (
        "Truce talks resume in Geneva\n\n"
        "The northern delegation said it would accept a thirty-day truce if prisoners were"
        " exchanged first.\n"
        "The southern minister rejected any deal that left occupied towns under foreign control."
    )


def test_furniture_words_inside_a_sentence_are_kept():
    sentence = "Both sides share the view that the comments section of the deal needs work."
    assert strip_furniture(f"{sentence}\nShare\n") == sentence


def test_comment_section_after_the_article_is_dropped(tmp_path):
    page = write(
        tmp_path,
        "blog.md",
        f"{TALKS}\n\nLeave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *\n\n"
        "A reader wrote that the southern side demands a full withdrawal before any talks.\n\n"
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n\n"
        "Back To Top\n",
    )
    (document,) = read_document(page)
    assert document.text == TALKS


def test_comments_link_before_the_article_does_not_cut_it():
    text = f"Home\nComments\nWorld\n\n{TALKS}"
    assert strip_furniture(text) == f"Home\nWorld\n\n{TALKS}"


def test_file_of_nothing_but_furniture_is_reported(tmp_path):
    page = write(tmp_path, "footer.txt", "Leave a Reply\n\nBack To Top\n")
    assert only_failure([page]) == f"{page}: no article text, only page furniture"


# HTML.

PAGE = """<!DOCTYPE html>
<html><head>
<title>Envoys resume ceasefire talks | Example News</title>
<meta property="og:title" content="Envoys resume ceasefire talks">
<meta property="article:published_time" content="2025-03-24T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Envoys resume ceasefire talks</h1>
<p>Negotiators from both sides met on Monday to discuss a pause in strikes on power stations
and ports along the coast.</p>
<p>The northern delegation said it would accept a thirty-day truce if prisoners were
exchanged first.</p>
<p>The southern foreign minister rejected any deal that left occupied towns under foreign
control, and asked for monitors.</p>
</article>
<section id="comments"><h3>Leave a Reply</h3><form>
<p>Your email address will not be published. Required fields are marked *</p>
<textarea name="comment"></textarea><button>Post Comment</button></form></section>
<footer><p>Copyright 2025 Example News. All rights reserved.</p>
<a href="/privacy">Privacy</a></footer>
</body></html>
"""


def test_html_main_text_is_extracted_without_navigation_or_comment_form(tmp_path):
    page = write(tmp_path, "talks.html", PAGE)
    (document,) = read_document(page)
    assert "The northern delegation said it would accept a thirty-day truce" in document.text
    assert "The southern foreign minister rejected any deal" in document.text
    for furniture in ("Sport", "Leave a Reply", "email address", "Copyright", "Privacy"):
        assert furniture not in document.text
    assert document.title == "Envoys resume ceasefire talks"
    assert document.published == date(2025, 3, 24)


def test_html_without_article_text_is_reported(tmp_path):
    page = write(tmp_path, "empty.htm", "<html><head><title>Loading</title></head><body></html>")
    assert only_failure([page]) == f"{page}: no article text found in HTML"


# JSON Lines.


def test_jsonl_bad_lines_are_reported_and_good_lines_load(tmp_path):
    feed = write(
        tmp_path,
        "feed.jsonl",
        '{"text": "The envoys agreed to meet again.", "title": "Talks go on",'
        ' "url": "https://news.example/talks", "date": "2025-03-24"}\n'
        '{"text": "The envoys agreed\n'
        '{"title": "No body"}\n'
        "\n"
        '{"text": "Monitors will report every week.", "date": "last Tuesday"}\n'
        '{"text": "Monitors will watch the coast."}\n',
    )

    result = read_documents([feed])

    assert [(d.source, d.title, d.published) for d in result.documents] == [
        ("https://news.example/talks", "Talks go on", date(2025, 3, 24)),
        (f"{feed}#6", None, None),
    ]
    assert [str(failure) for failure in result.failures] == [
        f"{feed}:2: not valid JSON: Unterminated string starting at (column 10)",
        f'{feed}:3: "text" is missing or empty',
        f"{feed}:5: \"date\" is not an ISO date like 2025-03-24: 'last Tuesday'",
    ]
    assert result.failures[0] == LoadFailure(str(feed), result.failures[0].problem, line=2)


def test_jsonl_bad_line_makes_read_document_raise(tmp_path):
    feed = write(tmp_path, "feed.jsonl", '{"text": "Talks resume."}\n[1, 2]\n')
    message = f'{feed}:2: expected a JSON object with a "text" field'
    with pytest.raises(InputError, match=f"^{re.escape(message)}$"):
        read_document(feed)


# Folders.


def test_folders_are_read_recursively_in_sorted_order(tmp_path):
    for name in ("b.txt", "a/z.txt", "a/b/c.md", "a.txt"):
        write(tmp_path, name, f"Report {name} says the envoys met again.")
    write(tmp_path, "c/d.htm", PAGE)

    result = read_documents([tmp_path])

    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in result.documents] == [
        "a/b/c.md",
        "a/z.txt",
        "a.txt",
        "b.txt",
        "c/d.htm",
    ]
    assert result.failures == ()


def test_inputs_keep_the_order_they_were_given(tmp_path):
    later = write(tmp_path, "z.txt", "The envoys will meet again in May.")
    earlier = write(tmp_path, "a.txt", TALKS)
    result = read_documents([later, earlier])
    assert [d.source for d in result.documents] == [str(later), str(earlier)]


# Title and date.


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Envoys resume ceasefire talks", "Envoys resume ceasefire talks"),
        ("# Envoys resume ceasefire talks", "Envoys resume ceasefire talks"),
        ("Envoys resumed the ceasefire talks on Monday.", None),
        ("Envoys resumed the talks " + "and talked " * 20, None),
    ],
)
def test_title_is_a_short_first_line(tmp_path, first_line, title):
    article = write(tmp_path, "article.md", f"\n{first_line}\n\n{TALKS}")
    (document,) = read_document(article)
    assert document.title == title
    assert document.text.startswith(first_line.strip())


@pytest.mark.parametrize(
    "dateline",
    [
        "Published March 24, 2025",
        "Monday 24 March 2025, 09:00",
        "2025-03-24T09:00:00Z",
        "Mar. 24th, 2025",
    ],
)
def test_publication_date_is_read_from_the_top(tmp_path, dateline):
    article = write(tmp_path, "article.txt", f"Envoys resume talks\n{dateline}\n\n{TALKS}")
    (document,) = read_document(article)
    assert document.published == date(2025, 3, 24)


def test_date_in_a_body_sentence_is_not_the_publication_date(tmp_path):
    body = (
        "The talks build on a truce first proposed on February 24, 2022 by mediators from"
        " three neighbouring countries."
    )
    article = write(tmp_path, "article.txt", f"Envoys resume ceasefire talks\n\n{body}")
    (document,) = read_document(article)
    assert document.published is None


def test_impossible_date_is_ignored(tmp_path):
    article = write(tmp_path, "article.txt", f"Envoys resume talks\n2025-02-30\n\n{TALKS}")
    (document,) = read_document(article)
    assert document.published is None


# Limits per document, and JSON Lines as a stream.


def test_a_jsonl_file_larger_than_the_limit_loads_line_by_line(tmp_path, monkeypatch):
    lines = [f'{{"text": "Report {i}: the envoys met again in Geneva."}}' for i in range(50)]
    feed = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", max(len(line) for line in lines) + 1)
    assert feed.stat().st_size > documents.MAX_DOCUMENT_BYTES
    result = read_documents([feed])
    assert len(result.documents) == 50
    assert result.failures == ()


def test_a_jsonl_line_over_the_limit_is_one_failure_and_the_next_lines_load(tmp_path):
    long_line = '{"text": "' + "The envoys met. " * 100 + '"}'
    feed = write(tmp_path, "feed.jsonl",
                 '{"text": "Talks resume."}\n' + long_line + '\n{"text": "Talks end."}\n')
    result = read_documents([feed], max_document_bytes=200)
    assert [d.text for d in result.documents] == ["Talks resume.", "Talks end."]
    assert [str(f) for f in result.failures] == [
        f"{feed}:2: line is 0.0 MB, larger than the 200 bytes limit for one document "
        "(raise it with --max-document-mb)"
    ]


def test_iter_documents_streams_every_document_and_failure_in_order(tmp_path):
    first = write(tmp_path, "a.txt", TALKS)
    copy = write(tmp_path, "b.txt", TALKS)
    missing = tmp_path / "c.txt"
    items = list(documents.iter_documents([first, copy, missing]))
    assert [type(item).__name__ for item in items] == ["Document", "Document", "LoadFailure"]
    assert items[0].id == items[1].id and items[1].source == str(copy)


# Encodings: UTF-16 and UTF-32 with a byte-order mark are text.


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    data = TALKS.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (document,) = read_document(write(tmp_path, "talks.txt", data))
    assert document.text == TALKS


def test_jsonl_in_utf16_with_a_byte_order_mark_is_read(tmp_path):
    feed = write(tmp_path, "feed.jsonl",
                 '{"text": "Talks resume \u2014 again."}\n{"text": "Talks end."}\n'.encode("utf-16"))
    assert [d.text for d in read_document(feed)] == ["Talks resume \u2014 again.", "Talks end."]


def test_utf16_without_a_byte_order_mark_is_named_not_called_binary(tmp_path):
    page = write(tmp_path, "talks.txt", TALKS.encode("utf-16-le"))
    assert only_failure([page]) == (
        f"{page}: UTF-16LE text without a byte-order mark; save it as UTF-8 "
        "(or as UTF-16 with a byte-order mark)"
    )


def test_html_in_utf16_with_a_byte_order_mark_is_read(tmp_path):
    html = f"<html><body><article><p>{TALKS}</p></article></body></html>"
    (document,) = read_document(write(tmp_path, "page.html", html.encode("utf-16")))
    assert "thirty-day truce" in document.text
