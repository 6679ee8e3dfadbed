"""Loading speed: a 100,000-client casebook (clients + 2 UCLA-20 administrations each).

Prints the time of ``casekit.load_casebook`` against a naive loader (the
``csv`` module and one Python check per cell, as one would write it first),
both measured in this run on the same files. Target (issue 2): under 3 s.

    .venv/bin/python benchmarks/bench_load.py [--clients 100000]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import resource
import tempfile
import time
from pathlib import Path

import numpy as np

import casekit as ck


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


def naive_load(folder: Path) -> list[str]:
    """Row-by-row validation with the csv module: the obvious first attempt."""
    problems = []
    ident = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
    sexes = {"male": "male", "female": "female", "l": "male", "p": "female"}
    clients = {}
    with open(folder / "clients.csv", encoding="utf-8-sig") as f:
        for row_no, row in enumerate(csv.DictReader(f), start=2):
            cid = row["client_id"].strip()
            if not ident.match(cid):
                problems.append(f"clients.csv row {row_no}: bad id")
            if cid in clients:
                problems.append(f"clients.csv row {row_no}: duplicate")
            sex = sexes.get(row["sex"].strip().lower())
            try:
                birth = int(row["birth_year"])
            except ValueError:
                birth = None
                problems.append(f"clients.csv row {row_no}: birth_year")
            for col in ("intake_date", "consent_date"):
                try:
                    dt.date.fromisoformat(row[col].strip())
                except ValueError:
                    problems.append(f"clients.csv row {row_no}: {col}")
            clients[cid] = (sex, birth)
    seen = set()
    rows = []
    with open(folder / "responses.csv", encoding="utf-8-sig") as f:
        for row_no, row in enumerate(csv.DictReader(f), start=2):
            cid = row["client_id"].strip()
            if cid not in clients:
                problems.append(f"responses.csv row {row_no}: unknown client")
            key = (cid, row["instrument"], row["timepoint"])
            if key in seen:
                problems.append(f"responses.csv row {row_no}: duplicate")
            seen.add(key)
            dt.date.fromisoformat(row["date"].strip())
            answers = []
            for k in range(1, 21):
                cell = row[f"q{k}"].strip()
                value = int(cell) if cell else None
                if value is not None and not 1 <= value <= 4:
                    problems.append(f"responses.csv row {row_no}: q{k}")
                answers.append(value)
            rows.append(answers)
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        make_casebook(folder, args.clients)
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        print(
            f"made {args.clients:,} clients, {2 * args.clients:,} administrations "
            f"({size:.1f} MB) in {time.perf_counter() - t0:.1f} s"
        )
        ck.load_casebook(folder)  # warm imports and caches
        t0 = time.perf_counter()
        cb = ck.load_casebook(folder)
        t_fast = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        assert len(cb.clients) == args.clients and len(cb.responses) == 2 * args.clients
        t0 = time.perf_counter()
        naive_load(folder)
        t_naive = time.perf_counter() - t0
        print(
            f"casekit.load_casebook: {t_fast:.2f} s (target < 3 s; peak resident memory of the process "
            f"{peak:.0f} MB)"
        )
        print(f"naive csv-module loader (checks less): {t_naive:.2f} s")
        print(f"ratio naive / casekit: {t_naive / t_fast:.1f}x")


if __name__ == "__main__":
    main()
