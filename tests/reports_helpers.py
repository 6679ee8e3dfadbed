"""Report runs shared by test_reports.py and test_browser_reports.py.

Rendering a report starts a real kernel (seconds), so each casebook is
rendered once per test session and the results are cached here; both test
modules read the same files. Not a test module (no ``test_`` prefix).
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
DEMO = REPO / "data" / "demo"

_ROOT = Path(tempfile.mkdtemp(prefix="casekit-report-tests-"))
atexit.register(shutil.rmtree, _ROOT, True)


#: the demo clients rendered: S (the seed's client) and SYN001 (a synthetic one)
DEMO_CLIENTS = ["S", "SYN001"]


@functools.cache
def demo_reports():
    """Clients S and SYN001 of the demo casebook and the demo cohort, in English, shared
    plotly.js (also test_visible_text.py's English pages). Results in DEMO_CLIENTS order."""
    from casekit.reports import render_cohort, render_reports

    out = _ROOT / "demo"
    cohort = render_cohort([DEMO], out=out, lang="en", by="sex")
    results = render_reports(DEMO, clients=DEMO_CLIENTS, out=out, lang="en", jobs=2, progress=False)
    return out, results, cohort


def demo_result(name: str = "S"):
    """The :class:`ReportResult` of demo client ``name``."""
    return next(r for r in demo_reports()[1] if r.name == name)


@functools.cache
def xss_report():
    """The XSS casebook's client X1, self-contained (plotly.js embedded)."""
    from casekit.reports import render_reports

    out = _ROOT / "xss"
    results = render_reports(DATA / "reports_xss", out=out, lang="id", jobs=1, plotly="embed")
    return out, results
