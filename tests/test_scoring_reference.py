"""Scoring at its edges (issue 12, items 5 and 8), against hand-worked values:
reverse keying on a scale that starts at 0, the prorated flag on missing
totals, whole-number answers in a DataFrame, bands that cover every prorated
total, and totals an instrument cannot produce."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from casekit import instruments as registry
from casekit.errors import ScoringError
from casekit.instruments import Instrument
from casekit.scoring import band_edges, possible_totals, score_responses

BANDS = (
    {"min": 0, "max": 2, "label_en": "low", "label_id": "rendah", "source": "t"},
    {"min": 3, "max": 5, "label_en": "mid", "label_id": "sedang", "source": "t"},
    {"min": 6, "max": 8, "label_en": "high", "label_id": "tinggi", "source": "t"},
)


def zero_based(max_missing=1, categories=BANDS):
    # 4 items answered 0..2, item 2 reverse-keyed: keyed = 0 + 2 - answer
    return {
        "z": Instrument(
            id="z",
            name="z",
            citation="t",
            items=4,
            response_min=0,
            response_max=2,
            reverse=(2,),
            higher_is_worse=True,
            scoring="sum",
            max_missing=max_missing,
            reliability=None,
            score_min=0,
            score_max=8,
            categories=categories,
        )  # fmt: skip
    }


def rows(*answers):
    frame = pd.DataFrame(
        [dict(zip(["q1", "q2", "q3", "q4"], a, strict=True)) for a in answers], dtype="Float64"
    )
    frame.insert(0, "client_id", [f"K{k}" for k in range(len(answers))])
    frame.insert(1, "instrument", "z")
    frame.insert(2, "timepoint", "pre")
    return frame


def total(frame):
    return frame[frame["scale"] == "total"].reset_index(drop=True)


def test_reverse_keying_on_a_scale_from_0():
    # answers 0, 0, 0, 0: item 2 reversed -> 0 + 2 - 0 = 2; total 2 (max + 1 - a would give 3)
    out = total(score_responses(rows([0, 0, 0, 0], [2, 2, 2, 2]), zero_based()))
    assert out["score"].tolist() == [2.0, 6.0]  # 2, 2+0+2+2


def test_prorated_only_where_the_total_exists():
    # one blank: prorated (3 answered: 1 + (2-1) + 1 = 3 -> 3 x 4 / 3 = 4);
    # two blanks (max 1): missing and not prorated
    out = total(score_responses(rows([1, 1, 1, None], [1, 1, None, None]), zero_based()))
    assert out["score"].iloc[0] == pytest.approx(4.0) and bool(out["prorated"].iloc[0])
    assert pd.isna(out["score"].iloc[1]) and not bool(out["prorated"].iloc[1])


def test_fractional_answers_in_a_dataframe_are_refused():
    frame = rows([1, 1, 1, 1]).astype({"q3": "float64"})
    frame.loc[0, "q3"] = 1.5
    with pytest.raises(ScoringError, match="not whole numbers"):
        score_responses(frame, zero_based())


def test_bands_cover_every_prorated_total():
    # 1 blank: totals k x 4/3 -> e.g. 2 x 4/3 = 2.667 lies between "0-2" and "3-5"
    assert band_edges(BANDS) == [(0.0, 3.0, False), (3.0, 6.0, False), (6.0, 8.0, True)]
    out = total(score_responses(rows([1, 1, 0, None], [2, 0, 2, None]), zero_based()))
    # K0: 1 + 1 + 0 = 2 -> 2.667 -> "low"; K1: 2 + 2 + 2 = 6 -> 8 -> "high"
    assert out["score"].tolist() == pytest.approx([8 / 3, 8.0])
    assert out["category"].tolist() == ["low", "high"]
    assert out["category_id"].tolist() == ["rendah", "tinggi"]
    inst = zero_based()["z"]
    for value, label in [(2.0, "low"), (2.99, "low"), (3.0, "mid"), (5.5, "mid"), (8.0, "high")]:
        assert inst.category(value)["label_en"] == label
    assert inst.category(8.01) is None and inst.category(-0.5) is None


def test_bands_with_a_gap_keep_their_own_maximum():
    gap = (BANDS[0], {**BANDS[2], "min": 6})  # 0-2 then 6-8: 2.5 .. 5.9 have no band
    assert band_edges(gap) == [(0.0, 2.0, True), (6.0, 8.0, True)]


def test_djg_6_total_of_1_5_is_impossible():
    djg6 = registry.get("djg_6")
    ok = possible_totals(djg6, "total", [0, 1, 1.5, 6, 6.5, np.nan])
    assert ok.tolist() == [True, True, False, True, False, True]
    assert possible_totals(djg6, "emotional", [3, 2.5, 4]).tolist() == [True, False, False]


def test_prorated_ucla_totals_are_possible():
    ucla = registry.get("ucla_ls3")
    # 43 x 20 / 18 = 47.78 (2 decimals), 50 x 20 / 19 = 52.63; 52.5 and 47.3 cannot occur
    ok = possible_totals(ucla, "total", [47.78, 52.63, 52.5, 47.3, 20, 80, 81])
    assert ok.tolist() == [True, True, False, False, True, True, False]


def test_validate_names_an_impossible_djg_6_total(tmp_path):
    import shutil

    import casekit as ck
    from casekit.errors import CasebookError

    book = tmp_path / "buku"
    shutil.copytree(__import__("pathlib").Path(__file__).parent / "data/good/complete", book)
    with open(book / "scores.csv", "a", encoding="utf-8") as f:
        f.write("K02,djg_6,pre,2024-08-23,total,1.5\nK02,djg_6,post,2024-09-20,emotional,2\n")
    with pytest.raises(CasebookError) as err:
        ck.load_casebook(book)
    (problem,) = [p for p in err.value.problems if p.column == "score"]
    assert problem.file == "scores.csv" and problem.row == 4 and problem.value == "1.5"
    assert "a total of djg_6 is a count of lonely answers" in problem.message


@pytest.mark.parametrize("n_bad, more", [(5, False), (6, True)])
def test_answer_errors_show_five_examples_then_dots(n_bad, more):
    frame = rows(*([[1, 1, 1, 1]] * 6))
    for k in range(n_bad):
        frame.loc[k, "q1"] = 7
    with pytest.raises(ScoringError) as err:
        score_responses(frame, zero_based())
    message = str(err.value)
    assert message.count("q1 = 7") == 5 and message.startswith(f"responses.csv: {n_bad} answer(s)")
    assert ("7 ..." in message) == more


def test_all_blank_row_says_so_and_one_answer_of_two_is_prorated():
    ucla = score_responses(
        pd.DataFrame({"client_id": ["K1"], "instrument": ["ucla_ls3"], "timepoint": ["pre"]}),
    )
    total = ucla[ucla["scale"] == "total"].iloc[0]
    assert pd.isna(total["score"])
    assert total["missing_reason"] == "20 of 20 items blank (at most 2 allowed for ucla_ls3)"
    pair = {
        "p": Instrument(
            id="p",
            name="p",
            citation="t",
            items=2,
            response_min=1,
            response_max=4,
            reverse=(),
            higher_is_worse=True,
            scoring="sum",
            max_missing=1,
            reliability=None,
            score_min=2,
            score_max=8,
        )  # fmt: skip
    }
    frame = pd.DataFrame({"client_id": ["K1"], "instrument": ["p"], "timepoint": ["pre"],
                          "q1": pd.array([3], dtype="Int64"), "q2": pd.array([None], dtype="Int64")})  # fmt: skip
    out = score_responses(frame, pair)
    # one of two answered: 3 x 2 / 1 = 6, prorated
    assert out["score"].tolist() == [6.0] and out["prorated"].tolist() == [True]


def test_possible_totals_edges():
    totals_only = Instrument(
        id="t", name="t", citation="t", items=0, response_min=None, response_max=None,
        reverse=(), higher_is_worse=True, scoring="sum", max_missing=0, reliability=None,
        score_min=0, score_max=30,
    )  # fmt: skip
    assert possible_totals(totals_only, "total", [0, 12.5, 30, 31, -1]).tolist() == [
        True, True, True, False, False,
    ]  # fmt: skip
    two = Instrument(
        id="p", name="p", citation="t", items=2, response_min=1, response_max=4,
        reverse=(), higher_is_worse=True, scoring="sum", max_missing=1, reliability=None,
        score_min=2, score_max=8,
    )  # fmt: skip
    # one of two answered: 1 x 2 / 1 = 2 ... 4 x 2 / 1 = 8; both answered: 2 .. 8 whole
    assert possible_totals(two, "total", [2, 5, 8, 1, 9, 5.5]).tolist() == [
        True, True, True, False, False, False,
    ]  # fmt: skip
    # a scale from 0: sums 0..8 (4 items x 0..2), and prorated k x 4/3
    z = zero_based()["z"]
    assert possible_totals(z, "total", [0, 2, 8, 8 / 3, 9]).tolist() == [
        True, True, True, True, False,
    ]  # fmt: skip


def test_bands_two_apart_are_not_adjacent():
    gap = (BANDS[0], {**BANDS[1], "min": 4, "max": 6})  # 0-2, 4-6: 3 has no band
    assert band_edges(gap) == [(0.0, 2.0, True), (4.0, 6.0, True)]
