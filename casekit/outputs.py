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
import tempfile
from pathlib import Path

__all__ = ["atomic_write"]


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
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return path
