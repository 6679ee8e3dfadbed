"""Loading speed and memory: casekit against plain pandas at 10k / 100k / 1M clients.

The casebook is clients.csv plus two UCLA-20 administrations per client in
responses.csv. Each load runs in a fresh Python process (so the peak resident
memory is that load's), twice: ``casekit.load_casebook`` with every check, and
plain pandas doing the same pipeline without messages (read, strip text cells,
parse dates, map vocabularies, unique keys, references, answer ranges).
Printed per size: seconds (wall clock and CPU, user + system: on a machine
shared with other jobs the CPU seconds come nearer to what a quiet machine
takes on the clock), peak RSS and its growth over the imports, its ratio
to the CSV size, the casekit / pandas ratios, and the growth exponents
(slope of log time against log n). Target (issue 17): 1M clients in <= 4 s
and <= 4x the CSV size in memory.

On a shared machine absolute times swing with the load of other jobs: the two
loads of a size alternate (casekit, pandas, casekit, pandas...) ``--repeat``
times and the medians count; the load average is printed before and after;
compare the ratios within one run.

    .venv/bin/python benchmarks/bench_load.py [--sizes 10000 100000 1000000] [--data DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np


def make_casebook(folder: Path, n: int, seed: int = 1) -> None:
    rng = np.random.default_rng(seed)
    ids = [f"C{i:06d}" for i in range(n)]
    sex = rng.choice(["male", "female", "L", "P"], n)
    birth = rng.integers(1935, 1965, n)
    with open(folder / "clients.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["client_id", "sex", "birth_year", "cohort", "intake_date", "consent_date"])
        for i in range(n):
            w.writerow(
                [ids[i], sex[i], birth[i], f"synthetic-{2022 + i % 3}", "2024-08-22", "2024-08-27"]
            )
    answers = rng.integers(1, 5, (2 * n, 20))
    with open(folder / "responses.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            ["client_id", "instrument", "timepoint", "date"] + [f"q{k}" for k in range(1, 21)]
        )
        for i in range(n):
            for j, (tp, date) in enumerate((("pre", "2024-08-27"), ("post", "2024-09-23"))):
                w.writerow([ids[i], "ucla_ls3", tp, date, *answers[2 * i + j]])


def pandas_load(folder: Path):
    """The same pipeline in plain pandas, checks without messages: the floor to compare with."""
    import pandas as pd

    text = {"client_id", "sex", "cohort", "intake_date", "consent_date"}
    clients = pd.read_csv(folder / "clients.csv", dtype={c: str for c in text})
    responses = pd.read_csv(
        folder / "responses.csv",
        dtype={c: str for c in ("client_id", "instrument", "timepoint", "date")},
    )
    for frame in (clients, responses):
        for col in frame.columns:
            if not pd.api.types.is_numeric_dtype(frame[col]):
                frame[col] = frame[col].str.strip()
    sexes = {"male": "male", "female": "female", "l": "male", "p": "female"}
    clients["sex"] = clients["sex"].str.lower().map(sexes)
    for col in ("intake_date", "consent_date"):
        clients[col] = pd.to_datetime(clients[col], format="%Y-%m-%d", errors="coerce")
    responses["date"] = pd.to_datetime(responses["date"], format="%Y-%m-%d", errors="coerce")
    problems = int(clients["client_id"].duplicated().sum())
    problems += int((~clients["client_id"].str.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")).sum())
    problems += int(responses.duplicated(["client_id", "instrument", "timepoint"]).sum())
    problems += int((~responses["client_id"].isin(clients["client_id"])).sum())
    items = responses[[f"q{k}" for k in range(1, 21)]]
    problems += int(((items < 1) | (items > 4)).sum().sum())
    return clients, responses, problems


def _measure(which: str, folder: str) -> None:
    """Run in a child process: one load, then print seconds and memory as JSON."""
    import resource

    import pandas  # noqa: F401  (imports are not the load's memory)

    import casekit as ck

    if which == "casekit":
        import casekit.casebook  # noqa: F401
        import casekit.checks  # noqa: F401
        import casekit.privacy  # noqa: F401
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    if which == "casekit":
        book = ck.load_casebook(folder)
        rows = len(book.clients) + len(book.responses)
    else:
        clients, responses, _ = pandas_load(Path(folder))
        rows = len(clients) + len(responses)
    seconds = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime
    peak = r1.ru_maxrss / 1e3
    print(
        json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "base_mb": base, "rows": rows})
    )


def _child(which: str, folder: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", which, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(folder: Path, repeat: int = 3) -> dict[str, dict]:
    """casekit and pandas loads of ``folder``, alternating, each in a fresh process,
    ``repeat`` times; the median seconds and median peak RSS of each."""
    runs: dict[str, list[dict]] = {"casekit": [], "pandas": []}
    for _ in range(repeat):
        for which in runs:
            runs[which].append(_child(which, folder))
    out = {}
    for which, rs in runs.items():
        out[which] = {
            "seconds": float(np.median([r["seconds"] for r in rs])),
            "cpu": float(np.median([r["cpu"] for r in rs])),
            "peak_mb": float(np.median([r["peak_mb"] for r in rs])),
            "base_mb": float(np.median([r["base_mb"] for r in rs])),
            "growth_mb": float(np.median([r["peak_mb"] - r["base_mb"] for r in rs])),
            "rows": rs[0]["rows"],
            "all_seconds": [round(r["seconds"], 2) for r in rs],
        }
    return out


def _load_average() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def run(sizes, data: Path | None = None, repeat: int = 3) -> list[dict]:
    """Measure every size; return one row of figures per size (also printed)."""
    print(f"load average (1, 5, 15 min) before: {_load_average()} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        root = data or Path(tmp)
        rows = []
        for n in sizes:
            folder = root / f"load{n}"
            if not (folder / "responses.csv").exists():
                folder.mkdir(parents=True, exist_ok=True)
                make_casebook(folder, n)
            mb = sum(p.stat().st_size for p in folder.glob("*.csv")) / 1e6
            both = measure(folder, repeat)
            ck, pd_ = both["casekit"], both["pandas"]
            assert ck["rows"] == pd_["rows"] == 3 * n
            rows.append({"n": n, "csv_mb": mb, "casekit": ck, "pandas": pd_})
    print(f"load average (1, 5, 15 min) after: {_load_average()}; medians of {repeat} runs")
    print(
        f"{'clients':>9} {'CSV MB':>7} | {'casekit s':>9} {'cpu s':>6} {'RSS MB':>7} "
        f"{'+load MB':>8} {'x CSV':>5} | {'pandas s':>8} {'cpu s':>6} {'RSS MB':>7} {'x CSV':>5} "
        f"| {'ratio s':>7} {'ratio cpu':>9}"
    )
    for r in rows:
        ck, pd_ = r["casekit"], r["pandas"]
        grow_ck, grow_pd = ck["growth_mb"], pd_["growth_mb"]
        print(
            f"{r['n']:>9,} {r['csv_mb']:>7.1f} | {ck['seconds']:>9.2f} {ck['cpu']:>6.2f} "
            f"{ck['peak_mb']:>7.0f} {grow_ck:>8.0f} {grow_ck / r['csv_mb']:>5.1f} | "
            f"{pd_['seconds']:>8.2f} {pd_['cpu']:>6.2f} {pd_['peak_mb']:>7.0f} "
            f"{grow_pd / r['csv_mb']:>5.1f} | {ck['seconds'] / pd_['seconds']:>6.2f}x "
            f"{ck['cpu'] / pd_['cpu']:>8.2f}x"
        )
    if len(rows) > 1:
        logn = np.log([r["n"] for r in rows])
        for who in ("casekit", "pandas"):
            for what in ("seconds", "cpu"):
                slope = np.polyfit(logn, np.log([r[who][what] for r in rows]), 1)[0]
                print(
                    f"growth exponent of {who} load {what} (slope of log t on log n): {slope:.2f}"
                )
    for r in rows:
        print(
            f"  {r['n']:,} clients, every run (s): casekit {r['casekit']['all_seconds']}, "
            f"pandas {r['pandas']['all_seconds']}"
        )
    print(
        "target: 1,000,000 clients in <= 4 s and <= 4x the CSV size (x CSV = peak RSS growth "
        "during the load / CSV size); times on a shared machine: compare the ratios"
    )
    return rows


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _measure(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--data", type=Path, help="keep the generated casebooks here")
    parser.add_argument("--repeat", type=int, default=3, help="loads per size (medians count)")
    args = parser.parse_args()
    run(args.sizes, args.data, args.repeat)


if __name__ == "__main__":
    main()
