"""Runs that cannot collide or linger: one working folder per run, a lock on the output
folder, clean-up after killed runs, workers that end with their parent.

- **A lock on the output folder.** A run holds ``<out>/.casekit-work/run.lock``
  (the :mod:`filelock` package: ``fcntl``/``msvcrt`` locks, released by the
  operating system when the process ends, even after ``kill -9``). A second run
  into the same folder stops at once with a message; runs into different
  folders go on side by side. The lock file is removed when the run ends,
  however it ends (``.casekit-work`` too when nothing in it is kept), so a
  finished output folder holds only what a reader opens.
- **Its own working folder.** Each run works in
  ``<out>/.casekit-work/run-<time>-<pid>/`` (one sub-folder per client), so no
  run can delete another's files. A run that ends writes ``finished`` into its
  folder, and removes the folder when nothing in it is kept for inspection (the
  executed notebook of a failed client is kept).
- **Clean-up after a killed run.** Holding the lock, a new run removes the
  working folders without ``finished`` (their run was killed) and the
  ``.<name>.<random>.part`` files :func:`casekit.outputs.atomic_write` had not
  renamed yet.
- **Workers end with their parent.** A worker process watches the process that
  started the batch (every :data:`WATCH_SECONDS`); when it is gone, however it
  ended, the worker kills its kernel's process group (a kernel runs in its own
  session) and exits. On Linux the worker also asks the kernel to send it
  ``SIGTERM`` when its own parent (the forkserver) dies
  (``prctl(PR_SET_PDEATHSIG)``).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import os
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

from ..errors import ReportError
from ..i18n import msg
from ..outputs import process_alive

__all__ = [
    "WORK_DIR",
    "default_out",
    "one_run",
    "claim",
    "run_folder",
    "watch_parent",
    "kill_kernel",
]

WORK_DIR = ".casekit-work"
LOCK_NAME = "run.lock"
FINISHED = "finished"
WATCH_SECONDS = 0.5

_RUN: contextvars.ContextVar[dict | None] = contextvars.ContextVar("casekit_run", default=None)


def default_out(casebooks) -> Path:
    """``reports/<casebook folder name>`` (a workbook's name without ``.xlsx``); several
    casebooks: their names joined by ``+``. Runs of different casebooks never share a
    folder, so none overwrites another's pages (issue 10)."""
    names = []
    for cb in casebooks:
        path = Path(cb).expanduser()
        name = path.stem if path.suffix.lower() in (".xlsx", ".xlsm") else path.name
        names.append(name or path.resolve().name or "casebook")
    return Path("reports") / "+".join(dict.fromkeys(names))


def one_run(func):
    """Decorate a renderer: the lock and working folder it claims (:func:`claim`) are
    released when it returns or raises."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        state: dict = {}
        token = _RUN.set(state)
        try:
            return func(*args, **kwargs)
        finally:
            _RUN.reset(token)
            _finish(state)

    return wrapper


def claim(out: Path) -> Path:
    """Lock ``out`` for this run, clean up after killed runs, make this run's folder.

    Raises
    ------
    ReportError
        Another run holds the lock on ``out``.
    OSError
        ``out`` cannot be written (the command line says so in plain words).
    """
    from filelock import FileLock, Timeout

    state = _RUN.get()
    if state is None:  # called outside a decorated renderer: a scope of its own (never freed)
        state = {}
    if "folder" in state:
        return state["folder"]
    work = out / WORK_DIR
    for _ in range(3):  # the run before may just be removing its lock file and folder
        work.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(work / LOCK_NAME), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise ReportError(msg("run_out_busy", path=out)) from None
        except FileNotFoundError:
            continue
        if _names_the_lock(lock):
            break
        lock.release()
    else:
        raise ReportError(msg("run_out_busy", path=out))
    state["lock"] = lock
    remove_stale(out)
    folder = work / f"run-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    folder.mkdir()
    state["folder"] = folder
    return folder


def run_folder() -> Path | None:
    """This run's working folder (None outside a run)."""
    state = _RUN.get()
    return None if state is None else state.get("folder")


def remove_stale(out: Path) -> list[Path]:
    """Remove what killed runs left in ``out``; call with the lock held. Returns what went."""
    gone = []
    for part in out.glob(".*.part"):
        with contextlib.suppress(OSError):
            part.unlink()
            gone.append(part)
    work = out / WORK_DIR
    for folder in work.iterdir() if work.is_dir() else ():
        if folder.is_dir() and not (folder / FINISHED).exists():
            shutil.rmtree(folder, ignore_errors=True)
            gone.append(folder)
    return gone


def _finish(state: dict) -> None:
    folder = state.get("folder")
    if folder is not None and folder.is_dir():
        # a failed client's notebook, or the log of an unexpected error, kept for inspection
        if any(folder.rglob("*.ipynb")) or any(folder.glob("*-error.log")):
            with contextlib.suppress(OSError):
                (folder / FINISHED).write_text("")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    lock = state.get("lock")
    if lock is not None:
        # The lock file is only needed while a run writes; left behind it would sit in
        # every finished output folder. It is unlinked while still held, so no other run
        # can lock it in between; a run that opened it just before locks a file without a
        # name, sees so (_names_the_lock) and takes a fresh one. kill -9 leaves it: the
        # next run into the folder removes it when it ends.
        with contextlib.suppress(OSError):
            Path(lock.lock_file).unlink()
        lock.release()
        with contextlib.suppress(OSError):  # only when empty: nothing kept, no other run
            Path(lock.lock_file).parent.rmdir()


def _names_the_lock(lock) -> bool:
    """Whether the file ``lock`` holds still has its name (another run's end unlinks it).

    filelock 4 checks this itself; the descriptor is its internal state, so when it
    is not there the answer is yes."""
    fd = getattr(getattr(lock, "_context", None), "lock_file_fd", None)
    if fd is None:
        return True
    try:
        return os.path.samestat(os.fstat(fd), os.stat(lock.lock_file))
    except OSError:
        return False


# --- workers that end with their parent -----------------------------------------------------
def kill_kernel(km) -> None:
    """Kill a jupyter kernel and its process group at once (no shutdown request)."""
    if km is None:
        return
    provisioner = getattr(km, "provisioner", None)
    process = getattr(provisioner, "process", None)
    pid = getattr(process, "pid", None)
    pgid = getattr(provisioner, "pgid", None)
    with contextlib.suppress(Exception):
        if pgid and os.name == "posix":
            os.killpg(pgid, signal.SIGKILL)
        elif pid:
            os.kill(pid, signal.SIGKILL if os.name == "posix" else signal.SIGTERM)


def watch_parent(parent_pid: int, on_gone) -> threading.Thread:
    """Start a daemon thread that calls ``on_gone()`` and ends this process once
    ``parent_pid`` has ended."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: SIGTERM when the forkserver dies

            def _term(signum, frame):
                on_gone()
                os._exit(1)

            signal.signal(signal.SIGTERM, _term)

    def watch():
        while process_alive(parent_pid):
            time.sleep(WATCH_SECONDS)
        with contextlib.suppress(Exception):
            on_gone()
        os._exit(1)

    thread = threading.Thread(target=watch, name="casekit-parent-watch", daemon=True)
    thread.start()
    return thread
