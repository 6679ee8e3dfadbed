"""Writing files for someone else to read: atomically, never half-written.

Every file casekit writes for a reader (reports, index pages, slides, saved
questionnaire answers, exports) goes through :func:`atomic_write`: the bytes go
to a temporary file beside the target, are flushed to disk, and replace the
target with one rename. A failure leaves the old file (or none) and no
temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

__all__ = ["atomic_write", "csv_text", "process_alive", "remove_stale_temps"]

#: a cell with any of these (or the delimiter) is quoted: every control character, so a lone
#: carriage return or a tab inside a note reads back as typed, and the quote itself
_NEEDS_QUOTES = re.compile(r'[\x00-\x1f\x7f"]')


def _mode_for(path: Path) -> int:
    """Permission bits for a file written over ``path``: its own, else 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` atomically.

    The data goes to a temporary file in the same folder (so the rename does
    not cross file systems), is flushed to disk, then replaces ``path`` with
    :func:`os.replace`. If anything fails, the temporary file is removed and
    ``path`` keeps its old content (or stays absent). The new file keeps the
    permissions of the file it replaces; a new one gets the usual ``0666``
    less the umask (``mkstemp`` alone would leave it readable by its owner
    only).

    Parameters
    ----------
    path : str or Path
        Target file; its folder must exist.
    data : str or bytes
        Text is written as UTF-8.

    Returns
    -------
    Path
        The target path.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as err:
        _name(err, path)
        raise
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(err, OSError):
            _name(err, path)
        raise
    return path


def _name(err: OSError, path: Path) -> None:
    """Name the target (not the temporary file) in ``err``, for the user's message."""
    if err.errno is not None and (err.filename is None or str(err.filename).endswith(".part")):
        err.filename = str(path)


def csv_text(rows, sep: str = ",", newline: str = "\n") -> str:
    """Rows of cells as CSV text, quoting every cell that holds a control character.

    Python's :mod:`csv` (and pandas' ``to_csv``) quote only cells holding the
    delimiter, the quote or a character of the line terminator, so a lone
    carriage return inside a note, written with ``\\n`` line ends, breaks the
    row when read back. Here a cell is quoted (RFC 4180: in ``"``, inner
    quotes doubled) when it holds the delimiter, a quote or any character below
    U+0020 or U+007F.

    Parameters
    ----------
    rows : iterable of sequences
        Cells are written with ``str``; None is an empty cell.
    sep : str
        Delimiter.
    newline : str
        Line terminator (``"\\n"`` or ``"\\r\\n"``).
    """

    def cell(value) -> str:
        text = "" if value is None else str(value)
        if sep in text or _NEEDS_QUOTES.search(text):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join(sep.join(cell(v) for v in row) + newline for row in rows)


def process_alive(pid: int) -> bool:
    """True while the process ``pid`` runs (POSIX: signal 0; Windows: its exit code)."""
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - another user's process
        return True
    return True


def remove_stale_temps(folder: Path, pattern: str) -> list[Path]:
    """Remove temporary files or folders ``folder/pattern`` whose name holds the process id
    of a writer that no longer runs (``...-<pid>-...``), as a killed run leaves them."""
    gone = []
    for path in Path(folder).glob(pattern):
        found = re.search(r"-(\d+)-", path.name)
        if found is None or process_alive(int(found.group(1))):
            continue
        import shutil

        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()
        gone.append(path)
    return gone
