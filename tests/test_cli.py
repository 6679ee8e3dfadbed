"""The ``casekit`` command line: exit codes, problem listing, ``casekit new``.

Exit codes (DESIGN.md, command table): 0 clean / success, 1 problems found,
2 usage. A casebook path that does not exist is usage (2): there is nothing to
validate, the command was typed wrong. Most tests call ``casekit.cli.main`` in
process (fast); a few run the installed ``casekit`` script as a subprocess, as
a user does, to prove no Python traceback reaches the terminal.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_casebook import BAD, EXPECTED, GOOD, expected_problems

from casekit.cli import main

CASEKIT = Path(sys.executable).with_name("casekit")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def run_script(*argv, cwd=None):
    """The installed console script, as a user runs it."""
    if not CASEKIT.exists():  # pragma: no cover
        pytest.skip(f"no console script at {CASEKIT}; run `make install`")
    done = subprocess.run(
        [str(CASEKIT), *map(str, argv)], capture_output=True, text=True, timeout=120, cwd=cwd
    )
    assert "Traceback" not in done.stdout + done.stderr
    return done


# --- validate ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validate_lists_each_planted_problem_with_file_and_row(capsys, name):
    code, out, err = run(capsys, "validate", str(BAD / name))
    assert code == 1
    lines = out.splitlines()
    for file, row, column, fragment in expected_problems(name):
        where = file if row is None else f"{file}, row {row}"
        if column is not None:
            where += f", column '{column}'"
        hits = [line for line in lines if line.startswith(where) and fragment in line]
        assert hits, f"no line with {where!r} and {fragment!r} in:\n{out}"
    n = len(expected_problems(name))
    assert f"{n} problem(s) found in" in out


def test_validate_clean_casebook_exits_0(capsys):
    code, out, _ = run(capsys, "validate", str(GOOD / "complete"))
    assert code == 0
    assert out.strip().endswith("clean (2 client(s); 1 warning(s)).")


def test_validate_prints_warnings_but_exits_0(capsys):
    # (no consent dates in this casebook: --allow-missing-consent keeps the preflight quiet)
    code, out, _ = run(capsys, "validate", str(GOOD / "unknown_column"), "--allow-missing-consent")
    assert code == 0
    assert "warning: clients.csv, row 1, column 'hobby'" in out
    assert "clean (2 client(s); 7 warning(s))" in out  # 1 of loading, 6 of readiness


def test_validate_demo_is_clean(demo_path):
    done = run_script("validate", demo_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "clean" in done.stdout
    assert "problem" not in done.stdout


def test_validate_many_problems_as_a_user_sees_it():
    """The issue's "Done when": one run lists every planted problem with file and row."""
    done = run_script("validate", BAD / "many_problems")
    assert done.returncode == 1
    for file, row, _, fragment in expected_problems("many_problems"):
        assert any(
            line.startswith(f"{file}, row {row}") and fragment in line
            for line in done.stdout.splitlines()
        ), (file, row, fragment)
    assert "22 problem(s) found" in done.stdout
    assert done.stderr == ""


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["validate"],
        ["validate", "a", "b"],
        ["validate", "--bogus", "x"],
        ["frobnicate"],
        ["new", "somewhere"],  # --client is required
        ["new", "somewhere", "--client", "K01", "--lang", "fr"],
    ],
)
def test_usage_errors_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert "usage: casekit" in err
    assert "casekit: error:" in err


def test_help_exits_0(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "validate" in out and "new" in out


def test_missing_casebook_folder_is_usage(capsys, tmp_path):
    missing = tmp_path / "tidak_ada"
    code, out, err = run(capsys, "validate", str(missing))
    assert code == 2
    assert "there is no casebook at" in err and "tidak_ada" in err
    code, out, err = run(capsys, "summary", str(missing))
    assert code == 2


def test_usage_error_from_the_script_has_no_traceback(tmp_path):
    done = run_script("validate", tmp_path / "tidak_ada")
    assert done.returncode == 2
    assert "there is no casebook at" in done.stderr
    done = run_script()
    assert done.returncode == 2
    assert "usage: casekit" in done.stderr


def test_summary_of_a_bad_casebook_exits_1(capsys):
    code, out, err = run(capsys, "summary", str(BAD / "duplicate_client_id"))
    assert code == 1
    assert "clients.csv, row 4, column 'client_id'" in err


def test_summary_counts(capsys):
    code, out, _ = run(capsys, "summary", str(GOOD / "complete"))
    assert code == 0
    assert "clients: 2" in out
    assert "sessions: 2" in out
    assert "questionnaire administrations: 3" in out
    assert "UCLA Loneliness Scale, Version 3 (20 items), before: 1" in out  # names, not ids
    assert "totals without item answers (scores.csv): 2" in out


# --- new -----------------------------------------------------------------------------------------
def test_new_creates_a_casebook_that_validates_clean(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEKIT_LANG", "en")
    folder = tmp_path / "kasus_saya"
    code, out, _ = run(capsys, "new", str(folder), "--client", "K01")
    assert code == 0
    assert f"casekit validate {folder}" in out
    code, out, _ = run(capsys, "validate", str(folder))
    # the data are clean; the report's preflight says what is still to fill in (exit 1)
    assert code == 1
    assert "data clean (1 client(s); 2 warning(s)), but 1 client(s) not ready" in out
    assert "K01: not ready for a report: no consent date" in out


def test_new_by_script_then_validate(tmp_path):
    done = run_script("new", "baru", "--client", "S-01", "--lang", "en", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    done = run_script("validate", "baru", "--allow-missing-consent", cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert "clean (1 client(s)" in done.stdout


def _snapshot(folder: Path) -> dict:
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else None
        for p in folder.rglob("*")
    }


def test_new_refuses_an_existing_non_empty_folder(capsys, tmp_path):
    folder = tmp_path / "ada"
    (folder / "instruments").mkdir(parents=True)
    (folder / "clients.csv").write_text("client_id\nK09\n", encoding="utf-8")
    (folder / "instruments" / "x.toml").write_text('id = "x"\n', encoding="utf-8")
    before = _snapshot(folder)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run(capsys, "new", str(folder), "--client", "K01")
    assert code == 2
    assert "already exists and is not empty" in err
    assert _snapshot(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no temp folder left


def test_new_refuses_a_file_in_the_way(capsys, tmp_path):
    path = tmp_path / "catatan.txt"
    path.write_text("jangan ditimpa", encoding="utf-8")
    code, _, err = run(capsys, "new", str(path), "--client", "K01")
    assert code == 2
    assert path.read_text(encoding="utf-8") == "jangan ditimpa"


def test_new_accepts_an_existing_empty_folder(capsys, tmp_path):
    folder = tmp_path / "kosong"
    folder.mkdir()
    code, _, _ = run(capsys, "new", str(folder), "--client", "K01")
    assert code == 0
    assert (folder / "clients.csv").exists()


@pytest.mark.parametrize("client", ["K 01", "", "-K01", "K01/..", "x" * 65, "Ibu Ani"])
def test_new_rejects_a_bad_client_id(capsys, tmp_path, client):
    folder = tmp_path / "baru"
    code, out, err = run(capsys, "new", str(folder), f"--client={client}")
    assert code == 2
    assert "cannot be used" in err and "letters, digits" in err
    assert not folder.exists()
    assert list(tmp_path.iterdir()) == []


# --- exit codes ----------------------------------------------------------------------------------
def test_a_client_without_consent_exits_1_for_report_and_chapter_alike(capsys, tmp_path):
    """The same cause, the same code: missing consent is the data (1), not the command (2);
    an unknown client is the command typed wrong (2). No kernel starts: report refuses the
    client before any."""
    ident = str(Path(__file__).parent / "data" / "reports_identifiers")
    code, out, err = run(capsys, "report", ident, "--client", "K02", "--out", str(tmp_path / "r"))
    assert code == 1 and "consent_date" in out + err
    code, out, err = run(
        capsys, "chapter", ident, "--client", "K02", "--out", str(tmp_path / "c.docx")
    )
    assert code == 1 and "consent_date" in err
    assert (
        run(capsys, "chapter", ident, "--client", "ZZ", "--out", str(tmp_path / "z.docx"))[0] == 2
    )
    assert run(capsys, "report", ident, "--client", "ZZ", "--out", str(tmp_path / "z"))[0] == 2
    assert not (tmp_path / "c.docx").exists()


@pytest.mark.parametrize(("lang", "words"), [("en", "exit codes: 0 done"), ("id", "kode keluar")])
def test_help_says_what_the_exit_codes_mean(capsys, lang, words):
    code, out, _ = run(capsys, "--help", "--lang", lang)
    assert code == 0 and words in " ".join(out.split())


def test_report_and_cohort_read_timepoint_words_alike():
    """``--pre sebelum --post sesudah`` means pre/post for cohort as for report (DESIGN.md)."""
    from casekit.cli import build_parser
    from casekit.cli.report_commands import _render_options

    for command in ("report", "cohort"):
        args = build_parser().parse_args([command, "X", "--pre", "sebelum", "--post", "sesudah"])
        options = _render_options(args)
        assert (options["pre"], options["post"], options["plotly"]) == ("pre", "post", "shared")
