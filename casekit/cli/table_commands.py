"""Commands that print or write a table: ``score`` and ``change`` (:mod:`casekit.scoring`,
:mod:`casekit.change`). The printed view is rounded and in the reader's language; the CSV
written with ``--out`` keeps every column, unrounded, under its column name."""

from __future__ import annotations

import sys

from ..i18n import t
from .common import _echo

__all__: list[str] = []


def _write_or_print(frame, out, shown_columns, lang: str = "en") -> None:
    """Write the full table as CSV (atomically) or print a rounded view."""
    if out:
        from pathlib import Path

        from ..outputs import atomic_write

        path = atomic_write(Path(out), frame.to_csv(index=False, date_format="%Y-%m-%d"))
        _echo(t("m_wrote_rows", lang).format(n=len(frame), path=path))
        return
    if not len(frame):
        _echo(t("m_no_rows", lang))
        return
    view = frame[shown_columns].copy()
    for col in view.columns:
        if str(view[col].dtype) == "Float64":
            view[col] = view[col].round(2)
    if lang == "id":  # decimal comma, Indonesian names of timepoints, scales and classes
        import pandas as pd

        from ..i18n import fmt_number, scale_label, timepoint_label, vocab

        shown = {"timepoint": timepoint_label, "scale": scale_label}
        for col in view.columns:
            if str(view[col].dtype) == "Float64":
                view[col] = view[col].map(lambda x: fmt_number(x, lang, 2) or pd.NA)
            elif col in shown:
                view[col] = view[col].map(lambda x, f=shown[col]: f(x, lang) or pd.NA)
            elif col in ("reliable_change", "clinical_status"):
                view[col] = view[col].map(lambda x: vocab(x, lang) or pd.NA)
            elif col == "category" and "category_id" in frame.columns:
                view[col] = frame["category_id"]  # the instrument file's Indonesian band
            elif col == "missing_reason" and "missing_reason_id" in frame.columns:
                view[col] = frame["missing_reason_id"]  # why a score is missing, in Indonesian
            elif str(view[col].dtype) == "boolean":
                view[col] = view[col].map(
                    lambda x: pd.NA if pd.isna(x) else t(("no", "yes")[x], lang)
                )
    view = view.astype(object).where(view.notna(), "-")
    # headers in the reader's language (the CSV written with --out keeps the column names)
    view.columns = [_column_label(c, lang) for c in view.columns]
    try:
        _echo(view.to_string(index=False))
    except BrokenPipeError:  # `casekit score DIR | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


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
    p.add_argument("--out", help="write every column to this CSV file instead of printing")
    p.set_defaults(func=_run_score)


def _run_score(args) -> int:
    from ..casebook import load_casebook
    from ..scoring import score

    table = score(load_casebook(args.casebook))
    shown = ["client_id", "instrument", "timepoint", "scale", "score", "items_answered",
             "prorated", "category", "missing_reason"]  # fmt: skip
    _write_or_print(table, args.out, shown, args.lang)
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
    p.add_argument("--out", help="write every column to this CSV file instead of printing")
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
    # the reasons in the reader's language (the CSV written with --out keeps both columns)
    indonesian = args.lang == "id" and not args.out
    view = table.assign(not_computable=table["not_computable_id"]) if indonesian else table
    _write_or_print(view, args.out, shown, args.lang)
    if not args.out:
        from ..change_reasons import source_lines

        for line in source_lines(table, cb, args.lang):
            _echo(line)
    return 0
