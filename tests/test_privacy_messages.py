"""Messages never quote a value that looks like a direct identifier (planted-identity corpus).

A broken cell holding a planted identifier (a name where a year belongs, an
address and phone where a date belongs, an old spelling where a session date
belongs, a second identifiers.csv row) gives a message naming the file, row
and column and saying the value was withheld, in both languages, at load time
and from ``casekit validate``. Searched with :func:`tests.planted.leaks`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casekit.casebook import load_casebook
from casekit.cli import main
from casekit.errors import CasebookError, Problem
from casekit.privacy import withhold_identifiers
from tests.planted import CORPUS, leaks


@pytest.fixture
def broken(tmp_path) -> Path:
    c = Path(shutil.copytree(CORPUS, tmp_path / "broken"))
    text = (c / "clients.csv").read_text(encoding="utf-8")
    text = text.replace("PI04,Oma Y,female,1949,75", "PI04,Oma Y,female,Siti Aminah,75")
    text = text.replace(
        "2024-08-20,2024-08-21,2024-09-30,goals_met,-",
        '"Kel. Petogogan,0812-3456-7890",2024-08-21,2024-09-30,goals_met,-',
    )
    (c / "clients.csv").write_text(text, encoding="utf-8")
    sessions = (c / "sessions.csv").read_text(encoding="utf-8")
    sessions = sessions.replace("PI04,1,,engagement,2024-08-20", "PI04,1,,engagement,Soetarman")
    (c / "sessions.csv").write_text(sessions, encoding="utf-8")
    with open(c / "identifiers.csv", "a", encoding="utf-8") as fh:
        fh.write("PI04,Chalid Duplikat,,,,,\n")
    return c


def test_load_errors_name_row_and_column_and_withhold_the_value(broken):
    with pytest.raises(CasebookError) as err:
        load_casebook(broken)
    for lang in ("en", "id"):
        text = err.value.text(lang)
        assert leaks(text) == [], text
    en = err.value.text("en")
    assert "clients.csv, row 5, column 'birth_year'" in en
    assert "clients.csv, row 5, column 'intake_date'" in en
    assert "sessions.csv, row 6, column 'date'" in en
    assert en.count("value withheld: it looks like a direct identifier") == 3
    assert "identifiers.csv, row 6, column 'client_id'" in en and "'PI04'" in en  # ids are shown
    assert "isi sel tidak ditampilkan" in err.value.text("id")


def test_validate_prints_no_identifier(broken, capsys):
    assert main(["validate", str(broken), "--lang", "en"]) == 1
    out = capsys.readouterr()
    assert leaks(out.out + out.err) == []
    assert "row 5, column 'intake_date'" in out.out


def test_ordinary_values_are_still_quoted():
    [p] = withhold_identifiers([Problem("clients.csv", 3, "sex", "lelaki", "unknown value")])
    assert not p.withheld and "'lelaki'" in str(p)
    [q] = withhold_identifiers([Problem("sessions.csv", 3, "notes", "hubungi 0812 3456 7890", "x")])
    assert q.withheld and "3456" not in str(q)
