"""Commands that print or write a table: ``score`` and ``change`` (:mod:`casekit.scoring`,
:mod:`casekit.change`). The printed view is rounded and in the reader's language; the CSV
written with ``--out`` keeps every column, unrounded, under its column name."""

from __future__ import annotations

import sys

from ..i18n import t
from .common import _echo

__all__: list[str] = []


def _xlsx_bytes(frame) -> bytes:
    """The table as an Excel workbook (one sheet, column names in the first row).

    A CSV opened by Excel set to Indonesian splits on ``;`` and may read ``65.0`` as
    650; a workbook carries numbers and dates as such (the loader's dates have no time
    zone, which Excel could not hold).
    """
    import io

    import pandas as pd

    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name="casekit")
    return buffer.getvalue()


def _write_or_print(frame, out, shown_columns, lang: str = "en", cb=None) -> None:
    """Write the full table as CSV (atomically) or print a readable view of it.

    The printed view is in words of ``lang`` (see :func:`_readable`); the CSV keeps the
    column names and values as :func:`casekit.score` / :func:`casekit.change` give them.
    """
    if out:
        from pathlib import Path

        from ..outputs import atomic_write

        target = Path(out)
        if target.suffix.lower() == ".xlsx":
            data = _xlsx_bytes(frame)  # opens in Excel with any locale's separators
        else:
            data = frame.to_csv(index=False, date_format="%Y-%m-%d")
        path = atomic_write(target, data)
        _echo(t("m_wrote_rows", lang).format(n=len(frame), path=path))
        return
    if not len(frame):
        _echo(t("m_no_rows", lang))
        return
    view = _readable(frame, shown_columns, lang, cb)
    try:
        _echo(view.to_string(index=False))
    except BrokenPipeError:  # `casekit score DIR | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _readable(frame, shown_columns, lang: str, cb=None):
    """The printed view of a score/change table: every header and cell a word of ``lang``.

    Instruments by name (:func:`casekit.i18n.instrument_name`, the casebook's own file for
    its own instruments), timepoints as words (``pre`` -> sebelum / before; a casebook's
    own label as typed), scales by name, score bands from the instrument file
    (``label_id`` / ``label_en``), classes and yes/no in words, numbers rounded to two
    decimals with the language's decimal mark (:func:`casekit.i18n.fmt_number`), reasons
    in the language with instrument names in place of ids. Missing cells print ``-``.
    """
    import re

    import pandas as pd

    from ..i18n import fmt_number, instrument_name, scale_label, timepoint_label, vocab

    view = frame[shown_columns].copy()
    names = {}  # instrument id -> its name in lang
    if "instrument" in frame.columns:
        for inst_id in frame["instrument"].dropna().unique():
            try:
                inst = cb.instrument(str(inst_id)) if cb is not None else inst_id
            except Exception:  # noqa: BLE001 - an instrument the casebook lacks: by its id
                inst = inst_id
            names[str(inst_id)] = instrument_name(inst, lang) or str(inst_id)
    # an id inside a sentence ("... allowed for ucla_ls3", "djg_11 (social)"), longest first
    words = dict(names)
    if "instrument" in frame.columns and "scale" in frame.columns:
        for inst_id, scale in frame[["instrument", "scale"]].dropna().drop_duplicates().values:
            words[f"{inst_id} ({scale})"] = f"{names[str(inst_id)]}, {scale_label(scale, lang)}"
    ids = sorted(words, key=len, reverse=True)
    inside = (
        re.compile(r"(?<![\w])(" + "|".join(map(re.escape, ids)) + r")(?![\w])") if ids else None
    )

    def sentence(x):
        if pd.isna(x):
            return pd.NA
        return inside.sub(lambda m: words[m.group(1)], str(x)) if inside else str(x)

    own = {"category": "category_id", "missing_reason": "missing_reason_id",
           "not_computable": "not_computable_id"}  # fmt: skip
    for col in view.columns:
        if lang == "id" and col in own and own[col] in frame.columns:
            view[col] = frame[own[col]]  # the Indonesian column beside the English one
        if str(view[col].dtype) in ("Float64", "float64"):
            view[col] = view[col].map(lambda x: fmt_number(x, lang, 2) or pd.NA)
        elif col == "instrument":
            view[col] = view[col].map(lambda x: pd.NA if pd.isna(x) else names[str(x)])
        elif col == "timepoint":
            view[col] = view[col].map(lambda x: timepoint_label(x, lang) or pd.NA)
        elif col == "scale":
            view[col] = view[col].map(lambda x: scale_label(x, lang) or pd.NA)
        elif col in ("reliable_change", "clinical_status"):
            view[col] = view[col].map(lambda x: vocab(x, lang) or pd.NA)
        elif col in ("missing_reason", "not_computable"):
            view[col] = view[col].map(sentence)
        elif str(view[col].dtype) in ("boolean", "bool"):
            view[col] = view[col].map(lambda x: pd.NA if pd.isna(x) else t(("no", "yes")[x], lang))
        elif str(view[col].dtype) in ("Int64", "int64"):
            view[col] = view[col].map(lambda x: fmt_number(x, lang, 0) or pd.NA)
    view = view.astype(object).where(view.notna(), "-")
    # headers in the reader's language (the CSV written with --out keeps the column names)
    view.columns = [_column_label(c, lang) for c in view.columns]
    return view


def _column_label(column: str, lang: str) -> str:
    """Header of a printed score/change column: its label, else the column name."""
    from ..i18n import LABELS

    for key in (f"sc_{column}", f"col_{column}"):
        if key in LABELS:
            return t(key, lang)
    return t("client", lang) if column == "client_id" else column


def _add_score(sub):
    p = sub.add_parser("score", help="questionnaire scores of a casebook (table or CSV)")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.add_argument(
        "--out",
        help="write every column to this file instead of printing (.csv, or .xlsx for Excel)",
    )
    p.set_defaults(func=_run_score)


def _run_score(args) -> int:
    from ..casebook import load_casebook
    from ..scoring import score

    cb = load_casebook(args.casebook)
    table = score(cb)
    shown = ["client_id", "instrument", "timepoint", "scale", "score", "items_answered",
             "prorated", "category", "missing_reason"]  # fmt: skip
    _write_or_print(table, args.out, shown, args.lang, cb)
    return 0


def _add_change(sub):
    p = sub.add_parser("change", help="reliable and clinically significant change per client")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.add_argument("--pre", default="pre", help="first timepoint (default: pre)")
    p.add_argument("--post", default="post", help="second timepoint (default: post)")
    p.add_argument("--method", default="JT", choices=["JT", "GLN", "EN", "HA"],
                   help="reliable change index (default: JT, Jacobson & Truax 1991)")  # fmt: skip
    p.add_argument("--cutoff", default="auto", choices=["auto", "a", "b", "c"],
                   help="Jacobson & Truax cutoff (default: auto = c with norms, else a)")  # fmt: skip
    p.add_argument(
        "--norms",
        default="auto",
        metavar="NORMS",
        help="where the pre-score SD comes from: auto (default: clinical norms, else the "
        "casebook's own pairs when there are at least 10, else the instrument's default "
        "published sample), clinical, sample, or the id of a published sample in the "
        "instrument's [[norms.reference]]",
    )
    p.add_argument(
        "--out",
        help="write every column to this file instead of printing (.csv, or .xlsx for Excel)",
    )
    p.set_defaults(func=_run_change)


def _run_change(args) -> int:
    from ..casebook import load_casebook
    from ..change import change
    from ..tables import normalise_timepoint

    pre, post = normalise_timepoint(args.pre), normalise_timepoint(args.post)
    cb = load_casebook(args.casebook)
    table = change(cb, pre=pre, post=post, method=args.method, cutoff=args.cutoff,
                   norms=args.norms)  # fmt: skip
    shown = ["client_id", "instrument", "scale", "pre", "post", "diff", "rci",
             "reliable_change", "cutoff", "clinical_status", "not_computable"]  # fmt: skip
    _write_or_print(table, args.out, shown, args.lang, cb)
    if not args.out:
        from ..change.reasons import source_lines

        for line in source_lines(table, cb, args.lang):
            _echo(line)
    return 0
