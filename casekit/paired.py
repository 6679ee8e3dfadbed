"""Paired-sample statistics: mean difference, paired t, Wilcoxon, effect sizes with CIs.

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

Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics
Bulletin, 1(6), 80-83.

Hedges, L. V. (1981). Distribution theory for Glass's estimator of effect size
and related estimators. Journal of Educational Statistics, 6(2), 107-128.
"""

from __future__ import annotations

import warnings

import numpy as np

__all__ = ["paired_statistics", "wilcoxon", "STAT_COLUMNS", "WILCOXON_EXACT_MAX"]

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
#: the statistics of :func:`paired_statistics`, in the order of the cohort table
STAT_COLUMNS = _STAT_COLUMNS
#: Wilcoxon: exact p up to this many nonzero differences (without ties)
WILCOXON_EXACT_MAX = 50


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
