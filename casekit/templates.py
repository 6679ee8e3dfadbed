"""``casekit new``: a blank casebook a student fills in with a spreadsheet.

Every table gets a CSV with its header row and one example row commented out
with ``#`` (the loader skips rows whose first cell starts with ``#``), and the
folder gets a README explaining each column in Bahasa Indonesia and English.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from .errors import ParameterError
from .tables import ID_PATTERN, TABLES

__all__ = ["new_casebook", "template_csv", "readme_text"]

_KIND_HELP = {
    "id": ("kode: huruf, angka, - atau _", "code: letters, digits, - or _"),
    "text": ("teks bebas", "free text"),
    "vocab": ("pilih salah satu", "one of"),
    "list": ("daftar dipisah ;", "list separated by ;"),
    "int": ("bilangan bulat", "whole number"),
    "float": ("angka", "number"),
    "bool": ("ya/tidak", "yes/no"),
    "date": ("tanggal TTTT-BB-HH", "date YYYY-MM-DD"),
    "time": ("jam JJ:MM", "time HH:MM"),
}


def template_csv(table_name: str, client_id: str = "K01") -> str:
    """Header plus one commented example row for ``table_name``."""
    table = TABLES[table_name]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.name for c in table.columns])
    example = []
    for c in table.columns:
        value = client_id if c.name == "client_id" else c.example
        example.append(value)
    if table_name == "identifiers":
        example = [client_id, "(nama asli)", "(alamat)", "(telepon)"]
    example[0] = "# " + example[0]
    writer.writerow(example)
    return buffer.getvalue()


def readme_text(lang: str = "id") -> str:
    """A README for a new casebook folder, explaining each table and column."""
    lines = [
        "# Buku kasus casekit / casekit casebook",
        "",
        "Isi setiap file CSV dengan spreadsheet (Excel, LibreOffice, Google Sheets) dan simpan",
        "sebagai **CSV UTF-8**. Satu baris = satu catatan. Baris yang diawali `#` adalah contoh",
        "dan diabaikan; hapus tanda `#` atau tulis baris baru di bawahnya. Sel kosong = tidak ada",
        "data. Tanggal ditulis `TTTT-BB-HH` (mis. 2024-08-22), jam `JJ:MM` (mis. 09:30).",
        "Periksa pekerjaan Anda kapan saja: `casekit validate <folder ini>`.",
        "",
        "Fill in each CSV file with a spreadsheet and save it as **CSV UTF-8**. One row = one",
        "record. Rows starting with `#` are examples and are ignored. Empty cell = missing.",
        "Dates `YYYY-MM-DD`, times `HH:MM`. Check your work any time: `casekit validate <this folder>`.",
        "",
        "**Privasi / privacy:** `identifiers.csv` menyimpan nama asli, alamat dan telepon; isinya",
        "tidak pernah muncul di laporan atau ekspor. Jangan pernah menulis nama asli klien di",
        "file lain. / `identifiers.csv` holds real names, addresses and phones; they never reach",
        "a report or export. Never write a client's real name in any other file.",
        "",
    ]
    for table in TABLES.values():
        lines.append(f"## {table.file}: {table.help_id} / {table.help_en}")
        lines.append("")
        lines.append("| kolom / column | isi | content |")
        lines.append("|---|---|---|")
        for c in table.columns:
            kind_id, kind_en = _KIND_HELP[c.kind]
            values = f": {', '.join(c.values)}" if c.kind == "vocab" else ""
            if c.min is not None:
                values += f" ({c.min:g}..{c.max:g})"
            req = " **(wajib / required)**" if c.required else ""
            help_id = c.help_id or ""
            help_en = c.help_en or ""
            lines.append(
                f"| `{c.name}`{req} | {kind_id}{values}. {help_id} | {kind_en}{values}. {help_en} |"
            )
        if table.name == "responses":
            lines.append("| `q1` ... `qN` | jawaban per butir (angka) | item answers (numbers) |")
        if table.name in ("responses", "scores"):
            lines.extend(["", *_timepoint_help()])
        lines.append("")
    return "\n".join(lines)


def _timepoint_help() -> list[str]:
    """The timepoint words casekit understands (tables.TIMEPOINT_WORDS), for the README."""
    from .tables import TIMEPOINT_WORDS

    spelled = {"pretest": ["pre-test", "pretest"], "posttest": ["post-test", "posttest"],
               "followup": ["follow-up"], "tindaklanjut": ["tindak lanjut"]}  # fmt: skip
    words: dict[str, list[str]] = {}
    for typed, meant in TIMEPOINT_WORDS.items():
        if typed != meant:
            words.setdefault(meant, []).extend(spelled.get(typed, [typed]))
    shown = "; ".join(
        f"{', '.join('`' + w + '`' for w in typed)} = `{meant}`" for meant, typed in words.items()
    )
    return [
        f"Waktu pengukuran (`timepoint`): {shown} (huruf besar/kecil, spasi dan `-` tidak "
        "berpengaruh). Label lain boleh dipakai apa adanya; pilih pasangannya untuk laporan "
        "dengan `--pre LABEL --post LABEL`.",
        f"Timepoints: {shown} (case, spaces and `-` do not matter). Other labels are kept as "
        "typed; choose the pair a report compares with `--pre LABEL --post LABEL`.",
    ]


def new_casebook(folder, client_id: str, lang: str = "id") -> Path:
    """Create a blank casebook in ``folder`` (which must not exist or be empty).

    The folder is built in a temporary sibling and renamed into place, so an
    interrupted run leaves nothing half-made.
    """
    if not ID_PATTERN.match(client_id or ""):
        raise ParameterError(
            f"The client code {client_id!r} cannot be used: use letters, digits, '-' or '_' "
            "(no spaces), at most 64 characters, e.g. K01."
        )
    folder = Path(folder).expanduser().resolve()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ParameterError(
            f"{folder} already exists and is not empty; casekit never overwrites a casebook. "
            "Choose a new folder name."
        )
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        for name in TABLES:
            (tmp / f"{name}.csv").write_text(template_csv(name, client_id), encoding="utf-8")
        # the client row itself is real, not an example
        clients = template_csv("clients", client_id).splitlines()
        header = clients[0]
        row = [client_id] + [""] * (header.count(","))
        (tmp / "clients.csv").write_text(
            header + "\n" + ",".join(row) + "\n" + clients[1] + "\n", encoding="utf-8"
        )
        (tmp / "instruments").mkdir()
        (tmp / "README.md").write_text(readme_text(lang), encoding="utf-8")
        if folder.exists():
            folder.rmdir()
        os.replace(tmp, folder)
    except BaseException:
        for p in sorted(tmp.rglob("*"), reverse=True):
            p.rmdir() if p.is_dir() else p.unlink()
        tmp.rmdir()
        raise
    return folder
