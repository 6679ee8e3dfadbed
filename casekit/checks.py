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

from .errors import InstrumentError, Problem
from .reading import _normalise_header, _Raw
from .tables import ID_PATTERN, ITEM_COLUMN, TABLES, WINDOWS_RESERVED, Column, Table, vocab_of

TABLE_ORDER = tuple(TABLES)

_TRUE = {"yes", "y", "ya", "true", "t", "1", "benar", "iya", "v", "x"}
_FALSE = {"no", "n", "tidak", "tdk", "false", "f", "0", "salah", "bukan", "-"}
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.][0-5]\d)?$")
_DECIMAL_COMMA = re.compile(r"^\s*-?\d+,\d+\s*$")
#: dates casekit accepts (issue 14: a year typo such as 1724 must not reach the reports)
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
                        "this column appears twice in the header",
                        "delete or rename one of the two columns",
                    )
                )
            seen[name] = seen.get(name, 0) + 1
        if any(n > 1 for n in seen.values()):
            return None
        frame = frame.copy()
        frame.columns = headers
        # pandas names empty header cells "Unnamed: 3"; they are fine if the column is empty
        for name in [n for n in frame.columns if n.startswith("unnamed:")]:
            cells = frame[name].astype("string").fillna("").str.strip()  # all-empty reads as float
            if not cells.astype(bool).any():
                frame = frame.drop(columns=name)
        # strip text cells (numbers parsed by pandas need nothing); drop blank rows and
        # rows commented out with '#'
        frame = frame.apply(
            lambda s: (
                s if pd.api.types.is_numeric_dtype(s) else s.fillna("").astype(str).str.strip()
            )
        )
        blank = pd.Series(True, index=frame.index)
        for name in frame.columns:
            col = frame[name]
            blank &= col.isna() if pd.api.types.is_numeric_dtype(col) else (col == "")
        first = frame.columns[0] if len(frame.columns) else None
        if first is not None and not pd.api.types.is_numeric_dtype(frame[first]):
            comment = frame[first].str.startswith("#")
        else:
            comment = pd.Series(False, index=frame.index)
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
                    f"the required column '{name}' is missing",
                    f"add a column headed '{name}' (see `casekit new` for a template)",
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
                    "casekit does not know this column; it is kept but not checked",
                    "check the spelling of the header if you meant one of: "
                    + ", ".join(sorted(known)),
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
        result = pd.DataFrame(out, index=frame.index)
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
            series = raw.where(filled, pd.NA).astype("string")
            uniques = pd.unique(raw[filled])
            ok = [bool(ID_PATTERN.match(u)) for u in uniques]
            bad = filled & raw.isin(uniques[~np.asarray(ok, dtype=bool)] if len(ok) else [])
            if bad.any():
                self.add(
                    raw.index[bad],
                    column.name,
                    raw[bad],
                    "codes may only use letters, digits, '-' and '_' (no spaces), "
                    "start with a letter or digit, and be at most 64 characters",
                    "remove spaces and other signs from the code, e.g. 'K-01'",
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
                    "this is not a yes/no value",
                    "write yes or no (ya or tidak), or leave the cell empty",
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
                    "this is not a time of day",
                    "write the time as HH:MM on a 24-hour clock, e.g. 09:30 or 14:00",
                )
            return normal.where(ok & filled, pd.NA).astype("string")
        raise ValueError(f"unknown column kind {kind!r}")  # a bug in tables.py, not user data

    def convert_vocab(self, column, raw, filled):
        mapping = vocab_of(column)
        key = raw.str.lower().str.replace(r"\s+", " ", regex=True)
        values = key.map(mapping)
        bad = filled & values.isna()
        if bad.any():
            allowed = ", ".join(column.values)
            self.add(
                raw.index[bad],
                column.name,
                raw[bad],
                "this value is not one casekit knows for this column",
                f"use one of: {allowed} (common Indonesian spellings are accepted too)",
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
            what = "a whole number" if column.kind == "int" else "a number"
            self.add(
                raw.index[unreadable],
                column.name,
                raw[unreadable],
                f"this is not {what}",
                f"write {what} using digits only, or leave it empty",
            )
        return self.check_number(column, raw, filled & ~unreadable, numbers)

    def check_number(self, column, raw, filled, numbers):
        if column.kind == "int":
            fractional = filled & numbers.notna() & (numbers != np.floor(numbers))
            if fractional.any():
                self.add(
                    raw.index[fractional],
                    column.name,
                    raw[fractional],
                    "this must be a whole number",
                    "remove the decimals",
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
                f"this is outside the allowed range {column.min:g} to {column.max:g}",
                "check the number; correct typing mistakes",
            )
        if column.kind == "int":
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
        if todo.any():
            self.add(
                raw.index[todo],
                column.name,
                raw[todo],
                "this is not a date casekit can read",
                "write dates as YYYY-MM-DD, e.g. 2024-08-22",
            )
        # a year typo (0224, 1724, 2224) must not reach the reports, where it breaks every
        # difference of dates
        if far.any():
            self.add(
                raw.index[far],
                column.name,
                raw[far],
                f"this date is outside the years {DATE_MIN.year} to {DATE_MAX.year}",
                "check the year for a typing mistake (YYYY-MM-DD, e.g. 2024-08-22)",
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
                    f"'{column.name}' must be filled in",
                    f"type the {column.name} in this row",
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
                    "each life event needs a year or an age",
                    "fill in year or age",
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
    for row, value in ids[ids.str.upper().isin(WINDOWS_RESERVED)].items():
        problems.append(
            Problem(
                file,
                int(row),
                "client_id",
                str(value),
                "this code is a name Windows reserves for devices (CON, PRN, AUX, NUL, "
                "COM1-9, LPT1-9), so its report could not be saved there",
                "choose another code, e.g. 'K-" + str(value) + "'",
            )
        )
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
                    f"this code differs from '{first[folded][1]}' (row {first[folded][0]}) only in "
                    "capitals; on Windows and macOS their reports would be one file",
                    "give the two clients codes that differ in more than capitals",
                )
            )
        first.setdefault(folded, (int(row), str(value)))


def _check_unique(name, frame, file, problems):
    if name == "clients" and "client_id" in frame.columns and len(frame):
        _check_portable_ids(frame, file, problems)
    table = TABLES[name]
    if not table.key or not len(frame):
        return
    key = _key(frame, table.key)
    complete = frame[list(table.key)].notna().all(axis=1)
    dup = key.duplicated(keep="first") & complete
    if not dup.any():
        return
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
                f"the same {cols} already appears in row {int(first_row[row])}",
                "each record must be unique: merge the two rows or change the code",
            )
        )


def _check_reference(frame, file, columns, target, target_columns, problems, message, fix):
    """Rows of ``frame`` whose ``columns`` (all filled) are not among ``target``'s."""
    if not len(frame):
        return
    filled = frame[list(columns)].notna().all(axis=1)
    if not filled.any():
        return
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
            "this client_id is not in clients.csv",
            "add the client to clients.csv or correct the code (codes are case-sensitive)",
        )
    _check_order(
        clients,
        files["clients"],
        "intake_date",
        "termination_date",
        problems,
        "the termination date is before the intake date",
        "check both dates (YYYY-MM-DD)",
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
            f"{col} names a family member who is not in family.csv",
            "use the member_id of a row of the same client, or leave the cell empty",
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
                    "the year of death is before the year of birth",
                    "check both years",
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
                        "a person cannot be their own parent",
                        f"correct {col}: it must name another member_id of this client",
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
            "this activity_id is not in plan.csv for this client",
            "add the activity to plan.csv or correct the code",
        )
    _check_order(
        tables["plan"],
        files["plan"],
        "start_date",
        "end_date",
        problems,
        "the end date is before the start date",
        "check both dates (YYYY-MM-DD)",
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
                    "the session ends before (or when) it starts",
                    "check start_time and end_time (HH:MM, 24-hour clock)",
                )
            )


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
                            "casekit does not know this instrument",
                            f"use one of: {known}; or define it in instruments/{inst_id}.toml",
                        )
                    )
                continue
            part = frame.loc[rows]
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
                    "this instrument has totals only (no item answers)",
                    "put its total in scores.csv instead of responses.csv",
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
                    f"{inst.id} has only {n_items} items, so there is no answer {col}",
                    "check that the row names the right instrument, or empty this cell",
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
                    f"answers to {inst.id} must be whole numbers from {lo} to {hi}",
                    "correct the answer, or leave the cell empty if the item was not answered",
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
                f"{inst.id} has no scale of this name",
                "use one of: " + ", ".join(sorted(scales)),
            )
        )
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
                f"a total of {inst.id} must lie between {lo:g} and {hi:g}",
                "check the total (or the instrument named in this row)",
            )
        )


# --- the entry point ----------------------------------------------------------------------------
