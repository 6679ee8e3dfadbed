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
    # column totals 22, 22, 24; grand total 68. Primary: A.b = 3, C.a = 2.
    # Hiding the rectangle A.a, A.b, C.a, C.b leaves one degree of freedom t:
    # A.a = 12 + t, A.b = 3 - t, C.a = 2 - t, C.b = 9 + t, all >= 0, so t in [-9, 2]:
    # A.b in [1, 12], C.a in [0, 11], A.a in [3, 14], C.b in [0, 11]: every width 11 >= 5.
    # Fewer cells cannot work: a blank alone in its row or column is the total minus the
    # rest, and a rectangle is the smallest set with two blanks in each of its lines.
    # Of the rectangles through A.b and C.a, this one has the smallest cost (1 + count).
    t = pd.DataFrame({"a": [12, 8, 2], "b": [3, 10, 9], "c": [6, 7, 11]}, index=list("ABC"))
    out = suppress(t, ["a", "b", "c"], k=5)
    assert _cells(out, ["a", "b", "c"]) == [[None, None, 6], [8, 10, 7], [None, None, 11]]
    mask = suppression_mask(t, ["a", "b", "c"], k=5)
    assert mask.to_dict("list") == {
        "a": ["complementary", "", "primary"],
        "b": ["primary", "", "complementary"],
        "c": ["", "", ""],
    }
    assert out.loc["A", "suppressed_cells"] == "a (complementary); b (fewer than 5)"
    assert pd.isna(out.loc["B", "suppressed_cells"])
    assert out.attrs["suppressed_totals"] == {"rows": [], "columns": [], "grand": False}
    # the input is not changed
    assert t.loc["A", "b"] == 3


def test_total_would_give_back_the_blank_without_complementary_suppression():
    # one row, total published: 4 + 10 + 16 = 30. Blanking only the 4 would let a
    # reader compute 30 - 10 - 16 = 4; the 10 goes too: x + y = 14, x in [0, 14].
    t = pd.DataFrame({"x": [4], "y": [10], "z": [16]})
    out = suppress(t, ["x", "y", "z"], k=5, column_total=False)
    assert _cells(out, ["x", "y", "z"]) == [[None, None, 16]]
    # without a published total the primary blank is enough
    alone = suppress(t, ["x", "y", "z"], k=5, row_total=False, column_total=False)
    assert _cells(alone, ["x", "y", "z"]) == [[None, 10, 16]]


def test_two_small_blanks_that_add_up_to_a_small_cell():
    # 1 and 2 are both primary, but a + b = 3 pins each to [0, 3] (width 3 < 5), so the
    # cheapest cell that widens them (20) joins: a + b + c = 23, a in [0, 23].
    t = pd.DataFrame({"a": [1], "b": [2], "c": [20], "d": [30]})
    out = suppress(t, list("abcd"), k=5, column_total=False)
    assert _cells(out, list("abcd")) == [[None, None, None, 30]]


def test_zeros_are_published_and_a_zero_cannot_hide_a_cell():
    # hiding the 0 with the 3 would leave a + b = 3; only the 10 widens b: b + c = 13.
    t = pd.DataFrame({"a": [0], "b": [3], "c": [10]})
    out = suppress(t, list("abc"), k=5, column_total=False)
    assert _cells(out, list("abc")) == [[0, None, None]]


def test_issue_counterexample_totals_pinned_a_blank():
    # issue 12: with the old rule, row 2 col b = 3 followed from the totals.
    t = pd.DataFrame(
        [[15, 0, 6, 5], [6, 5, 6, 6], [9, 3, 2, 4], [5, 3, 9, 6]], columns=list("abcd")
    )
    out = suppress(t, list("abcd"), k=5)
    assert out["b"].isna()[2]
    cells = t.to_numpy(dtype=float)
    shown = out[list("abcd")].to_numpy(dtype=float, na_value=np.nan)
    # an independent check by hand of one thing the old rule got wrong: no visible row or
    # column holds exactly one blank (that blank would be its total minus the rest)
    blank = np.isnan(shown)
    assert all(line.sum() != 1 for line in list(blank) + list(blank.T))
    assert np.array_equal(shown[~blank], cells[~blank])


def test_a_small_total_is_a_small_cell():
    # one row 2 + 1 + 0 = 3 clients: the total 3 is itself small, so it must not be
    # published (attrs), and both small cells are blank.
    t = pd.DataFrame({"a": [2], "b": [1], "c": [0]})
    out = suppress(t, list("abc"), k=5, column_total=False)
    assert _cells(out, list("abc")) == [[None, None, 0]]
    assert out.attrs["suppressed_totals"] == {"rows": [0], "columns": [], "grand": True}


def test_totals_that_pin_a_blank_are_blanked_and_named():
    # a b with a zero row: column total a = 3 is small; column b's total 5 and the zero
    # row fix b's top cell to 5, and then the row total 8 fixes a to 3. No set of cells
    # can help (the other cells are known zeros), so column total b must go too.
    t = pd.DataFrame({"a": [3, 0], "b": [5, 0]})
    out = suppress(t, ["a", "b"], k=5)
    assert _cells(out, ["a", "b"]) == [[None, None], [0, 0]]
    assert out.attrs["suppressed_totals"] == {"rows": [], "columns": ["a", "b"], "grand": False}


def test_missing_counts_are_refused():
    t = pd.DataFrame({"a": [NA, 10, 20], "b": [NA, 12, 30]}, index=list("ABC"), dtype="Int64")
    with pytest.raises(ck.ParameterError, match=r"Column 'a', row 'A' is missing"):
        suppress(t, ["a", "b"], k=5)


def test_nothing_small_nothing_changed():
    t = pd.DataFrame({"a": [5, 6], "b": [7, 0]})
    out = suppress(t, ["a", "b"], k=5)
    assert _cells(out, ["a", "b"]) == [[5, 7], [6, 0]]
    assert out["suppressed_cells"].isna().all()


def test_k_and_level_are_configurable():
    t = pd.DataFrame({"a": [9], "b": [30]})
    assert _cells(suppress(t, ["a", "b"], k=10, column_total=False), ["a", "b"]) == [[None, None]]
    assert _cells(suppress(t, ["a", "b"], k=3, column_total=False), ["a", "b"]) == [[9, 30]]
    # level: 2 + 3 = 5 in one row of total 5 + 40: a in [0, 5] is wide enough for level 5,
    # not for level 6, which needs the 40 as well
    t = pd.DataFrame({"a": [2], "b": [3], "c": [40]})
    five = suppress(t, list("abc"), k=5, column_total=False, level=5)
    assert _cells(five, list("abc")) == [[None, None, 40]]
    six = suppress(t, list("abc"), k=5, column_total=False, level=6)
    assert _cells(six, list("abc")) == [[None, None, None]]


def test_int64_numpy_counts():
    t = pd.DataFrame({"a": np.array([3, 9], dtype=np.int64), "b": np.array([7, 8], dtype=np.int64)})
    out = suppress(t, ["a", "b"], k=5)
    assert str(out["a"].dtype) == "Int64"


@pytest.mark.parametrize(
    ("table", "cols", "k", "message"),
    [
        (pd.DataFrame({"a": [1]}), ["b"], 5, r"count column\(s\) b are not in the table"),
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
    # n = 3 < 5 is suppressed whole; with the whole cohort's n published, the next
    # subgroup (8) goes whole too (3 + 8 = 11 can be split any way: each n in [0, 11]).
    # Counts of classes the whole cohort has none of (0) stay 0: they are known zeros.
    # In the 20 group recovered 4 is primary; improved and unchanged are blanked with it.
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
        [None, None, None, 0, 0, 0],
        [None, None, None, 0, 0, 0],
        [None, None, None, 0, 0, 0],
    ]
    # recovered of group c: c's row gives rec + imp + unch = 20; the whole cohort
    # gives rec <= 7, imp <= 10, unch <= 14, so rec in [20 - 10 - 14 -> 0, 7]: width 7.
    assert pd.isna(out.loc[2, "pct_recovered"]) and pd.isna(out.loc[2, "pct_improved"])
    assert out.loc[2, "suppressed_cells"] == (
        "n_recovered (fewer than 5); n_improved (complementary); n_unchanged (complementary)"
    )
    assert out["group"].tolist() == ["a", "b", "c"]  # labels stay


def test_suppress_cohort_counts_across_subgroups():
    # two subgroups of 22 and 30, nothing small in n.
    #            rec imp unch det
    #   g1         4  11    7   0
    #   g2         9   8   11   2
    #   whole     13  19   18   2     (n 52; reliably improved 32, reliably deteriorated 2)
    # The whole cohort (one row with its n and its reliable-change subtotals) hides det 2
    # and its subtotal 2 (small); det = 52 - 13 - 19 - 18 would give it back, so unch
    # 18 goes too (rec and imp cannot help: their subtotal 32 is published).
    # Below it: g1 rec 4 and g2 det 2 are primary; g1 unch and g2 rec complementary.
    # By hand, with t = g1 rec: g1 unch = 11 - t (row g1), g2 rec = 13 - t (rec total),
    # g2 det = 30 - 8 - 11 - (13 - t) = t - 2 (row g2); all >= 0 gives t in [2, 11]:
    # g1 rec in [2, 11], g2 det in [0, 9], whole unch = 22 - t in [11, 20] (widths 9).
    summary = _summary([("g1", 22, (4, 11, 7, 0, 0, 0)), ("g2", 30, (9, 8, 11, 2, 0, 0))])
    out = suppress_cohort(summary, k=5)
    assert out["n"].tolist() == [22, 30] and not out["suppressed"].any()
    assert _cells(out, list(CHANGE_COUNT_COLUMNS)) == [
        [None, 11, None, 0, 0, 0],
        [None, 8, 11, None, 0, 0],
    ]
    # a subgroup's subtotal only where both its parts are shown
    assert out["n_reliably_improved"].isna().all()
    assert out["n_reliably_deteriorated"].tolist()[0] == 0
    whole = suppress_cohort(_summary([("all", 52, (13, 19, 18, 2, 0, 0))]), k=5)
    assert _cells(whole, list(CHANGE_COUNT_COLUMNS)) == [[13, 19, None, None, 0, 0]]
    assert whole["n_reliably_improved"].tolist() == [32]
    assert whole["n_reliably_deteriorated"].isna().all()


def test_suppress_cohort_int64_counts():
    # issue 12: numpy int64 counts raised TypeError when a cell was blanked
    summary = _summary([("g1", 22, (4, 11, 7, 0, 0, 0)), ("g2", 30, (9, 8, 11, 2, 0, 0))])
    for c in ["n", *CHANGE_COUNT_COLUMNS]:
        summary[c] = summary[c].astype("int64")
    out = suppress_cohort(summary, k=5)
    assert out["n_recovered"].isna().tolist() == [True, True]
    assert str(out["n"].dtype) == "Int64"


def test_suppress_cohort_blanks_percentages_that_give_a_blank_back():
    # n_not_classified hidden: pct_x = n_x / (n - n_not_classified) would give it back
    summary = _summary([("g1", 30, (10, 10, 6, 0, 0, 4)), ("g2", 30, (10, 10, 6, 0, 0, 4))])
    out = suppress_cohort(summary, k=5)
    assert out["n_not_classified"].isna().all()
    assert out[[c for c in out.columns if c.startswith("pct_")]].isna().all().all()


def test_suppress_cohort_needs_the_counts_of_small_rows():
    summary = _summary([("g1", 22, (4, 11, 7, 0, 0, 0)), ("g2", 30, (9, 8, 11, 2, 0, 0))])
    summary.loc[0, list(CHANGE_COUNT_COLUMNS)] = pd.NA
    with pytest.raises(ck.ParameterError, match="disclosure=True"):
        suppress_cohort(summary, k=5)


@pytest.fixture(scope="module")
def demo():
    cb = ck.load_casebook(Path(__file__).parents[1] / "data" / "demo")
    return cb, ck.cohort_summary(cb, by="cohort", min_n=1)


def test_suppress_cohort_on_real_cohort_output(demo):
    # the demo cohort by cohort year: after suppression no published count is 1..4,
    # and suppression never invents numbers (the LP audit is in test_disclosure_audit.py)
    cb, raw = demo
    out = suppress_cohort(raw, k=5)
    counts = (
        out[list(CHANGE_COUNT_COLUMNS)].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    )
    assert not ((counts > 0) & (counts < 5)).any()
    shown = out[~out["suppressed"]]
    assert not ((shown["n"] > 0) & (shown["n"] < 5)).any()
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
