"""Benchmark: `casekit report --jobs 2` against the naive papermill + nbconvert CLIs.

A class of synthetic clients (default 40: the first 40 synthetic clients of
``data/demo``, copied with all their tables into a temporary casebook) is
rendered three ways, in the same run:

1. ``casekit report DIR --jobs 2`` (the runner: parallel workers, one kernel
   per worker reused from client to client, nbconvert in-process);
2. ``casekit report DIR --jobs 2 --fresh-kernels`` (one kernel per client, as
   papermill does by default), to show what kernel reuse is worth;
3. the naive way, one client after another: the ``papermill`` command, then
   the ``jupyter nbconvert --to html --no-input`` command.

Prints wall seconds, seconds per client, the speed ratios and the HTML size
per report (target: the runner at least 2.5x faster than the naive way, and
each report under 1 MB in the default shared-plotly.js mode).

Run: ``.venv/bin/python benchmarks/bench_reports.py [--clients 40] [--jobs 2]``.
Not part of the test run (it takes minutes).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TEMPLATE = REPO / "notebooks" / "reports" / "client_report.ipynb"


def make_class(n: int, folder: Path) -> list[str]:
    """Copy the first ``n`` synthetic demo clients, with every table, into ``folder``."""
    import csv

    demo = REPO / "data" / "demo"
    with open(demo / "clients.csv", encoding="utf-8") as handle:
        ids = [r["client_id"] for r in csv.DictReader(handle) if r["client_id"].startswith("SYN")]
    if len(ids) < n:
        raise SystemExit(f"data/demo has only {len(ids)} synthetic clients; ask for at most that.")
    keep = set(ids[:n])
    folder.mkdir(parents=True)
    for table in demo.glob("*.csv"):
        with open(table, encoding="utf-8", newline="") as src:
            rows = list(csv.reader(src))
        col = rows[0].index("client_id")
        with open(folder / table.name, "w", encoding="utf-8", newline="") as dst:
            csv.writer(dst).writerows([rows[0]] + [r for r in rows[1:] if r[col] in keep])
    if (demo / "instruments").is_dir():
        shutil.copytree(demo / "instruments", folder / "instruments")
    return ids[:n]


def timed(cmd: list[str], env=None) -> float:
    began = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - began


def runner(casebook: Path, out: Path, jobs: int, fresh: bool) -> float:
    cmd = [str(BIN / "casekit"), "report", str(casebook), "--out", str(out), "--jobs", str(jobs)]
    return timed(cmd + (["--fresh-kernels"] if fresh else []))


def naive(casebook: Path, out: Path, ids: list[str]) -> float:
    """papermill CLI then nbconvert CLI, one client after the other."""
    env = dict(os.environ, CASEKIT_REPORT="1")  # same offline figure renderer as the runner
    out.mkdir(parents=True)
    began = time.perf_counter()
    for cid in ids:
        work = out / cid
        work.mkdir()
        nb = work / f"{cid}.ipynb"
        subprocess.run(
            [
                str(BIN / "papermill"),
                str(TEMPLATE),
                str(nb),
                "-k",
                "casekit",
                "--cwd",
                str(work),
                "-p",
                "casebook",
                str(casebook),
                "-p",
                "client_id",
                cid,
                "-p",
                "lang",
                "id",
                "--no-progress-bar",
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        subprocess.run(
            [str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(nb)],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    return time.perf_counter() - began


def sizes(pages: list[Path]) -> str:
    kb = [p.stat().st_size / 1024 for p in pages]
    return f"mean {statistics.mean(kb):.0f} KB, max {max(kb):.0f} KB (n={len(kb)})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-fresh", action="store_true", help="skip the --fresh-kernels run")
    args = parser.parse_args(argv)

    root = Path(tempfile.mkdtemp(prefix="casekit-bench-reports-"))
    try:
        casebook = root / "class"
        ids = make_class(args.clients, casebook)
        n = len(ids)
        print(f"{n} synthetic clients, {os.cpu_count()} cores, jobs={args.jobs}", flush=True)

        t_runner = runner(casebook, root / "runner", args.jobs, fresh=False)
        pages = [root / "runner" / f"{c}.html" for c in ids]
        print(
            f"casekit report --jobs {args.jobs}:            {t_runner:7.1f} s  "
            f"({t_runner / n:.2f} s/client)",
            flush=True,
        )
        t_fresh = None
        if not args.skip_fresh:
            t_fresh = runner(casebook, root / "fresh", args.jobs, fresh=True)
            print(
                f"casekit report --jobs {args.jobs} --fresh-kernels: {t_fresh:7.1f} s  "
                f"({t_fresh / n:.2f} s/client)",
                flush=True,
            )
        t_naive = naive(casebook, root / "naive", ids)
        print(
            f"naive papermill + nbconvert CLIs:     {t_naive:7.1f} s  ({t_naive / n:.2f} s/client)",
            flush=True,
        )

        print(
            f"\nspeed-up of casekit report over the naive way: {t_naive / t_runner:.2f}x "
            "(target >= 2.5x)"
        )
        if t_fresh:
            print(f"speed-up with --fresh-kernels:                 {t_naive / t_fresh:.2f}x")
            print(f"kernel reuse alone:                            {t_fresh / t_runner:.2f}x")
        print(
            f"\nHTML per report, shared plotly.js: {sizes(pages)} "
            f"(+ one plotly.min.js of {(root / 'runner' / 'plotly.min.js').stat().st_size / 1e6:.1f} MB)"
        )
        naive_pages = [root / "naive" / c / f"{c}.html" for c in ids]
        print(
            f"HTML per report, naive nbconvert:  {sizes(naive_pages)} "
            "(plotly.js missing: its figures draw only with a CDN or not at all)"
        )
        over = [p.name for p in pages if p.stat().st_size >= 1_000_000]
        print("every runner report under 1 MB" if not over else f"OVER 1 MB: {over}")
        return 0 if t_naive / t_runner >= 2.5 and not over else 1
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
