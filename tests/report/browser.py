"""Headless Chromium for the report tests: Debian's /usr/bin/chromium through Playwright
(no browser is downloaded), with every network request blocked and recorded."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chromium import chromium

TIMEOUT_MS = 30_000


@dataclass
class Page:
    """A Playwright page and what it tried: requests other than the report file itself,
    and console errors and page errors."""

    page: Any
    allowed: str = ""
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@contextmanager
def chromium_page(profile: Path, width: int = 1400, height: int = 1000) -> Iterator[Page]:
    """A page in a fresh headless Chromium that may load one file and nothing else."""
    with chromium(profile, TIMEOUT_MS, ("--allow-file-access-from-files",), width, height) as (context, page):
        watched = Page(page)

        def route(request_route):
            url = request_route.request.url
            if url == watched.allowed:
                request_route.continue_()
            else:
                watched.requests.append(url)
                request_route.abort()

        context.route("**/*", route)
        page.on("console", lambda message: message.type == "error"
                and watched.errors.append(message.text))
        page.on("pageerror", lambda error: watched.errors.append(str(error)))
        yield watched


def open_report(watched: Page, path: Path) -> float:
    """Open a report from disk, wait until its graph is drawn; return the seconds it took."""
    import time

    url = path.resolve().as_uri()
    watched.allowed = url
    started = time.monotonic()
    watched.page.goto(url)
    watched.page.wait_for_function("() => document.body.dataset.ready === 'true'")
    return time.monotonic() - started
