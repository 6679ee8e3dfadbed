"""Lecture notebooks executed once per test session, for the tests that only read the run.

Running a lecture notebook starts a real ``casekit`` kernel and draws every figure
(tens of seconds on a loaded machine). test_notebooks.py (does it run clean, in its
language), test_slides_fit.py (do its slides fit the projector) and
test_visible_text.py (does its page read in one language) all need the same run of
the same notebook on the demo casebook, so it happens once, here: through papermill
in the ``casekit`` kernel exactly as ``casekit slides`` runs it
(:func:`casekit.slides._execute`, IPC sockets in a private folder), with
``casebook`` set to the demo casebook and ``lang`` to the language. Each
consumer re-reads the saved notebook, so none sees another's edits. Running the
notebook through ``export_slides(execute=True)`` itself is tested by
test_slides.py and test_journeys.py; through nbconvert over TCP by
test_headless.py. Not a test module (no ``test_`` prefix).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
DEMO = ROOT / "data" / "demo"

_ROOT = Path(tempfile.mkdtemp(prefix="casekit-lecture-runs-"))
atexit.register(shutil.rmtree, _ROOT, True)
_LOCKS: dict[tuple[str, str], threading.Lock] = {}
_GUARD = threading.Lock()
_DONE: dict[tuple[str, str], tuple[Path, str | None]] = {}


def run(name: str, lang: str) -> tuple[Path, str | None]:
    """The executed notebook ``name`` (no suffix) in ``lang``: (its file, the error or None).

    The file is written even when a cell failed (papermill keeps the traceback);
    the error is casekit's message for the failure.
    """
    with _GUARD:
        lock = _LOCKS.setdefault((name, lang), threading.Lock())
    with lock:  # two threads asking for the same run wait for one execution
        if (name, lang) not in _DONE:
            _DONE[(name, lang)] = _execute(name, lang)
    return _DONE[(name, lang)]


def run_all(jobs: list[tuple[str, str]], workers: int = 2) -> dict:
    """:func:`run` for every (name, lang) of ``jobs``, ``workers`` kernels at a time."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda job: run(*job), jobs))
    return dict(zip(jobs, results, strict=True))


def wanted(request) -> list[tuple[str, str]]:
    """The (name, lang) runs the selected tests of ``request``'s module will read."""
    jobs = []
    for item in request.session.items:
        params = getattr(item, "callspec", None)
        if item.module is request.module and params is not None:
            name, lang = params.params.get("name"), params.params.get("lang")
            if name and lang and (Path(name).stem, lang) not in jobs:
                jobs.append((Path(name).stem, lang))
    return jobs


def _execute(name: str, lang: str) -> tuple[Path, str | None]:
    import nbformat

    from casekit.errors import ExportError
    from casekit.slides import _execute as execute

    folder = _ROOT / lang
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.ipynb"
    try:
        nb = execute(NOTEBOOKS / f"{name}.ipynb", {"lang": lang, "casebook": str(DEMO)}, 300)
    except ExportError as err:
        return target, str(err)[:3000]
    nbformat.write(nb, target)
    return target, None


def read(name: str, lang: str):
    """The executed notebook as a fresh node, or None when its run failed."""
    import nbformat

    path, error = run(name, lang)
    return None if error is not None else nbformat.read(path, as_version=4)
