"""Cohort statistics: paired t and Wilcoxon on Claus et al. (2020) against
scipy, effect sizes and their CIs by hand, suppression, subgroups, Cronbach's
alpha with Feldt's CI by hand."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats

import casekit as ck
from casekit.cohort import (
    COHORT_COLUMNS,
    age_band,
    cohort_summary,
    cronbach_alpha,
    paired_statistics,
    reliability_summary,
)
from casekit.errors import ParameterError
from casekit.instruments import Instrument

REF = Path(__file__).parent / "data" / "reference"
DATA = Path(__file__).parent / "data"


def totals_only(iid, hiw=True, r=0.8):
    return {
        iid: Instrument(
            id=iid,
            name=iid,
            citation="test",
            items=0,
            response_min=None,
            response_max=None,
            reverse=(),
            higher_is_worse=hiw,
            scoring="sum",
            max_missing=0,
            reliability=r,
            score_min=None,
            score_max=None,
        )  # fmt: skip
    }


def claus(column):
    raw = pd.read_csv(REF / "claus_2020_depression.csv")
    part = raw[raw["time"].isin([1, 4])]
    scores = pd.DataFrame(
        {
            "client_id": part["id"].astype(str),
            "instrument": column,
            "timepoint": np.where(part["time"] == 1, "pre", "post"),
            "score": part[column],
        }
    )
    clients = raw[raw["time"] == 1][["id", "sex", "treatment"]].assign(
        client_id=lambda d: d["id"].astype(str)
    )
    return scores, clients


@pytest.mark.parametrize("column", ["hamd", "bdi"])
def test_claus_2020_matches_scipy(column):
    scores, _ = claus(column)
    row = cohort_summary(scores, instruments=totals_only(column)).iloc[0]
    wide = scores.pivot(index="client_id", columns="timepoint", values="score").dropna()
    pre, post = wide["pre"].to_numpy(), wide["post"].to_numpy()
    ref = stats.ttest_rel(post, pre)
    assert row["n"] == len(wide)
    assert row["t"] == pytest.approx(ref.statistic) and row["p_t"] == pytest.approx(ref.pvalue)
    ci = ref.confidence_interval(0.95)
    assert row["diff_ci_low"] == pytest.approx(ci.low)
    assert row["diff_ci_high"] == pytest.approx(ci.high)
    w = stats.wilcoxon(post, pre)
    assert row["wilcoxon_w"] == w.statistic and row["p_wilcoxon"] == pytest.approx(w.pvalue)
    # W by hand: ranks of |d| (zeros dropped), the smaller of the two rank sums
    d = post - pre
    d = d[d != 0]
    ranks = stats.rankdata(np.abs(d))
    assert row["wilcoxon_w"] == min(ranks[d > 0].sum(), ranks[d < 0].sum())
    assert row["mean_diff"] == pytest.approx(d.sum() / len(wide))


def test_claus_2020_hamd_n_and_missing_posts():
    # 43 patients; 40 have both the first and the fourth HAMD (3 lack time 4)
    row = cohort_summary(*claus("hamd")[:1], instruments=totals_only("hamd")).iloc[0]
    assert (row["n"], row["n_pre_only"], row["n_post_only"]) == (40, 3, 0)


PRE = [10, 12, 14, 16, 18]
POST = [8, 11, 11, 15, 14]


def test_effect_sizes_by_hand():
    s = paired_statistics(PRE, POST)
    # d = -2, -1, -3, -1, -4: mean -2.2, sd sqrt(6.8 / 4) = 1.303840
    assert s["mean_diff"] == pytest.approx(-2.2) and s["sd_diff"] == pytest.approx(1.303840, 1e-6)
    assert s["d_z"] == pytest.approx(-2.2 / 1.303840, 1e-6)  # -1.687316
    # sd_pre = sqrt(40 / 4) = 3.162278; sd_post = sqrt(30.8 / 4) = 2.774887
    assert s["sd_pre"] == pytest.approx(3.162278, 1e-6)
    assert s["sd_post"] == pytest.approx(2.774887, 1e-6)
    s_av = (3.162278 + 2.774887) / 2  # 2.968582
    assert s["d_av"] == pytest.approx(-2.2 / s_av, 1e-6)  # -0.741095
    # J = 1 - 3 / (4 df - 1), df = n - 1 = 4: 1 - 3 / 15 = 0.8
    assert s["g_av"] == pytest.approx(0.8 * -2.2 / s_av, 1e-6)  # -0.592876
    # mean difference CI: -2.2 +/- t(.975, 4) 1.303840 / sqrt 5 (t = 2.776445)
    half = 2.776445 * 1.303840 / math.sqrt(5)
    assert s["diff_ci_low"] == pytest.approx(-2.2 - half, 1e-5)
    assert s["diff_ci_high"] == pytest.approx(-2.2 + half, 1e-5)


def test_d_z_ci_inverts_the_noncentral_t():
    s = paired_statistics(PRE, POST)
    t_obs = s["d_z"] * math.sqrt(5)
    # the limits are the noncentrality parameters that put t_obs at the 97.5th and
    # 2.5th percentile (Cumming & Finch 2001), divided by sqrt(n)
    assert stats.nct.cdf(t_obs, 4, s["d_z_ci_low"] * math.sqrt(5)) == pytest.approx(0.975)
    assert stats.nct.cdf(t_obs, 4, s["d_z_ci_high"] * math.sqrt(5)) == pytest.approx(0.025)
    # d_av's interval is the same one rescaled by sd(d) / s_av (Algina & Keselman 2003)
    ratio = s["sd_diff"] / ((s["sd_pre"] + s["sd_post"]) / 2)
    assert s["d_av_ci_low"] == pytest.approx(s["d_z_ci_low"] * ratio)
    assert s["d_av_ci_high"] == pytest.approx(s["d_z_ci_high"] * ratio)
    assert s["g_av_ci_low"] == pytest.approx(0.8 * s["d_av_ci_low"])
    assert s["d_z_ci_low"] < s["d_z"] < s["d_z_ci_high"]


def test_large_n_uses_a_close_normal_approximation():
    rng = np.random.default_rng(1)
    pre = rng.normal(50, 10, 3000)
    post = pre + rng.normal(-2, 10, 3000)
    s = paired_statistics(pre, post)
    t_obs = s["d_z"] * math.sqrt(3000)
    # exact limit for comparison, found here by scipy's root finder on the nct cdf
    from scipy.optimize import brentq

    lam = brentq(lambda x: stats.nct.cdf(t_obs, 2999, x) - 0.975, t_obs - 10, t_obs + 10)
    assert s["d_z_ci_low"] == pytest.approx(lam / math.sqrt(3000), abs=2e-3)
    # and exactly the documented normal formula d_z +/- 1.96 sqrt(1/n + d_z^2 / (2n)),
    # with d_z recomputed here from the data
    d = post - pre
    dz = d.mean() / d.std(ddof=1)
    half = stats.norm.ppf(0.975) * math.sqrt(1 / 3000 + dz**2 / 6000)
    assert s["d_z_ci_low"] == pytest.approx(dz - half, abs=1e-12)
    assert s["d_z_ci_high"] == pytest.approx(dz + half, abs=1e-12)


def test_no_variation_gives_nan_not_an_error():
    s = paired_statistics([5, 5, 5], [4, 4, 4])
    assert s["mean_diff"] == -1 and np.isnan(s["t"]) and np.isnan(s["d_z"])


def test_suppression_keeps_the_row():
    scores = pd.DataFrame(
        {
            "client_id": ["a", "a", "b", "b", "c", "c", "d", "d"],
            "instrument": "x",
            "timepoint": ["pre", "post"] * 4,
            "score": [30, 20, 28, 25, 31, 30, 29, 10],
        }
    )
    out = cohort_summary(scores, instruments=totals_only("x"))
    row = out.iloc[0]
    assert len(out) == 1 and row["suppressed"] and row["n"] == 4
    assert pd.isna(row["mean_diff"]) and pd.isna(row["n_recovered"]) and pd.isna(row["d_z"])
    assert row["suppressed_reason"] == (
        "fewer than 5 clients with both pre and post scores (n = 4)"
    )
    shown = cohort_summary(scores, instruments=totals_only("x"), min_n=4).iloc[0]
    assert not shown["suppressed"] and shown["mean_diff"] == pytest.approx(-8.25)


def test_change_counts_match_clinicalsignificance():
    # Claus et al. (2020) BDI-II 1 -> 4, r = .801, functional norms 7.69 / 7.52: the R
    # package clinicalsignificance 3.0.0 publishes (JT, cutoff c = 21.02) 10 recovered,
    # 8 improved, 22 unchanged, 0 deteriorated, 0 harmed of 40 pairs
    scores, _ = claus("bdi")
    bdi = totals_only("bdi", r=0.801)
    bdi["bdi"].norms["functional"] = {"mean": 7.69, "sd": 7.52, "source": "Claus 2020"}
    row = cohort_summary(scores, instruments=bdi).iloc[0]
    published = {"recovered": 10, "improved": 8, "unchanged": 22, "deteriorated": 0, "harmed": 0}
    for status, count in published.items():
        assert row[f"n_{status}"] == count
        assert row[f"pct_{status}"] == pytest.approx(100 * count / 40)
    assert row["n_not_classified"] == 0 and pd.isna(row["not_classified_reason"])
    scores, _ = claus("hamd")
    # without a reliability nobody can be classified, and the summary says why
    row = cohort_summary(scores, instruments=totals_only("hamd", r=None)).iloc[0]
    assert row["n_not_classified"] == 40 and pd.isna(row["pct_improved"])
    assert "no reliability known for hamd" in row["not_classified_reason"]


def test_by_clients_columns_and_suppression_per_cell():
    scores, clients = claus("hamd")
    out = cohort_summary(
        scores, instruments=totals_only("hamd"), by=["treatment", "sex"], clients=clients, min_n=10
    )
    assert list(out.columns[:4]) == ["instrument", "scale", "treatment", "sex"]
    assert list(out.columns[4:]) == COHORT_COLUMNS
    assert out["n"].sum() == 40
    small = out[out["n"] < 10]
    assert small["suppressed"].all() and small["mean_diff"].isna().all()
    assert (~out.loc[out["n"] >= 10, "suppressed"]).all()


@pytest.mark.parametrize(
    "age, band",
    [(59, "<60"), (60, "60-64"), (64, "60-64"), (65, "65-69"), (84, "80-84"), (85, "85+")]
    + [(101, "85+"), (None, "(missing)")],
)
def test_age_bands(age, band):
    assert age_band(pd.Series([age], dtype="Int64")).tolist() == [band]


def test_by_age_band_and_errors():
    scores, _ = claus("hamd")
    clients = pd.DataFrame(
        {"client_id": [str(i) for i in range(1, 44)], "age_at_intake": [62] * 20 + [77] * 23}
    )
    out = cohort_summary(scores, instruments=totals_only("hamd"), by="age_band", clients=clients)
    assert out["age_band"].tolist() == ["60-64", "75-79"]
    with pytest.raises(ParameterError, match="need the clients table"):
        cohort_summary(scores, instruments=totals_only("hamd"), by="sex")
    with pytest.raises(ParameterError, match="are not in clients.csv"):
        cohort_summary(scores, instruments=totals_only("hamd"), by="shoe", clients=clients)
    with pytest.raises(ParameterError, match="min_n must be"):
        cohort_summary(scores, instruments=totals_only("hamd"), min_n=0)


UCLA3 = [[1, 1, 2], [2, 2, 2], [3, 2, 3], [1, 2, 1], [3, 3, 3], [2, 1, 2], [None, 1, 1]]


def ucla3_responses():
    frame = pd.DataFrame(
        {
            "client_id": [f"c{i}" for i in range(len(UCLA3))],
            "instrument": "ucla_3",
            "timepoint": "pre",
        }
    )
    for j in range(3):
        frame[f"q{j + 1}"] = pd.array([r[j] for r in UCLA3], dtype="Int64")
    return frame


def test_cronbach_alpha_and_feldt_ci_by_hand():
    res = cronbach_alpha(ucla3_responses(), "ucla_3", "pre")
    x = np.array(UCLA3[:6], dtype=float)  # the last row has a blank: listwise deleted
    c = np.cov(x, rowvar=False)
    # alpha = k / (k - 1) (1 - trace(C) / sum(C)) with k = 3
    alpha = 1.5 * (1 - np.trace(c) / c.sum())
    assert (res["n"], res["k"]) == (6, 3)
    assert res["alpha"] == pytest.approx(alpha)
    # Feldt (1965): df1 = n - 1 = 5, df2 = (n - 1)(k - 1) = 10
    assert res["ci_low"] == pytest.approx(1 - (1 - alpha) * stats.f.ppf(0.975, 5, 10))
    assert res["ci_high"] == pytest.approx(1 - (1 - alpha) * stats.f.ppf(0.025, 5, 10))
    assert res["ci_low"] < res["alpha"] < res["ci_high"]


def test_reliability_summary_per_instrument_and_timepoint():
    out = reliability_summary(ucla3_responses())
    assert out[["instrument", "timepoint", "scale"]].values.tolist() == [["ucla_3", "pre", "total"]]
    assert out["alpha"].iloc[0] == pytest.approx(
        cronbach_alpha(ucla3_responses(), "ucla_3")["alpha"]
    )


def test_alpha_errors():
    with pytest.raises(ParameterError, match="has no scale 'social'"):
        cronbach_alpha(ucla3_responses(), "ucla_3", scale="social")


def test_through_the_loader():
    cb = ck.load_casebook(DATA / "scoring_basic")
    out = ck.cohort_summary(cb, by="age_band", min_n=1)
    ucla = out[(out.instrument == "ucla_ls3")]
    # K01 (67) has both; K02 (72) only a prorated pre score
    assert ucla["age_band"].tolist() == ["65-69", "70-74"]
    assert ucla["n"].tolist() == [1, 0] and ucla["n_pre_only"].tolist() == [0, 1]
    assert ucla["mean_diff"].tolist()[0] == -2.0
    rel = ck.reliability_summary(cb)
    assert set(rel["instrument"]) == {"ucla_ls3", "djg_6"}
