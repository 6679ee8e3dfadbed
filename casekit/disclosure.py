"""Disclosure control for published counts: small cells and the cells that give them back.

A count of fewer than ``k`` clients (but more than zero) can point at a
person, so it is not published. Blanking it is not enough when totals are
published too: a row total minus the other cells of the row gives the blank
back, and longer chains of totals do the same. :func:`suppress` blanks
further cells (complementary suppression) until what is published no longer
pins any blank down.

The guarantee
-------------
The cells of ``count_columns`` form a grid x_ij (table rows x those
columns) with row totals R_i = sum_j x_ij, column totals C_j = sum_i x_ij
and the grand total N. What a reader knows is everything published: the
visible cells, the published totals and that every cell is a count >= 0.
For a blanked cell (or a blanked total) the reader can only say that it lies
in its *feasible interval* [min, max], the smallest and largest value it
takes over all tables consistent with what is published (two linear
programs). After :func:`suppress`:

    every blanked cell and every blanked total has max - min >= ``level``
    (``k`` by default),

where the totals taken as published are: every row total when
``row_total``, every column total when ``column_total``, the grand total
when either is, except the totals this function says must be blanked too
(``attrs["suppressed_totals"]``). :func:`suppress_cohort` gives the same
guarantee for a cohort table, where the published totals are the
subgroups' n, the whole cohort's counts and n, and the whole cohort's
reliable-change subtotals (a hierarchical table: still a flow network).
This is the *sliding protection range* of Hundepool et al. (2012, ch. 4):
for a blanked 3 with ``k = 5``, the reader cannot narrow it below an
interval of 5, e.g. "between 0 and 5". Each interval is computed exactly
(:mod:`casekit.disclosure_audit`: maximum flow for the search, and
``scipy.optimize.linprog`` with HiGHS as the final check). Nothing is
promised about totals published elsewhere that :func:`suppress` is not told
about.

The rule
--------
1. **Primary**: a cell with ``0 < count < k`` is blanked. So is a total with
   ``0 < total < k`` (a small total is a small cell: a row of 3 clients
   says something about each of them); zeros are published (they point at
   nobody).
2. **Audit**: the feasible interval of each blanked cell and total is
   checked, in table order (cells row by row, then row totals, column
   totals, the grand total).
3. **Complementary**: while a blank's interval is narrower than ``level``,
   the cheapest set of further cells that widens it is blanked: a shortest
   augmenting path in the flow network of the table (cost of a cell: 1 plus
   its count, so few and small cells are preferred; cells of lines whose
   published total is 0 can never help and are never chosen). A published
   total is blanked only when no set of cells can do it (it is then listed
   in ``attrs["suppressed_totals"]`` and must not be published either).
4. Blanking only ever widens intervals, so the search ends; a cell that
   passed the audit stays protected.

A blank is therefore never a "known zero": a cell in a line whose
published total is 0 is never blanked.

Suppressed cells become missing (``<NA>``) and the note column (default
``suppressed_cells``) names them, e.g. ``n_improved (fewer than 5);
n_unchanged (complementary)``.

References
----------
Hundepool, A., Domingo-Ferrer, J., Franconi, L., Giessing, S., Schulte
Nordholt, E., Spicer, K., & de Wolf, P.-P. (2012). Statistical Disclosure
Control. Wiley. Ch. 4 (sensitivity rules, protection levels, audit by linear
programming) and ch. 5 (frequency tables, secondary cell suppression).

Cox, L. H. (1980). Suppression methodology and statistical disclosure
control. Journal of the American Statistical Association, 75(370), 377-385.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .disclosure_audit import FREE, HIDDEN, PUBLISHED, Table
from .disclosure_search import lp_check as _lp_check
from .disclosure_search import protect
from .errors import ParameterError
from .i18n import msg

__all__ = [
    "suppress",
    "suppression_mask",
    "suppress_cohort",
    "protect",
    "hidden_classes",
    "CHANGE_COUNT_COLUMNS",
]

#: the change-class count columns of :func:`casekit.cohort_summary`
CHANGE_COUNT_COLUMNS = (
    "n_recovered",
    "n_improved",
    "n_unchanged",
    "n_deteriorated",
    "n_harmed",
    "n_not_classified",
)


# --------------------------------------------------------------------------- #
# tables
# --------------------------------------------------------------------------- #
def _check(table, count_columns, k, level) -> list[str]:
    if not isinstance(table, pd.DataFrame):
        raise ParameterError(msg("mg_di_table_type", got=type(table).__name__))
    if isinstance(count_columns, str):
        count_columns = [count_columns]
    count_columns = list(count_columns)
    missing = [c for c in count_columns if c not in table.columns]
    if missing:
        raise ParameterError(
            msg(
                "mg_di_no_columns",
                missing=", ".join(map(str, missing)),
                columns=", ".join(map(str, table.columns)),
            )
        )
    if not isinstance(k, (int, np.integer)) or isinstance(k, bool) or k < 1:
        raise ParameterError(msg("mg_co_whole", name="k", got=repr(k)))
    if level is not None and (
        isinstance(level, bool) or not isinstance(level, (int, float, np.number)) or level < 0
    ):
        raise ParameterError(msg("mg_di_level", got=repr(level)))
    values = np.empty((len(table), len(count_columns)))
    for j, c in enumerate(count_columns):
        col = table[c]
        if pd.api.types.is_bool_dtype(col) or not pd.api.types.is_numeric_dtype(col):
            num = pd.to_numeric(col, errors="coerce")
            if col.notna().sum() != num.notna().sum() or pd.api.types.is_bool_dtype(col):
                raise ParameterError(msg("mg_di_counts", column=repr(c)))
            col = num
        values[:, j] = col.to_numpy(dtype=float, na_value=np.nan)
    bad = ~np.isnan(values) & ((values < 0) | (values != np.round(values)))
    if bad.any():
        c = count_columns[int(np.flatnonzero(bad.any(axis=0))[0])]
        raise ParameterError(msg("mg_di_counts", column=repr(c)))
    if np.isnan(values).any():
        i, j = np.argwhere(np.isnan(values))[0]
        raise ParameterError(
            msg("mg_di_count_missing", column=repr(count_columns[j]), row=repr(table.index[i]))
        )
    return count_columns, values


def _states(flag, size: int, values: np.ndarray, k: int) -> np.ndarray:
    """PUBLISHED / HIDDEN (small) / FREE per total, from a bool or one bool per total."""
    flags = np.broadcast_to(np.asarray(flag, dtype=bool), (size,))
    out = np.where(flags, PUBLISHED, FREE).astype(np.int8)
    out[flags & (values > 0) & (values < k)] = HIDDEN
    return out


def _grid(values: np.ndarray, k, row_total, column_total, grand_total) -> Table:
    n, m = values.shape
    rows, cols, total = values.sum(axis=1), values.sum(axis=0), values.sum()
    if grand_total is None:
        grand_total = bool(np.any(row_total)) or bool(np.any(column_total))
    cells = np.where((values > 0) & (values < k), HIDDEN, PUBLISHED)
    return Table.build(
        values,
        _states(row_total, n, rows, k),
        _states(column_total, m, cols, k),
        _states(grand_total, 1, np.array([total]), k)[0],
        cells,
    )


def _run(values, k, level, row_total, column_total, grand_total, verify):
    table = _grid(values, k, row_total, column_total, grand_total)
    primary = table.state.copy()
    protect(table, float(k if level is None else level))
    if verify:
        _lp_check(table, float(k if level is None else level))
    return table, primary


def suppression_mask(
    table: pd.DataFrame,
    count_columns,
    k: int = 5,
    row_total=True,
    column_total=True,
    level: float | None = None,
    grand_total=None,
    verify: bool = True,
) -> pd.DataFrame:
    """Which cells :func:`suppress` blanks, and why.

    Returns
    -------
    DataFrame
        Same index and ``count_columns`` as ``table``; each cell is ``""``
        (published), ``"primary"`` (0 < count < k) or ``"complementary"``
        (blanked so that the published totals cannot narrow a blank down).
        ``attrs["suppressed_totals"]`` lists the totals that must be blanked
        too: ``{"rows": [index labels], "columns": [names], "grand": bool}``.
    """
    labels, _, totals = _mask(
        table, count_columns, k, row_total, column_total, level, grand_total, verify
    )
    out = pd.DataFrame(labels, index=table.index, columns=_check_columns(table, count_columns))
    out.attrs["suppressed_totals"] = totals
    return out


def _check_columns(table, count_columns) -> list[str]:
    return [count_columns] if isinstance(count_columns, str) else list(count_columns)


def _mask(table, count_columns, k, row_total, column_total, level, grand_total, verify):
    """(labels array, counts array, suppressed totals) of :func:`suppression_mask`."""
    count_columns, values = _check(table, count_columns, k, level)
    grid, primary = _run(values, k, level, row_total, column_total, grand_total, verify)
    n, m = values.shape
    nm = n * m
    hidden = grid.state[:nm].reshape(n, m) == HIDDEN
    first = primary[:nm].reshape(n, m) == HIDDEN
    labels = np.where(first, "primary", np.where(hidden, "complementary", "")).astype(object)
    was_published = primary[nm:] != FREE
    now_hidden = (grid.state[nm:] == HIDDEN) & was_published
    totals = {
        "rows": [table.index[i] for i in range(n) if now_hidden[i]],
        "columns": [count_columns[j] for j in range(m) if now_hidden[n + j]],
        "grand": bool(now_hidden[-1]),
    }
    return labels, values, totals


def suppress(
    table: pd.DataFrame,
    count_columns,
    k: int = 5,
    row_total=True,
    column_total=True,
    note_column: str = "suppressed_cells",
    level: float | None = None,
    grand_total=None,
    verify: bool = True,
) -> pd.DataFrame:
    """Blank small counts and the cells that would give them back.

    Parameters
    ----------
    table : DataFrame
        One row per group (e.g. per subgroup); ``count_columns`` hold counts
        of clients (whole numbers >= 0, none missing).
    count_columns : str or list of str
        The count cells to protect. They form a grid with the table's rows.
    k : int
        Smallest count that may be published (5 by default); counts from 1
        to ``k - 1``, and totals from 1 to ``k - 1``, are suppressed.
    row_total : bool or list of bool
        True when the total of each row (the sum of its count cells, e.g.
        ``n``) is published; one flag per row to say it row by row.
    column_total : bool or list of bool
        True when the total of each count column over the rows is published
        (e.g. the whole cohort next to its subgroups).
    note_column : str
        Name of the column added to say which cells were suppressed and why.
    level : float, optional
        Protection level: the smallest width a blank's feasible interval may
        have (default ``k``).
    grand_total : bool, optional
        Whether the grand total is published (default: when any total is).
    verify : bool
        Check the result with the linear programs of
        :func:`casekit.disclosure_audit.lp_intervals` (HiGHS) as well.

    Returns
    -------
    DataFrame
        A copy of ``table``: suppressed count cells are ``<NA>`` (the count
        columns become ``Int64``) and ``note_column`` lists them per row,
        ``"<column> (fewer than k)"`` or ``"<column> (complementary)"``
        (``<NA>`` when nothing in the row was suppressed).
        ``attrs["suppressed_totals"]`` names the totals that must not be
        published either (empty lists in nearly every table; see
        :func:`suppression_mask`).

    Raises
    ------
    ParameterError
        When a count column is missing or holds something other than
        counts, a count is missing, or ``k`` is not a whole number of at
        least 1.

    Notes
    -----
    Guarantee: for every blank, max - min of the values it can take given
    everything published is at least ``level`` (module docstring, with the
    rule and references).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"a": [12, 8, 2], "b": [3, 10, 9], "c": [6, 7, 11]})
    >>> suppress(t, ["a", "b", "c"])["a"].tolist()
    [<NA>, 8, <NA>]
    """
    kinds, values, totals = _mask(
        table, count_columns, k, row_total, column_total, level, grand_total, verify
    )
    columns = _check_columns(table, count_columns)
    out = table.copy()
    for j, c in enumerate(columns):
        col = np.round(values[:, j]).astype(np.int64)
        out[c] = pd.arrays.IntegerArray(col, kinds[:, j] != "")
    notes = []
    for row in kinds:
        parts = [
            f"{c} (fewer than {k})" if kind == "primary" else f"{c} (complementary)"
            for c, kind in zip(columns, row, strict=True)
            if kind
        ]
        notes.append("; ".join(parts) if parts else None)
    out[note_column] = pd.array(notes, dtype="string")
    out.attrs["suppressed_totals"] = totals
    return out


# --------------------------------------------------------------------------- #
# cohort_summary tables
# --------------------------------------------------------------------------- #
def _nullable(out: pd.DataFrame, columns) -> None:
    """Make columns able to hold <NA> (numpy int64 cannot: the old TypeError)."""
    for c in columns:
        dt = out[c].dtype
        if pd.api.types.is_bool_dtype(dt):
            out[c] = out[c].astype("boolean")
        elif pd.api.types.is_integer_dtype(dt):
            out[c] = out[c].astype("Int64")
        elif pd.api.types.is_float_dtype(dt):
            out[c] = out[c].astype("Float64")
        elif not pd.api.types.is_object_dtype(dt) and not isinstance(dt, pd.StringDtype):
            out[c] = out[c].astype(object)


def _cohort_counts(part: pd.DataFrame, counts: list[str], k: int) -> np.ndarray:
    n = pd.to_numeric(part["n"]).to_numpy(dtype=float, na_value=np.nan)
    values = part[counts].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    values[n == 0] = np.nan_to_num(values[n == 0])  # no pairs: every class is 0
    gap = np.isnan(values).any(axis=1) | np.isnan(n)
    if gap.any():
        raise ParameterError(msg("mg_di_cohort_gaps", n=int(gap.sum())))
    if not np.allclose(values.sum(axis=1), n):
        raise ParameterError(msg("mg_di_cohort_sum"))
    return values


#: the reliable-change subtotals of the change classes (Jacobson & Truax, 1991):
#: reliably improved = recovered + improved, reliably deteriorated = deteriorated + harmed
RELIABLE_GROUPS = {
    "n_reliably_improved": ("n_recovered", "n_improved"),
    "n_reliably_deteriorated": ("n_deteriorated", "n_harmed"),
}


def _cohort_grid(values: np.ndarray, counts: list[str], k: int, level: float):
    """Protect the whole cohort (one row, with its reliable-change subtotals) and, under
    it, the subgroups; returns (subgroup table, whole-cohort table)."""
    n, m = values.shape
    total = values.sum(axis=0, keepdims=True)
    groups = [
        [counts.index(c) for c in parts]
        for parts in RELIABLE_GROUPS.values()
        if all(c in counts for c in parts)
    ]
    sums = np.array([total[0, g].sum() for g in groups])
    whole = Table.build(
        total,
        _states(True, 1, total.sum(axis=1), k),
        np.full(m, FREE),
        FREE,
        np.where((total > 0) & (total < k), HIDDEN, PUBLISHED),
        groups,
        _states(True, len(groups), sums, k),
    )
    protect(whole, level)
    if n == 1:
        return whole, whole
    g0 = 2 * m + 2  # group edges of the whole table: after its m cells, row, m columns, grand
    table = Table.build(
        values,
        _states(True, n, values.sum(axis=1), k),
        np.where(whole.state[:m] == HIDDEN, HIDDEN, PUBLISHED),
        _states(True, 1, np.array([values.sum()]), k)[0],
        np.where((values > 0) & (values < k), HIDDEN, PUBLISHED),
        groups,
        whole.state[g0:],
    )
    hideable = np.ones(len(table.state), dtype=bool)
    hideable[n * m + n :] = False  # the whole-cohort counts are fixed by its own table
    zero_col = np.flatnonzero(total[0] == 0)
    while True:
        for i in np.flatnonzero(table.state[n * m : n * m + n] == HIDDEN):
            row = table.state[i * m : (i + 1) * m]  # a blanked subgroup is blanked whole
            row[:] = HIDDEN
            row[zero_col] = PUBLISHED  # known zeros (the whole cohort has none)
        before = table.state.copy()
        protect(table, level, hideable)
        if np.array_equal(before, table.state):
            break
    return table, whole


def hidden_classes(counts, k: int = 5, level: float | None = None) -> set[str]:
    """Which change classes of a whole cohort :func:`suppress_cohort` blanks.

    Parameters
    ----------
    counts : mapping
        Count per column of :data:`CHANGE_COUNT_COLUMNS` (missing ones: 0).
    k, level
        As in :func:`suppress_cohort`.

    Returns
    -------
    set of str
        The blanked columns: the same cells the cohort table blanks for these
        counts, so a figure that leaves these classes out shows nothing the
        table hides.
    """
    names = list(CHANGE_COUNT_COLUMNS)
    values = np.array([[float(counts.get(c, 0) or 0) for c in names]])
    _, whole = _cohort_grid(values, names, int(k), float(k if level is None else level))
    if 0 < values.sum() < k:
        return set(names) - {c for c, v in zip(names, values[0], strict=True) if v == 0}
    return {c for j, c in enumerate(names) if whole.state[j] == HIDDEN}


def suppress_cohort(
    summary: pd.DataFrame, k: int = 5, by=None, level: float | None = None, verify: bool = True
) -> pd.DataFrame:
    """Apply small-cell suppression to a :func:`casekit.cohort_summary` table.

    Parameters
    ----------
    summary : DataFrame
        The output of :func:`casekit.cohort_summary` (with or without
        subgroups), with the change counts of every row (``min_n=1``, or
        through ``cohort_summary(..., disclosure=True)``).
    k : int
        Smallest number of clients that may be published.
    by : str or list of str, optional
        The subgroup columns of ``summary`` (default: every column between
        ``scale`` and ``n``).
    level : float, optional
        Protection level (default ``k``), as in :func:`suppress`.
    verify : bool
        Also audit by linear programming (see :func:`suppress`).

    Returns
    -------
    DataFrame
        A copy of ``summary`` where, per instrument x scale, the change-class
        counts (:data:`CHANGE_COUNT_COLUMNS`) are a table with the subgroups'
        ``n`` as row totals and the whole cohort (the same summary without
        ``by``, published next to it) as column totals:

        - the whole cohort's own counts are protected first, as a one-row
          table with its n and its reliable-change subtotals
          (:data:`RELIABLE_GROUPS`: reliably improved = recovered + improved,
          reliably deteriorated = deteriorated + harmed), so the table
          without ``by`` gets exactly the same blanks, and those whole-cohort
          counts and subtotals count as published (or blanked) totals below;
        - ``n_reliably_improved`` and ``n_reliably_deteriorated`` are added:
          for the whole cohort as that table publishes them, for a subgroup
          only where both parts are shown (then they add nothing new);
        - a subgroup with ``0 < n < k``, or one whose n must be blanked so
          that no blank can be narrowed, is suppressed whole: every value but
          the group labels blank (counts of classes the whole cohort has
          none of stay 0), ``suppressed`` True and ``suppressed_reason``
          saying "fewer than k clients" or "complementary";
        - the other counts follow the guarantee of :func:`suppress`: every
          blanked count and total has a feasible interval at least ``level``
          wide given n, the published counts and the whole-cohort counts;
        - a percentage is blanked with its count, and every percentage of a
          row whose ``n_not_classified`` is blank (a visible count and its
          percentage would give the number classified, hence the blank);
        - ``suppressed_cells`` names the blanked counts.

    Notes
    -----
    Means, SDs and test statistics of the groups that are shown are not
    audited against each other (the whole cohort's mean and the subgroups'
    means are published as they are). ``n_pre_only`` and ``n_post_only`` are
    blanked where they are between 1 and ``k - 1``.
    """
    if not isinstance(summary, pd.DataFrame) or "n" not in summary.columns:
        raise ParameterError(msg("mg_di_cohort_type"))
    if not isinstance(k, (int, np.integer)) or isinstance(k, bool) or k < 1:
        raise ParameterError(msg("mg_co_whole", name="k", got=repr(k)))
    level = float(k if level is None else level)
    if by is None:
        cols = list(summary.columns)
        by = cols[cols.index("scale") + 1 : cols.index("n")] if "scale" in cols else []
    elif isinstance(by, str):
        by = [by]
    counts = [c for c in CHANGE_COUNT_COLUMNS if c in summary.columns]
    labels = {"instrument", "scale", *by}
    out = summary.copy()
    if "suppressed" not in out.columns:
        out["suppressed"] = False
    if "suppressed_reason" not in out.columns:
        out["suppressed_reason"] = pd.NA
    out["suppressed_reason"] = out["suppressed_reason"].astype("string")
    out["suppressed_cells"] = pd.Series(pd.NA, index=out.index, dtype="string")
    for name, parts in RELIABLE_GROUPS.items():
        if all(c in counts for c in parts):
            out[name] = pd.array([pd.NA] * len(out), dtype="Int64")
    blank_cols = [
        c for c in out.columns
        if c not in labels and c not in ("suppressed", "suppressed_reason", "suppressed_cells")
    ]  # fmt: skip
    _nullable(out, blank_cols + ["suppressed"])
    keys = [c for c in ("instrument", "scale") if c in out.columns]
    groups = out.groupby(keys, sort=False).groups.values() if keys else [out.index]
    for rows in groups:
        part = summary.loc[rows]
        values = _cohort_counts(part, counts, k)
        n_rows, m = values.shape
        grid, whole_grid = _cohort_grid(values, counts, k, level)
        if verify:
            _lp_check(grid, level)
            _lp_check(whole_grid, level)
        hidden = grid.state[: n_rows * m].reshape(n_rows, m) == HIDDEN
        whole = grid.state[n_rows * m : n_rows * m + n_rows] == HIDDEN
        if n_rows == 1:
            whole = np.array([0 < values.sum() < k])
        # reliable-change subtotals: the whole cohort's as its own table publishes them;
        # a subgroup's only where both parts are shown (then they add nothing new)
        g = 0
        for name, parts in RELIABLE_GROUPS.items():
            if not all(c in counts for c in parts):
                continue
            idx = [counts.index(c) for c in parts]
            sums = values[:, idx].sum(axis=1)
            if n_rows == 1:
                shown = whole_grid.state[2 * m + 2 + g] != HIDDEN and not whole[0]
                shown = np.array([shown])
            else:
                shown = ~hidden[:, idx].any(axis=1) & ~whole
            out.loc[rows[shown], name] = sums[shown].astype(np.int64)
            g += 1
        primary = (values > 0) & (values < k)
        for r, row in enumerate(rows):
            if whole[r]:
                size = values[r].sum()
                keep = {c: int(values[r, j]) for j, c in enumerate(counts) if not hidden[r, j]}
                for c in blank_cols:
                    out.at[row, c] = keep.get(c, pd.NA)
                out.at[row, "suppressed"] = True
                out.at[row, "suppressed_reason"] = (
                    f"fewer than {k} clients" if 0 < size < k else
                    "complementary: blanked so that the published totals cannot narrow down a "
                    "smaller group"
                )  # fmt: skip
                continue
            notes = []
            for j, c in enumerate(counts):
                if not hidden[r, j]:
                    continue
                out.at[row, c] = pd.NA
                notes.append(
                    f"{c} ({'fewer than ' + str(k) if primary[r, j] else 'complementary'})"
                )
            pcts = [c for c in out.columns if c.startswith("pct_")]
            nc = "n_not_classified" in counts and hidden[r, counts.index("n_not_classified")]
            for p in pcts:
                if nc or ("n_" + p[4:] in counts and hidden[r, counts.index("n_" + p[4:])]):
                    out.at[row, p] = pd.NA
            if notes:
                out.at[row, "suppressed_cells"] = "; ".join(notes)
        for c in ("n_pre_only", "n_post_only"):
            if c in out.columns:
                v = pd.to_numeric(out.loc[rows, c])
                small = ((v > 0) & (v < k)).fillna(False)
                out.loc[small.index[small.to_numpy()], c] = pd.NA
    return out
