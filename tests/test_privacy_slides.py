"""Slides: consent gate and identifier guard as for reports; MathJax never typesets casebook text.

The MathJax payloads of issue 13 (``$\\href{javascript:...}{KLIK}$``, a
full-screen ``$\\style{position:fixed...}{X}$``, ``\\require{html}`` to load the
extension back, the same in a plotly title) are put in the saved outputs of a
notebook; the slides are opened in Debian's Chromium, offline, and must hold
no ``javascript:`` link, no element positioned over the slide, and the
payloads as plain text, while the lecturer's own ``$x^2$`` in a markdown cell
is still typeset.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from browser import needs_chromium, offline_page, shared_browser

from casekit import slides
from casekit.errors import IdentifierLeak, ParameterError
from tests.planted import CORPUS, leaks, leaks_in_folder

PLOTLY = "application/vnd.plotly.v1+json"
HREF = r"$\href{javascript:document.body.dataset.pwned='1'}{KLIK}$"
STYLE = (
    r"$\style{position:fixed;top:0;left:0;width:100vw;height:100vh;background:red;"
    r"z-index:99999}{X}$"
)
REQUIRE = r"$\require{html}\href{javascript:document.body.dataset.pwned='2'}{LAGI}$"
CLASS = r"$\class{reveal}{\cssId{x}{\unicode{x263A}}}$"


def _assets() -> Path:
    path = slides.assets_dir()
    if not (path / "mathjax").is_dir():  # a worktree without `make install`: the main checkout's
        path = Path("/work/main/casekit/assets/vendor")
    if not (path / "mathjax").is_dir():
        pytest.skip("offline slide assets not installed (make install)")
    return path


def _notebook(path: Path, casebook: Path | None = None, shown: str = "", client: str = ""):
    nb = nbformat.v4.new_notebook()
    cells = [nbformat.v4.new_markdown_cell("# Rumus\n\nSkor berubah $x^2 + y$ poin.")]
    if casebook is not None:
        params = nbformat.v4.new_code_cell(f'casebook = "{casebook}"\nclient_id = "{client}"')
        params.metadata["tags"] = ["parameters"]
        cells.append(params)
    code = nbformat.v4.new_code_cell("tabel")
    code.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={
                "text/html": f"<table><tr><td>{HREF}</td><td>{shown}</td></tr>"
                f"<tr><td>{REQUIRE}</td><td>{CLASS}</td></tr></table>",
                "text/plain": "tabel",
            },
        ),
        nbformat.v4.new_output("stream", name="stdout", text=STYLE + "\n"),
        nbformat.v4.new_output(
            "display_data",
            data={
                PLOTLY: {
                    "data": [{"type": "bar", "x": ["a"], "y": [1]}],
                    "layout": {"title": {"text": HREF}},
                },
                "text/plain": "Figure",
            },
        ),
    ]
    cells.append(code)
    nb.cells = cells
    nbformat.write(nb, path)
    return path


@needs_chromium
def test_mathjax_payloads_stay_text_in_chromium(tmp_path):
    nb = _notebook(tmp_path / "payload.ipynb")
    page = slides.export_slides(nb, tmp_path / "out", execute=False, assets=_assets())
    context = shared_browser().new_context(viewport={"width": 1280, "height": 800})
    try:
        pg, remote, errors = offline_page(context)
        pg.on("console", lambda m: errors.append(m.text) if "MathJax" in m.text else None)
        pg.goto(page.as_uri())
        pg.wait_for_function("window.Reveal && Reveal.isReady()", timeout=30_000)
        # the lecturer's math is typeset: MathJax ran
        pg.wait_for_function(
            "document.querySelectorAll('mjx-container').length > 0", timeout=30_000
        )
        pg.wait_for_function(
            "document.querySelectorAll('.casekit-plot.js-plotly-plot').length === 1",
            timeout=30_000,
        )
        pg.wait_for_timeout(1000)
        # typeset once, in the markdown cell (reveal copies the slide into .aria-status)
        typeset = pg.evaluate(
            "[...document.querySelectorAll('mjx-container')]"
            ".filter(e => !e.closest('.aria-status'))"
            ".map(e => e.closest('.jp-Cell').className)"
        )
        assert len(typeset) == 1 and "jp-MarkdownCell" in typeset[0]
        links = pg.evaluate(
            "[...document.querySelectorAll('a, [href], [*|href]')]"
            ".map(a => a.getAttribute('href') || a.getAttribute('xlink:href') || '')"
            ".filter(h => /^\\s*javascript:/i.test(h)).length"
        )
        assert links == 0
        covering = pg.evaluate(
            """[...document.querySelectorAll('body *')].filter(e => {
                const s = getComputedStyle(e), r = e.getBoundingClientRect();
                return s.position === 'fixed' && r.width > innerWidth / 2
                    && r.height > innerHeight / 2;
            }).length"""
        )
        assert covering == 0
        text = pg.evaluate("document.body.innerText")
        assert "\\href{javascript:" in text and "\\style{position:fixed" in text
        # click where each payload's text is: nothing runs
        for word in ("KLIK", "LAGI"):
            for el in pg.get_by_text(word).all():
                if el.is_visible():
                    el.click(force=True, timeout=5000)
        assert pg.evaluate("document.body.dataset.pwned") is None
        pg.screenshot(path=str(tmp_path / "slide.png"))
        assert remote == [] and errors == []
    finally:
        context.close()


def test_slides_refuse_planted_identifiers_and_write_nothing(tmp_path):
    nb = _notebook(tmp_path / "kasus.ipynb", CORPUS, shown="Bapak SOETARMAN", client="PI02")
    out = tmp_path / "out"
    with pytest.raises(IdentifierLeak) as err:
        slides.export_slides(nb, out, execute=False, assets=_assets())
    message = str(err.value)
    assert "kasus.slides.html" in message and "nothing was written" in message
    assert leaks(message) == []
    assert not (out / "kasus.slides.html").exists()


def test_slides_consent_gate(tmp_path):
    nb = _notebook(tmp_path / "kasus.ipynb", CORPUS, shown="Oma Y", client="PI03")
    with pytest.raises(ParameterError, match="consent_date: PI03"):
        slides.export_slides(nb, tmp_path / "out", execute=False, assets=_assets())
    # a notebook over the whole casebook (no client) shows PI03 too
    whole = _notebook(tmp_path / "semua.ipynb", CORPUS, shown="Oma Y", client="")
    with pytest.raises(ParameterError, match="PI03"):
        slides.export_slides(whole, tmp_path / "out", execute=False, assets=_assets())
    assert not (tmp_path / "out").exists()


def test_clean_slides_are_written_and_hold_no_identifier(tmp_path):
    nb = _notebook(tmp_path / "kasus.ipynb", CORPUS, shown="Oma Y bercerita", client="PI04")
    page = slides.export_slides(nb, tmp_path / "out", execute=False, assets=_assets())
    assert page.is_file() and "Oma Y bercerita" in page.read_text(encoding="utf-8")
    assert leaks_in_folder(tmp_path / "out") == {}
    assert os.path.getsize(page) > 0
