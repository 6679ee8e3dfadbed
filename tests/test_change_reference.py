"""Change statistics against published figures and hand-worked boundaries.

Published reference: the R package clinicalsignificance 3.0.0 (Claus, B. B.,
Wager, J., & Bonnet, U., 2023-2024, CRAN; its vignette "Distribution-based
approach" analyses the ``claus_2020`` data: BDI-II, measurement 1 vs 4,
reliability .801, functional population M 7.69 / SD 7.52). Its printed
summaries: Jacobson-Truax 18 improved / 22 unchanged / 0 deteriorated;
Hageman-Arrindell 25 / 15 / 0; JT with cutoff a: cutoff 19.16, 10 recovered,
8 improved, 22 unchanged, 0 deteriorated, 0 harmed; with cutoff c: 21.02.
The data: Claus, Scherbaum & Bonnet (2020), Psychother. Psychosom. 89(4),
258-260 (tests/data/reference/claus_2020_depression.csv).

Every other expected number here is worked by hand in the comment beside it,
from the formulas of Jacobson & Truax (1991), Hsu (1989), Speer (1992) and
Hageman & Arrindell (1999), never taken from casekit's own output.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from casekit.change import change
from casekit.errors import ParameterError
from casekit.instruments import Instrument

REF = Path(__file__).parent / "data" / "reference"


def inst(iid="x", hiw=True, r=0.8, clinical=None, functional=None, lo=None, hi=None, refs=()):
    norms = {}
    if clinical:
        norms["clinical"] = {"mean": clinical[0], "sd": clinical[1], "source": "test"}
    if functional:
        norms["functional"] = {"mean": functional[0], "sd": functional[1], "source": "test"}
    if refs:
        norms["reference"] = tuple(refs)
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
            score_min=lo,
            score_max=hi,
            norms=norms,
        )  # fmt: skip
    }


def frame(pairs, iid="x"):
    rows = []
    for k, (a, b) in enumerate(pairs):
        if a is not None:
            rows.append((f"C{k}", iid, "pre", a))
        if b is not None:
            rows.append((f"C{k}", iid, "post", b))
    return pd.DataFrame(rows, columns=["client_id", "instrument", "timepoint", "score"])


# --- Claus et al. (2020) BDI-II, clinicalsignificance 3.0.0 --------------------------
def _claus():
    raw = pd.read_csv(REF / "claus_2020_depression.csv")
    raw = raw[raw["time"].isin([1, 4])].dropna(subset=["bdi"])
    return pd.DataFrame(
        {
            "client_id": raw["id"].astype(str),
            "instrument": "bdi",
            "timepoint": raw["time"].map({1: "pre", 4: "post"}),
            "score": raw["bdi"],
        }
    )


BDI = inst("bdi", r=0.801, functional=(7.69, 7.52), lo=0, hi=63)


def _counts(series, keys):
    got = series.value_counts().to_dict()
    return [int(got.get(k, 0)) for k in keys]


def test_claus_2020_jacobson_truax_matches_clinicalsignificance():
    out = change(_claus(), instruments=BDI, method="JT", cutoff="a")
    # 43 patients, 40 with measurement 1 and 4: M1 and SD1 of those 40 pairs
    assert len(out) == 43 and out["rci"].notna().sum() == 40
    assert out["mean_pre"].iloc[0] == pytest.approx(35.48, abs=0.005)
    assert out["sd_pre"].iloc[0] == pytest.approx(8.16, abs=0.005)
    rc = ["improved", "unchanged", "deteriorated"]
    assert _counts(out["reliable_change"], rc) == [18, 22, 0]
    assert out["cutoff"].iloc[0] == pytest.approx(19.16, abs=0.005)
    classes = ["recovered", "improved", "unchanged", "deteriorated", "harmed"]
    assert _counts(out["clinical_status"], classes) == [10, 8, 22, 0, 0]
    c = change(_claus(), instruments=BDI, method="JT", cutoff="c")
    assert c["cutoff"].iloc[0] == pytest.approx(21.02, abs=0.005)
    assert _counts(c["clinical_status"], classes) == [10, 8, 22, 0, 0]


def test_claus_2020_hageman_arrindell_matches_clinicalsignificance():
    out = change(_claus(), instruments=BDI, method="HA")
    assert _counts(out["reliable_change"], ["improved", "unchanged", "deteriorated"]) == [
        25,
        15,
        0,
    ]


def test_claus_2020_thresholds_are_the_change_needed():
    # client P03 (id 3): 15 -> 5, change -10. Under JT (S_diff from the 40 pairs'
    # SD 8.1586: 8.1586 sqrt(2 x .199) = 5.1470; 1.96 x 5.1470 = 10.088) -10 is not
    # enough; under HA it is "improved", and so its threshold must lie above -10.
    jt = change(_claus(), instruments=BDI, method="JT").set_index("client_id")
    assert jt.loc["3", "diff_for_improved"] == pytest.approx(-10.088, abs=5e-4)
    assert jt.loc["3", "reliable_change"] == "unchanged"
    ha = change(_claus(), instruments=BDI, method="HA").set_index("client_id")
    assert ha.loc["3", "reliable_change"] == "improved"
    assert ha.loc["3", "diff_for_improved"] > -10
    # every verdict agrees with its own threshold
    for out in (jt, ha):
        both = out["rci"].notna()
        d = out.loc[both, "diff"].to_numpy(float)
        imp = d < out.loc[both, "diff_for_improved"].to_numpy(float)
        det = d > out.loc[both, "diff_for_deteriorated"].to_numpy(float)
        assert (imp == (out.loc[both, "reliable_change"] == "improved")).all()
        assert (det == (out.loc[both, "reliable_change"] == "deteriorated")).all()


# --- Hageman & Arrindell, worked by hand (issue 12, item 1) ---------------------------
HA_PAIRS = [(10, 6), (12, 11), (14, 9), (16, 15), (18, 10), (20, None)]


def test_ha_documented_formula_and_a_pre_only_client_changes_nothing():
    # pairs: pre 10..18 (m1 14, s1^2 10), post 6,11,9,15,10 (m2 10.2, s2^2 42.8/4 = 10.7),
    # cov = (-4·-4.2 + -2·.8 + 0 + 2·4.8 + 4·-.2)/4 = 24/4 = 6 (= r12 s1 s2)
    # SE^2 = 10 (1 - .8) = 2; r_xx1 = .8; s2^2 r_xx2 = 10.7 - 2 = 8.7
    # r_DD = (10·.8 + 8.7 - 2·6) / (10 + 10.7 - 2·6) = 4.7 / 8.7 = .540230
    # RC_ID = [d r_DD + (10.2 - 14)(1 - r_DD)] / sqrt(r_DD · 2 · 2)
    rdd = 4.7 / 8.7
    den = math.sqrt(rdd * 4)
    expected = [(d * rdd - 3.8 * (1 - rdd)) / den for d in (-4, -1, -5, -1, -8)]
    assert [round(e, 2) for e in expected] == [-2.66, -1.56, -3.03, -1.56, -4.13]  # issue 12
    out = change(frame(HA_PAIRS), instruments=inst(r=0.8), method="HA")
    assert out["rci"].iloc[:5].to_numpy(float) == pytest.approx(expected, abs=1e-9)
    # the same without the pre-only client: identical
    alone = change(frame(HA_PAIRS[:5]), instruments=inst(r=0.8), method="HA")
    assert alone["rci"].to_numpy(float) == pytest.approx(expected, abs=1e-9)
    # verdicts at 1.65: C0, C2, C4 improved; C1 and C3 (-1.56) unchanged
    assert out["reliable_change"].iloc[:5].tolist() == [
        "improved", "unchanged", "improved", "unchanged", "improved",
    ]  # fmt: skip
    # raw change needed: d = (-1.65 sqrt(4 r_DD) + 3.8 (1 - r_DD)) / r_DD = -1.2557
    need = (-1.65 * den + 3.8 * (1 - rdd)) / rdd
    assert out["diff_for_improved"].iloc[0] == pytest.approx(need, abs=1e-9)
    assert out["diff_for_deteriorated"].iloc[0] == pytest.approx(
        (1.65 * den + 3.8 * (1 - rdd)) / rdd, abs=1e-9
    )
    assert out["rc_threshold"].iloc[0] == pytest.approx(1.65 * den / rdd, abs=1e-9)
    assert pd.isna(out["diff_for_improved"].iloc[5])  # no post score


def test_ha_needs_three_pairs():
    two = change(frame(HA_PAIRS[:2]), instruments=inst(r=0.8), method="HA")
    assert two["rci"].isna().all()
    assert "at least 3 complete pre/post pairs" in two["not_computable"].iloc[0]
    three = change(frame(HA_PAIRS[:3]), instruments=inst(r=0.8), method="HA")
    assert three["rci"].notna().all()


def test_jt_uses_the_complete_pairs_only():
    # pairs pre 10, 20, 30 (M 20, SD 10); a pre-only client at 90 must not count
    pairs = [(10, 10), (20, 20), (30, 30), (90, None)]
    out = change(frame(pairs), instruments=inst(r=0.75), norms="sample")
    assert out["sd_pre"].iloc[0] == 10.0 and out["mean_pre"].iloc[0] == 20.0


# --- GLN / EN thresholds by hand (issue 12, item 3) ---------------------------------
def test_gln_and_en_thresholds_per_client():
    # clinical norms M1 30, SD1 10, r .75 (1 - r = .25, sqrt .5; 1 - r^2 = .4375)
    one = inst(r=0.75, clinical=(30, 10))
    pairs = [(40, 30), (20, 25)]
    gln = change(frame(pairs), instruments=one, method="GLN")
    se_pred = 10 * math.sqrt(0.4375)  # 6.6144
    # band centre (r - 1)(x1 - M1): C0 -.25·10 = -2.5; C1 -.25·-10 = 2.5
    assert gln["rc_threshold"].tolist() == pytest.approx([1.96 * se_pred] * 2)
    assert gln["diff_for_improved"].tolist() == pytest.approx(
        [-2.5 - 1.96 * se_pred, 2.5 - 1.96 * se_pred]
    )
    assert gln["diff_for_deteriorated"].tolist() == pytest.approx(
        [-2.5 + 1.96 * se_pred, 2.5 + 1.96 * se_pred]
    )
    en = change(frame(pairs), instruments=one, method="EN")
    assert en["diff_for_improved"].tolist() == pytest.approx([-2.5 - 1.96 * 5, 2.5 - 1.96 * 5])
    # higher = better: the two sides swap
    better = change(frame(pairs), instruments=inst(hiw=False, r=0.75, clinical=(30, 10)),
                    method="EN")  # fmt: skip
    assert better["diff_for_improved"].tolist() == pytest.approx([-2.5 + 9.8, 2.5 + 9.8])


# --- boundaries (issue 12, item 8) ----------------------------------------------------
def test_rci_exactly_at_z_is_not_reliable():
    # clinical SD 10, r .5: S_diff = 10 sqrt(2 · .5) = 10 exactly; d = -20 -> RCI -2.0
    one = inst(r=0.5, clinical=(50, 10))
    out = change(frame([(60, 40), (60, 39), (40, 60), (40, 61)]), instruments=one, z=2)
    assert out["rci"].tolist() == [-2.0, -2.1, 2.0, 2.1]
    assert out["reliable_change"].tolist() == ["unchanged", "improved", "unchanged",
                                               "deteriorated"]  # fmt: skip


def test_score_exactly_on_the_cutoff_is_not_functional():
    one = inst(r=0.5, clinical=(50, 10))
    # cutoff 30 given; 60 -> 30 is a reliable drop but ends ON the cutoff: improved,
    # not recovered; 60 -> 29 crosses it. 30 -> 60: pre on the cutoff is not functional,
    # so the rise is "deteriorated", not "harmed"; 29 -> 60 is harmed.
    out = change(frame([(60, 30), (60, 29), (30, 60), (29, 60)]), instruments=one, cutoff=30.0)
    assert out["clinical_status"].tolist() == ["improved", "recovered", "deteriorated", "harmed"]
    better = inst(hiw=False, r=0.5, clinical=(50, 10))
    # higher = better, cutoff 60: a score ON the cutoff is not functional either way
    out = change(
        frame([(30, 60), (30, 61), (60, 90), (90, 60), (90, 59)]), instruments=better, cutoff=60.0
    )
    assert out["clinical_status"].tolist() == [
        "improved",  # ends on the cutoff
        "recovered",  # crosses it
        "recovered",  # starts on it (dysfunctional) and ends above
        "harmed",  # falls onto it from the functional side
        "harmed",
    ]


@pytest.mark.parametrize("r", [1.0, 0.0, -0.1, 1.5])
def test_reliability_must_lie_strictly_between_0_and_1(r):
    with pytest.raises(ParameterError, match="between 0 and 1"):
        change(frame([(10, 5), (20, 15), (30, 5)]), instruments=inst(r=None), reliability=r,
               norms="sample")  # fmt: skip


def test_clinical_norms_are_for_the_total_not_subscales():
    one = inst(r=0.75, clinical=(100, 50))
    scores = frame([(10, 5), (20, 15), (30, 5)])
    sub = scores.assign(scale="sub")
    out = change(sub, instruments=one, reliability={("x", "sub"): 0.75}, norms="sample")
    assert out["sd_source"].tolist() == ["sample"] * 3 and out["sd_pre"].iloc[0] == 10.0
    auto = change(sub, instruments=one, reliability={("x", "sub"): 0.75}, min_pairs=3)
    assert auto["sd_source"].tolist() == ["sample"] * 3
    total = change(scores, instruments=one)
    assert total["sd_source"].tolist() == ["clinical"] * 3 and total["sd_pre"].iloc[0] == 50.0


# --- where the SD comes from (issue 10, item 1) ---------------------------------------
REFS = (
    {"id": "young", "mean": 40.0, "sd": 9.0, "reliability": 0.9, "n": 100, "source": "t",
     "default": False},
    {"id": "old", "mean": 30.0, "sd": 7.0, "reliability": 0.8, "n": 50, "source": "t",
     "default": True},
)  # fmt: skip


def test_one_client_uses_the_default_reference_sample():
    out = change(frame([(63, 42)]), instruments=inst(r=0.89, refs=REFS)).iloc[0]
    # old sample: SD 7, r .8 -> S_diff = 7 sqrt(.4) = 4.42719; -21 / 4.42719 = -4.7434
    assert out["sd_source"] == "reference" and out["norms_sample"] == "old"
    assert out["reliability"] == 0.8 and out["sd_pre"] == 7.0
    assert out["rci"] == pytest.approx(-21 / (7 * math.sqrt(0.4)))
    assert out["reliable_change"] == "improved"
    assert pd.isna(out["clinical_status"]) and "clinical population" in out["not_computable"]
    young = change(frame([(63, 42)]), instruments=inst(r=0.89, refs=REFS), norms="young")
    assert young["norms_sample"].iloc[0] == "young" and young["sd_pre"].iloc[0] == 9.0
    with pytest.raises(ParameterError, match="unknown norms 'nope'"):
        change(frame([(63, 42)]), instruments=inst(refs=REFS), norms="nope")


def test_sample_from_min_pairs_on():
    pairs = [(20 + k, 18 + k) for k in range(10)]
    out = change(frame(pairs), instruments=inst(r=0.89, refs=REFS))
    assert out["sd_source"].tolist() == ["sample"] * 10  # 10 pairs: the sample
    nine = change(frame(pairs[:9]), instruments=inst(r=0.89, refs=REFS))
    assert nine["sd_source"].tolist() == ["reference"] * 9  # 9: the published sample
    none = change(frame(pairs[:9]), instruments=inst(r=0.89))
    assert none["rci"].isna().all()
    assert "only 9 complete x pairs (at least 10" in none["not_computable"].iloc[0]
    # one fix, in both languages (issue 10 item 1): a published sample in the definition
    assert "Fix: add [[norms.reference]]" in none["not_computable"].iloc[0]
    assert (
        none["not_computable_id"]
        .iloc[0]
        .startswith(
            "hanya 9 pasangan skor sebelum-sesudah yang lengkap untuk x (SD sampel sendiri "
            "memerlukan minimal 10)"
        )
    )
    assert "Perbaikan: tambahkan [[norms.reference]]" in none["not_computable_id"].iloc[0]
    clinical = change(frame(pairs), instruments=inst(r=0.89, refs=REFS, clinical=(50, 5)))
    assert clinical["sd_source"].tolist() == ["clinical"] * 10


def test_verdicts_do_not_depend_on_threshold_rounding():
    # property: for random data every method's verdict equals the threshold comparison
    rng = np.random.default_rng(12)
    for method in ("JT", "GLN", "EN", "HA"):
        pairs = [(int(a), int(b)) for a, b in rng.integers(10, 60, size=(30, 2))]
        out = change(frame(pairs), instruments=inst(r=0.8), method=method)
        d = out["diff"].to_numpy(float)
        imp = d < out["diff_for_improved"].to_numpy(float) - 1e-9
        det = d > out["diff_for_deteriorated"].to_numpy(float) + 1e-9
        rc = out["reliable_change"]
        assert (rc[imp] == "improved").all() and (rc[det] == "deteriorated").all(), method


def test_parameter_boundaries():
    pairs = frame([(10, 5), (20, 15), (30, 5)])
    with pytest.raises(ParameterError, match="z must be a positive number"):
        change(pairs, instruments=inst(), z=0)
    assert change(pairs, instruments=inst(), z=0.5)["z"].tolist() == [0.5] * 3
    with pytest.raises(ParameterError, match="min_pairs must be a whole number of at least 2"):
        change(pairs, instruments=inst(), min_pairs=1)
    two = change(pairs, instruments=inst(), min_pairs=2)  # 3 pairs >= 2: the sample
    assert two["sd_source"].tolist() == ["sample"] * 3
    three = change(pairs, instruments=inst(), min_pairs=3)
    assert three["sd_source"].tolist() == ["sample"] * 3  # exactly min_pairs pairs
    four = change(pairs, instruments=inst(), min_pairs=4)
    assert four["sd_source"].isna().all() and "only 3 complete x pairs" in four["not_computable"][0]


def test_missing_columns_are_named():
    pairs = frame([(10, 5), (20, 15), (30, 5)])
    with pytest.raises(ParameterError, match="scores needs the columns timepoint, score"):
        change(pairs.drop(columns=["score", "timepoint"]), instruments=inst())


def test_cutoff_on_the_top_of_the_range_is_in_range():
    one = inst(r=0.5, clinical=(50, 10), lo=5, hi=40)
    pairs = frame([(30, 10), (20, 25)])
    assert change(pairs, instruments=one, cutoff=40.0)["cutoff_in_range"].tolist() == [True] * 2
    assert change(pairs, instruments=one, cutoff=40.5)["cutoff_in_range"].tolist() == [False] * 2
    assert change(pairs, instruments=one, cutoff=5.0)["cutoff_in_range"].tolist() == [True] * 2


def test_small_sample_sds_are_used_when_chosen():
    # pre 10, 10.5, 11: SD 0.5 (> 0, < 1) is a valid SD; two pairs (10, 11): SD 0.7071
    out = change(frame([(10, 9), (10.5, 9), (11, 9)]), instruments=inst(r=0.5), norms="sample")
    assert out["sd_pre"].tolist() == pytest.approx([0.5] * 3)
    two = change(frame([(10, 9), (11, 9)]), instruments=inst(r=0.5), norms="sample")
    assert two["sd_pre"].tolist() == pytest.approx([math.sqrt(0.5)] * 2)
    assert two["rci"].notna().all()


def test_constant_pre_scores_give_no_sample_sd():
    out = change(frame([(10, 5), (10, 15), (10, 5)]), instruments=inst(), norms="sample")
    assert out["rci"].isna().all() and out["sd_source"].isna().all()
    assert "fewer than 2 different pre scores" in out["not_computable"][0]
    # from Python the fix names the argument (the command line names --norms auto)
    assert out["not_computable"][0].startswith("norms='sample' but x has")
    assert out["not_computable"][0].endswith("Fix: use norms='auto' (a published sample)")


def test_no_reliability_messages_differ_for_totals_and_subscales():
    scores = frame([(10, 5), (20, 15), (30, 5)])
    total = change(scores, instruments=inst(r=None), norms="sample")["not_computable"][0]
    assert "Fix: add reliability = ... (with its source) to the instrument's definition" in total
    sub = change(scores.assign(scale="emo"), instruments=inst(r=None), norms="sample")
    assert "subscales have none built in" in sub["not_computable"][0]
    assert "reliability={('x', 'emo'): r}" in sub["not_computable"][0]


def test_cutoff_b_needs_only_the_functional_norms():
    # b = M0 + 2 SD0 = 10 + 2 x 5 = 20 (higher = worse); higher = better: 10 - 10 = 0
    one = inst(r=0.5, functional=(10, 5))
    out = change(frame([(30, 10)]), instruments=one, cutoff="b")  # one client, no M1/SD1
    assert out["cutoff"].tolist() == [20.0] and out["cutoff_kind"].tolist() == ["b"]
    better = change(frame([(30, 10)]), instruments=inst(hiw=False, r=0.5, functional=(10, 5)),
                    cutoff="b")  # fmt: skip
    assert better["cutoff"].tolist() == [0.0]


def test_ha_refuses_constant_scores_and_constant_differences():
    flat_post = change(frame([(10, 5), (20, 5), (30, 5)]), instruments=inst(r=0.8), method="HA")
    assert flat_post["rci"].isna().all()
    assert "needs pre and post scores that vary" in flat_post["not_computable"][0]
    flat_pre = change(frame([(10, 5), (10, 6), (10, 9)]), instruments=inst(r=0.8), method="HA")
    assert "needs pre and post scores that vary" in flat_pre["not_computable"][0]
    # every client changes by -3: var(d) = 0, so r_DD is undefined (0 / 0)
    same = change(frame([(10, 7), (20, 17), (30, 27)]), instruments=inst(r=0.8), method="HA")
    assert same["rci"].isna().all() and "r_DD" in same["not_computable"][0]
