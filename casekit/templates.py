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
from .tables import ID_PATTERN, TABLES, WINDOWS_RESERVED

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
        placeholders = {
            "full_name": "(nama asli)",
            "address": "(alamat)",
            "phone": "(telepon)",
            "email": "(e-mail)",
            "nik": "(NIK)",
            "kk": "(nomor KK)",
        }
        example = [client_id] + [placeholders.get(c.name, "") for c in table.columns[1:]]
    example[0] = "# " + example[0]
    writer.writerow(example)
    return buffer.getvalue()


def _describe(c, lang: str) -> str:
    """What a column holds, in ``lang``: its help text, else its report header."""
    from .i18n import LABELS, t

    help_text = c.help_id if lang == "id" else c.help_en
    if help_text in _KIND_HELP["bool"]:  # "ya/tidak" says nothing the kind does not
        help_text = ""
    if help_text:
        return help_text
    key = f"col_{c.name}"
    return t(key, lang) if key in LABELS else ""


def readme_text(lang: str = "id") -> str:
    """A README for a new casebook folder, explaining each table and column in both languages.

    Each vocabulary column lists the values the loader accepts, generated from
    :func:`casekit.tables.accepted_values` (the labels of :mod:`casekit.i18n`
    and the spellings of :data:`casekit.tables.SYNONYMS`): the Indonesian word,
    the English value, and every other accepted spelling. ``lang`` is kept for
    callers; the README always holds both languages, Bahasa Indonesia first.
    """
    from .tables import accepted_values

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
        "Kolom pilihan menerima kata Indonesia maupun Inggris (huruf besar/kecil sama saja); daftar",
        "di bawah setiap tabel menyebut semuanya. / Choice columns accept the Indonesian or the",
        "English word (capitals do not matter); the list under each table names them all.",
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
        lines.append("| kolom / column | isi (Bahasa Indonesia) | content (English) |")
        lines.append("|---|---|---|")
        choices = []
        for c in table.columns:
            kind_id, kind_en = _KIND_HELP[c.kind]
            more_id = more_en = ""
            if c.kind == "vocab":
                more_id = ": lihat daftar di bawah"
                more_en = ": see the list below"
                choices.append(c)
            if c.min is not None:
                more_id += f" ({c.min:g}..{c.max:g})"
                more_en += f" ({c.min:g}..{c.max:g})"
            req = " **(wajib / required)**" if c.required else ""
            lines.append(
                f"| `{c.name}`{req} | {kind_id}{more_id}. {_describe(c, 'id')} "
                f"| {kind_en}{more_en}. {_describe(c, 'en')} |"
            )
        if table.name == "responses":
            lines.append("| `q1` ... `qN` | jawaban per butir (angka) | item answers (numbers) |")
        if table.name in ("responses", "scores"):
            lines.extend(["", *_timepoint_help()])
        lines.append("")
        for c in choices:
            lines.append(f"Nilai `{c.name}` yang diterima / accepted values of `{c.name}`:")
            lines.append("")
            for value, label, others in accepted_values(c, "id"):
                also = f" (juga / also: {', '.join(others)})" if others else ""
                lines.append(f"- {label} = `{value}`{also}")
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
        from .i18n import msg

        raise ParameterError(msg("n_bad_code", code=repr(client_id)))
    if client_id.upper() in WINDOWS_RESERVED:
        from .i18n import msg

        raise ParameterError(msg("f_reserved_new", code=client_id))
    folder = Path(folder).expanduser().resolve()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        from .i18n import msg

        raise ParameterError(msg("n_exists", folder=str(folder)))
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
