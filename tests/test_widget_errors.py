"""The widgets' refusals in Bahasa Indonesia first, English second, never with an instrument id.

Every message is a :class:`casekit.i18n.Msg`: its English text is what ``str()`` (and the
``match=`` of older tests) sees, ``tr(..., "id")`` gives the Indonesian one. The instrument
is named as a reader knows it (``Skala Kesepian UCLA versi 3 (20 butir)``), not by its id.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import casekit.widgets.logic as logic
from casekit import instruments
from casekit.casebook import load_casebook
from casekit.errors import CasebookError, ParameterError
from casekit.i18n import tr
from casekit.widgets import ClientPicker, QuestionnaireForm

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
UCLA_ID = "Skala Kesepian UCLA versi 3 (20 butir)"


@pytest.fixture
def casebook(tmp_path):
    """Two clients, one existing UCLA 'pre' administration for K01."""
    folder = tmp_path / "cb"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_id,pseudonym\nK01,Ibu R\nK02,Pak T\n")
    header = ",".join(f"q{k}" for k in range(1, 21))
    answers = ",".join(["2"] * 20)
    (folder / "responses.csv").write_text(
        f"client_id,instrument,timepoint,date,{header}\nK01,ucla_ls3,pre,2024-08-27,{answers}\n"
    )
    return folder


def _indonesian(text: str) -> str:
    for english in ("must", "answer", "items", " the ", "Fix:", "ucla_ls3", "seed_loneliness"):
        assert english not in text, (english, text)
    return text


def test_check_administration_in_indonesian():
    inst = instruments.get("ucla_ls3")
    answers = [5] + [None] * 3 + [1] * 16  # one out of range, three blank (two allowed)
    problems = logic.check_administration(
        inst, "K 1", "pre!", answers, "2024-02-30", known_clients=["K01"]
    )
    texts = [_indonesian(p.text("id")) for p in problems]
    assert [p.column for p in problems] == ["client_id", "timepoint", "date", "q1", "q2"]
    assert "kode klien kosong atau memuat karakter" in texts[0]
    assert "tanggal ini bukan tanggal yang sah" in texts[2]
    assert f"jawaban {UCLA_ID} harus bilangan bulat dari 1 sampai 4" in texts[3]
    assert "Perbaikan: pilih salah satu tombol jawaban" in texts[3]
    assert f"3 butir belum dijawab (butir 2, 3, 4); {UCLA_ID} hanya dapat diskor" in texts[4]
    # the English text is the one str() gives, and names the instrument too
    assert "answers to UCLA Loneliness Scale, Version 3 (20 items) must be" in problems[3].text()


def test_totals_only_and_answer_count_in_indonesian():
    seed = load_casebook(DEMO).instrument("seed_loneliness")
    with pytest.raises(ParameterError, match="has totals only") as caught:
        logic.answer_options(seed)
    assert "hanya punya skor total" in _indonesian(tr(caught.value, "id"))
    with pytest.raises(ParameterError, match="20 items but 3 answers") as caught:
        logic.form_summary(instruments.get("ucla_ls3"), [1, 2, 3])
    assert tr(caught.value, "id") == f"{UCLA_ID} punya 20 butir, tetapi jawaban yang diberikan 3."


def test_save_refusals_in_indonesian(casebook):
    inst = instruments.get("ucla_ls3")
    with pytest.raises(ParameterError) as caught:
        logic.save_administration(casebook / "clients.csv", inst, "K01", "pre", [1] * 20)
    assert "bukan folder seperti itu" in _indonesian(tr(caught.value, "id"))
    with pytest.raises(CasebookError) as caught:
        logic.save_administration(casebook, inst, "K01", "pre", [1] * 20)
    text = caught.value.text("id")
    assert text.startswith("Jawaban tidak disimpan")
    assert f"klien K01 sudah punya pengisian {UCLA_ID} pada waktu pengukuran 'sebelum'" in text
    assert "centang 'timpa pengisian yang sudah ada' untuk menggantinya" in text
    # and the form shows it in the form's language
    form = QuestionnaireForm(casebook, client_id="K01", instrument="ucla_ls3", lang="id")
    form.set_answers([4] * 20)
    form.save_button.click()
    assert "Belum tersimpan" in form.status.value and "sudah punya pengisian" in form.status.value
    assert "already" not in form.status.value and "ucla_ls3" not in form.status.value


@pytest.mark.parametrize(
    ("kwargs", "indonesian"),
    [
        ({"reliability": 1.0}, "reliabilitas harus lebih dari 0 dan kurang dari 1 (diberikan 1,0)"),
        ({"sd": 0}, "SD harus positif (diberikan 0)."),
        ({"pre": "x"}, "skor sebelum (pre) harus berupa angka (diberikan 'x')."),
    ],
)
def test_reliable_change_refusals_in_indonesian(kwargs, indonesian):
    args = {"pre": 60, "post": 50, "sd": 10, "reliability": 0.8, **kwargs}
    with pytest.raises(ParameterError) as caught:
        logic.reliable_change(**args)
    assert indonesian in tr(caught.value, "id")


def test_widget_arguments_in_indonesian(casebook):
    with pytest.raises(ParameterError) as caught:
        QuestionnaireForm(casebook, client_id="K9")
    assert tr(caught.value, "id") == "Tidak ada klien 'K9' di buku kasus. Klien yang ada: K01, K02"
    with pytest.raises(ParameterError) as caught:
        ClientPicker(casebook).follow("not callable")
    assert tr(caught.value, "id") == "follow() perlu fungsi yang menerima kode klien."
    form = QuestionnaireForm(casebook, client_id="K01", instrument="ucla_ls3")
    with pytest.raises(ParameterError, match="20 items; got 2 answers") as caught:
        form.set_answers([1, 2])
    assert tr(caught.value, "id") == f"{UCLA_ID} punya 20 butir; jawaban yang diberikan 2."


def test_practice_copy_refusal_in_indonesian(casebook):
    from casekit.practice import practice_copy

    with pytest.raises(ParameterError, match="not a casebook folder") as caught:
        practice_copy(casebook / "clients.csv")
    assert tr(caught.value, "id").endswith(
        "bukan folder buku kasus. Perbaikan: berikan folder berisi berkas CSV-nya"
    )
