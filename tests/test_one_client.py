"""A student's own casebook: one client, reliable change from published norms
(issue 10, item 1), and scores that remember their instruments (item 2).

tests/data/one_client_ucla: one client (L01) with UCLA-LS3 63 -> 42 and DJG-11
9 -> 2 lonely answers. With one client there is no sample SD: UCLA-LS3 uses its
default reference sample (older adults in Japan, M 42.2, SD 9.9, alpha .92;
J-STAGE jachn 15(1) 15_KJ00009436845, abstract). By hand:
S_diff = 9.9 sqrt(2 (1 - .92)) = 3.96; RCI = (42 - 63) / 3.96 = -5.303 < -1.96.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

import casekit as ck
from casekit.errors import InstrumentError

DATA = Path(__file__).parent / "data"


def test_one_client_ucla_ls3_is_reliably_improved():
    cb = ck.load_casebook(DATA / "one_client_ucla")
    out = ck.change(ck.score(cb), pre="pre", post="post")
    row = out[(out["instrument"] == "ucla_ls3") & (out["scale"] == "total")].iloc[0]
    assert (row["pre"], row["post"]) == (63.0, 42.0)
    assert row["reliable_change"] == "improved"
    assert row["rci"] == pytest.approx(-21 / (9.9 * math.sqrt(2 * 0.08)))  # -5.303
    assert row["sd_source"] == "reference" and row["norms_sample"] == "older_adults_japan"
    assert row["reliability"] == 0.92
    # cutoff a needs the clinical population, which a general reference sample is not
    assert pd.isna(row["clinical_status"]) and "clinical population" in row["not_computable"]


def test_one_client_djg_11_says_the_real_cause_and_the_fix():
    # DJG-11 has a sourced reliability (.899) but no published mean/SD casekit could read:
    # one client cannot get an RCI, and the message says why and what to add
    cb = ck.load_casebook(DATA / "one_client_ucla")
    out = ck.change(ck.score(cb))
    row = out[(out["instrument"] == "djg_11") & (out["scale"] == "total")].iloc[0]
    assert (row["pre"], row["post"]) == (9.0, 2.0) and pd.isna(row["rci"])
    assert row["not_computable"].startswith("no SD for djg_11: 1 complete pre/post pair(s)")
    assert "add [[norms.reference]]" in row["not_computable"]
    # with a published sample passed in (here a made-up one, for the arithmetic only),
    # the same client is computed: SD 2, r .899 -> S_diff = 2 sqrt(.202) = .8989
    made_up = {"id": "t", "population": "t", "population_id": "t", "n": 100, "mean": 3.0,
               "sd": 2.0, "reliability": None, "source": "test", "default": True}  # fmt: skip
    inst = cb.instrument("djg_11")  # a local copy (built-in ids cannot be redefined)
    copy = type(inst)(**{**inst.__dict__, "id": "djg_copy", "norms": {"reference": (made_up,)}})
    scores = ck.score(cb)
    scores["instrument"] = scores["instrument"].replace({"djg_11": "djg_copy"})
    got = ck.change(scores, instruments={"djg_copy": copy})
    row = got[(got["instrument"] == "djg_copy") & (got["scale"] == "total")].iloc[0]
    assert row["rci"] == pytest.approx(-7 / (2 * math.sqrt(2 * 0.101)))
    assert row["reliable_change"] == "improved"


def test_scores_remember_local_instruments_through_filtering():
    cb = ck.load_casebook(DATA / "scoring_basic")
    scores = ck.score(cb)
    assert "local_scale" in scores.attrs["casekit"].instruments
    for frame in (
        scores,
        scores[scores["client_id"] == "K01"],
        scores.query("client_id == 'K01'"),
        scores.loc[scores["scale"] == "total"],
        scores.copy(),
        pd.concat([scores, scores.iloc[:0]]),
    ):
        out = ck.change(frame)
        assert "local_scale" in set(out["instrument"])
        assert len(ck.cohort_summary(frame, min_n=1, by="cohort"))  # clients remembered too


def test_concat_of_two_casebooks_keeps_or_names_what_to_pass():
    a = ck.score(ck.load_casebook(DATA / "scoring_basic"))
    b = ck.score(ck.load_casebook(DATA / "one_client_ucla"))
    both = pd.concat([a, b], ignore_index=True)  # different local instruments: attrs dropped
    assert "casekit" not in both.attrs
    with pytest.raises(InstrumentError) as err:
        ck.change(both)
    (problem,) = err.value.problems
    assert "does not carry its casebook's own instruments" in problem.message
    assert "instruments={**cb1.instruments, **cb2.instruments}" in problem.fix
    cb1 = ck.load_casebook(DATA / "scoring_basic")
    out = ck.change(both, instruments={**cb1.instruments})
    assert "local_scale" in set(out["instrument"])
