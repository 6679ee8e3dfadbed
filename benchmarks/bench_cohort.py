"""Cohort pages at scale: page size and draw time of the cohort report.

Makes synthetic casebooks (benchmarks/bench_load.py's generator: clients with
a UCLA-LS3 pre and post each), renders the cohort report with
``casekit cohort`` (the real runner: papermill, kernel, nbconvert) and opens
it in headless Chromium, timing until every figure is drawn. Also prints the
Jacobson figure alone, one marker per client against one per score cell, at
several sizes: the measurement behind ``casekit.figures.jacobson.MAX_POINTS``.

    .venv/bin/python benchmarks/bench_cohort.py            # 10k and 100k clients
    .venv/bin/python benchmarks/bench_cohort.py --million  # and 1M
    .venv/bin/python benchmarks/bench_cohort.py --threshold  # the figure alone
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests"))

from bench_load import make_casebook  # noqa: E402
from browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

PART = 100_000
DRAWN = (
    "document.querySelectorAll('.js-plotly-plot .main-svg').length >= "
    "document.querySelectorAll('.casekit-figure-title').length"
)


def draw_time(page_path: Path) -> tuple[float, int]:
    """Seconds until Chromium has drawn every figure of the page, and the figures drawn."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_function(DRAWN, timeout=600_000)
        seconds = time.perf_counter() - start
        drawn = page.evaluate("document.querySelectorAll('.js-plotly-plot').length")
        browser.close()
    return seconds, drawn


def cohort_page(n: int, work: Path) -> tuple[float, float, float, int]:
    """(render seconds, page MB, draw seconds, figures) of the cohort report of n clients."""
    from casekit.reports.runner import render_cohort

    # one casebook file may hold at most casekit.oddfiles.MAX_FILE_BYTES (50 MB): above
    # 100k clients the cohort is several casebooks of 100k, pooled as `casekit cohort A B ...`
    books = []
    for part in range(max(1, -(-n // PART))):
        book = work / f"book{n}_{part}"
        book.mkdir()
        make_casebook(book, min(PART, n - part * PART), seed=part + 1)
        books.append(book)
    start = time.perf_counter()
    result = render_cohort(books, out=work / f"out{n}", by="sex")
    render = time.perf_counter() - start
    if not result.ok:
        raise SystemExit(f"cohort report of {n} clients failed: {result.error}")
    seconds, drawn = draw_time(result.html)
    return render, result.html.stat().st_size / 1e6, seconds, drawn


def threshold(work: Path) -> None:
    """The Jacobson figure alone: one marker per client vs one per score cell."""
    import shutil

    import numpy as np
    import pandas as pd
    import plotly
    import plotly.io as pio

    import casekit.figures as figures

    shutil.copy(Path(plotly.__file__).parent / "package_data" / "plotly.min.js", work)
    rng = np.random.default_rng(3)
    print("clients  per-client: KB, draw s   per-cell: KB, draw s")
    for n in (500, 1000, 2000, 5000, 20000):
        pre = rng.integers(20, 81, n)
        post = np.clip(pre - rng.integers(-10, 25, n), 20, 80)
        frame = pd.DataFrame(
            {
                "client_id": [f"C{i:06d}" for i in range(n)],
                "instrument": "ucla_ls3",
                "scale": "total",
                "pre": pre,
                "post": post,
                "rci": (post - pre) / 6.0,
                "rc_threshold": 9.2,
                "cutoff": 33.0,
                "clinical_status": np.where(post - pre <= -10, "improved", "unchanged"),
                "higher_is_worse": True,
            }
        )
        row = [f"{n:7d}"]
        for limit in (None, 0):
            fig = figures.jacobson(frame, "ucla_ls3", max_points=limit)
            html = pio.to_html(fig, include_plotlyjs="directory", full_html=True)
            html = html.replace(
                "<body>",
                '<body><h3 class="casekit-figure-title">x</h3>',
            )
            page = work / f"fig{n}_{limit}.html"
            page.write_text(html, encoding="utf-8")
            seconds, _ = draw_time(page)
            row.append(f"{len(html) / 1e3:8.0f} {seconds:6.2f}")
        print("   ".join(row))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--million", action="store_true", help="also 1,000,000 clients")
    ap.add_argument("--threshold", action="store_true", help="the Jacobson figure alone")
    ap.add_argument("--sizes", type=int, nargs="*", help="client counts (default 10k 100k)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.threshold:
            threshold(work)
            return 0
        sizes = args.sizes or [10_000, 100_000]
        if args.million:
            sizes.append(1_000_000)
        print("clients   render s   page MB   draw s   figures drawn   load avg")
        rows = []
        for n in sizes:
            load = os.getloadavg()[0]
            render, mb, seconds, drawn = cohort_page(n, work)
            after = os.getloadavg()[0]
            print(
                f"{n:8d}   {render:8.1f}   {mb:7.2f}   {seconds:6.2f}   {drawn:13d}   "
                f"{load:.1f}->{after:.1f}",
                flush=True,
            )
            rows.append(
                {"n": n, "render": render, "page_mb": mb, "draw": seconds, "figures": drawn,
                 "load": [load, after]}
            )  # fmt: skip
        if args.json:
            args.json.write_text(json.dumps(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
