"""Batch scaling: seconds per client as the casebook grows, and the ways to run a batch.

A casebook of N clients is made by cloning the demo's synthetic clients (every
table, new ids). The same K clients (default 10, a sample: rendering all 2,000
would take an hour on two cores) are rendered from a casebook of 200 and of
2,000 clients with ``--jobs 2``. With per-client work per client, the seconds
per report stay flat as N grows (before, every report reloaded and rescored
the whole casebook: O(N) per client). On the 200-client casebook the same K
clients are also rendered with ``--jobs 1`` and ``--scheduler local:2`` (a
Dask LocalCluster of two workers), and a few with the naive loop (the
papermill command, then the nbconvert command, per client).

Two figures per run:

- *wall s/client*: the whole call (casebook checks, identifier guard, kernel
  starts, every report) over K: what a user waits, start-up included;
- *median s/report*: the median of the runner's own time per report (a worker's
  first report also starts its kernel and loads and scores the casebook; the
  median leaves that start-up out): the per-client work, which must not grow
  with N.

Runs go through the Python API (:func:`casekit.reports.render_reports`, the
code the ``casekit report`` command calls), one after the other in this
process; the naive loop runs the two commands. On a shared machine absolute
times swing with other jobs (the load average is printed beside each run):
read the ratios, taken in this one run.

    .venv/bin/python benchmarks/bench_batch.py [--k 10] [--sizes 200 2000] [--naive 3]
        [--json FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))

from bench_reports import naive  # noqa: E402


def make_casebook(n: int, folder: Path) -> list[str]:
    """``n`` clients cloned from the demo's synthetic ones (ids C00001...)."""
    demo = REPO / "data" / "demo"
    tables = {}
    for table in demo.glob("*.csv"):
        with open(table, encoding="utf-8", newline="") as src:
            rows = list(csv.reader(src))
        tables[table.name] = rows
    header = tables["clients.csv"][0]
    col = header.index("client_id")
    sources = [r[col] for r in tables["clients.csv"][1:] if r[col].startswith("SYN")]
    new_ids = [f"C{i:05d}" for i in range(1, n + 1)]
    folder.mkdir(parents=True)
    for name, rows in tables.items():
        c = rows[0].index("client_id")
        by_client: dict[str, list[list[str]]] = {}
        for r in rows[1:]:
            by_client.setdefault(r[c], []).append(r)
        out = [rows[0]]
        for i, new in enumerate(new_ids):
            for r in by_client.get(sources[i % len(sources)], []):
                r = list(r)
                r[c] = new
                out.append(r)
        with open(folder / name, "w", encoding="utf-8", newline="") as dst:
            csv.writer(dst).writerows(out)
    if (demo / "instruments").is_dir():
        shutil.copytree(demo / "instruments", folder / "instruments")
    return new_ids


def load_average() -> float:
    """The 1-minute load average (what ``uptime`` prints first)."""
    return os.getloadavg()[0]


def render(casebook: Path, out: Path, clients: list[str], **options) -> dict:
    """Render ``clients`` with :func:`render_reports`; the run's figures."""
    from casekit.reports import render_reports

    load = load_average()
    began = time.perf_counter()
    results = render_reports(
        casebook, clients=clients, out=out, lang="id", progress=False, **options
    )
    wall = time.perf_counter() - began
    failed = [r.name for r in results if not r.ok]
    for r in results:
        if not r.ok:
            print(f"  FAILED: {r.name}: {r.error}", flush=True)
    return {
        "wall": wall,
        "per_client": wall / len(clients),
        "median_report": statistics.median(r.seconds for r in results),
        "clients": len(clients),
        "failed": len(failed),
        "load": [load, load_average()],
    }


def show(label: str, run: dict) -> None:
    print(
        f"{label:<34} {run['wall']:6.1f} s  wall {run['per_client']:5.2f} s/client  "
        f"median {run['median_report']:5.2f} s/report  load {run['load'][0]:.1f}->"
        f"{run['load'][1]:.1f}",
        flush=True,
    )


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--k", type=int, default=10, help="clients rendered per run (a sample)")
    p.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    p.add_argument("--naive", type=int, default=3, help="clients for the naive loop (0: skip)")
    p.add_argument("--no-dask", action="store_true", help="skip --scheduler local:2")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="casekit-bench-batch-"))
    k = args.k
    figures: dict = {"k": k, "cores": os.cpu_count(), "sizes": {}}
    try:
        print(f"{os.cpu_count()} cores; the same {k} clients rendered per run", flush=True)
        ids = [f"C{i:05d}" for i in range(1, k + 1)]
        for n in args.sizes:
            make_casebook(n, root / f"cb{n}")
            run = render(root / f"cb{n}", root / f"out{n}", ids, jobs=2)
            figures["sizes"][str(n)] = run
            show(f"{k} of {n:,} clients, --jobs 2", run)
        small = root / f"cb{args.sizes[0]}"
        figures["jobs1"] = render(small, root / "j1", ids, jobs=1)
        show(f"{k} of {args.sizes[0]:,}, --jobs 1", figures["jobs1"])
        figures["jobs2"] = figures["sizes"][str(args.sizes[0])]
        if not args.no_dask:
            figures["dask"] = render(small, root / "dask", ids, scheduler="local:2")
            show(f"{k} of {args.sizes[0]:,}, --scheduler local:2", figures["dask"])
        if args.naive:
            load = load_average()
            seconds = naive(small, root / "naive", ids[: args.naive])
            figures["naive"] = {
                "wall": seconds,
                "per_client": seconds / args.naive,
                "clients": args.naive,
                "load": [load, load_average()],
            }
            print(
                f"{'naive papermill + nbconvert, ' + str(args.naive):<34} {seconds:6.1f} s  "
                f"wall {seconds / args.naive:5.2f} s/client  load {load:.1f}->"
                f"{load_average():.1f}",
                flush=True,
            )
        print()
        sizes = [str(n) for n in args.sizes]
        if len(sizes) > 1:
            first, last = figures["sizes"][sizes[0]], figures["sizes"][sizes[-1]]
            figures["growth_median"] = last["median_report"] / first["median_report"]
            figures["growth_wall"] = last["per_client"] / first["per_client"]
            print(
                f"s/report from {sizes[0]} to {sizes[-1]} clients: median "
                f"{figures['growth_median']:.2f}x, wall {figures['growth_wall']:.2f}x (flat = 1.0)"
            )
        j1, j2 = figures["jobs1"], figures["jobs2"]
        figures["jobs2_vs_jobs1"] = j1["wall"] / j2["wall"]
        print(f"--jobs 2 vs --jobs 1: {figures['jobs2_vs_jobs1']:.2f}x faster")
        if "dask" in figures:
            figures["dask_vs_jobs2"] = j2["wall"] / figures["dask"]["wall"]
            print(f"Dask 2 workers vs --jobs 2: {figures['dask_vs_jobs2']:.2f}x (>1: Dask faster)")
        if "naive" in figures:
            figures["naive_vs_jobs2"] = figures["naive"]["per_client"] / j2["per_client"]
            figures["naive_vs_jobs1"] = figures["naive"]["per_client"] / j1["per_client"]
            print(
                f"--jobs 2 vs the naive loop: {figures['naive_vs_jobs2']:.2f}x faster per client "
                f"(--jobs 1: {figures['naive_vs_jobs1']:.2f}x)"
            )
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
        runs = [*figures["sizes"].values(), figures["jobs1"], figures.get("dask", {})]
        return 1 if any(r.get("failed") for r in runs) else 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
