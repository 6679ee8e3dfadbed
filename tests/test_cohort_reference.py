"""Cohort statistics at their edges, against independent references.

The Wilcoxon signed-rank p is recomputed here from its definition (Wilcoxon,
1945): the exact permutation distribution by enumerating every sign pattern,
the normal approximation from the tie-corrected variance with math.erfc. The
module also runs without the casekit package's optional parts, so the same
file checks the lowest SciPy casekit allows (1.11) in a throwaway venv:
``python tests/test_cohort_reference.py`` (see the report note).
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest

from casekit.cohort import cohort_summary, paired_statistics, wilcoxon


def _ranks(a):
    """Mid-ranks of a (ties share the mean rank), by hand."""
    order = sorted(range(len(a)), key=lambda i: a[i])
    ranks = [0.0] * len(a)
    i = 0
    while i < len(a):
        j = i
        while j + 1 < len(a) and a[order[j + 1]] == a[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def _exact_p(d):
    d = [x for x in d if x != 0]
    r = _ranks([abs(x) for x in d])
    w_plus = sum(rk for rk, x in zip(r, d, strict=True) if x > 0)
    w = min(w_plus, sum(r) - w_plus)
    sums = [sum(rk for rk, s in zip(r, signs, strict=True) if s)
            for signs in itertools.product([0, 1], repeat=len(d))]  # fmt: skip
    low = sum(1 for s in sums if s <= w) / len(sums)
    return w, min(1.0, 2 * low)


def _normal_p(d):
    d = [x for x in d if x != 0]
    m = len(d)
    r = _ranks([abs(x) for x in d])
    w_plus = sum(rk for rk, x in zip(r, d, strict=True) if x > 0)
    w = min(w_plus, sum(r) - w_plus)
    ties = [list(r).count(v) for v in set(r)]
    var = m * (m + 1) * (2 * m + 1) / 24 - sum(t**3 - t for t in ties) / 48
    z = (w - m * (m + 1) / 4) / math.sqrt(var)
    return w, math.erfc(abs(z) / math.sqrt(2))


def test_wilcoxon_issue_example_is_exact_after_dropping_zeros():
    # d = 0, -2, -1, -3, -5, -4: the zero is dropped, 5 untied differences, all negative:
    # W = 0, exact two-sided p = 2 / 2^5 = 0.0625 (SciPy 1.11's default gave 0.0431)
    d = [0, -2, -1, -3, -5, -4]
    got = wilcoxon(d)
    assert _exact_p(d) == (0, 0.0625)
    assert got == {"wilcoxon_w": 0.0, "p_wilcoxon": pytest.approx(0.0625, abs=1e-12),
                   "wilcoxon_method": "exact"}  # fmt: skip


@pytest.mark.parametrize(
    "d",
    [
        [1, -2, 3, 4, 5, 6, -7, 8],  # no ties: exact
        [-1, -2, -3, 4, -5],  # n = 5: still tested, exact
        [2, -2, 3, 3, 3, -1, 5, 6, 0, 0],  # ties: normal
        [-1, -1, -2, -3, -3, 4, -5, -6, -7, -8, -9, -2],  # ties: normal
    ],
)
def test_wilcoxon_matches_its_definition(d):
    got = wilcoxon(d)
    nz = [x for x in d if x != 0]
    tied = len({abs(x) for x in nz}) < len(nz)
    w, p = (_normal_p if tied else _exact_p)(d)
    assert got["wilcoxon_method"] == ("normal" if tied else "exact")
    assert got["wilcoxon_w"] == w and got["p_wilcoxon"] == pytest.approx(p, abs=1e-12)


def test_wilcoxon_large_untied_sample_is_normal():
    d = list(range(1, 52))  # 51 > 50 untied differences: normal approximation
    got = wilcoxon([-x if x % 3 else x for x in d])
    w, p = _normal_p([-x if x % 3 else x for x in d])
    assert got["wilcoxon_method"] == "normal" and got["p_wilcoxon"] == pytest.approx(p)


def test_wilcoxon_all_zero_is_na():
    got = wilcoxon([0, 0, 0])
    assert np.isnan(got["p_wilcoxon"]) and got["wilcoxon_method"] is None


def test_wilcoxon_at_n_5_in_the_summary():
    s = paired_statistics([10, 20, 30, 40, 50], [9, 18, 27, 36, 45])
    # d = -1, -2, -3, -4, -5: W = 0, exact p = 2 / 32
    assert s["p_wilcoxon"] == pytest.approx(0.0625) and s["wilcoxon_method"] == "exact"


def test_hedges_g_is_na_at_n_2_with_a_reason():
    s = paired_statistics([10, 20], [8, 15])
    assert np.isfinite(s["d_av"])
    assert np.isnan(s["g_av"]) and np.isnan(s["g_av_ci_low"]) and np.isnan(s["g_av_ci_high"])
    assert "J = 1 - 3/(4 df - 1) is 0" in s["g_av_note"]


def test_hedges_g_at_n_3_uses_j_on_the_estimate_and_both_limits():
    pre, post = [10.0, 20.0, 30.0], [8.0, 15.0, 29.0]
    s = paired_statistics(pre, post)
    j = 1 - 3 / (4 * 2 - 1)  # 4/7
    # d_av = mean(d) / ((sd1 + sd2) / 2): d = -2, -5, -1 -> mean -8/3; sd1 10;
    # sd2 = sqrt(((8-52/3)^2 + (15-52/3)^2 + (29-52/3)^2) / 2)
    m2 = 52 / 3
    sd2 = math.sqrt(((8 - m2) ** 2 + (15 - m2) ** 2 + (29 - m2) ** 2) / 2)
    d_av = (-8 / 3) / ((10 + sd2) / 2)
    assert s["d_av"] == pytest.approx(d_av, abs=1e-12)
    assert s["g_av"] == pytest.approx(j * d_av, abs=1e-12)
    assert s["g_av_ci_low"] == pytest.approx(j * s["d_av_ci_low"], abs=1e-12)
    assert s["g_av_ci_high"] == pytest.approx(j * s["d_av_ci_high"], abs=1e-12)
    assert s["g_av_ci_high"] != pytest.approx(s["d_av_ci_high"])


def test_percentages_are_of_the_classified_clients():
    from casekit.instruments import Instrument

    # 5 pairs; clinical norms 30 (10), r .5 -> S_diff 10, threshold 19.6. One client has
    # no reliability... instead: a fixed cutoff of 100 (given), and 4 of 5 reliable drops.
    one = {
        "x": Instrument(
            id="x",
            name="x",
            citation="t",
            items=0,
            response_min=None,
            response_max=None,
            reverse=(),
            higher_is_worse=True,
            scoring="sum",
            max_missing=0,
            reliability=0.5,
            score_min=None,
            score_max=None,
            norms={"clinical": {"mean": 30.0, "sd": 10.0, "source": "t"}},
        )  # fmt: skip
    }
    rows = []
    for k, (a, b) in enumerate([(60, 30), (60, 35), (60, 39), (60, 50), (60, 61)]):
        rows += [(f"C{k}", "x", "pre", a), (f"C{k}", "x", "post", b)]
    rows += [("C9", "x", "pre", 60)]  # pre only: not a pair, not in any percentage
    scores = pd.DataFrame(rows, columns=["client_id", "instrument", "timepoint", "score"])
    row = cohort_summary(scores, instruments=one, min_n=5).iloc[0]
    # diffs -30, -25, -21, -10, +1: three beyond -19.6 -> improved 3 of 5 = 60 %
    assert row["n_improved"] == 3 and row["n_unchanged"] == 2
    assert row["pct_improved"] == pytest.approx(60.0) and row["pct_unchanged"] == 40.0
    # with a fixed cutoff no client has no class; drop the cutoff to make two unclassifiable
    ch = __import__("casekit").change(scores, instruments=one)
    ch.loc[ch["client_id"].isin(["C3", "C4"]), "clinical_status"] = pd.NA
    row = cohort_summary(scores, instruments=one, min_n=5, changes=ch).iloc[0]
    # 3 classified, all improved: 100 % of the classified (not 60 % of the 5 pairs)
    assert row["n_not_classified"] == 2 and row["pct_improved"] == pytest.approx(100.0)


if __name__ == "__main__":  # the SciPy version check: run with any interpreter
    import scipy

    for name, fn in list(globals().items()):
        if name.startswith("test_wilcoxon") and callable(fn):
            marks = getattr(fn, "pytestmark", [])
            args = [m.args for m in marks if m.name == "parametrize"]
            if args:
                for value in args[0][1]:
                    fn(value)
            else:
                fn()
    print(f"Wilcoxon checks pass on SciPy {scipy.__version__}")


def test_small_sd_of_differences_still_gives_t_and_d_z():
    # d = -0.1, -0.2, -0.3: mean -0.2, sd 0.1, t = -0.2 / (0.1 / sqrt 3) = -3.4641
    s = paired_statistics([10.0, 10.0, 10.0], [9.9, 9.8, 9.7])
    assert s["t"] == pytest.approx(-0.2 / (0.1 / math.sqrt(3)))
    assert s["d_z"] == pytest.approx(-2.0)
    # s_av = (0 + 0.1) / 2 = 0.05 -> d_av = -0.2 / 0.05 = -4
    assert s["d_av"] == pytest.approx(-4.0)


def test_d_z_ci_switches_to_the_normal_formula_above_2000_pairs():
    from scipy import optimize, stats

    rng = np.random.default_rng(5)
    for n, exact in ((2000, True), (2001, False)):
        pre = rng.normal(50, 10, n)
        post = pre + rng.normal(-2, 10, n)
        s = paired_statistics(pre, post)
        d = post - pre
        dz = d.mean() / d.std(ddof=1)
        if exact:  # noncentral t inverted (Cumming & Finch 2001), found here independently
            t_obs = dz * math.sqrt(n)
            lam = optimize.brentq(
                lambda x, t_obs=t_obs, n=n: stats.nct.cdf(t_obs, n - 1, x) - 0.975,
                t_obs - 10, t_obs + 10, xtol=1e-12,
            )  # fmt: skip
            assert s["d_z_ci_low"] == pytest.approx(lam / math.sqrt(n), abs=1e-9)
        else:
            half = stats.norm.ppf(0.975) * math.sqrt(1 / n + dz**2 / (2 * n))
            assert s["d_z_ci_low"] == pytest.approx(dz - half, abs=1e-12)
