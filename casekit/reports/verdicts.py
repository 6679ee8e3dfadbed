"""A client's change from ``pre`` to ``post``, said in plain words.

The evaluation section of a client report ends with one paragraph a student
can paste into a practicum report and a supervisor can check: the two scores,
the difference, which way is better on this instrument, and (when the
instrument has a known reliability) whether the change is larger than
measurement error, via the reliable change index of Jacobson & Truax (1991).

References
----------
Jacobson, N. S., & Truax, P. (1991). Clinical significance: A statistical
approach to defining meaningful change in psychotherapy research. Journal of
Consulting and Clinical Psychology, 59(1), 12-19.
"""

from __future__ import annotations

import pandas as pd

from ..i18n import fmt_number, instrument_name, t, timepoint_label

__all__ = ["change_verdict"]


def _fmt(x: float, lang: str = "en") -> str:
    return fmt_number(x, lang, 0 if float(x).is_integer() else 1)


def change_verdict(
    changes: pd.DataFrame, cb, client_id: str, instrument: str, pre: str, post: str, lang: str
) -> str:
    """One paragraph on a client's total score from ``pre`` to ``post``.

    Parameters
    ----------
    changes : DataFrame
        Output of :func:`casekit.change.change` (computed on the whole
        casebook, so sample-based cutoffs use every client's pre scores).
    cb : Casebook
        For the instrument definition (the casebook's own or built-in).
    client_id : str
    instrument : str
        Instrument id (``""``: the client has no questionnaire data).
    pre, post : str
        The timepoint labels ``changes`` was computed for (shown in the text).
    lang : {"id", "en"}

    Returns
    -------
    str
        Plain text (the caller escapes it for HTML): the two scores, the
        difference and its direction, then the reliable change index
        :math:`RCI = (x_2 - x_1) / \\sqrt{2 (s_1 \\sqrt{1 - r_{xx}})^2}` against
        its critical value, and the clinical status, or why they cannot be
        judged.
    """
    if not instrument:
        return t("report_no_scores", lang)
    rows = changes[
        (changes["client_id"] == client_id)
        & (changes["instrument"] == instrument)
        & (changes["scale"] == "total")
    ]
    if rows.empty or pd.isna(rows["pre"].iloc[0]) or pd.isna(rows["post"].iloc[0]):
        return t("report_no_prepost", lang)
    row = rows.iloc[0]
    inst = cb.instrument(instrument)
    a, b, diff = float(row["pre"]), float(row["post"]), float(row["diff"])
    better = (diff < 0) == inst.higher_is_worse
    key = "verdict_same" if diff == 0 else ("verdict_better" if better else "verdict_worse")
    parts = [
        t("verdict_scores", lang).format(
            instrument=instrument_name(inst, lang),
            pre=timepoint_label(pre, lang),
            post=timepoint_label(post, lang),
            a=_fmt(a, lang),
            b=_fmt(b, lang),
            d=_fmt(abs(diff), lang),
        ),
        t(key, lang),
        t("verdict_high_bad" if inst.higher_is_worse else "verdict_high_good", lang),
    ]
    if pd.isna(row["rci"]):
        parts.append(t("verdict_no_reliability", lang))
    else:
        rc = str(row["reliable_change"])
        parts.append(
            t("verdict_rci", lang).format(
                rci=fmt_number(float(row["rci"]), lang, 2),
                z=fmt_number(float(row["z"]), lang, 2),
                r=fmt_number(float(row["reliability"]), lang, 2),
            )
        )
        parts.append(t(f"verdict_rc_{rc}", lang))
        if not pd.isna(row["clinical_status"]):
            parts.append(
                t("verdict_clinical", lang).format(
                    status=t(str(row["clinical_status"]), lang),
                    cutoff=_fmt(float(row["cutoff"]), lang),
                )
            )
    return " ".join(p for p in parts if p)
