"""``casekit validate`` as the report's preflight, and the timepoint words students type.

Issue 10 item 3: whatever makes ``casekit report`` refuse or fail a client
shows in ``validate`` first, per client, with its fix; ``validate`` ends with
one line per client. The student casebooks in ``tests/data/student_*`` are
typed as Excel with Indonesian regional settings saves them: ``;`` as
delimiter, decimal commas, day-first dates, ``09.30`` times, a byte-order mark
and CRLF line ends, timepoints ``sebelum``/``sesudah`` and ``Pre-Test``.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

import casekit as ck
from casekit.cli import main
from casekit.errors import CasekitError, Problem
from casekit.preflight import preflight
from casekit.tables import normalise_timepoint

DATA = Path(__file__).resolve().parent / "data"
STUDENT = DATA / "student_one_client"
NO_CONSENT = DATA / "student_no_consent"


def run(capsys, monkeypatch, *argv, lang="en"):
    monkeypatch.setenv("CASEKIT_LANG", lang)
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _retype_timepoints(src: Path, dst: Path, words: dict[str, str]) -> Path:
    """A copy of ``src`` whose responses.csv and scores.csv use other timepoint words."""
    shutil.copytree(src, dst)
    for name in ("responses.csv", "scores.csv"):
        path = dst / name
        rows = list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";"))
        col = rows[0].index("timepoint")
        for row in rows[1:]:
            row[col] = words.get(row[col], row[col])
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows)
    return dst


# --- timepoint words -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed, meant",
    [
        ("sebelum", "pre"), ("Sebelum", "pre"), ("pre-test", "pre"), ("Pre-Test", "pre"),
        ("pretest", "pre"), ("PRE TEST", "pre"), ("pre_test", "pre"), ("pre", "pre"),
        ("sesudah", "post"), ("setelah", "post"), ("post-test", "post"), ("posttest", "post"),
        ("Post Test", "post"), ("POST", "post"), ("follow-up", "follow_up"),
        ("tindak lanjut", "follow_up"),
        # other labels are free and kept as typed
        ("awal", "awal"), ("bulan_3", "bulan_3"), (" t2 ", "t2"),
    ],
)  # fmt: skip
def test_timepoint_words_mean_pre_and_post(typed, meant):
    assert normalise_timepoint(typed) == meant


def test_student_casebook_loads_as_excel_saved_it():
    cb = ck.load_casebook(STUDENT)
    assert cb.warnings == []
    assert set(cb.responses["timepoint"]) == {"pre", "post"}  # sebelum / sesudah
    assert set(cb.scores["timepoint"]) == {"pre", "post"}  # Pre-Test / Post-Test
    assert cb.scores["score"].tolist() == [7.0, 5.0]  # decimal comma "7,0"
    assert cb.clients.at[2, "consent_date"] == pd.Timestamp("2024-09-05")  # "05/09/2024"
    assert cb.sessions["start_time"].tolist()[0] == "09:30"  # "09.30"
    scores = ck.score(cb)
    ucla = scores[(scores["instrument"] == "ucla_ls3") & (scores["scale"] == "total")]
    # the items were typed so that the keyed sums are 63 (sebelum) and 42 (sesudah):
    # 11 positive items answered 3 (pre) and 2 (post); the 9 reversed items (Russell 1996)
    # answered 2,2,2,2,2,2,1,1,1 -> 6x3 + 3x4 = 30 (pre) and 3,3,3,3,3,3,3,2,2 -> 7x2 + 2x3 = 20
    assert dict(zip(ucla["timepoint"], ucla["score"], strict=True)) == {"pre": 63, "post": 42}
    pairs = ck.change(scores, pre="pre", post="post", instruments=cb.instruments)
    assert {"ucla_ls3", "djg_11", "ucla_3"} <= set(pairs["instrument"])


def test_typed_timepoints_clash_with_the_english_ones(tmp_path):
    """'sebelum' and 'pre' for one administration are the same timepoint: one key error."""
    book = tmp_path / "dua_kali"
    shutil.copytree(STUDENT, book)
    path = book / "responses.csv"
    rows = list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";"))
    rows.append([*rows[1][:2], "pre", *rows[1][3:]])
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    with pytest.raises(ck.CasebookError) as caught:
        ck.load_casebook(book)
    assert any(p.file == "responses.csv" and p.row == 6 for p in caught.value.problems)


# --- validate: the report's preflight ------------------------------------------------------------
def test_validate_student_casebook_is_ready(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "validate", STUDENT)
    assert code == 0, out
    assert "K01: ready for a report" in out
    assert out.strip().endswith("clean (1 client(s); 0 warning(s)).")


def test_validate_says_ready_in_indonesian_by_default(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "validate", STUDENT, lang="id")
    assert code == 0
    assert "K01: siap untuk laporan" in out


def test_validate_reports_missing_consent_before_any_report(capsys, monkeypatch, tmp_path):
    code, out, _ = run(capsys, monkeypatch, "validate", NO_CONSENT)
    assert code == 1
    assert "clients.csv, row 2, column 'consent_date': no consent date" in out
    assert "--allow-missing-consent" in out  # the fix names the flag
    assert "K01: not ready for a report: no consent date" in out
    assert "1 client(s) not ready for a report" in out
    # the flag turns it into a warning, as in casekit report
    code, out, _ = run(capsys, monkeypatch, "validate", NO_CONSENT, "--allow-missing-consent")
    assert code == 0
    assert "K01: ready for a report (1 warning(s))" in out
    # and casekit report refuses the client with the same reason, before any kernel starts
    code, out, err = run(
        capsys, monkeypatch, "report", NO_CONSENT, "--out", tmp_path / "r", "--lang", "en"
    )
    assert code == 1
    assert "FAILED K01: no consent date" in out and "--allow-missing-consent" in out
    assert "Open" not in out  # nothing was written
    assert not (tmp_path / "r" / "K01.html").exists()


def test_validate_names_the_timepoints_found_and_the_flags(capsys, monkeypatch, tmp_path):
    book = _retype_timepoints(
        STUDENT, tmp_path / "awal_akhir", {"sebelum": "awal", "sesudah": "akhir",
                                           "Pre-Test": "awal", "Post-Test": "akhir"}
    )  # fmt: skip
    code, out, _ = run(capsys, monkeypatch, "validate", book)
    assert code == 1
    line = next(x for x in out.splitlines() if "no pre/post pair" in x)
    assert "this client's timepoints: awal, akhir" in line
    assert "--pre LABEL --post LABEL" in line
    assert "pre=" not in out  # no Python arguments on the command line
    assert "K01: not ready for a report: no pre/post pair" in out
    code, out, _ = run(capsys, monkeypatch, "validate", book, "--pre", "awal", "--post", "akhir")
    assert code == 0, out
    assert "K01: ready for a report" in out


def test_no_pair_is_a_warning_when_other_clients_have_one(tmp_path):
    """In a class casebook the page is still made (no verdict): a warning, not an error."""
    cb = ck.load_casebook(DATA / "good" / "complete")
    results = {r.client_id: r for r in preflight(cb, pre="pre", post="post", lang="en")}
    assert all(r.ready for r in results.values())
    assert all(isinstance(p, Problem) for r in results.values() for p in r.problems)


def test_instrument_the_client_never_filled_in(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "validate", STUDENT, "--instrument", "djg_6")
    assert code == 1
    assert "no scores for the questionnaire chosen with --instrument" in out
    assert "ucla_ls3" in out
    code, out, err = run(capsys, monkeypatch, "validate", STUDENT, "--instrument", "nope")
    assert code == 2 and "--instrument" in err


def test_a_total_that_cannot_be_scored_names_its_row(tmp_path):
    book = tmp_path / "kosong"
    shutil.copytree(STUDENT, book)
    path = book / "responses.csv"
    rows = list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";"))
    for i in range(4, 10):  # q1..q6 of the ucla_ls3 'sesudah' row blank (2 may be)
        rows[2][i] = ""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    (result,) = preflight(ck.load_casebook(book), lang="en")
    found = [p for p in result.problems if "cannot be scored" in p.message]
    assert found and found[0].file == "responses.csv" and found[0].row == 3
    assert "ucla_ls3" in found[0].message
    # in Indonesian the reason from scoring is Indonesian too (change.reasons.scoring_reason)
    (result,) = preflight(ck.load_casebook(book), lang="id")
    said = [p.message for p in result.problems if "tidak dapat dihitung" in p.message]
    assert said and "6 dari 20 butir kosong (paling banyak 2 boleh kosong pada ucla_ls3)" in said[0]
    assert "items blank" not in said[0]


def test_a_figure_that_cannot_be_drawn_is_an_error(monkeypatch):
    import casekit.figures as figures

    def broken(cb, client_id, lang="id"):
        raise CasekitError("member M9 has two fathers")

    monkeypatch.setattr(figures, "genogram", broken)
    (result,) = preflight(ck.load_casebook(STUDENT), lang="en")
    assert not result.ready
    (error,) = result.errors
    assert error.file == "family.csv"
    assert "'Genogram' cannot be drawn: member M9 has two fathers" in error.message
    assert "not ready for a report" in result.line("en")


def test_empty_tables_are_one_warning(tmp_path):
    cb = ck.load_casebook(DATA / "good" / "complete")
    by_id = {r.client_id: r for r in preflight(cb, lang="en")}
    (warning,) = [p for p in by_id["K02"].problems if "no data yet" in p.message]
    assert "Genogram" in warning.message and warning.severity == "warning"


# --- end to end: the student's own casebook, validate then report ---------------------------------
@pytest.mark.slow
def test_sebelum_sesudah_casebook_validates_and_reports(capsys, monkeypatch, tmp_path):
    code, out, _ = run(capsys, monkeypatch, "validate", STUDENT)
    assert code == 0 and "K01: ready for a report" in out
    out_dir = tmp_path / "laporan"
    code, out, err = run(
        capsys, monkeypatch, "report", STUDENT, "--out", out_dir, "--jobs", "1", "--lang", "en"
    )
    assert code == 0, out + err
    assert "1 report(s) written, 0 failed." in out
    page = (out_dir / "K01.html").read_text(encoding="utf-8")
    assert "UCLA Loneliness Scale" in page  # the before/after chart of sebelum/sesudah
    assert "63" in page and "42" in page
    assert "Sartini" not in page  # identifiers.csv never reaches the page
