"""Disclosure control for published counts: small-cell and complementary suppression.

A count of fewer than ``k`` clients (but more than zero) can point at a
person, so it is not published. Blanking it is not enough when the table's
totals are published too: a row total minus the other cells of the row gives
the blank back. :func:`suppress` therefore blanks further cells
(complementary suppression) until no blank can be recovered from a published
total.

The rule
--------
Cells of ``count_columns`` form a grid (the table's rows x those columns);
a *line* is a row (when row totals are published, ``row_total=True``) or a
column (``column_total=True``).

1. **Primary**: every cell with ``0 < value < k`` is suppressed. Zeros are
   published (they say that nobody is in the cell, which points at nobody).
2. **Complementary**: every line that holds a suppressed cell must hold at
   least two, and the suppressed cells of the line must add up to at least
   ``k`` clients (so the blanked cells of a line, taken together, are not a
   small cell either). Cells that are already missing in the input (for
   example a subgroup :func:`casekit.cohort_summary` blanked because it is
   too small) count as suppressed cells of unknown value and satisfy the sum
   condition.
3. While a line breaks rule 2, its smallest non-zero visible cell is also
   suppressed (the first one in table order on ties; a zero only when no
   non-zero cell is left). Rows are checked before columns, top to bottom
   and left to right, and the checks repeat until nothing changes.

This is the classic "at least two suppressed cells per published line" rule
of tabular disclosure control (Hundepool et al., 2012, ch. 5) with the
smallest-cell choice as the heuristic; it protects against differencing with
the row and column totals of one table. It does not solve the optimal
(fewest cells) suppression problem, and it cannot protect against totals
published elsewhere that it is not told about.

Suppressed cells become missing (``<NA>``) and the note column (default
``suppressed_cells``) names them, e.g. ``n_improved (fewer than 5);
n_unchanged (complementary)``.

References
----------
Hundepool, A., Domingo-Ferrer, J., Franconi, L., Giessing, S., Schulte
Nordholt, E., Spicer, K., & de Wolf, P.-P. (2012). Statistical Disclosure
Control. Wiley. Chapter 5: frequency tables (cell suppression).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import ParameterError

__all__ = ["suppress", "suppression_mask", "suppress_cohort", "CHANGE_COUNT_COLUMNS"]

#: the change-class count columns of :func:`casekit.cohort_summary`
CHANGE_COUNT_COLUMNS = (
    "n_recovered",
    "n_improved",
    "n_unchanged",
    "n_deteriorated",
    "n_harmed",
    "n_not_classified",
)

_VISIBLE, _PRIMARY, _COMPLEMENTARY, _GIVEN = 0, 1, 2, 3
_LABEL = {_PRIMARY: "primary", _COMPLEMENTARY: "complementary", _GIVEN: "missing"}


def _check(table, count_columns, k) -> list[str]:
    if not isinstance(table, pd.DataFrame):
        raise ParameterError(f"suppress() needs a DataFrame; got {type(table).__name__}")
    if isinstance(count_columns, str):
        count_columns = [count_columns]
    count_columns = list(count_columns)
    missing = [c for c in count_columns if c not in table.columns]
    if missing:
        raise ParameterError(
            f"count column(s) {missing} are not in the table; its columns are "
            + ", ".join(map(str, table.columns))
        )
    if not isinstance(k, (int, np.integer)) or isinstance(k, bool) or k < 1:
        raise ParameterError(f"k must be a whole number of at least 1; got {k!r}")
    for c in count_columns:
        values = pd.to_numeric(table[c], errors="coerce")
        bad = values.notna() & ((values < 0) | (values != values.round()))
        if table[c].notna().sum() != values.notna().sum() or bad.any():
            raise ParameterError(f"column {c!r} must hold counts (whole numbers 0 or more)")
    return count_columns


def _grid_mask(values: np.ndarray, k: int, row_total: bool, column_total: bool) -> np.ndarray:
    state = np.where(np.isnan(values), _GIVEN, _VISIBLE)
    state[(values > 0) & (values < k)] = _PRIMARY
    lines = []
    if row_total:
        lines += [(i, slice(None)) for i in range(values.shape[0])]
    if column_total:
        lines += [(slice(None), j) for j in range(values.shape[1])]
    changed = True
    while changed:
        changed = False
        for line in lines:
            s, v = state[line], values[line]
            hidden = s != _VISIBLE
            if not hidden.any():
                continue
            enough = hidden.sum() >= 2 and (
                (s == _GIVEN).any() or np.nansum(np.where(hidden, v, 0)) >= k
            )
            if enough:
                continue
            visible = np.flatnonzero(~hidden)
            if not len(visible):
                continue
            nonzero = visible[v[visible] > 0]
            pool = nonzero if len(nonzero) else visible
            pick = pool[np.argmin(v[pool])]  # first of equal minima
            index = np.arange(len(s))[pick]
            if isinstance(line[0], slice):
                state[index, line[1]] = _COMPLEMENTARY
            else:
                state[line[0], index] = _COMPLEMENTARY
            changed = True
    return state


def suppression_mask(
    table: pd.DataFrame,
    count_columns,
    k: int = 5,
    row_total: bool = True,
    column_total: bool = True,
) -> pd.DataFrame:
    """Which cells :func:`suppress` blanks, and why.

    Returns
    -------
    DataFrame
        Same index and ``count_columns`` as ``table``; each cell is ``""``
        (published), ``"primary"`` (0 < count < k), ``"complementary"``
        (blanked so a total cannot give back a suppressed cell) or
        ``"missing"`` (already missing in the input).
    """
    count_columns = _check(table, count_columns, k)
    values = (
        table[count_columns]
        .apply(pd.to_numeric, errors="coerce")
        .to_numpy(dtype=float, na_value=np.nan)
        .reshape(len(table), len(count_columns))
    )
    state = _grid_mask(values, k, row_total, column_total)
    labels = np.vectorize(lambda s: _LABEL.get(s, ""), otypes=[object])(state)
    return pd.DataFrame(labels, index=table.index, columns=count_columns)


def suppress(
    table: pd.DataFrame,
    count_columns,
    k: int = 5,
    row_total: bool = True,
    column_total: bool = True,
    note_column: str = "suppressed_cells",
) -> pd.DataFrame:
    """Blank small counts and the cells that would give them back.

    Parameters
    ----------
    table : DataFrame
        One row per group (e.g. per subgroup); ``count_columns`` hold counts
        of clients.
    count_columns : str or list of str
        The count cells to protect. They form a grid with the table's rows.
    k : int
        Smallest count that may be published (5 by default); counts from 1
        to ``k - 1`` are suppressed.
    row_total : bool
        True when the total of each row (the sum of its count cells, e.g.
        ``n``) is published.
    column_total : bool
        True when the total of each count column over the rows is published
        (e.g. the whole cohort next to its subgroups).
    note_column : str
        Name of the column added to say which cells were suppressed and why.

    Returns
    -------
    DataFrame
        A copy of ``table``: suppressed count cells are ``<NA>`` (the count
        columns become ``Int64``) and ``note_column`` lists them per row,
        ``"<column> (fewer than k)"`` or ``"<column> (complementary)"``
        (``<NA>`` when nothing in the row was suppressed).

    Raises
    ------
    ParameterError
        When a count column is missing or holds something other than
        counts, or ``k`` is not a whole number of at least 1.

    Notes
    -----
    The rule (primary, then complementary suppression until every published
    line holds either no suppressed cell or at least two adding up to ``k``
    or more) is in the module docstring.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"a": [12, 8, 2], "b": [3, 10, 9], "c": [6, 7, 11]})
    >>> suppress(t, ["a", "b", "c"])["a"].tolist()
    [12, <NA>, <NA>]
    """
    mask = suppression_mask(table, count_columns, k, row_total, column_total)
    out = table.copy()
    notes = pd.Series(pd.NA, index=out.index, dtype="string")
    for c in mask.columns:
        hit = mask[c].isin(["primary", "complementary"])
        col = pd.to_numeric(out[c], errors="coerce")
        ints = pd.Series(pd.array(col.round(), dtype="Float64"), index=out.index).astype("Int64")
        out[c] = ints.mask(hit)
        reason = np.where(mask[c] == "primary", f"{c} (fewer than {k})", f"{c} (complementary)")
        add = pd.Series(reason, index=out.index, dtype="string").where(hit)
        notes = notes.where(add.isna(), notes.str.cat(add, sep="; ").fillna(add))
    out[note_column] = notes
    return out


def suppress_cohort(summary: pd.DataFrame, k: int = 5, by=None) -> pd.DataFrame:
    """Apply small-cell suppression to a :func:`casekit.cohort_summary` table.

    Parameters
    ----------
    summary : DataFrame
        The output of :func:`casekit.cohort_summary` (with or without
        subgroups).
    k : int
        Smallest number of clients that may be published.
    by : str or list of str, optional
        The subgroup columns of ``summary`` (default: every column between
        ``scale`` and ``n``).

    Returns
    -------
    DataFrame
        A copy of ``summary`` where, per instrument x scale:

        - a subgroup with ``n < k`` (n > 0) is suppressed whole (every value
          but the group labels blank, ``suppressed`` True), and, because the
          whole-cohort n is published, the complementary rule of
          :func:`suppress` runs on the column ``n`` over the subgroups: the
          next smallest subgroup is then suppressed whole as well
          (``suppressed_reason`` says "complementary");
        - the change-class counts (:data:`CHANGE_COUNT_COLUMNS`) of the
          remaining subgroups go through :func:`suppress` with row totals
          (``n``) and column totals (the whole cohort) published; the
          percentage of a blanked count is blanked too;
        - ``suppressed_cells`` names the blanked counts.

    Notes
    -----
    ``n_pre_only`` and ``n_post_only`` (clients with one score only) are
    blanked where they are between 1 and ``k - 1``; they have no published
    total of their own here.
    """
    if not isinstance(summary, pd.DataFrame) or "n" not in summary.columns:
        raise ParameterError("suppress_cohort() needs the table returned by cohort_summary()")
    if by is None:
        cols = list(summary.columns)
        by = cols[cols.index("scale") + 1 : cols.index("n")] if "scale" in cols else []
    elif isinstance(by, str):
        by = [by]
    counts = [c for c in CHANGE_COUNT_COLUMNS if c in summary.columns]
    labels = {"instrument", "scale", *by}
    out = summary.copy()
    if "suppressed" not in out.columns:
        out["suppressed"] = pd.array([False] * len(out), dtype="boolean")
    if "suppressed_reason" not in out.columns:
        out["suppressed_reason"] = pd.Series(pd.NA, index=out.index, dtype="string")
    out["suppressed_cells"] = pd.Series(pd.NA, index=out.index, dtype="string")
    keys = [c for c in ("instrument", "scale") if c in out.columns]
    groups = out.groupby(keys, sort=False).groups.values() if keys else [out.index]
    blank_cols = [c for c in out.columns if c not in labels and out[c].dtype != "boolean"]
    blank_cols = [c for c in blank_cols if c not in ("suppressed_reason", "suppressed_cells")]
    for rows in groups:
        part = out.loc[rows]
        # 1. whole subgroups: n < k, with the whole cohort's n published
        sizes = suppress(part, ["n"], k, row_total=False, column_total=len(part) > 1)
        gone = sizes["n"].isna() & part["n"].notna()
        for row in part.index[gone.to_numpy()]:
            primary = 0 < part.at[row, "n"] < k
            for c in blank_cols:
                out.at[row, c] = pd.NA
            out.at[row, "suppressed"] = True
            out.at[row, "suppressed_reason"] = (
                f"fewer than {k} clients" if primary else
                "complementary: blanked so that the whole cohort's n cannot give back a "
                "smaller subgroup"
            )  # fmt: skip
        # 2. change-class counts of the subgroups left
        part = out.loc[rows]
        if counts:
            done = suppress(part, counts, k, row_total=True, column_total=len(part) > 1)
            live = ~out.loc[rows, "suppressed"].fillna(False).to_numpy()
            for c in counts:
                hit = done[c].isna() & part[c].notna()
                out.loc[rows, c] = done[c]
                pct = "pct_" + c[2:]
                if pct in out.columns:
                    out.loc[hit.index[hit.to_numpy()], pct] = pd.NA
            out.loc[rows[live], "suppressed_cells"] = done.loc[rows[live], "suppressed_cells"]
        for c in ("n_pre_only", "n_post_only"):
            if c in out.columns:
                v = out.loc[rows, c]
                small = (v > 0) & (v < k)
                out.loc[small.index[small.fillna(False).to_numpy()], c] = pd.NA
    return out
