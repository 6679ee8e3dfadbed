"""Users' own casebooks, as students and researchers in Indonesia produce them (fast part).

The casebooks (tests/data, made-up people only, written by tools/make_users_casebooks.py):

``student_excel_cp1252``
    Excel on an older Windows, saved as plain "CSV" (Windows-1252, ``;``, CRLF): long
    dates as Excel shows them (``12 Januari 2025``), ``UCLA_LS3`` in capitals, answers
    ``3 `` and ``3,0``, curly quotes and ``é`` in free text, ``Ya``/``Tidak``.
``student_partial``
    One client in the first week: no family, ecomap, body map, sessions, plan, post-test.
``research_named/Wiranto_Gunadi``
    A folder, an extra file and a column header named after the client.

Each journey runs as typed (``casekit ...`` through :func:`casekit.cli.main`, the same
code as the console command) on a copy; the kernel journeys (report, PDF, cohort) are in
tests/test_users_journeys.py.

UCLA-LS3 of BDG-03 by hand (Russell 1996: items 1, 5, 6, 9, 10, 15, 16, 19, 20 reversed
as 5 - x): before 65, after 40 (see ``_ucla_ls3_total``). One client, so the SD is the
default published sample's (SD 9.9, alpha .92): S_diff = 9.9 sqrt(2 (1 - .92)) = 3.960,
RCI = (40 - 65) / 3.960 = -6.313, reliably improved (Jacobson & Truax 1991).
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

import casekit as ck
from casekit.cli import main
from casekit.privacy import IdentifierGuard, leak_message, locate

DATA = Path(__file__).resolve().parent / "data"
CP1252 = DATA / "student_excel_cp1252"
PARTIAL = DATA / "student_partial"
NAMED = DATA / "research_named" / "Wiranto_Gunadi"
NAME_PARTS = ("Wiranto", "Gunadi", "Sasmita")
REVERSED = {1, 5, 6, 9, 10, 15, 16, 19, 20}


def _ucla_ls3_total(answers: list[str]) -> int:
    """The UCLA-LS3 total by hand from the cells as typed ("3 ", "3,0")."""
    values = [int(float(a.strip().replace(",", "."))) for a in answers]
    return sum(5 - v if i in REVERSED else v for i, v in enumerate(values, start=1))


def _copy(src: Path, tmp_path: Path, name: str | None = None) -> Path:
    target = tmp_path / (name or src.name)
    shutil.copytree(src, target)
    return target


def _run(capsys, *argv) -> tuple[int, str]:
    """``casekit *argv`` as typed; Indonesian (the default at a student's prompt) unless
    ``--lang`` is given (the test session itself sets CASEKIT_LANG=en)."""
    argv = [str(a) for a in argv]
    code = main(argv if "--lang" in argv else [*argv, "--lang", "id"])
    out = capsys.readouterr()
    return code, out.out + out.err


# --- Excel on Windows: Windows-1252, long dates, capitals, "3 " and "3,0" ---------------------
def test_cp1252_casebook_validates_clean_with_the_encoding_warnings(tmp_path, capsys):
    book = _copy(CP1252, tmp_path)
    code, text = _run(capsys, "validate", book)
    assert code == 0, text
    for file in ("clients.csv", "ecomap.csv", "bpss.csv", "plan.csv", "sessions.csv"):
        assert f"peringatan: {file}: berkas ini tidak disimpan sebagai UTF-8" in text
    assert "BDG-03: siap untuk laporan" in text
    assert "Traceback" not in text


def test_cp1252_free_text_keeps_its_letters_and_long_dates_are_read():
    cb = ck.load_casebook(CP1252)
    assert "Kafé Lansia RW 05" in set(cb.ecomap["system"])
    assert cb.clients.set_index("client_id").loc["BDG-03", "referral_to"] == (
        "Kelompok Doa Lansia \u2018Bunda Maria\u2019"
    )
    assert any("Jum\u2019at" in f for f in cb.bpss["finding"])
    assert any("\u201ctak berguna\u201d" in f for f in cb.bpss["finding"])
    row = cb.clients.set_index("client_id").loc["BDG-03"]
    assert row["intake_date"] == pd.Timestamp("2025-01-12")  # "12 Januari 2025"
    assert row["termination_date"] == pd.Timestamp("2025-02-28")  # "28 Februari 2025"
    assert cb.clients.set_index("client_id").loc["BDG-04", "intake_date"] == pd.Timestamp(
        "2025-01-13"
    )  # "13/01/2025": day first
    plan = cb.plan.set_index("activity_id")
    assert plan.loc["A2", "start_date"] == pd.Timestamp("2025-01-25")  # "25 Januari 2025"
    assert plan.loc["A1", "end_date"] == pd.Timestamp("2025-02-07")  # "7/02/2025"
    family = cb.family.set_index("member_id")
    assert bool(family.loc["M2", "deceased"]) and not bool(family.loc["M1", "deceased"])
    assert bool(family.loc["M1", "lives_with_client"])  # "Ya"
    assert set(cb.problems["focus"].astype(bool)) == {True, False}  # "Ya"/"Tidak"


def test_cp1252_scores_equal_the_hand_totals_and_the_reliable_change():
    cb = ck.load_casebook(CP1252)
    pre = ["2", "3 ", "3", "4", "2", "1", "3,0", "3", "2", "2"]
    pre += ["3", "4", "3", "3", "2", "1", "3", "3", "2", "1"]
    post = ["3", "2", "2", "2", "3", "3", "2", "2", "3", "3"]
    post += ["2", "2", "2", "2", "3", "3", "2 ", "2,0", "3", "3"]
    assert (_ucla_ls3_total(pre), _ucla_ls3_total(post)) == (65, 40)
    scores = ck.score(cb)
    got = scores.set_index("timepoint")["score"]
    assert set(scores["instrument"]) == {"ucla_ls3"}  # typed "UCLA_LS3"
    assert (got["pre"], got["post"]) == (65, 40)  # "Pre-Test"/"Post-Test"
    change = ck.change(scores).iloc[0]
    s_diff = 9.9 * math.sqrt(2 * (1 - 0.92))  # Jacobson & Truax (1991), eq. for S_diff
    assert change["rci"] == pytest.approx((40 - 65) / s_diff, abs=1e-9)
    assert change["reliable_change"] == "improved"


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("12 Januari 2025", "2025-01-12"),
        ("3 Feb 2025", "2025-02-03"),
        ("17-Agu-2024", "2024-08-17"),
        ("1 Mei 2024", "2024-05-01"),
        ("9 Nopember 2024", "2024-11-09"),
        ("24 september 2024", "2024-09-24"),
        ("5 Oct 2024", "2024-10-05"),
        ("Senin, 13 Januari 2025", "2025-01-13"),  # Excel's Indonesian long date
        ("Jum\u2019at, 17 Januari 2025", "2025-01-17"),
    ],
)
def test_dates_with_month_names_as_excel_saves_a_long_date(tmp_path, typed, iso):
    (tmp_path / "clients.csv").write_text(f"client_id;intake_date\nK01;{typed}\n", "utf-8")
    cb = ck.load_casebook(tmp_path)
    assert cb.clients["intake_date"].iloc[0] == pd.Timestamp(iso)


@pytest.mark.parametrize("typed", ["31 Februari 2025", "12 Jnuari 2025", "12 Januari 25"])
def test_impossible_or_misspelt_month_dates_are_still_problems(tmp_path, typed):
    (tmp_path / "clients.csv").write_text(f"client_id;intake_date\nK01;{typed}\n", "utf-8")
    with pytest.raises(ck.CasebookError) as err:
        ck.load_casebook(tmp_path)
    [problem] = err.value.problems
    assert (problem.file, problem.row, problem.column) == ("clients.csv", 2, "intake_date")
    assert "TTTT-BB-HH" in problem.text("id")


@pytest.mark.parametrize(
    ("typed", "known", "score"),
    [("UCLA_LS3", "ucla_ls3", 40), ("UCLA-LS3", "ucla_ls3", 40), ("Djg_11", "djg_11", 5)],
)
def test_instrument_ids_in_other_capitals_or_separators_are_the_instrument(
    tmp_path, typed, known, score
):
    (tmp_path / "clients.csv").write_text("client_id\nK01\n", "utf-8")
    (tmp_path / "scores.csv").write_text(
        f"client_id,instrument,timepoint,score\nK01,{typed},pre,{score}\n", "utf-8"
    )
    cb = ck.load_casebook(tmp_path)
    assert list(cb.scores["instrument"]) == [known]


def test_an_unknown_instrument_is_still_reported(tmp_path):
    (tmp_path / "clients.csv").write_text("client_id\nK01\n", "utf-8")
    (tmp_path / "scores.csv").write_text(
        "client_id,instrument,timepoint,score\nK01,ucla,pre,40\n", "utf-8"
    )
    with pytest.raises(ck.CasebookError, match="ucla"):
        ck.load_casebook(tmp_path)


# --- one client in the first week -------------------------------------------------------------
def test_partial_casebook_says_what_is_missing_in_indonesian(tmp_path, capsys):
    book = _copy(PARTIAL, tmp_path)
    code, text = _run(capsys, "validate", book)
    assert code == 0, text  # nothing wrong: only not done yet
    assert "JKT-11: siap untuk laporan (2 peringatan)" in text
    for missing in ("Genogram", "Ecomap", "Peta tubuh (body map)", "Garis waktu sesi"):
        assert missing in text
    assert "tidak ada pasangan pre/post" in text
    assert "isi kuesioner yang sama sekali lagi dan catat sebagai post" in text  # not "retype"
    code, text = _run(capsys, "check-process", book)
    assert code == 1
    for stage in ("4.1", "4.2", "4.3", "4.4", "4.5", "4.6"):
        assert f"tahap {stage}" in text
    assert "termination_date" in text and "Traceback" not in text
    # the missing after-measurement goes where the student keeps the answers
    assert "responses.csv, baris baru, kolom 'timepoint': tidak ada pengukuran sesudah" in text


def test_partial_casebook_chapter_is_written_with_the_findings_first(tmp_path, capsys):
    book = _copy(PARTIAL, tmp_path)
    out = tmp_path / "JKT-11.docx"
    code, text = _run(capsys, "chapter", book, "--client", "JKT-11", "--no-figures", "--out", out)
    assert code == 0, text
    assert out.is_file() and "9 temuan kelengkapan" in text


# --- names where they should not be: folder, file name, column header -------------------------
def test_file_name_and_header_holding_a_name_are_not_printed(tmp_path, capsys):
    book = _copy(NAMED, tmp_path, "kasus")
    for lang in ("id", "en"):
        code, text = _run(capsys, "validate", book, "--lang", lang)
        assert code == 0, text
        for part in NAME_PARTS:
            assert part.casefold() not in text.casefold(), (lang, text)
    assert "sebuah berkas yang namanya memuat identitas klien" in _run(capsys, "validate", book)[1]
    assert "judul kolom memuat identitas klien" in _run(capsys, "validate", book)[1]


def test_a_folder_named_after_the_client_is_named_as_the_source(tmp_path):
    cb = ck.load_casebook(_copy(NAMED, tmp_path))
    guard = IdentifierGuard.from_casebook(cb)
    located = locate(cb, guard)
    assert located and all(
        str(file).startswith("the casebook's folder name") for file, *_ in located
    )
    page = f"Dibuat dengan casekit dari buku kasus {cb.name}."
    message = leak_message("W01.html", guard.findings(page), [loc[:3] + loc[5:] for loc in located])
    assert "nama folder buku kasus" in message.text("id")
    assert "folder name" in message.text("en")
    for part in NAME_PARTS:
        assert part not in message.text("id") and part not in message.text("en")


def test_leak_message_in_indonesian_has_no_english_row_or_column():
    guard = IdentifierGuard([("Wiranto Gunadi", "full_name", "W01")])
    found = guard.findings("Pak Wiranto datang")
    message = leak_message("W01.html", found, [("sessions.csv", 4, "notes")])
    assert "sessions.csv, baris 4, kolom 'notes'" in message.text("id")
    assert "row" not in message.text("id") and "column" not in message.text("id")
    assert "sessions.csv, row 4, column 'notes'" in message.text("en")


def test_validate_summary_counts_the_warnings_it_printed(tmp_path, capsys):
    book = _copy(PARTIAL, tmp_path)
    code, text = _run(capsys, "validate", book)
    printed = sum(line.lstrip(" -").startswith("peringatan:") for line in text.splitlines())
    assert printed == 2, text
    assert text.strip().endswith("bersih (1 klien; 2 peringatan).")


def test_pooled_export_without_a_key_file_says_so_in_indonesian(tmp_path, capsys):
    a, b = _copy(PARTIAL, tmp_path, "a"), _copy(CP1252, tmp_path, "b")
    code, text = _run(capsys, "export", a, b, "--out", tmp_path / "ex")
    assert code == 2
    assert "membutuhkan berkas kunci" in text and "--key-file" in text
    assert not (tmp_path / "ex").exists()
    code, text = _run(capsys, "export", "--help")
    assert "pseudonymise" not in text  # every option explained in Indonesian


def test_an_unclosed_quote_in_clients_csv_is_one_problem_not_forty(tmp_path, capsys):
    book = _copy(DATA / "student_one_client", tmp_path)
    path = book / "clients.csv"
    path.write_bytes(path.read_bytes().replace(b";Ibu A;", b';"Ibu A;'))
    code, text = _run(capsys, "validate", book)
    assert code == 1
    assert "1 masalah ditemukan" in text, text
    assert "clients.csv, baris 2" in text and "tanda petik" in text
    assert "tidak ada di clients.csv" not in text


@pytest.mark.parametrize(
    ("typed", "time"), [("09.00 WIB", "09:00"), ("14.30 WITA", "14:30"), ("7:15 wit", "07:15")]
)
def test_times_with_the_indonesian_time_zone(tmp_path, typed, time):
    (tmp_path / "clients.csv").write_text("client_id\nK01\n", "utf-8")
    (tmp_path / "sessions.csv").write_text(
        f"client_id;stage;date;start_time\nK01;asesmen;13/01/2025;{typed}\n", "utf-8"
    )
    assert ck.load_casebook(tmp_path).sessions["start_time"].iloc[0] == time


def test_a_time_range_in_one_cell_is_still_a_problem(tmp_path):
    (tmp_path / "clients.csv").write_text("client_id\nK01\n", "utf-8")
    (tmp_path / "sessions.csv").write_text(
        "client_id;stage;date;start_time\nK01;asesmen;13/01/2025;9.00-10.00\n", "utf-8"
    )
    with pytest.raises(ck.CasebookError, match="start_time"):
        ck.load_casebook(tmp_path)


def test_a_title_typed_above_the_headers_is_named_with_its_row(tmp_path, capsys):
    """Excel saves a title row typed above the table as 'DATA KLIEN;;;' (one ';' per column)."""
    (tmp_path / "clients.csv").write_text(
        "DATA KLIEN PRAKTIKUM;;;\n;;;\nclient_id;pseudonym;intake_date;consent_date\n"
        "K01;Ibu A;03/09/2024;05/09/2024\n",
        encoding="utf-8",
    )
    code, text = _run(capsys, "validate", tmp_path)
    assert code == 1
    assert "clients.csv, baris 3: judul kolom ada di baris 3, bukan di baris 1" in text
    assert "hapus baris di atas baris 3" in text
    assert "kolom wajib" not in text  # not "add a client_id column": it is there, lower down


def test_validate_piped_into_head_is_not_a_file_system_error():
    """``casekit validate DIR | head -1``: the reader stops early; casekit must not call
    that a file system error (it said 'Kesalahan sistem berkas ... (Broken pipe)')."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "casekit"), "validate", str(CP1252)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**__import__("os").environ, "PYTHONPATH": str(DATA.parents[1])},
    )
    proc.stdout.close()  # the reader has gone before the first line
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=120)
    assert "Broken pipe" not in err and "Kesalahan sistem berkas" not in err, err
    assert "Traceback" not in err and "Exception ignored" not in err, err


@pytest.mark.parametrize(
    ("typed", "years"),
    [("68 tahun", 68), ("68 Tahun", 68), ("68 thn", 68), ("7 th.", 7), ("68", 68)],
)
def test_an_age_typed_with_its_unit_is_the_number_of_years(tmp_path, typed, years):
    (tmp_path / "clients.csv").write_text(f"client_id;age_at_intake\nK01;{typed}\n", "utf-8")
    assert ck.load_casebook(tmp_path).clients["age_at_intake"].iloc[0] == years


@pytest.mark.parametrize("typed", ["68 bulan", "enam puluh", "68 tahun 3 bulan", "tahun"])
def test_an_age_in_other_words_is_still_a_problem(tmp_path, typed):
    (tmp_path / "clients.csv").write_text(f"client_id;age_at_intake\nK01;{typed}\n", "utf-8")
    with pytest.raises(ck.CasebookError) as err:
        ck.load_casebook(tmp_path)
    [problem] = err.value.problems
    assert (problem.file, problem.row, problem.column) == ("clients.csv", 2, "age_at_intake")
