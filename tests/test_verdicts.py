"""The report's change paragraph says where the SD came from, in plain words
(issue 10, item 1), or the real cause and the fix when no RCI exists."""

from __future__ import annotations

from pathlib import Path

import casekit as ck
from casekit.i18n import t
from casekit.reports.verdicts import change_verdict

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]


def _verdict(path, client, instrument, lang):
    cb = ck.load_casebook(path)
    changes = ck.change(ck.score(cb), "pre", "post", instruments=cb.instruments)
    return change_verdict(changes, cb, client, instrument, "pre", "post", lang)


def test_one_client_names_the_published_sample_in_both_languages():
    text = _verdict(DATA / "one_client_ucla", "L01", "ucla_ls3", "id")
    assert "63 (sebelum) menjadi 42 (sesudah)" in text
    assert t("verdict_rc_improved", "id") in text
    assert "sampel rujukan terbitan: Lansia (65 tahun ke atas)" in text
    assert "n = 540, rata-rata 42,2, SD 9,9" in text and "15_KJ00009436845" in text
    en = _verdict(DATA / "one_client_ucla", "L01", "ucla_ls3", "en")
    assert "published reference sample: Adults aged 65 and over" in en
    assert t("verdict_rc_improved", "en") in en


def test_one_client_without_reference_norms_says_cause_and_fix():
    text = _verdict(DATA / "one_client_ucla", "L01", "djg_11", "id")
    assert "hanya punya 1 pasangan skor sebelum-sesudah" in text
    assert "Perbaikan: tambahkan rata-rata, SD, reliabilitas dan sumber" in text
    assert t("verdict_no_reliability", "id") not in text  # the reliability is known
    en = _verdict(DATA / "one_client_ucla", "L01", "djg_11", "en")
    assert "only 1 client(s) with both scores" in en and "Fix: add the mean, SD" in en


def test_demo_cohort_sd_comes_from_its_own_clients():
    cb = ck.load_casebook(ROOT / "data" / "demo")
    changes = ck.change(ck.score(cb))
    client = changes.loc[changes["rci"].notna() & (changes["instrument"] == "djg_11"), "client_id"]
    text = change_verdict(changes, cb, client.iloc[0], "djg_11", "pre", "post", "id")
    total = changes[(changes["instrument"] == "djg_11") & (changes["scale"] == "total")]
    n = int((total["pre"].notna() & total["post"].notna()).sum())
    assert f"SD skor awal dihitung dari {n} klien" in text
    assert "reliabilitas 0,90" in text  # .899, DJG-11 (Giraldo-Rodriguez et al. 2023)
