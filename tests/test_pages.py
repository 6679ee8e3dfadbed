"""Report pages: light (issue 17), as wide as their column, printed to a PDF to hand in (issue 10).

Fast tests check the figure rewriting and the stylesheet on small inputs; the
slow ones use client S of the demo casebook (rendered once per session, see
tests/reports_helpers.py), open it in Debian's chromium at 1024, 1280 and
1920 px, print it to PDF and read the PDF back with poppler (pdftotext,
pdftoppm).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
import pytest
from browser import needs_chromium, shared_browser

import casekit as ck
from casekit.reports.figurefit import compact_figures, head_script, round_array, simplify_line
from casekit.reports.pagestyle import PRINT_WIDTH_PX, css_string, page_css

REPO_DATA = Path(__file__).resolve().parent / "data"
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) not installed: apt-get install poppler-utils",
)


def _block(fig) -> str:
    """A figure as the report kernels display it (casekit.reports.blocks' renderer)."""
    return pio.to_html(
        fig.to_dict(),
        include_plotlyjs=False,
        include_mathjax=False,
        full_html=False,
        default_width="100%",
        default_height=480,
        validate=False,
        config={"displaylogo": False, "responsive": True},
    )


def _call(page: str):
    """The arguments of the first casekitPlot(...) call of ``page``."""
    start = page.index("casekitPlot(") + len("casekitPlot(")
    decoder = json.JSONDecoder()
    args, pos = [], start
    for _ in range(6):
        value, pos = decoder.raw_decode(page, pos)
        args.append(value)
        pos += 1  # the comma (or the closing parenthesis)
    return args


# --- figures: fast ----------------------------------------------------------------------------------
def test_round_array_keeps_a_four_thousandth_of_the_span():
    # span 75 years -> 75/4000 = 0.019 -> 2 decimals; span 1 -> 1/4000 -> 4 decimals; ints stay
    assert round_array([1950.123456, 2025.0, np.nan]) == [1950.12, 2025, None]
    assert round_array([0.123456789, 0.0, 1.0]) == [0.1235, 0, 1]
    assert round_array([5.0, 5.0]) == [5, 5]  # no span: the value's own size


def test_compact_figures_moves_template_out_drops_fixed_size_and_shares_arrays():
    x = np.linspace(1950, 2025, 600)
    y = np.sin(x / 7.0)
    fig = go.Figure(
        [
            go.Scatter(x=x, y=y, mode="markers"),
            go.Scatter(x=x, y=np.maximum(y, 0), mode="markers"),
            go.Scatter(x=x, y=y * 0, mode="markers"),
        ]
    )
    fig.update_layout(template="plotly_white", width=1300, height=650)
    block = _block(fig)
    page, templates = compact_figures(f"<p>before</p>{block}<p>after</p>")
    assert "Plotly.newPlot" not in page and page.count("casekitPlot(") == 1
    assert page.startswith("<p>before</p>") and page.endswith("<p>after</p>")
    fig_id, data, layout, config, refs, number = _call(page)
    assert f'id="{fig_id}" class="plotly-graph-div"' in page
    # drawn at the designed size (the page scales it to its column), template taken out
    assert (layout["width"], layout["height"], layout["autosize"]) == (1300, 650, False)
    assert "template" not in layout and config["responsive"] is False
    assert number == 0 and len(templates) == 1
    assert json.loads(templates[0]) == fig.layout.template.to_plotly_json()
    # the designed size becomes the box's aspect ratio and its largest width
    assert "max-width:1300px;aspect-ratio:1300 / 650" in page
    assert "width:1300px;height:650px;transform-origin:0 0" in page
    # x is written once (used by three traces); numbers rounded, not base64 float64
    assert [tr["x"] for tr in data] == [{"casekitRef": 0}] * 3
    assert refs[0] == round_array(x)
    assert "bdata" not in page
    assert np.allclose(data[0]["y"], y, atol=1 / 4_000 * (y.max() - y.min()))
    assert len(page) < len(block) / 2


def test_smooth_lines_keep_the_points_the_eye_needs():
    # a straight line needs its two ends only
    assert simplify_line(np.arange(100.0), 2 * np.arange(100.0)) == [0, 99]
    # a sine of 600 points: far fewer kept, and every dropped point lies within 1/4000 of
    # the drawing (x and y scaled to their spans) of the segment between its kept neighbours
    x = np.linspace(0, 10, 600)
    y = np.sin(x)
    kept = simplify_line(x, y)
    assert len(kept) < 150 and kept[0] == 0 and kept[-1] == 599
    sx, sy = (x - x.min()) / np.ptp(x), (y - y.min()) / np.ptp(y)
    for a, b in zip(kept, kept[1:], strict=False):
        inner = np.arange(a + 1, b)
        dx, dy = sx[b] - sx[a], sy[b] - sy[a]
        dist = np.abs(dy * (sx[inner] - sx[a]) - dx * (sy[inner] - sy[a])) / np.hypot(dx, dy)
        assert (dist <= 1 / 4000).all()
    # in a page: a 600-point line becomes the kept points
    fig = go.Figure(go.Scatter(x=x, y=y, mode="lines"), layout={"width": 800, "height": 400})
    page, _ = compact_figures(_block(fig))
    _, data, *_ = _call(page)
    shown = simplify_line(round_array(x), round_array(y))  # rounded first, then simplified
    assert data[0]["x"] == [round_array(x)[i] for i in shown]
    assert len(data[0]["y"]) == len(shown) < 150


def test_template_is_written_once_for_many_figures():
    blocks = "".join(
        _block(go.Figure(go.Bar(x=[1, 2], y=[k, k + 1]), layout={"template": "plotly_white"}))
        for k in range(5)
    )
    page, templates = compact_figures(blocks)
    assert len(templates) == 1 and page.count("casekitPlot(") == 5
    head = head_script(templates)
    assert head.count('"layout"') == 1  # the template's own layout key, once


def test_a_block_that_is_not_plotlys_usual_one_is_left_alone():
    odd = '<div style="height:10px; width:10px;"><div id="abc12345" class="plotly-graph-div"'
    assert compact_figures(odd) == (odd, [])


def test_figure_text_cannot_close_the_script():
    fig = go.Figure(go.Scatter(x=[1, 2], y=[1, 2], name="</script><script>alert(1)</script>"))
    page, _ = compact_figures(_block(fig))
    script = page[page.index("<script>casekitPlot(") :]
    assert script.count("</script>") == 1  # only the call's own end


def test_page_css_footer_title_is_an_escaped_css_string():
    assert css_string('Klien "S"</style>') == (
        '"Klien \\000022S\\000022\\00003c\\00002fstyle\\00003e"'
    )
    css = page_css("Klien S")
    assert "size: A4 portrait" in css and "margin: 30mm 30mm 30mm 40mm" in css
    assert 'content: "Klien S"' in css and 'counter(page) " / " counter(pages)' in css
    assert "thead { display: table-header-group; }" in css
    assert round(140 / 25.4 * 96) == PRINT_WIDTH_PX  # 210 mm - 4 cm - 3 cm


# --- the demo page: light, fits its column --------------------------------------------------------
@pytest.mark.slow
def test_demo_client_page_is_light():
    from reports_helpers import demo_reports

    out, results, _ = demo_reports()
    page = (out / "S.html").read_text(encoding="utf-8")
    assert len(page.encode("utf-8")) <= 150_000
    assert "--jp-" not in page  # no JupyterLab theme
    assert page.count("window.casekitTemplates=") == 1
    assert page.count("casekitPlot(") == 7  # one call per figure
    assert "bdata" not in page and '"template"' not in page.split("</head>", 1)[1]


@pytest.fixture
def browser():
    """The session's headless chromium (tests/browser.py); each test opens its own context."""
    return shared_browser()


_MEASURE = """() => {
  // a figure box clips its scaled drawing (overflow hidden): what could scroll is around it
  const wide = [...document.querySelectorAll('.jp-OutputArea-output, main, body')]
    .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.className);
  const plots = [...document.querySelectorAll('.casekit-plot')].map(e => {
    const box = e.getBoundingClientRect();
    const svg = e.querySelector('svg.main-svg').getBoundingClientRect();
    return {box: box.width, svg: svg.width, h: svg.height};
  });
  return {wide, plots, page: document.documentElement.scrollWidth};
}"""


@pytest.mark.slow
@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("width", [1024, 1280, 1920])
def test_figures_take_their_column_without_sideways_scrolling(browser, width):
    from reports_helpers import demo_reports

    out, _, _ = demo_reports()
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto((out / "S.html").as_uri(), wait_until="load")
    page.wait_for_function(
        "[...document.querySelectorAll('.casekit-plot')]"
        ".filter(d => d.querySelector('svg.main-svg')).length >= 7",
        timeout=30_000,
    )
    seen = page.evaluate(_MEASURE)
    context.close()
    assert seen["page"] <= width and seen["wide"] == []
    assert len(seen["plots"]) == 7
    for plot in seen["plots"]:
        assert plot["svg"] <= plot["box"] + 1


# --- the PDF to hand in -------------------------------------------------------------------------------
def _years_of_s() -> list[str]:
    """S's life-event years as the life road places them: year, else birth year + age."""
    cb = ck.load_casebook(_demo())
    events = cb.life_events[cb.life_events["client_id"] == "S"]
    birth = int(cb.clients.set_index("client_id").at["S", "birth_year"])
    years = events["year"].fillna(events["age"] + birth)
    return sorted({str(int(y)) for y in years})


def _demo():
    from reports_helpers import DEMO

    return DEMO


@pytest.mark.slow
@pytest.mark.browser
@needs_chromium
@needs_poppler
def test_pdf_of_s_holds_every_heading_and_event_year_and_each_figure_fits_a_page(tmp_path):
    from reports_helpers import demo_reports

    from casekit.privacy import IdentifierGuard
    from casekit.reports.pdf import print_pdf

    out, _, _ = demo_reports()
    pdf = print_pdf(
        out / "S.html", tmp_path / "S.pdf", guard=IdentifierGuard.from_casebook(
            ck.load_casebook(_demo()))
    )  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"\s+", " ", text)
    heads = [
        "Client identity",
        "4.1 Engagement, intake and contract",
        "4.2 Assessment",
        "4.3 Intervention plan",
        "4.4 Intervention",
        "4.5 Evaluation",
        "4.6 Termination and referral",
    ]
    for head in heads:
        assert head in flat, head
    years = _years_of_s()
    assert years == ["1958", "1983", "1985", "1986", "1988", "2016", "2018", "2019", "2021", "2024"]
    for year in years:
        assert year in text, year
    # footer: the title and "page / pages" on every page
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout)[1])  # fmt: skip
    assert f"1 / {pages}" in text and f"{pages} / {pages}" in text
    # page images: one per page (look at them: tests/ leaves them in tmp_path)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == pages


@pytest.mark.slow
@pytest.mark.browser
@needs_chromium
def test_in_print_every_figure_fits_the_column_and_the_page(browser):
    """Laid out as the PDF is (window as wide as the A4 column, print media): no figure is
    wider than its column or taller than the page, so none is cut and none need be split."""
    from reports_helpers import demo_reports

    from casekit.reports.pdf import _WINDOW

    out, _, _ = demo_reports()
    width, height = (int(v) for v in _WINDOW.split(","))
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto((out / "S.html").as_uri(), wait_until="load")
    page.wait_for_function(
        "[...document.querySelectorAll('.casekit-plot')]"
        ".filter(d => d.querySelector('svg.main-svg')).length >= 7",
        timeout=30_000,
    )
    page.emulate_media(media="print")
    page.wait_for_timeout(300)
    seen = page.evaluate(_MEASURE)
    context.close()
    printable_height = (297 - 30 - 30) / 25.4 * 96
    for plot in seen["plots"]:
        assert plot["svg"] <= PRINT_WIDTH_PX + 1
        assert plot["h"] <= printable_height


@pytest.mark.slow
@pytest.mark.browser
@needs_chromium
@needs_poppler
def test_report_pdf_of_a_student_casebook_and_the_message_without_chromium(
    capsys, monkeypatch, tmp_path
):
    from casekit.cli import main
    from casekit.reports import pdf as pdf_module
    from casekit.reports.runner import ReportResult

    student = REPO_DATA / "student_one_client"
    out = tmp_path / "laporan"
    argv = ["report", str(student), "--client", "K01", "--out", str(out), "--jobs", "1", "--pdf"]
    code = main([*argv, "--lang", "en"])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert f"PDF written: {out / 'K01.pdf'}" in printed
    text = subprocess.run(
        ["pdftotext", str(out / "K01.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = len(text.split("\f")) - 1
    assert text.count("Client Ibu A") >= pages  # the title in every page's footer
    assert re.search(rf"\b1\s*/\s*{pages}\b", text)  # and the page numbers
    assert "Sartini" not in text and "Melati" not in text  # identifiers.csv stays out
    assert not list(out.rglob("*.part"))  # no half-written file
    # without Chromium: the HTML stays, the message says how to install it
    monkeypatch.setattr(pdf_module, "find_chromium", lambda: None)
    page = ReportResult("K01", True, html=out / "K01.html")
    lines, ok = pdf_module.write_pdfs([page], student, "en")
    assert not ok and "Chromium was not found" in lines[0] and "apt install chromium" in lines[0]
    assert (out / "K01.html").is_file()


# --- tables: words wrap whole (or at a hyphen), dates on one line ----------------------------------
def test_table_css_wraps_at_word_ends_and_never_splits_a_date():
    css = re.sub(r"/\*.*?\*/", "", page_css("x"), flags=re.S)  # the rules, not the comments
    assert "anywhere" not in css and "break-all" not in css
    assert "overflow-wrap: break-word" in css and "hyphens: auto" in css
    assert "td.casekit-date { white-space: nowrap; }" in css


# syllables as the Kamus Besar Bahasa Indonesia divides them (kbbi.kemdikbud.go.id: pe.rem.pu.an,
# ke.se.jah.te.ra.an, pen.dam.ping.an, ke.ber.ha.sil.an) and Merriam-Webster the English
# ones (en.gage.ment, in.ter.ven.tion): a soft hyphen may only sit on one of these boundaries
SYLLABLES = {
    "id": ["pe.rem.pu.an", "ke.se.jah.te.ra.an", "pen.dam.ping.an", "ke.ber.ha.sil.an"],
    "en": ["en.gage.ment", "in.ter.ven.tion"],
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_soft_hyphens_sit_on_syllable_boundaries_only(lang):
    from casekit.reports.hyphenate import EDGE, SOFT_HYPHEN, soft_hyphens

    for syllables in SYLLABLES[lang]:
        word = syllables.replace(".", "")
        bounds = {len(p) for p in _prefixes(syllables)}
        marked = soft_hyphens(word, lang)
        assert marked.replace(SOFT_HYPHEN, "") == word
        cuts = _cut_points(marked)
        assert cuts, f"{word}: no hyphenation point"
        assert set(cuts) <= bounds, f"{marked!r} vs {syllables}"
        assert min(cuts) >= EDGE and max(cuts) <= len(word) - EDGE


def _prefixes(syllables: str) -> list[str]:
    parts = syllables.split(".")
    return ["".join(parts[:k]) for k in range(1, len(parts))]


def _cut_points(marked: str) -> list[int]:
    """Letter offsets of the soft hyphens in ``marked``."""
    cuts, letters = [], 0
    for ch in marked:
        if ch == "\u00ad":
            cuts.append(letters)
        else:
            letters += 1
    return cuts


def test_soft_hyphens_leave_short_words_numbers_codes_and_links_alone():
    from casekit.reports.hyphenate import soft_hyphens

    for text in ["rumah", "2024-03-05", "S01_kesejahteraan", "https://kesejahteraan.example/x",
                 r"\href{javascript:alert(1)}{KLIK}", "budi.kesejahteraan@example.org"]:  # fmt: skip
        assert soft_hyphens(text, "id") == text
    assert soft_hyphens("(pendampingan),", "id").count("\u00ad") >= 1


_WORDS = """() => {
  // every word of every table cell: on one line, or broken only just after a hyphen or a
  // soft hyphen (the box of a letter after a soft hyphen also holds the hyphen: take its last)
  const split = [], dates = [];
  const lineOf = (node, i) => {
    const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
    const rects = r.getClientRects(); return rects.length ? Math.round(rects[rects.length - 1].top) : null;
  };
  for (const cell of document.querySelectorAll('table.casekit-table td, table.casekit-table th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      for (const m of text.matchAll(/\\S+/g)) {
        let prev = null;
        for (let i = m.index; i < m.index + m[0].length; i++) {
          if (/\\u00ad/.test(text[i])) continue;
          const top = lineOf(node, i);
          if (top === null) continue;
          if (prev !== null && top > prev.top + 2 && !/[-\\u00ad\\u2010\\u2011\\u2013\\/]/.test(text.slice(prev.i, i)))
            split.push(m[0]);
          prev = {top, i};
        }
      }
    }
  }
  for (const cell of document.querySelectorAll('td.casekit-date')) {
    const r = document.createRange(); r.selectNodeContents(cell);
    if (new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1) dates.push(cell.textContent);
  }
  const wide = [...document.querySelectorAll('.jp-OutputArea-output, main, body')]
    .filter(e => e.scrollWidth > e.clientWidth + 1).length;
  return {split, dates, wide, page: document.documentElement.scrollWidth,
          cells: document.querySelectorAll('table.casekit-table td').length,
          lang: document.documentElement.lang,
          style: getComputedStyle(document.querySelector('table.casekit-table td')).overflowWrap};
}"""


@pytest.mark.slow
@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("width", [1024, 1280, 1920, "print"])
def test_table_words_are_never_cut_and_tables_fit_without_sideways_scrolling(browser, width):
    from reports_helpers import demo_reports

    from casekit.reports.pdf import _WINDOW

    out, _, _ = demo_reports()
    w, h = (int(v) for v in _WINDOW.split(",")) if width == "print" else (width, 900)
    context = browser.new_context(viewport={"width": w, "height": h})
    page = context.new_page()
    page.goto((out / "S.html").as_uri(), wait_until="load")
    if width == "print":
        page.emulate_media(media="print")
    seen = page.evaluate(_WORDS)
    context.close()
    assert seen["lang"] == "en" and seen["style"] == "break-word"
    assert seen["cells"] > 100  # (the demo page's tables)
    assert seen["split"] == [], f"words cut without a hyphen: {seen['split'][:10]}"
    assert seen["dates"] == []
    assert seen["wide"] == 0 and (width == "print" or seen["page"] <= width)
