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
