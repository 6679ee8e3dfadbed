"""Practice copies of a casebook: one per notebook session, gone when the session ends.

A lecture notebook lets students press *Save* in the questionnaire form
without touching the casebook it teaches from: the form writes into a
practice copy. The rules:

* one copy per kernel (per Python process) and casebook: running the
  notebook again in the same session reuses it;
* the copy never holds ``identifiers.csv`` (real names, addresses, phone
  numbers) nor any other file whose name starts with ``identifiers``;
* it is removed when the kernel shuts down (``atexit``), and copies left by a
  kernel that was killed are removed the next time any kernel makes one
  (their folder name carries the process id that made them; a folder whose
  process no longer runs, or that has no process id, is stale).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from pathlib import Path

from .errors import ParameterError
from .i18n import msg

__all__ = ["practice_copy", "remove_stale", "PREFIX"]

PREFIX = "casekit-practice-"
_PID = re.compile(rf"^{re.escape(PREFIX)}(\d+)-")
_mine: dict[Path, Path] = {}


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_stale(root: str | Path | None = None) -> list[Path]:
    """Remove the practice copies whose kernel is gone; return the folders removed."""
    root = Path(root or tempfile.gettempdir())
    removed = []
    for folder in root.glob(PREFIX + "*"):
        if not folder.is_dir():
            continue
        match = _PID.match(folder.name)
        if match and _alive(int(match.group(1))):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _remove_mine() -> None:
    for folder in list(_mine.values()):
        shutil.rmtree(folder.parent, ignore_errors=True)
    _mine.clear()


def _skip_identifiers(_dir, names):
    return [n for n in names if n.lower().startswith("identifiers")]


def practice_copy(casebook) -> Path:
    """This session's practice copy of a casebook folder (made on the first call).

    Parameters
    ----------
    casebook : Casebook or path
        The casebook (or its folder) to copy.

    Returns
    -------
    pathlib.Path
        The copy's folder, inside ``<temp>/casekit-practice-<pid>-<random>/``;
        without ``identifiers.csv``; removed when this Python process ends.
    """
    src = Path(casebook.path if hasattr(casebook, "path") else casebook).resolve()
    if not src.is_dir():
        raise ParameterError(msg("m_pl_practice_not_folder", path=src))
    known = _mine.get(src)
    if known is not None and known.is_dir():
        return known
    remove_stale()
    parent = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    dest = parent / src.name
    shutil.copytree(src, dest, ignore=_skip_identifiers)
    if not _mine:
        atexit.register(_remove_mine)
    _mine[src] = dest
    return dest
