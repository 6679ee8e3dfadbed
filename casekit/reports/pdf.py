"""A PDF of a report page to hand in, printed by headless Chromium.

``casekit report ... --pdf`` writes ``<client>.pdf`` beside each
``<client>.html``. The page is printed by Chromium itself (the browser the
tests drive), offline, from the HTML file that was just written and checked:

- ``--headless --print-to-pdf --no-pdf-header-footer``: no browser header or
  footer (they would show the file's path and the date); the page's own
  stylesheet (:mod:`casekit.reports.pagestyle`) sets A4 portrait, the campus
  margins, and puts the report title and "page / pages" in the footer (CSS
  page margin boxes, Chromium 131 and later);
- the window is as wide as the printed column, so plotly draws each figure
  at the width it will have on paper (nothing cut at the right edge);
- a fresh, throw-away browser profile; no network is needed (plotly.js is
  beside the page or inside it).

The PDF goes through the identifier guard before it is renamed into place
(:func:`casekit.privacy.guarded_write`; its text is read back with
``pdftotext`` where poppler is installed). The HTML it is printed from has
passed the same guard already, so this is a second look, not the only one.
Without Chromium the HTML reports are still written and the message says how
to install it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import ReportError
from ..i18n import Msg, msg
from .pagestyle import PRINT_WIDTH_PX

__all__ = ["CHROMIUM_NAMES", "find_chromium", "pdf_text", "print_pdf", "write_pdfs"]

#: where Chromium is looked for, after ``$CASEKIT_CHROMIUM``
CHROMIUM_NAMES = (
    "/usr/bin/chromium",
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
)
#: the screen column is the printed column plus the page's side padding (2 x 2rem)
_WINDOW = f"{PRINT_WIDTH_PX + 64},1400"
TIMEOUT = 180


def find_chromium() -> str | None:
    """Path of a Chromium or Chrome executable: ``$CASEKIT_CHROMIUM``, else the usual names."""
    wanted = os.environ.get("CASEKIT_CHROMIUM")
    for name in ([wanted] if wanted else []) + list(CHROMIUM_NAMES):
        found = shutil.which(name) or (name if os.path.isfile(name) else None)
        if found and os.access(found, os.X_OK):
            return found
    return None


def _command(chromium: str, page: Path, target: Path, profile: Path) -> list[str]:
    cmd = [
        chromium,
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={_WINDOW}",
        "--run-all-compositor-stages-before-draw",
        "--virtual-time-budget=20000",
        "--no-pdf-header-footer",
        f"--print-to-pdf={target}",
        page.resolve().as_uri(),
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium refuses root without this
        cmd.insert(2, "--no-sandbox")
    return cmd


def pdf_text(pdf: Path) -> str | None:
    """The text of ``pdf`` by poppler's ``pdftotext`` (None when it is not installed)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    done = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    return done.stdout.decode("utf-8", errors="replace") if done.returncode == 0 else None


def print_pdf(page, target=None, *, guard=None, chromium: str | None = None) -> Path:
    """Print the report page ``page`` to ``target`` (default: the same name, ``.pdf``).

    Parameters
    ----------
    page : str or Path
        A written report page (``<client>.html``) with plotly.js beside it or inside.
    target : str or Path, optional
    guard : casekit.privacy.IdentifierGuard, optional
        Checks the PDF's text (by ``pdftotext``) and its raw bytes before the
        file is renamed into place; nothing is written when it finds an
        identifier.
    chromium : str, optional
        The browser (default :func:`find_chromium`).

    Returns
    -------
    Path
        The written PDF.

    Raises
    ------
    ReportError
        Chromium is missing, fails or times out; nothing is written.
    IdentifierLeak
        The guard found an identifier; nothing is written.
    """
    from ..i18n import t
    from ..privacy import guarded_write

    page = Path(page)
    target = Path(target) if target else page.with_suffix(".pdf")
    browser = chromium or find_chromium()
    if browser is None:
        raise ReportError(
            Msg(
                *(t("pdf_no_chromium", g).replace("{", "(").replace("}", ")") for g in ("en", "id"))
            )
        )
    with tempfile.TemporaryDirectory(prefix="casekit-pdf-") as tmp:
        tmp_pdf = Path(tmp) / "page.pdf"
        try:
            done = subprocess.run(
                _command(browser, page, tmp_pdf, Path(tmp) / "profile"),
                capture_output=True,
                timeout=TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as err:
            raise ReportError(msg("m_pl_pdf_chromium", page=page.name, detail=str(err))) from None
        if done.returncode != 0 or not tmp_pdf.is_file() or tmp_pdf.stat().st_size == 0:
            tail = done.stderr.decode("utf-8", errors="replace").strip().splitlines()[-3:]
            detail = f"exit {done.returncode}: " + " | ".join(tail)
            raise ReportError(msg("m_pl_pdf_chromium", page=page.name, detail=detail))
        data = tmp_pdf.read_bytes()
        if guard:
            text = pdf_text(tmp_pdf)
            if text is not None:  # what a reader sees, fonts decoded
                guard.check(text, where=target.name)
        # the raw file (metadata such as /Title is plain text in it), then written atomically
        return guarded_write(target, data, guard, where=target.name)


def write_pdfs(results, casebook, lang: str = "id") -> tuple[list[str], bool]:
    """``casekit report --pdf``: a PDF beside every written page of ``results``.

    Returns the lines to print (one per PDF, or why it was not made) and
    whether every PDF was written. Without Chromium nothing is printed and
    the message says how to install it; the HTML pages stay as written.
    """
    from ..casebook import load_casebook
    from ..errors import CasekitError
    from ..i18n import t, tr
    from ..privacy import IdentifierGuard

    pages = [r.html for r in results if r.ok and r.html]
    if not pages:
        return [], True
    browser = find_chromium()
    if browser is None:
        return [t("pdf_no_chromium", lang)], False
    guard = IdentifierGuard.from_casebook(load_casebook(casebook))
    lines, ok = [], True
    for page in pages:
        try:
            pdf = print_pdf(page, guard=guard, chromium=browser)
        except CasekitError as err:
            ok = False
            why = tr(err, lang)
            lines.append(t("pdf_failed", lang).format(name=Path(page).stem, error=why))
            continue
        lines.append(t("pdf_written", lang).format(path=pdf))
    return lines, ok
