"""Group statistics for cohorts: paired tests, effect sizes, change classes.

:func:`cohort_summary` gives one row per instrument x scale (x subgroup):
means, the paired t-test and the Wilcoxon signed-rank test, standardized
effect sizes with confidence intervals (:mod:`casekit.paired`, where the
formulas and papers are), and how many clients fall into each
reliable/clinically significant change class. Small cells are suppressed (the
row is kept, values blanked, ``suppressed`` True). Cronbach's alpha per
instrument and timepoint (:func:`reliability_summary`,
:func:`cronbach_alpha`) is :mod:`casekit.internal_consistency`; both are
importable from here too.

Change classes come from :func:`casekit.change` (method and cutoff as given);
percentages are of the clients that could be classified.

Age bands (``by="age_band"``) are built from clients' ``age_at_intake``:
``<60``, ``60-64``, ``65-69``, ``70-74``, ``75-79``, ``80-84``, ``85+``;
missing age gives ``(missing)``.

References
----------
Lakens, D. (2013). Calculating and reporting effect sizes to facilitate
cumulative science: a practical primer for t-tests and ANOVAs. Frontiers in
Psychology, 4, 863.

Jacobson, N. S., & Truax, P. (1991). Clinical significance: a statistical
approach to defining meaningful change in psychotherapy research. Journal of
Consulting and Clinical Psychology, 59(1), 12-19.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .change import STATUSES, _codes, change
from .errors import ParameterError
from .i18n import msg
from .internal_consistency import cronbach_alpha, reliability_summary  # noqa: F401
from .paired import _STAT_COLUMNS, WILCOXON_EXACT_MAX, paired_statistics, wilcoxon  # noqa: F401
from .wording import option

__all__ = [
    "cohort_summary",
    "paired_statistics",
    "cronbach_alpha",
    "reliability_summary",
    "age_band",
    "COHORT_COLUMNS",
]

_COUNT_COLUMNS = (
    [f"n_{s}" for s in STATUSES] + ["n_not_classified"] + [f"pct_{s}" for s in STATUSES]
)
#: columns of :func:`cohort_summary` (after the instrument, scale and by columns)
COHORT_COLUMNS = (
    ["n", "n_pre_only", "n_post_only"]
    + _STAT_COLUMNS
    + _COUNT_COLUMNS
    + ["g_av_note", "not_classified_reason", "higher_is_worse", "suppressed",
       "suppressed_reason"]
)  # fmt: skip
_AGE_EDGES = [60, 65, 70, 75, 80, 85]


def age_band(age) -> pd.Series:
    """Five-year age bands from an age column (``<60``, ``60-64``, ... ``85+``)."""
    a = pd.to_numeric(pd.Series(age), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    labels = np.array(
        ["<60"] + [f"{lo}-{lo + 4}" for lo in _AGE_EDGES[:-1]] + [f"{_AGE_EDGES[-1]}+"],
        dtype=object,
    )
    idx = np.searchsorted(_AGE_EDGES, np.nan_to_num(a), side="right")
    out = labels[idx]
    out[np.isnan(a)] = "(missing)"
    return pd.Series(out, index=getattr(age, "index", None), dtype="string")


def _groups(frame: pd.DataFrame, keys: list[str]):
    """(key tuple, sub-frame) per combination of ``keys``, sorted by the keys.

    Like ``groupby(keys, sort=True)`` with missing values as "(missing)", but a
    key column holding one value throughout (the usual case) costs no hashing.
    """
    if not len(frame):
        return []
    codes, labels = [], []
    for k in keys:
        c, u = _codes(frame, k, fill="(missing)")
        codes.append(c)
        labels.append([str(v) for v in u])
    combined = np.zeros(len(frame), dtype=np.int64)
    for c, u in zip(codes, labels, strict=True):
        combined = combined * len(u) + c
    order = np.argsort(combined, kind="stable")
    sorted_codes = combined[order]
    starts = np.flatnonzero(np.concatenate([[True], sorted_codes[1:] != sorted_codes[:-1]]))
    ends = np.concatenate([starts[1:], [len(order)]])
    out = []
    for a, b in zip(starts, ends, strict=True):
        idx = order[a:b]
        first = idx[0]
        key = tuple(lab[c[first]] for c, lab in zip(codes, labels, strict=True))
        out.append((key, frame.iloc[np.sort(idx)]))
    out.sort(key=lambda item: item[0])
    return out


def _by_list(by) -> list[str]:
    if by is None:
        return []
    if isinstance(by, str):
        return [by]
    if isinstance(by, (list, tuple)) and all(isinstance(b, str) for b in by):
        return list(by)
    raise ParameterError(msg("mg_co_by_type", got=type(by).__name__))


def _attach_by(ch: pd.DataFrame, by: list[str], clients: pd.DataFrame | None) -> pd.DataFrame:
    if not by:
        return ch
    need = [b for b in by if b not in ch.columns]
    if not need:
        return ch
    if clients is None or not isinstance(clients, pd.DataFrame):
        raise ParameterError(msg("mg_co_by_needs_clients", by=", ".join(need)))
    cl = clients.copy()
    if "age_band" in need:
        if "age_at_intake" not in cl.columns:
            raise ParameterError(msg("mg_co_age_band", opt=option("by", "")))
        cl["age_band"] = age_band(cl["age_at_intake"]).to_numpy()
    unknown = [b for b in need if b not in cl.columns]
    if unknown:
        raise ParameterError(
            msg("mg_co_by_unknown", columns=", ".join(unknown), opt=option("by", ""))
        )
    keys = ["client_id"]
    if "casebook" in cl.columns and ch["casebook"].notna().any():
        keys = ["casebook", "client_id"]
    cl = cl[keys + need].drop_duplicates(keys)
    for k in keys:
        cl[k] = cl[k].astype("string")
    return ch.merge(cl, on=keys, how="left")


def cohort_summary(
    scores,
    pre: str = "pre",
    post: str = "post",
    by=None,
    min_n: int = 5,
    instruments=None,
    clients: pd.DataFrame | None = None,
    method: str = "JT",
    cutoff="auto",
    reliability=None,
    level: float = 0.95,
    changes: pd.DataFrame | None = None,
    disclosure: bool = False,
) -> pd.DataFrame:
    """Pre/post outcome statistics per instrument x scale (x subgroup).

    Parameters
    ----------
    scores : DataFrame or Casebook
        The result of :func:`casekit.score` (pooled casebooks welcome), or a
        Casebook (scored first; its clients and instruments are used).
    pre, post : str
        Timepoints compared.
    by : str or list of str, optional
        Subgroup columns: columns of ``clients`` (``cohort``, ``sex``,
        ``cluster``, ...) or ``"age_band"`` (from ``age_at_intake``).
    min_n : int
        Cells with fewer complete pairs are suppressed: the row is kept with
        ``n``, every other value blanked and ``suppressed`` True.
    instruments : dict, optional
        Instruments beyond the built-in ones.
    clients : DataFrame, optional
        The clients table for ``by`` (a Casebook, or scores from
        ``ck.score(cb)``, bring their own).
    method, cutoff, reliability
        Passed to :func:`casekit.change` for the change classes.
    level : float
        Confidence level (0.95).
    changes : DataFrame, optional
        The result of :func:`casekit.change` for the same scores, pre, post,
        method and cutoff, to reuse instead of computing it again.
    disclosure : bool
        True for tables that leave the lecturer's machine: apply
        :func:`casekit.disclosure.suppress_cohort` with ``k = min_n``
        (subgroups under ``min_n`` blanked whole, with their complement; small
        change-class counts and the cells that would give them back blanked;
        a ``suppressed_cells`` column says which). The counts of small
        subgroups are computed for that check and then blanked.

    Returns
    -------
    DataFrame
        instrument, scale, the ``by`` columns, then :data:`COHORT_COLUMNS`:
        n (complete pairs), n_pre_only, n_post_only, mean_pre, sd_pre,
        mean_post, sd_post, mean_diff (post - pre), sd_diff, diff_ci_low/high,
        t, df, p_t, wilcoxon_w, p_wilcoxon, d_z (+ CI), d_av (+ CI), g_av
        (+ CI), n_recovered ... n_harmed, n_not_classified, pct_recovered ...
        pct_harmed (of classified clients), not_classified_reason (the most
        common reason clients with both scores could not be classified, e.g.
        no reliability), higher_is_worse, suppressed, suppressed_reason. Means and SDs are over the complete pairs. Effect
        sizes carry the sign of post - pre: for ``higher_is_worse``
        instruments a negative value is an improvement.

    Notes
    -----
    Formulas and references are in the module docstring.
    """
    if not isinstance(min_n, int) or isinstance(min_n, bool) or min_n < 1:
        raise ParameterError(msg("mg_co_whole", name="min_n", got=repr(min_n)))
    if not 0 < level < 1:
        raise ParameterError(msg("mg_co_level", got=repr(level)))
    local = dict(instruments or {})
    if not isinstance(scores, pd.DataFrame):
        if hasattr(scores, "responses") and hasattr(scores, "clients"):
            from .scoring import score as _score

            local = {**dict(getattr(scores, "instruments", {}) or {}), **local}
            clients = scores.clients if clients is None else clients
            scores = _score(scores)
        else:
            raise ParameterError(
                msg("mg_co_scores_type", func="cohort_summary()", got=type(scores).__name__)
            )
    by = _by_list(by)
    if clients is None:  # ck.score(cb) remembers its casebook's clients
        from .scoring import remembered_clients

        clients = remembered_clients(scores)
    if changes is None:
        ch = change(
            scores, pre=pre, post=post, method=method, cutoff=cutoff, instruments=local,
            reliability=reliability,
        )  # fmt: skip
    elif isinstance(changes, pd.DataFrame) and {"pre", "post", "clinical_status"} <= set(changes):
        ch = changes
    else:
        raise ParameterError(msg("mg_co_changes_type"))
    ch = _attach_by(ch, by, clients)
    keys = ["instrument", "scale"] + by
    rows = []
    for key, g in _groups(ch, keys):
        x1 = g["pre"].to_numpy(dtype=float, na_value=np.nan)
        x2 = g["post"].to_numpy(dtype=float, na_value=np.nan)
        both = ~np.isnan(x1) & ~np.isnan(x2)
        row = dict(zip(keys, key, strict=True))
        n = int(both.sum())
        row["n"] = n
        row["n_pre_only"] = int((~np.isnan(x1) & np.isnan(x2)).sum())
        row["n_post_only"] = int((np.isnan(x1) & ~np.isnan(x2)).sum())
        row["higher_is_worse"] = bool(g["higher_is_worse"].iloc[0])
        if n < min_n and not disclosure:  # with disclosure, suppress_cohort blanks it below
            row["suppressed"] = True
            row["suppressed_reason"] = (
                f"fewer than {min_n} clients with both {pre} and {post} scores (n = {n})"
            )
            rows.append(row)
            continue
        st = paired_statistics(x1, x2, level)
        st.pop("n")
        row.update(st)
        status = g.loc[both, "clinical_status"]
        counts = status.value_counts()
        classified = int(status.notna().sum())
        for s in STATUSES:
            c = int(counts.get(s, 0))
            row[f"n_{s}"] = c
            row[f"pct_{s}"] = 100 * c / classified if classified else np.nan
        row["n_not_classified"] = n - classified
        reasons = g.loc[both & g["clinical_status"].isna().to_numpy(), "not_computable"]
        row["not_classified_reason"] = (
            str(reasons.value_counts().index[0]) if reasons.notna().any() else None
        )
        row["suppressed"] = False
        row["suppressed_reason"] = None
        rows.append(row)
    out = pd.DataFrame(rows, columns=keys + COHORT_COLUMNS)
    for c in keys + ["suppressed_reason", "not_classified_reason", "wilcoxon_method", "g_av_note"]:
        out[c] = out[c].astype("string")
    for c in ["n", "n_pre_only", "n_post_only", "n_not_classified", "df"] + [
        f"n_{s}" for s in STATUSES
    ]:
        out[c] = pd.array(pd.to_numeric(out[c]), dtype="Float64").round().astype("Int64")
    for c in _STAT_COLUMNS + [f"pct_{s}" for s in STATUSES]:
        if c in ("df", "wilcoxon_method"):
            continue
        out[c] = pd.array(pd.to_numeric(out[c], errors="coerce"), dtype="Float64")
        out[c] = out[c].mask(out[c].isna())
    out["higher_is_worse"] = out["higher_is_worse"].astype("boolean")
    out["suppressed"] = out["suppressed"].astype("boolean")
    if disclosure:
        from .disclosure import suppress_cohort

        out = suppress_cohort(out, k=min_n, by=by)
    return out
