"""Reading a casebook's files into tables of strings.

What spreadsheets really produce is accepted here: UTF-8 with or without a
byte-order mark (and, with a warning, Windows-1252), ``,`` or ``;`` or tab as
delimiter, CRLF line ends, blank trailing rows, header cells with stray spaces
or capitals, rows commented out with ``#`` in the first cell, and ``.xlsx``
workbooks with one sheet per table. Converting and checking the strings is
:mod:`casekit.checks`.
"""

from __future__ import annotations

import csv
import io
import os
import re
import warnings as warnings_module
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import Problem
from .i18n import msg
from .oddfiles import MAX_FILE_BYTES, MAX_WORKBOOK_BYTES, file_problem, workbook_problem
from .tables import Table


@dataclass
class _Raw:
    """One table as typed by the user: all cells are stripped strings."""

    frame: pd.DataFrame  # index = spreadsheet row number
    file: str  # as shown in messages
    decimal_comma: bool = False


def _normalise_header(name: str) -> str:
    name = str(name).replace("\ufeff", "").strip().lower()
    return re.sub(r"[\s\-]+", "_", name)


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_text(path: Path, problems: list[Problem], warnings: list[Problem]) -> str | None:
    try:
        with open(path, "rb") as fh:  # at most the limit (checked by file_problem) + 1 byte
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        problems.append(
            Problem(
                path.name,
                None,
                None,
                None,
                msg("f_cannot_read", detail=err.strerror or err),
                msg("f_cannot_read_fix"),
            )
        )
        return None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode Text": UTF-16 with a BOM
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            pass
        else:
            warnings.append(
                Problem(
                    path.name,
                    None,
                    None,
                    None,
                    msg("f_utf16"),
                    msg("f_save_utf8"),
                    "warning",
                )
            )
            return text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        warnings.append(
            Problem(
                path.name,
                None,
                None,
                None,
                msg("f_cp1252"),
                msg("f_save_utf8_garbled"),
                "warning",
            )
        )
        return data.decode("cp1252", errors="replace")


def _numeric_columns(table: Table) -> set[str]:
    names = {c.name for c in table.columns if c.kind in ("int", "float")}
    if table.extra is not None:
        names |= {f"q{k}" for k in range(1, 1000)}
    return names


#: bytes read to find the header line before the direct read
_HEAD_BYTES = 1 << 16
#: item answers (q1..qN) are read as this nullable integer type when every answer fits
ANSWER_DTYPE = "Int16"
#: pandas' read_csv options shared by the direct and the careful read
_CSV_OPTIONS = dict(
    keep_default_na=False,
    na_values=[""],
    skip_blank_lines=False,
    engine="c",
    # never take the first column as the index when rows are longer than the header
    # (pandas would silently shift every cell one column left)
    index_col=False,
)


def _read_csv(
    path: Path, table: Table, problems: list[Problem], warnings: list[Problem]
) -> _Raw | None:
    """One CSV file as a :class:`_Raw` (None after adding a problem).

    The common file (UTF-8, with ``\\n`` line ends, every row as wide as the header,
    answers that fit :data:`ANSWER_DTYPE`) is read straight from disk by pandas' C parser
    (:func:`_read_csv_direct`); any other file, and any file the direct read has a doubt
    about, takes the careful path below, which decodes the whole text first and says
    what is wrong. Both give the same tables (``tests/test_reading_direct.py``).
    """
    raw = _read_csv_direct(path, table)
    if raw is not None:
        return raw
    return _read_csv_careful(path, table, problems, warnings)


def _read_csv_careful(
    path: Path, table: Table, problems: list[Problem], warnings: list[Problem]
) -> _Raw | None:
    """Decode the whole file, then read it; every odd case says what is wrong."""
    text = _read_text(path, problems, warnings)
    if text is None:
        return None
    text = text.lstrip("\ufeff")
    if "\r" in text and "\n" not in text:  # old Mac line ends (CR only)
        text = text.replace("\r", "\n")
    if not text.strip():
        problems.append(
            Problem(
                path.name,
                None,
                None,
                None,
                msg("f_empty"),
                msg("f_empty_fix"),
            )
        )
        return None
    first = text.split("\n", 1)[0]
    sep = _sniff_delimiter(first)
    try:
        header = next(csv.reader([first.rstrip("\r")], delimiter=sep))
        numeric = _numeric_columns(table)
        # numeric columns are parsed by pandas' C parser (fast); a column with any cell that
        # is not a number falls back to text and is checked cell by cell below
        dtypes = {h: str for h in header if _normalise_header(h) not in numeric}
        with warnings_module.catch_warnings(record=True) as caught:
            warnings_module.simplefilter("always", pd.errors.ParserWarning)
            # UTF-8 bytes, not io.StringIO (which holds 4 bytes per character): at 1M
            # clients that alone was 0.8 GB (issue 17)
            data = text.encode("utf-8")
            del text
            frame = pd.read_csv(
                io.BytesIO(data),
                encoding="utf-8",
                sep=sep,
                dtype=dtypes,
                decimal="," if sep == ";" else ".",
                **_CSV_OPTIONS,
            )
        long_rows = any(issubclass(w.category, pd.errors.ParserWarning) for w in caught)
        if long_rows and _report_long_rows(
            data.decode("utf-8"), sep, len(header), path.name, problems
        ):
            return None
        if len(frame.columns) == len(header):
            # undo pandas' renaming of a repeated header ('sex.1'); blank header cells keep
            # pandas' 'Unnamed: 3' (dropped below when their column is empty)
            frame.columns = [
                h if h.strip() else c for h, c in zip(header, frame.columns, strict=True)
            ]
    except (pd.errors.ParserError, csv.Error, ValueError, StopIteration) as err:
        # pandas says 'line N' (1-based) or 'row N' (0-based line of an unclosed quote)
        match = re.search(r"line (\d+)", str(err))
        row = int(match.group(1)) if match else None
        match = re.search(r"starting at row (\d+)", str(err))
        row = int(match.group(1)) + 1 if match else row
        message = msg("f_not_table", detail=str(err).strip())
        fix = msg("f_not_table_fix", sep=sep)
        cells = re.search(r"Expected (\d+) fields in line \d+, saw (\d+)", str(err))
        if cells:  # say it in the spreadsheet's words, not pandas' (which counts from 0)
            message = msg("f_row_cells", saw=cells.group(2), expected=cells.group(1))
            fix = msg("f_row_cells_fix", sep=sep)
        elif "EOF inside string" in str(err):
            message = msg("f_unclosed_quote")
            fix = msg("f_unclosed_quote_fix")
        problems.append(Problem(path.name, row, None, None, message, fix))
        return None
    frame.index = pd.RangeIndex(2, 2 + len(frame), name="row")
    return _Raw(frame, path.name, decimal_comma=(sep == ";"))


def _read_csv_direct(path: Path, table: Table) -> _Raw | None:
    """Read a plain UTF-8 CSV file straight from disk; None when the careful path must.

    At a million clients, decoding the whole file to text and encoding it back (as the
    careful path does) held two more copies of it in memory and took a second; here
    pandas' C parser reads the open file in chunks. Text columns are read as strings,
    item answers as :data:`ANSWER_DTYPE` (a narrow nullable integer: 2 bytes and a mask
    byte per answer instead of 8 and 1), other numbers as pandas infers them. Anything
    unusual (a UTF-16 or repeated byte-order mark, no ``\\n`` in the first 64 KB, an empty
    file, bytes that are not UTF-8, rows longer than the header, an answer that is not a
    whole number in range, a file past the size limit, any parser error) returns None.
    """
    numeric = _numeric_columns(table)
    try:
        with open(path, "rb") as fh:  # the open file is what is read (no second lookup)
            if os.fstat(fh.fileno()).st_size > MAX_FILE_BYTES:
                return None
            head = fh.read(_HEAD_BYTES)
            start = 3 if head.startswith(b"\xef\xbb\xbf") else 0
            if head[start : start + 3] == b"\xef\xbb\xbf" or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
                return None
            end = head.find(b"\n")
            if end < 0 or not head.strip():
                return None
            first = head[start:end].decode("utf-8")
            sep = _sniff_delimiter(first)
            header = next(csv.reader([first.rstrip("\r")], delimiter=sep))
            dtypes = {}
            for h in header:
                name = _normalise_header(h)
                if name not in numeric:
                    dtypes[h] = str
                elif table.extra is not None and table.extra.match(name):
                    dtypes[h] = ANSWER_DTYPE
            fh.seek(start)
            with warnings_module.catch_warnings(record=True) as caught:
                warnings_module.simplefilter("always", pd.errors.ParserWarning)
                frame = pd.read_csv(
                    fh,
                    encoding="utf-8",
                    sep=sep,
                    dtype=dtypes,
                    decimal="," if sep == ";" else ".",
                    **_CSV_OPTIONS,
                )
    except (ValueError, TypeError, OverflowError, OSError, csv.Error, StopIteration):
        return None  # (UnicodeDecodeError and pandas' ParserError are ValueErrors)
    if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
        return None
    if len(frame.columns) != len(header):
        return None
    frame.columns = [h if h.strip() else c for h, c in zip(header, frame.columns, strict=True)]
    frame.index = pd.RangeIndex(2, 2 + len(frame), name="row")
    return _Raw(frame, path.name, decimal_comma=(sep == ";"))


def _report_long_rows(text: str, sep: str, width: int, file: str, problems) -> bool:
    """Report rows with filled cells beyond the header's last column; True if any."""
    found = False
    for number, cells in enumerate(csv.reader(io.StringIO(text), delimiter=sep), start=1):
        extra = [c.strip() for c in cells[width:] if c.strip()]
        if number > 1 and extra:
            found = True
            problems.append(
                Problem(
                    file,
                    number,
                    None,
                    sep.join(extra),
                    msg("f_long_row", width=width),
                    msg("f_long_row_fix"),
                )
            )
    return found


def _read_workbook(path: Path, problems: list[Problem]) -> dict[str, _Raw]:
    odd = file_problem(path, path.parent, path.name, MAX_WORKBOOK_BYTES) or workbook_problem(path)
    if odd is not None:
        problems.append(odd)
        return {}
    try:
        sheets = pd.read_excel(path, sheet_name=None, dtype=str, header=0, engine="openpyxl")
    except Exception as err:  # openpyxl raises many kinds for a damaged file
        problems.append(
            Problem(
                path.name,
                None,
                None,
                None,
                msg("f_workbook", detail=str(err or type(err).__name__)),
                msg("f_workbook_fix"),
            )
        )
        return {}
    out = {}
    seen: dict[str, str] = {}
    for sheet, frame in sheets.items():
        name = _normalise_header(sheet)
        if name in seen:
            problems.append(
                Problem(
                    path.name,
                    None,
                    None,
                    sheet,
                    msg("f_dup_sheets", first=seen[name], second=sheet, table=name),
                    msg("f_dup_sheets_fix"),
                )
            )
            continue
        seen[name] = sheet
        frame = frame.fillna("").astype(str)
        frame.index = pd.RangeIndex(2, 2 + len(frame), name="row")
        out[name] = _Raw(frame, f"{path.name}, sheet '{sheet}'", decimal_comma=True)
    return out


# --- converting one table ---------------------------------------------------------------------
