"""Headless Chromium for the report tests: Debian's /usr/bin/chromium through Playwright
(no browser is downloaded), with every network request blocked and recorded."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--allow-file-access-from-files",
]
TIMEOUT_MS = 30_000


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def browser_unavailable(reason: str) -> NoReturn:
    """Fail loudly in CI, skip elsewhere: a CI run must never pass without its browser."""
    if in_ci():
        pytest.fail(f"headless Chromium is required in CI and did not start: {reason}",
                    pytrace=False)
    pytest.skip(f"headless Chromium did not start: {reason}")


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
    if shutil.which(CHROMIUM) is None:
        browser_unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as error:
        browser_unavailable(f"the playwright package is missing ({error}); "
                            "pip install -e '.[test]'")
    with sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                viewport={"width": width, "height": height},
            )
        except Error as error:
            browser_unavailable(f"{CHROMIUM} did not launch: {error.message.splitlines()[0]}")
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.set_default_timeout(TIMEOUT_MS)
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
        finally:
            context.close()


def open_report(watched: Page, path: Path) -> float:
    """Open a report from disk, wait until its graph is drawn; return the seconds it took."""
    import time

    url = path.resolve().as_uri()
    watched.allowed = url
    started = time.monotonic()
    watched.page.goto(url)
    watched.page.wait_for_function("() => document.body.dataset.ready === 'true'")
    return time.monotonic() - started
