"""What a reader sees, in each language: the browser's visible text of rendered pages.

Rendered once per session in both languages: the demo client reports of S (the
seed's client) and SYN001 (a synthetic client) with their index page, the demo cohort report, lecture
notebook 05 (executed, exported as HTML without its code, as a reader sees it)
and its slides. Headless Debian chromium (Playwright) opens each page and gives
``document.body.innerText`` plus the text of every SVG ``<text>`` (plotly's
titles, axes, legends and annotations). The page fails on

- a raw key or column name (any ``snake_case`` word, e.g. ``termination_date``,
  ``goals_met``) or a file name where a label belongs (``plan.csv``);
- an instrument id (``ucla_ls3``, ``seed_loneliness``) where its name belongs;
- on an Indonesian page, a word that only casekit's English labels use; on an
  English page, a word that only its Indonesian labels use (both word lists are
  built from :data:`casekit.i18n.LABELS` itself);
- on an Indonesian page, a number with a decimal point (``1.96``).

Text the student typed (notes, names, codes: table cells marked
``casekit-typed``, and in figures the words of the casebook's free-text
columns) is shown as typed and is not judged.

Also here: every label of ``casekit.i18n`` has both languages and is used
somewhere in the package, its templates, notebooks or generator.
"""

from __future__ import annotations

import functools
import re
import shutil
import sys
import tempfile
from pathlib import Path

import lecture_runs
import pytest
from browser import PLOTS_DRAWN, needs_chromium, shared_browser
from reports_helpers import DEMO_CLIENTS, demo_reports

from casekit import i18n
from casekit.i18n import LABELS, LANGS
from casekit.tables import TABLES

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "data" / "demo"
NOTEBOOK = REPO / "notebooks" / "05_evaluation_termination.ipynb"
CLIENTS = ["S", "SYN001"]

#: words both languages use, or names, that the word lists must not count as one language's
SHARED = {
    "hedges", "cohen", "jacobson", "truax", "cronbach", "wilcoxon", "gierveld", "jong",
    "ucla", "loneliness", "scale", "version", "items", "plot", "forest", "casekit",
    "genogram", "ecomap", "intake", "engagement", "casework", "groupwork", "bpss", "total",
    "spiritual", "informed", "consent", "status", "sankey", "rci", "body", "social", "life",
    "road", "map", "reveal", "jupyterlab", "notebook", "widget", "html", "csv", "kelompok",
}  # fmt: skip
#: statistics names written with an underscore in both languages
STAT_NAMES = {"g_av", "d_av", "d_z"}
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
NUMBER = re.compile(r"(?<![\d.,])\d+[.,]\d+(?![\d.,])")
#: a chapter section number at the start of a heading ("4.6 Tahap terminasi")
SECTION = re.compile(r"(?m)^\d\.\d(?= \w)")


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


#: command-line and validation messages: they may quote what the user can type in either
#: language ("pre/post (or sebelum/sesudah)"), so they do not define a language's words
MESSAGES = ("m_", "v_", "f_", "b_", "r_", "i_", "n_", "s_", "h_", "pc_", "pf_", "cli_")


def _label_text(lang: str) -> str:
    # placeholders ({n}), column names (termination_date) and `code` are not words of the label
    drop = re.compile(r"\{[^}]*\}|`[^`]*`|\b\w+_\w+\b")
    return " ".join(drop.sub(" ", e[lang]) for k, e in LABELS.items() if not k.startswith(MESSAGES))


@functools.cache
def one_language_words() -> dict[str, set[str]]:
    """Words (3+ letters) that only the English / only the Indonesian labels use.

    From :data:`casekit.i18n.LABELS` and the built-in instruments' band labels.
    """
    import casekit as ck

    words = {lang: _words(_label_text(lang)) for lang in LANGS}
    for inst_id in ck.instruments.available():  # the score bands' own labels
        for band in ck.instruments.get(inst_id).categories:
            words["en"] |= _words(band["label_en"])
            words["id"] |= _words(band["label_id"])
    words = {lang: {w for w in found if len(w) >= 3} for lang, found in words.items()}
    return {
        "en": words["en"] - words["id"] - SHARED,
        "id": words["id"] - words["en"] - SHARED,
    }


@functools.cache
def typed_words() -> set[str]:
    """Every word of the demo casebook's free text (shown as typed in figures)."""
    import casekit as ck

    cb = ck.load_casebook(DEMO)
    words: set[str] = set()
    for name, table in TABLES.items():
        frame = cb.tables.get(name)
        if frame is None or not len(frame):
            continue
        for column in table.columns:
            if column.kind in ("text", "list", "id") and column.name in frame.columns:
                for value in frame[column.name].dropna().astype(str):
                    words |= _words(value)
    words |= _words(cb.name)
    for name, table in TABLES.items():  # numbers typed in free text ("Tabel 3", "4.2")
        frame = cb.tables.get(name)
        for column in table.columns:
            if frame is not None and column.kind == "text" and column.name in frame.columns:
                for value in frame[column.name].dropna().astype(str):
                    words |= set(NUMBER.findall(value))
    for inst in cb.instruments.values():
        words |= _words(inst.name) | _words(inst.name_en) | _words(inst.name_id)
    return words


@functools.cache
def instrument_ids() -> set[str]:
    import casekit as ck

    cb = ck.load_casebook(DEMO)
    return set(ck.instruments.available(local=cb.instruments))


# --- rendering (once per session) -----------------------------------------------------
_ROOT = Path(tempfile.mkdtemp(prefix="casekit-visible-text-"))


@pytest.fixture(scope="module", autouse=True)
def _cleanup():
    yield
    shutil.rmtree(_ROOT, ignore_errors=True)


@functools.cache
def _reports(lang: str) -> dict[str, Path]:
    from casekit.reports import render_cohort, render_reports

    if lang == "en":  # the session's English demo pages (tests/reports_helpers.py), S and SYN001
        assert DEMO_CLIENTS == CLIENTS
        out, results, cohort = demo_reports()
        assert all(r.ok for r in results) and cohort.ok, [r.error for r in results]
        pages = {c: out / f"{c}.html" for c in CLIENTS}
        return {**pages, "index": out / "index.html", "cohort": Path(cohort.html)}
    out = _ROOT / lang
    results = render_reports(DEMO, clients=CLIENTS, out=out, lang=lang, jobs=2, progress=False)
    assert all(r.ok for r in results), [r.error for r in results]
    cohort = render_cohort([DEMO], out=out, lang=lang, by="sex")
    assert cohort.ok, cohort.error
    pages = {c: out / f"{c}.html" for c in CLIENTS}
    return {**pages, "index": out / "index.html", "cohort": Path(cohort.html)}


@functools.cache
def _notebook(lang: str) -> dict[str, Path]:
    import nbformat
    from nbconvert import HTMLExporter

    from casekit.slides import export_slides, localise_notebook

    out = _ROOT / lang / "nb"
    out.mkdir(parents=True, exist_ok=True)
    # the session's run of the notebook (tests/lecture_runs.py), copied here
    shared, error = lecture_runs.run(NOTEBOOK.stem, lang)
    assert error is None, error
    ran = out / NOTEBOOK.name
    shutil.copy(shared, ran)
    executed = nbformat.read(ran, as_version=4)
    body, _ = HTMLExporter(exclude_input=True, exclude_input_prompt=True).from_notebook_node(
        localise_notebook(executed, lang)
    )
    (out / "notebook.html").write_text(body, encoding="utf-8")
    pages = {"notebook": out / "notebook.html"}
    pages["slides"] = Path(
        export_slides(ran, out / "slides", execute=False, lang=lang, hide_code=True)
    )
    return pages


def rendered(lang: str, name: str) -> Path:
    """The HTML file of page ``name`` in ``lang`` (rendered on first use)."""
    return (_notebook(lang) if name in ("notebook", "slides") else _reports(lang))[name]


_JS = """() => {
  // figures are judged from their SVG text below; typed cells not at all
  const skip = new Set([...document.querySelectorAll('.casekit-typed, .js-plotly-plot, svg')]);
  for (const el of skip) el.setAttribute('data-casekit-hidden', el.style.display);
  for (const el of skip) el.style.display = 'none';
  // (soft hyphens in table words are invisible unless a line breaks there)
  const html = document.body.innerText.replace(/\u00ad/g, '');
  for (const el of skip) el.style.display = el.getAttribute('data-casekit-hidden');
  const svg = [...document.querySelectorAll('svg text')].map(t => t.textContent).join('\\n');
  const heads = [...document.querySelectorAll('h1')].map(h => h.innerText).join('\\n');
  return {html, svg, heads};
}"""


@functools.cache
def visible(lang: str, name: str) -> dict[str, str]:
    path = rendered(lang, name)
    context = shared_browser().new_context()
    try:
        page = context.new_page()
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.wait_for_function(PLOTS_DRAWN, timeout=30_000)  # plotly draws after load
        page.wait_for_timeout(300)  # (and lays out again once, 100 ms later, when resized)
        if name == "slides":  # every slide's text, not only the first one shown
            page.evaluate(
                "() => document.querySelectorAll('.slides section')"
                ".forEach(s => { s.style.display = 'block'; s.hidden = false; })"
            )
        return page.evaluate(_JS)
    finally:
        context.close()


PAGES = [*CLIENTS, "index", "cohort", "notebook", "slides"]
CASES = [pytest.param(lang, name, id=f"{name}-{lang}") for lang in LANGS for name in PAGES]


def _problems(lang: str, name: str) -> list[str]:
    text = visible(lang, name)
    page, svg = text["html"], text["svg"]
    found = []
    # 1. raw keys and file names, instrument ids
    for token in set(re.findall(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b", page + "\n" + svg)):
        if token not in STAT_NAMES:
            found.append(f"raw key {token!r}")
    for token in set(re.findall(r"\b\w+\.csv\b", page + "\n" + svg)):
        found.append(f"file name {token!r}")
    for inst in instrument_ids():
        if re.search(rf"\b{re.escape(inst)}\b", page + svg):
            found.append(f"instrument id {inst!r}")
    # 2. words of the other language (typed text excluded: marked cells, and in figures the
    # casebook's free-text words; the pseudonym in the page heading)
    other = one_language_words()["en" if lang == "id" else "id"]
    allowed = _words(text["heads"]) if name in CLIENTS else set()
    words = (_words(page) - allowed) | (_words(svg) - typed_words() - allowed)
    for word in sorted(words & other):
        found.append(f"{'English' if lang == 'id' else 'Indonesian'} word {word!r}")
    # 3. decimal marks
    numbers = set(NUMBER.findall(SECTION.sub(" ", page))) | (
        set(NUMBER.findall(svg)) - typed_words()
    )
    for num in sorted(numbers):
        whole, mark, frac = re.split(r"([.,])", num)
        if lang == "id" and mark == "." and not (len(frac) == 3 and whole != "0"):
            found.append(f"decimal point in {num!r}")  # (1.234 is a thousands mark)
        if lang == "en" and mark == "," and len(frac) != 3:
            found.append(f"decimal comma in {num!r}")
    return found


@pytest.mark.browser
@pytest.mark.slow
@needs_chromium
@pytest.mark.parametrize("lang, name", CASES)
def test_page_reads_in_one_language(lang, name):
    problems = _problems(lang, name)
    assert not problems, f"{name} ({lang}):\n" + "\n".join(problems)


# --- the vocabulary itself ------------------------------------------------------------
def test_word_lists_are_built_from_the_labels():
    words = one_language_words()
    assert {"sebelum", "sesudah", "praktikan", "renggang"} <= words["id"]
    assert {"before", "after", "distant", "sibling"} <= words["en"]


def _sources() -> str:
    paths = [
        *REPO.joinpath("casekit").rglob("*.py"),
        *REPO.joinpath("casekit").rglob("*.j2"),
        *REPO.joinpath("notebooks").glob("*.ipynb"),
        *REPO.joinpath("notebooks", "reports").glob("*.ipynb"),
        REPO / "tools" / "build_notebooks.py",
    ]
    labels = REPO / "casekit" / "labels"  # where the labels are defined, not used
    return "\n".join(
        p.read_text(encoding="utf-8")
        for p in paths
        if p.name != "i18n.py" and labels not in p.parents
    )


def _dynamic_keys() -> set[str]:
    """Keys built at run time from data: vocabulary values, columns, ids, classes."""
    import casekit as ck

    keys = set()
    for table in TABLES.values():
        for column in table.columns:
            keys |= set(column.values)
            keys.add(f"col_{column.name}")
    keys |= {f"fig_region_{r}" for r in TABLES["body_map"].column("region").values}
    ids = ck.instruments.available()
    keys |= {f"inst_{i}" for i in ids} | {f"w_answers_{i}" for i in ids}
    keys |= {f"tp_{x}" for x in ("pre", "post", "follow_up")}
    classes = ("recovered", "improved", "unchanged", "deteriorated", "harmed")
    keys |= {f"{p}_{c}" for p in ("fig_cs", "fig_rc", "verdict_rc") for c in classes}
    keys |= {f"sc_{x}" for x in ("total", "emotional", "social")}
    keys |= {f"fig_effect_{e}" for e in ("g_av", "d_av", "d_z", "mean_diff")}
    return keys


def test_every_label_is_used_somewhere():
    source = _sources()
    dynamic = _dynamic_keys()
    prefixes = set(re.findall(r"""f["']([a-z]+(?:_[a-z]+)*_)\{""", source))
    prefixes |= set(re.findall(r"""["']([a-z]+(?:_[a-z]+)*_)["']\s*\+""", source))
    prefixes |= set(re.findall(r"""startswith\(["']([a-z]+(?:_[a-z]+)*_)["']\)""", source))
    unused = [
        key
        for key in LABELS
        if key not in dynamic
        and f'"{key}"' not in source
        and f"'{key}'" not in source
        and f'\\"{key}\\"' not in source
        and not any(key.startswith(p) for p in prefixes)
    ]
    assert not unused, "labels nobody shows (use or delete them): " + ", ".join(unused)


def test_i18n_helpers_are_exported():
    for name in ("fmt_number", "fmt_date", "instrument_name", "timepoint_label", "msg", "tr"):
        assert name in i18n.__all__


def test_the_reader_catches_what_issue_11_found(monkeypatch):
    """The checks flag the faults the issue reported, and pass their corrected forms."""
    bad_id = (
        "Tanggal terminasi\ntermination_date\t2024-09-24\nKategori\tmoderately lonely\n"
        "Waktu pengukuran\tpre\nSkor total ucla_ls3 berubah, RCI = 1.96\n"
    )
    good_id = "Tanggal terminasi\t24 Sep 2024\nKategori\tkesepian sedang\nRCI = 1,96\n"
    bad_en = "Reason for termination\tdirujuk\nScores before and after: sebelum\n"
    pages = {
        ("id", "bad"): {"html": bad_id, "svg": "25 Aug\nrencana (plan.csv)", "heads": ""},
        ("id", "good"): {"html": good_id, "svg": "25 Agu\n4.2", "heads": ""},
        ("en", "bad"): {"html": bad_en, "svg": "", "heads": ""},
    }
    monkeypatch.setattr(sys.modules[__name__], "visible", lambda lang, name: pages[lang, name])
    found = "\n".join(_problems("id", "bad"))
    for fault in (
        "raw key 'termination_date'",
        "instrument id 'ucla_ls3'",
        "English word 'lonely'",
        "decimal point in '1.96'",
        "file name 'plan.csv'",
    ):
        assert fault in found
    assert _problems("id", "good") == []
    found = "\n".join(_problems("en", "bad"))
    assert "Indonesian word 'dirujuk'" in found and "Indonesian word 'sebelum'" in found
