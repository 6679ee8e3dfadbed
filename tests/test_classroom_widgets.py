"""Notebook 04's widgets and chart start from the chosen client's own data (issue 15):
default instrument, where the explorer's values come from, no table of empty cells,
no cutoff drawn outside the score range."""

from __future__ import annotations

from pathlib import Path

import pytest

import casekit as ck
from casekit import figures
from casekit.widgets import ReliableChangeExplorer, clinical_rows, default_instrument

DEMO = Path(__file__).parent.parent / "data" / "demo"


@pytest.fixture(scope="module")
def demo():
    cb = ck.load_casebook(DEMO)
    return cb, ck.score(cb)


def test_default_instrument_has_a_reliability_and_a_pair(demo):
    cb, scores = demo
    # Ibu K has UCLA and DJG pairs, both with a reliability: the longer UCLA, as the report
    assert default_instrument(scores, "SYN001", cb.instruments) == "ucla_ls3"
    # S has only the seed report's totals (no reliability): that pair, nothing invented
    assert default_instrument(scores, "S", cb.instruments) == "seed_loneliness"
    assert figures.prepost(cb, "SYN001").layout.meta["instrument"] == "ucla_ls3"


def test_explorer_starts_from_the_clients_scores_and_says_so(demo):
    cb, scores = demo
    k = ReliableChangeExplorer(cb, "SYN001", lang="id", scores=scores)
    assert (k.pre.value, k.post.value) == (42, 32)  # UCLA totals in responses.csv
    assert k.reliability.value == pytest.approx(0.89)  # Russell (1996), in ucla_ls3.toml
    assert "SYN001" in k.note.value and "0,89" in k.note.value
    assert "<b class='casekit-verdict'>" in k.readout.value
    s = ReliableChangeExplorer(cb, "S", lang="id", scores=scores)
    assert (s.pre.value, s.post.value) == (92, 33)
    # no reliability and no SD for the seed's instrument: the verdict is an exercise
    assert s.placeholder
    assert (
        "hanya latihan" in s.readout.value and "<b class='casekit-verdict'>" not in s.readout.value
    )


def test_clinical_rows_never_shows_a_table_of_empty_cells(demo):
    cb, scores = demo
    ch = ck.change(scores, instruments=cb.instruments)
    rows = clinical_rows(ch, "id")
    assert len(rows) > 0 and rows["rci"].notna().all()
    only_s = clinical_rows(ch[ch.client_id == "S"], "en")
    assert "cannot be computed" in only_s._repr_html_()


def test_cutoff_outside_the_score_range_is_not_drawn(tmp_path):
    (tmp_path / "clients.csv").write_text(
        "client_id\n" + "\n".join(f"C{i}" for i in range(12)) + "\n"
    )
    pre = [0, 0, 1, 10, 11, 0, 0, 1, 0, 9, 0, 1]  # mean 2.75, SD 4.3: a = mean - 2 SD < 0
    rows = ["client_id,instrument,timepoint,scale,score"]
    for i, p in enumerate(pre):
        rows += [f"C{i},djg_11,pre,total,{p}", f"C{i},djg_11,post,total,{max(p - 1, 0)}"]
    (tmp_path / "scores.csv").write_text("\n".join(rows) + "\n")
    cb = ck.load_casebook(tmp_path)
    ch = ck.change(ck.score(cb), instruments=cb.instruments)
    row = ch[(ch.client_id == "C3") & (ch.scale == "total")].iloc[0]
    assert row["cutoff_kind"] == "a" and row["cutoff"] < 0 and not row["cutoff_in_range"]
    fig = figures.prepost(cb, "C3", lang="en")
    assert not [s for s in fig.layout.shapes if s.name == "cutoff"]
    text = " ".join(a.text or "" for a in fig.layout.annotations)
    assert "outside the score range" in text and "not drawn" in text
