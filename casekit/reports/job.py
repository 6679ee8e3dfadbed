"""One report job: a client's (or the cohort's) notebook run by papermill, exported, written.

:func:`_run_job` is what a worker process (or a Dask worker,
:mod:`casekit.reports.distributed`) does for one client: run the template in the
worker's kernel inside the client's own working folder, export the executed
notebook to one HTML page through the identifier guard, write it atomically, and
return a :class:`ReportResult`. It never raises: a failure becomes the result's
``error``. The batch around it (which jobs, how many workers, the index page) is
:mod:`casekit.reports.runner`.

- **One kernel per worker** (:class:`_Worker`): started on first use, reused from
  client to client (the runner's first cell clears its namespace and output
  history and moves it into the client's folder), thrown away after any failure.
- **Start retried once** when the kernel could not start (:func:`_start_failure`).
- **Kept for inspection**: a failed client's executed notebook stays in its
  working folder unless it holds an identifier (then the folder goes).

References
----------
papermill: https://papermill.readthedocs.io (``execute_notebook``)
jupyter_client: https://jupyter-client.readthedocs.io (``KernelManager``)
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import IdentifierLeak
from ..i18n import Msg, t, tr
from ..privacy import IdentifierGuard
from .blocks import RUNNER_ENV
from .htmlout import RUNNER_TAG, atomic_write, notebook_to_html
from .lifecycle import WORK_DIR, kill_kernel, watch_parent

__all__ = ["ReportResult", "START_TIMEOUT"]

#: errors of a write that found no room (the message names the file and says so)
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}

#: seconds a kernel gets to answer after it starts
START_TIMEOUT = 30


@dataclass
class ReportResult:
    """What happened to one report.

    Attributes
    ----------
    name : str
        Client id (or ``"cohort"``).
    ok : bool
    html : Path or None
        The written page (None when it failed).
    verdict : str
        The report's plain-words verdict ("" when none).
    error : str
        Why it failed ("" when ok).
    notebook : Path or None
        The executed notebook kept for inspection when it failed.
    seconds : float
    attempts : int
        Kernel start attempts used (2 means one retry).
    pseudonym : str
    """

    name: str
    ok: bool
    html: Path | None = None
    verdict: str = ""
    error: str = ""
    notebook: Path | None = None
    seconds: float = 0.0
    attempts: int = 1
    pseudonym: str = ""


@dataclass(frozen=True)
class _Job:
    name: str
    template: str
    parameters: dict
    out: str
    plotly: str
    lang: str
    title: str
    guard: IdentifierGuard
    reuse_kernel: bool
    kernel_name: str
    pseudonym: str = ""
    extra: dict = field(default_factory=dict)
    work: str = ""  # this run's working folder (lifecycle.claim); "" = <out>/.casekit-work
    sources: tuple = ()  # casebook cells holding identifiers (privacy.sources_for)


# --- one kernel per worker -------------------------------------------------------------------
class _Worker:
    """A worker's kernel: started on first use, reused, thrown away after a failure."""

    def __init__(self):
        self.km = None
        self.log = None

    def kernel(self, kernel_name: str, log_dir: Path):
        """The worker's kernel; its output goes to ``log_dir/kernel-<pid>.log``."""
        if self.km is not None and self.km.is_alive():
            return self.km
        self.discard()
        from jupyter_client.manager import KernelManager

        self.log = open(log_dir / f"kernel-{os.getpid()}.log", "ab")  # noqa: SIM115
        km = KernelManager(kernel_name=kernel_name)
        km.start_kernel(stdout=self.log, stderr=self.log)
        kc = km.client()
        try:
            kc.start_channels()
            kc.wait_for_ready(timeout=START_TIMEOUT)
        except BaseException:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
            raise
        kc.stop_channels()
        self.km = km
        return km

    def discard(self):
        if self.km is not None:
            with contextlib.suppress(Exception):  # a dead kernel is what we throw away
                self.km.shutdown_kernel(now=True)
            self.km = None
        if self.log is not None:
            self.log.close()
            self.log = None


_WORKER = _Worker()


def _init_worker(parent_pid: int | None = None):
    """Pool initializer: mark report kernels, clean up the kernel on exit, and end (killing
    the kernel) when the process that started the batch ends, however it ends."""
    from multiprocessing import util

    os.environ[RUNNER_ENV] = "1"
    util.Finalize(_WORKER, _WORKER.discard, exitpriority=10)
    if parent_pid:
        watch_parent(parent_pid, lambda: kill_kernel(_WORKER.km))


def _start_failure(exc: BaseException) -> bool:
    """True when ``exc`` means the kernel could not start (worth one retry)."""
    import papermill as pm
    from nbclient.exceptions import CellTimeoutError

    if isinstance(exc, (CellTimeoutError, pm.PapermillExecutionError)):  # it ran: it started
        return False
    try:
        import zmq

        if isinstance(exc, zmq.ZMQError):
            return True
    except ImportError:  # pragma: no cover - zmq comes with jupyter_client
        pass
    text = str(exc)
    return isinstance(exc, TimeoutError) or any(
        s in text
        for s in (
            "Kernel died before replying",
            "Address already in use",
            "didn't respond",
            "did not respond",
            "Kernel didn't respond",
        )
    )


# Between two clients the kernel forgets the last one: every name the template made, the
# output history (``Out``, ``_5``) and ``_``. Not ``%reset -f``: that also collects garbage
# and resets the history database, 0.7 s per client under load against 0.02 s for this.
# What stays is what was imported, and casekit.reports.params' cache of the casebook
# (the same casebook for every client of a batch).
_CLEAR = (
    "(lambda ip: (\n"
    "    ip.user_ns['_oh'].clear(),\n"
    "    [ip.user_ns.pop(n, None) for n in list(ip.user_ns) if n not in ip.user_ns_hidden],\n"
    "    ip.user_ns.update({'_': '', '__': '', '___': ''}),\n"
    "))(get_ipython())\n"
)


def _runner_cell(folder: Path, reset: bool):
    """A cell the runner adds (and removes before export): reset, then chdir."""
    import nbformat

    code = (
        (_CLEAR if reset else "")
        + "import os as _casekit_os\n"
        + f"_casekit_os.chdir({str(folder)!r})\n"
        + f"_casekit_os.environ[{RUNNER_ENV!r}] = '1'\n"
        + "del _casekit_os\n"
        + "__import__('casekit.reports.kernel_errors').reports.kernel_errors.install()"
    )
    cell = nbformat.v4.new_code_cell(code)
    cell.metadata["tags"] = [RUNNER_TAG]
    return cell


def _verdict(nb) -> str:
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            found = out.get("metadata", {}).get("casekit", {}).get("verdict")
            if found:
                return str(found)
    return ""


def _execute(job: _Job, workdir: Path, out_nb: Path) -> int:
    """Run the notebook; return the number of kernel start attempts used."""
    import nbformat
    import papermill as pm

    template = nbformat.read(job.template, as_version=4)
    template.cells.insert(0, _runner_cell(workdir, reset=True))
    # leave the client's folder at the end: it is removed after a success, and a
    # reused kernel must not sit in a deleted folder
    template.cells.append(_runner_cell(workdir.parent, reset=False))
    for attempt in (1, 2):
        kwargs = {}
        try:
            if job.reuse_kernel:
                kwargs["km"] = _WORKER.kernel(job.kernel_name, workdir.parent)
            pm.execute_notebook(
                template,
                str(out_nb),
                parameters=job.parameters,
                kernel_name=job.kernel_name,
                cwd=str(workdir),
                progress_bar=False,
                start_timeout=START_TIMEOUT,
                **kwargs,
            )
            return attempt
        except pm.PapermillExecutionError:
            _WORKER.discard()
            raise
        except Exception as exc:
            _WORKER.discard()
            if isinstance(exc, OSError) and exc.filename is None and exc.errno in _DISK_FULL:
                exc.filename = str(out_nb)  # papermill saving the notebook names no file
            if attempt == 1 and _start_failure(exc):
                continue
            raise
    raise AssertionError("unreachable")  # pragma: no cover


def _keep_for_inspection(job: _Job, workdir: Path, out_nb: Path, reason: str):
    """The failed client's notebook to keep (None when it holds an identifier: then its
    folder is removed), and the reason with any identifier redacted."""
    if job.guard:  # in both languages when the reason has both
        reason = Msg(*(job.guard.redact(tr(reason, lang)) for lang in ("en", "id")))
    if not out_nb.exists():
        return None, reason
    if job.guard and job.guard.findings(out_nb.read_text(encoding="utf-8", errors="replace")):
        shutil.rmtree(workdir, ignore_errors=True)
        removed = (f"{tr(reason, g)} {t('privacy_notebook_removed', g)}" for g in ("en", "id"))
        return None, Msg(*removed)
    return out_nb, reason


def _failed(
    job: _Job, exc: Exception, workdir: Path, out_nb: Path, attempts, began
) -> ReportResult:
    """The result of a client whose report failed: why, in plain words, and the executed
    notebook kept for inspection (nothing of the client stays when the page was refused
    for holding an identifier)."""
    if isinstance(exc, OSError):  # a full disk while writing the page: say so plainly
        from ..oserrors import describe

        reason = Msg(describe(exc, "en"), describe(exc, "id"))
        if exc.filename == str(out_nb):  # the notebook's save failed: nothing to inspect
            out_nb.unlink(missing_ok=True)
    else:  # a CasekitError's own message; a bug in one sentence, its detail in a log
        from .kernel_errors import failure_reason

        reason = failure_reason(job.name, exc, out_nb, workdir.parent, job.guard)
    if isinstance(exc, IdentifierLeak):  # refused: nothing of this client stays
        reason = exc.args[0] if exc.args else reason  # the message in both languages
        shutil.rmtree(workdir, ignore_errors=True)
        kept = None
    else:
        kept, reason = _keep_for_inspection(job, workdir, out_nb, reason)
    return ReportResult(
        job.name,
        False,
        error=reason,
        notebook=kept,
        seconds=time.perf_counter() - began,
        attempts=2 if _start_failure(exc) else attempts,  # both starts failed
        pseudonym=job.pseudonym,
    )


def _run_job(job: _Job) -> ReportResult:
    """Render one report; never raises (the reason goes into the result)."""
    import nbformat

    os.environ[RUNNER_ENV] = "1"
    began = time.perf_counter()
    out = Path(job.out)
    workdir = (Path(job.work) if job.work else out / WORK_DIR) / job.name
    workdir.mkdir(parents=True, exist_ok=True)
    out_nb = workdir / f"{job.name}.ipynb"
    attempts = 1
    try:
        attempts = _execute(job, workdir, out_nb)
        nb = nbformat.read(out_nb, as_version=4)
        verdict = _verdict(nb)
        page = notebook_to_html(
            nb,
            plotly=job.plotly,
            title=job.title,
            lang=job.lang,
            guard=job.guard,
            where=f"{job.name}.html",
            sources=job.sources,
        )
        target = atomic_write(out / f"{job.name}.html", page)
    except Exception as exc:  # noqa: BLE001 - one client's failure must not stop the batch
        return _failed(job, exc, workdir, out_nb, attempts, began)
    shutil.rmtree(workdir, ignore_errors=True)
    return ReportResult(
        job.name,
        True,
        html=target,
        verdict=verdict,
        seconds=time.perf_counter() - began,
        attempts=attempts,
        pseudonym=job.pseudonym,
    )
