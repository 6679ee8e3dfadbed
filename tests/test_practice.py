"""Practice copies (casekit/practice.py): one per session, no identifiers.csv, removed at
the end of the session and, after a killed kernel, at the next start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).parent.parent / "data" / "demo"

SESSION = """
import sys
from casekit.widgets import practice_copy
a = practice_copy(sys.argv[1])
b = practice_copy(sys.argv[1])
assert a == b, (a, b)
print(a)
"""


def _env(tmp: Path) -> dict:
    env = dict(os.environ, TMPDIR=str(tmp))
    root = str(Path(__file__).parent.parent)
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _casebook_with_identifiers(tmp: Path) -> Path:
    src = tmp / "mine"
    shutil.copytree(DEMO, src, ignore=shutil.ignore_patterns("*.py"))
    (src / "identifiers.csv").write_text("client_id,name,phone\nS,Real Name,0812\n")
    return src


def test_three_sessions_leave_no_copy_and_never_copy_identifiers(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    src = _casebook_with_identifiers(tmp_path)
    for _ in range(3):  # three runs of notebook 04, each its own kernel
        code = (
            SESSION + "import pathlib; assert not (pathlib.Path(a) / 'identifiers.csv').exists()\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, str(src)],
            env=_env(temp),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        copy = Path(done.stdout.strip())
        assert copy.parent.parent == temp and copy.name == "mine"
        assert not copy.exists()  # removed when the session ended
    assert list(temp.iterdir()) == []
    assert (src / "identifiers.csv").exists()  # the source is untouched


def test_copy_of_a_killed_kernel_is_removed_at_the_next_start(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    killed = subprocess.run(
        [sys.executable, "-c", SESSION + "import os; os._exit(0)\n", str(DEMO)],
        env=_env(temp),
        capture_output=True,
        text=True,
        timeout=120,
    )
    left = Path(killed.stdout.strip())
    assert left.exists()  # no clean shutdown: the copy stays for now
    old_style = temp / "casekit-practice-abc123"  # made by an older casekit (no process id)
    old_style.mkdir()
    code = (
        SESSION
        + "import pathlib; print(sorted(p.name for p in pathlib.Path(a).parents[1].iterdir()))\n"
    )
    nxt = subprocess.run(
        [sys.executable, "-c", code, str(DEMO)],
        env=_env(temp),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert nxt.returncode == 0, nxt.stderr
    assert not left.exists() and not old_style.exists()
    assert list(temp.iterdir()) == []
