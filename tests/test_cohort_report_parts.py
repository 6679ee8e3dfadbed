"""The cohort report's breakdowns and charts, checked against counts made here.

Expected counts are computed in the tests from the clients' pre and post scores
with the definitions of Jacobson & Truax (1991): reliable improvement when the
RCI is beyond -z (higher is worse), recovery when also pre is in the clinical
range (>= cutoff) and post in the functional range (< cutoff). They are not
taken from cohort_summary or the figure code.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import casekit as ck
from casekit.disclosure import CHANGE_COUNT_COLUMNS, hidden_classes, suppress_cohort
from casekit.figures.jacobson import jacobson
from casekit.figures.transitions import clinical_transitions, transition_chart
from casekit.reports.breakdowns import breakdown_frames

DEMO = Path(__file__).parents[1] / "data" / "demo"


@pytest.fixture(scope="module")
def demo():
    cb = ck.load_casebook(DEMO)
    scores = ck.score(cb)
    changes = ck.change(scores, instruments=cb.instruments)
    rows = changes[(changes["instrument"] == "ucla_ls3") & (changes["scale"] == "total")]
    rows = rows[rows["pre"].notna() & rows["post"].notna()]
    return cb, scores, changes, rows


def _classes(rows):
    """Jacobson & Truax classes from pre, post, rci, z and cutoff (UCLA: higher is worse)."""
    pre, post = rows["pre"].to_numpy(float), rows["post"].to_numpy(float)
    rci, z = rows["rci"].to_numpy(float), rows["z"].to_numpy(float)
    cut = rows["cutoff"].to_numpy(float)
    better, worse = rci < -z, rci > z
    crossed_down = (pre >= cut) & (post < cut)
    crossed_up = (pre < cut) & (post >= cut)
    return {
        "recovered": int((better & crossed_down).sum()),
        "improved": int((better & ~crossed_down).sum()),
        "unchanged": int((~better & ~worse).sum()),
        "deteriorated": int((worse & ~crossed_up).sum()),
        "harmed": int((worse & crossed_up).sum()),
    }


def test_breakdowns_add_up_and_match_counts_made_here(demo):
    cb, scores, changes, rows = demo
    expected = _classes(rows)
    assert sum(expected.values()) == len(rows) == 68
    # no disclosure control (min_n = 1): every count is shown
    summary = ck.cohort_summary(scores, instruments=cb.instruments, min_n=1)
    one = summary[(summary["instrument"] == "ucla_ls3") & (summary["scale"] == "total")]
    reliable, clinical = breakdown_frames(one, "en")
    r, c = reliable.iloc[0], clinical.iloc[0]
    improved = expected["recovered"] + expected["improved"]
    assert r["Reliably improved"] == str(improved)  # recovered clients are among them
    assert r["No reliable change"] == str(expected["unchanged"])
    assert r["Reliably deteriorated"] == str(expected["deteriorated"] + expected["harmed"])
    assert c.iloc[2:7].tolist() == [str(expected[k]) for k in expected]
    for frame in (reliable, clinical):  # each row adds up to n
        assert sum(int(v) for v in frame.iloc[0, 2:]) == int(frame.iloc[0]["n"]) == 68


def test_breakdowns_under_disclosure_control_never_show_a_hidden_number(demo):
    cb, scores, changes, rows = demo
    safe = ck.cohort_summary(scores, instruments=cb.instruments, disclosure=True)
    by = ck.cohort_summary(scores, by="sex", clients=cb.clients, instruments=cb.instruments,
                           disclosure=True)  # fmt: skip

    def mine(f):
        return f[(f["instrument"] == "ucla_ls3") & (f["scale"] == "total")]

    reliable, clinical = breakdown_frames(mine(by), "en", "sex", whole=mine(safe))
    assert reliable["Group"].tolist() == ["all clients", "female", "male"]
    expected = _classes(rows)
    shown = clinical.iloc[0, 2:7].tolist()
    for value, want in zip(shown, expected.values(), strict=True):
        assert value == "*" or value == str(want)
    assert not any(v.isdigit() and 0 < int(v) < 5 for v in clinical.iloc[:, 2:].to_numpy().ravel())
    # a subtotal is shown only where its table publishes it
    whole = mine(safe).iloc[0]
    if reliable.iloc[0]["Reliably improved"] != "*":
        assert int(reliable.iloc[0]["Reliably improved"]) == (
            expected["recovered"] + expected["improved"]
        )
        assert not pd.isna(whole["n_reliably_improved"])


def test_jacobson_hides_exactly_the_classes_the_table_hides(demo):
    cb, scores, changes, rows = demo
    fig = jacobson(changes, "ucla_ls3", instruments=cb.instruments, min_n=5)
    gone = {tr.meta["status"] for tr in fig.data if tr.meta.get("suppressed")}
    safe = ck.cohort_summary(scores, instruments=cb.instruments, disclosure=True)
    row = safe[(safe["instrument"] == "ucla_ls3") & (safe["scale"] == "total")].iloc[0]
    blank = {c[2:] for c in CHANGE_COUNT_COLUMNS if pd.isna(row[c]) and c != "n_not_classified"}
    assert gone == blank
    counts = {f"n_{k}": v for k, v in _classes(rows).items()}
    assert {c[2:] for c in hidden_classes(counts, 5)} == blank


def test_clinical_transitions_count_the_ranges_here(demo):
    cb, scores, changes, rows = demo
    fig = clinical_transitions(changes, "ucla_ls3", lang="en")
    sankey = fig.data[0]
    pre_c = rows["pre"].to_numpy(float) >= rows["cutoff"].to_numpy(float)
    post_c = rows["post"].to_numpy(float) >= rows["cutoff"].to_numpy(float)
    want = {
        ("clinical range", "clinical range"): int((pre_c & post_c).sum()),
        ("clinical range", "functional range"): int((pre_c & ~post_c).sum()),
        ("functional range", "clinical range"): int((~pre_c & post_c).sum()),
        ("functional range", "functional range"): int((~pre_c & ~post_c).sum()),
    }
    labels = [lab.rsplit(" (", 1)[0] for lab in sankey.node.label]
    got = {
        (labels[s], labels[t]): v
        for s, t, v in zip(sankey.link.source, sankey.link.target, sankey.link.value, strict=True)
    }
    assert got == {k: v for k, v in want.items() if v}
    # the demo instrument has no bands: the report draws this chart instead of an empty one
    kind, chart, why = transition_chart(scores, changes, "ucla_ls3", instruments=cb.instruments)
    assert kind == "clinical" and chart.data[0].type == "sankey" and why == ""
    # under disclosure control the demo keeps one flow (clinical to clinical): no chart,
    # and a reason instead of an almost empty drawing
    kind, chart, why = transition_chart(
        scores, changes, "ucla_ls3", instruments=cb.instruments, min_n=5, lang="en"
    )
    assert chart is None and "hidden for confidentiality" in why
    kind, chart, why = transition_chart(scores, changes, "djg_11", instruments=cb.instruments)
    assert kind == "bands" and chart is not None


def test_clinical_transitions_hide_small_flows_and_their_complement(demo):
    cb, scores, changes, rows = demo
    fig = clinical_transitions(changes, "ucla_ls3", lang="en", min_n=5)
    values = list(fig.data[0].link.value) if fig.data else []
    assert all(v >= 5 for v in values)
    # with the cohort's n published, one hidden flow alone would be n minus the rest
    assert fig.layout.meta["hidden_flows"] != 1


def _many(n, seed=5):
    rng = np.random.default_rng(seed)
    pre = rng.integers(20, 81, n)
    post = np.clip(pre - rng.integers(-10, 25, n), 20, 80)
    return pd.DataFrame(
        {
            "client_id": [f"C{i:06d}" for i in range(n)],
            "instrument": "ucla_ls3",
            "scale": "total",
            "pre": pre,
            "post": post,
            "rci": (post - pre) / 6.0,
            "rc_threshold": 9.2,
            "cutoff": 33.0,
            "clinical_status": np.where(post - pre <= -10, "improved", "unchanged"),
            "higher_is_worse": True,
        }
    )


def test_jacobson_counts_clients_per_score_cell_above_the_threshold():
    frame = _many(5000)
    fig = jacobson(frame, "ucla_ls3", max_points=1000, lang="en")
    assert fig.layout.meta["grouped"] is True
    for tr in fig.data:
        if tr.meta.get("kind") != "class":
            continue
        sub = frame[frame["clinical_status"] == tr.meta["status"]]
        want = sub.groupby(["pre", "post"]).size()  # counted here
        got = pd.Series(
            [int(v) for v in tr.customdata],
            index=pd.MultiIndex.from_arrays([np.array(tr.x), np.array(tr.y)]),
        ).sort_index()
        assert got.sum() == len(sub) == tr.meta["n"]
        assert got.to_dict() == {(float(a), float(b)): v for (a, b), v in want.items()}
    # below the threshold: one point per client
    small = jacobson(frame.iloc[:500], "ucla_ls3", max_points=1000)
    assert sum(len(tr.x) for tr in small.data if tr.meta.get("kind") == "class") == 500


def test_jacobson_page_size_does_not_grow_with_clients():
    import plotly.io as pio

    sizes = [len(pio.to_json(jacobson(_many(n), "ucla_ls3"))) for n in (10_000, 100_000)]
    assert sizes[1] < 1.2 * sizes[0] and sizes[1] < 400_000
    frame = _many(20_000)
    fig = jacobson(frame, "ucla_ls3", min_n=5, lang="en")  # small cells: "fewer than 5"
    shown = [v for tr in fig.data if tr.meta.get("kind") == "class" for v in tr.customdata]
    assert all(v == "fewer than 5" or int(v) >= 5 for v in shown)
    for tr in fig.data:  # and a small cell's marker has the size of a cell of 5
        if tr.meta.get("kind") == "class" and tr.customdata is not None:
            small = [s for s, v in zip(tr.marker.size, tr.customdata, strict=True) if "fewer" in v]
            assert len(set(small)) <= 1


def test_suppress_cohort_whole_table_matches_hidden_classes():
    counts = (13, 19, 18, 2, 0, 0)
    frame = pd.DataFrame([counts], columns=list(CHANGE_COUNT_COLUMNS))
    frame.insert(0, "n", sum(counts))
    frame.insert(0, "scale", "total")
    frame.insert(0, "instrument", "x")
    out = suppress_cohort(frame, 5)
    blank = {c for c in CHANGE_COUNT_COLUMNS if pd.isna(out.loc[0, c])}
    assert hidden_classes(dict(zip(CHANGE_COUNT_COLUMNS, counts, strict=True)), 5) == blank
