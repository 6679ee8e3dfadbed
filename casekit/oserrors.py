"""Operating-system failures in the user's words.

A full disk, a read-only or locked folder, a file where a folder should be, a
name too long for the file system: Python raises :class:`OSError` (or one of
its children) with a terse English text and no advice. :func:`describe` turns
any of them into one sentence in Bahasa Indonesia or English that names the
path and says what to do. The command line (:func:`casekit.cli.main`) and the
questionnaire form's *Save* (:mod:`casekit.widgets`) both use it, so the same
failure reads the same everywhere.

The kind of failure comes from ``errno`` (POSIX numbers, which Python also
uses on Windows for these cases), see :mod:`errno`.
"""

from __future__ import annotations

import errno

from .i18n import t

__all__ = ["describe", "kind_of", "is_usage"]

_KINDS = {
    errno.ENOSPC: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.ENAMETOOLONG: "name_too_long",
    errno.EISDIR: "is_dir",
    errno.ENOTDIR: "not_dir",
    errno.ENOENT: "not_found",
    errno.EEXIST: "exists",
    errno.ELOOP: "loop",
}
if hasattr(errno, "EDQUOT"):
    _KINDS[errno.EDQUOT] = "disk_full"


def kind_of(err: OSError) -> str:
    """Short name of the failure: ``disk_full``, ``read_only``, ``permission``,
    ``name_too_long``, ``is_dir``, ``not_dir``, ``not_found``, ``exists``,
    ``loop`` or ``other``."""
    return _KINDS.get(getattr(err, "errno", None), "other")


def is_usage(err: OSError) -> bool:
    """True when the command was given a path that is not there (exit code 2)."""
    return kind_of(err) == "not_found"


def describe(err: OSError, lang: str = "id") -> str:
    """One sentence naming the path, what went wrong and what to do.

    Parameters
    ----------
    err : OSError
        ``err.filename`` (and ``filename2``) name the path when Python knows
        it; casekit's writers add it where Python does not (a failed
        ``write`` on a full disk has none).
    lang : {"id", "en"}

    Returns
    -------
    str
        For example ``"Tidak dapat menulis /x/reports/S.html: disk penuh. ..."``.
    """
    path = err.filename if err.filename not in (None, "") else t("oserr_unknown_path", lang)
    if getattr(err, "filename2", None):
        path = f"{path} -> {err.filename2}"
    kind = kind_of(err)
    detail = err.strerror or (str(err.args[0]) if err.args else type(err).__name__)
    return t(f"oserr_{kind}", lang).format(path=path, detail=detail)
