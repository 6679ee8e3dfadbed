"""A client's change from ``pre`` to ``post``, said in plain words.

The evaluation section of a client report ends with one paragraph a student
can paste into a practicum report and a supervisor can check: the two scores,
the difference, which way is better on this instrument, and (when the
instrument has a known reliability) whether the change is larger than
measurement error, via the reliable change index of Jacobson & Truax (1991),
with where its SD came from (the instrument's clinical norms, the casebook's
own clients, or a published reference sample, named with its source). When
the index cannot be computed, the paragraph names the real cause and its fix.

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
        parts += _why_not(row, changes, cb, instrument, lang)
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
        parts.append(_sd_source(row, changes, inst, instrument, lang))
        if not pd.isna(row["clinical_status"]):
            parts.append(
                t("verdict_clinical", lang).format(
                    status=t(str(row["clinical_status"]), lang),
                    cutoff=_fmt(float(row["cutoff"]), lang),
                )
            )
    return " ".join(p for p in parts if p)


def _pairs(changes: pd.DataFrame, instrument: str) -> int:
    """Clients with both scores on the total of ``instrument``."""
    rows = changes[(changes["instrument"] == instrument) & (changes["scale"] == "total")]
    return int((rows["pre"].notna() & rows["post"].notna()).sum())


def _why_not(row, changes, cb, instrument: str, lang: str) -> list[str]:
    """The real reason the RCI is missing, and its one fix, in plain words."""
    reason = "" if pd.isna(row["not_computable"]) else str(row["not_computable"])
    if reason.startswith("no reliability known"):
        return [t("verdict_no_reliability", lang), t("verdict_fix_reliability", lang)]
    if reason.startswith(("no SD for", "only ")):
        return [
            t("verdict_no_sd", lang).format(n=_pairs(changes, instrument), instrument=instrument)
        ]
    # any other cause: change() words it, with its fix, in both languages
    column = "not_computable_id" if lang == "id" else "not_computable"
    said = row.get(column)
    if said is None or pd.isna(said):
        return [t("verdict_rci_other", lang)]
    return [f"{t('verdict_rci_other', lang)} {str(said)[:1].upper()}{str(said)[1:]}."]


def _sd_source(row, changes, inst, instrument: str, lang: str) -> str:
    """Where the SD behind the RCI came from (casekit.change's ``sd_source``)."""
    from ..change import MIN_PAIRS

    src = row.get("sd_source")
    if src == "clinical":
        return t("verdict_sd_clinical", lang).format(source=inst.norms["clinical"]["source"])
    if src == "sample":
        return t("verdict_sd_sample", lang).format(n=_pairs(changes, instrument))
    if src == "reference":
        ref = next(
            (r for r in inst.norms.get("reference", ()) if r["id"] == row.get("norms_sample")), None
        )
        if ref is None:
            return ""
        return t("verdict_sd_reference", lang).format(
            min_pairs=MIN_PAIRS,
            population=ref["population_id" if lang == "id" else "population"],
            n=ref["n"],
            mean=_fmt(ref["mean"], lang),
            sd=_fmt(ref["sd"], lang),
            source=ref["source"],
        )
    return ""
