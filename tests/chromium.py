"""Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by Playwright,
which never downloads a browser of its own. In CI a browser that does not start fails the
test; elsewhere it skips it with the reason."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def browser_unavailable(reason: str) -> NoReturn:
    """Fail loudly in CI, skip elsewhere: a CI run must never pass without its browser."""
    if in_ci():
        pytest.fail(f"headless Chromium is required in CI and did not start: {reason}",
                    pytrace=False)
    pytest.skip(f"headless Chromium did not start: {reason}")


@contextmanager
def chromium(profile: Path, timeout_ms: int, extra_args: tuple[str, ...] = (),
             width: int = 1400, height: int = 1000) -> Iterator[tuple[Any, Any]]:
    """A fresh headless Chromium with its profile in ``profile``: its context and first page."""
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
                profile, executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *extra_args],
                viewport={"width": width, "height": height},
            )
        except Error as error:
            browser_unavailable(f"{CHROMIUM} did not launch: {error.message.splitlines()[0]}")
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.set_default_timeout(timeout_ms)
            yield context, page
        finally:
            context.close()
