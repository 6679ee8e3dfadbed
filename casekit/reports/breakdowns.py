"""The cohort report's two breakdowns of change: reliable change and clinical significance.

Jacobson & Truax (1991) classify each client twice:

- **reliable change** (RCI): reliably improved, no reliable change, reliably
  deteriorated;
- **clinical significance**: of the reliably improved, those who also moved
  from the clinical into the functional range are *recovered*, the others
  *improved*; of the reliably deteriorated, those who moved into the clinical
  range are *harmed*, the others *deteriorated*.

So reliably improved = recovered + improved and reliably deteriorated =
deteriorated + harmed, and each breakdown adds up to n (clients with both
scores; "not classified" where no RCI can be computed). The tables here show
both, from a :func:`casekit.cohort_summary` table that went through
:func:`casekit.disclosure.suppress_cohort`: a blanked count shows ``*``, and
a subtotal is shown only where that table publishes it
(``n_reliably_improved``, ``n_reliably_deteriorated``) or where both its parts
are shown.

References
----------
Jacobson, N. S., & Truax, P. (1991). Clinical significance: a statistical
approach to defining meaningful change in psychotherapy research. Journal of
Consulting and Clinical Psychology, 59(1), 12-19.
"""

from __future__ import annotations

import pandas as pd

from ..i18n import is_missing as _na
from ..i18n import t
from . import blocks

__all__ = ["RELIABLE", "CLINICAL", "breakdown_frames", "show_breakdowns"]

#: reliable-change breakdown: label key -> the count columns it adds up
RELIABLE = {
    "bd_reliably_improved": ("n_recovered", "n_improved"),
    "bd_no_reliable_change": ("n_unchanged",),
    "bd_reliably_deteriorated": ("n_deteriorated", "n_harmed"),
    "bd_not_classified": ("n_not_classified",),
}
#: clinical-significance breakdown: label key -> count column
CLINICAL = {
    "bd_recovered": "n_recovered",
    "bd_improved": "n_improved",
    "bd_unchanged": "n_unchanged",
    "bd_deteriorated": "n_deteriorated",
    "bd_harmed": "n_harmed",
    "bd_not_classified": "n_not_classified",
}
_SUBTOTAL = {
    ("n_recovered", "n_improved"): "n_reliably_improved",
    ("n_deteriorated", "n_harmed"): "n_reliably_deteriorated",
}
_HIDDEN = "*"


def _count(row, parts) -> str:
    """The sum of ``parts`` as text, ``*`` when it is not published."""
    if bool(row.get("suppressed")) is True:
        return _HIDDEN
    values = [row.get(c) for c in parts]
    if not any(_na(v) for v in values):
        return str(int(sum(int(v) for v in values)))
    published = row.get(_SUBTOTAL.get(tuple(parts), ""))
    return _HIDDEN if published is None or _na(published) else str(int(published))


def _group_label(row, by: str, lang: str) -> str:
    if not by:
        return t("fig_all_clients", lang)
    value = row.get(by)
    if _na(value):
        return t("bd_missing", lang)
    text = str(value)
    return t(text, lang) if by == "sex" else text


def breakdown_frames(summary: pd.DataFrame, lang: str = "id", by: str = "", whole=None):
    """The two breakdowns as display tables (text cells).

    Parameters
    ----------
    summary : DataFrame
        Rows of one instrument and scale of a suppressed
        :func:`casekit.cohort_summary` (subgroups when ``by``).
    lang : {"id", "en"}
    by : str
        The subgroup column ("" for the whole cohort only).
    whole : DataFrame, optional
        The whole-cohort row (a suppressed summary without ``by``), shown
        first when given.

    Returns
    -------
    (DataFrame, DataFrame)
        Reliable change and clinical significance: one row per group, the
        group, n and one column per class (``*`` where blanked).
    """
    parts = [] if whole is None else [("", whole)]
    parts.append((by, summary))
    reliable, clinical = [], []
    group_head = t("bd_group", lang)
    for column, frame in parts:
        for _, row in frame.iterrows():  # a handful of groups
            label = _group_label(row, column, lang)
            n = _HIDDEN if _na(row.get("n")) or bool(row.get("suppressed")) else str(int(row["n"]))
            reliable.append(
                {group_head: label, "n": n}
                | {t(key, lang): _count(row, cols) for key, cols in RELIABLE.items()}
            )
            clinical.append(
                {group_head: label, "n": n}
                | {t(key, lang): _count(row, (col,)) for key, col in CLINICAL.items()}
            )
    return pd.DataFrame(reliable), pd.DataFrame(clinical)


def show_breakdowns(
    summary: pd.DataFrame, lang: str = "id", by: str = "", whole=None, min_n: int = 5
) -> None:
    """Display both breakdowns with their notes (see :func:`breakdown_frames`)."""
    reliable, clinical = breakdown_frames(summary, lang, by, whole)
    blocks.heading(t("bd_reliable_title", lang), 3)
    blocks.table(reliable, {c: c for c in reliable.columns}, lang)
    blocks.heading(t("bd_clinical_title", lang), 3)
    blocks.table(clinical, {c: c for c in clinical.columns}, lang)
    blocks.paragraph(t("bd_adds_up", lang), "casekit-muted")
    if (reliable == _HIDDEN).any().any() or (clinical == _HIDDEN).any().any():
        blocks.paragraph(t("bd_suppressed_note", lang).format(k=min_n), "casekit-muted")
