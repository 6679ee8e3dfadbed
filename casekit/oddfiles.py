"""Odd files refused before they are opened: only plain files inside the casebook, within
size limits.

A casebook folder may hold what a spreadsheet never writes: a named pipe (reading
it waits forever), a device such as ``/dev/zero`` (it never ends), a folder named
``clients.csv``, a symbolic link to a file outside the casebook (``/etc/passwd``
would be read and could end up in a report), a file of gigabytes, or an ``.xlsx``
of a few MB that unpacks to GBs of XML or whose sheet reaches cell XFD1048576
(17 billion cells to walk through). :func:`file_problem` and
:func:`workbook_problem` find these with ``stat`` and the zip directory, which
never block and read almost nothing, and say what is wrong and what to do.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path

from .errors import Problem
from .i18n import msg

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_WORKBOOK_BYTES",
    "MAX_UNPACKED_BYTES",
    "MAX_SHEET_ROWS",
    "MAX_SHEET_COLUMNS",
    "file_problem",
    "workbook_problem",
]

#: largest CSV (or instrument TOML) read, in bytes; a bigger file is refused with a message
MAX_FILE_BYTES = 1024 * 1024 * 1024  # 1M clients with two administrations: 200 MB (issue 17)
#: largest .xlsx read, in bytes, and the most its parts may unpack to
MAX_WORKBOOK_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 250 * 1024 * 1024
#: largest sheet read: rows and columns
MAX_SHEET_ROWS = 100_000
MAX_SHEET_COLUMNS = 1_000

_KINDS = (
    (stat.S_ISDIR, "f_kind_folder"),
    (stat.S_ISFIFO, "f_kind_fifo"),
    (stat.S_ISCHR, "f_kind_device"),
    (stat.S_ISBLK, "f_kind_device"),
    (stat.S_ISSOCK, "f_kind_socket"),
)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def file_problem(path: Path, root: Path, display: str, limit: int = MAX_FILE_BYTES):
    """Why ``path`` must not be read, as a :class:`~casekit.errors.Problem`; None when it
    is a plain file that may be read.

    Parameters
    ----------
    path : Path
        The file (as found in the casebook folder; it may be a link).
    root : Path
        The casebook folder: a link must point inside it.
    display : str
        The file's name in messages (``clients.csv``, ``instruments/x.toml``).
    limit : int
        Largest size read, in bytes.
    """
    try:
        if path.is_symlink():
            target = path.resolve()
            inside = Path(root).resolve()
            if target != inside and inside not in target.parents:
                return Problem(
                    display, None, None, None, msg("f_link_outside"), msg("f_link_outside_fix")
                )
        info = os.stat(path)
    except OSError as err:
        return Problem(
            display,
            None,
            None,
            None,
            msg("f_cannot_read", detail=err.strerror or err),
            msg("f_cannot_read_fix"),
        )
    for test, kind in _KINDS:
        if test(info.st_mode):
            return Problem(
                display,
                None,
                None,
                None,
                msg("f_not_a_file", kind=msg(kind)),
                msg("f_not_a_file_fix"),
            )
    if not stat.S_ISREG(info.st_mode):  # pragma: no cover - other kinds of file
        return Problem(
            display, None, None, None, msg("f_not_a_file", kind="?"), msg("f_not_a_file_fix")
        )
    if info.st_size > limit:
        return Problem(
            display,
            None,
            None,
            None,
            msg("f_too_big", size=_mb(info.st_size), limit=_mb(limit)),
            msg("f_too_big_fix"),
        )
    return None


def workbook_problem(path: Path) -> Problem | None:
    """A workbook too large once unpacked, or with a sheet beyond
    :data:`MAX_SHEET_ROWS` x :data:`MAX_SHEET_COLUMNS` (from each sheet's
    ``<dimension ref="A1:XFD1048576"/>``, read from the first 4 KB of its XML)."""
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
            if unpacked > MAX_UNPACKED_BYTES:
                return Problem(
                    path.name,
                    None,
                    None,
                    None,
                    msg("f_unpacked", size=_mb(unpacked), limit=_mb(MAX_UNPACKED_BYTES)),
                    msg("f_unpacked_fix"),
                )
            for info in zf.infolist():
                if not re.fullmatch(r"xl/worksheets/[^/]+\.xml", info.filename):
                    continue
                with zf.open(info) as fh:
                    head = fh.read(4096).decode("utf-8", "replace")
                found = re.search(r'<(?:\w+:)?dimension\s+ref="(?:[A-Z]+\d+:)?([A-Z]+)(\d+)"', head)
                if not found:
                    continue
                cell = found.group(1) + found.group(2)
                if (
                    int(found.group(2)) > MAX_SHEET_ROWS
                    or _column(found.group(1)) > MAX_SHEET_COLUMNS
                ):
                    return Problem(
                        path.name,
                        None,
                        None,
                        cell,
                        msg(
                            "f_far_cell",
                            cell=cell,
                            rows=f"{MAX_SHEET_ROWS:,}",
                            columns=f"{MAX_SHEET_COLUMNS:,}",
                        ),
                        msg("f_far_cell_fix"),
                    )
    except Exception as err:  # noqa: BLE001 - a damaged zip raises many kinds (zlib.error...)
        return Problem(
            path.name,
            None,
            None,
            None,
            msg("f_workbook_unreadable", detail=str(err) or type(err).__name__),
            msg("f_workbook_unreadable_fix"),
        )
    return None


def _column(letters: str) -> int:
    """Spreadsheet column number of ``letters`` (A = 1, XFD = 16384)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n
