"""Checking a casebook's tables: type conversion, vocabularies, keys and cross-table rules.

:class:`_Checker` converts one table of strings to typed columns and collects
every problem (file, spreadsheet row, column, value, fix); the functions below
check what spans tables (unique keys, references, date order, instruments,
answers and totals). Reading the files is :mod:`casekit.reading`.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .cells import case_twins_possible, casefolded, first_char_is, id_mismatch, strip_cells
from .errors import InstrumentError, Problem
from .i18n import MONTHS, MONTHS_SHORT, Msg, msg
from .reading import _normalise_header, _Raw
from .tables import (
    ITEM_COLUMN,
    TABLES,
    WINDOWS_RESERVED,
    Column,
    Table,
    accepted_values,
    normalise_timepoint,
    vocab_of,
)

TABLE_ORDER = tuple(TABLES)

_TRUE = {"yes", "y", "ya", "true", "t", "1", "benar", "iya", "v", "x"}
_FALSE = {"no", "n", "tidak", "tdk", "false", "f", "0", "salah", "bukan", "-"}
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.][0-5]\d)?$")
_DECIMAL_COMMA = re.compile(r"^\s*-?\d+,\d+\s*$")
#: dates casekit accepts (issue 14: a year typo such as 1724 must not reach the reports)
#: a date as Excel shows and saves it with a long date format: "12 Januari 2025",
#: "3 Feb 2025", "12-Jan-2025", "17 Agustus 2024" (day, month name, year)
_DATE_WORDS = re.compile(r"^\s*(\d{1,2})[\s.-]+([A-Za-z]+)\.?[\s.-]+(\d{4})\s*$")
_MONTH_NUMBER = {
    name.casefold(): number
    for names in (*MONTHS.values(), *MONTHS_SHORT.values())
    for number, name in enumerate(names, start=1)
} | {"agt": 8, "ags": 8, "nop": 11, "sept": 9, "peb": 2, "pebruari": 2, "nopember": 11}
DATE_MIN = pd.Timestamp("1900-01-01")
DATE_MAX = pd.Timestamp("2100-12-31")

_DTYPES = {
    "id": "string",
    "text": "string",
    "vocab": "string",
    "list": "string",
    "time": "string",
    "int": "Int64",
    "float": "Float64",
    "bool": "boolean",
    "date": "datetime64[ns]",
}


def _empty_table(table: Table) -> pd.DataFrame:
    frame = pd.DataFrame({c.name: pd.Series(dtype=_DTYPES[c.kind]) for c in table.columns})
    frame.index.name = "row"
    return frame


def _parse_dates(values: pd.Series, fmt: str) -> tuple[pd.Series, pd.Series]:
    """Parse with one format: the dates (NaT where unreadable or out of range) and a mask
    of the dates that were read but lie outside ``DATE_MIN``..``DATE_MAX``.

    pandas reads a year such as 0224 at second resolution; it is masked before the
    conversion to nanoseconds, which would overflow."""
    parsed = pd.to_datetime(values, format=fmt, errors="coerce")
    far = parsed.notna() & ((parsed < DATE_MIN) | (parsed > DATE_MAX))
    return parsed.where(~far).astype("datetime64[ns]"), far


class _Checker:
    """Converts and checks one table, adding to a shared problem list."""

    def __init__(self, table: Table, raw: _Raw, problems: list[Problem], warnings: list[Problem]):
        self.table = table
        self.raw = raw
        self.problems = problems
        self.warnings = warnings

    def add(self, rows, column, values, message, fix):
        for row, value in zip(rows, values, strict=False):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            self.problems.append(
                Problem(
                    self.raw.file,
                    int(row),
                    column,
                    None if value is None else str(value),
                    message,
                    fix,
                )
            )

    def run(self) -> pd.DataFrame | None:
        table, raw = self.table, self.raw
        frame = raw.frame
        headers = [_normalise_header(c) for c in frame.columns]
        seen: dict[str, int] = {}
        for original, name in zip(frame.columns, headers, strict=True):
            if name in seen:
                self.problems.append(
                    Problem(
                        raw.file,
                        1,
                        name,
                        str(original),
                        msg("v_dup_header"),
                        msg("v_dup_header_fix"),
                    )
                )
            seen[name] = seen.get(name, 0) + 1
        if any(n > 1 for n in seen.values()):
            return None
        frame = frame.set_axis(headers, axis=1)  # copy-on-write: the raw cells are not copied
        # pandas names empty header cells "Unnamed: 3"; they are fine if the column is empty
        for name in [n for n in frame.columns if n.startswith("unnamed:")]:
            cells = frame[name].astype("string").fillna("").str.strip()  # all-empty reads as float
            if not cells.astype(bool).any():
                frame = frame.drop(columns=name)
        # strip text cells (numbers parsed by pandas need nothing); drop blank rows and
        # rows commented out with '#'
        # (vectorised, casekit.cells: a per-cell .str.strip is a Python loop over every cell)
        for name in frame.columns:
            s = frame[name]
            if not pd.api.types.is_numeric_dtype(s):
                values = strip_cells(s.fillna("").astype(str).to_numpy(dtype=object))
                frame[name] = pd.Series(values, index=s.index, dtype=str)
        blank = np.ones(len(frame), dtype=bool)
        for name in frame.columns:
            col = frame[name]
            blank &= (
                col.isna().to_numpy()
                if pd.api.types.is_numeric_dtype(col)
                else (col.to_numpy(dtype=object) == "")
            )
        blank = pd.Series(blank, index=frame.index)
        first = frame.columns[0] if len(frame.columns) else None
        if first is not None and not pd.api.types.is_numeric_dtype(frame[first]):
            comment = pd.Series(
                first_char_is(frame[first].to_numpy(dtype=object), "#"), index=frame.index
            )
        else:
            comment = pd.Series(False, index=frame.index)
        if (blank | comment).any():  # (a filter copies every column: only when needed)
            frame = frame[~(blank | comment)]
        self.clean = frame

        missing = [c.name for c in table.columns if c.required and c.name not in frame.columns]
        if table.name == "life_events" and not {"year", "age"} & set(frame.columns):
            missing.append("year (or age)")
        for name in missing:
            self.problems.append(
                Problem(
                    raw.file,
                    1,
                    name,
                    None,
                    msg("v_missing_column", name=name),
                    msg("v_missing_column_fix", name=name),
                )
            )
        if missing:
            return None

        known = {c.name for c in table.columns}
        for name in frame.columns:
            if name in known:
                continue
            if table.extra is not None and table.extra.match(name):
                continue
            self.warnings.append(
                Problem(
                    raw.file,
                    1,
                    name,
                    None,
                    msg("v_unknown_column"),
                    msg("v_unknown_column_fix", known=", ".join(sorted(known))),
                    "warning",
                )
            )

        if frame.empty:  # header (and maybe example rows) only: nothing to convert
            result = _empty_table(table)
            for name in frame.columns:
                if name not in result.columns:
                    extra = table.extra is not None and table.extra.match(name)
                    result[name] = pd.Series(dtype="Int64" if extra else "string")
            return result
        out = {}
        for column in table.columns:
            if column.name in frame.columns:
                out[column.name] = self.convert(column, frame[column.name])
            else:
                out[column.name] = pd.Series(pd.NA, index=frame.index, dtype=_DTYPES[column.kind])
        for name in frame.columns:
            if name in out:
                continue
            if table.extra is not None and table.extra.match(name):
                out[name] = self.convert(Column(name, "int"), frame[name])
            else:
                out[name] = frame[name].replace("", pd.NA).astype("string")
        result = pd.DataFrame(out, index=frame.index, copy=False)  # (fresh columns: no copy)
        result.index.name = "row"
        self.check_required(result)
        return result

    # each converter returns a typed Series and reports the cells it could not read
    def convert(self, column: Column, raw: pd.Series) -> pd.Series:
        kind = column.kind
        if pd.api.types.is_numeric_dtype(raw):
            if kind in ("int", "float"):
                return self.check_number(column, raw, raw.notna(), raw.astype("float64"))
            raw = raw.astype("string").fillna("").astype(str)  # e.g. numeric codes
        filled = raw != ""
        if kind in ("text", "list"):
            series = raw.where(filled, pd.NA).astype("string")
            if kind == "list":
                series = series.str.replace(r"\s*;\s*", "; ", regex=True).str.strip("; ")
            return series
        if kind == "id":
            if column.name == "timepoint":  # sebelum/sesudah, pre-test... -> pre/post
                words = {v: normalise_timepoint(v) for v in pd.unique(raw)}
                raw = raw.map(words)
            series = raw.where(filled, pd.NA).astype("string")
            bad = pd.Series(False, index=raw.index)
            bad[filled] = id_mismatch(raw[filled].to_numpy(dtype=object))
            if bad.any():
                self.add(
                    raw.index[bad],
                    column.name,
                    raw[bad],
                    msg("v_bad_code"),
                    msg("v_bad_code_fix"),
                )
            return series
        if kind == "vocab":
            return self.convert_vocab(column, raw, filled)
        if kind in ("int", "float"):
            return self.convert_number(column, raw, filled)
        if kind == "bool":
            lowered = raw.str.lower()
            values = pd.Series(pd.NA, index=raw.index, dtype="boolean")
            values[lowered.isin(_TRUE)] = True
            values[lowered.isin(_FALSE)] = False
            bad = filled & values.isna()
            if bad.any():
                self.add(
                    raw.index[bad],
                    column.name,
                    raw[bad],
                    msg("v_not_bool"),
                    msg("v_not_bool_fix"),
                )
            return values
        if kind == "date":
            return self.convert_date(column, raw, filled)
        if kind == "time":
            match = raw.str.extract(_TIME)
            ok = match[0].notna()
            normal = match[0].str.zfill(2) + ":" + match[1]
            bad = filled & ~ok
            if bad.any():
                self.add(
                    raw.index[bad],
                    column.name,
                    raw[bad],
                    msg("v_not_time"),
                    msg("v_not_time_fix"),
                )
            return normal.where(ok & filled, pd.NA).astype("string")
        raise ValueError(f"unknown column kind {kind!r}")  # a bug in tables.py, not user data

    def convert_vocab(self, column, raw, filled):
        mapping = vocab_of(column)
        # a vocabulary column has few distinct cells: normalise and look up each once
        codes, uniques = pd.factorize(raw.to_numpy(dtype=object))
        key = pd.Series(uniques, dtype=str).str.lower().str.replace(r"\s+", " ", regex=True)
        found = key.map(mapping).to_numpy(dtype=object)
        values = pd.Series(found[codes] if len(codes) else [], index=raw.index, dtype=object)
        bad = filled & values.isna()
        if bad.any():
            choices = accepted_values(column, "id")
            self.add(
                raw.index[bad],
                column.name,
                raw[bad],
                msg("v_unknown_value"),
                Msg(
                    str(msg("v_unknown_value_fix", allowed=", ".join(column.values))),
                    msg("v_unknown_value_fix", allowed=", ".join(x[1] for x in choices)).text("id"),
                ),
            )
        return values.where(filled, pd.NA).astype("string")

    def convert_number(self, column, raw, filled):
        numbers = pd.to_numeric(raw.where(filled, None), errors="coerce").astype("float64")
        unreadable = filled & numbers.isna()
        if unreadable.any():  # decimal commas, e.g. 92,5
            retry = raw[unreadable]
            commas = retry.str.match(_DECIMAL_COMMA)
            fixed = pd.to_numeric(retry[commas].str.replace(",", ".", regex=False), errors="coerce")
            numbers[fixed.index] = fixed
            unreadable = filled & numbers.isna()
        if unreadable.any():
            what = msg("v_whole_number" if column.kind == "int" else "v_number")
            self.add(
                raw.index[unreadable],
                column.name,
                raw[unreadable],
                msg("v_not_number", what=what),
                msg("v_not_number_fix", what=what),
            )
        return self.check_number(column, raw, filled & ~unreadable, numbers)

    def check_number(self, column, raw, filled, numbers):
        whole = raw.dtype == np.int64  # parsed as integers by pandas: nothing to round
        if column.kind == "int" and not whole:
            fractional = filled & numbers.notna() & (numbers != np.floor(numbers))
            if fractional.any():
                self.add(
                    raw.index[fractional],
                    column.name,
                    raw[fractional],
                    msg("v_not_whole"),
                    msg("v_not_whole_fix"),
                )
                numbers = numbers.where(~fractional)
        out_of_range = pd.Series(False, index=raw.index)
        if column.min is not None:
            out_of_range |= numbers < column.min
        if column.max is not None:
            out_of_range |= numbers > column.max
        out_of_range &= numbers.notna()
        if out_of_range.any():
            self.add(
                raw.index[out_of_range],
                column.name,
                raw[out_of_range],
                msg("v_out_of_range", lo=f"{column.min:g}", hi=f"{column.max:g}"),
                msg("v_out_of_range_fix"),
            )
        if column.kind == "int":
            if whole:
                return raw.astype("Int64")
            return numbers.round().astype("Float64").astype("Int64")
        return numbers.astype("Float64")

    def convert_date(self, column, raw, filled):
        dates, far = _parse_dates(raw.where(filled, None), _DATE_FORMATS[0])
        todo = filled & dates.isna() & ~far
        for fmt in _DATE_FORMATS[1:]:
            if not todo.any():
                break
            parsed, far_here = _parse_dates(raw[todo], fmt)
            ok = parsed.notna()
            dates.loc[parsed.index[ok]] = parsed[ok]
            far.loc[far_here.index[far_here]] = True
            todo.loc[parsed.index[ok | far_here]] = False
        if todo.any():  # month names: "12 Januari 2025", "3 Feb 2025"
            words = raw[todo].str.extract(_DATE_WORDS)
            months = words[1].str.casefold().map(_MONTH_NUMBER)
            named = months.notna()
            if named.any():
                iso = (
                    words.loc[named, 2]
                    + "-"
                    + months[named].astype(int).astype(str).str.zfill(2)
                    + "-"
                    + words.loc[named, 0].str.zfill(2)
                )
                parsed, far_here = _parse_dates(iso, _DATE_FORMATS[0])
                ok = parsed.notna()
                dates.loc[parsed.index[ok]] = parsed[ok]
                far.loc[far_here.index[far_here]] = True
                todo.loc[parsed.index[ok | far_here]] = False
        if todo.any():
            self.add(
                raw.index[todo],
                column.name,
                raw[todo],
                msg("v_not_date"),
                msg("v_not_date_fix"),
            )
        # a year typo (0224, 1724, 2224) must not reach the reports, where it breaks every
        # difference of dates
        if far.any():
            self.add(
                raw.index[far],
                column.name,
                raw[far],
                msg("v_date_far", lo=str(DATE_MIN.year), hi=str(DATE_MAX.year)),
                msg("v_date_far_fix"),
            )
        return dates

    def check_required(self, result: pd.DataFrame) -> None:
        for column in self.table.columns:
            if not column.required:
                continue
            empty = result[column.name].isna() & ~self._had_value(result.index, column.name)
            if empty.any():
                self.add(
                    result.index[empty],
                    column.name,
                    [None] * int(empty.sum()),
                    msg("v_required", name=column.name),
                    msg("v_required_fix", name=column.name),
                )
        if self.table.name == "life_events":
            neither = result["year"].isna() & result["age"].isna()
            neither &= ~self._had_value(result.index, "year") & ~self._had_value(
                result.index, "age"
            )
            if neither.any():
                self.add(
                    result.index[neither],
                    "year",
                    [None] * int(neither.sum()),
                    msg("v_year_or_age"),
                    msg("v_year_or_age_fix"),
                )

    def _had_value(self, index, name) -> pd.Series:
        if name not in self.clean.columns:
            return pd.Series(False, index=index)
        cells = self.clean.loc[index, name]
        if pd.api.types.is_numeric_dtype(cells):  # read by pandas as numbers: empty = NaN
            return cells.notna()
        return cells != ""


# --- checks across rows and tables --------------------------------------------------------------
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


def _check_unique(name, frame, file, problems):
    if name == "clients" and "client_id" in frame.columns and len(frame):
        _check_portable_ids(frame, file, problems)
    table = TABLES[name]
    if not table.key or not len(frame):
        return
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


def _check_reference(frame, file, columns, target, target_columns, problems, message, fix):
    """Rows of ``frame`` whose ``columns`` (all filled) are not among ``target``'s."""
    if not len(frame):
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


def _cross_checks(tables, files, problems, warnings):
    clients = tables["clients"]
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


def _fold_instrument_ids(tables, local) -> None:
    """Write an instrument id typed in other capitals or with ``-``/space for ``_``
    (``UCLA_LS3``, ``UCLA-LS3``, ``DJG 11``) as the instrument's own id, when exactly
    one known instrument has that spelling; other values are left for
    :func:`_check_instruments` to report."""
    from . import instruments as registry

    known = registry.available(local=local)
    folded: dict[str, list[str]] = {}
    for inst_id in known:
        folded.setdefault(re.sub(r"[\s-]+", "_", inst_id.casefold()), []).append(inst_id)
    for name in ("responses", "scores"):
        column = tables[name]["instrument"]
        if not len(column):
            continue
        values = column.dropna().unique()
        mapping = {}
        for value in values:
            if value in known:
                continue
            match = folded.get(re.sub(r"[\s-]+", "_", str(value).strip().casefold()), [])
            if len(match) == 1:
                mapping[value] = match[0]
        if mapping:
            tables[name]["instrument"] = column.replace(mapping)


def _check_instruments(tables, files, local, problems):
    from . import instruments as registry

    responses, scores = tables["responses"], tables["scores"]
    item_cols = [c for c in responses.columns if ITEM_COLUMN.match(c)]
    # local definitions that failed to load were reported already; their rows are not
    # "unknown instruments" (that message would send the user to a file they have)
    broken = {Path(p.file).stem for p in problems if p.file.startswith("instruments/")}
    for name, frame in (("responses", responses), ("scores", scores)):
        if not len(frame):
            continue
        for inst_id, rows in frame.groupby("instrument", sort=False).groups.items():
            try:
                inst = registry.get(str(inst_id), local=local)
            except InstrumentError:
                if str(inst_id) in broken:
                    continue
                known = ", ".join(registry.available(local=local))
                for row in rows:
                    problems.append(
                        Problem(
                            files[name],
                            int(row),
                            "instrument",
                            str(inst_id),
                            msg("v_unknown_instrument"),
                            msg("v_unknown_instrument_fix", known=known, id=inst_id),
                        )
                    )
                continue
            part = frame if len(rows) == len(frame) else frame.loc[rows]  # one instrument: no copy
            if name == "responses":
                _check_answers(part, item_cols, inst, files[name], problems)
            else:
                _check_totals(part, inst, files[name], problems)


def _check_answers(part, item_cols, inst, file, problems):
    if inst.items == 0:
        for row in part.index:
            problems.append(
                Problem(
                    file,
                    int(row),
                    "instrument",
                    inst.id,
                    msg("v_totals_only"),
                    msg("v_totals_only_fix"),
                )
            )
        return
    n_items = inst.items
    extra = [c for c in item_cols if int(c[1:]) > n_items]
    for col in extra:
        filled = part[col].notna()
        for row in part.index[filled]:
            problems.append(
                Problem(
                    file,
                    int(row),
                    col,
                    str(part.at[row, col]),
                    msg("v_beyond_items", id=inst.id, n=n_items, col=col),
                    msg("v_beyond_items_fix"),
                )
            )
    lo, hi = inst.response_min, inst.response_max
    for col in item_cols:
        if int(col[1:]) > n_items:
            continue
        values = part[col]
        bad = values.notna() & ((values < lo) | (values > hi))
        for row in part.index[bad.fillna(False)]:
            problems.append(
                Problem(
                    file,
                    int(row),
                    col,
                    str(values[row]),
                    msg("v_answer_range", id=inst.id, lo=lo, hi=hi),
                    msg("v_answer_range_fix"),
                )
            )


def _check_totals(part, inst, file, problems):
    scales = {"total", *inst.subscales}
    bad_scale = part["scale"].notna() & ~part["scale"].isin(scales)
    for row in part.index[bad_scale.fillna(False)]:
        problems.append(
            Problem(
                file,
                int(row),
                "scale",
                str(part.at[row, "scale"]),
                msg("v_unknown_scale", id=inst.id),
                msg("v_use_one_of", allowed=", ".join(sorted(scales))),
            )
        )
    _check_possible(part, inst, file, problems, bad_scale)
    lo, hi = inst.score_min, inst.score_max
    if lo is None and hi is None:
        return
    score = part["score"]
    total = part["scale"].fillna("total") == "total"
    bad = score.notna() & total
    low = bad & (score < lo) if lo is not None else pd.Series(False, index=part.index)
    high = bad & (score > hi) if hi is not None else pd.Series(False, index=part.index)
    for row in part.index[(low | high).fillna(False)]:
        problems.append(
            Problem(
                file,
                int(row),
                "score",
                str(int(score[row])) if float(score[row]).is_integer() else str(score[row]),
                msg("v_total_range", id=inst.id, lo=f"{lo:g}", hi=f"{hi:g}"),
                msg("v_total_range_fix"),
            )
        )


def _check_possible(part, inst, file, problems, bad_scale):
    """Totals inside the range that the instrument still cannot produce (DJG-6 1.5)."""
    from .scoring import possible_totals

    lo, hi = inst.score_min, inst.score_max
    scale = part["scale"].fillna("total").astype(str)
    score = pd.to_numeric(part["score"], errors="coerce")
    for name in pd.unique(scale[~bad_scale.fillna(False)]):
        rows = part.index[(scale == name).to_numpy()]
        values = score[rows].to_numpy(dtype=float, na_value=np.nan)
        in_range = np.ones(len(values), dtype=bool)
        if name == "total":  # out-of-range totals get their own message below
            low = -np.inf if lo is None else lo
            high = np.inf if hi is None else hi
            with np.errstate(invalid="ignore"):
                in_range = (values >= low) & (values <= high)
        impossible = ~possible_totals(inst, name, values) & in_range
        what = "a total" if name == "total" else f"a {name} subscale score"
        if inst.scoring == "djg":
            rule = "a count of lonely answers, so a whole number"
            fix = "type the whole number of lonely answers"
        elif name == "total" and inst.max_missing:
            rule = (
                f"a sum of whole answers, or a prorated total (sum x {inst.items} / answered "
                f"items, at most {inst.max_missing} blank)"
            )
            fix = "check the total, or type the item answers in responses.csv instead"
        else:
            rule = "a sum of whole answers, so a whole number"
            fix = "check the score, or type the item answers in responses.csv instead"
        for row, value in zip(rows[impossible], values[impossible], strict=True):
            problems.append(
                Problem(
                    file,
                    int(row),
                    "score",
                    f"{value:g}",
                    f"{what} of {inst.id} is {rule}; {value:g} cannot occur",
                    fix,
                )
            )


# --- the entry point ----------------------------------------------------------------------------
