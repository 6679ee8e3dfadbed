"""The package's front door: ``import casekit`` is quick and every public name resolves."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pandas", "numpy", "scipy", "plotly", "nbformat", "papermill", "ipywidgets")


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


def test_import_loads_no_heavy_library():
    loaded = _run(f"import sys, casekit\nprint(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    assert loaded == ""


def test_every_public_name_resolves_and_functions_keep_their_names():
    out = _run(
        "import casekit as ck\n"
        "import casekit.change, casekit.chapter  # submodules named like their functions\n"
        "from casekit.cohort import cohort_summary\n"
        "missing = [n for n in ck.__all__ if getattr(ck, n, None) is None]\n"
        "print(missing, callable(ck.change), callable(ck.chapter), ck.change.__module__)"
    )
    assert out == "[] True True casekit.change"


def test_unknown_name_is_an_attribute_error():
    out = _run(
        "import casekit as ck\n"
        "try:\n    ck.no_such_thing\nexcept AttributeError as e:\n    print(e)"
    )
    assert out == "module 'casekit' has no attribute 'no_such_thing'"
