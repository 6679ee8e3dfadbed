"""The tables `casekit score` and `casekit change` print are words, not keys.

Runs the installed ``casekit`` command (as a student types it) on the demo casebook and on a
one-client casebook, in Bahasa Indonesia and in English, and checks the printed table: no
instrument id (``djg_11``, ``ucla_ls3``) and no column name (``client_id``,
``items_answered``) anywhere, timepoints as words (sebelum / sesudah, before / after),
yes/no in words, and numbers with the language's decimal mark (Indonesian ``4,00``, English
``4.00``; the convention of PUEBI, the Indonesian spelling guide, and of CLDR locale ``id``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from casekit import load_casebook, score

ROOT = Path(__file__).resolve().parents[1]
CASEKIT = Path(sys.executable).with_name("casekit")
BOOKS = {"demo": ROOT / "data" / "demo", "one": ROOT / "tests" / "data" / "student_one_client"}
RUNS = [(book, cmd, lang) for book in BOOKS for cmd in ("score", "change") for lang in ("id", "en")]
#: column names of score() and change() that a printed table must not show
COLUMNS = ("client_id", "items_answered", "prorated", "category_id",
           "missing_reason", "reliable_change", "clinical_status", "not_computable",
           "not_computable_id", "sd_source")  # fmt: skip


@pytest.fixture(scope="module")
def printed() -> dict[tuple[str, str, str], str]:
    """Every run's output, the runs started together (each is a separate Python start-up)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = {
        run: subprocess.Popen(
            [str(CASEKIT), run[1], str(BOOKS[run[0]]), "--lang", run[2]],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for run in RUNS
    }
    out = {}
    for run, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
        out[run] = stdout
    return out


def _ids(book: str) -> set[str]:
    return set(score(load_casebook(BOOKS[book]))["instrument"].astype(str))


@pytest.mark.parametrize("run", RUNS, ids=["-".join(r) for r in RUNS])
def test_no_id_or_column_name_is_printed(printed, run):
    text = printed[run]
    ids = _ids(run[0])
    assert ids >= {"djg_11", "ucla_ls3"}
    for word in (*ids, *COLUMNS):
        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text), (word, text[:2000])
    assert "True" not in text and "False" not in text
    assert "(social)" not in text and "(emotional)" not in text  # scales by name in reasons
    if run[2] == "id":
        assert "Skala Kesepian De Jong Gierveld (11 butir)" in text
        assert "Klien" in text and "Instrumen" in text
    else:
        assert "De Jong Gierveld Loneliness Scale (11 items)" in text
        assert "Client" in text and "Instrument" in text


@pytest.mark.parametrize("book", BOOKS)
def test_timepoints_and_yes_no_are_words(printed, book):
    id_score, en_score = printed[(book, "score", "id")], printed[(book, "score", "en")]
    assert " sebelum " in id_score and " sesudah " in id_score and " tidak " in id_score
    assert " before " in en_score and " after " in en_score and " no " in en_score
    for text in (id_score, en_score):
        assert not re.search(r"\s(pre|post)\s", text)


@pytest.mark.parametrize("run", RUNS, ids=["-".join(r) for r in RUNS])
def test_decimal_mark(printed, run):
    # the table rows (the sentences after them may quote a source's own figures)
    rows = [line for line in printed[run].splitlines() if "  " in line]
    table = "\n".join(rows)
    comma, point = re.findall(r"\d,\d\d(?!\d)", table), re.findall(r"\d\.\d\d(?!\d)", table)
    if run[2] == "id":
        assert comma and not point, table[:2000]
    else:
        assert point and not comma, table[:2000]


def test_printed_numbers_are_the_table_numbers(printed):
    # formatting only: the printed before/after/difference of K01 on the UCLA-LS3 are the
    # numbers score() gives, rounded to two decimals in the language's way
    scores = score(load_casebook(BOOKS["one"]))
    tot = scores[(scores["instrument"] == "ucla_ls3") & (scores["scale"] == "total")]
    pre, post = (float(tot.loc[tot["timepoint"] == tp, "score"].iloc[0]) for tp in ("pre", "post"))
    en = rf"{pre:.2f}\s+{post:.2f}\s+{post - pre:.2f}"
    id_ = en.replace(".", ",")
    id_rows = [
        r
        for r in printed[("one", "change", "id")].splitlines()
        if r.split()[:1] == ["K01"] and "UCLA versi 3" in r
    ]
    assert len(id_rows) == 1 and re.search(id_, id_rows[0]), (id_, id_rows)
    en_rows = [
        r
        for r in printed[("one", "change", "en")].splitlines()
        if r.split()[:1] == ["K01"] and "Version 3" in r
    ]
    assert len(en_rows) == 1 and re.search(en.replace(".", r"\."), en_rows[0]), en_rows


@pytest.mark.parametrize("command", ["score", "change"])
def test_help_is_indonesian(command):
    from casekit.cli.app import _help_in, build_parser

    parser = build_parser()
    words = _help_in("id")
    sub = next(a for a in parser._actions if hasattr(a, "choices") and a.choices)
    for action in sub.choices[command]._actions:
        if action.help and action.dest != "help":
            assert action.help in words, action.help


def test_score_out_xlsx_is_a_workbook_with_the_same_numbers(tmp_path):
    # Excel set to Indonesian splits a CSV on ';' and misreads '65.0': a workbook carries
    # numbers as numbers. Read back with openpyxl (not casekit) and compare with score().
    import openpyxl

    book = Path(__file__).resolve().parent.parent / "data" / "demo"
    out = tmp_path / "skor.xlsx"
    res = subprocess.run(
        [str(CASEKIT), "score", str(book), "--out", str(out), "--lang", "id"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    sheet = openpyxl.load_workbook(out, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    scores = score(load_casebook(book))
    assert list(header) == list(scores.columns) and len(body) == len(scores)
    col = header.index("score")
    typed = [r[col] for r in body if r[col] is not None]
    assert all(isinstance(v, (int, float)) for v in typed)  # numbers, not text
    assert sum(typed) == pytest.approx(scores["score"].sum())
