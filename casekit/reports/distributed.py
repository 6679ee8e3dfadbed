"""Client reports on a Dask distributed cluster (``casekit report ... --scheduler``).

The same jobs as a local batch (:func:`casekit.reports.job._run_job`: one
papermill run per client, the identifier guard, the atomic write into the
output folder), sent to the workers of a ``dask.distributed`` scheduler
instead of local worker processes. Each Dask worker keeps one ``casekit``
kernel and reuses it from client to client, as a local worker does; a client
that fails, or whose worker dies, is reported and the others go on.

What the workers need: casekit and its ``casekit`` Jupyter kernel installed
(``pip install casekit[cluster]`` then ``python -m ipykernel install --user
--name casekit``), the casebook and the output folder at the same paths as on
the machine that submits (a shared file system), and one thread each
(``dask worker ADDRESS --nthreads 1``): a worker runs one kernel at a time.

``scheduler`` is a scheduler address (``tcp://10.0.0.5:8786``) or
``local:N``, which starts a :class:`~dask.distributed.LocalCluster` of N
worker processes on this machine for the run and stops it afterwards.
"""

from __future__ import annotations

import contextlib
import os

from ..errors import ParameterError
from ..i18n import msg

__all__ = ["run_on_cluster"]


def _dask():
    try:
        from dask import distributed
    except ImportError:
        raise ParameterError(msg("m_pl_dask_missing")) from None
    return distributed


def _plugin(distributed):
    """A worker plugin: mark report kernels; shut the worker's kernel when it closes."""

    class CasekitReports(distributed.WorkerPlugin):
        name = "casekit-reports"

        def setup(self, worker):
            from .blocks import RUNNER_ENV

            os.environ[RUNNER_ENV] = "1"

        def teardown(self, worker):
            from .job import _WORKER

            _WORKER.discard()

    return CasekitReports()


@contextlib.contextmanager
def _client(scheduler: str):
    distributed = _dask()
    if scheduler.startswith("local:"):
        try:
            n = int(scheduler.split(":", 1)[1])
        except ValueError:
            n = 0
        if n < 1:
            raise ParameterError(msg("m_pl_dask_local_n", scheduler=repr(scheduler)))
        with (
            distributed.LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=40,  # errors only: the run prints its own progress
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout="20s")
    except OSError as err:
        why = msg("m_pl_dask_no_scheduler", address=repr(scheduler), detail=str(err))
        raise ParameterError(why) from None
    with client:
        yield client


def run_on_cluster(jobs_list, scheduler: str, bar) -> list:
    """Run ``jobs_list`` on the cluster at ``scheduler``; one result per job, in any order."""
    from .job import ReportResult, _run_job

    distributed = _dask()
    results = []
    with _client(scheduler) as client:
        plugin = _plugin(distributed)
        register = getattr(client, "register_plugin", None) or client.register_worker_plugin
        register(plugin)
        futures = client.map(
            _run_job, jobs_list, pure=False, key=[f"casekit-{j.name}" for j in jobs_list]
        )
        names = {f.key: job.name for f, job in zip(futures, jobs_list, strict=True)}
        for future in distributed.as_completed(futures):
            try:
                results.append(future.result())
            except Exception:  # noqa: BLE001 - the worker died or could not run the job
                from .kernel_errors import whose

                why = msg("m_pl_dask_worker_failed", client=whose(names[future.key]))
                results.append(ReportResult(names[future.key], False, error=why))
            bar.update()
    return results
