"""Render per-client and cohort HTML reports: papermill runs, nbconvert export.

:func:`render_reports` runs ``notebooks/reports/client_report.ipynb`` once per
client with papermill (kernel ``casekit``, always named explicitly), converts
each executed notebook to HTML in-process (:mod:`casekit.reports.htmlout`, no code
cells, offline) and writes ``<out>/<client_id>.html`` atomically, plus an
``index.html`` listing every client with its verdict. :func:`render_cohort`
does the same for ``cohort_report.ipynb`` (``<out>/cohort.html``). One job (a
client's run, export and write) is :mod:`casekit.reports.job`; the index page and
the printed summary are :mod:`casekit.reports.index`.

How a batch runs
----------------
- Clients run in parallel worker processes (``jobs``, default
  :func:`os.cpu_count`); each client runs in its own working folder
  ``<out>/.casekit-work/run-<time>-<pid>/<client_id>/`` and gets absolute paths
  only. A run locks its output folder, removes what killed runs left there,
  and its workers end when it ends (:mod:`casekit.reports.lifecycle`).
- Each worker keeps one ``casekit`` kernel and reuses it from client to client
  (``reuse_kernels=True``, the default): before a client's notebook runs, the
  runner clears the kernel's namespace and output history and moves it into
  the client's folder, so nothing of one client's report is left for the next,
  while the imports (pandas, plotly, casekit) and the loaded, scored casebook
  (:mod:`casekit.reports.params`) are paid once per worker instead of once per
  client. Any failure throws that kernel away; the next client gets
  a fresh one. ``reuse_kernels=False`` lets papermill start one kernel per
  client.
- Starting a kernel is retried once when it fails (ZMQ address in use, the
  kernel did not answer in time, it died before replying).
- A client that fails does not stop the others. Its executed notebook stays
  in the working folder for inspection; its result names the reason.
- Before anything is written, each page is checked: nothing loaded from the
  internet, and no identifier of ``identifiers.csv`` in any form the guard
  of :mod:`casekit.privacy` recognises. A refused page names the casebook
  cells the identifiers came from (file, row, column) but never the
  identifiers; nothing of a refused client stays on disk (its working folder
  is removed), and an executed notebook kept for inspection is removed too
  when it holds an identifier. ``index.html`` lists only the pages written.

References
----------
papermill: https://papermill.readthedocs.io (``execute_notebook``)
nbconvert: https://nbconvert.readthedocs.io (``HTMLExporter``)
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from ..errors import ParameterError, ReportError
from ..i18n import Msg, check_lang, msg, t
from ..i18n import is_missing as _isna
from ..privacy import IdentifierGuard, locate, sources_for
from . import handoff
from .blocks import RUNNER_ENV, setup_notebook, use_offline_plotly
from .htmlout import PLOTLY_MODES, write_plotly_js
from .index import summary_lines, write_index
from .job import _WORKER, ReportResult, _init_worker, _Job, _run_job
from .lifecycle import claim, default_out, one_run, run_folder
from .params import check_instrument, cohort_inputs, consent_missing, safe_client_id

__all__ = [
    "KERNEL_NAME",
    "ReportResult",
    "TEMPLATES",
    "render_cohort",
    "render_reports",
    "setup_notebook",
    "summary_lines",
    "use_offline_plotly",
    "write_index",
]

#: the Jupyter kernel every report runs in (registered by ``make install``)
KERNEL_NAME = "casekit"


def _templates_dir() -> Path:
    """``notebooks/reports/`` of a source checkout (``make install`` installs editable),
    else the copy a wheel installs under ``<prefix>/share/casekit/reports``."""
    source = Path(__file__).resolve().parents[2] / "notebooks" / "reports"
    if source.is_dir():
        return source
    return Path(sys.prefix) / "share" / "casekit" / "reports"


#: the report templates
TEMPLATES = _templates_dir()


# --- batches ---------------------------------------------------------------------------------


def _prefixed(prefix: str, file):
    """``prefix + file`` keeping both languages of a :class:`~casekit.i18n.Msg`."""
    if isinstance(file, Msg):
        return Msg(prefix + file.text("en"), prefix + file.text("id"))
    return prefix + file


def _prepare_out(out, plotly: str) -> Path:
    if plotly not in PLOTLY_MODES:
        raise ParameterError(f"Unknown plotly mode {plotly!r}; use 'shared' or 'embed'.")
    out = Path(out).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    claim(out)  # the output folder's lock, this run's working folder, stale files removed
    if plotly == "shared":
        write_plotly_js(out)
    return out


def _pool_context():
    """Process start method for the workers.

    Not plain ``fork``: the calling process may hold threads, zmq contexts and
    event loops (a notebook, a test session, an earlier in-process run), and a
    forked child of such a process can deadlock. ``forkserver`` forks workers
    from a clean server process that has imported papermill, nbconvert and
    casekit once, so each worker still starts in a fraction of a second.
    ``spawn`` where ``forkserver`` does not exist (Windows).
    """
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(
        [
            "casekit.reports.forkserver_guard",  # first: the forkserver dies with this process
            "papermill",
            "nbconvert",
            "casekit.reports.runner",
            "casekit.reports.job",
            "casekit.reports.htmlout",
        ]
    )
    return ctx


def _run_jobs(
    jobs_list: list[_Job], jobs: int, progress: bool, scheduler: str | None = None
) -> list[ReportResult]:
    results: list[ReportResult] = []
    if not jobs_list:
        return results
    from dataclasses import replace

    from tqdm import tqdm

    work = run_folder()
    jobs_list = [replace(job, work=str(work)) if work else job for job in jobs_list]

    bar = tqdm(
        total=len(jobs_list),
        file=sys.stderr,
        unit="report",
        desc="casekit report",
        disable=not progress or len(jobs_list) < 2,
        leave=True,
    )
    try:
        if scheduler:
            from .distributed import run_on_cluster

            results = run_on_cluster(jobs_list, scheduler, bar)
        elif jobs <= 1 or len(jobs_list) == 1:
            previous = os.environ.get(RUNNER_ENV)
            os.environ[RUNNER_ENV] = "1"
            try:
                for job in jobs_list:
                    results.append(_run_job(job))
                    bar.update()
            finally:
                _WORKER.discard()
                if previous is None:
                    os.environ.pop(RUNNER_ENV, None)
                else:
                    os.environ[RUNNER_ENV] = previous
        else:
            ctx = _pool_context()
            with ProcessPoolExecutor(
                max_workers=min(jobs, len(jobs_list)),
                mp_context=ctx,
                initializer=_init_worker,
                initargs=(os.getpid(),),
            ) as pool:
                futures = {pool.submit(_run_job, job): job for job in jobs_list}
                for future in as_completed(futures):
                    job = futures[future]
                    try:
                        results.append(future.result())
                    except Exception:  # noqa: BLE001 - a worker process died
                        from .kernel_errors import whose

                        why = msg("m_pl_worker_died", client=whose(job.name))
                        results.append(ReportResult(job.name, False, error=why))
                    bar.update()
    finally:
        bar.close()
    order = {job.name: i for i, job in enumerate(jobs_list)}
    return sorted(results, key=lambda r: order[r.name])


@one_run
def render_reports(
    casebook,
    clients=None,
    out=None,
    lang: str = "id",
    jobs: int | None = None,
    plotly: str = "shared",
    instrument: str = "",
    pre: str = "pre",
    post: str = "post",
    allow_missing_consent: bool = False,
    reuse_kernels: bool = True,
    progress: bool = True,
    kernel_name: str = KERNEL_NAME,
    template=None,
    scheduler: str | None = None,
) -> list[ReportResult]:
    """Render one HTML report per client, in parallel, plus ``index.html``.

    Parameters
    ----------
    casebook : str or Path
        Casebook folder or workbook.
    clients : list of str, optional
        Client ids to report on (default: every client).
    out : str or Path, optional
        Output folder (created). Reports are ``<out>/<client_id>.html``.
        Default ``reports/<casebook folder name>``, so runs of different
        casebooks never overwrite each other.
    lang : {"id", "en"}
    jobs : int, optional
        Worker processes (default :func:`os.cpu_count`).
    plotly : {"shared", "embed"}
        ``"shared"`` writes one ``plotly.min.js`` into ``out`` that every page
        loads by relative path; ``"embed"`` makes each page self-contained.
    instrument, pre, post : str
        Passed to the template (``instrument=""``: the client's own).
    allow_missing_consent : bool
        Render clients without ``consent_date`` (the report says so on its
        first line); otherwise they fail with a clear reason.
    reuse_kernels : bool
        Keep one kernel per worker (namespace reset between clients).
    progress : bool
        Show a progress bar on stderr for more than one client.
    kernel_name : str
        Jupyter kernel (default ``casekit``).
    template : str or Path, optional
        Another client template (default ``notebooks/reports/client_report.ipynb``).
    scheduler : str, optional
        Run the clients on a Dask distributed cluster instead of local worker
        processes: a scheduler address, or ``"local:N"`` for a LocalCluster of
        N workers (:mod:`casekit.reports.distributed`); ``jobs`` is then unused.

    Returns
    -------
    list of ReportResult
        One per client, in the order asked.

    Raises
    ------
    ParameterError
        Unknown client ids or instrument, unsafe ids, bad
        ``lang``/``plotly``/``jobs``/``pre``/``post``.
    CasebookError
        The casebook does not load.
    """
    from ..casebook import load_casebook

    lang = check_lang(lang)
    jobs = int(jobs) if jobs else (os.cpu_count() or 1)
    if jobs < 1:
        raise ParameterError(f"--jobs must be 1 or more, got {jobs}.")
    path = Path(casebook).expanduser().resolve()
    cb = load_casebook(path)
    wanted = list(clients) if clients else cb.client_ids
    for cid in wanted:
        safe_client_id(cid)
    unknown = [c for c in wanted if c not in set(cb.client_ids)]
    if unknown:
        raise ParameterError(
            msg(
                "r_unknown_clients",
                ids=", ".join(map(repr, unknown)),
                casebook=cb.name,
                known=", ".join(cb.client_ids[:30]),
            )
        )
    if instrument:
        check_instrument(cb, instrument)
    if not (isinstance(pre, str) and pre.strip() and isinstance(post, str) and post.strip()):
        raise ParameterError(msg("r_empty_timepoints"))
    template = Path(template or TEMPLATES / "client_report.ipynb").resolve()
    if not template.is_file():
        raise ReportError(msg("m_pl_no_template", path=template))
    out = _prepare_out(default_out([casebook]) if out is None else out, plotly)
    # the kernels take the casebook loaded here (casekit.reports.handoff), not the files again
    handed = handoff.write(cb, [path], run_folder()) if run_folder() else ""
    guard = IdentifierGuard.from_casebook(cb)
    located = locate(cb, guard)
    rows = cb.clients.set_index("client_id", drop=False)
    refused: dict[str, ReportResult] = {}
    job_list: list[_Job] = []
    for cid in dict.fromkeys(wanted):
        row = rows.loc[cid]
        pseudonym = "" if _isna(row.get("pseudonym")) else str(row["pseudonym"])
        if consent_missing(row) and not allow_missing_consent:
            refused[cid] = ReportResult(
                cid,
                False,
                pseudonym=pseudonym,
                error=msg("r_refused_no_consent"),
            )
            continue
        params = {
            "casebook": str(path),
            "client_id": cid,
            "lang": lang,
            "instrument": instrument,
            "pre": pre,
            "post": post,
            "allow_missing_consent": bool(allow_missing_consent),
            "loaded": str(handed),
        }
        job_list.append(
            _Job(
                cid,
                str(template),
                params,
                str(out),
                plotly,
                lang,
                f"{t('client', lang)} {pseudonym or cid}",
                guard,
                reuse_kernels,
                kernel_name,
                pseudonym,
                sources=tuple(sources_for(located, cid)),
            )
        )
    try:
        done = {r.name: r for r in _run_jobs(job_list, jobs, progress, scheduler)}
    finally:
        handoff.discard(handed)
    results = [refused.get(c) or done[c] for c in dict.fromkeys(wanted)]
    write_index(out, results, lang, title=cb.name, guard=guard)
    _tidy(out, results, guard)
    return results


def _tidy(out: Path, results: list[ReportResult], guard=None) -> None:
    """Remove this run's working folder (kernel logs) when nothing failed; keep it for
    inspection else (marked finished, so the next run does not take it for a killed one),
    less any file in it that holds an identifier."""
    folder = run_folder()
    if folder is not None and all(r.ok or r.notebook is None for r in results):
        shutil.rmtree(folder, ignore_errors=True)
        return
    if guard and folder is not None and Path(folder).is_dir():
        for file in Path(folder).rglob("*"):
            text = file.read_bytes().decode("utf-8", errors="replace") if file.is_file() else ""
            if text and guard.findings(text):
                file.unlink(missing_ok=True)


@one_run
def render_cohort(
    casebooks,
    out=None,
    lang: str = "id",
    plotly: str = "shared",
    instrument: str = "",
    pre: str = "pre",
    post: str = "post",
    by: str = "",
    allow_missing_consent: bool = False,
    kernel_name: str = KERNEL_NAME,
    template=None,
) -> ReportResult:
    """Render the cohort report of one or more casebooks to ``<out>/cohort.html``.

    Parameters are those of :func:`render_reports`; ``by`` names a column of
    ``clients.csv`` for the subgroup forest plot (``""``: none).

    Returns
    -------
    ReportResult
        ``name="cohort"``; not raised on failure, see ``ok`` and ``error``.

    Raises
    ------
    ParameterError
        Unknown instrument, language or subgroup column (checked before any
        kernel starts).
    """
    from ..casebook import load_casebook

    lang = check_lang(lang)
    if isinstance(casebooks, (str, Path)):
        casebooks = [casebooks]
    paths = [Path(p).expanduser().resolve() for p in casebooks]
    if not paths:
        raise ParameterError(msg("r_no_casebooks"))
    # each casebook is read once, here: for a clear error before any kernel starts, for the
    # identifier guard, and for the kernel, which gets it through this run's working folder
    # (casekit.reports.handoff) and makes its own checks on it
    if len(paths) == 1:
        loaded = load_casebook(paths[0])
        books = [loaded]
    else:
        from ..pooling import load_casebooks

        parts: dict = {}
        loaded = load_casebooks(paths, parts=parts)
        books = list(parts.values())
    cohort_inputs(loaded, lang, instrument, pre, post, by, allow_missing_consent)
    guard = IdentifierGuard.from_casebooks(books)
    located = []
    for number, book in enumerate(books, start=1):
        prefix = ""
        if len(books) > 1:  # a folder named after a client is not quoted: its place is
            name = book.name if not guard.findings(book.name.replace("_", " ")) else ""
            prefix = f"{name or f'#{number}'}/"
        located += [(_prefixed(prefix, f), *rest) for f, *rest in locate(book, guard)]
    template = Path(template or TEMPLATES / "cohort_report.ipynb").resolve()
    if not template.is_file():
        raise ReportError(msg("m_pl_no_template", path=template))
    out = _prepare_out(default_out(casebooks) if out is None else out, plotly)
    params = {
        "casebooks": [str(p) for p in paths],
        "lang": lang,
        "instrument": instrument,
        "pre": pre,
        "post": post,
        "by": by,
        "allow_missing_consent": bool(allow_missing_consent),
    }
    handed = handoff.write(loaded, paths, run_folder()) if run_folder() else ""
    params["loaded"] = str(handed)
    job = _Job(
        "cohort",
        str(template),
        params,
        str(out),
        plotly,
        lang,
        t("report_cohort_title", lang),
        guard,
        True,  # a logged kernel: its start-up chatter goes to the work folder, not the terminal
        kernel_name,
        sources=tuple(sources_for(located)),
    )
    try:
        result = _run_jobs([job], 1, False)[0]
    finally:
        handoff.discard(handed)
    _tidy(out, [result], guard)
    return result
