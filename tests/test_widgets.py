"""Widgets, driven through their own API (``.value``, ``.click()``), no browser.

References for the numbers:
* UCLA-LS3 scoring (Russell, 1996): answers 1..4, items 1, 5, 6, 9, 10, 15, 16,
  19, 20 reversed (5 - answer), total = sum; totals are worked out by hand in
  each test.
* De Jong Gierveld 11-item scoring and bands (de Jong Gierveld & van Tilburg,
  1999 manual; van Tilburg & de Jong Gierveld, 1999): 11 = "very severely
  lonely".
* Reliable change (Jacobson & Truax, 1991): SE = SD sqrt(1 - r),
  S_diff = sqrt(2) SE, RCI = (post - pre) / S_diff, reliable when |RCI| > 1.96;
  computed by hand in the test and cross-checked with ``casekit.change``.
"""

from __future__ import annotations

import csv
import math
import os
import shutil
from pathlib import Path

import pytest

import casekit.widgets.logic as logic
from casekit import instruments
from casekit.casebook import load_casebook
from casekit.errors import CasebookError, ParameterError
from casekit.widgets import ClientPicker, QuestionnaireForm, ReliableChangeExplorer

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
UCLA_REVERSE = {1, 5, 6, 9, 10, 15, 16, 19, 20}


def _ucla_total(answers):
    """Hand scoring of the UCLA-LS3 (Russell, 1996)."""
    return sum((5 - a) if k in UCLA_REVERSE else a for k, a in enumerate(answers, start=1))


@pytest.fixture
def small_casebook(tmp_path):
    """Two clients, one existing UCLA 'pre' administration for K01."""
    folder = tmp_path / "cb"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_id,pseudonym\nK01,Ibu R\nK02,Pak T\n")
    answers = ",".join(["2"] * 20)
    header = ",".join(f"q{k}" for k in range(1, 21))
    (folder / "responses.csv").write_text(
        f"client_id,instrument,timepoint,date,{header}\nK01,ucla_ls3,pre,2024-08-27,{answers}\n"
    )
    return folder


def _rows(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


# --- questionnaire form: live scoring ---------------------------------------------
def test_form_total_follows_clicked_answers(small_casebook):
    form = QuestionnaireForm(small_casebook, client_id="K02", instrument="ucla_ls3", lang="en")
    assert len(form.items) == 20
    assert form.result.answered == 0 and form.result.total is None
    for b in form.items:
        b.value = 1
    assert form.result.total == _ucla_total([1] * 20) == 47  # 9 x 4 + 11 x 1
    assert "<span class='casekit-total'>47</span>" in form.summary.value
    form.items[0].value = 4  # reverse-keyed item 1: 4 -> scores 1
    assert form.result.total == 44
    form.items[1].value = 4  # plain item 2: scores 4
    assert form.result.total == 47
    assert "casekit-total'>47<" in form.summary.value


def test_form_prorates_blank_answers(small_casebook):
    form = QuestionnaireForm(small_casebook, client_id="K02", instrument="ucla_ls3")
    answers = [3] * 18 + [None, None]
    form.set_answers(answers)
    # mean of the 18 answered item scores x 20 (person-mean prorating)
    scored = [(5 - 3) if k in UCLA_REVERSE else 3 for k in range(1, 19)]
    expected = sum(scored) / 18 * 20
    assert form.result.total == pytest.approx(expected)
    assert form.result.prorated is True
    assert "diproporsikan" in form.summary.value  # Indonesian label


def test_form_djg_prompts_subscales_and_band_in_indonesian(small_casebook):
    form = QuestionnaireForm(small_casebook, client_id="K01", instrument="djg_11", lang="id")
    inst = instruments.get("djg_11")
    row_labels = [box.children[0].value for box in form.item_box.children]
    assert row_labels[0] == "1. " + inst.labels["id"][0]
    assert [opt for opt, _ in form.items[0].options] == ["1", "2", "3"]
    assert "kurang lebih" in form.legend.value
    # loneliest answers: "yes" (3) to negative items, "no" (1) to positive (reverse) items
    lonely = [1 if k in inst.reverse else 3 for k in range(1, 12)]
    form.set_answers(lonely)
    assert form.result.scores == {"total": 11.0, "emotional": 6.0, "social": 5.0}
    assert form.result.category == "amat sangat kesepian"
    assert "amat sangat kesepian" in form.summary.value
    form.items[1].value = 1  # emotional item 2 answered "no": one lonely answer fewer
    assert form.result.scores["emotional"] == 5.0
    assert form.result.category == "sangat kesepian"  # 10 -> 9..10 band


def test_changing_instrument_rebuilds_items(small_casebook):
    form = QuestionnaireForm(small_casebook, client_id="K01", instrument="ucla_ls3")
    form.instrument.value = "ucla_3"
    assert len(form.items) == 3
    assert [v for _, v in form.items[0].options] == [1, 2, 3]
    form.set_answers([3, 3, 2])
    assert form.result.total == 8  # plain sum, Hughes et al. (2004)


# --- questionnaire form: saving ---------------------------------------------------
def test_save_appends_row_that_loads_and_scores_back(small_casebook):
    import datetime as dt

    import casekit as ck

    form = QuestionnaireForm(small_casebook, client_id="K02", instrument="ucla_ls3", lang="en")
    answers = [1, 2, 3, 4] * 5
    form.set_answers(answers)
    form.timepoint.value = "post"
    form.date.value = dt.date(2024, 9, 23)
    saved = []
    form.on_save(lambda f: saved.append(f.last_saved_row))
    form.save_button.click()
    assert "Saved to responses.csv, row 3" in form.status.value
    assert saved == [3]
    rows = _rows(small_casebook / "responses.csv")
    assert rows[2][:4] == ["K02", "ucla_ls3", "post", "2024-09-23"]
    assert rows[2][4:] == [str(a) for a in answers]
    assert rows[1][0] == "K01"  # the existing row is untouched
    # the saved file loads, and the package scores it as the form did
    cb = load_casebook(small_casebook)
    sc = ck.score(cb)
    total = sc[(sc.client_id == "K02") & (sc.timepoint == "post") & (sc.scale == "total")]
    assert float(total["score"].iloc[0]) == _ucla_total(answers) == form.result.total
    assert list(form.casebook.responses["client_id"]) == ["K01", "K02"]  # form reloaded
    assert not list(small_casebook.glob(".responses-*"))  # no temp file left behind


def test_save_refuses_existing_administration_unless_overwrite(small_casebook):
    path = small_casebook / "responses.csv"
    before = path.read_bytes()
    form = QuestionnaireForm(small_casebook, client_id="K01", instrument="ucla_ls3", lang="en")
    form.set_answers([4] * 20)
    form.save_button.click()
    assert form.last_saved_row is None
    said = "already has a &#x27;pre&#x27; administration of UCLA Loneliness Scale, Version 3"
    assert said in form.status.value
    assert "overwrite" in form.status.value
    assert path.read_bytes() == before
    form.overwrite.value = True
    form.save_button.click()
    assert form.last_saved_row == 2
    rows = _rows(path)
    assert len(rows) == 2  # replaced in place, not appended
    assert rows[1][4:] == ["4"] * 20
    assert form.overwrite.value is False  # unticked after use


def test_save_with_bad_answers_reports_in_form_and_writes_nothing(small_casebook):
    path = small_casebook / "responses.csv"
    before = path.read_bytes()
    form = QuestionnaireForm(small_casebook, client_id="K02", instrument="ucla_ls3", lang="en")
    form.set_answers([2] * 17 + [None] * 3)  # 3 blanks; UCLA-LS3 allows 2
    form.timepoint.value = "pre post"  # not a valid label
    form.save_button.click()
    status = form.status.value
    assert "Not saved" in status
    assert "3 item(s) are not answered (items 18, 19, 20)" in status
    assert "timepoint must be a short label" in status
    assert form.last_saved_row is None
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("answers", "column", "message"),
    [
        ([2] * 19 + [7], "q20", "whole numbers from 1 to 4"),
        ([2] * 19 + [2.5], "q20", "whole numbers from 1 to 4"),
        ([2] * 19 + [True], "q20", "whole numbers from 1 to 4"),
        ([2] * 19, "q1", "has 20 items but 19 answers"),
    ],
)
def test_check_administration_flags_bad_answers(answers, column, message):
    inst = instruments.get("ucla_ls3")
    problems = logic.check_administration(inst, "K01", "pre", answers, known_clients=["K01"])
    assert [p.column for p in problems] == [column]
    assert message in problems[0].message


def test_save_administration_raises_with_every_problem(small_casebook):
    inst = instruments.get("ucla_ls3")
    with pytest.raises(CasebookError, match=r"(?s)not in clients.csv.*not a date"):
        logic.save_administration(
            small_casebook, inst, "K99", "pre", [1] * 20, "2024-02-30", known_clients=["K01"]
        )
    with pytest.raises(ParameterError, match=r"casebook folder of CSV files"):
        logic.save_administration(small_casebook / "clients.csv", inst, "K01", "pre", [1] * 20)
    with pytest.raises(CasebookError, match="totals only"):
        logic.save_administration(small_casebook, _total_only(), "K01", "pre", [])


def _total_only():
    cb = load_casebook(DEMO)
    return cb.instrument("seed_loneliness")


def test_save_keeps_semicolon_delimiter_bom_and_adds_missing_columns(tmp_path):
    folder = tmp_path / "cb"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_id\nK01\n")
    (folder / "responses.csv").write_bytes(
        "\ufeffclient_id;instrument;timepoint;q1;q2;q3\r\nK01;ucla_3;pre;1;2;3\r\n".encode()
    )
    inst = instruments.get("djg_6")
    row = logic.save_administration(folder, inst, "K01", "pre", [1, 2, 3, 1, 2, None])
    assert row == 3
    raw = (folder / "responses.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == "client_id;instrument;timepoint;q1;q2;q3;date;q4;q5;q6"
    assert text.splitlines()[1] == "K01;ucla_3;pre;1;2;3;;;;"
    assert text.splitlines()[2] == "K01;djg_6;pre;1;2;3;;1;2;"
    assert "\r\n" in text
    cb = load_casebook(folder)
    assert len(cb.responses) == 2


def test_failed_write_leaves_old_file_and_no_temp(small_casebook, monkeypatch):
    path = small_casebook / "responses.csv"
    before = path.read_bytes()

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(CasebookError, match="disk full") as caught:
        logic.save_administration(
            small_casebook, instruments.get("ucla_3"), "K02", "pre", [1, 1, 1], lang="en"
        )
    assert str(path) in str(caught.value)  # the message names the file
    assert "still on the screen" in str(caught.value)
    assert path.read_bytes() == before
    left = sorted(p.name for p in small_casebook.iterdir() if p.name != ".responses.csv.lock")
    assert left == ["clients.csv", "responses.csv"]


def test_form_rejects_unknown_client_and_total_only_instrument(small_casebook):
    with pytest.raises(ParameterError, match="no client 'K9'.*K01, K02"):
        QuestionnaireForm(small_casebook, client_id="K9")
    with pytest.raises(ParameterError, match="not a questionnaire with items"):
        QuestionnaireForm(DEMO, client_id="S", instrument="seed_loneliness")


# --- client picker ----------------------------------------------------------------
def test_client_picker_rerenders_registered_outputs(small_casebook):
    picker = ClientPicker(small_casebook, client_id="K01", lang="en")
    assert picker.dropdown.options == (("K01 (Ibu R)", "K01"), ("K02 (Pak T)", "K02"))
    seen = []

    def render(cid):
        seen.append(cid)
        return picker.casebook.for_client(cid).clients[["client_id", "pseudonym"]]

    out = picker.follow(render)
    out2 = picker.follow(lambda cid: f"<b>{cid}</b>")
    assert seen == ["K01"]
    picker.dropdown.value = "K02"
    assert seen == ["K01", "K02"]
    assert list(picker.results[0]["pseudonym"]) == ["Pak T"]
    assert "Pak T" in out.outputs[0]["data"]["text/html"]
    assert out2.outputs[0]["data"]["text/html"] == "<b>K02</b>"


def test_client_picker_shows_errors_in_place(small_casebook):
    picker = ClientPicker(small_casebook, lang="en")

    def render(cid):
        if cid == "K02":
            raise ParameterError("no family table for K02")
        return "ok"

    out = picker.follow(render)
    picker.value = "K02"
    assert isinstance(picker.results[0], ParameterError)
    assert "Cannot be shown" in out.outputs[0]["data"]["text/html"]
    assert "no family table for K02" in out.outputs[0]["data"]["text/html"]
    picker.value = "K01"
    assert picker.results[0] == "ok"
    with pytest.raises(ParameterError, match="no client 'X'"):
        ClientPicker(small_casebook, client_id="X")


# --- reliable change ----------------------------------------------------------------
def test_reliable_change_hand_calculation():
    # Jacobson & Truax (1991) formulas, by hand: SD 10, r .80
    rc = logic.reliable_change(60, 50, 10, 0.80)
    se = 10 * math.sqrt(0.2)
    assert rc.se == pytest.approx(4.472135955)
    assert rc.s_diff == pytest.approx(math.sqrt(2) * se) == pytest.approx(6.32455532)
    assert rc.rci == pytest.approx(-10 / 6.32455532)
    assert rc.threshold == pytest.approx(1.96 * 6.32455532)
    assert rc.verdict == "unchanged"
    assert logic.reliable_change(60, 50, 10, 0.95).verdict == "improved"  # RCI -3.16
    assert logic.reliable_change(50, 60, 10, 0.95).verdict == "deteriorated"
    assert logic.reliable_change(50, 60, 10, 0.95, higher_is_worse=False).verdict == "improved"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"reliability": 1.0}, "strictly between 0 and 1"),
        ({"sd": 0}, "sd must be positive"),
        ({"pre": float("nan")}, "pre must be a number"),
    ],
)
def test_reliable_change_rejects_bad_input(kwargs, message):
    args = {"pre": 60, "post": 50, "sd": 10, "reliability": 0.8, **kwargs}
    with pytest.raises(ParameterError, match=message):
        logic.reliable_change(**args)


def test_explorer_sliders_update_rci_and_verdict():
    ex = ReliableChangeExplorer(instrument="ucla_ls3", pre=60, post=50, sd=10, reliability=0.80)
    assert ex.reliability.value == 0.80
    assert ex.result.rci == pytest.approx(-1.58113883)
    assert ex.result.verdict == "unchanged"
    assert "tidak ada perubahan reliabel" in ex.readout.value
    ex.reliability.value = 0.95
    assert ex.result.rci == pytest.approx(-10 / (10 * math.sqrt(2 * 0.05)))
    assert ex.result.verdict == "improved"
    assert "membaik secara reliabel" in ex.readout.value
    ex.post.value = 70
    assert ex.result.verdict == "deteriorated"
    ex.sd.value = 25
    assert ex.result.threshold == pytest.approx(1.96 * 25 * math.sqrt(2 * 0.05))
    # the chart: grey band = +-threshold, marker at the change
    band = ex.figure.layout.shapes[0]
    assert (band.x0, band.x1) == pytest.approx((-ex.result.threshold, ex.result.threshold))
    assert ex.figure.data[0].x[-1] == pytest.approx(10)
    plotly_json = ex.plot.outputs[0]["data"]["application/vnd.plotly.v1+json"]
    assert plotly_json["data"][0]["x"][-1] == pytest.approx(10)
    ex.reset_button.click()
    assert (ex.pre.value, ex.post.value, ex.sd.value, ex.reliability.value) == (60, 50, 10, 0.8)
    assert ex.result.verdict == "unchanged"


def test_explorer_defaults_match_casekit_change_on_demo_cohort():
    import casekit as ck

    cb = load_casebook(DEMO)
    scores = ck.score(cb)
    ch = ck.change(scores, instruments=cb.instruments)
    row = ch[(ch.client_id == "SYN001") & (ch.instrument == "ucla_ls3") & (ch.scale == "total")]
    ex = ReliableChangeExplorer(cb, client_id="SYN001", instrument="ucla_ls3", scores=scores)
    assert ex.sd_source == "sample"
    assert ex.reliability.value == 0.89  # Russell (1996), lowest alpha
    assert ex.pre.value == float(row["pre"].iloc[0])
    assert ex.post.value == float(row["post"].iloc[0])
    # the slider rounds SD to 0.01: compare with change() at the same SD
    sd = float(row["sd_pre"].iloc[0])
    assert ex.sd.value == pytest.approx(sd, abs=0.005)
    exact = logic.reliable_change(ex.pre.value, ex.post.value, sd, 0.89)
    assert exact.rci == pytest.approx(float(row["rci"].iloc[0]), rel=1e-9)
    assert exact.threshold == pytest.approx(float(row["rc_threshold"].iloc[0]), rel=1e-9)
    assert exact.verdict == row["reliable_change"].iloc[0]


def test_explorer_for_seed_client_without_reliability():
    ex = ReliableChangeExplorer(DEMO, client_id="S", instrument="seed_loneliness", lang="en")
    assert (ex.pre.value, ex.post.value) == (92, 33)  # seed report, 4.5
    assert ex.sd_source == "none"  # the seed gives no SD, no range, no norms
    assert ex.sd.value == 10
    assert "set your own" in ex.note.value
    assert ex.pre.max >= 92
    assert "no built-in reliability" in ex.note.value
    assert ex.result.verdict == "improved"


def test_demo_copy_form_save_and_reload(tmp_path):
    """The form works on the full demo casebook (copied: the demo stays read-only)."""
    folder = tmp_path / "demo"
    shutil.copytree(DEMO, folder)
    form = QuestionnaireForm(folder, client_id="SYN001", lang="en")
    assert form.instrument.value == "ucla_ls3"  # the client's first questionnaire
    form.set_answers([2] * 20)
    form.timepoint.value = "follow_up"
    assert form.save() is not None
    cb = load_casebook(folder)
    mine = cb.responses[
        (cb.responses.client_id == "SYN001") & (cb.responses.timepoint == "follow_up")
    ]
    assert len(mine) == 1 and int(mine["q20"].iloc[0]) == 2


def test_default_sd_sources():
    ucla3 = instruments.get("ucla_3")
    assert logic.default_sd(ucla3, [5, 7, 9]) == (2.0, "sample")  # SD(n-1) of 5, 7, 9
    assert logic.default_sd(ucla3, [5]) == (1.0, "range/6")  # (9 - 3) / 6


def test_practice_copy_leaves_source_untouched(small_casebook):
    from casekit.widgets import practice_copy

    before = (small_casebook / "responses.csv").read_bytes()
    copy = practice_copy(small_casebook)
    assert copy != small_casebook
    form = QuestionnaireForm(copy, client_id="K02", instrument="ucla_3")
    form.set_answers([1, 2, 3])
    assert form.save() == 3
    assert (small_casebook / "responses.csv").read_bytes() == before
    assert len(_rows(copy / "responses.csv")) == 3
    with pytest.raises(ParameterError, match="not a casebook folder"):
        practice_copy(small_casebook / "clients.csv")
