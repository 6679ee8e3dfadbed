"""Pooling casebooks: namespaced ids, the mapping file, instrument conflicts, all problems at once.

Fixtures (tests/data): research_site_a (K01, K02, K03; own instrument local_mood),
research_site_b (K01 again, a different person; K04 = the same person as site A's K02
according to research_mapping.csv; local_mood worded differently, same numbers),
research_conflict (local_mood with other numbers), research_broken (two bad cells).
"""

from pathlib import Path

import pandas as pd
import pytest

import casekit as ck
from casekit.pooling import SEPARATOR, load_casebooks, split_pooled_id

DATA = Path(__file__).parent / "data"
A, B = DATA / "research_site_a", DATA / "research_site_b"
CONFLICT, BROKEN = DATA / "research_conflict", DATA / "research_broken"
MAPPING = DATA / "research_mapping.csv"


def test_public_name():
    assert ck.load_casebooks is load_casebooks


def test_duplicate_ids_are_two_people():
    cb = load_casebooks([A, B])
    assert cb.clients["client_id"].tolist() == [
        "research_site_a__K01",
        "research_site_a__K02",
        "research_site_a__K03",
        "research_site_b__K01",
        "research_site_b__K04",
    ]
    # the two K01 keep their own data: site A's is female 1955, site B's male 1948
    by_id = cb.clients.set_index("client_id")
    assert by_id.loc["research_site_a__K01", "sex"] == "female"
    assert by_id.loc["research_site_b__K01", "sex"] == "male"
    assert by_id.loc["research_site_b__K01", "birth_year"] == 1948
    # every record tagged with its source
    assert cb.responses.groupby("casebook").size().to_dict() == {
        "research_site_a": 6,
        "research_site_b": 4,
    }
    # the ucla_3 pre/post pairs are not merged across casebooks: 2 pairs from A, 1 from B
    ch = ck.change(ck.score(cb), instruments=cb.instruments)
    paired = ch[ch["instrument"].eq("ucla_3") & ch["diff"].notna()]
    assert sorted(paired["client_id"]) == [
        "research_site_a__K01",
        "research_site_a__K02",
        "research_site_b__K01",
    ]
    # K01 of A: pre 3+3+2 = 8, post 2+2+1 = 5; K01 of B: pre 6, post 1+1+2 = 4
    diffs = dict(zip(paired["client_id"], paired["diff"], strict=True))
    assert diffs["research_site_a__K01"] == -3
    assert diffs["research_site_b__K01"] == -2
    assert cb.name == "research_site_a+research_site_b"
    assert cb.sources == {"research_site_a": A.resolve(), "research_site_b": B.resolve()}


def test_pooled_ids_fit_the_client_id_pattern_and_split_back():
    from casekit.tables import ID_PATTERN

    cb = load_casebooks([A, B])
    for cid in cb.client_ids:
        assert ID_PATTERN.match(cid)
        book, own = split_pooled_id(cid)
        assert f"{book}{SEPARATOR}{own}" == cid
    assert split_pooled_id("P001") == (None, "P001")


def test_wording_difference_is_a_warning_only():
    cb = load_casebooks([A, B])
    texts = [str(w) for w in cb.warnings]
    assert any("local_mood" in t and "worded differently" in t for t in texts)
    assert set(cb.instruments) == {"local_mood"}


def test_mapping_declares_the_same_person():
    cb = load_casebooks([A, B], mapping=MAPPING)
    assert cb.clients["client_id"].tolist() == [
        "research_site_a__K01",
        "P001",
        "research_site_a__K03",
        "research_site_b__K01",
    ]
    p = cb.clients.set_index("client_id").loc["P001"]
    # first non-empty value wins (site A's row), differences are warnings
    assert p["cohort"] == "2023" and p["worker"] == "Praktikan A"
    assert p["casebook"] == "research_site_a"
    warned = {w.column for w in cb.warnings if w.file == "mapping"}
    assert warned == {"pseudonym", "cohort", "worker", "intake_date"}
    # the person's records from both casebooks, each tagged with its source
    mine = cb.responses[cb.responses["client_id"] == "P001"]
    assert list(zip(mine["instrument"], mine["timepoint"], mine["casebook"], strict=True)) == [
        ("ucla_3", "pre", "research_site_a"),
        ("ucla_3", "post", "research_site_a"),
        ("ucla_3", "follow_up", "research_site_b"),
        ("local_mood", "pre", "research_site_b"),
    ]
    # per-client ids of the merged person are prefixed so the two A1 / SELF stay apart
    fam = cb.family[cb.family["client_id"] == "P001"]
    assert fam["member_id"].tolist() == [
        "research_site_a__SELF",
        "research_site_a__ANAK",
        "research_site_b__SELF",
    ]
    assert cb.plan["activity_id"].tolist() == ["research_site_a__A1", "research_site_b__A1"]
    # unmapped clients keep their own ids in per-client columns
    assert len(cb.clients) == 4


def test_mapped_person_is_paired_across_casebooks():
    # P001's pre is in site A, the follow-up in site B: one person, one pair
    cb = load_casebooks([A, B], mapping=MAPPING)
    scores = ck.score(cb)
    ch = ck.change(scores, pre="pre", post="follow_up", instruments=cb.instruments)
    row = ch[(ch.client_id == "P001") & (ch.instrument == "ucla_3")].iloc[0]
    # ucla_3 totals by hand: pre 3 + 2 + 3 = 8 (site A), follow-up 2 + 1 + 2 = 5 (site B)
    assert (row["pre"], row["post"], row["diff"]) == (8, 5, -3)


def test_mapping_with_conflicting_sex_is_an_error(tmp_path):
    mapping = tmp_path / "map.csv"
    mapping.write_text(
        "casebook,client_id,person_id\nresearch_site_a,K01,P9\nresearch_site_b,K01,P9\n"
    )
    with pytest.raises(ck.CasebookError, match=r"person P9 has different sex") as err:
        load_casebooks([A, B], mapping=mapping)
    errors = [p for p in err.value.problems if p.severity == "error"]
    assert [(p.file, p.column, p.value) for p in errors] == [
        ("mapping", "sex", "female"),
        ("mapping", "birth_year", "1955"),
        ("responses.csv", "timepoint", "post"),
        ("responses.csv", "timepoint", "pre"),
    ]
    assert "research_site_a: female, research_site_b: male" in errors[0].message
    assert "research_site_a: 1955, research_site_b: 1948" in errors[1].message


def test_mapping_file_problems_are_listed(tmp_path):
    mapping = tmp_path / "map.csv"
    mapping.write_text(
        "casebook,client_id,person_id\n"
        "site_x,K01,P1\n"  # unknown casebook
        "research_site_a,K99,P2\n"  # unknown client
        "research_site_a,K01,bad__id\n"  # '__' not allowed
        "research_site_a,K02,P3\n"
        "research_site_a,K03,P3\n"  # two clients of one casebook -> one person
    )
    with pytest.raises(ck.CasebookError) as err:
        load_casebooks([A, B], mapping=mapping)
    got = [(p.file, p.row, p.column) for p in err.value.problems if p.severity == "error"]
    assert got == [
        ("map.csv", 2, "casebook"),
        ("map.csv", 3, "client_id"),
        ("map.csv", 4, "person_id"),
        ("map.csv", 6, "person_id"),
    ]


def test_same_timepoint_from_two_casebooks_is_an_error(tmp_path):
    mapping = tmp_path / "map.csv"
    # K01 of both sites have ucla_3 pre and post: declaring them one person clashes
    mapping.write_text(
        "casebook,client_id,person_id\nresearch_site_a,K03,P7\nresearch_site_b,K01,P7\n"
    )
    with pytest.raises(
        ck.CasebookError, match="at timepoint pre in research_site_a, research_site_b"
    ):
        load_casebooks([A, B], mapping=mapping)


def test_conflicting_instrument_definitions_name_both_files():
    with pytest.raises(ck.CasebookError, match="defined differently") as err:
        load_casebooks([A, CONFLICT])
    [problem] = [p for p in err.value.problems if p.severity == "error"]
    assert problem.file == "research_conflict/instruments/local_mood.toml"
    assert str(A / "instruments" / "local_mood.toml") in problem.message
    assert str(CONFLICT / "instruments" / "local_mood.toml") in problem.message
    assert problem.column == "response_max, reverse, score_max"


def test_all_problems_of_all_casebooks_in_one_error():
    with pytest.raises(ck.CasebookError) as err:
        load_casebooks([A, BROKEN, CONFLICT])
    got = [(p.file, p.row, p.column, p.value) for p in err.value.problems if p.severity == "error"]
    assert got == [
        ("research_broken/clients.csv", 2, "sex", "robot"),
        ("research_broken/clients.csv", 3, "birth_year", "1800"),
        (
            "research_conflict/instruments/local_mood.toml",
            None,
            "response_max, reverse, score_max",
            "local_mood",
        ),
    ]
    assert "3 problem(s) in the casebooks research_site_a, research_broken" in str(err.value)


def test_parameter_errors(tmp_path):
    with pytest.raises(ck.ParameterError, match="at least one casebook"):
        load_casebooks([])
    with pytest.raises(ck.ParameterError, match="one name per casebook"):
        load_casebooks([A, B], names=["x"])
    with pytest.raises(ck.ParameterError, match="no '__'"):
        load_casebooks([A, B], names=["a__b", "c"])
    with pytest.raises(ck.ParameterError, match="Two casebooks would be called research_site_a"):
        load_casebooks([A, A])
    with pytest.raises(ck.ParameterError, match="does not exist"):
        load_casebooks([A, B], mapping=tmp_path / "nope.csv")


def test_names_and_typed_tables():
    cb = load_casebooks([A, B], names=["s1", "s2"])
    assert cb.clients["client_id"].tolist()[:1] == ["s1__K01"]
    assert cb.clients["birth_year"].dtype == "Int64"
    assert cb.clients["intake_date"].dtype.kind == "M"
    assert cb.responses["q1"].dtype == "Int16"  # item answers: a narrow nullable integer
    assert isinstance(cb.clients.index, pd.RangeIndex) and cb.clients.index[0] == 2
    # pooled casebooks score: site B's local_mood pre answers 2,3,2 with item 2 reversed
    # (1 + 4 - 3 = 2): 2 + 2 + 2 = 6
    sc = ck.score(cb)
    row = sc[(sc["client_id"] == "s2__K04") & (sc["instrument"] == "local_mood")]
    assert row["score"].tolist() == [6.0]
