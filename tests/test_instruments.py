"""Instrument registry: built-in facts (checked against the papers named) and
the loader's error collection."""

from __future__ import annotations

import pytest

from casekit import instruments
from casekit.errors import InstrumentError

GOOD = """
id = "{id}"
name = "My scale"
citation = "Me (2024)"
items = 4
response_min = 0
response_max = 3
reverse = [2]
higher_is_worse = true
scoring = "sum"
max_missing = 1
reliability = 0.8
[subscales]
first = [1, 2]
[norms.functional]
mean = 3.0
sd = 2.0
source = "made up for the test"
[[categories]]
min = 0
max = 5
label_en = "low"
label_id = "rendah"
[[categories]]
min = 6
max = 12
label_en = "high"
label_id = "tinggi"
[labels]
en = ["a", "b", "c", "d"]
id = ["a", "b", "c", "d"]
"""


def test_builtin_ids():
    assert instruments.available() == ["djg_11", "djg_11_5", "djg_6", "ucla_3", "ucla_ls3"]


def test_ucla_ls3_matches_russell_1996():
    # Russell (1996): 20 items, 1-4, reverse 1 5 6 9 10 15 16 19 20, range 20-80, alpha .89-.94
    u = instruments.get("ucla_ls3")
    assert (u.items, u.response_min, u.response_max) == (20, 1, 4)
    assert u.reverse == (1, 5, 6, 9, 10, 15, 16, 19, 20)
    assert (u.score_min, u.score_max) == (20, 80)
    assert u.reliability == 0.89
    assert u.higher_is_worse and u.scoring == "sum" and u.max_missing == 2
    # no clinical/functional norms; one reference sample, read at its source: older
    # adults in Japan, M 42.2, SD 9.9, alpha .92, 540 returns (J-STAGE jachn 15(1) abstract)
    assert set(u.norms) == {"reference"}
    (ref,) = u.norms["reference"]
    assert (ref["id"], ref["n"], ref["mean"], ref["sd"], ref["reliability"], ref["default"]) == (
        "older_adults_japan", 540, 42.2, 9.9, 0.92, True,
    )  # fmt: skip
    assert "15_KJ00009436845" in ref["source"] and ref["population_id"]


def test_ucla_3_matches_hughes_2004():
    u = instruments.get("ucla_3")
    assert (u.items, u.response_min, u.response_max, u.score_min, u.score_max) == (3, 1, 3, 3, 9)
    assert u.reverse == () and u.reliability == 0.72 and u.max_missing == 0


@pytest.mark.parametrize("iid, rmax", [("djg_11", 3), ("djg_11_5", 5)])
def test_djg_11_matches_manual(iid, rmax):
    d = instruments.get(iid)
    assert (d.items, d.response_min, d.response_max) == (11, 1, rmax)
    assert d.scoring == "djg" and d.reverse == (1, 4, 7, 8, 11)
    assert d.subscales == {"emotional": (2, 3, 5, 6, 9, 10), "social": (1, 4, 7, 8, 11)}
    assert (d.score_min, d.score_max) == (0, 11)
    bands = [(c["min"], c["max"], c["label_en"]) for c in d.categories]
    # van Tilburg & de Jong Gierveld (1999): 0-2, 3-8, 9-10, 11
    assert bands == [
        (0, 2, "not lonely"),
        (3, 8, "moderately lonely"),
        (9, 10, "severely lonely"),
        (11, 11, "very severely lonely"),
    ]
    # djg_11: alpha .899, Giraldo-Rodriguez et al. (2023), Healthcare 11(4) 489, abstract;
    # the five-option form gets none (that alpha was for three options)
    assert d.reliability == (0.899 if iid == "djg_11" else None)
    assert "reference" not in d.norms  # no mean/SD could be read at a source


def test_djg_6_numbering_maps_to_djg_11():
    d6, d11 = instruments.get("djg_6"), instruments.get("djg_11")
    assert d6.subscales == {"emotional": (1, 2, 3), "social": (4, 5, 6)}
    assert d6.reverse == (4, 5, 6)
    # q1..q6 = djg_11 items 3, 9, 10, 4, 7, 8 (de Jong Gierveld & van Tilburg 2006)
    for lang in ("en", "id"):
        assert d6.labels[lang] == tuple(d11.labels[lang][i - 1] for i in (3, 9, 10, 4, 7, 8))
    assert [(c["min"], c["max"]) for c in d6.categories] == [(0, 1), (2, 4), (5, 6)]


@pytest.mark.parametrize("iid", ["ucla_ls3", "ucla_3", "djg_11", "djg_11_5", "djg_6"])
def test_every_builtin_has_prompts_in_both_languages(iid):
    inst = instruments.get(iid)
    assert len(inst.labels["en"]) == len(inst.labels["id"]) == inst.items
    assert inst.source == "built-in" and inst.citation


def test_unknown_id_lists_available():
    with pytest.raises(InstrumentError, match="unknown instrument 'ucla'.*ucla_ls3"):
        instruments.get("ucla")


def test_get_finds_local_after_builtin(tmp_path):
    (tmp_path / "mine.toml").write_text(GOOD.format(id="mine"), encoding="utf-8")
    local = instruments.load_folder(tmp_path)
    assert instruments.get("mine", local).items == 4
    assert "mine" in instruments.available(local)
    assert instruments.get("mine", local).score_max == 12


def test_load_file_collects_every_problem(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(
        'id = "bad"\nname = "x"\ncitation = "y"\nitems = 3\nresponse_min = 1\n'
        'response_max = 4\nreverse = [0, 4]\nreliability = 1.5\nscoring = "mean"\n'
        "colour = 3\n",
        encoding="utf-8",
    )
    with pytest.raises(InstrumentError) as info:
        instruments.load_file(path)
    columns = {p.column for p in info.value.problems}
    assert {"reverse", "reliability", "scoring", "colour"} <= columns
    assert all(p.file == str(path) and p.fix for p in info.value.problems)


def test_id_must_equal_file_name(tmp_path):
    path = tmp_path / "other.toml"
    path.write_text(GOOD.format(id="mine"), encoding="utf-8")
    with pytest.raises(InstrumentError, match="id must equal the file name"):
        instruments.load_file(path)


def test_invalid_toml_is_a_problem_not_a_traceback(tmp_path):
    path = tmp_path / "x.toml"
    path.write_text('id = "x\n', encoding="utf-8")
    with pytest.raises(InstrumentError, match="not valid TOML"):
        instruments.load_file(path)


def test_folder_reports_all_files_and_refuses_builtin_ids(tmp_path):
    (tmp_path / "ucla_ls3.toml").write_text(GOOD.format(id="ucla_ls3"), encoding="utf-8")
    (tmp_path / "broken.toml").write_text(
        GOOD.format(id="broken").replace("items = 4", "items = -2"), encoding="utf-8"
    )
    with pytest.raises(InstrumentError) as info:
        instruments.load_folder(tmp_path)
    files = {p.file for p in info.value.problems}
    assert files == {"instruments/ucla_ls3.toml", "instruments/broken.toml"}
    assert "override nothing built in" in str(info.value)


def test_totals_only_range_is_both_or_neither(tmp_path):
    path = tmp_path / "t.toml"
    base = 'id = "t"\nname = "T"\ncitation = "c"\nitems = 0\n'
    path.write_text(base, encoding="utf-8")
    assert instruments.load_file(path).score_max is None  # range unknown is allowed
    path.write_text(base + "score_min = 0\n", encoding="utf-8")
    with pytest.raises(InstrumentError, match="give both score_min and score_max"):
        instruments.load_file(path)


def test_overlapping_bands_and_norms_without_source(tmp_path):
    text = (
        GOOD.format(id="o")
        .replace("min = 6", "min = 5")
        .replace('source = "made up for the test"', "")
    )
    path = tmp_path / "o.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InstrumentError) as info:
        instruments.load_file(path)
    text = str(info.value)
    assert "bands overlap" in text and "every norm needs a source" in text


def test_djg_rule_needs_a_middle_answer(tmp_path):
    text = GOOD.format(id="d").replace('scoring = "sum"', 'scoring = "djg"')
    text = text.replace("max_missing = 1", "max_missing = 0")
    path = tmp_path / "d.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InstrumentError, match="odd number of answer options"):
        instruments.load_file(path)


def test_missing_folder_is_no_instruments(tmp_path):
    assert instruments.load_folder(tmp_path / "absent") == {}


def test_with_prompts_from_a_users_file(tmp_path):
    lines = tmp_path / "ucla3.txt"
    lines.write_text("first\nsecond\n\nthird\n", encoding="utf-8")
    inst = instruments.with_prompts("ucla_3", lines)
    assert inst.labels == {"en": ("first", "second", "third"), "id": ("first", "second", "third")}
    assert instruments.get("ucla_3").labels["en"][0] != "first"  # the registry is untouched
    toml = tmp_path / "djg6.toml"
    toml.write_text('[labels]\nid = ["a", "b", "c", "d", "e", "f"]\n', encoding="utf-8")
    inst = instruments.with_prompts("djg_6", toml)
    assert (
        inst.labels["id"][5] == "f" and inst.labels["en"] == instruments.get("djg_6").labels["en"]
    )
    toml.write_text('[labels]\nen = ["only one"]\n', encoding="utf-8")
    with pytest.raises(InstrumentError, match="djg_6 has 6 items but the file gives 1 prompts"):
        instruments.with_prompts("djg_6", toml)


REFERENCE = """
[[norms.reference]]
id = "older"
population = "Older adults"
population_id = "Lansia"
n = 200
mean = 40.0
sd = 9.0
reliability = 0.9
source = "Author (2020), Table 2"
default = true
"""


def test_reference_norms_are_read(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(GOOD.format(id="mine") + REFERENCE, encoding="utf-8")
    (ref,) = instruments.load_file(path).norms["reference"]
    assert (ref["id"], ref["n"], ref["mean"], ref["sd"], ref["reliability"]) == (
        "older", 200, 40.0, 9.0, 0.9,
    )  # fmt: skip
    assert ref["default"] and ref["population_id"] == "Lansia"


@pytest.mark.parametrize(
    "change, message",
    [
        (("sd = 9.0", "sd = 0"), "positive sd"),
        (("n = 200", "n = 1.5"), "whole n >= 2"),
        (('source = "Author (2020), Table 2"\n', ""), "needs source"),
        (('population_id = "Lansia"\n', ""), "needs population_id"),
        (("reliability = 0.9", "reliability = 1.0"), "between 0 and 1"),
        (('id = "older"', 'id = "sample"'), "reserved"),
        (("default = true", "default = true\nmean_age = 70"), "unknown field"),
    ],
)
def test_reference_norms_problems_are_named(tmp_path, change, message):
    path = tmp_path / "mine.toml"
    path.write_text(GOOD.format(id="mine") + REFERENCE.replace(*change), encoding="utf-8")
    with pytest.raises(InstrumentError) as err:
        instruments.load_file(path)
    assert any(message in p.message and "norms.reference" in p.column for p in err.value.problems)


def test_two_default_reference_samples_are_refused(tmp_path):
    path = tmp_path / "mine.toml"
    two = REFERENCE + REFERENCE.replace('id = "older"', 'id = "young"')
    path.write_text(GOOD.format(id="mine") + two, encoding="utf-8")
    with pytest.raises(InstrumentError, match="more than one sample has default = true"):
        instruments.load_file(path)
