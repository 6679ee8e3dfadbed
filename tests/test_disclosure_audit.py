"""LP audit of suppress() and suppress_cohort() on many random tables.

The audit is written here from the definition, independently of
casekit/disclosure_audit.py: a reader knows the published cells, the published
totals and that cells are counts >= 0; the feasible interval of a blanked cell
(or blanked total) is [min, max] of it over all such tables, two linear
programs solved by scipy.optimize.linprog (HiGHS). Here the variables are the
table's cells (published ones fixed by their bounds) and each published total
is one equality. To keep this fast, the LPs of many (table, blank) pairs are
stacked as independent blocks of one LP (the optimum of a sum of independent
problems is the sum of their optima, block by block).

Number of random tables: CASEKIT_AUDIT_TABLES (default 1000, about 4 s of CPU; the
suppress_cohort audit runs a sixteenth as many cohort tables). CASEKIT_AUDIT_TABLES=20000
for a long run.
"""

import os

import numpy as np
import pandas as pd
import pytest
from scipy.optimize import linprog
from scipy.sparse import csr_matrix

from casekit.disclosure import CHANGE_COUNT_COLUMNS, suppress_cohort, suppression_mask

TABLES = int(os.environ.get("CASEKIT_AUDIT_TABLES", "1000"))


def _problem(cells, hidden, rows, cols, grand, extra=()):
    """Equalities A x = b over the cells (row-major) for the published totals; ``extra``
    holds further published sums as 0/1 vectors over the cells."""
    n, m = cells.shape
    a, b = [], []
    for vector in extra:
        a.append(vector)
        b.append(float(vector @ cells.ravel()))
    for i in range(n):
        if rows[i]:
            line = np.zeros((n, m))
            line[i] = 1
            a.append(line.ravel())
            b.append(cells[i].sum())
    for j in range(m):
        if cols[j]:
            line = np.zeros((n, m))
            line[:, j] = 1
            a.append(line.ravel())
            b.append(cells[:, j].sum())
    if grand:
        a.append(np.ones(n * m))
        b.append(cells.sum())
    if not a:
        a, b = [np.zeros(n * m)], [0.0]
    lo = np.where(hidden.ravel(), 0.0, cells.ravel())
    big = 10.0 * cells.sum() + 100.0
    hi = np.where(hidden.ravel(), big, cells.ravel())
    return np.array(a), np.array(b), lo, hi, big


def _audit(cases):
    """Width of the feasible interval of every target of every case.

    A case is (cells, hidden cells, published row / column / grand totals,
    targets); a target is a 0/1 vector over the cells (one blanked cell, or the
    cells of a blanked total). Returns the widths (inf when unbounded)."""
    rows, cols, vals = [], [], []
    rhs, lows, highs, objective, bigs = [], [], [], [], []
    r0 = c0 = 0
    for cells, hidden, rows_pub, cols_pub, grand, targets, *extra in cases:
        a, b, lo, hi, big = _problem(cells, hidden, rows_pub, cols_pub, grand, *extra)
        ai, aj = np.nonzero(a)
        for target in targets:  # one independent block per (table, blank)
            rows.append(ai + r0)
            cols.append(aj + c0)
            vals.append(a[ai, aj])
            rhs.append(b)
            lows.append(lo)
            highs.append(hi)
            objective.append(target)
            bigs.append(big)
            r0 += a.shape[0]
            c0 += a.shape[1]
    if not objective:
        return np.array([])
    a_eq = csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(r0, c0)
    )
    b_eq = np.concatenate(rhs)
    bounds = np.column_stack([np.concatenate(lows), np.concatenate(highs)])
    c = np.concatenate(objective)
    ends = np.cumsum([len(o) for o in objective])
    starts = ends - [len(o) for o in objective]
    out = []
    for sense in (1.0, -1.0):
        res = linprog(sense * c, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
        assert res.status == 0, res.message
        out.append([float(o @ res.x[s:e]) for o, s, e in zip(objective, starts, ends, strict=True)])
    low, high = np.array(out[0]), np.array(out[1])
    high = np.where(high >= np.array(bigs) * 0.5, np.inf, high)
    return high - low


def _random_table(rng):
    n, m = int(rng.integers(1, 6)), int(rng.integers(1, 7))
    pool = [0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20, 40]
    cells = rng.choice(pool, size=(n, m)).astype(float)
    if rng.random() < 0.15:  # a zero line
        cells[int(rng.integers(n))] = 0
    k = int(rng.choice([3, 5, 5, 10]))
    row_total = bool(rng.random() < 0.85)
    column_total = bool(rng.random() < 0.85)
    return cells, k, row_total, column_total


def test_lp_audit_of_random_tables():
    rng = np.random.default_rng(20261129)
    cases, levels, seen_blanks = [], [], 0
    for _ in range(TABLES):
        cells, k, row_total, column_total = _random_table(rng)
        n, m = cells.shape
        frame = pd.DataFrame(cells.astype(int), columns=[f"c{j}" for j in range(m)])
        out = suppression_mask(frame, list(frame.columns), k, row_total, column_total, verify=False)
        hidden = out.to_numpy() != ""
        assert not ((cells > 0) & (cells < k) & ~hidden).any()  # every small cell is hidden
        gone = out.attrs["suppressed_totals"]
        rows_sum, cols_sum, total = cells.sum(axis=1), cells.sum(axis=0), cells.sum()
        rows = np.array([row_total and not 0 < r < k for r in rows_sum])
        rows[gone["rows"]] = False
        cols = np.array([column_total and not 0 < c < k for c in cols_sum])
        cols[[int(c[1:]) for c in gone["columns"]]] = False
        grand = (row_total or column_total) and not 0 < total < k and not gone["grand"]
        targets = []
        for i, j in np.argwhere(hidden):
            t = np.zeros((n, m))
            t[i, j] = 1
            targets.append(t.ravel())
        published = [row_total] * n + [column_total] * m + [row_total or column_total]
        shown_totals = list(rows) + list(cols) + [grand]
        for q, (was, now) in enumerate(zip(published, shown_totals, strict=True)):
            if was and not now:  # a blanked total: its interval must be wide too
                t = np.zeros((n, m))
                if q < n:
                    t[q] = 1
                elif q < n + m:
                    t[:, q - n] = 1
                else:
                    t[:] = 1
                targets.append(t.ravel())
        seen_blanks += len(targets)
        cases.append((cells, hidden, rows, cols, grand, targets))
        levels += [k] * len(targets)
    widths = _audit(cases)
    narrow = widths < np.array(levels) - 1e-6
    assert seen_blanks > TABLES  # the tables do have blanks to audit
    assert not narrow.any(), f"{int(narrow.sum())} blanks narrower than k"


def _counts(rows):
    frame = pd.DataFrame(rows, columns=list(CHANGE_COUNT_COLUMNS))
    frame.insert(0, "n", frame.sum(axis=1))
    frame.insert(0, "group", [f"g{i}" for i in range(len(frame))])
    frame.insert(0, "scale", "total")
    frame.insert(0, "instrument", "ucla_ls3")
    return frame


def _cohort_case(out, raw, k):
    """The audit case of a suppress_cohort() output: subgroups x classes, with the
    subgroups' published n as row totals and the whole cohort (suppressed on its own)
    as column totals and grand total."""
    cells = raw[list(CHANGE_COUNT_COLUMNS)].to_numpy(dtype=float)
    shown = out[list(CHANGE_COUNT_COLUMNS)].to_numpy(dtype=float, na_value=np.nan)
    hidden = np.isnan(shown)
    whole = suppress_cohort(_counts([cells.sum(axis=0).astype(int)]), k, verify=False)
    whole_shown = whole[list(CHANGE_COUNT_COLUMNS)].to_numpy(dtype=float, na_value=np.nan)[0]
    rows = out["n"].notna().to_numpy()
    cols = ~np.isnan(whole_shown)
    grand = not 0 < cells.sum() < k
    n, m = cells.shape
    # the whole cohort's reliable-change subtotals, where published
    extra = []
    for name, parts in (
        ("n_reliably_improved", ("n_recovered", "n_improved")),
        ("n_reliably_deteriorated", ("n_deteriorated", "n_harmed")),
    ):
        if whole[name].notna().iloc[0]:
            t = np.zeros((n, m))
            t[:, [CHANGE_COUNT_COLUMNS.index(c) for c in parts]] = 1
            extra.append(t.ravel())
        # a subgroup's subtotal is shown only where both parts are shown
        assert (out[name].notna() <= out[list(parts)].notna().all(axis=1)).all()
    targets = []
    for i, j in np.argwhere(hidden):
        t = np.zeros((n, m))
        t[i, j] = 1
        targets.append(t.ravel())
    for i in np.flatnonzero(~rows):
        t = np.zeros((n, m))
        t[i] = 1
        targets.append(t.ravel())
    for j in np.flatnonzero(~cols):
        t = np.zeros((n, m))
        t[:, j] = 1
        targets.append(t.ravel())
    for name, parts in (
        ("n_reliably_improved", ("n_recovered", "n_improved")),
        ("n_reliably_deteriorated", ("n_deteriorated", "n_harmed")),
    ):
        if whole[name].isna().iloc[0]:  # a blanked subtotal must be wide too
            t = np.zeros((n, m))
            t[:, [CHANGE_COUNT_COLUMNS.index(c) for c in parts]] = 1
            targets.append(t.ravel())
    return (cells, hidden, rows, cols, grand, targets, extra)


def test_lp_audit_of_suppress_cohort_outputs():
    rng = np.random.default_rng(7)
    cases, levels = [], []
    for _ in range(max(TABLES // 16, 40)):
        groups = int(rng.integers(2, 6))
        cells = rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 12], size=(groups, 6))
        raw = _counts(cells)
        k = 5
        out = suppress_cohort(raw, k, by="group", verify=False)
        shown = out[list(CHANGE_COUNT_COLUMNS)].to_numpy(dtype=float, na_value=np.nan)
        vis = ~np.isnan(shown)
        assert np.array_equal(shown[vis], cells[vis])
        assert not ((shown > 0) & (shown < k)).any()
        case = _cohort_case(out, raw, k)
        cases.append(case)
        levels += [k] * len(case[5])
    widths = _audit(cases)
    assert not (widths < np.array(levels) - 1e-6).any()


@pytest.mark.parametrize(
    "groups",
    [
        # issue 12: these subgroups gave back n_recovered = 3
        [[3, 0, 0, 1, 3, 0], [0, 0, 12, 8, 8, 0], [8, 0, 0, 0, 0, 0]],
    ],
)
def test_issue_counterexample_cohort(groups):
    raw = _counts(groups)
    out = suppress_cohort(raw, 5, by="group")
    widths = _audit([_cohort_case(out, raw, 5)])
    assert len(widths) and (widths >= 5).all()


def _table_case(cells, k, out, row_total=True, column_total=True):
    hidden = out.to_numpy() != ""
    n, m = cells.shape
    gone = out.attrs["suppressed_totals"]
    rows = np.array([row_total and not 0 < r < k for r in cells.sum(axis=1)])
    rows[list(gone["rows"])] = False
    cols = np.array([column_total and not 0 < c < k for c in cells.sum(axis=0)])
    cols[[list(out.columns).index(c) for c in gone["columns"]]] = False
    grand = not 0 < cells.sum() < k and not gone["grand"]
    targets = []
    for i, j in np.argwhere(hidden):
        t = np.zeros((n, m))
        t[i, j] = 1
        targets.append(t.ravel())
    return (cells, hidden, rows, cols, grand, targets)


@pytest.mark.parametrize(
    "cells",
    [
        # issue 12: row 2 col b = 3 followed from the totals under the old rule
        [[15, 0, 6, 5], [6, 5, 6, 6], [9, 3, 2, 4], [5, 3, 9, 6]],
        # a zero-total row: its cells are known zeros and must not stand in as blanks
        [[3, 0, 9], [0, 0, 0], [7, 2, 8]],
        # a zero-total column next to two small cells
        [[1, 0, 12], [2, 0, 30], [20, 0, 5]],
    ],
)
def test_issue_counterexamples_tables(cells):
    cells = np.array(cells, dtype=float)
    frame = pd.DataFrame(cells.astype(int), columns=[f"c{j}" for j in range(cells.shape[1])])
    out = suppression_mask(frame, list(frame.columns), 5)
    case = _table_case(cells, 5, out)
    hidden = case[1]
    # no blank in a line whose published total is 0
    assert not hidden[cells.sum(axis=1) == 0].any() and not hidden[:, cells.sum(axis=0) == 0].any()
    widths = _audit([case])
    assert len(widths) and (widths >= 5).all()
