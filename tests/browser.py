"""Debian's chromium as the browser tests drive it (Playwright, never a downloaded browser)."""

from __future__ import annotations

import os

import pytest

CHROMIUM = "/usr/bin/chromium"
#: headless, and quiet on a machine without internet (no background connections)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
HAVE_CHROMIUM = os.path.exists(CHROMIUM)
#: skip a module or test where chromium cannot be had, saying how to get it
needs_chromium = pytest.mark.skipif(
    not HAVE_CHROMIUM,
    reason=f"Debian's chromium is not installed at {CHROMIUM} "
    "(apt-get install chromium; .ci/run does this)",
)

#: the one Playwright driver and chromium of this test process (see :func:`shared_browser`)
_SHARED: dict = {}


def shared_browser():
    """The test session's headless chromium, started on first use and kept until the end.

    Starting Playwright's driver and chromium costs seconds each time; the browser
    tests share one and open a fresh context (own cookies, storage, viewport) per
    page, which isolates pages as well as a new browser does. Playwright's sync API
    allows one running driver per thread, so a test that starts its own with
    ``with sync_playwright()`` needs this one stopped first: tests/conftest.py does
    that before any test whose module uses ``sync_playwright`` itself.
    """
    browser = _SHARED.get("browser")
    if browser is None or not browser.is_connected():
        close_shared_browser()
        from playwright.sync_api import sync_playwright

        _SHARED["driver"] = sync_playwright().start()
        _SHARED["browser"] = _SHARED["driver"].chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
    return _SHARED["browser"]


def close_shared_browser() -> None:
    """Stop the shared chromium and its driver, if they run (safe to call twice)."""
    browser, driver = _SHARED.pop("browser", None), _SHARED.pop("driver", None)
    try:
        if browser is not None and browser.is_connected():
            browser.close()
    finally:
        if driver is not None:
            driver.stop()


#: wait until plotly has drawn every figure root of the page (an SVG in each), or none exist
PLOTS_DRAWN = (
    "() => [...document.querySelectorAll('.js-plotly-plot, .plotly-graph-div')]"
    ".every(d => d.querySelector('svg.main-svg'))"
)


def offline_page(context):
    """A new page of ``context`` that may load local files only.

    Returns ``(page, remote, errors)``: every request to anything but a ``file:``
    address is refused and its URL appended to ``remote``; the page's JavaScript
    errors are appended to ``errors``. A page meant to work offline ends with both
    lists empty.
    """
    page, remote, errors = context.new_page(), [], []

    def local_only(route):
        if route.request.url.startswith("file:"):
            return route.continue_()
        remote.append(route.request.url)
        return route.abort()

    page.route("**/*", local_only)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, remote, errors
