"""Checks across rows and tables: unique keys, portable client ids, references, order.

A loaded table's cells are each readable (:mod:`casekit.checks`); these rules
span rows or tables:

* a table's key (``TABLES[name].key``) is unique, the problem naming the row
  of the first occurrence;
* client ids can be file names on every system: no Windows reserved name
  (``CON``, ``COM1``...), no two ids that differ only in capitals;
* every ``client_id`` is in ``clients.csv``; parents and partners are members
  of the same family; sessions and evaluations name a planned activity;
* termination after intake, death after birth, nobody their own parent, an
  activity ending after it starts, a session ending after it begins.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .cells import case_twins_possible, casefolded
from .errors import Problem
from .i18n import msg
from .tables import TABLES, WINDOWS_RESERVED


def _key(frame: pd.DataFrame, columns) -> pd.Series:
    parts = [frame[c].astype("string").fillna("\x00") for c in columns]
    key = parts[0]
    for part in parts[1:]:
        key = key + "\x1f" + part
    return key


def _check_portable_ids(frame, file, problems):
    """Client ids become file names (``K01.html``): ids differing only in capitals would be
    one file on Windows and macOS, and Windows refuses names such as ``CON`` or ``COM1``."""
    ids = frame["client_id"].dropna()
    values = ids.to_numpy(dtype=object)
    # reserved names are 3 or 4 characters: upper-case only ids that short
    short = np.fromiter(map(len, values), dtype=np.intp, count=len(values)) <= max(
        map(len, WINDOWS_RESERVED)
    )
    reserved = np.zeros(len(values), dtype=bool)
    reserved[short] = [v.upper() in WINDOWS_RESERVED for v in values[short]]
    for row, value in ids[reserved].items():
        problems.append(
            Problem(
                file,
                int(row),
                "client_id",
                str(value),
                msg("v_windows_reserved"),
                msg("v_windows_reserved_fix", code=str(value)),
            )
        )
    # only ids whose folded form occurs more than once can be twins: loop over those alone
    if case_twins_possible(values):
        folded = pd.Series(casefolded(values), index=ids.index)
        ids = ids[folded.duplicated(keep=False).to_numpy()]
    else:
        ids = ids.iloc[:0]
    first: dict[str, tuple[int, str]] = {}
    for row, value in ids.items():
        folded = str(value).casefold()
        if folded in first and first[folded][1] != value:
            problems.append(
                Problem(
                    file,
                    int(row),
                    "client_id",
                    str(value),
                    msg("v_case_twin", other=first[folded][1], row=first[folded][0]),
                    msg("v_case_twin_fix"),
                )
            )
        first.setdefault(folded, (int(row), str(value)))


def _key_codes(columns, codes) -> tuple[np.ndarray, np.ndarray] | None:
    """One integer per row for the values of ``columns`` (equal rows, equal integers; a
    blank is a value of its own) and a mask of the rows with every column filled, from
    each column's codes (:attr:`casekit.checks._Checker.keys`); None when a column has
    none or the product of their sizes would not fit an int64."""
    if not codes or any(c not in codes for c in columns):
        return None
    combined = np.zeros(len(codes[columns[0]][0]), dtype=np.int64)
    complete = np.ones(len(combined), dtype=bool)
    size = 1
    for column in columns:
        values, uniques = codes[column]
        size *= len(uniques) + 1
        if size >= 2**62:
            return None
        combined = combined * (len(uniques) + 1) + (values + 1)
        complete &= values >= 0
    return combined, complete


def _check_unique(name, frame, file, problems, codes=None):
    """Rows repeating the key of an earlier row; ``codes``: the key columns' integer codes
    when the checker kept them (``_Checker.keys``), which spares hashing the text again."""
    if name == "clients" and "client_id" in frame.columns and len(frame):
        _check_portable_ids(frame, file, problems)
    table = TABLES[name]
    if not table.key or not len(frame):
        return
    keyed = _key_codes(table.key, codes)
    if keyed is not None and len(keyed[0]) == len(frame):
        combined, complete = keyed
        dup = pd.Series(pd.Series(combined).duplicated(keep="first").to_numpy() & complete)
        dup.index = frame.index
    else:
        complete = frame[list(table.key)].notna().all(axis=1)
        dup = frame.duplicated(subset=list(table.key), keep="first") & complete
    if not dup.any():
        return
    key = _key(frame, table.key)
    first_row = pd.Series(frame.index, index=frame.index).groupby(key).transform("first")
    cols = ", ".join(table.key)
    for row in frame.index[dup]:
        value = " / ".join(str(frame.at[row, c]) for c in table.key)
        problems.append(
            Problem(
                file,
                int(row),
                table.key[-1],
                value,
                msg("v_duplicate", cols=cols, row=int(first_row[row])),
                msg("v_duplicate_fix"),
            )
        )


def _check_reference(
    frame, file, columns, target, target_columns, problems, message, fix, codes=None, known=None
):
    """Rows of ``frame`` whose ``columns`` (all filled) are not among ``target``'s.

    With one column, ``codes`` (its codes and distinct values in ``frame``) and ``known``
    (the distinct values of the target column), each distinct value is looked up once."""
    if not len(frame):
        return
    if (
        len(columns) == 1
        and codes is not None
        and known is not None
        and len(codes[0]) == len(frame)
    ):
        values, uniques = codes
        # (a str Index: a hash table of C strings, 8x faster than Series.isin or an object
        # Index on 1M ids)
        found = np.append(pd.Index(known, dtype=str).get_indexer(uniques) >= 0, True)
        for row in frame.index[~found[values]]:  # (code -1, a blank: found)
            problems.append(
                Problem(file, int(row), columns[-1], str(frame.at[row, columns[-1]]), message, fix)
            )
        return
    filled = frame[list(columns)].notna().all(axis=1)
    if not filled.any():
        return
    if len(columns) == 1:  # one column: compare the values themselves, no joined keys
        keys = frame.loc[filled, columns[0]]
        missing = ~keys.isin(target[target_columns[0]].dropna()) if len(target) else keys.notna()
    else:
        keys = _key(frame[filled], columns)
        known = set(_key(target, target_columns)) if len(target) else set()
        missing = ~keys.isin(known)
    for row in keys.index[missing]:
        problems.append(
            Problem(file, int(row), columns[-1], str(frame.at[row, columns[-1]]), message, fix)
        )


def _check_order(frame, file, first, second, problems, message, fix):
    if not len(frame):
        return
    bad = frame[first].notna() & frame[second].notna() & (frame[second] < frame[first])
    for row in frame.index[bad]:
        problems.append(
            Problem(file, int(row), second, str(frame.at[row, second])[:10], message, fix)
        )


def _cross_checks(tables, files, problems, warnings, codes=None):
    """Every reference and order rule across tables; ``codes``: each table's integer codes
    of its id columns (``_Checker.keys``) when the checker kept them."""
    codes = codes or {}
    clients = tables["clients"]
    client_ids = codes.get("clients", {}).get("client_id")
    for name, frame in tables.items():
        if name == "clients" or not len(frame):
            continue
        _check_reference(
            frame,
            files[name],
            ["client_id"],
            clients,
            ["client_id"],
            problems,
            msg("v_unknown_client"),
            msg("v_unknown_client_fix"),
            codes=codes.get(name, {}).get("client_id"),
            known=client_ids[1] if client_ids is not None and len(clients) else None,
        )
    _check_order(
        clients,
        files["clients"],
        "intake_date",
        "termination_date",
        problems,
        msg("v_termination_before_intake"),
        msg("v_check_dates"),
    )
    family = tables["family"]
    for col in ("father_id", "mother_id", "partner_id"):
        _check_reference(
            family,
            files["family"],
            ["client_id", col],
            family,
            ["client_id", "member_id"],
            problems,
            msg("v_unknown_member", col=col),
            msg("v_unknown_member_fix"),
        )
    if len(family):
        bad = (
            family["death_year"].notna()
            & family["birth_year"].notna()
            & (family["death_year"] < family["birth_year"])
        )
        for row in family.index[bad]:
            problems.append(
                Problem(
                    files["family"],
                    int(row),
                    "death_year",
                    str(family.at[row, "death_year"]),
                    msg("v_death_before_birth"),
                    msg("v_death_before_birth_fix"),
                )
            )
        for col in ("father_id", "mother_id"):
            self_parent = (family[col] == family["member_id"]).fillna(False)
            for row in family.index[self_parent]:
                problems.append(
                    Problem(
                        files["family"],
                        int(row),
                        col,
                        str(family.at[row, col]),
                        msg("v_own_parent"),
                        msg("v_own_parent_fix", col=col),
                    )
                )
    for name in ("sessions", "evaluation"):
        _check_reference(
            tables[name],
            files[name],
            ["client_id", "activity_id"],
            tables["plan"],
            ["client_id", "activity_id"],
            problems,
            msg("v_unknown_activity"),
            msg("v_unknown_activity_fix"),
        )
    _check_order(
        tables["plan"],
        files["plan"],
        "start_date",
        "end_date",
        problems,
        msg("v_end_before_start"),
        msg("v_check_dates"),
    )
    sessions = tables["sessions"]
    if len(sessions):
        bad = (
            sessions["start_time"].notna()
            & sessions["end_time"].notna()
            & (sessions["end_time"] <= sessions["start_time"])
        )
        for row in sessions.index[bad.fillna(False)]:
            problems.append(
                Problem(
                    files["sessions"],
                    int(row),
                    "end_time",
                    str(sessions.at[row, "end_time"]),
                    msg("v_session_ends_early"),
                    msg("v_session_ends_early_fix"),
                )
            )
