"""The errors of scoring, cohort statistics, export, pooling and disclosure, as a reader sees them.

Each error is in Bahasa Indonesia first and English (``casekit.i18n.msg``),
names what is wrong, where, and the one fix. On the command line the fix names
the flag a student types (``--key-file BERKAS``), never Python argument syntax
(``key_file=...``); from Python it names the argument (``casekit.wording``).
The command-line cases run the installed ``casekit`` script as a student
types it, in both languages.
"""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import casekit as ck
from casekit.cohort import cohort_summary
from casekit.disclosure import suppress
from casekit.errors import ExportError, ParameterError, ScoringError
from casekit.export import export_casebook
from casekit.i18n import LABELS, tr
from casekit.internal_consistency import cronbach_alpha
from casekit.pooling import load_casebooks
from casekit.scoring import score, score_answers, score_responses
from casekit.wording import command_line

DATA = Path(__file__).parent / "data"
A, B = DATA / "research_site_a", DATA / "research_site_b"
CASEKIT = Path(sys.executable).with_name("casekit")
#: Python argument syntax that must never reach the command line
PYTHON_ARG = re.compile(r"\b[a-z_]+=(\.\.\.|\[|\"|')")


def script(*argv, lang):
    """The installed console script, as a student runs it: (exit code, stderr)."""
    if not CASEKIT.exists():  # pragma: no cover
        pytest.skip(f"no console script at {CASEKIT}; run `make install`")
    done = subprocess.run(
        [str(CASEKIT), *map(str, argv), "--lang", lang],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stdout + done.stderr
    return done.returncode, done.stderr


def cli_text(text: str) -> str:
    """``text`` as the command line may show it: no Python argument syntax."""
    assert not PYTHON_ARG.search(text), text
    return text


# --- the labels themselves ------------------------------------------------------------------------
def test_every_message_has_both_languages_with_the_same_blanks():
    fields = string.Formatter()
    for key, entry in LABELS.items():
        if not key.startswith("mg_"):
            continue
        assert entry.get("id") and entry.get("en"), key
        blanks = [{f for _, f, _, _ in fields.parse(entry[lang]) if f} for lang in ("id", "en")]
        assert blanks[0] == blanks[1], key
        if "Fix:" in entry["en"]:
            assert "Perbaikan:" in entry["id"], key


# --- export ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lang, said",
    [
        ("id", "Perbaikan: sebutkan berkas kuncinya dengan --key-file BERKAS."),
        ("en", "Fix: name the key file with --key-file FILE."),
    ],
)
def test_export_of_two_casebooks_without_a_key_names_the_flag(tmp_path, lang, said):
    code, err = script("export", A, B, "--out", tmp_path / "out", lang=lang)
    assert code == 2 and said in cli_text(err)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_refusals_on_the_command_line(tmp_path, capsys, lang):
    from casekit.cli import main

    src = tmp_path / "site"
    shutil.copytree(A, src)
    (tmp_path / "bad.key").write_text("not a key\n")
    out = tmp_path / "out"
    cases = [
        (["--out", out, "--key-file", tmp_path / "bad.key"], "angka heksadesimal", "--key-file"),
        (["--out", src / "inside"], "berada di dalam buku kasus sumber", "--out FOLDER"),
        (["--out", tmp_path / "no" / "such"], "belum ada", "--out FOLDER"),
    ]
    for extra, indonesian, flag in cases:
        code = main(["export", str(src), *map(str, extra), "--lang", lang])
        err = capsys.readouterr().err
        assert code == 1 and flag in cli_text(err), err
        if lang == "id":
            assert indonesian in err and "Perbaikan:" in err
        else:
            assert "Fix:" in err and "Perbaikan" not in err
    code, err = script("export", src, "--out", out, "--key-file", tmp_path / "bad.key", lang=lang)
    assert code == 1 and ("BERKAS" if lang == "id" else "FILE") in cli_text(err)
    assert not out.exists()


def test_export_from_python_names_the_argument(tmp_path):
    with pytest.raises(ParameterError) as err:
        export_casebook([A, B], tmp_path / "out")
    assert 'key_file="..."' in tr(err.value, "id") and "--key-file" not in tr(err.value, "id")
    assert tr(err.value, "id").startswith("Ekspor beberapa buku kasus sekaligus")
    assert 'Fix: name the key file with key_file="..."' in str(err.value)
    (tmp_path / "short.key").write_text("abcd\n")
    with pytest.raises(ExportError) as err:
        export_casebook(A, tmp_path / "out", key_file=tmp_path / "short.key")
    assert "terlalu pendek (2 bita; minimal 16)" in tr(err.value, "id")


def test_export_leak_names_file_line_column_and_the_kind_in_words(tmp_path):
    from casekit.export import _leak_check

    cb = ck.load_casebook(DATA / "research_planted")
    (tmp_path / "notes.csv").write_text("client_id,notes\nP1,telepon 0812 3456 7890\n")
    with pytest.raises(ExportError) as err:
        _leak_check(cb, tmp_path)
    said = tr(err.value, "id")
    assert "notes.csv, baris 2, kolom 'notes'" in said and "nomor telepon" in said
    assert "Perbaikan:" in said and "phone" not in said


# --- pooling (through export and cohort on the command line) ---------------------------------------
@pytest.mark.parametrize(
    "lang, said, fix",
    [
        ("id", "Berkas pemetaan", "--mapping BERKAS"),
        ("en", "The mapping file", "--mapping FILE"),
    ],
)
def test_missing_mapping_file_names_the_flag(tmp_path, lang, said, fix):
    argv = ["export", A, B, "--out", tmp_path / "out", "--key-file", tmp_path / "k.key"]
    code, err = script(*argv, "--mapping", tmp_path / "nope.csv", lang=lang)
    assert code == 2 and said in cli_text(err) and fix in err


@pytest.mark.parametrize(
    "lang, said",
    [
        ("id", "Perbaikan: ganti nama salah satu folder"),
        ("en", "Fix: rename one of the folders"),
    ],
)
def test_cohort_of_two_folders_with_one_name_says_rename_a_folder(tmp_path, lang, said):
    for parent in ("x", "y"):
        shutil.copytree(A, tmp_path / parent / "site")
    argv = ["cohort", tmp_path / "x" / "site", tmp_path / "y" / "site", "--out", tmp_path / "o"]
    code, err = script(*argv, lang=lang)
    assert code == 2 and said in cli_text(err) and "names" not in err


def test_pooling_from_python_names_the_argument_and_mapping_rows(tmp_path):
    for parent in ("x", "y"):
        shutil.copytree(A, tmp_path / parent / "site")
    with pytest.raises(ParameterError) as err:
        load_casebooks([tmp_path / "x" / "site", tmp_path / "y" / "site"])
    assert "names=[...]" in tr(err.value, "id")
    mapping = tmp_path / "map.csv"
    mapping.write_text("casebook,client_id,person_id\nresearch_site_a,NOPE,P1\n")
    with pytest.raises(ck.CasebookError) as err:
        load_casebooks([A, B], mapping=mapping)
    said = err.value.text("id")
    assert "map.csv, baris 2, kolom 'client_id'" in said
    assert "tidak punya klien dengan kode ini" in said and "Perbaikan:" in said
    assert said.splitlines()[0].startswith("1 masalah di buku kasus research_site_a")


# --- scoring (Python: the loader refuses bad answers before `casekit score` scores) ----------------
def test_scoring_errors_in_both_languages():
    frame = pd.DataFrame(
        {"client_id": ["K1"], "instrument": ["ucla_3"], "timepoint": ["pre"], "q1": [7]}
    )
    frame.index = [5]
    with pytest.raises(ScoringError) as err:
        score_responses(frame)
    said = tr(err.value, "id")
    assert said.startswith("responses.csv: 1 jawaban untuk Skala Kesepian UCLA 3 butir")
    assert "baris 5 q1 = 7" in said and "Perbaikan:" in said
    with pytest.raises(ParameterError) as err:
        score_answers("ucla_3", {"x": 1})
    assert "bukan nomor butir" in tr(err.value, "id")
    with pytest.raises(ParameterError) as err:
        score_answers("ucla_3", [1, 2, 3, 4])
    assert "punya 3 butir, tetapi diberikan 4 jawaban" in tr(err.value, "id")
    with pytest.raises(ParameterError) as err:
        score(42)
    assert "ck.score(ck.load_casebook(FOLDER))" in tr(err.value, "id")


def test_lost_instruments_say_how_to_pass_them():
    cb = ck.load_casebook(A)
    scores = score(cb)
    hand_made = pd.DataFrame(scores.to_dict("list"))  # a table built by hand has no context
    local = [i for i in scores["instrument"].unique() if i in cb.instruments]
    if not local:  # pragma: no cover - the fixture has its own instrument
        pytest.skip("research_site_a has no local instrument")
    with pytest.raises(ck.InstrumentError) as err:
        ck.change(hand_made[hand_made["instrument"] == local[0]])
    said = err.value.text("id")
    assert "tidak membawa definisi instrumen" in said and "instruments=cb.instruments" in said


# --- cohort statistics ------------------------------------------------------------------------------
def _scores():
    cb = ck.load_casebook(B)
    return score(cb), cb


def test_cohort_errors_from_python_name_the_argument():
    scores, cb = _scores()
    with pytest.raises(ParameterError) as err:
        cohort_summary(scores, by="shoe")
    said = tr(err.value, "id")
    assert "Kolom subkelompok shoe tidak ada di clients.csv" in said and 'by="..."' in said
    with pytest.raises(ParameterError) as err:
        cohort_summary(scores, min_n=0)
    assert "min_n harus bilangan bulat paling sedikit 1, bukan 0" in tr(err.value, "id")
    with pytest.raises(ParameterError) as err:
        cohort_summary("scores.csv")
    assert "bukan str" in tr(err.value, "id")


def test_cohort_errors_under_the_command_line_name_the_flag():
    scores, cb = _scores()
    with command_line(), pytest.raises(ParameterError) as err:
        cohort_summary(scores, by="shoe")
    for lang in ("id", "en"):
        assert "--by" in cli_text(tr(err.value, lang))


def test_alpha_errors():
    cb = ck.load_casebook(B)
    with pytest.raises(ParameterError) as err:
        cronbach_alpha(cb, "ucla_3", scale="emotional")
    assert "tidak punya skala 'emotional'. Perbaikan: pilih salah satu: total" in tr(
        err.value, "id"
    )
    with pytest.raises(ParameterError) as err:
        cronbach_alpha(42, "ucla_3")
    assert tr(err.value, "id").startswith("cronbach_alpha() membutuhkan buku kasus")


# --- disclosure -----------------------------------------------------------------------------------------
def test_disclosure_errors_in_both_languages():
    table = pd.DataFrame({"a": pd.array([pd.NA, 10], dtype="Int64")}, index=["A", "B"])
    with pytest.raises(ParameterError) as err:
        suppress(table, ["a"], k=5)
    said = tr(err.value, "id")
    assert said.startswith("Kolom 'a', baris 'A' kosong") and "Perbaikan:" in said
    with pytest.raises(ParameterError) as err:
        suppress(pd.DataFrame({"a": [np.int64(1)]}), ["a"], k=0)
    assert "k harus bilangan bulat paling sedikit 1, bukan 0" in tr(err.value, "id")


def test_why_a_score_is_missing_in_both_languages(tmp_path, capsys):
    from casekit.cli import main

    out = score_answers("ucla_3", [1, None, None])
    total = out.set_index("scale").loc["total"]
    # the English wording is unchanged (casekit.change.reasons reads it)
    assert total["missing_reason"] == "2 of 3 items blank (at most 0 allowed for ucla_3)"
    assert total["missing_reason_id"] == (
        "2 dari 3 butir kosong (paling banyak 0 boleh kosong untuk Skala Kesepian UCLA 3 butir)"
    )
    book = tmp_path / "book"
    shutil.copytree(DATA / "scoring_basic", book)
    frame = score(ck.load_casebook(book))
    missing = frame[frame["score"].isna()]
    assert len(missing) and missing["missing_reason_id"].notna().all()
    assert main(["score", str(book), "--lang", "id"]) == 0
    shown = capsys.readouterr().out
    assert "Alasan skor kosong" in shown and "kosong (" in shown and "blank" not in shown


@pytest.mark.parametrize(
    "content, said",
    [
        (b"", "berkas pemetaan kosong"),
        (b"\xff\xfe\x00x", "berkas pemetaan bukan teks UTF-8"),
        (
            b'casebook,client_id,person_id\nresearch_site_a,K01,P1,x,y\n"open\n',
            "baris-baris berkas pemetaan tidak punya jumlah kolom",
        ),
    ],
)
def test_unreadable_mapping_file_is_a_problem_not_a_traceback(tmp_path, content, said):
    mapping = tmp_path / "map.csv"
    mapping.write_bytes(content)
    with pytest.raises(ck.CasebookError) as err:
        load_casebooks([A, B], mapping=mapping)
    text = err.value.text("id")
    assert f"map.csv: {said}" in text and "Perbaikan:" in text


def test_unknown_timepoints_name_the_flags_or_the_arguments(capsys):
    from casekit.cli import main

    book = str(DATA / "scoring_basic")
    assert main(["change", book, "--pre", "t0", "--post", "t1", "--lang", "id"]) == 1
    err = cli_text(capsys.readouterr().err)
    assert "Waktu pengukuran 't0' maupun 't1' tidak ada di skor" in err
    assert "Perbaikan: pilih label yang dipakai di buku kasus Anda dengan --pre LABEL dan " in err
    scores = score(ck.load_casebook(book))
    with pytest.raises(ScoringError) as raised:
        cohort_summary(scores, pre="t0", post="t1")
    assert 'dengan pre="..." dan post="..."' in tr(raised.value, "id")


def test_answers_beyond_the_last_item_name_the_rows():
    frame = pd.DataFrame(
        {"client_id": ["K1", "K2"], "instrument": ["ucla_3"] * 2, "timepoint": ["pre"] * 2,
         "q1": [1, 1], "q4": [None, 2]},
        index=[2, 3],
    )  # fmt: skip
    with pytest.raises(ScoringError) as err:
        score_responses(frame)
    said = tr(err.value, "id")
    assert said.startswith("responses.csv, baris 3: Skala Kesepian UCLA 3 butir punya 3 butir")
    assert "ada jawaban di q4. Perbaikan:" in said
