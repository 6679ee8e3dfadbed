"""Batch scaling: seconds per client as the casebook grows, and the ways to run a batch.

A casebook of N clients is made by cloning the demo's synthetic clients (every
table, new ids). The same K clients (default 20) are then rendered from a
casebook of 200 and of 2,000 clients: with per-client work per client, the
seconds per client stay flat as N grows (before, every report reloaded and
rescored the whole casebook: O(N) per client). On the 200-client casebook the
same K clients are also rendered with ``--jobs 1``, ``--jobs 2`` and
``--scheduler local:2`` (a Dask LocalCluster of two workers), and the naive
loop (papermill CLI, then nbconvert CLI) on a few of them.

    .venv/bin/python benchmarks/bench_batch.py [--k 20] [--sizes 200 2000] [--naive 5]

Prints one line per run and the ratios, all measured in this run.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
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


def report(casebook: Path, out: Path, clients: list[str], *extra: str) -> float:
    cmd = [str(BIN / "casekit"), "report", str(casebook), "--out", str(out), "--lang", "en"]
    for c in clients:
        cmd += ["--client", c]
    began = time.perf_counter()
    subprocess.run(
        cmd + list(extra), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - began


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--k", type=int, default=20, help="clients rendered per run")
    p.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    p.add_argument("--naive", type=int, default=5, help="clients for the naive loop (0: skip)")
    args = p.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="casekit-bench-batch-"))
    k = args.k
    try:
        print(f"{os.cpu_count()} cores; {k} clients rendered per run", flush=True)
        per = {}
        for n in args.sizes:
            ids = make_casebook(n, root / f"cb{n}")
            t = report(root / f"cb{n}", root / f"out{n}", ids[:k], "--jobs", "2")
            per[n] = t / k
            print(
                f"casebook of {n:>5} clients, --jobs 2: {t:6.1f} s ({per[n]:.2f} s/client)",
                flush=True,
            )
        small = root / f"cb{args.sizes[0]}"
        ids = [f"C{i:05d}" for i in range(1, k + 1)]
        t1 = report(small, root / "j1", ids, "--jobs", "1")
        print(f"--jobs 1:              {t1:6.1f} s ({t1 / k:.2f} s/client)", flush=True)
        t2 = report(small, root / "j2", ids, "--jobs", "2")
        print(f"--jobs 2:              {t2:6.1f} s ({t2 / k:.2f} s/client)", flush=True)
        td = report(small, root / "dask", ids, "--scheduler", "local:2")
        print(f"--scheduler local:2:   {td:6.1f} s ({td / k:.2f} s/client)", flush=True)
        tn = None
        if args.naive:
            tn = naive(small, root / "naive", ids[: args.naive]) / args.naive
            print(f"naive papermill + nbconvert loop: {tn:.2f} s/client", flush=True)
        print()
        sizes = sorted(per)
        if len(sizes) > 1:
            print(
                f"growth of s/client from {sizes[0]} to {sizes[-1]} clients: "
                f"{per[sizes[-1]] / per[sizes[0]]:.2f}x (flat = 1.0)"
            )
        print(f"--jobs 2 vs --jobs 1: {t1 / t2:.2f}x faster")
        print(f"Dask 2 workers vs --jobs 2: {t2 / td:.2f}x (>1: Dask faster)")
        if tn:
            print(f"--jobs 2 vs the naive loop: {tn / (t2 / k):.2f}x faster per client")
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
