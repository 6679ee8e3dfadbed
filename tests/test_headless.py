"""Lecture notebooks run headless the way tools run them: ``jupyter nbconvert --execute``.

Over TCP (nbconvert's default transport), with a 60 s cell timeout, and with
the client slowed as a loaded machine slows it (``tests/headless/sitecustomize.py``).

The stall this guards against: capturing output into an ``ipywidgets.Output``
with ``with out:`` makes nbclient (papermill's and nbconvert's executor) send
the widget's new state back on the kernel's shell channel while it waits on
that channel for the cell's reply; a reply that arrives during that send
loses its wake-up and the cell is seen finished only when the timeout runs
out (forever without one). Upstream: jupyter/nbclient issue #312.
``test_the_slowed_client_reproduces_the_stall`` shows the mechanism on a
two-line notebook; the other tests show casekit's notebooks never trigger it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook
from test_notebooks import DEMO, NAMES, NOTEBOOKS, parametrize

pytestmark = pytest.mark.slow

JUPYTER = Path(sys.executable).with_name("jupyter")
SITE = Path(__file__).parent / "headless"
DELAY = "0.3"  # seconds the client waits per captured output: enough to lose the wake-up


def _nbconvert(path: Path, timeout: int, cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SITE), env.get("PYTHONPATH")]))
    env["CASEKIT_SLOW_WIDGET_CLIENT"] = DELAY
    start = time.monotonic()
    done = subprocess.run(
        [
            str(JUPYTER),
            "nbconvert",
            "--to",
            "notebook",
            "--execute",
            "--inplace",
            f"--ExecutePreprocessor.timeout={timeout}",
            "--ExecutePreprocessor.kernel_name=casekit",
            "--ExecutePreprocessor.record_timing=True",
            str(path),
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout * 20,
    )
    return time.monotonic() - start, done


def _cell_seconds(cell) -> float:
    """Seconds the kernel spent on a cell (from its busy status to its reply)."""
    ex = cell.metadata.get("execution", {})
    began = datetime.fromisoformat(ex["iopub.status.busy"].replace("Z", "+00:00"))
    replied = datetime.fromisoformat(ex["shell.execute_reply"].replace("Z", "+00:00"))
    return (replied - began).total_seconds()


def test_the_slowed_client_reproduces_the_stall(tmp_path):
    """The control: ``with out:`` capture stalls the slowed client until its timeout."""
    nb = new_notebook(
        cells=[
            new_code_cell(
                "import ipywidgets as w\nfrom IPython.display import HTML, display\n"
                "out = w.Output()\nwith out:\n    for i in range(3):\n"
                "        display(HTML(f'<b>{i}</b>'))\nout"
            )
        ]
    )
    path = tmp_path / "control.ipynb"
    nbformat.write(nb, path)
    seconds, done = _nbconvert(path, timeout=8, cwd=tmp_path)
    if done.returncode == 0 and seconds < 8:
        pytest.skip("this nbclient no longer stalls on Output capture (issue #312 fixed)")
    assert seconds >= 8, (seconds, done.stderr[-2000:])


#: Runs of each notebook in a row. CI: 1. CASEKIT_HEADLESS_RUNS=5 is issue 17's "five times
#: in a row" (run it before a release, or after touching widgets, nbclient or the kernel).
#: Why one run is enough in CI: the slowed client (tests/headless/sitecustomize.py) does not
#: wait for the race to happen by chance, it holds the window open on every captured output
#: (the control test above stalls on every run), so a notebook that can stall stalls on its
#: first run, and a stall adds the whole 60 s timeout (less the cell's own time) to wall
#: minus kernel time. Evidence, 29 Nov 2026: five runs in a row of all six notebooks (30
#: runs, two notebooks at once, load average 9-18 on 2 cores) all passed; wall minus kernel
#: time was 6-43 s, following the machine's load, with no run near the 60 s a stall adds.
#: Five runs cost about five times this module's minutes and found nothing one run misses.
RUNS = range(int(os.environ.get("CASEKIT_HEADLESS_RUNS", "1")))


@pytest.mark.parametrize("run", RUNS)
@pytest.mark.parametrize("name", NAMES)
def test_lecture_notebook_runs_headless_over_tcp_without_stalls(name, run, tmp_path):
    # one notebook at a time: two at once on a loaded 2-core machine took the wall time
    # the kernel did not spend up to 42 s (see RUNS above), too near the 45 s bound below
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    parametrize(nb, casebook=str(DEMO), lang="id")
    path = tmp_path / f"{name}.ipynb"
    nbformat.write(nb, path)
    seconds, done = _nbconvert(path, timeout=60, cwd=NOTEBOOKS)
    assert done.returncode == 0, done.stderr[-3000:]
    ran = nbformat.read(path, as_version=4)
    # the cells' timestamps are the kernel's: what a stall adds is wall time
    # the kernel did not spend (a stall lasts until the 60 s timeout)
    kernel = sum(_cell_seconds(c) for c in ran.cells if c.cell_type == "code")
    assert seconds - kernel < 45, f"{seconds:.0f} s wall for {kernel:.0f} s of kernel work"
    # what the kernel drew reached the saved notebook (widget state included)
    state = ran.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json")
    assert state is None or json.dumps(state)
