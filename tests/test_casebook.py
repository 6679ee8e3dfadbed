"""The casebook loader: the bad-casebook corpus, messy spreadsheets, the demo casebook.

References used for the expected values: the seed practicum report (via
../shared/DOMAIN.md) for client S; tests/data/bad/expected.toml for the exact
problems of each bad casebook; the fixture files themselves (read by eye) for
the messy-spreadsheet values.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pandas as pd
import pytest

import casekit as ck
from casekit.casebook import read_table
from casekit.errors import CasebookError, ParameterError
from casekit.tables import TABLES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA = Path(__file__).resolve().parent / "data"
BAD = DATA / "bad"
GOOD = DATA / "good"
EXPECTED = tomllib.loads((BAD / "expected.toml").read_text(encoding="utf-8"))


def expected_problems(name: str) -> list[tuple]:
    """(file, row, column, message fragment) of each problem listed for a bad casebook."""
    return [
        (p["file"], p.get("row"), p.get("column"), p["message"]) for p in EXPECTED[name]["problems"]
    ]


def match_problems(got, want):
    """Pair each expected problem with one reported error; return (missing, unexpected)."""
    unmatched = list(got)
    missing = []
    for file, row, column, fragment in want:
        hits = [
            p
            for p in unmatched
            if (p.file, p.row, p.column) == (file, row, column) and fragment in p.message
        ]
        if hits:
            unmatched.remove(hits[0])
        else:
            missing.append((file, row, column, fragment))
    return missing, unmatched


# --- the corpus of bad casebooks -----------------------------------------------------------------
def test_corpus_has_a_manifest_entry_for_every_folder():
    folders = {p.name for p in BAD.iterdir() if p.is_dir()}
    assert folders == set(EXPECTED)
    assert len(folders) >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_casebook_reports_exactly_the_planted_problems(name):
    with pytest.raises(CasebookError) as info:
        ck.load_casebook(BAD / name)
    errors = [p for p in info.value.problems if p.severity == "error"]
    missing, unexpected = match_problems(errors, expected_problems(name))
    assert not missing, f"not reported: {missing}\nreported: {[str(p) for p in errors]}"
    assert not unexpected, f"reported but not planted: {[str(p) for p in unexpected]}"
    for problem in errors:
        assert problem.message and problem.fix, f"a problem without message or fix: {problem}"
    # the exception text itself names every problem with its file (and row)
    text = str(info.value)
    for problem in errors:
        assert str(problem) in text
    assert f"{len(errors)} problem(s) in casebook" in text


def test_many_problems_are_all_listed_in_one_run_across_files():
    """The issue's "Done when": many planted problems, one run, each with file and row."""
    with pytest.raises(CasebookError) as info:
        ck.load_casebook(BAD / "many_problems")
    errors = [p for p in info.value.problems if p.severity == "error"]
    assert len(errors) == len(expected_problems("many_problems")) == 22
    assert {p.file for p in errors} == {
        "clients.csv",
        "family.csv",
        "life_events.csv",
        "body_map.csv",
        "sessions.csv",
        "responses.csv",
        "scores.csv",
    }
    assert all(p.row is not None for p in errors)
    # sorted by table order (clients first, scores last), then by row
    order = list(TABLES)
    keys = [(order.index(p.file.removesuffix(".csv")), p.row) for p in errors]
    assert keys == sorted(keys)


def test_problem_value_is_the_cell_as_typed():
    with pytest.raises(CasebookError) as info:
        ck.load_casebook(BAD / "many_problems")
    by_place = {(p.file, p.row, p.column): p.value for p in info.value.problems}
    assert by_place[("clients.csv", 3, "sex")] == "x"
    assert by_place[("clients.csv", 3, "birth_year")] == "1700"
    assert by_place[("clients.csv", 4, "client_id")] == "K 03"
    assert by_place[("clients.csv", 4, "age_at_intake")] == "69.5"
    assert by_place[("sessions.csv", 3, "date")] == "2024-13-01"
    assert by_place[("sessions.csv", 4, "start_time")] == "25:00"
    assert by_place[("responses.csv", 2, "q4")] == "5"
    assert by_place[("scores.csv", 2, "score")] == "12"  # not '12.0'


def test_missing_folder_is_a_casebook_error():
    with pytest.raises(CasebookError, match="does not exist"):
        ck.load_casebook(DATA / "no_such_casebook")


def test_a_plain_file_is_not_a_casebook(tmp_path):
    path = tmp_path / "clients.txt"
    path.write_text("client_id\nK01\n", encoding="utf-8")
    with pytest.raises(CasebookError, match="folder of CSV files or an .xlsx workbook"):
        ck.load_casebook(path)


def test_a_damaged_workbook_is_a_casebook_error(tmp_path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"this is not a zip file")
    with pytest.raises(CasebookError, match="the workbook could not be opened"):
        ck.load_casebook(path)


# --- messy spreadsheets that must load -----------------------------------------------------------
def test_utf8_with_bom_keeps_first_header_and_accents():
    cb = ck.load_casebook(GOOD / "utf8_bom")
    assert cb.client_ids == ["K01", "K02"]
    assert cb.clients["pseudonym"].tolist() == ["Ibu Dé", "Bapak Ñoman"]
    assert cb.clients["birth_year"].tolist() == [1950, 1947]
    assert cb.sessions.at[2, "notes"] == "Klien bercerita tentang “masa lalu”"
    assert cb.warnings == []


def test_semicolon_delimiter_with_decimal_commas():
    cb = ck.load_casebook(GOOD / "semicolon_decimal_comma")
    # prorated totals (50 x 20 / 19 and 43 x 20 / 18) typed with a decimal comma
    assert cb.scores["score"].tolist() == [52.63, 41.0, 47.78]
    assert str(cb.scores["score"].dtype) == "Float64"
    # a comma inside a text cell of a ';' file stays text
    assert cb.clients.at[2, "region"] == "Petogogan, Jakarta Selatan"
    assert cb.clients["birth_year"].tolist() == [1950, 1948]
    assert cb.scores["scale"].tolist() == ["total"] * 3


def test_crlf_line_ends():
    cb = ck.load_casebook(GOOD / "crlf")
    assert cb.clients["sex"].tolist() == ["female", "male"]
    assert cb.life_events["valence"].tolist() == [4, -5]
    assert cb.life_events["event"].tolist() == ["Menikah", "Suami meninggal"]


def test_trailing_blank_rows_are_dropped():
    cb = ck.load_casebook(GOOD / "trailing_blank_rows")
    assert cb.client_ids == ["K01", "K02"]
    assert cb.scores["score"].tolist() == [7.0, 3.0]
    assert cb.scores.index.tolist() == [2, 3]


def test_empty_columns_after_the_header_and_leading_zero_codes():
    """Excel writes ',,' / ';;' for empty columns; blank header cells must not count as
    a repeated column, and codes like 001 stay text."""
    cb = ck.load_casebook(GOOD / "trailing_empty_columns")
    assert cb.client_ids == ["001", "002"]
    assert cb.clients["sex"].tolist() == ["female", "male"]
    assert [c for c in cb.clients.columns if "unnamed" in c] == []
    assert cb.responses.loc[2, ["q1", "q2", "q3"]].tolist() == [1, 2, 3]
    assert cb.responses.loc[3, ["q1", "q2"]].tolist() == [1, 2]  # '1,0' read as 1
    assert pd.isna(cb.responses.at[3, "q3"])
    assert cb.warnings == []


def test_header_cells_with_spaces_capitals_and_hyphens():
    cb = ck.load_casebook(GOOD / "messy_headers")
    row = cb.clients.loc[2]
    assert row["client_id"] == "K01"
    assert row["birth_year"] == 1950
    assert row["sex"] == "female"
    assert row["intake_date"] == pd.Timestamp("2024-08-22")
    assert row["consent_date"] == pd.Timestamp("2024-08-27")
    assert cb.family["member_id"].tolist() == ["K01", "J"]
    assert cb.family["relation"].tolist() == ["self", "child"]
    assert cb.warnings == []


def test_windows_1252_loads_with_a_warning():
    cb = ck.load_casebook(GOOD / "windows_1252")
    assert cb.clients.at[2, "pseudonym"] == "Ibu Dé"
    assert cb.clients.at[2, "referral_to"] == "Puskesmas – poli lansia"
    assert [w.file for w in cb.warnings] == ["clients.csv"]
    assert "Windows-1252" in cb.warnings[0].message
    assert cb.warnings[0].severity == "warning"


def test_utf16_tab_separated_loads_with_a_warning():
    cb = ck.load_casebook(GOOD / "utf16_tab")
    assert cb.client_ids == ["K01", "K02"]
    assert cb.clients["sex"].tolist() == ["female", "male"]
    assert cb.clients.at[2, "pseudonym"] == "Ibu Dé"
    [warning] = cb.warnings
    assert "UTF-16" in warning.message and warning.severity == "warning"


def test_day_first_dates_and_dotted_times():
    cb = ck.load_casebook(GOOD / "day_first_dates_dotted_times")
    row = cb.clients.loc[2]
    assert row["intake_date"] == pd.Timestamp("2024-08-22")
    assert row["consent_date"] == pd.Timestamp("2024-08-27")
    assert row["termination_date"] == pd.Timestamp("2024-09-24")
    assert cb.sessions["date"].tolist() == [pd.Timestamp("2024-08-22"), pd.Timestamp("2024-08-27")]
    assert cb.sessions["start_time"].tolist() == ["10:00", "09:30"]
    assert cb.sessions["end_time"].tolist() == ["11:30", "10:15"]


def test_comment_rows_are_skipped_and_row_numbers_kept():
    cb = ck.load_casebook(GOOD / "comment_rows")
    assert cb.client_ids == ["K01"]
    assert cb.clients.index.tolist() == [3]  # the spreadsheet row, after the '# S01' row
    assert cb.clients.at[3, "pseudonym"] == "Ibu A #1"
    assert cb.sessions.index.tolist() == [3]
    assert cb.sessions.at[3, "date"] == pd.Timestamp("2024-08-23")


def test_indonesian_vocabulary_is_normalised_to_english():
    cb = ck.load_casebook(GOOD / "indonesian_vocab")
    c = cb.clients
    assert c["sex"].tolist() == ["male", "female", "female"]
    assert c["living_arrangement"].tolist() == ["alone", "with_family", "institution"]
    assert c["termination_reason"].tolist() == ["referred", "goals_met", "deceased"]
    f = cb.family
    assert f["sex"].tolist() == ["male", "female", "male"]
    assert f["relation"].tolist() == ["self", "spouse", "child"]
    assert f["union"].tolist()[:2] == ["widowed", "widowed"]
    assert f["deceased"].tolist() == [False, True, False]
    assert pd.isna(f.at[2, "lives_with_client"])
    assert f.loc[[3, 4], "lives_with_client"].tolist() == [False, False]
    assert f["bond"].tolist()[1:] == ["close", "distant"]
    e = cb.ecomap
    assert e["category"].tolist() == ["neighbour", "family", "health"]
    assert e["strength"].tolist() == ["strong", "weak", "stressful"]
    assert e["flow"].tolist() == ["to_client", "both", "from_client"]
    assert cb.plan["method"].tolist() == ["casework"]
    assert cb.sessions["stage"].tolist() == ["assessment", "intervention", "termination"]
    assert cb.evaluation["indicator_met"].tolist() == ["yes"]
    assert cb.bpss["domain"].tolist() == ["biological", "spiritual"]
    assert cb.bpss["kind"].tolist() == ["problem", "strength"]
    assert cb.body_map["region"].tolist() == ["left_knee", "lower_back"]
    assert cb.body_map["side"].tolist() == ["front", "back"]


def test_unknown_column_is_kept_and_warned():
    cb = ck.load_casebook(GOOD / "unknown_column")
    assert "hobby" in cb.clients.columns
    assert cb.clients.at[2, "hobby"] == "berkebun"
    assert pd.isna(cb.clients.at[3, "hobby"])
    [warning] = cb.warnings
    assert (warning.file, warning.row, warning.column) == ("clients.csv", 1, "hobby")
    assert "kept but not checked" in warning.message


def test_file_names_with_capitals_are_found():
    cb = ck.load_casebook(GOOD / "capitalised_file_names")
    assert cb.client_ids == ["K01"]
    assert cb.sessions["stage"].tolist() == ["intake"]
    assert cb.warnings == []


def _write_workbook(path, sheets):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def test_xlsx_workbook_with_one_sheet_per_table(tmp_path):
    path = tmp_path / "kelas.xlsx"
    _write_workbook(
        path,
        {
            "clients": [
                ["client_id", "sex", "birth_year", "intake_date"],
                ["K01", "P", 1950, dt.datetime(2024, 8, 22)],
                ["K02", "laki-laki", 1948, "2024-08-23"],
            ],
            "sessions": [
                ["client_id", "session_id", "stage", "date", "start_time", "end_time"],
                ["K01", 1, "asesmen", dt.datetime(2024, 8, 27), dt.time(9, 30), "10.45"],
            ],
            "scores": [
                ["client_id", "instrument", "timepoint", "score"],
                ["K02", "ucla_ls3", "pre", 52.63],
            ],
            "Catatan": [["anything"], ["free notes"]],
        },
    )
    cb = ck.load_casebook(path)
    assert cb.name == "kelas"
    assert cb.client_ids == ["K01", "K02"]
    assert cb.clients["sex"].tolist() == ["female", "male"]
    assert cb.clients["birth_year"].tolist() == [1950, 1948]
    assert cb.clients["intake_date"].tolist() == [
        pd.Timestamp("2024-08-22"),
        pd.Timestamp("2024-08-23"),
    ]
    assert cb.sessions.at[2, "stage"] == "assessment"
    assert cb.sessions.at[2, "start_time"] == "09:30"
    assert cb.sessions.at[2, "end_time"] == "10:45"
    assert cb.sessions.at[2, "session_id"] == "1"
    assert cb.scores["score"].tolist() == [52.63]
    [warning] = cb.warnings
    assert "not a casebook table" in warning.message and warning.value == "catatan"


def test_xlsx_problems_name_the_sheet_and_row(tmp_path):
    path = tmp_path / "kelas.xlsx"
    _write_workbook(path, {"clients": [["client_id", "sex"], ["K01", "P"], ["K02", "x"]]})
    with pytest.raises(CasebookError) as info:
        ck.load_casebook(path)
    [problem] = info.value.problems
    assert (problem.file, problem.row, problem.column) == ("kelas.xlsx, sheet 'clients'", 3, "sex")


def test_xlsx_row_numbers_count_blank_rows(tmp_path):
    path = tmp_path / "kelas.xlsx"
    _write_workbook(
        path,
        {"clients": [["client_id", "sex"], ["K01", "P"], [], [None, None], ["K02", "x"]]},
    )
    with pytest.raises(CasebookError) as info:
        ck.load_casebook(path)
    [problem] = info.value.problems
    assert (problem.row, problem.column, problem.value) == (5, "sex", "x")


# --- the Casebook object -------------------------------------------------------------------------
def test_every_table_present_and_typed_even_when_absent(tmp_casebook):
    cb = ck.load_casebook(tmp_casebook({"clients": [{"client_id": "K01"}]}, name="kecil"))
    assert set(cb.tables) == set(TABLES)
    for name, table in TABLES.items():
        frame = getattr(cb, name)
        assert frame is cb.tables[name]
        assert [c.name for c in table.columns] == list(frame.columns[: len(table.columns)])
        assert "casebook" in frame.columns
    assert len(cb.sessions) == 0
    assert str(cb.sessions["date"].dtype) == "datetime64[ns]"
    assert str(cb.family["birth_year"].dtype) == "Int64"
    assert str(cb.family["deceased"].dtype) == "boolean"
    assert str(cb.scores["score"].dtype) == "Float64"
    assert str(cb.clients["sex"].dtype) == "string"
    assert cb.clients["casebook"].tolist() == ["kecil"]
    assert cb.name == "kecil"


def test_dtypes_of_a_complete_casebook():
    cb = ck.load_casebook(GOOD / "complete")
    assert cb.clients.index.name == "row"
    assert cb.clients.index.tolist() == [2, 3]
    assert str(cb.clients["birth_year"].dtype) == "Int64"
    assert str(cb.clients["termination_date"].dtype) == "datetime64[ns]"
    assert pd.isna(cb.clients.at[3, "termination_date"])
    assert pd.isna(cb.clients.at[3, "termination_reason"])
    q = [f"q{k}" for k in range(1, 21)]
    assert all(str(cb.responses[c].dtype) == "Int16" for c in q)  # answers: narrow integers
    assert cb.responses.loc[2, q].sum() == 60  # 20 answers of 3
    assert pd.isna(cb.responses.at[3, "q20"])  # left blank
    assert cb.responses.loc[4, ["q1", "q2", "q3"]].tolist() == [3, 2, 3]
    assert cb.responses.loc[4, q[3:]].isna().all()
    # empty scale means the total
    assert cb.scores["scale"].tolist() == ["total", "total"]
    assert cb.plan.at[2, "techniques"] == "konseling; motivasi"
    assert cb.life_events["age"].tolist()[1] == 65
    assert pd.isna(cb.life_events["year"].tolist()[1])
    assert set(cb.instruments) == {"kelas_total"}
    assert cb.instrument("kelas_total").score_max == 20
    assert cb.instrument("ucla_ls3").items == 20


def test_for_client_filters_every_table_and_rejects_unknown_ids():
    cb = ck.load_casebook(GOOD / "complete")
    k01 = cb.for_client("K01")
    assert k01.client_ids == ["K01"]
    assert len(k01.family) == 3 and len(k01.responses) == 3
    assert len(k01.scores) == 0
    k02 = cb.for_client("K02")
    assert len(k02.family) == 0 and len(k02.scores) == 2
    with pytest.raises(ParameterError, match="no client 'K03'.*Known clients: K01, K02"):
        cb.for_client("K03")


def test_read_table_converts_one_table_in_memory():
    raw = pd.DataFrame({"client_id": ["K01", "K02"], "sex": ["P", "x"], "birth_year": ["1950", ""]})
    frame, problems, warnings = read_table("clients", raw)
    assert frame["sex"].tolist()[0] == "female"
    assert frame["birth_year"].tolist()[0] == 1950 and pd.isna(frame["birth_year"].tolist()[1])
    [problem] = problems
    assert (problem.file, problem.row, problem.column, problem.value) == (
        "clients.csv",
        3,
        "sex",
        "x",
    )
    assert warnings == []


# --- the demo casebook ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(demo_path):
    return ck.load_casebook(demo_path)


def test_demo_loads_clean(demo):
    assert [w for w in demo.warnings if w.severity == "error"] == []
    assert "S" in demo.client_ids


def test_demo_client_s_pre_and_post_totals(demo):
    """Seed report 4.5: loneliness total 92 before and 33 after the intervention."""
    s = demo.scores[demo.scores["client_id"] == "S"].set_index("timepoint")
    assert s.at["pre", "score"] == 92
    assert s.at["post", "score"] == 33
    assert set(s["scale"]) == {"total"}


def test_demo_client_s_termination(demo):
    """Seed report: the case was terminated on 24 September 2024 and S referred."""
    s = demo.clients.set_index("client_id").loc["S"]
    assert s["termination_date"] == pd.Timestamp("2024-09-24")
    assert s["termination_reason"] == "referred"
    assert s["sex"] == "male"


def test_demo_client_s_family(demo):
    """Seed Table 2: S, wife A (deceased), son J, daughter H (deceased)."""
    fam = demo.family[demo.family["client_id"] == "S"].set_index("member_id")
    for member in ("S", "A", "J", "H"):
        assert member in fam.index, f"{member} missing from S's family"
    core = fam.loc[["S", "A", "J", "H"]]
    assert core["relation"].tolist() == ["self", "spouse", "child", "child"]
    assert core["sex"].tolist() == ["male", "female", "male", "female"]
    assert core["deceased"].tolist() == [False, True, False, True]
    assert fam.at["S", "partner_id"] == "A"
    assert fam.at["J", "father_id"] == "S" and fam.at["H", "father_id"] == "S"


def test_demo_synthetic_cohort(demo):
    clients = demo.clients
    synthetic = clients[clients["client_id"] != "S"]
    assert len(synthetic) >= 60
    assert synthetic["cohort"].nunique() == 3
    assert synthetic["cohort"].str.contains("synthetic|sintetis", case=False).all()
    assert not str(clients.set_index("client_id").at["S", "cohort"]).startswith("synthetic")
    # item-level answers at pre and post for UCLA-LS3 and DJG-11
    resp = demo.responses
    for inst in ("ucla_ls3", "djg_11"):
        part = resp[resp["instrument"] == inst]
        assert set(part["timepoint"]) >= {"pre", "post"}
        assert part["client_id"].nunique() >= 60


def test_demo_every_client_has_consent(demo):
    assert demo.clients["consent_date"].notna().all()
    has_intake = demo.clients["intake_date"].notna()
    assert (
        demo.clients.loc[has_intake, "consent_date"] >= demo.clients.loc[has_intake, "intake_date"]
    ).all()
