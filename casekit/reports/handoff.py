"""The casebook a run has loaded, handed to its report kernel: each casebook read once.

:func:`~casekit.reports.runner.render_cohort` loads (and pools) the casebooks
before any kernel starts: to check the parameters with a clear message and to
build the identifier guard. The report kernel is another process and needs the
same casebook. Instead of reading every CSV file a second time, the runner
writes what it loaded into this run's working folder (:func:`write`) and passes
the file's path as the template's ``loaded`` parameter; the template's
:func:`~casekit.reports.params.cohort_inputs` reads it back (:func:`read`).

- **What is written.** The loaded casebook as a pickle, less the
  ``identifiers`` table (kept as an empty frame with the same columns: no report
  needs it), with the resolved casebook paths it was loaded from. The kernel
  uses it only when those paths are the ones it was asked for; otherwise it
  loads the casebooks itself, as a notebook run by hand does.
- **Privacy.** The working folder is internal (``<out>/.casekit-work/run-...``,
  locked by the run, :mod:`casekit.reports.lifecycle`), never a page for a
  reader. The file is readable by its owner only and the runner removes it as
  soon as the kernel has finished, whatever the outcome (:func:`discard`).
- **Safety.** Reading a pickle runs code, so the kernel reads only the file the
  runner named, in a folder this run made.
"""

from __future__ import annotations

import contextlib
import copy
import os
import pickle
from pathlib import Path

__all__ = ["FILE_NAME", "write", "read", "discard"]

#: the handoff's file name inside the run's working folder
FILE_NAME = "loaded-casebook.pickle"


def _key(paths) -> list[str]:
    return [str(Path(p).expanduser().resolve()) for p in paths]


def write(cb, paths, folder) -> Path:
    """Write ``cb`` (loaded from ``paths``) into ``folder`` for the kernel; return the file.

    Parameters
    ----------
    cb : Casebook
        The casebook as loaded (a pooled one for several paths), before any
        client is left out: the template makes its own checks on it.
    paths : list of str or Path
        The casebooks ``cb`` was loaded from, in the order given to the template.
    folder : Path
        This run's working folder.
    """
    light = copy.copy(cb)
    tables = dict(cb.tables)
    if "identifiers" in tables:
        tables["identifiers"] = tables["identifiers"].iloc[0:0]
    light.tables = tables
    target = Path(folder) / FILE_NAME
    data = pickle.dumps({"paths": _key(paths), "casebook": light}, pickle.HIGHEST_PROTOCOL)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return target


def read(file, paths):
    """The casebook :func:`write` left in ``file`` for ``paths``; None when there is none
    for them (no file, other paths): the caller then loads the casebooks itself."""
    file = Path(file)
    if not file.is_file():
        return None
    with open(file, "rb") as handle:
        found = pickle.load(handle)  # noqa: S301 - the runner's own file (module docstring)
    if found.get("paths") != _key(paths):
        return None
    return found["casebook"]


def discard(file) -> None:
    """Remove the handoff file (nothing when it is gone already)."""
    if file:
        with contextlib.suppress(OSError):
            Path(file).unlink()
