"""One checked vocabulary: labels, formats, accepted spellings and messages in both languages.

The rendered pages are read in ``tests/test_visible_text.py``; this module checks
the pieces (formatting helpers by hand-written expectations, the loader's
accepted words against the labels casekit prints, validation messages).
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pandas as pd
import pytest

import casekit as ck
from casekit import i18n
from casekit.i18n import LABELS, LANGS, fmt_date, fmt_number, fmt_p, msg, t, tr
from casekit.tables import TABLES, accepted_values, vocab_of


def test_every_label_has_both_languages():
    for key, entry in LABELS.items():
        for lang in LANGS:
            assert entry.get(lang, "").strip(), f"{key!r} has no {lang!r} text"


@pytest.mark.parametrize(
    "value, lang, decimals, expected",
    [
        (1.96, "id", None, "1,96"),
        (1.96, "en", None, "1.96"),
        (12, "id", None, "12"),
        (12.0, "id", None, "12"),
        (1234.5, "id", 1, "1.234,5"),
        (1234.5, "en", 1, "1,234.5"),
        (-0.41, "id", 2, "-0,41"),
        (-0.001, "id", 2, "0,00"),  # no "-0,00"
        (None, "id", None, ""),
        (float("nan"), "en", None, ""),
        (pd.NA, "id", None, ""),
    ],
)
def test_fmt_number(value, lang, decimals, expected):
    assert fmt_number(value, lang, decimals) == expected


def test_fmt_number_signed_and_p():
    assert fmt_number(3, "id", signed=True) == "+3"
    assert fmt_number(-2.5, "id", 1, signed=True) == "-2,5"
    assert fmt_p(0.0004, "id") == "< 0,001"
    assert fmt_p(0.0123, "en") == "0.012"


@pytest.mark.parametrize(
    "value", ["2024-09-24", dt.date(2024, 9, 24), pd.Timestamp("2024-09-24 10:00")]
)
def test_fmt_date(value):
    assert fmt_date(value, "id") == "24 September 2024"
    assert fmt_date(value, "id", short=True) == "24 Sep 2024"
    assert fmt_date(value, "en") == "24 September 2024"
    assert fmt_date("2024-08-25", "id", short=True) == "25 Agu 2024"
    assert fmt_date("2024-08-25", "en", short=True) == "25 Aug 2024"
    assert fmt_date(pd.NaT, "id") == ""


def test_date_ticks_use_the_language_month_names():
    vals, text = i18n.date_ticks("2024-08-22", "2024-09-24", "id")
    assert vals[0] == dt.date(2024, 8, 22)
    assert text[0] == "22 Agu" and all("Aug" not in x for x in text)
    _, text = i18n.date_ticks("2023-01-10", "2024-09-24", "en")
    assert text[0] == "Jan 2023"


def test_names_not_ids():
    assert i18n.instrument_name("djg_11", "id") == "Skala Kesepian De Jong Gierveld (11 butir)"
    assert "ucla_ls3" not in i18n.instrument_name(ck.instruments.get("ucla_ls3"), "en")
    assert i18n.timepoint_label("pre", "id") == "sebelum"
    assert i18n.timepoint_label("post", "en") == "after"
    assert i18n.timepoint_label("minggu-3", "id") == "minggu-3"  # the student's own label
    assert i18n.scale_label("emotional", "id") == "kesepian emosional"
    djg = ck.instruments.get("djg_11")
    assert i18n.category_label(djg, "moderately lonely", "id") == "kesepian sedang"
    assert i18n.category_label(djg, "moderately lonely", "en") == "moderately lonely"


def test_msg_fills_in_each_language():
    m = msg("m_validate_found", n=3, path="buku")
    assert str(m) == "3 problem(s) found in buku. Nothing was changed."
    assert tr(m, "id") == "3 masalah ditemukan di buku. Tidak ada yang diubah."
    assert tr("plain", "id") == "plain"
    assert tr(ck.ParameterError(m), "id").startswith("3 masalah")


def test_every_label_casekit_prints_for_a_value_is_read_back():
    """The same word is accepted wherever casekit shows it (``klien`` in problems.csv too)."""
    for table in TABLES.values():
        for column in table.columns:
            if column.kind != "vocab":
                continue
            mapping = vocab_of(column)
            for value, label, _ in accepted_values(column, "id"):
                assert mapping[label.lower()] == value, (table.name, column.name, label)
                assert mapping[t(value, "en").lower()] == value or value in ("self",)


def test_klien_accepted_in_problems_and_family(tmp_casebook):
    folder = tmp_casebook(
        {
            "clients": [{"client_id": "K01"}],
            "problems": [{"client_id": "K01", "statement": "kesepian", "according_to": "klien"}],
            "family": [{"client_id": "K01", "member_id": "K01", "relation": "Klien"}],
        }
    )
    cb = ck.load_casebook(folder)
    assert cb.problems["according_to"].tolist() == ["client"]
    assert cb.family["relation"].tolist() == ["self"]


def test_pejorative_spelling_is_not_accepted():
    union = TABLES["family"].column("union")
    assert "kumpul kebo" not in vocab_of(union)


def test_validate_speaks_the_chosen_language(repo_root):
    """``casekit validate --lang id`` on a broken casebook: every line Indonesian."""
    bad = repo_root / "tests" / "data" / "bad" / "many_problems"
    out = {}
    for lang in LANGS:
        done = subprocess.run(
            [sys.executable, "-m", "casekit.cli", "validate", str(bad), "--lang", lang],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 1
        out[lang] = done.stdout
    id_lines = [x for x in out["id"].splitlines() if x.strip()]
    en_lines = [x for x in out["en"].splitlines() if x.strip()]
    assert len(id_lines) == len(en_lines) > 10
    for line in id_lines[:-1]:
        assert ", baris " in line and "Perbaikan: " in line, line
        for english in ("must", "this ", " is not", "Fix:", "row "):
            assert english not in line, line
    assert id_lines[-1].endswith("Tidak ada yang diubah.")
    for line in en_lines[:-1]:
        assert ", row " in line and "Fix: " in line, line


def test_casebook_readme_lists_accepted_values_in_both_languages():
    """Generated from the loader's spellings, so every listed word is read back."""
    from casekit.templates import readme_text

    text = readme_text()
    assert "- renggang = `distant` (juga / also: jauh)" in text
    assert "Nilai `according_to` yang diterima / accepted values of `according_to`:" in text
    section = text[text.index("## problems.csv") : text.index("## plan.csv")]
    assert "= `client`" in section and "praktikan = `worker`" in section
    assert "kumpul kebo" not in text
    for table in TABLES.values():
        for column in table.columns:
            if column.kind == "vocab":
                for value, label, others in accepted_values(column, "id"):
                    mapping = vocab_of(column)
                    assert all(mapping[x] == value for x in [label.lower(), *others])


def test_printed_scores_in_indonesian(repo_root):
    """`casekit score --lang id`: Indonesian headers, timepoints, bands, decimal comma."""
    done = subprocess.run(
        [sys.executable, "-m", "casekit.cli", "score", str(repo_root / "data" / "demo"),
         "--lang", "id"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    head, first = done.stdout.splitlines()[:2]
    assert "Waktu pengukuran" in head and "Kategori" in head
    assert " sebelum " in first and "kesepian sedang" in first
    assert not re.search(r"\d\.\d", first) and re.search(r"\d,\d\d", first)


def test_command_line_help_in_indonesian(capsys, monkeypatch):
    from casekit.cli import main

    monkeypatch.setenv("CASEKIT_LANG", "id")
    assert main(["validate", "--help"]) == 0
    out = capsys.readouterr().out
    assert "pemakaian:" in out and "folder buku kasus" in out and "opsi:" in out
    assert main(["validate"]) == 2
    err = capsys.readouterr().err
    assert "kesalahan pemakaian: argumen berikut wajib diisi: casebook" in err
    assert main(["validate", "--help", "--lang", "en"]) == 0
    assert "usage:" in capsys.readouterr().out


def test_a_label_defined_in_two_label_modules_is_refused(monkeypatch):
    # a dict literal silently keeps the last of two equal keys; the merge of the label
    # modules (casekit/labels/) must not: it names the key instead
    import types

    from casekit import labels

    one = types.SimpleNamespace(__name__="one", LABELS={"x": {"id": "a", "en": "a"}})
    two = types.SimpleNamespace(__name__="two", LABELS={"x": {"id": "b", "en": "b"}})
    monkeypatch.setattr(labels, "_PARTS", (one, two))
    with pytest.raises(RuntimeError, match=r"labels defined twice \(two\): \['x'\]"):
        labels._merged()
    monkeypatch.setattr(labels, "_PARTS", (one,))
    assert labels._merged() == {"x": {"id": "a", "en": "a"}}
