"""Every benchmark of issue 17 in one run, each script's figures printed in turn.

1. ``bench_load.py``: load time and peak RSS at 10k / 100k / 1M clients beside plain
   pandas, the ratio and the growth exponent;
2. ``bench_batch.py`` (small defaults): seconds per client at 200 and 2,000 clients,
   ``--jobs 1`` / ``--jobs 2`` / Dask ``local:2`` / the naive papermill + nbconvert loop;
3. ``bench_page_size.py``: the client page's size (plotly.js shared);
4. ``bench_cohort.py``: cohort page size and draw time in Chromium at 10k and 100k.

Each runs as its own process (a failure is reported and the others still run); a
script not present is said so. ``--quick`` shrinks every size for a smoke run. On a
shared machine absolute times swing with other jobs: read the ratios each script prints.

    PYTHONPATH=. .venv/bin/python benchmarks/run_all.py [--quick] [--only load batch ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: name -> (script, arguments, arguments with --quick)
BENCHMARKS = {
    "load": (
        "bench_load.py",
        ["--sizes", "10000", "100000", "1000000"],
        ["--sizes", "10000", "100000"],
    ),
    "batch": (
        "bench_batch.py",
        ["--k", "10", "--sizes", "200", "2000", "--naive", "3"],
        ["--k", "3", "--sizes", "200", "2000", "--naive", "1"],
    ),
    "page": ("bench_page_size.py", [], []),
    "cohort": ("bench_cohort.py", ["--sizes", "10000", "100000"], ["--sizes", "10000"]),
}


def run(name: str, quick: bool) -> tuple[str, float, int | None]:
    script, args, quick_args = BENCHMARKS[name]
    path = HERE / script
    print(f"\n=== {name}: {script} {' '.join(quick_args if quick else args)}", flush=True)
    if not path.exists():
        print(f"(not present: {script})", flush=True)
        return name, 0.0, None
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    t0 = time.perf_counter()
    code = subprocess.run(
        [sys.executable, str(path), *(quick_args if quick else args)], env=env, cwd=HERE.parent
    ).returncode
    seconds = time.perf_counter() - t0
    print(f"=== {name}: exit {code} after {seconds:.0f} s", flush=True)
    return name, seconds, code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), help="run only these")
    args = parser.parse_args()
    results = [run(name, args.quick) for name in (args.only or list(BENCHMARKS))]
    print("\nsummary:")
    for name, seconds, code in results:
        state = "not present" if code is None else ("ok" if code == 0 else f"FAILED (exit {code})")
        print(f"  {name:<7} {state:<18} {seconds:7.0f} s")
    if any(code not in (0, None) for _, _, code in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
