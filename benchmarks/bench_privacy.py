"""Identifier guard speed: checking a 400 KB report page.

Builds a guard for N clients (a full name with a title, an address, a phone,
a NIK and an e-mail each, names drawn from common Indonesian name parts), and
a 400 KB page: the real nbconvert report page casekit writes (its CSS is most
of it) padded with HTML table rows of Indonesian case notes, numbers and
dates, none of which holds an identifier. Times building the guard and
:meth:`IdentifierGuard.findings` on the page (best of five).

    .venv/bin/python benchmarks/bench_privacy.py [--clients 200] [--kb 400]
"""

from __future__ import annotations

import argparse
import random
import time

from casekit.privacy import IdentifierGuard

_FIRST = (
    "Siti Sri Dewi Nur Agus Budi Bambang Joko Slamet Suparman Sutarman Wahyuni Rina Yuli Eko "
    "Hendra Rudi Teguh Asep Ujang Dedi Euis Neneng Cucu Ahmad Muhammad Abdul Fatimah Aminah"
)
FIRST = _FIRST.split()
_LAST = (
    "Rahayu Lestari Wijaya Setiawan Hidayat Kurniawan Saputra Susanti Handayani Purnomo "
    "Santoso Nugroho Maemunah Hasanuddin Suryadi Sulistyowati Mulyadi Rohmah Hartono"
)
LAST = _LAST.split()
NOTE = (
    "Klien menceritakan kesulitan tidur sejak pindah ke rumah anaknya. Praktikan melakukan "
    "asesmen dengan UCLA-LS3 dan skor pre-test 52; rencana intervensi kelompok lansia tiap "
    "Kamis pukul 09.00 di balai warga. Keluarga mendukung, tetangga sering berkunjung."
)


def build(clients: int, seed: int = 1) -> IdentifierGuard:
    rng = random.Random(seed)
    entries = []
    for i in range(clients):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        cid = f"K{i:04d}"
        entries += [
            (f"Hj. {first} {last}", "full_name", cid),
            (f"Jl. {rng.choice(LAST)} No. {i % 90 + 1}, RT 0{i % 9 + 1}/RW 0{i % 7 + 1}", "address", cid),
            (f"08{rng.randrange(10**9, 10**10)}", "phone", cid),
            (f"{rng.randrange(10**15, 10**16)}", "nik", cid),
            (f"{first.lower()}{i}@mail.example", "email", cid),
        ]  # fmt: skip
    return IdentifierGuard(entries)


def page(kb: int) -> str:
    import nbformat

    from casekit.reports.htmlout import notebook_to_html

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Laporan\n\n" + NOTE)]
    head = notebook_to_html(nb, title="Klien P01")
    rows = []
    size = len(head)
    i = 0
    while size < kb * 1000:
        row = (
            f"<tr><td>2024-03-{i % 28 + 1:02d}</td><td>{NOTE}</td><td>{i * 7 % 100}</td>"
            f"<td>{0.1 * i:.3f}</td></tr>\n"
        )
        rows.append(row)
        size += len(row)
        i += 1
    return head.replace("</body>", "<table>" + "".join(rows) + "</table></body>")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--clients", type=int, default=200)
    p.add_argument("--kb", type=int, default=400)
    args = p.parse_args()
    t0 = time.perf_counter()
    guard = build(args.clients)
    built = time.perf_counter() - t0
    text = page(args.kb)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        found = guard.findings(text)
        times.append(time.perf_counter() - t0)
    print(
        f"guard for {args.clients} clients built in {built * 1000:.1f} ms; "
        f"{len(text) / 1000:.0f} KB page checked in {min(times) * 1000:.1f} ms "
        f"(best of 5), {len(found)} finding(s)"
    )


if __name__ == "__main__":
    main()
