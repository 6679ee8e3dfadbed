"""Build tests/data/student_workbook/Buku Kasus LU-07.xlsx from tests/data/student_messy.

The workbook is what a student gets when the casebook is typed in Excel with
Indonesian regional settings and saved as one .xlsx: one sheet per table with
capitalised sheet names, real date and time cells (not text), numbers as
numbers (a score of ``8,0`` becomes the number 8.0), the header cells as typed
(stray capitals and spaces) and two empty, formatted rows at the end of some
sheets. Run once; the result is committed (``python tools/make_student_workbook.py``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "data" / "student_messy"
TARGET = ROOT / "tests" / "data" / "student_workbook" / "Buku Kasus LU-07.xlsx"
DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
TIME = re.compile(r"^(\d{1,2})\.(\d{2})$")
NUMBER = re.compile(r"^-?\d+(,\d+)?$")


def cell(header: str, text: str):
    """The value Excel stores for ``text`` typed under ``header`` (id-ID locale)."""
    if text == "":
        return None
    if m := DATE.match(text):
        return dt.datetime(int(m[3]), int(m[2]), int(m[1]))
    if "time" in header.lower() and (m := TIME.match(text)):
        return dt.time(int(m[1]), int(m[2]))
    if NUMBER.match(text) and "id" not in header.lower():
        return float(text.replace(",", ".")) if "," in text else int(text)
    return text


def main() -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for path in sorted(SOURCE.glob("*.csv")):
        text = path.read_text(encoding="utf-8-sig")
        rows = [r for r in csv.reader(io.StringIO(text), delimiter=";") if any(r)]
        header = [h for h in rows[0] if h.strip()]
        ws = wb.create_sheet(path.stem.replace("_", " ").title().replace(" ", "_"))
        ws.append(header)
        for row in rows[1:]:
            ws.append([cell(h, v) for h, v in zip(header, row, strict=False)])
        for _ in range(2):  # formatted but empty rows below the data
            ws.append([None] * len(header))
            ws.cell(ws.max_row, 1).number_format = "@"
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    wb.save(TARGET)


if __name__ == "__main__":
    main()
