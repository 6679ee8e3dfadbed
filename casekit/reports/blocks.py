"""Building blocks the report templates display: headings, figures, tables, text.

The templates in ``notebooks/reports/`` call :func:`setup_notebook` first and
then only these helpers, so that

- every piece of free text from a casebook is HTML-escaped here, once
  (:func:`html.escape`), whatever the template does;
- plotly figures are displayed with an explicit renderer that nbconvert can
  export: under the report runner (environment variable ``CASEKIT_REPORT=1``)
  a ``text/html`` block with the figure's ``<div>`` and its
  ``Plotly.newPlot`` call but *without* plotly.js and without MathJax (the
  runner puts plotly.js in the page head, see :mod:`casekit.reports.htmlout`). Since
  plotly 6.1 the default renderer in a kernel emits a mimetype that nbconvert
  cannot draw, so figures would silently vanish from the HTML;
- every figure comes with a heading of class ``casekit-figure-title``, so a
  browser test can count the figures a page should show and compare with the
  figures plotly actually drew.

Only light imports here: this module runs inside every report kernel.
"""

from __future__ import annotations

import datetime
import html
import numbers
import os

import pandas as pd

from ..i18n import (
    category_label,
    check_lang,
    fmt_date,
    fmt_number,
    fmt_p,
    instrument_name,
    scale_label,
    t,
    timepoint_label,
    vocab,
)
from ..i18n import is_missing as _na

__all__ = [
    "OFFLINE_RENDERER",
    "figure",
    "heading",
    "identity",
    "paragraph",
    "scores_table",
    "summary_table",
    "setup_notebook",
    "table",
    "use_offline_plotly",
    "verdict",
    "warning",
]

#: name under which the offline renderer is registered in plotly.io.renderers
OFFLINE_RENDERER = "casekit_offline"
#: environment variable the report runner sets in every report kernel
RUNNER_ENV = "CASEKIT_REPORT"

_state = {"lang": "id", "figures": 0}
#: clients.csv columns whose values are vocabulary keys of casekit.i18n
_VOCAB = {"sex", "living_arrangement", "termination_reason"}


def _display_html(markup: str, metadata: dict | None = None) -> None:
    from IPython.display import HTML, display

    display(HTML(markup), metadata=metadata)


def _skip_iri_grammar() -> None:
    """Keep plotly's renderer set-up from compiling an IRI grammar nobody here uses.

    ``plotly.io``'s renderers import nbformat (for its version number), nbformat imports
    jsonschema, and jsonschema's optional format checkers import ``rfc3987_syntax``,
    which builds a Lark grammar at import: 0.75-1.6 s per kernel (issue 17). No casekit
    kernel validates IRIs, so that one optional module is marked absent (jsonschema
    then simply has no ``iri`` format checker in this process); it is left alone when
    something imported it already.
    """
    import sys

    sys.modules.setdefault("rfc3987_syntax", None)


def use_offline_plotly() -> str:
    """Make plotly figures display as exportable, offline HTML; return the renderer name.

    Registers (once) and selects a renderer that emits ``text/html`` holding
    the figure's ``<div>`` and ``Plotly.newPlot`` call, with
    ``include_plotlyjs=False`` and ``include_mathjax=False``: the page that
    shows it must load plotly.js itself (the report runner does, offline).
    """
    _skip_iri_grammar()
    import plotly.io as pio
    from plotly.io._base_renderers import MimetypeRenderer

    class _OfflineHtmlRenderer(MimetypeRenderer):
        def to_mimebundle(self, fig_dict):
            div = pio.to_html(
                fig_dict,
                include_plotlyjs=False,
                include_mathjax=False,
                full_html=False,
                default_width="100%",
                default_height=480,
                validate=False,
                config={"displaylogo": False, "responsive": True},
            )
            return {"text/html": div}

    if OFFLINE_RENDERER not in pio.renderers:
        pio.renderers[OFFLINE_RENDERER] = _OfflineHtmlRenderer()
    pio.renderers.default = OFFLINE_RENDERER
    return OFFLINE_RENDERER


def setup_notebook(lang: str = "id", offline: bool | None = None) -> str:
    """Prepare a report kernel; call it in the first cell of a template.

    Parameters
    ----------
    lang : {"id", "en"}
        Language of the labels the helpers show.
    offline : bool, optional
        True: figures display as offline HTML for export
        (:func:`use_offline_plotly`). False: plotly's interactive JupyterLab
        renderer (``plotly_mimetype``: drawn by JupyterLab's plotly extension,
        no plotly.js in the saved notebook, no internet), with a static copy
        of each figure and plotly.js once when nbconvert runs the notebook
        (:func:`casekit.figure_display.use_notebook_plotly`). Default: True when run by the report runner
        (``CASEKIT_REPORT=1`` in the environment), else False.

    Returns
    -------
    str
        The plotly renderer now in use.
    """
    _skip_iri_grammar()

    _state["lang"] = check_lang(lang)
    _state["figures"] = 0
    if offline is None:
        offline = os.environ.get(RUNNER_ENV) == "1"
    if offline:
        return use_offline_plotly()
    # a person in JupyterLab: the mimetype only (drawn by the plotly extension, offline; a
    # saved notebook holds each figure's JSON, not plotly.js); a headless run (nbconvert
    # --execute): plus a static <div> per figure and plotly.js once, so the exported page
    # draws offline (casekit.figure_display)
    from ..figure_display import use_notebook_plotly

    return use_notebook_plotly()


def _esc(value) -> str:
    if _na(value):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return html.escape(str(value), quote=True)


def heading(text: str, level: int = 2) -> None:
    """Display a section heading (``text`` is escaped)."""
    level = min(max(int(level), 1), 6)
    _display_html(f"<h{level}>{_esc(text)}</h{level}>")


def paragraph(text: str, css: str = "") -> None:
    """Display a paragraph of plain text (escaped; line breaks kept)."""
    cls = f' class="{_esc(css)}"' if css else ""
    body = _esc(text).replace("\n", "<br>")
    _display_html(f"<p{cls}>{body}</p>")


def warning(text: str) -> None:
    """Display a highlighted warning box (escaped)."""
    _display_html(f'<p class="casekit-warning" role="alert">{_esc(text)}</p>')


def verdict(text: str) -> None:
    """Display the plain-words verdict of a change (escaped).

    The text is also stored in the output's metadata (``casekit.verdict``),
    where the report runner finds it for ``index.html``.
    """
    _display_html(
        f'<p class="casekit-verdict">{_esc(text)}</p>', metadata={"casekit": {"verdict": str(text)}}
    )


def figure(title: str, fig) -> None:
    """Display a heading of class ``casekit-figure-title`` and then the figure.

    The heading tells a reader (and the browser test) that a figure follows;
    the figure is shown with the current plotly renderer (see
    :func:`setup_notebook`).
    """
    _state["figures"] += 1
    n = _state["figures"]
    _display_html(f'<h3 class="casekit-figure-title" data-casekit-figure="{n}">{_esc(title)}</h3>')
    fig.show()


def _hyphenated(value, lang: str):
    """Text with soft hyphens in its long words (:mod:`casekit.reports.hyphenate`)."""
    from .hyphenate import soft_hyphens

    return soft_hyphens(value, lang) if isinstance(value, str) else value


def _cell_class(value, typed: bool) -> str:
    """A table cell's classes: ``casekit-typed`` (the student's text), ``casekit-date``
    (a date, kept on one line by the page's stylesheet)."""
    names = (["casekit-typed"] if typed else []) + (
        ["casekit-date"] if isinstance(value, (pd.Timestamp, datetime.date)) else []
    )
    return f' class="{" ".join(names)}"' if names else ""


def _shown(value, translate: bool, lang: str):
    """A cell as the reader of ``lang`` writes it: vocabulary words, yes/no, dates
    (``24 Sep 2024``) and numbers (decimal comma in Indonesian); text as typed."""
    if _na(value):
        return value
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return t("yes" if value else "no", lang)
    if isinstance(value, (pd.Timestamp, datetime.date)):
        return fmt_date(value, lang, short=True)
    if isinstance(value, numbers.Integral):
        return str(int(value))  # years and counts: no thousands mark
    if isinstance(value, numbers.Real):
        return fmt_number(value, lang)
    return vocab(value, lang) if translate else value


def _typed_columns() -> set[str]:
    """Names of the casebook columns that hold typed text or codes (not vocabulary)."""
    from ..tables import TABLES

    return {
        c.name for tb in TABLES.values() for c in tb.columns if c.kind in ("text", "list", "id")
    }


def _header(column: str, lang: str) -> str:
    key = f"col_{column}"
    label = t(key, lang)
    return t(column, lang) if label == key else label


def identity(row: pd.Series, fields, lang: str | None = None, empty: str | None = None) -> None:
    """Display chosen fields of one record as a two-column table (escaped).

    Vocabulary values and booleans are shown through :func:`casekit.i18n.t`;
    empty fields are left out. When every field is empty, ``empty`` (a sentence
    in the reader's language) is shown instead (default: "no records yet").
    """
    lang = lang or _state["lang"]
    shown = [f for f in fields if f in row.index and not _na(row[f])]
    frame = pd.DataFrame(
        {
            "field": [_header(f, lang) for f in shown],
            "value": [_shown(row[f], f in _VOCAB, lang) for f in shown],
        }
    )
    table(
        frame,
        {"field": t("report_field", lang), "value": t("report_value", lang)},
        lang,
        typed={"value": [f in _typed_columns() for f in shown]},
        empty=empty,
    )


def _num(x, digits: int = 2, lang: str = "en") -> str:
    return "" if _na(x) else fmt_number(float(x), lang, digits)


def _p(x, lang: str = "en") -> str:
    return fmt_p(x, lang)


def _cells(row) -> str:
    cells = row.get("suppressed_cells")
    return "" if _na(cells) else str(cells)


def scores_table(scores: pd.DataFrame, cb, lang: str | None = None) -> None:
    """Display a client's rows of :func:`casekit.scoring.score` for reading.

    Instruments by name (never their id), timepoints, scales and score bands
    in ``lang`` (the instrument file's ``label_id`` in Indonesian), dates and
    numbers as the reader writes them.
    """
    lang = lang or _state["lang"]
    shown = scores.copy()
    if len(shown):

        def inst(i):
            try:
                return cb.instrument(i)
            except Exception:  # noqa: BLE001 - an unknown id is shown as given
                return i

        shown["category"] = [
            category_label(inst(i), c, lang)
            for i, c in zip(shown["instrument"], shown["category"], strict=True)
        ]
        shown["instrument"] = [instrument_name(inst(i), lang) for i in shown["instrument"]]
        shown["timepoint"] = shown["timepoint"].map(lambda x: timepoint_label(x, lang))
        shown["scale"] = shown["scale"].map(lambda x: scale_label(x, lang))
    columns = ["instrument", "timepoint", "date", "scale", "score", "category"]
    table(shown, columns, lang, typed=set())


def _inst_name(instrument_id, instruments, lang: str) -> str:
    """The instrument's name, looking in the casebook's own definitions first."""
    from .. import instruments as registry

    try:
        return instrument_name(registry.get(str(instrument_id), local=instruments), lang)
    except Exception:  # noqa: BLE001 - an unknown id is shown as given
        return str(instrument_id)


def summary_table(
    summary: pd.DataFrame, lang: str | None = None, by: str = "", min_n: int = 5,
    counts: bool = True, instruments=None,
) -> None:  # fmt: skip
    """Display a :func:`casekit.cohort.cohort_summary` frame, rounded for reading.

    Shows n, mean (SD) before and after, the mean difference with its 95% CI,
    the paired t and Wilcoxon p values, Hedges' g_av with its CI and the
    reliable change counts. Suppressed cells show ``*`` and change classes
    that cannot be computed show ``–``; a note under the table says so.
    Instruments are shown by name (``instruments``: the casebook's own
    definitions, for the names of local instruments).
    """
    lang = lang or _state["lang"]

    def ci(row, est, low, high):
        if _na(row.get(est)):
            return ""
        # "[-1,18; -0,67]" in Indonesian, where the comma is the decimal mark
        sep = "; " if lang == "id" else ", "
        return f"{_num(row[est], lang=lang)} [{_num(row[low], lang=lang)}{sep}{_num(row[high], lang=lang)}]"

    # counts=False: the cohort report shows the change classes in its own breakdowns
    counts = ("n_improved", "n_unchanged", "n_deteriorated") if counts else ()
    marked = False

    def count(row, col):
        # suppressed cells are marked, never left blank; classes that cannot be computed
        # (no reliability) are a dash, not a misleading 0
        nonlocal marked
        if _na(row.get(col)):
            if col == "n" or bool(row.get("suppressed")) or col in _cells(row):
                marked = True
                return "*"
            return ""
        if col != "n" and not _na(row.get("n")) and row.get("n_not_classified") == row["n"]:
            marked = True
            return "–"
        return str(int(row[col]))

    def msd(row, m, sd):
        return "" if _na(row.get(m)) else f"{_num(row[m], lang=lang)} ({_num(row[sd], lang=lang)})"

    shown = pd.DataFrame(
        {
            **({by: summary[by]} if by and by in summary.columns else {}),
            "instrument": summary["instrument"].map(lambda i: _inst_name(i, instruments, lang)),
            "scale": summary["scale"].map(lambda s: scale_label(s, lang)),
            "n": summary["n"],
            "pre": [msd(r, "mean_pre", "sd_pre") for _, r in summary.iterrows()],
            "post": [msd(r, "mean_post", "sd_post") for _, r in summary.iterrows()],
            "diff": [
                ci(r, "mean_diff", "diff_ci_low", "diff_ci_high") for _, r in summary.iterrows()
            ],
            "p_t": summary["p_t"].map(lambda p: _p(p, lang)),
            "p_wilcoxon": summary["p_wilcoxon"].map(lambda p: _p(p, lang)),
            "g_av": [ci(r, "g_av", "g_av_ci_low", "g_av_ci_high") for _, r in summary.iterrows()],
            **{c: [count(r, c) for _, r in summary.iterrows()] for c in counts},
        }
    )
    shown["n"] = [count(r, "n") for _, r in summary.iterrows()]
    vocab_by = by in _VOCAB or by == "sex"
    table(
        shown,
        lang=lang,
        translate=[by] if vocab_by else (),
        typed=set() if vocab_by or not by else {by},
    )
    if marked:
        paragraph(t("report_cells_note", lang).format(k=min_n), "casekit-muted")
    if "wilcoxon_method" in summary.columns:  # which p the Wilcoxon column shows (pinned)
        methods = sorted(summary["wilcoxon_method"].dropna().astype(str).unique())
        if methods:
            words = "; ".join(t(f"sc_wilcoxon_{m}", lang) for m in methods)
            paragraph(t("report_wilcoxon_method", lang).format(methods=words), "casekit-muted")


def reliability_table(rel: pd.DataFrame, lang: str | None = None, instruments=None) -> None:
    """Display a :func:`casekit.cohort.reliability_summary` frame in words.

    Instrument by name, timepoint and scale in the reader's language, the
    number of administrations and items, and Cronbach's alpha with its 95%
    confidence interval (Feldt), rounded for reading.
    """
    lang = lang or _state["lang"]
    sep = "; " if lang == "id" else ", "

    def alpha(row) -> str:
        if _na(row.get("alpha")):
            return ""
        low, high = row.get("ci_low"), row.get("ci_high")
        if _na(low) or _na(high):
            return _num(row["alpha"], lang=lang)
        return (
            f"{_num(row['alpha'], lang=lang)} [{_num(low, lang=lang)}{sep}{_num(high, lang=lang)}]"
        )

    shown = pd.DataFrame(
        {
            "instrument": rel["instrument"].map(lambda i: _inst_name(i, instruments, lang)),
            "timepoint": rel["timepoint"].map(lambda v: timepoint_label(v, lang)),
            "scale": rel["scale"].map(lambda v: scale_label(v, lang)),
            "n": rel["n"],
            "k": rel["k"],
            "alpha": [alpha(r) for _, r in rel.iterrows()],
        }
    )
    headers = {
        "instrument": t("col_instrument", lang),
        "timepoint": t("col_timepoint", lang),
        "scale": t("col_scale", lang),
        "n": t("col_rel_n", lang),
        "k": t("col_rel_items", lang),
        "alpha": t("col_rel_alpha", lang),
    }
    table(shown, headers, lang=lang, typed=set())


def _blank(value) -> bool:
    """Missing, or text of spaces only."""
    return _na(value) or (isinstance(value, str) and not value.strip())


def table(
    frame: pd.DataFrame,
    columns=None,
    lang: str | None = None,
    empty: str | None = None,
    translate=(),
    typed=None,
    drop_blank: bool = False,
):
    """Display a table with every cell HTML-escaped.

    Parameters
    ----------
    frame : DataFrame
        The rows to show (shown in order; the index is not shown).
    columns : list of str or dict, optional
        Columns to show; a dict maps column -> header text. Headers default
        to the i18n label of the column name. Missing columns are skipped.
    lang : {"id", "en"}, optional
        Language of headers and vocabulary values (default: the notebook's).
    empty : str, optional
        Text shown instead of an empty table (default: the "no records"
        label).
    translate : iterable of str
        Vocabulary columns whose values are shown through :func:`casekit.i18n.t`
        (``male`` -> ``laki-laki``).
    typed : set of str or dict, optional
        Columns holding text as the student typed it (notes, names, codes),
        shown as typed in either language and marked ``class="casekit-typed"``
        so that a reader (and the visible-text test) can tell them from
        casekit's own words. A dict maps a column to one flag per row.
        Default: the casebook's free-text, list and code columns
        (:mod:`casekit.tables` kinds ``text``, ``list``, ``id``).
    drop_blank : bool, default False
        Leave out columns that are empty in every row (a family table where no one's
        education was typed): a column of blanks only narrows the others.
    """
    lang = lang or _state["lang"]
    translate = set(translate)
    if typed is None:
        typed = _typed_columns() - translate
    if not isinstance(typed, dict):
        typed = {c: [True] * len(frame) for c in typed}
    if columns is None:
        columns = list(frame.columns)
    if not isinstance(columns, dict):
        columns = {c: _header(c, lang) for c in columns}
    columns = {c: h for c, h in columns.items() if c in frame.columns}
    if drop_blank and not frame.empty:
        columns = {c: h for c, h in columns.items() if not frame[c].map(_blank).all()}
    if frame.empty or not columns:
        paragraph(empty if empty is not None else t("report_no_records", lang), "casekit-muted")
        return
    # long words get soft hyphens: a narrow column breaks them between syllables
    head = "".join(f"<th>{_esc(_hyphenated(h, lang))}</th>" for h in columns.values())
    rows = []
    for i, (_, rec) in enumerate(frame.iterrows()):
        cells = "".join(
            f"<td{_cell_class(rec[c], typed.get(c, ())[i : i + 1] == [True])}>"
            f"{_esc(_hyphenated(_shown(rec[c], c in translate, lang), lang))}</td>"
            for c in columns
        )
        rows.append(f"<tr>{cells}</tr>")
    _display_html(
        f'<table class="casekit-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
