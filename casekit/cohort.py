"""Group statistics for cohorts: paired tests, effect sizes, change classes,
internal consistency.

:func:`cohort_summary` gives one row per instrument x scale (x subgroup):
means, the paired t-test and the Wilcoxon signed-rank test, standardized
effect sizes with confidence intervals, and how many clients fall into each
reliable/clinically significant change class. Small cells are suppressed (the
row is kept, values blanked, ``suppressed`` True). :func:`reliability_summary`
and :func:`cronbach_alpha` give Cronbach's alpha with Feldt's confidence
interval per instrument and timepoint where item answers exist.

Formulas
--------
With paired scores x1 (pre), x2 (post), differences d = x2 - x1, n pairs and
df = n - 1 (Lakens, 2013):

- mean difference and its CI: mean(d) +/- t(0.975, df) sd(d) / sqrt(n);
  paired t = mean(d) / (sd(d) / sqrt(n)) (compare ``scipy.stats.ttest_rel``);
- Wilcoxon signed-rank test (Wilcoxon, 1945), two-sided, pinned so that
  every SciPy from 1.11 on gives the same p: zero differences are dropped
  first (Wilcoxon's own rule, ``zero_method="wilcox"``); with m nonzero
  differences, no tied |d| and m <= 50 the p is exact (the permutation
  distribution of the signed-rank sum, ``method="exact"``); otherwise the
  normal approximation with the tie-corrected variance
  m(m+1)(2m+1)/24 - sum(t^3 - t)/48 and no continuity correction
  (``method="approx"``, ``correction=False``). ``wilcoxon_method`` says which
  (``exact`` / ``normal``). W is the smaller of the two rank sums;
- d_z = mean(d) / sd(d);
- d_av = mean(d) / ((sd(x1) + sd(x2)) / 2);
- Hedges' g_av = J d_av with J = 1 - 3 / (4 df - 1) (Hedges, 1981; Lakens,
  2013, eq. 4 with df = n - 1). J is 0 at n = 2 and the correction is
  meaningless there: g_av and its CI are NA for n < 3 (``g_av_note`` says
  why).

Confidence intervals (95%):

- d_z: exact, by inverting the noncentral t distribution: find the
  noncentrality parameters lambda_L, lambda_U with
  P(T <= t_obs | df, lambda_L) = 0.975 and P(T <= t_obs | df, lambda_U) = 0.025
  (t_obs = d_z sqrt(n)); CI = lambda / sqrt(n) (Cumming & Finch, 2001;
  Cumming, 2012). For n > 2000 the normal approximation
  d_z +/- 1.96 sqrt(1/n + d_z^2 / (2n)) is used instead (nct is numerically
  fragile for huge t).
- d_av: the same noncentral-t interval for lambda, rescaled to the d_av metric,
  lambda sd(d) / (sqrt(n) s_av) with s_av = (sd(x1) + sd(x2)) / 2. This is the
  approach of Algina & Keselman (2003) for dependent samples (they use the
  root-mean-square SD; casekit uses Lakens' average SD, and treats the ratio
  sd(d) / s_av as fixed, so the interval is approximate).
- g_av: J times the d_av limits.

Change classes come from :func:`casekit.change` (method and cutoff as given);
percentages are of the clients that could be classified.

Cronbach's alpha (listwise complete item answers, keyed item scores):
alpha = k / (k - 1) (1 - sum var(item) / var(total)). Feldt (1965) CI:
[1 - (1 - alpha) F(0.975; n - 1, (n - 1)(k - 1)),
1 - (1 - alpha) F(0.025; n - 1, (n - 1)(k - 1))].

Age bands (``by="age_band"``) are built from clients' ``age_at_intake``:
``<60``, ``60-64``, ``65-69``, ``70-74``, ``75-79``, ``80-84``, ``85+``;
missing age gives ``(missing)``.

References
----------
Lakens, D. (2013). Calculating and reporting effect sizes to facilitate
cumulative science: a practical primer for t-tests and ANOVAs. Frontiers in
Psychology, 4, 863.

Algina, J., & Keselman, H. J. (2003). Approximate confidence intervals for
effect sizes. Educational and Psychological Measurement, 63(4), 537-553.

Cumming, G., & Finch, S. (2001). A primer on the understanding, use, and
calculation of confidence intervals that are based on central and noncentral
distributions. Educational and Psychological Measurement, 61(4), 532-574.

Cumming, G. (2012). Understanding the New Statistics. Routledge.

Feldt, L. S. (1965). The approximate sampling distribution of Kuder-Richardson
reliability coefficient twenty. Psychometrika, 30(3), 357-370.

Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics
Bulletin, 1(6), 80-83.

Hedges, L. V. (1981). Distribution theory for Glass's estimator of effect size
and related estimators. Journal of Educational Statistics, 6(2), 107-128.

Cronbach, L. J. (1951). Coefficient alpha and the internal structure of
tests. Psychometrika, 16(3), 297-334.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping

import numpy as np
import pandas as pd

from . import instruments as registry
from .change import STATUSES, _codes, change
from .errors import ParameterError, ScoringError
from .scoring import _answers_matrix, item_scores

__all__ = [
    "cohort_summary",
    "paired_statistics",
    "cronbach_alpha",
    "reliability_summary",
    "age_band",
    "COHORT_COLUMNS",
]

_STAT_COLUMNS = [
    "mean_pre",
    "sd_pre",
    "mean_post",
    "sd_post",
    "mean_diff",
    "sd_diff",
    "diff_ci_low",
    "diff_ci_high",
    "t",
    "df",
    "p_t",
    "wilcoxon_w",
    "p_wilcoxon",
    "wilcoxon_method",
    "d_z",
    "d_z_ci_low",
    "d_z_ci_high",
    "d_av",
    "d_av_ci_low",
    "d_av_ci_high",
    "g_av",
    "g_av_ci_low",
    "g_av_ci_high",
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
#: Wilcoxon: exact p up to this many nonzero differences (without ties)
WILCOXON_EXACT_MAX = 50

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


def _nct_ci(t_obs: float, df: int, level: float) -> tuple[float, float]:
    """CI for the noncentrality parameter of a t statistic (by inversion).

    Solved for t >= 0 and mirrored for t < 0 (the noncentral t is symmetric:
    P(T <= t | lambda) = P(T >= -t | -lambda)); scipy's nct is unstable far in
    the lower tail.
    """
    from scipy import optimize, stats

    if t_obs < 0:
        lo, hi = _nct_ci(-t_obs, df, level)
        return -hi, -lo
    hi_q, lo_q = (1 + level) / 2, (1 - level) / 2

    def f(ncp, q):
        value = stats.nct.cdf(t_obs, df, ncp)
        if np.isnan(value):  # far tails: the cdf falls from 1 to 0 as ncp grows
            value = 0.0 if ncp > t_obs else 1.0
        return value - q

    span = 10 + t_obs
    lo = optimize.brentq(f, t_obs - span, t_obs + span, args=(hi_q,), xtol=1e-12)
    hi = optimize.brentq(f, t_obs - span, t_obs + span, args=(lo_q,), xtol=1e-12)
    return lo, hi


def paired_statistics(pre, post, level: float = 0.95) -> dict[str, float]:
    """Paired-sample statistics of two aligned score arrays.

    Parameters
    ----------
    pre, post : array-like
        Scores of the same clients; pairs with a missing value are dropped.
    level : float
        Confidence level of the intervals.

    Returns
    -------
    dict
        n and every statistic of :data:`COHORT_COLUMNS` from ``mean_pre`` to
        ``g_av_ci_high`` (formulas in the module docstring). NaN where a value
        is not defined (n < 2, no variation).
    """
    from scipy import stats

    x1 = np.asarray(pre, dtype=float)
    x2 = np.asarray(post, dtype=float)
    keep = ~np.isnan(x1) & ~np.isnan(x2)
    x1, x2 = x1[keep], x2[keep]
    n = len(x1)
    out = dict.fromkeys(_STAT_COLUMNS, np.nan)
    out["wilcoxon_method"] = None
    out["n"] = n
    if n == 0:
        return out
    d = x2 - x1
    out["mean_pre"], out["mean_post"], out["mean_diff"] = x1.mean(), x2.mean(), d.mean()
    if n < 2:
        return out
    df = n - 1
    s1, s2, sd = x1.std(ddof=1), x2.std(ddof=1), d.std(ddof=1)
    out.update(sd_pre=s1, sd_post=s2, sd_diff=sd, df=df)
    tq = stats.t.ppf((1 + level) / 2, df)
    se = sd / np.sqrt(n)
    out["diff_ci_low"], out["diff_ci_high"] = d.mean() - tq * se, d.mean() + tq * se
    if sd > 0:
        t = d.mean() / se
        out["t"], out["p_t"] = t, 2 * stats.t.sf(abs(t), df)
        dz = d.mean() / sd
        out["d_z"] = dz
        if n > 2000:
            half = stats.norm.ppf((1 + level) / 2) * np.sqrt(1 / n + dz**2 / (2 * n))
            lam_lo, lam_hi = (dz - half) * np.sqrt(n), (dz + half) * np.sqrt(n)
        else:
            lam_lo, lam_hi = _nct_ci(t, df, level)
        out["d_z_ci_low"], out["d_z_ci_high"] = lam_lo / np.sqrt(n), lam_hi / np.sqrt(n)
        s_av = (s1 + s2) / 2
        if s_av > 0:
            scale = sd / (np.sqrt(n) * s_av)
            out["d_av"] = d.mean() / s_av
            out["d_av_ci_low"], out["d_av_ci_high"] = lam_lo * scale, lam_hi * scale
            if n >= 3:
                j = 1 - 3 / (4 * df - 1)
                out["g_av"] = j * out["d_av"]
                out["g_av_ci_low"] = j * lam_lo * scale
                out["g_av_ci_high"] = j * lam_hi * scale
            else:
                out["g_av_note"] = "n < 3: Hedges' correction J = 1 - 3/(4 df - 1) is 0"
    out.update(wilcoxon(d))
    return out


def wilcoxon(d) -> dict:
    """Two-sided Wilcoxon signed-rank test of paired differences, pinned.

    Parameters
    ----------
    d : array-like
        Paired differences (post - pre).

    Returns
    -------
    dict
        ``wilcoxon_w`` (the smaller rank sum), ``p_wilcoxon`` and
        ``wilcoxon_method`` (``"exact"`` or ``"normal"``; NA when every
        difference is 0). Zeros are dropped first (Wilcoxon, 1945); exact p
        when the m nonzero |d| have no ties and m <= 50, else the normal
        approximation with tie-corrected variance, without continuity
        correction. The same on SciPy 1.11 and later.
    """
    from scipy import stats

    d = np.asarray(d, dtype=float)
    d = d[~np.isnan(d) & (d != 0)]
    if not len(d):
        return {"wilcoxon_w": np.nan, "p_wilcoxon": np.nan, "wilcoxon_method": None}
    ties = len(np.unique(np.abs(d))) < len(d)
    exact = not ties and len(d) <= WILCOXON_EXACT_MAX
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = stats.wilcoxon(
            d, zero_method="wilcox", correction=False, method="exact" if exact else "approx"
        )
    return {
        "wilcoxon_w": float(w.statistic),
        "p_wilcoxon": float(w.pvalue),
        "wilcoxon_method": "exact" if exact else "normal",
    }


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
    raise ParameterError("by must be a column name or a list of column names")


def _attach_by(ch: pd.DataFrame, by: list[str], clients: pd.DataFrame | None) -> pd.DataFrame:
    if not by:
        return ch
    need = [b for b in by if b not in ch.columns]
    if not need:
        return ch
    if clients is None or not isinstance(clients, pd.DataFrame):
        raise ParameterError(
            f"by={need} needs the clients table: pass clients=cb.clients (or a Casebook)"
        )
    cl = clients.copy()
    if "age_band" in need:
        if "age_at_intake" not in cl.columns:
            raise ParameterError("by='age_band' needs the column age_at_intake in clients")
        cl["age_band"] = age_band(cl["age_at_intake"]).to_numpy()
    unknown = [b for b in need if b not in cl.columns]
    if unknown:
        raise ParameterError(
            f"unknown by column(s) {unknown}; use columns of clients (e.g. cohort, sex, "
            "cluster) or 'age_band'"
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
        raise ParameterError(f"min_n must be a whole number of at least 1; got {min_n!r}")
    if not 0 < level < 1:
        raise ParameterError(f"level must be between 0 and 1; got {level!r}")
    local = dict(instruments or {})
    if not isinstance(scores, pd.DataFrame):
        if hasattr(scores, "responses") and hasattr(scores, "clients"):
            from .scoring import score as _score

            local = {**dict(getattr(scores, "instruments", {}) or {}), **local}
            clients = scores.clients if clients is None else clients
            scores = _score(scores)
        else:
            raise ParameterError(
                "cohort_summary() needs a scores DataFrame or a Casebook; "
                f"got {type(scores).__name__}"
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
        raise ParameterError("changes must be the DataFrame returned by ck.change()")
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


# --------------------------------------------------------------------------- #
# internal consistency
# --------------------------------------------------------------------------- #
def _alpha(items: np.ndarray, level: float) -> dict:
    from scipy import stats

    items = items[~np.isnan(items).any(axis=1)]
    n, k = items.shape
    res = {"n": n, "k": k, "alpha": np.nan, "ci_low": np.nan, "ci_high": np.nan}
    if n < 3 or k < 2:
        return res
    total_var = items.sum(axis=1).var(ddof=1)
    if total_var == 0:
        return res
    a = k / (k - 1) * (1 - items.var(axis=0, ddof=1).sum() / total_var)
    df1, df2 = n - 1, (n - 1) * (k - 1)
    res["alpha"] = a
    res["ci_low"] = 1 - (1 - a) * stats.f.ppf((1 + level) / 2, df1, df2)
    res["ci_high"] = 1 - (1 - a) * stats.f.ppf((1 - level) / 2, df1, df2)
    return res


def _responses_of(data, instruments):
    if isinstance(data, pd.DataFrame):
        return data, dict(instruments or {})
    if hasattr(data, "responses"):
        return data.responses, {
            **dict(getattr(data, "instruments", {}) or {}),
            **dict(instruments or {}),
        }
    raise ParameterError("expected a Casebook or a responses DataFrame")


def cronbach_alpha(
    data, instrument, timepoint: str | None = None, scale: str = "total", instruments=None,
    level: float = 0.95,
) -> dict:  # fmt: skip
    """Cronbach's alpha with a Feldt (1965) confidence interval.

    Parameters
    ----------
    data : Casebook or DataFrame
        A casebook or its ``responses`` table (item answers q1..qN).
    instrument : str or Instrument
    timepoint : str, optional
        Only administrations at this timepoint (default: all).
    scale : str
        ``total`` or a subscale name (alpha of that subscale's items).
    instruments : dict, optional
        Instruments beyond the built-in ones.
    level : float
        Confidence level.

    Returns
    -------
    dict
        ``n`` (complete cases used), ``k`` (items), ``alpha``, ``ci_low``,
        ``ci_high`` (NaN when n < 3 or the total does not vary).

    Notes
    -----
    alpha = k / (k - 1) (1 - sum s_i^2 / s_total^2) on keyed item scores
    (reverse items reversed; De Jong Gierveld items dichotomised, which makes
    alpha equal to KR-20). Feldt's interval:
    1 - (1 - alpha) F(1 - a/2; n - 1, (n - 1)(k - 1)) to
    1 - (1 - alpha) F(a/2; n - 1, (n - 1)(k - 1)).
    """
    responses, local = _responses_of(data, instruments)
    inst = (
        instrument
        if isinstance(instrument, registry.Instrument)
        else registry.get(str(instrument), local)
    )
    if inst.items == 0:
        raise ScoringError(f"{inst.id} has totals only; alpha needs item answers")
    if scale != "total" and scale not in inst.subscales:
        raise ParameterError(f"{inst.id} has no scale {scale!r}; scales: {', '.join(inst.scales)}")
    part = responses[responses["instrument"] == inst.id]
    if timepoint is not None:
        part = part[part["timepoint"] == timepoint]
    keyed = item_scores(inst, _answers_matrix(part, inst.items))
    if scale != "total":
        keyed = keyed[:, [i - 1 for i in inst.subscales[scale]]]
    return _alpha(keyed, level)


def reliability_summary(data, instruments=None, level: float = 0.95) -> pd.DataFrame:
    """Cronbach's alpha (Feldt CI) per instrument x timepoint x scale.

    Parameters
    ----------
    data : Casebook or DataFrame
        A casebook or its ``responses`` table.
    instruments : dict, optional
        Instruments beyond the built-in ones.
    level : float
        Confidence level.

    Returns
    -------
    DataFrame
        instrument, timepoint, scale, n, k, alpha, ci_low, ci_high. Only
        instruments with item answers appear.
    """
    responses, local = _responses_of(data, instruments)
    rows = []
    if isinstance(local, Mapping) and len(responses):
        for (inst_id, tp), part in responses.groupby(["instrument", "timepoint"], sort=True):
            inst = registry.get(str(inst_id), local)
            if inst.items == 0:
                continue
            keyed = item_scores(inst, _answers_matrix(part, inst.items))
            for scale in inst.scales:
                sub = (
                    keyed if scale == "total" else keyed[:, [i - 1 for i in inst.subscales[scale]]]
                )
                rows.append(
                    {"instrument": inst_id, "timepoint": tp, "scale": scale, **_alpha(sub, level)}
                )
    out = pd.DataFrame(
        rows, columns=["instrument", "timepoint", "scale", "n", "k", "alpha", "ci_low", "ci_high"]
    )
    for c in ("instrument", "timepoint", "scale"):
        out[c] = out[c].astype("string")
    for c in ("n", "k"):
        out[c] = out[c].astype("Int64")
    for c in ("alpha", "ci_low", "ci_high"):
        out[c] = pd.array(pd.to_numeric(out[c], errors="coerce"), dtype="Float64")
        out[c] = out[c].mask(out[c].isna())
    return out
