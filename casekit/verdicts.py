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

from .i18n import t

__all__ = ["change_verdict"]


def _fmt(x: float) -> str:
    return f"{x:.0f}" if float(x).is_integer() else f"{x:.1f}"


def change_verdict(
    scores: pd.DataFrame, cb, instrument: str, pre: str, post: str, lang: str
) -> str:
    """One paragraph on the client's total score from ``pre`` to ``post``.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`casekit.scoring.score` for one client.
    cb : Casebook
        For the instrument definition (the casebook's own or built-in).
    instrument : str
        Instrument id (``""``: the client has no questionnaire data).
    pre, post : str
        Timepoint labels.
    lang : {"id", "en"}

    Returns
    -------
    str
        Plain text (the caller escapes it for HTML).
    """
    if not instrument:
        return t("report_no_scores", lang)
    total = scores[(scores["instrument"] == instrument) & (scores["scale"] == "total")]
    values = {}
    for label in (pre, post):
        got = total.loc[total["timepoint"] == label, "score"].dropna()
        if len(got):
            values[label] = float(got.iloc[-1])
    if len(values) < 2:
        return t("report_no_prepost", lang)
    inst = cb.instrument(instrument)
    a, b = values[pre], values[post]
    diff = b - a
    better = (diff < 0) == inst.higher_is_worse
    key = "verdict_same" if diff == 0 else ("verdict_better" if better else "verdict_worse")
    text = t("verdict_scores", lang).format(
        instrument=inst.id, pre=pre, post=post, a=_fmt(a), b=_fmt(b), d=_fmt(abs(diff))
    )
    text += " " + t(key, lang)
    direction = "verdict_high_bad" if inst.higher_is_worse else "verdict_high_good"
    text += " " + t(direction, lang)
    text += " " + _reliability_sentence(inst, a, b, lang)
    return text


def _reliability_sentence(inst, a: float, b: float, lang: str) -> str:
    if inst.reliability is None:
        return t("verdict_no_reliability", lang)
    return t("verdict_rci_pending", lang)
