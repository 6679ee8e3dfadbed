"""``casekit new``: blank casebook templates (casekit/templates.py).

Reference: DESIGN.md's table of casebook files and columns (through
casekit/tables.py) — every template must carry exactly those headers, and its
commented example row must itself be valid data once uncommented.
"""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

import casekit as ck
import casekit.templates as templates
from casekit.errors import ParameterError
from casekit.tables import TABLES
from casekit.templates import new_casebook, readme_text, template_csv


@pytest.mark.parametrize("name", list(TABLES))
def test_template_has_the_header_and_one_commented_example(name):
    rows = list(csv.reader(io.StringIO(template_csv(name, "K07"))))
    assert len(rows) == 2
    header, example = rows
    assert header == [c.name for c in TABLES[name].columns]
    assert len(example) == len(header)
    assert example[0] == "# K07"


def test_new_casebook_files_and_contents(tmp_path):
    folder = new_casebook(tmp_path / "kasus", "K07")
    assert folder == (tmp_path / "kasus").resolve()
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([f"{t}.csv" for t in TABLES] + ["README.md", "instruments"])
    assert (folder / "instruments").is_dir() and not any((folder / "instruments").iterdir())
    cb = ck.load_casebook(folder)
    assert cb.client_ids == ["K07"]
    assert cb.warnings == []
    for name, frame in cb.tables.items():
        if name != "clients":
            assert len(frame) == 0, f"{name} should have no rows (only a commented example)"
    assert [p.name for p in tmp_path.iterdir()] == ["kasus"]  # no temp folder left behind


def test_every_example_row_is_valid_data_once_uncommented(tmp_path):
    """A student who deletes the '#' of an example row gets a clean casebook."""
    folder = new_casebook(tmp_path / "contoh", "K07")
    for name in TABLES:
        path = folder / f"{name}.csv"
        lines = path.read_text(encoding="utf-8").splitlines()
        if name == "clients":  # keep the example instead of the blank client row
            lines = [lines[0], lines[2]]
        lines = [line[2:] if line.startswith("# ") else line for line in lines]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cb = ck.load_casebook(folder)
    for name, table in TABLES.items():
        frame = cb.tables[name]
        assert len(frame) == 1, name
        for column in table.columns:
            if column.example and column.name != "client_id":
                assert not pd.isna(frame[column.name].iloc[0]), (name, column.name)
    assert cb.clients.at[2, "termination_date"] == pd.Timestamp("2024-09-24")
    assert cb.sessions.at[2, "stage"] == "intervention"
    assert cb.scores.at[2, "score"] == 52


def test_readme_explains_every_table_and_column_in_both_languages():
    for lang in ("id", "en"):
        text = readme_text(lang)
        for table in TABLES.values():
            assert f"## {table.file}: {table.help_id} / {table.help_en}" in text
            for column in table.columns:
                assert f"`{column.name}`" in text
        assert "`client_id` **(wajib / required)**" in text
        assert "identifiers.csv" in text and "never reach" in text
        assert "CSV UTF-8" in text
        assert "`q1` ... `qN`" in text


def test_readme_lists_vocabularies_and_ranges():
    text = readme_text()
    assert "male, female, other, unknown" in text
    assert "(-5..5)" in text  # life-event valence
    assert "(0..10)" in text  # body-map severity


@pytest.mark.parametrize("client", ["K 01", "", "_K", "a/b", "x" * 65])
def test_new_casebook_rejects_bad_client_codes(tmp_path, client):
    with pytest.raises(ParameterError, match="cannot be used: use letters, digits"):
        new_casebook(tmp_path / "x", client)
    assert list(tmp_path.iterdir()) == []


def test_new_casebook_never_overwrites(tmp_path):
    folder = tmp_path / "ada"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_id\nK09\n", encoding="utf-8")
    with pytest.raises(ParameterError, match="already exists and is not empty"):
        new_casebook(folder, "K01")
    assert (folder / "clients.csv").read_text(encoding="utf-8") == "client_id\nK09\n"
    assert [p.name for p in folder.iterdir()] == ["clients.csv"]


def test_a_failed_new_leaves_nothing_behind(tmp_path, monkeypatch):
    def broken(lang="id"):
        raise OSError("disk full")

    monkeypatch.setattr(templates, "readme_text", broken)
    with pytest.raises(OSError, match="disk full"):
        new_casebook(tmp_path / "setengah", "K01")
    assert list(tmp_path.iterdir()) == []
