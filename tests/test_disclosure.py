"""Small-cell suppression: primary, complementary, and on cohort_summary output.

Every expected table below is worked by hand from the rule in casekit/disclosure.py:
(1) 0 < count < k is suppressed; (2) every published line (row with its total, column
with its total) holding a suppressed cell must hold at least two, adding up to k or
more (cells already missing count as protecting); (3) otherwise its smallest non-zero
visible cell is suppressed too (first on ties; a zero only when nothing else is left);
rows before columns, repeated until nothing changes.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import casekit as ck
from casekit.disclosure import CHANGE_COUNT_COLUMNS, suppress, suppress_cohort, suppression_mask

NA = pd.NA
DATA = Path(__file__).parent / "data"


def _cells(frame, cols):
    return [[None if pd.isna(v) else int(v) for v in row] for row in frame[cols].to_numpy()]


def test_hand_worked_table_with_row_and_column_totals():
    # k = 5          a   b   c    row total
    #   A           12   3   6    21
    #   B            8  10   7    25
    #   C            2   9  11    22
    # primary: A.b = 3, C.a = 2.
    # rows: A has one blank -> its smallest non-zero visible cell, A.c = 6;
    #       C has one blank -> C.b = 9.
    # columns: a holds only C.a -> smallest visible of a: B.a = 8;
    #          b holds A.b, C.b (3 + 9 = 12 >= 5): fine;
    #          c holds only A.c -> smallest visible of c: B.c = 7.
    # second pass: row B now holds B.a, B.c (15): fine; nothing else changes.
    t = pd.DataFrame({"a": [12, 8, 2], "b": [3, 10, 9], "c": [6, 7, 11]}, index=list("ABC"))
    out = suppress(t, ["a", "b", "c"], k=5)
    assert _cells(out, ["a", "b", "c"]) == [[12, None, None], [None, 10, None], [None, None, 11]]
    mask = suppression_mask(t, ["a", "b", "c"], k=5)
    assert mask.to_dict("list") == {
        "a": ["", "complementary", "primary"],
        "b": ["primary", "", "complementary"],
        "c": ["complementary", "complementary", ""],
    }
    assert out.loc["A", "suppressed_cells"] == "b (fewer than 5); c (complementary)"
    assert out.loc["B", "suppressed_cells"] == "a (complementary); c (complementary)"
    # the input is not changed
    assert t.loc["A", "b"] == 3


def test_total_would_give_back_the_blank_without_complementary_suppression():
    # one row, total published: 4 + 10 + 16 = 30. Blanking only the 4 would let a
    # reader compute 30 - 10 - 16 = 4; the 10 goes too.
    t = pd.DataFrame({"x": [4], "y": [10], "z": [16]})
    out = suppress(t, ["x", "y", "z"], k=5, column_total=False)
    assert _cells(out, ["x", "y", "z"]) == [[None, None, 16]]
    # without a published total the primary blank is enough
    alone = suppress(t, ["x", "y", "z"], k=5, row_total=False, column_total=False)
    assert _cells(alone, ["x", "y", "z"]) == [[None, 10, 16]]


def test_two_small_blanks_that_add_up_to_a_small_cell():
    # 1 and 2 are both primary, but together they are 3 < 5 clients, so the
    # smallest visible non-zero cell (20) joins them: 1 + 2 + 20 = 23.
    t = pd.DataFrame({"a": [1], "b": [2], "c": [20], "d": [30]})
    out = suppress(t, list("abcd"), k=5, column_total=False)
    assert _cells(out, list("abcd")) == [[None, None, None, 30]]


def test_zeros_are_published_and_not_used_as_complement():
    t = pd.DataFrame({"a": [0], "b": [3], "c": [10]})
    out = suppress(t, list("abc"), k=5, column_total=False)
    assert _cells(out, list("abc")) == [[0, None, None]]


def test_cells_missing_in_the_input_count_as_blanks():
    # row A is missing already (e.g. a subgroup too small to show). Each column then
    # has one blank, and the column total would give it back: the smallest visible
    # cell of each column (row B) is suppressed. Row B then holds two blanks (22).
    t = pd.DataFrame({"a": [NA, 10, 20], "b": [NA, 12, 30]}, index=list("ABC"), dtype="Int64")
    out = suppress(t, ["a", "b"], k=5)
    assert _cells(out, ["a", "b"]) == [[None, None], [None, None], [20, 30]]
    assert suppression_mask(t, ["a", "b"]).loc["A"].tolist() == ["missing", "missing"]
    assert pd.isna(out.loc["A", "suppressed_cells"])


def test_nothing_small_nothing_changed():
    t = pd.DataFrame({"a": [5, 6], "b": [7, 0]})
    out = suppress(t, ["a", "b"], k=5)
    assert _cells(out, ["a", "b"]) == [[5, 7], [6, 0]]
    assert out["suppressed_cells"].isna().all()


def test_k_is_configurable():
    t = pd.DataFrame({"a": [9], "b": [30]})
    assert _cells(suppress(t, ["a", "b"], k=10, column_total=False), ["a", "b"]) == [[None, None]]
    assert _cells(suppress(t, ["a", "b"], k=3, column_total=False), ["a", "b"]) == [[9, 30]]


@pytest.mark.parametrize(
    ("table", "cols", "k", "message"),
    [
        (pd.DataFrame({"a": [1]}), ["b"], 5, r"count column\(s\) \['b'\] are not in the table"),
        (pd.DataFrame({"a": [1]}), ["a"], 0, "k must be a whole number of at least 1"),
        (pd.DataFrame({"a": [-1]}), ["a"], 5, "must hold counts"),
        (pd.DataFrame({"a": [2.5]}), ["a"], 5, "must hold counts"),
        (pd.DataFrame({"a": ["x"]}), ["a"], 5, "must hold counts"),
    ],
)
def test_errors(table, cols, k, message):
    with pytest.raises(ck.ParameterError, match=message):
        suppress(table, cols, k=k)


def _summary(rows):
    """A cohort_summary-shaped frame: instrument, scale, group, n, counts, pct, flags."""
    recs = []
    for group, n, counts in rows:
        rec = {"instrument": "ucla_ls3", "scale": "total", "group": group, "n": n}
        rec.update(dict(zip(CHANGE_COUNT_COLUMNS, counts, strict=True)))
        classified = sum(counts[:5])
        for c, v in zip(CHANGE_COUNT_COLUMNS[:5], counts[:5], strict=True):
            rec["pct_" + c[2:]] = 100 * v / classified
        rec["mean_diff"] = -1.0
        rec["suppressed"] = False
        rec["suppressed_reason"] = None
        recs.append(rec)
    out = pd.DataFrame(recs)
    for c in ["n", *CHANGE_COUNT_COLUMNS]:
        out[c] = out[c].astype("Int64")
    out["suppressed"] = out["suppressed"].astype("boolean")
    return out


def test_suppress_cohort_small_subgroup_and_its_complement():
    # subgroups of 3, 8 and 20 clients (total 31, published by the whole-cohort row).
    # n = 3 < 5 is suppressed whole; the total 31 would give it back from 8 and 20,
    # so the next smallest subgroup (8) is suppressed whole too (3 + 8 = 11 >= 5).
    # In the 20 group: recovered 4 (primary), so the smallest non-zero visible
    # count of that row, improved 6, goes too (4 + 6 = 10); the columns hold the two
    # whole-suppressed subgroups, which protect them.
    summary = _summary(
        [
            ("a", 3, (1, 1, 1, 0, 0, 0)),
            ("b", 8, (2, 3, 3, 0, 0, 0)),
            ("c", 20, (4, 6, 10, 0, 0, 0)),
        ]
    )
    out = suppress_cohort(summary, k=5)
    assert out["suppressed"].tolist() == [True, True, False]
    assert out["n"].isna().tolist() == [True, True, False]
    assert out["mean_diff"].isna().tolist() == [True, True, False]
    assert out.loc[0, "suppressed_reason"] == "fewer than 5 clients"
    assert out.loc[1, "suppressed_reason"].startswith("complementary")
    assert _cells(out, list(CHANGE_COUNT_COLUMNS)) == [
        [None] * 6,
        [None] * 6,
        [None, None, 10, 0, 0, 0],
    ]
    assert out.loc[2, "pct_unchanged"] == pytest.approx(50.0)
    assert pd.isna(out.loc[2, "pct_recovered"]) and pd.isna(out.loc[2, "pct_improved"])
    assert out.loc[2, "suppressed_cells"] == (
        "n_recovered (fewer than 5); n_improved (complementary)"
    )
    assert out["group"].tolist() == ["a", "b", "c"]  # labels stay


def test_suppress_cohort_counts_across_subgroups():
    # two subgroups of 22 and 30, nothing small in n.
    #            rec imp unch det
    #   g1         4  11    7   0
    #   g2         9   8   11   2
    # rows: g1 -> rec 4 primary, + unch 7; g2 -> det 2 primary, + imp 8 (2 + 8 = 10).
    # columns: rec holds g1 only -> + g2 rec 9; imp holds g2 only -> + g1 imp 11;
    # unch holds g1 only -> + g2 unch 11; det holds g2 (2) only -> g1 det is 0, the only
    # visible cell -> suppressed, but 2 + 0 < 5 still (nothing left to add).
    summary = _summary([("g1", 22, (4, 11, 7, 0, 0, 0)), ("g2", 30, (9, 8, 11, 2, 0, 0))])
    out = suppress_cohort(summary, k=5)
    assert out["n"].tolist() == [22, 30] and not out["suppressed"].any()
    assert _cells(out, list(CHANGE_COUNT_COLUMNS)) == [
        [None, None, None, None, 0, 0],
        [None, None, None, None, 0, 0],
    ]


@pytest.fixture(scope="module")
def demo():
    cb = ck.load_casebook(Path(__file__).parents[1] / "data" / "demo")
    return cb, ck.cohort_summary(cb, by="cohort")


def test_suppress_cohort_on_real_cohort_output(demo):
    # the demo cohort by cohort year: after suppression no published count is 1..4 and
    # every row and column of change counts that holds a blank holds at least two.
    cb, raw = demo
    out = suppress_cohort(raw, k=5)
    counts = (
        out[list(CHANGE_COUNT_COLUMNS)].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    )
    assert not ((counts > 0) & (counts < 5)).any()
    shown = out[~out["suppressed"]]
    assert not ((shown["n"] > 0) & (shown["n"] < 5)).any()
    for _, grp in out.groupby(["instrument", "scale"]):
        blank = grp[list(CHANGE_COUNT_COLUMNS)].isna().to_numpy()
        for line in list(blank) + (list(blank.T) if len(grp) > 1 else []):
            assert line.sum() != 1
    # suppression never invents numbers: visible counts equal the raw ones
    vis = ~np.isnan(counts)
    raw_counts = (
        raw[list(CHANGE_COUNT_COLUMNS)].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    )
    assert np.array_equal(counts[vis], raw_counts[vis])


def test_cohort_summary_disclosure_flag_applies_suppress_cohort(demo):
    cb, plain = demo
    safe = ck.cohort_summary(cb, by="cohort", disclosure=True)
    pd.testing.assert_frame_equal(safe, suppress_cohort(plain, k=5, by="cohort"))
    assert "suppressed_cells" in safe.columns and "suppressed_cells" not in plain.columns
