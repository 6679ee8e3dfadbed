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
import stat
import warnings as warnings_module
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import Problem
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
        data = _read_bytes(path, MAX_FILE_BYTES)
    except OSError as err:
        problems.append(
            Problem(
                path.name,
                None,
                None,
                None,
                f"the file cannot be read ({err.strerror or err})",
                "check that you may read it (close it in other programs), then try again",
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
                    "the file is saved as UTF-16 (Excel's 'Unicode Text'); it was read as such",
                    "in your spreadsheet choose 'CSV UTF-8' when saving",
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
                "the file is not saved as UTF-8; it was read as Windows-1252",
                "in your spreadsheet choose 'CSV UTF-8' when saving, so letters are never garbled",
                "warning",
            )
        )
        return data.decode("cp1252", errors="replace")


def _numeric_columns(table: Table) -> set[str]:
    names = {c.name for c in table.columns if c.kind in ("int", "float")}
    if table.extra is not None:
        names |= {f"q{k}" for k in range(1, 1000)}
    return names


def _read_csv(
    path: Path, table: Table, problems: list[Problem], warnings: list[Problem]
) -> _Raw | None:
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
                "the file is empty",
                "add the header row (see `casekit new`) or delete the file",
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
            frame = pd.read_csv(
                io.StringIO(text),
                sep=sep,
                dtype=dtypes,
                keep_default_na=False,
                na_values=[""],
                skip_blank_lines=False,
                engine="c",
                decimal="," if sep == ";" else ".",
                # never take the first column as the index when rows are longer than the
                # header (pandas would silently shift every cell one column left)
                index_col=False,
            )
        long_rows = any(issubclass(w.category, pd.errors.ParserWarning) for w in caught)
        if long_rows and _report_long_rows(text, sep, len(header), path.name, problems):
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
        message = f"the file could not be read as a table ({str(err).strip()})"
        fix = (
            f"check that every row has the same number of '{sep}'-separated cells "
            "and that quotes are closed"
        )
        cells = re.search(r"Expected (\d+) fields in line \d+, saw (\d+)", str(err))
        if cells:  # say it in the spreadsheet's words, not pandas' (which counts from 0)
            message = (
                f"the file could not be read as a table: this row has {cells.group(2)} cells, "
                f"but the header row has {cells.group(1)}"
            )
            fix = f"look for a stray '{sep}' in this row, or give the extra cells a column header"
        elif "EOF inside string" in str(err):
            message = (
                'the file could not be read as a table: a quotation mark (") opened in this '
                "row is never closed"
            )
            fix = 'close the quote ("...") or delete it'
        problems.append(Problem(path.name, row, None, None, message, fix))
        return None
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
                    f"this row has more cells than the header row has columns ({width})",
                    "give the extra cells a column header, or delete them",
                )
            )
    return found


def _read_workbook(path: Path, problems: list[Problem]) -> dict[str, _Raw]:
    odd = file_problem(path, path.parent, path.name, MAX_WORKBOOK_BYTES) or _workbook_problem(path)
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
                f"the workbook could not be opened ({err or type(err).__name__})",
                "save it again from your spreadsheet as .xlsx",
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
                    f"the sheets '{seen[name]}' and '{sheet}' are both read as table '{name}' "
                    "(names differing only in capitals or spaces)",
                    "keep one of them: rename or delete the other sheet",
                )
            )
            continue
        seen[name] = sheet
        frame = frame.fillna("").astype(str)
        frame.index = pd.RangeIndex(2, 2 + len(frame), name="row")
        out[name] = _Raw(frame, f"{path.name}, sheet '{sheet}'", decimal_comma=True)
    return out


# --- odd files -------------------------------------------------------------------------------
#: largest CSV (or instrument TOML) read, in bytes; a bigger file is refused with a message
MAX_FILE_BYTES = 50 * 1024 * 1024
#: largest .xlsx read, in bytes, and the most its parts may unpack to (a "zip bomb" of a few
#: MB can unpack to GBs of XML)
MAX_WORKBOOK_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 250 * 1024 * 1024
#: largest sheet read: rows and columns (a stray cell at XFD1048576 makes a sheet of 17
#: billion cells, which takes minutes to walk through)
MAX_SHEET_ROWS = 100_000
MAX_SHEET_COLUMNS = 1_000

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def file_problem(path: Path, root: Path, display: str, limit: int = MAX_FILE_BYTES):
    """Why ``path`` must not be read, as a :class:`Problem`; None when it is a plain file.

    Only regular files inside the casebook folder ``root`` are read: a symbolic
    link whose target lies outside ``root`` (``/etc/passwd``), a FIFO (reading
    it would wait forever), a device (``/dev/zero`` never ends), a folder or a
    file over ``limit`` bytes is refused, each with a message naming the file
    and the fix. Checked with ``stat``, which never blocks, before the file is
    opened.
    """
    try:
        if path.is_symlink():
            target = path.resolve()
            inside = Path(root).resolve()
            if target != inside and inside not in target.parents:
                return Problem(
                    display,
                    None,
                    None,
                    None,
                    "this is a link to a file outside the casebook folder; casekit reads only "
                    "files inside the casebook",
                    "copy the file itself into the casebook folder instead of a link",
                )
        info = os.stat(path)
    except OSError as err:
        return Problem(
            display,
            None,
            None,
            None,
            f"the file cannot be read ({err.strerror or err})",
            "check that the file exists and that you may read it",
        )
    for test, kind in _KINDS:
        if test(info.st_mode):
            return Problem(
                display,
                None,
                None,
                None,
                f"this is {kind}, not a file",
                "replace it with the table saved as a file (or remove it)",
            )
    if not stat.S_ISREG(info.st_mode):  # pragma: no cover - other kinds of file
        return Problem(display, None, None, None, "this is not a plain file", "replace it")
    if info.st_size > limit:
        return Problem(
            display,
            None,
            None,
            None,
            f"the file is {_mib(info.st_size)}, more than casekit reads ({_mib(limit)})",
            "split the casebook, or remove what does not belong in it",
        )
    return None


def _read_bytes(path: Path, limit: int) -> bytes:
    """At most ``limit`` + 1 bytes (the size was checked; a file may grow meanwhile)."""
    with open(path, "rb") as fh:
        return fh.read(limit + 1)


def _workbook_problem(path: Path) -> Problem | None:
    """A workbook too large once unpacked, or with a sheet beyond the size limits."""
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
            if unpacked > MAX_UNPACKED_BYTES:
                return Problem(
                    path.name,
                    None,
                    None,
                    None,
                    f"the workbook unpacks to {_mib(unpacked)}, more than casekit reads "
                    f"({_mib(MAX_UNPACKED_BYTES)})",
                    "save the casebook as CSV files, or remove what does not belong in it",
                )
            for info in zf.infolist():
                if re.fullmatch(r"xl/worksheets/[^/]+\.xml", info.filename):
                    with zf.open(info) as fh:
                        head = fh.read(4096).decode("utf-8", "replace")
                    found = re.search(
                        r'<(?:\w+:)?dimension\s+ref="([A-Z]+\d+:)?([A-Z]+)(\d+)"', head
                    )
                    if found:
                        columns = _column_number(found.group(2))
                        rows = int(found.group(3))
                        if rows > MAX_SHEET_ROWS or columns > MAX_SHEET_COLUMNS:
                            return Problem(
                                path.name,
                                None,
                                None,
                                found.group(2) + found.group(3),
                                f"a sheet uses cells as far as {found.group(2)}{found.group(3)}; "
                                f"casekit reads sheets of up to {MAX_SHEET_ROWS:,} rows and "
                                f"{MAX_SHEET_COLUMNS:,} columns",
                                "delete the far-away cells (select the empty rows and columns "
                                "after your table and delete them), then save again",
                            )
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
        return Problem(
            path.name,
            None,
            None,
            None,
            f"the workbook could not be opened ({err or type(err).__name__})",
            "save it again from your spreadsheet as .xlsx",
        )
    return None


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


# --- converting one table ---------------------------------------------------------------------
