"""Converting and checking one table: strings to typed columns, every bad cell named.

:class:`_Checker` converts one table of strings (as :mod:`casekit.reading`
gives it) to typed columns: text, ids, vocabularies, numbers, booleans,
dates and times, and collects a :class:`~casekit.errors.Problem` (file,
spreadsheet row, column, value, fix) for every cell it cannot read, every
required cell left empty and every unknown column. What spans rows or tables
is checked elsewhere: unique keys, references and the order of dates in
:mod:`casekit.crosschecks`, answers and totals against their instrument in
:mod:`casekit.instrument_checks` (both re-exported here).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .cells import first_char_is, id_mismatch, strip_cells
from .errors import Problem
from .i18n import MONTHS, MONTHS_SHORT, Msg, msg
from .reading import ANSWER_DTYPE, _normalise_header, _Raw
from .tables import (
    TABLES,
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
#: a time of day; Indonesian times often carry their zone ("09.00 WIB", WITA, WIT): dropped
_TIME = re.compile(
    r"^([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.][0-5]\d)?(?:\s*(?:WIB|WITA|WIT|wib|wita|wit))?$"
)
_DECIMAL_COMMA = re.compile(r"^\s*-?\d+,\d+\s*$")
#: an age typed with its unit, as students write it in a form: "68 tahun", "68 thn", "68 th."
_AGE_WITH_UNIT = re.compile(r"^\s*(\d{1,3})\s*(?:tahun|thn|th|years?|yrs?|y)\.?\s*$", re.IGNORECASE)
#: columns holding an age in whole years
_AGE_COLUMNS = frozenset({"age_at_intake", "age"})
#: a date as Excel shows and saves it with a long date format: "12 Januari 2025",
#: "3 Feb 2025", "12-Jan-2025", "17 Agustus 2024" (day, month name, year);
#: Excel's Indonesian long date starts with the weekday: "Senin, 13 Januari 2025" (ignored)
_DATE_WORDS = re.compile(
    r"^\s*(?:[A-Za-z'\u2019]+,\s*)?(\d{1,2})[\s.-]+([A-Za-z]+)\.?[\s.-]+(\d{4})\s*$"
)
_MONTH_NUMBER = {
    name.casefold(): number
    for names in (*MONTHS.values(), *MONTHS_SHORT.values())
    for number, name in enumerate(names, start=1)
} | {"agt": 8, "ags": 8, "nop": 11, "sept": 9, "peb": 2, "pebruari": 2, "nopember": 11}
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


def _narrow_answers(values: pd.Series) -> pd.Series:
    """Item answers as :data:`~casekit.reading.ANSWER_DTYPE` when every one fits, else as
    they are (``Int64``).

    A million clients' 20 answers a year apart are 40M cells: 360 MB as ``Int64``, 120 MB
    as ``Int16``. (Not ``Int8``: element-wise arithmetic wraps around silently in a narrow
    type, and ``100 + 100`` would be ``-56``; sums over rows or columns widen.)
    """
    if values.dtype == ANSWER_DTYPE:
        return values
    info = np.iinfo(np.int16)
    if values.notna().any() and not (info.min <= values.min() and values.max() <= info.max):
        return values
    return values.astype(ANSWER_DTYPE)


def _distinct_cells(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """A text column as ``(codes, uniques)``: ``uniques[codes[i]]`` is cell ``i`` stripped,
    code -1 an empty cell; ``uniques`` are distinct, non-empty ``str``.

    Empty cells arrive as NaN from the CSV reader and as ``""`` from workbooks. pandas'
    parser shares one object among the equal cells of a chunk, so factorising a column
    of few distinct cells is fast (hashes are cached, equal cells are the same object).
    """
    codes, uniques = pd.factorize(column.to_numpy(dtype=object), use_na_sentinel=True)
    if pd.api.types.infer_dtype(uniques, skipna=False) != "string":
        uniques = np.array([str(u) for u in uniques], dtype=object)
    stripped = strip_cells(uniques)
    if stripped is not uniques or (uniques == "").any():  # cells that strip to one another
        again, uniques = pd.factorize(np.where(stripped == "", None, stripped))
        codes = np.where(codes >= 0, np.append(again, -1)[codes], -1)
    return codes.astype(np.int32 if len(uniques) < 2**31 else np.intp), uniques


class _Checker:
    """Converts and checks one table, adding to a shared problem list."""

    def __init__(self, table: Table, raw: _Raw, problems: list[Problem], warnings: list[Problem]):
        self.table = table
        self.raw = raw
        self.problems = problems
        self.warnings = warnings
        #: id columns as ``(codes, distinct values)`` of the checked table (code -1: blank),
        #: for the key and reference checks (:mod:`casekit.crosschecks`)
        self.keys: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    _record: list | None = None

    def add(self, rows, column, values, message, fix):
        if self._record is not None:  # converting distinct cells: rows are their codes
            self._record.append((np.asarray(rows, dtype=np.intp), list(values), message, fix))
            return
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

    @staticmethod
    def _header_below(frame: pd.DataFrame, missing: list[str]) -> int | None:
        """The spreadsheet row, among the first ten, that holds the missing required
        column names as cells ("DATA KLIEN" typed in row 1, the headers in row 3)."""
        for row, record in frame.head(10).iterrows():
            cells = {_normalise_header(v) for v in record if isinstance(v, str) and v.strip()}
            if set(missing) <= cells:
                return int(row)
        return None

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
        # each text column as integer codes into its distinct stripped cells (-1: empty);
        # numbers parsed by pandas need nothing. Then drop blank rows and rows commented
        # out with '#'. (A column of a million cells has a few distinct ones, or ids:
        # everything below works on the distinct cells; casekit.cells strips them.)
        text = {
            name: _distinct_cells(frame[name])
            for name in frame.columns
            if not pd.api.types.is_numeric_dtype(frame[name])
        }
        blank = np.ones(len(frame), dtype=bool)
        for name in frame.columns:
            blank &= text[name][0] < 0 if name in text else frame[name].isna().to_numpy()
        first = frame.columns[0] if len(frame.columns) else None
        drop = blank
        if first in text:
            codes, uniques = text[first]
            hashed = np.append(first_char_is(uniques, "#"), False)  # code -1: empty
            drop = blank | hashed[codes]
        if drop.any():  # (a filter copies every column: only when needed)
            keep = ~drop
            frame = frame[keep]
            text = {name: (codes[keep], uniques) for name, (codes, uniques) in text.items()}
        self.clean = frame
        self.text = text

        missing = [c.name for c in table.columns if c.required and c.name not in frame.columns]
        if table.name == "life_events" and not {"year", "age"} & set(frame.columns):
            missing.append("year (or age)")
        below = self._header_below(frame, missing) if missing else None
        if below is not None:  # a title typed above the table: its header row is lower down
            self.problems.append(
                Problem(
                    raw.file,
                    below,
                    None,
                    None,
                    msg("v_header_not_first", row=below),
                    msg("v_header_not_first_fix", row=below),
                )
            )
            return None
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
                    result[name] = pd.Series(dtype=ANSWER_DTYPE if extra else "string")
            return result
        out = {}
        for column in table.columns:
            if column.name in frame.columns:
                out[column.name] = self.convert(column, self.cells(frame, column.name))
            else:
                out[column.name] = pd.Series(pd.NA, index=frame.index, dtype=_DTYPES[column.kind])
        for name in frame.columns:
            if name in out:
                continue
            if table.extra is not None and table.extra.match(name):
                cells = self.cells(frame, name)
                out[name] = _narrow_answers(self.convert(Column(name, "int"), cells))
            else:
                out[name] = self.convert(Column(name, "text"), self.cells(frame, name))
        result = pd.DataFrame(out, index=frame.index, copy=False)  # (fresh columns: no copy)
        result.index.name = "row"
        self.check_required(result)
        return result

    def cells(self, frame: pd.DataFrame, name: str):
        """A column as pandas parsed it (numbers) or as its codes and distinct cells."""
        return self.text.get(name) or frame[name]

    def convert(self, column: Column, cells) -> pd.Series:
        """Convert a column: numbers parsed by pandas as they are, a text column once per
        distinct cell (the problems of a distinct cell are those of each row holding it)."""
        if not isinstance(cells, tuple):
            if column.kind in ("int", "float"):
                return self.check_number(column, cells, cells.notna(), cells.astype("float64"))
            cells = _distinct_cells(cells.astype("string").fillna("").astype(str))  # e.g. codes
        codes, uniques = cells
        distinct = pd.Series(uniques, dtype=str)  # index: the code
        recorded: list = []
        self._record = recorded
        try:
            typed = self.convert_cells(column, distinct)
        finally:
            self._record = None
        index = self.clean.index
        result = pd.Series(typed.array.take(codes, allow_fill=True), index=index)
        if column.kind == "id":  # the distinct ids, for the key checks
            ids = typed.to_numpy(dtype=object)
            if column.name == "timepoint":  # normalised: distinct cells may now be equal
                again, ids = pd.factorize(ids)
                codes = np.append(again, -1).astype(codes.dtype)[codes]
            self.keys[column.name] = (codes, ids)
        for positions, values, message, fix in recorded:  # each row of a bad distinct cell
            hit = np.zeros(len(uniques) + 1, dtype=bool)  # (the last one: code -1, empty)
            hit[positions] = True
            value_of = np.empty(len(uniques), dtype=object)
            value_of[positions] = values
            rows = np.flatnonzero(hit[codes])
            self.add(index[rows], column.name, value_of[codes[rows]], message, fix)
        return result

    # each converter returns a typed Series and reports the cells it could not read
    def convert_cells(self, column: Column, raw: pd.Series) -> pd.Series:
        kind = column.kind
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
        if unreadable.any() and column.name in _AGE_COLUMNS:  # "68 tahun" means 68
            years = raw[unreadable].str.extract(_AGE_WITH_UNIT, expand=False)
            years = pd.to_numeric(years, errors="coerce").dropna()
            numbers[years.index] = years
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
        # parsed as integers by pandas (int64, or Int16 answers): nothing to round
        whole = pd.api.types.is_integer_dtype(raw.dtype)
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
                return raw if raw.dtype == ANSWER_DTYPE else raw.astype("Int64")
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
            if column.name in self.text:  # (a typed cell that is unreadable is reported)
                empty = pd.Series(self.text[column.name][0] < 0, index=result.index)
            else:
                empty = result[column.name].isna()
                if empty.any():
                    empty &= ~self._had_value(result.index, column.name)
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
        if name in self.text:
            return pd.Series(self.text[name][0] >= 0, index=self.clean.index).loc[index]
        if name not in self.clean.columns:
            return pd.Series(False, index=index)
        return self.clean.loc[index, name].notna()  # read by pandas as numbers: empty = NaN


# checks across rows and tables, kept importable from here
from .crosschecks import (  # noqa: E402, F401
    _check_order,
    _check_portable_ids,
    _check_reference,
    _check_unique,
    _cross_checks,
    _key,
)
from .instrument_checks import (  # noqa: E402, F401
    _check_answers,
    _check_instruments,
    _check_possible,
    _check_totals,
)
