"""``kill -9`` of a report run and of an export, then a clean rerun (issue 14).

Before the fix, the workers, the forkserver and the resource tracker of a killed report
run lived on for minutes holding hundreds of MB, and a ``.K01.html.*.part`` stayed in the
output folder for good. Here the run is killed (only its main process, as the operating
system's out-of-memory killer or a closed terminal would) at several points; within 5 s
no process of it may remain, and the next run must leave no stale file.

Processes of one run are found by an environment variable every child inherits (the
workers, the forkserver, the kernels), read from ``/proc``: Linux only.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from casekit.casebook import load_casebook
from casekit.cli import main

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
DEMO = REPO / "data" / "demo"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path("/proc/self/environ").exists(), reason="finds a run's processes through /proc"
    ),
]


def _marked(mark: str, pids: bool = False) -> list:
    """Command lines (or ids) of the processes carrying ``mark`` in their environment."""
    found = []
    needle = f"CASEKIT_FAULT_MARK={mark}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z" and pids:  # a zombie is gone, only not yet reaped
                    found.append(int(entry.name))
                elif state != "Z":
                    found.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:
            continue
    return found


def _start(argv, mark):
    env = {**os.environ, "CASEKIT_FAULT_MARK": mark, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [sys.executable, "-m", "casekit.cli", *map(str, argv)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def _kill_and_check_gone(proc, mark):
    proc.send_signal(signal.SIGKILL)  # the main process only: its children are on their own
    proc.wait()
    gone = _wait_for(lambda: not _marked(mark), 5.0)
    left = _marked(mark)
    for pid in _marked(mark, pids=True):  # a failing test must not leave processes behind
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    assert gone, f"still running 5 s after kill -9: {left}"


def test_kill_9_of_a_report_run_at_several_points_then_a_clean_rerun(tmp_path):
    out = tmp_path / "out"
    argv = ["report", DATA / "reports_broken", "--client", "B1", "--client", "B2",
            "--out", out, "--jobs", "2", "--lang", "en"]  # fmt: skip

    def kernels_running(mark):
        return lambda: any("ipykernel" in line for line in _marked(mark))

    def page_written(since):
        return lambda: any(p.stat().st_mtime >= since for p in out.glob("B*.html"))

    points = {"starting": lambda mark: lambda: time.sleep(1.0) or True, "kernels": kernels_running}
    for name, condition in points.items():
        mark = uuid.uuid4().hex
        proc = _start(argv, mark)
        assert _wait_for(condition(mark), 180), f"the run never reached '{name}'"
        _kill_and_check_gone(proc, mark)
    mark = uuid.uuid4().hex
    began = time.time()
    proc = _start(argv, mark)
    if _wait_for(page_written(began), 180):
        _kill_and_check_gone(proc, mark)
    else:  # pragma: no cover - the run finished first
        proc.wait()

    # a clean rerun: every page written, no stale .part file, no working folder left
    assert main([str(a) for a in argv]) == 0
    assert sorted(p.name for p in out.glob("*.html")) == ["B1.html", "B2.html", "index.html"]
    assert not list(out.glob(".*.part"))
    assert not list(out.glob(".casekit-work/run-*"))


def test_kill_9_of_an_export_at_several_points_then_a_clean_rerun(tmp_path):
    import shutil

    src = tmp_path / "src" / "demo"  # a copy: the export appends its audit line beside it
    shutil.copytree(DEMO, src)
    work = tmp_path / "work"
    work.mkdir()
    out, key = work / "exp", work / "k.key"
    argv = ["export", src, "--out", out, "--key-file", key]
    for delay in (0.5, 1.5, 3.0, 5.0):
        mark = uuid.uuid4().hex
        proc = _start(argv, mark)
        time.sleep(delay)
        _kill_and_check_gone(proc, mark)
        if out.exists():  # the export got as far as its rename: then it is whole
            assert len(load_casebook(out).clients) == len(load_casebook(DEMO).clients)
            shutil.rmtree(out)
        assert not key.exists() or len(key.read_text().strip()) == 64, "a key is never half"
    assert main([str(a) for a in argv]) == 0
    left = sorted(p.name for p in work.iterdir())
    assert left == ["exp", "k.key"], f"stale files of killed exports: {left}"
