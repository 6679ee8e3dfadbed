"""The logic behind casekit's widgets, as plain functions.

:mod:`casekit.widgets` is a thin ipywidgets layer over these functions, so
everything a widget computes or writes is tested here without a browser:

* the questionnaire form: answer options and item prompts of an instrument,
  the live total / subscales / category of a partly filled form
  (:func:`form_summary`), checks of an administration
  (:func:`check_administration`) and the atomic append to
  ``responses.csv`` (:func:`save_administration`);
* the reliable-change explorer: :func:`reliable_change` and its picture
  :func:`reliable_change_figure`.
"""

from __future__ import annotations

import csv
import datetime as _dt
import html
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import plotly.graph_objects as go
from filelock import FileLock, Timeout

from .errors import CasebookError, ParameterError, Problem
from .i18n import check_lang, fmt_number, separators, t
from .oserrors import describe
from .outputs import atomic_write, csv_text
from .tables import ID_PATTERN

__all__ = [
    "FormSummary",
    "ReliableChange",
    "answer_options",
    "item_prompts",
    "form_summary",
    "summary_html",
    "check_administration",
    "save_administration",
    "reliable_change",
    "default_sd",
    "reliable_change_figure",
    "problems_html",
]

#: two-sided 95% critical value of the standard normal (Jacobson & Truax, 1991)
Z95 = 1.96
_FILE = "responses.csv"
#: the lock every save takes (beside ``responses.csv``; a hidden file the loader ignores)
_LOCK = ".responses.csv.lock"
#: seconds a save waits for another save to finish before giving up with a message
SAVE_TIMEOUT = 20


# --- questionnaire form ----------------------------------------------------------
def answer_options(instrument, lang: str = "id") -> list[tuple[str, int]]:
    """``(label, code)`` pairs for one item's answer buttons.

    The label is the answer code itself; what the codes mean is shown once
    above the items (see :func:`answer_legend`).
    """
    check_lang(lang)
    if not instrument.items:
        raise ParameterError(
            f"{instrument.id} has totals only (no items to answer); "
            "enter its total in scores.csv instead."
        )
    lo, hi = int(instrument.response_min), int(instrument.response_max)
    return [(str(code), code) for code in range(lo, hi + 1)]


def answer_legend(instrument, lang: str = "id") -> str:
    """One line telling what the answer codes mean, e.g. ``1 = never ... 4 = often``."""
    key = f"w_answers_{instrument.id}"
    text = t(key, lang)
    if text != key:
        return text
    return t("w_answers_generic", lang).format(
        lo=instrument.response_min, hi=instrument.response_max
    )


def item_prompts(instrument, lang: str = "id") -> list[str]:
    """Short prompt of every item in ``lang`` (English, then "Item k" as fallback)."""
    check_lang(lang)
    labels = instrument.labels.get(lang) or instrument.labels.get("en") or ()
    prompts = []
    for k in range(1, instrument.items + 1):
        prompt = labels[k - 1] if k <= len(labels) else ""
        prompts.append(f"{k}. {prompt}" if prompt else f"{t('w_item', lang)} {k}")
    return prompts


@dataclass(frozen=True)
class FormSummary:
    """What the questionnaire form shows under the answers.

    Attributes
    ----------
    answered, n_items : int
        Items answered so far, and the number of items.
    scores : dict of str to float or None
        ``"total"`` and every subscale; None while the scale cannot be scored
        (too many blank answers).
    prorated : bool
        True when the total was prorated for blank answers.
    category : str or None
        The band of the total in the chosen language, when the instrument has
        bands.
    """

    answered: int
    n_items: int
    scores: dict[str, float | None] = field(default_factory=dict)
    prorated: bool = False
    category: str | None = None

    @property
    def total(self) -> float | None:
        return self.scores.get("total")


def _as_answers(instrument, answers: Sequence) -> list[int | None]:
    answers = list(answers)
    if len(answers) != instrument.items:
        raise ParameterError(
            f"{instrument.id} has {instrument.items} items but {len(answers)} answers were given."
        )
    out: list[int | None] = []
    for a in answers:
        if a is None or (isinstance(a, float) and math.isnan(a)):
            out.append(None)
        else:
            out.append(a)
    return out


def form_summary(instrument, answers: Sequence, lang: str = "id") -> FormSummary:
    """Score a (partly) filled form with :func:`casekit.scoring.score_answers`.

    Parameters
    ----------
    instrument : Instrument
        The questionnaire.
    answers : sequence of int or None
        One answer per item, None for a blank.
    lang : {"id", "en"}
        Language of the category label.

    Returns
    -------
    FormSummary
    """
    from .scoring import score_answers

    check_lang(lang)
    answers = _as_answers(instrument, answers)
    answered = sum(a is not None for a in answers)
    table = score_answers(instrument, answers).set_index("scale")
    scores = {scale: _none_if_nan(table.at[scale, "score"]) for scale in table.index}
    prorated = bool(table.at["total", "prorated"])
    label = table.at["total", "category_id" if lang == "id" else "category"]
    category = None if label is None or _isna(label) else str(label)
    return FormSummary(answered, instrument.items, scores, prorated, category)


def _isna(x) -> bool:
    try:
        return bool(x != x)
    except (TypeError, ValueError):
        return False


def scale_label(scale: str, lang: str = "id") -> str:
    """Display name of a scale (``total``, ``emotional``, ``social``...)."""
    key = f"w_scale_{scale}"
    text = t(key, lang)
    return scale if text == key else text


def _none_if_nan(x) -> float | None:
    if x is None:
        return None
    try:
        if math.isnan(float(x)):
            return None
    except (TypeError, ValueError):
        return None
    return float(x)


def _fmt(x: float | None, lang: str = "en") -> str:
    if x is None:
        return "–"
    return fmt_number(x, lang, 0 if float(x).is_integer() else 1)


def summary_html(summary: FormSummary, lang: str = "id") -> str:
    """The form's live result line as HTML (total, subscales, category)."""
    parts = [
        f"<b>{t('w_answered', lang)}</b>: {summary.answered}/{summary.n_items}",
        f"<b>{t('w_total', lang)}</b>: <span class='casekit-total'>{_fmt(summary.total, lang)}</span>"
        + (f" ({t('w_prorated', lang)})" if summary.prorated else ""),
    ]
    for scale, value in summary.scores.items():
        if scale != "total":
            parts.append(f"{html.escape(scale_label(scale, lang))}: {_fmt(value, lang)}")
    if summary.category:
        parts.append(f"<b>{t('w_category', lang)}</b>: {html.escape(summary.category)}")
    return " &nbsp;·&nbsp; ".join(parts)


def check_administration(
    instrument,
    client_id,
    timepoint,
    answers: Sequence,
    date=None,
    known_clients: Sequence[str] | None = None,
) -> list[Problem]:
    """Every problem that stops an administration from being saved.

    Checks the client id (and that it is in ``known_clients`` when given),
    the timepoint label, the date, every answer (a whole number within the
    instrument's answer range) and the number of blank answers (at most
    ``instrument.max_missing``).

    Returns
    -------
    list of Problem
        Empty when the administration can be saved.
    """
    problems: list[Problem] = []

    def bad(column, value, message, fix):
        problems.append(
            Problem(_FILE, None, column, None if value is None else str(value), message, fix)
        )

    if not instrument.items:
        bad(
            "instrument",
            instrument.id,
            "this instrument has totals only (no item answers)",
            "enter its total in scores.csv instead",
        )
        return problems
    cid = "" if client_id is None else str(client_id).strip()
    if not ID_PATTERN.match(cid):
        bad(
            "client_id",
            client_id,
            "the client code is empty or has characters other than letters, digits, - and _",
            "choose a client",
        )
    elif known_clients is not None and cid not in set(known_clients):
        bad(
            "client_id",
            cid,
            "this client is not in clients.csv",
            "add the client to clients.csv first, or choose a known client",
        )
    tp = "" if timepoint is None else str(timepoint).strip()
    if not ID_PATTERN.match(tp):
        bad(
            "timepoint",
            timepoint,
            "the timepoint must be a short label of letters, digits, - or _ (e.g. pre, post)",
            "type a timepoint such as pre, post or follow_up",
        )
    if date is not None and not isinstance(date, _dt.date):
        try:
            _dt.date.fromisoformat(str(date))
        except ValueError:
            bad("date", date, "the date is not a date", "write it as YYYY-MM-DD")
    try:
        answers = _as_answers(instrument, answers)
    except ParameterError as err:
        bad("q1", None, str(err), "answer every item of this instrument")
        return problems
    lo, hi = instrument.response_min, instrument.response_max
    for k, a in enumerate(answers, start=1):
        if a is None:
            continue
        ok = isinstance(a, int) and not isinstance(a, bool) and lo <= a <= hi
        if not ok:
            bad(
                f"q{k}",
                a,
                f"answers to {instrument.id} must be whole numbers from {lo} to {hi}",
                "pick one of the answer buttons",
            )
    blanks = [k for k, a in enumerate(answers, start=1) if a is None]
    if len(blanks) > instrument.max_missing:
        shown = ", ".join(str(k) for k in blanks[:10]) + (" ..." if len(blanks) > 10 else "")
        bad(
            "q" + str(blanks[0]),
            None,
            f"{len(blanks)} item(s) are not answered (items {shown}); {instrument.id} "
            f"can be scored with at most {instrument.max_missing} blank",
            "answer the remaining items before saving",
        )
    return problems


def _sniff(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _norm(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).replace("\ufeff", "").strip().lower())


def save_administration(
    folder,
    instrument,
    client_id: str,
    timepoint: str,
    answers: Sequence,
    date=None,
    *,
    overwrite: bool = False,
    known_clients: Sequence[str] | None = None,
    lang: str = "id",
) -> int:
    """Append one administration to ``<folder>/responses.csv``, atomically and safely
    when several people save into one casebook at once.

    A save takes a lock on the casebook (the file ``.responses.csv.lock``
    beside ``responses.csv``, through the :mod:`filelock` package, which
    locks on Linux, macOS and Windows), then re-reads ``responses.csv``,
    adds the row and writes the whole file to a temporary file renamed over
    the old one (``os.replace``). So a save never loses another's rows (each
    one reads the file as the previous save left it) and a crash never leaves
    half a file. The file keeps its delimiter, line ends, encoding (UTF-8,
    UTF-8 with BOM or Excel's UTF-16), its columns and every other row as
    typed; missing ``q`` columns are added; cells with a control character
    are quoted (:func:`casekit.outputs.csv_text`).

    Parameters
    ----------
    folder : path
        The casebook folder (not a workbook).
    instrument : Instrument
    client_id, timepoint : str
    answers : sequence of int or None
        One per item; None for a blank.
    date : date or str, optional
    overwrite : bool
        Replace an existing administration of the same client, instrument
        and timepoint. Without it such an administration is refused.
    known_clients : sequence of str, optional
        Client ids of ``clients.csv``; an id outside them is refused.
    lang : {"id", "en"}
        Language of the messages when the file cannot be written.

    Returns
    -------
    int
        The spreadsheet row number (header = row 1) of the saved row.

    Raises
    ------
    CasebookError
        Listing every problem (bad answers, existing administration, a full
        disk, a read-only folder, another save holding the lock for more
        than :data:`SAVE_TIMEOUT` seconds...); nothing is written then.
    ParameterError
        When ``folder`` is not a casebook folder.
    """
    folder = Path(folder) if folder is not None else None
    if folder is None or not folder.is_dir():
        raise ParameterError(
            f"Answers can only be saved into a casebook folder of CSV files; {folder} is not "
            "one. (A .xlsx workbook cannot be written: export it to CSV files first.)"
        )
    problems = check_administration(
        instrument, client_id, timepoint, answers, date, known_clients=known_clients
    )
    if problems:
        raise CasebookError(problems, header="The answers were not saved")
    answers = _as_answers(instrument, answers)
    client_id, timepoint = str(client_id).strip(), str(timepoint).strip()
    if isinstance(date, _dt.datetime):
        date = date.date()
    if date is not None and not isinstance(date, _dt.date):
        date = _dt.date.fromisoformat(str(date).strip())  # checked above
    date_text = "" if date is None else date.isoformat()

    path = folder / _FILE
    lock = FileLock(str(folder / _LOCK), timeout=SAVE_TIMEOUT)
    try:
        with lock:
            return _append(path, instrument, client_id, timepoint, answers, date_text, overwrite)
    except Timeout:
        message = t("save_busy", lang).format(path=path, seconds=SAVE_TIMEOUT)
    except (csv.Error, UnicodeError) as err:
        message = t("save_unreadable", lang).format(path=path, detail=err)
    except OSError as err:
        if err.filename is None:
            err.filename = str(path)
        message = describe(err, lang)
    raise CasebookError(  # Problem adds its own full stop
        [Problem(_FILE, None, None, None, message.rstrip("."), t("save_failed_kept", lang))],
        header=t("w_not_saved", lang).rstrip(":"),
    )


def _decode(raw: bytes) -> tuple[str, str]:
    """Text of ``responses.csv`` and the encoding to write it back in."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode Text"; the loader accepts it
        return raw.decode("utf-16"), "utf-16"
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw.decode("utf-8-sig"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252"), "utf-8"


def _append(path: Path, instrument, client_id, timepoint, answers, date_text, overwrite) -> int:
    """Re-read ``responses.csv``, add (or replace) the row, write it back atomically.

    Called with the casebook's save lock held, so the file read here is the
    latest one and nobody writes between this read and the rename.
    """
    sep, newline, encoding = ",", "\n", "utf-8"
    header: list[str] = []
    rows: list[list[str]] = []
    if path.is_file():
        text, encoding = _decode(path.read_bytes())
        if "\r\n" in text:
            newline = "\r\n"
        elif "\r" in text and "\n" not in text:  # old-Mac line ends
            text, newline = text.replace("\r", "\n"), "\r"
        if text.strip():
            sep = _sniff(text.split("\n", 1)[0])
            records = list(csv.reader(io.StringIO(text), delimiter=sep))
            header, rows = records[0], [r for r in records[1:] if any(c.strip() for c in r)]
    if not header:
        header = ["client_id", "instrument", "timepoint", "date"]
    names = [_norm(h) for h in header]
    for col in ("client_id", "instrument", "timepoint", "date"):
        if col not in names:
            header.append(col)
            names.append(col)
    for k in range(1, instrument.items + 1):
        if f"q{k}" not in names:
            header.append(f"q{k}")
            names.append(f"q{k}")
    width = len(header)
    rows = [r + [""] * (width - len(r)) for r in rows]
    ci, ii, ti = names.index("client_id"), names.index("instrument"), names.index("timepoint")
    existing = [
        n
        for n, r in enumerate(rows)
        if r[ci].strip() == client_id
        and r[ii].strip() == instrument.id
        and r[ti].strip() == timepoint
    ]
    if existing and not overwrite:
        raise CasebookError(
            [
                Problem(
                    _FILE,
                    existing[0] + 2,
                    "timepoint",
                    timepoint,
                    f"client {client_id} already has a '{timepoint}' administration of "
                    f"{instrument.id}",
                    "tick 'overwrite' to replace it, or choose another timepoint",
                )
            ],
            header="The answers were not saved",
        )
    new = [""] * width
    new[ci], new[ii], new[ti] = client_id, instrument.id, timepoint
    new[names.index("date")] = date_text
    for k, a in enumerate(answers, start=1):
        new[names.index(f"q{k}")] = "" if a is None else str(int(a))
    if existing:
        at = existing[0]
        rows[at] = new
        for extra in reversed(existing[1:]):
            del rows[extra]
    else:
        rows.append(new)
        at = len(rows) - 1

    atomic_write(path, csv_text([header, *rows], sep=sep, newline=newline).encode(encoding))
    return at + 2


def problems_html(problems: Sequence[Problem], lang: str = "id") -> str:
    """Problems as an HTML list for the form's status line (escaped)."""
    items = "".join(f"<li>{html.escape(str(p))}</li>" for p in problems)
    return (
        f"<div class='casekit-problems' style='color:#b00020'>"
        f"<b>{html.escape(t('w_not_saved', lang))}</b><ul>{items}</ul></div>"
    )


# --- reliable change -------------------------------------------------------------
@dataclass(frozen=True)
class ReliableChange:
    """One client's reliable change, as the explorer shows it.

    Attributes
    ----------
    pre, post, diff : float
        Scores and ``post - pre``.
    sd, reliability : float
        Standard deviation and reliability used.
    se : float
        Standard error of measurement ``sd * sqrt(1 - reliability)``.
    s_diff : float
        Standard error of the difference ``sqrt(2) * se``.
    rci : float
        ``diff / s_diff``.
    threshold : float
        Smallest change (in score points) that is reliable: ``1.96 * s_diff``.
    verdict : {"improved", "unchanged", "deteriorated"}
        Direction-aware: with ``higher_is_worse`` a reliable drop is an
        improvement.
    """

    pre: float
    post: float
    diff: float
    sd: float
    reliability: float
    se: float
    s_diff: float
    rci: float
    threshold: float
    verdict: str


def reliable_change(
    pre: float, post: float, sd: float, reliability: float, higher_is_worse: bool = True
) -> ReliableChange:
    """Jacobson-Truax reliable change index of one pre/post pair.

    Parameters
    ----------
    pre, post : float
        The client's scores before and after.
    sd : float
        Standard deviation of the pre scores (a norm group or the sample).
    reliability : float
        Reliability of the instrument (0 < r < 1), e.g. coefficient alpha.
    higher_is_worse : bool
        True when a higher score means more of the problem.

    Returns
    -------
    ReliableChange

    Notes
    -----
    .. math::

        SE = SD\\sqrt{1 - r}, \\quad S_{diff} = \\sqrt{2\\,SE^2}, \\quad
        RCI = \\frac{x_{post} - x_{pre}}{S_{diff}}

    The change is reliable when :math:`|RCI| > 1.96`, i.e. when the change
    exceeds :math:`1.96\\,S_{diff}` points (Jacobson & Truax, 1991, eq. 3 and
    the standard error of the difference of Christensen & Mendoza, 1986).

    References
    ----------
    Jacobson, N. S., & Truax, P. (1991). Clinical significance: A statistical
    approach to defining meaningful change in psychotherapy research. Journal
    of Consulting and Clinical Psychology, 59(1), 12-19.
    """
    for name, value in (("pre", pre), ("post", post), ("sd", sd), ("reliability", reliability)):
        try:
            ok = math.isfinite(float(value))
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ParameterError(f"{name} must be a number (got {value!r}).")
    if not 0 < reliability < 1:
        raise ParameterError(
            f"reliability must lie strictly between 0 and 1 (got {reliability}); "
            "use the instrument's published coefficient alpha or test-retest r."
        )
    if sd <= 0:
        raise ParameterError(f"sd must be positive (got {sd}).")
    pre, post, sd, reliability = float(pre), float(post), float(sd), float(reliability)
    se = sd * math.sqrt(1 - reliability)
    s_diff = math.sqrt(2 * se**2)
    diff = post - pre
    rci = diff / s_diff
    if abs(rci) <= Z95:
        verdict = "unchanged"
    elif (rci < 0) == bool(higher_is_worse):
        verdict = "improved"
    else:
        verdict = "deteriorated"
    return ReliableChange(pre, post, diff, sd, reliability, se, s_diff, rci, Z95 * s_diff, verdict)


def default_sd(instrument, pre_scores: Sequence[float] | None = None) -> tuple[float, str]:
    """A starting SD for the explorer and where it comes from.

    The instrument's clinical, then functional norm SD when it has one; else
    the sample SD (n - 1) of ``pre_scores`` when there are at least two; else
    a sixth of the score range (a rough rule of thumb, labelled as such);
    else 10, only a starting value for the slider (source ``"none"``).
    """
    for group in ("clinical", "functional"):
        norm = instrument.norms.get(group) or {}
        if norm.get("sd"):
            return float(norm["sd"]), f"norms.{group}"
    values = [float(x) for x in (pre_scores or []) if _none_if_nan(x) is not None]
    if len(values) >= 2:
        mean = sum(values) / len(values)
        var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
        if var > 0:
            return math.sqrt(var), "sample"
    lo, hi = instrument.score_min, instrument.score_max
    if lo is not None and hi is not None and hi > lo:
        return (hi - lo) / 6, "range/6"
    return 10.0, "none"


_VERDICT_COLOUR = {"improved": "#1b7837", "unchanged": "#777777", "deteriorated": "#b2182b"}


def reliable_change_figure(rc: ReliableChange, lang: str = "id", title: str | None = None):
    """Number line of the change with the "not reliable" zone shaded.

    The grey band is ``-threshold .. +threshold`` around zero: a change that
    ends inside it could be measurement error. Returns a ``go.Figure``.
    """
    check_lang(lang)
    span = max(abs(rc.diff), rc.threshold) * 1.35 + 1
    fig = go.Figure()
    fig.add_shape(
        type="rect",
        x0=-rc.threshold,
        x1=rc.threshold,
        y0=0,
        y1=1,
        fillcolor="rgba(150,150,150,0.25)",
        line_width=0,
    )
    fig.add_annotation(
        x=0,
        y=0.92,
        text=html.escape(t("w_rc_zone", lang)),
        showarrow=False,
        font={"size": 12, "color": "#555"},
    )
    fig.add_vline(x=0, line={"color": "#333", "width": 1})
    colour = _VERDICT_COLOUR[rc.verdict]
    fig.add_trace(
        go.Scatter(
            x=[0, rc.diff],
            y=[0.45, 0.45],
            mode="lines+markers",
            line={"color": colour, "width": 3},
            marker={"size": [6, 16], "color": colour},
            hovertemplate="%{x:.1f}<extra></extra>",
            showlegend=False,
        )
    )
    fig.add_annotation(
        x=rc.diff,
        y=0.62,
        text=(
            f"{t('w_change', lang)} {rc.diff:+.1f} · RCI {rc.rci:+.2f}<br>"
            f"<b>{html.escape(t('w_' + rc.verdict, lang))}</b>"
        ),
        showarrow=False,
        font={"size": 13, "color": colour},
    )
    fig.update_layout(
        title=title or t("w_rc_title", lang),
        separators=separators(lang),
        height=260,
        margin={"l": 40, "r": 20, "t": 50, "b": 50},
        plot_bgcolor="white",
        xaxis={
            "range": [-span, span],
            "title": t("w_rc_axis", lang).format(thr=fmt_number(rc.threshold, lang, 1)),
            "zeroline": False,
            "showgrid": True,
            "gridcolor": "#eee",
        },
        yaxis={"visible": False, "range": [0, 1]},
    )
    return fig
