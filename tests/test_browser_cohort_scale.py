"""A large cohort page stays small and Chromium draws every figure.

CI renders a synthetic cohort of CASEKIT_COHORT_CLIENTS clients (default 5,000:
above casekit.figures.jacobson.MAX_POINTS, so the Jacobson plot counts clients
per score cell) through the real runner and opens it offline. The 100k and 1M
pages are measured by benchmarks/bench_cohort.py (they do not fit CI's time).
"""

from __future__ import annotations

import csv
import os

import numpy as np
import pytest
from browser import needs_chromium
from test_browser_reports import browser, drawn, open_offline  # noqa: F401 (fixture)

from casekit.figures.jacobson import MAX_POINTS

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]

CLIENTS = int(os.environ.get("CASEKIT_COHORT_CLIENTS", "5000"))


def _casebook(folder, n):
    rng = np.random.default_rng(11)
    folder.mkdir()
    with open(folder / "clients.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["client_id", "sex", "birth_year", "cohort", "intake_date", "consent_date"])
        for i in range(n):
            w.writerow([f"C{i:06d}", "female" if i % 2 else "male", 1950, "synthetic-2024",
                        "2024-08-22", "2024-08-27"])  # fmt: skip
    answers = rng.integers(1, 5, (2 * n, 20))
    with open(folder / "responses.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            ["client_id", "instrument", "timepoint", "date"] + [f"q{k}" for k in range(1, 21)]
        )
        for i in range(n):
            w.writerow([f"C{i:06d}", "ucla_ls3", "pre", "2024-08-27", *answers[2 * i]])
            w.writerow([f"C{i:06d}", "ucla_ls3", "post", "2024-09-23", *answers[2 * i + 1]])


def test_large_cohort_page_is_small_and_fully_drawn(tmp_path, browser):  # noqa: F811
    from casekit.reports import render_cohort

    assert CLIENTS > MAX_POINTS
    _casebook(tmp_path / "book", CLIENTS)
    result = render_cohort([tmp_path / "book"], out=tmp_path / "out", lang="en", by="sex")
    assert result.ok, result.error
    size = result.html.stat().st_size
    assert size <= 2_000_000
    page, remote, errors = open_offline(browser, result.html)
    assert drawn(page) == page.locator(".casekit-figure-title").count() >= 2
    assert remote == [] and errors == []
    # the Jacobson plot holds one point per score cell, not one per client
    points = page.evaluate(
        "document.querySelectorAll('.js-plotly-plot')[0]._fullData"
        ".filter(t => t.meta && t.meta.kind === 'class')"
        ".reduce((s, t) => s + (t._length || 0), 0)"
    )
    assert 0 < points < CLIENTS / 2
    page.context.close()
