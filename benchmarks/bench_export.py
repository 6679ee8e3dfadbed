"""Export speed: redacting the free text of a large casebook.

Builds a casebook of N clients (identifiers.csv with a two-word full name and an
address each, one family member and one ecomap system with names, three sessions
whose notes mention names, a phone and an address), then times

- the name redaction of casekit (:class:`casekit.export.Redactor`: token look-up in
  a dictionary of known names), against
- the naive way: one big regular-expression alternation of every known name
  (word-bounded, case-insensitive), which is what one writes first,

on the same notes, and the whole ``export_casebook`` (load, de-identify, write,
load back, score check, leak check).

    .venv/bin/python benchmarks/bench_export.py [--clients 2000]
"""

from __future__ import annotations

import argparse
import csv
import re
import tempfile
import time
from pathlib import Path

import numpy as np

from casekit.casebook import load_casebook
from casekit.export import Redactor, _known_names, export_casebook

FIRST = [
    "Sumarni",
    "Bambang",
    "Siti",
    "Joko",
    "Dewi",
    "Agus",
    "Rudi",
    "Wulan",
    "Endang",
    "Darmo",
    "Yusuf",
    "Ani",
    "Budi",
    "Tuti",
]
LAST = [
    "Wijaya",
    "Kurniawan",
    "Rahma",
    "Susilo",
    "Lestari",
    "Setiawan",
    "Hartono",
    "Maulana",
    "Pratama",
    "Saputra",
]


def make_casebook(folder: Path, n: int, seed: int = 3) -> None:
    rng = np.random.default_rng(seed)
    ids = [f"K{i:06d}" for i in range(n)]
    names = [
        f"{FIRST[a]}{i % 97} {LAST[b]}{i % 89}"
        for i, (a, b) in enumerate(rng.integers(0, [len(FIRST), len(LAST)], (n, 2)))
    ]
    rows = {
        "clients": [["client_id", "pseudonym", "intake_date", "consent_date"]],
        "identifiers": [["client_id", "full_name", "address", "phone"]],
        "family": [["client_id", "member_id", "label", "relation"]],
        "ecomap": [["client_id", "system", "category"]],
        "sessions": [["client_id", "session_id", "stage", "date", "notes"]],
    }
    for i, cid in enumerate(ids):
        first = names[i].split()[0]
        rows["clients"].append([cid, f"Bu {first[:3]}", "2024-08-22", "2024-08-27"])
        rows["identifiers"].append(
            [cid, names[i], f"Jl. Melati No. {i % 50}, RT 0{i % 9}/RW 0{i % 7}", f"0812{i:08d}"]
        )
        child = f"Anak {LAST[i % len(LAST)]}{i % 83}"
        rows["family"].append([cid, "C1", child, "child"])
        rows["ecomap"].append([cid, f"Pak {FIRST[i % len(FIRST)]}{i % 79} tetangga", "neighbour"])
        for s in range(3):
            rows["sessions"].append(
                [
                    cid,
                    str(s + 1),
                    "intervention",
                    f"2024-09-{s + 1:02d}",
                    f"Kunjungan ke {first} di rumah; {child} hadir; telepon 0812{i:08d}; "
                    f"tinggal di Jl. Melati No. {i % 50}; klien merasa lebih baik",
                ]
            )
    for name, table in rows.items():
        with open(folder / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(table)


def naive(red: Redactor):
    terms = sorted(red.exact | red.words, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)", re.IGNORECASE
    )
    return lambda text: pattern.sub("[nama]", text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=2000)
    n = parser.parse_args().clients
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big"
        src.mkdir()
        make_casebook(src, n)
        cb = load_casebook(src)
        red = _known_names(cb)
        notes = cb.sessions["notes"].dropna().tolist()
        t0 = time.perf_counter()
        ours = [red._names(x) for x in notes]
        t_ours = time.perf_counter() - t0
        slow = naive(red)
        t0 = time.perf_counter()
        theirs = [slow(x) for x in notes]
        t_naive = time.perf_counter() - t0
        same = sum(a == b for a, b in zip(ours, theirs, strict=True))
        t0 = time.perf_counter()
        export_casebook(src, Path(tmp) / "out", key_file=Path(tmp) / "k.key")
        t_export = time.perf_counter() - t0
    print(f"clients: {n}, notes: {len(notes)}, known names/words: {len(red.exact | red.words)}")
    print(f"name redaction, casekit token look-up: {t_ours:.2f} s")
    print(f"name redaction, naive regex alternation: {t_naive:.2f} s")
    print(
        f"ratio naive / casekit: {t_naive / t_ours:.1f}x; identical output for {same}/{len(notes)}"
    )
    print(f"whole export_casebook: {t_export:.2f} s")


if __name__ == "__main__":
    main()
