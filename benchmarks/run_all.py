"""Every benchmark of issue 17 in one run, and one table of their figures at the end.

1. ``bench_page_size.py``: the client page's size (plotly.js shared), before and
   after casekit's light pages;
2. ``bench_batch.py``: seconds per client with ``--jobs 2`` on casebooks of 200
   and 2,000 clients (the same sample of K clients rendered from each: what
   must stay flat is the time per client, not the number of clients), and on
   200 clients ``--jobs 1``, Dask ``--scheduler local:2`` and the naive
   papermill + nbconvert loop;
3. ``bench_cohort.py``: the cohort report's page size and the time Chromium
   takes to draw every figure, at 100k clients;
4. ``bench_load.py`` (its ``run``): load time and peak RSS at 10k / 100k / 1M
   clients beside plain pandas, the ratio and the growth exponent.

Each runs as its own process, one after the other (a failure is reported and
the others still run); each writes its figures as JSON for the table. The
machine's load average (what ``uptime`` prints) is taken before and after each
step and printed beside its figures: on a shared machine absolute times swing
with other jobs, so read the ratios, all taken in this one run. The table is
also written to ``benchmarks/results/<date>-<time>-load<1-min load>.txt``.
``--quick`` shrinks every size for a smoke run (not written to results/
unless ``--save``).

    PYTHONPATH=. .venv/bin/python benchmarks/run_all.py [--quick] [--only page batch ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
#: a step still running after this many seconds is stopped (the others still run)
STEP_TIMEOUT = 1500

#: name -> (arguments, arguments with --quick); the figures go to --json
SIZES = {
    "page": ([], []),
    "batch": (
        ["--k", "8", "--sizes", "200", "2000", "--naive", "2"],
        ["--k", "3", "--sizes", "200", "2000", "--naive", "1"],
    ),
    "cohort": (["--sizes", "100000"], ["--sizes", "10000"]),
    "load": (["10000", "100000", "1000000"], ["10000", "100000"]),
}
SCRIPTS = {
    "page": "bench_page_size.py",
    "batch": "bench_batch.py",
    "cohort": "bench_cohort.py",
    "load": "bench_load.py",
}


def _load() -> float:
    return os.getloadavg()[0]


def _command(name: str, args: list[str], out: Path) -> list[str]:
    if name != "load":
        return [sys.executable, str(HERE / SCRIPTS[name]), *args, "--json", str(out)]
    # bench_load.py belongs to the loading work: call its run() as it is, keep its rows
    code = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        "import bench_load\n"
        f"rows = bench_load.run([{', '.join(args)}])\n"
        f"open({str(out)!r}, 'w').write(json.dumps(rows))\n"
    )
    return [sys.executable, "-c", code]


def run(name: str, quick: bool, folder: Path) -> dict:
    """Run one step; its figures (None when it wrote none), exit code, seconds, load."""
    args = SIZES[name][1 if quick else 0]
    out = folder / f"{name}.json"
    print(f"\n=== {name}: {SCRIPTS[name]} {' '.join(args)}", flush=True)
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    load, began = _load(), time.perf_counter()
    try:
        code = subprocess.run(
            _command(name, args, out), env=env, cwd=HERE.parent, timeout=STEP_TIMEOUT
        ).returncode
    except subprocess.TimeoutExpired:
        code = "timeout"
    seconds = time.perf_counter() - began
    figures = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else None
    print(f"=== {name}: exit {code} after {seconds:.0f} s", flush=True)
    return {
        "figures": figures,
        "code": code,
        "seconds": seconds,
        "load": (load, _load()),
    }


def _loads(step: dict) -> str:
    return f"{step['load'][0]:.1f}->{step['load'][1]:.1f}"


def table(steps: dict, quick: bool) -> list[str]:
    """The figures of every step as rows: figure, value, target or note, load average."""
    rows: list[tuple[str, str, str, str]] = []

    def missing(name: str) -> None:
        step = steps[name]
        rows.append((name, f"no figures (exit {step['code']})", "see its output above", ""))

    if "page" in steps:
        step, f = steps["page"], steps["page"]["figures"]
        if f:
            after, before = f["after"]["total"], f["before"]["total"]
            met = "met" if after <= 150_000 else "NOT met"
            rows.append(
                (
                    "client page, plotly.js shared",
                    f"{after / 1000:.0f} KB (lab template: {before / 1000:.0f} KB)",
                    f"<= 150 KB: {met}",
                    _loads(step),
                )
            )
        else:
            missing("page")
    if "batch" in steps:
        step, f = steps["batch"], steps["batch"]["figures"]
        if f:
            k = f["k"]
            sizes = [min(f["sizes"], key=int), max(f["sizes"], key=int)]
            for n, r in f["sizes"].items():
                rows.append(
                    (
                        f"s/client at {int(n):,} clients, --jobs 2",
                        f"{r['median_report']:.2f} s median/report, {r['per_client']:.2f} s wall/client",
                        f"sample: {k} of {int(n):,} clients",
                        f"{r['load'][0]:.1f}->{r['load'][1]:.1f}",
                    )
                )
            if "growth_median" in f:
                rows.append(
                    (
                        "  growth of s/client, {} -> {}".format(*(f"{int(n):,}" for n in sizes)),
                        f"{f['growth_median']:.2f}x median, {f['growth_wall']:.2f}x wall",
                        "flat = 1.0",
                        "",
                    )
                )
            j1 = f["jobs1"]
            rows.append(
                (
                    "--jobs 1 (200 clients)",
                    f"{j1['median_report']:.2f} s median/report, {j1['per_client']:.2f} s wall/client",
                    f"--jobs 2 is {f['jobs2_vs_jobs1']:.2f}x faster (wall)",
                    f"{j1['load'][0]:.1f}->{j1['load'][1]:.1f}",
                )
            )
            if "naive" in f:
                nv = f["naive"]
                rows.append(
                    (
                        "naive papermill + nbconvert loop",
                        f"{nv['per_client']:.2f} s/client ({nv['clients']} clients)",
                        f"--jobs 2 {f['naive_vs_jobs2']:.2f}x, --jobs 1 "
                        f"{f['naive_vs_jobs1']:.2f}x faster",
                        f"{nv['load'][0]:.1f}->{nv['load'][1]:.1f}",
                    )
                )
            if "dask" in f:
                d = f["dask"]
                rows.append(
                    (
                        "Dask --scheduler local:2 (200 clients)",
                        f"{d['median_report']:.2f} s median/report, {d['per_client']:.2f} s wall/client",
                        f"vs --jobs 2: {f['dask_vs_jobs2']:.2f}x (>1: Dask faster)",
                        f"{d['load'][0]:.1f}->{d['load'][1]:.1f}",
                    )
                )
        else:
            missing("batch")
    if "cohort" in steps:
        step, f = steps["cohort"], steps["cohort"]["figures"]
        if f:
            for r in f:
                rows.append(
                    (
                        f"cohort page at {r['n']:,} clients",
                        f"{r['page_mb']:.2f} MB, drawn in {r['draw']:.1f} s "
                        f"({r['figures']} figures), rendered in {r['render']:.0f} s",
                        "page <= 2 MB: " + ("met" if r["page_mb"] <= 2 else "NOT met"),
                        f"{r['load'][0]:.1f}->{r['load'][1]:.1f}",
                    )
                )
        else:
            missing("cohort")
    if "load" in steps:
        step, f = steps["load"], steps["load"]["figures"]
        if f:
            import numpy as np

            for r in f:
                ck, pd_ = r["casekit"], r["pandas"]
                grow = ck.get("growth_mb", ck["peak_mb"] - ck["base_mb"]) / r["csv_mb"]
                runs = len(ck.get("all_seconds", [])) or 1
                rows.append(
                    (
                        f"load {r['n']:,} clients ({r['csv_mb']:.0f} MB CSV)"
                        + (f", median of {runs}" if runs > 1 else ""),
                        f"{ck['seconds']:.2f} s, RSS {ck['peak_mb']:.0f} MB "
                        f"({grow:.1f}x CSV); pandas {pd_['seconds']:.2f} s",
                        f"casekit/pandas {ck['seconds'] / pd_['seconds']:.2f}x",
                        _loads(step),
                    )
                )
            if len(f) > 1:
                logn = np.log([r["n"] for r in f])
                slope = {
                    who: np.polyfit(logn, np.log([r[who]["seconds"] for r in f]), 1)[0]
                    for who in ("casekit", "pandas")
                }
                target = "1M in <= 4 s, <= 4x CSV"
                rows.append(
                    (
                        "  growth exponent of load time",
                        f"casekit {slope['casekit']:.2f}, pandas {slope['pandas']:.2f}",
                        f"linear = 1.0; target {target}",
                        "",
                    )
                )
        else:
            missing("load")
    widths = [max(len(r[i]) for r in rows) for i in range(4)] if rows else [0] * 4
    heads = ("figure", "value", "target / ratio", "load avg")
    widths = [max(w, len(h)) for w, h in zip(widths, heads, strict=True)]

    def line(cells) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(heads), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    parser.add_argument("--only", nargs="+", choices=list(SCRIPTS), help="run only these")
    parser.add_argument("--save", action="store_true", help="write the table also for --quick")
    args = parser.parse_args()
    start = os.getloadavg()
    now = time.gmtime()
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", now)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE
    ).stdout.strip()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="casekit-run-all-") as tmp:
        steps = {name: run(name, args.quick, Path(tmp)) for name in (args.only or SCRIPTS)}
    total = time.perf_counter() - began
    end = os.getloadavg()
    head = [
        f"casekit benchmarks (issue 17){' --quick' if args.quick else ''}: {stamp}, "
        f"commit {commit or '?'}, {os.cpu_count()} cores, {total / 60:.1f} min",
        "load average (1, 5, 15 min) at start "
        + ", ".join(f"{x:.2f}" for x in start)
        + "; at end "
        + ", ".join(f"{x:.2f}" for x in end)
        + " (shared machine: compare the ratios, taken side by side in this run)",
        "steps: "
        + ", ".join(
            f"{n} {'ok' if s['code'] == 0 else 'exit ' + str(s['code'])} {s['seconds']:.0f} s"
            for n, s in steps.items()
        ),
        "",
    ]
    text = "\n".join(head + table(steps, args.quick)) + "\n"
    print("\n" + text)
    if not args.quick or args.save:
        RESULTS.mkdir(exist_ok=True)
        name = time.strftime("%Y-%m-%d-%H%M", now) + f"-load{start[0]:.1f}.txt"
        (RESULTS / name).write_text(text, encoding="utf-8")
        print(f"written to {(RESULTS / name).relative_to(HERE.parent)}")
    if any(s["code"] != 0 for s in steps.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
