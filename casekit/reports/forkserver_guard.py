"""Imported first by a batch's forkserver: on Linux the forkserver dies with the process
that started the batch, at once.

:func:`casekit.reports.runner._pool_context` lists this module first in the forkserver's
preload. The standard forkserver notices that the batch's process has gone only when it
reads end-of-file on its pipe, which it does after importing papermill and nbconvert, and
then it leaves through a normal interpreter shutdown with all of those loaded: seconds
under load, while ``kill -9`` of a run should leave nothing running
(``tests/test_faults_kill.py``). Here the kernel is asked to send the forkserver
``SIGKILL`` when its parent ends (``prctl(PR_SET_PDEATHSIG)``). Its workers are not
affected (the setting is not inherited across ``fork``); they watch the batch's process
themselves and end with it (:func:`casekit.reports.lifecycle.watch_parent`).

Importing this module anywhere else does nothing.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

__all__: list[str] = []

_PR_SET_PDEATHSIG = 1


def _in_forkserver() -> bool:
    """Whether this import runs inside :func:`multiprocessing.forkserver.main`."""
    frame = sys._getframe(1)
    ending = os.path.join("multiprocessing", "forkserver.py")
    while frame is not None:
        if frame.f_code.co_name == "main" and frame.f_code.co_filename.endswith(ending):
            return True
        frame = frame.f_back
    return False


if sys.platform.startswith("linux") and _in_forkserver():
    with contextlib.suppress(Exception):
        import ctypes

        parent = os.getppid()
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # it ended before the line above took effect
            os._exit(0)
