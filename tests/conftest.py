"""Shared pytest fixtures (keep this file small).

Offered to every test module:

``repo_root``
    The repository root (a :class:`~pathlib.Path`).
``demo_path``
    ``data/demo`` (the demo casebook); fails (never skips) if it is absent.
``tmp_casebook``
    Factory writing a casebook folder under ``tmp_path``:
    ``tmp_casebook({"clients.csv": "client_id\\nK01\\n"})`` or with rows as dicts,
    ``tmp_casebook({"clients": [{"client_id": "K01", "sex": "P"}]})``. Keys are file
    names (``.csv`` added when missing; ``instruments/x.toml`` allowed); values are
    text (written as UTF-8), bytes (written as they are) or a list of dicts (one row
    each; columns in first-seen order; missing keys = empty cells). Returns the folder.
    Pass ``name=`` for a second casebook in the same test.

``tests/browser.py`` keeps one headless chromium for the session
(``shared_browser()``); it is stopped before any test whose module starts its own
Playwright driver (``sync_playwright``), since one thread may run only one, and at
the end of the session.

The command line speaks Bahasa Indonesia unless told otherwise; the tests run it
in English (``CASEKIT_LANG=en``, set for the session below and inherited by
``casekit`` subprocesses) so their assertions read one language. A test of the
Indonesian messages passes ``--lang id`` (or sets ``CASEKIT_LANG``) itself.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="session")
def _english_command_line():
    """``CASEKIT_LANG=en`` for the test session (see the module docstring)."""
    import os

    before = os.environ.get("CASEKIT_LANG")
    os.environ["CASEKIT_LANG"] = "en"
    yield
    if before is None:
        os.environ.pop("CASEKIT_LANG", None)
    else:
        os.environ["CASEKIT_LANG"] = before


@pytest.fixture(autouse=True, scope="session")
def _one_browser_per_session():
    """Stop the session's shared chromium (tests/browser.py) when the session ends."""
    yield
    import browser

    browser.close_shared_browser()


def pytest_runtest_setup(item):
    """Before a test whose module drives its own Playwright, stop the shared chromium."""
    import browser

    if browser._SHARED and _starts_own_playwright(item.module):
        browser.close_shared_browser()


def _starts_own_playwright(module) -> bool:
    if module is None:
        return False
    known = _OWN_PLAYWRIGHT.get(module.__name__)
    if known is None:
        try:
            known = "sync_playwright" in Path(module.__file__).read_text(encoding="utf-8")
        except OSError:
            known = True
        _OWN_PLAYWRIGHT[module.__name__] = known
    return known


_OWN_PLAYWRIGHT: dict[str, bool] = {}


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def demo_path() -> Path:
    path = REPO_ROOT / "data" / "demo"
    if not (path / "clients.csv").exists():
        pytest.fail(f"the demo casebook is missing: no {path / 'clients.csv'}")
    return path


def _rows_to_csv(rows: list[dict]) -> str:
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


@pytest.fixture
def tmp_casebook(tmp_path):
    def make(files: dict, name: str = "casebook") -> Path:
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        for key, content in files.items():
            rel = key if "." in Path(key).name else f"{key}.csv"
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            elif isinstance(content, str):
                path.write_text(content, encoding="utf-8", newline="")
            else:
                path.write_text(_rows_to_csv(list(content)), encoding="utf-8", newline="")
        return folder

    return make
