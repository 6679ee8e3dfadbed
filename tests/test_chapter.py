"""The practicum chapter IV as a Word document (casekit/chapter.py, casekit/word.py).

The reference is the seed practicum report (Bahasa Indonesia, 2024): chapter IV
headings 4.1-4.6 in its order, its tables (*Tabel 2* family identity, *Tabel 3*
BPSS, *Tabel 4* cause and effect, *Tabel 5* programme plan, the evaluation
matrix) and figures (genogram, social life road, body map, ecomap), and the
loneliness totals of 4.5: 92 before, 33 after (DOMAIN.md; data/demo/scores.csv).
Each document is read back with python-docx, independently of how it was built.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm

import casekit as ck
from casekit.chapter import chapter
from casekit.cli import main
from casekit.errors import IdentifierLeak, ParameterError
from casekit.i18n import t
from casekit.word import Margins
from tests.browser import HAVE_CHROMIUM

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo"
IDENT = ROOT / "tests" / "data" / "reports_identifiers"

try:
    import kaleido  # noqa: F401

    HAVE_KALEIDO = True
except ImportError:  # pragma: no cover
    HAVE_KALEIDO = False
needs_figures = pytest.mark.skipif(
    not (HAVE_KALEIDO and HAVE_CHROMIUM),
    reason="the figures need kaleido and Debian's chromium (pip install kaleido; apt-get install chromium)",
)
SOFFICE = shutil.which("soffice")


@pytest.fixture(scope="module")
def s_id(tmp_path_factory):
    """S.docx in Bahasa Indonesia, with figures when kaleido and chromium are there."""
    out = tmp_path_factory.mktemp("chapter") / "S.docx"
    result = chapter(DEMO, "S", "id", out=out)
    return result, docx.Document(out)


@pytest.fixture(scope="module")
def s_en(tmp_path_factory):
    """S.docx in English, figures turned off (placeholders), numbering from 4 and 2."""
    out = tmp_path_factory.mktemp("chapter_en") / "S_en.docx"
    result = ck.chapter(DEMO, "S", "en", out=out, figures=False, first_table=4, first_figure=2)
    return result, docx.Document(out)


def _headers(doc):
    return [[c.text for c in tab.rows[0].cells] for tab in doc.tables]


def _captions(doc, word):
    return [p.text for p in doc.paragraphs if p.style.name == "Caption" and p.text.startswith(word)]


def test_six_headings_in_the_seed_order(s_id):
    _, doc = s_id
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert h2 == [
        "4.1 Tahap Engagement, Intake dan Kontrak",
        "4.2 Tahap Asesmen",
        "4.3 Tahap Rencana Intervensi",
        "4.4 Tahap Intervensi",
        "4.5 Tahap Evaluasi",
        "4.6 Tahap Terminasi dan Rujukan",
    ]
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 1"] == [
        "BAB IV PENANGANAN KASUS"
    ]


def test_real_tables_with_the_seed_columns_and_repeating_headers(s_id):
    _, doc = s_id
    headers = _headers(doc)
    # the seed's columns (Tabel 2, 3, 4, 5 and the evaluation matrix), plus the problems by source
    wanted = {
        "family": ["Susunan Keluarga", "Jenis kelamin", "Usia", "Hubungan dengan Klien",
                   "Pendidikan", "Pekerjaan", "Alamat Tinggal"],
        "bpss": ["Biologis", "Psikologis", "Sosial", "Spiritual"],
        "problems": ["Menurut", "Gejala masalah"],
        "cause_effect": ["Penyebab", "Dampak"],
        "plan": ["Kegiatan", "Waktu", "Lokasi", "Tujuan", "Metode dan Teknik",
                 "Indikator keberhasilan"],
        "evaluation": ["Kegiatan", "Evaluasi Proses", "Evaluasi Hasil"],
    }  # fmt: skip
    for name, columns in wanted.items():
        assert any(all(c in h for c in columns) for h in headers), (name, headers)
    real = [tab for tab in doc.tables if len(tab.rows) > 1]
    assert len(real) >= 6
    for tab in real:
        assert tab.style.name == "Table Grid"
        first = tab.rows[0]._tr.trPr
        assert first is not None and first.find(qn("w:tblHeader")) is not None
    family = next(tab for tab in doc.tables if "Susunan Keluarga" in tab.rows[0].cells[1].text)
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in family.rows[1:]}
    # seed Tabel 2: S laki-laki 66 tahun, SMA, Pensiunan; J laki-laki 36 tahun, Depok
    assert rows["S"][2:7] == ["laki-laki", "66 tahun", "klien", "SMA", "Pensiunan"]
    assert rows["J"][3] == "36 tahun" and rows["J"][7] == "Depok, Jawa Barat"
    assert rows["A"][4] == "pasangan (sudah meninggal)"


def test_captions_numbered_in_order(s_id):
    _, doc = s_id
    tables = _captions(doc, "Tabel ")
    figures = _captions(doc, "Gambar ")
    assert [int(re.match(r"Tabel (\d+)\. ", c).group(1)) for c in tables] == list(
        range(1, len(tables) + 1)
    )
    assert [int(re.match(r"Gambar (\d+)\. ", c).group(1)) for c in figures] == list(range(1, 8))
    assert "Tabel 2. Identitas Keluarga" in tables
    assert "Gambar 1. Genogram Klien S" in figures
    # Word renumbers them: each number is a SEQ field
    body = doc.element.body.xml
    assert body.count("SEQ Tabel") == len(tables) and body.count("SEQ Gambar") == 7


@needs_figures
def test_figures_are_pictures_with_a_paragraph_each(s_id):
    result, doc = s_id
    assert result.pictures == 7 and result.placeholders == 0 and result.notes == []
    pictures = doc.inline_shapes
    assert len(pictures) == 7
    width = 21.0 - 4.0 - 3.0
    for shape in pictures:
        assert shape.width <= Cm(width) + 10  # within the text column
    paragraphs = doc.paragraphs
    for i, p in enumerate(paragraphs):
        if p.style.name == "Caption" and p.text.startswith("Gambar "):
            assert paragraphs[i - 1]._p.xpath(".//pic:pic"), p.text  # the picture above
            assert len(paragraphs[i + 1].text) > 40, p.text  # plain words below


def test_prepost_paragraph_states_92_to_33(s_id):
    _, doc = s_id
    paragraphs = doc.paragraphs
    i = next(i for i, p in enumerate(paragraphs) if p.text.startswith("Gambar 7. "))
    text = paragraphs[i + 1].text
    # seed 4.5: 92 before, 33 after; the change is 92 - 33 = 59 points, lower is better
    assert re.search(r"\b92\b.*\b33\b.*\b59\b", text), text
    assert t("verdict_better", "id") in text
    # no reliability for the seed's unnamed instrument: said, with the source of the scores
    assert t("verdict_no_reliability", "id") in text
    assert "Sumber skor: Laporan praktikum institusi 2024" in text


def test_page_a4_margins_and_builtin_styles(s_id, tmp_path):
    _, doc = s_id
    sec = doc.sections[0]
    assert abs(sec.page_width - Cm(21.0)) < 400 and abs(sec.page_height - Cm(29.7)) < 400
    margins = [sec.left_margin, sec.top_margin, sec.right_margin, sec.bottom_margin]
    assert [round(m.cm, 2) for m in margins] == [4.0, 3.0, 3.0, 3.0]  # stored in twips
    assert {p.style.name for p in doc.paragraphs} >= {"Heading 1", "Heading 2", "Heading 3",
                                                      "Caption", "List Bullet"}  # fmt: skip
    # spell-checked as Indonesian; no "generated by python-docx", no 2013 template dates
    lang = doc.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "id-ID" and doc.core_properties.language == "id-ID"
    assert doc.core_properties.comments == "" and doc.core_properties.created.year >= 2025
    other = chapter(DEMO, "S", out=tmp_path / "m.docx", figures=False, margins=Margins(3, 2, 2, 2))
    sec = docx.Document(other.path).sections[0]
    assert [round(sec.left_margin.cm, 2), round(sec.top_margin.cm, 2)] == [3.0, 2.0]


def test_checklist_at_the_top(s_id):
    result, doc = s_id
    assert result.findings == []
    first = [p.text for p in doc.paragraphs[:6]]
    assert first[0] == t("ch_check_title", "id")
    assert t("ch_check_ok", "id") in first
    heading = next(i for i, p in enumerate(doc.paragraphs) if p.style.name == "Heading 1")
    assert all(p.style.name in ("Normal", "List Bullet") for p in doc.paragraphs[:heading])


def test_english_chapter_with_placeholders(s_en):
    result, doc = s_en
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert h2 == [t(f"ch_s4{i}", "en") for i in range(1, 7)]
    assert h2[0] == "4.1 Engagement, Intake and Contract"
    tables = _captions(doc, "Table ")
    assert tables[0].startswith("Table 4. ") and "Table 5. Family identity" in tables
    figures = _captions(doc, "Figure ")
    assert [c.split(".")[0] for c in figures] == [f"Figure {n}" for n in range(2, 9)]
    assert result.pictures == 0 and result.placeholders == 7 and len(doc.inline_shapes) == 0
    assert "turned off with --no-figures" in result.notes[0]
    boxes = [tab.rows[0].cells[0].text for tab in doc.tables if len(tab.rows) == 1]
    assert len(boxes) == 7 and boxes[0].startswith("[Figure goes here: Genogram of client S.")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "The social life road holds 11 events" in text
    assert "BAB" not in text and "Tabel" not in text and "Gambar" not in text
    assert re.search(r"\b92\b[^.]*\b33\b[^.]*\b59 points", text)  # seed 4.5: 92 -> 33


def test_consent_gate_and_identifier_guard(tmp_path):
    out = tmp_path / "K02.docx"
    with pytest.raises(ParameterError, match="no consent_date"):
        chapter(IDENT, "K02", out=out, figures=False)
    assert not out.exists()
    allowed = chapter(IDENT, "K02", "en", out=out, figures=False, allow_missing_consent=True)
    first = docx.Document(allowed.path).paragraphs[0].text
    assert first == t("report_no_consent", "en")
    # K01's chapter holds none of the six identifier values
    good = chapter(IDENT, "K01", out=tmp_path / "K01.docx", figures=False)
    d = docx.Document(good.path)
    text = "\n".join([p.text for p in d.paragraphs] + [c.text for tab in d.tables
                                                         for r in tab.rows for c in r.cells])  # fmt: skip
    values = []
    for line in (IDENT / "identifiers.csv").read_text(encoding="utf-8").splitlines()[1:]:
        values += line.split(",")[1:]
    assert len(values) == 6
    for value in values:
        assert value.lower() not in text.lower()
    # an identifier planted in a session note: refused, nothing written, no temporary file
    book = tmp_path / "leak"
    shutil.copytree(IDENT, book)
    with open(book / "sessions.csv", "a", encoding="utf-8") as handle:
        handle.write(
            "K01,3,intervention,2024-08-20,Kunjungan ke Jl. Kenanga Raya No. 17 RT 04/RW 09\n"
        )
    target = tmp_path / "leak_out" / "K01.docx"
    with pytest.raises(IdentifierLeak, match="K01.docx.*address") as err:
        chapter(book, "K01", out=target, figures=False)
    assert "Kenanga" not in str(err.value)
    assert not target.exists()
    assert not target.parent.exists() or not list(target.parent.iterdir())


def test_cli_chapter(tmp_path, capsys):
    out = tmp_path / "S.docx"
    code = main(["chapter", str(DEMO), "--client", "S", "--out", str(out), "--no-figures"])
    assert code == 0 and out.exists()
    assert "S.docx" in capsys.readouterr().out
    assert main(["chapter", str(IDENT), "--client", "K02", "--out", str(tmp_path / "x.docx")]) == 1
    assert "no consent_date" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()
    assert main(["chapter", str(DEMO), "--client", "ZZ", "--out", str(tmp_path / "z.docx")]) == 2


@needs_figures
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed "
                    "(apt-get install -y --no-install-recommends libreoffice-writer)")  # fmt: skip
def test_pdf_via_libreoffice(s_id, tmp_path):
    result, _ = s_id
    done = subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
         "pdf", "--outdir", str(tmp_path), str(result.path)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "S.pdf"
    assert pdf.exists(), done.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 8 <= pages <= 30 and "595.3" in info  # A4 = 595.3 x 841.9 pt
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True).stdout  # fmt: skip
    for heading in ("4.1 Tahap Engagement", "4.6 Tahap Terminasi", "Gambar 7.", "Tabel 9."):
        assert heading in text
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) - 2 >= 7


@pytest.mark.skipif(not HAVE_KALEIDO, reason="kaleido is not installed (pip install kaleido)")
def test_without_a_browser_the_chapter_says_so_and_keeps_placeholders(tmp_path, monkeypatch):
    # kaleido finds its browser through BROWSER_PATH first: point it at nothing
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium"))
    result = chapter(DEMO, "S", "en", out=tmp_path / "S.docx")
    assert result.path.exists() and result.pictures == 0 and result.placeholders == 7
    assert result.notes[0].startswith("Note: 7 figure(s) are placeholders (kaleido or Chromium")
    doc = docx.Document(result.path)
    top = [p.text for p in doc.paragraphs[:8]]
    assert any(p.startswith("The figures were not made (kaleido or Chromium") for p in top)
    assert len(doc.inline_shapes) == 0


@pytest.mark.parametrize(
    ("table", "row", "kind"),
    [
        ("family.csv", "K01,D2,Bu SITI MAEMUNAH RAHAYU,female,1990,other,close", "full_name"),
        ("ecomap.csv", "K01,Telepon 0812 5555 0199,friend,strong,both,", "phone"),
        ("plan.csv", "K01,A1,Kunjungan rumah,casework,,,,Jl Kenanga Raya no 17 RT 04 RW 09,,", "address"),
    ],
)  # fmt: skip
def test_identifier_variants_in_tables_and_figures_are_refused(tmp_path, table, row, kind):
    # variants (case, a title, separators) in a table, a figure label or a plan cell
    book = tmp_path / "leak"
    shutil.copytree(IDENT, book)
    path = book / table
    if not path.exists():
        header = {
            "ecomap.csv": "client_id,system,category,strength,flow,note",
            "plan.csv": "client_id,activity_id,activity,method,techniques,start_date,end_date,"
            "location,objectives,indicator",
        }[table]
        path.write_text(header + "\n", encoding="utf-8")
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(row + "\n")
    target = tmp_path / "out" / "K01.docx"
    with pytest.raises(IdentifierLeak, match=kind):
        chapter(book, "K01", out=target, figures=False)
    assert not target.exists()


def test_no_raw_label_key_on_any_page(s_id, s_en):
    # every word comes from casekit.i18n: a missing label would show as its key
    for _, doc in (s_id, s_en):
        text = "\n".join([p.text for p in doc.paragraphs] + [c.text for tab in doc.tables
                                                             for r in tab.rows for c in r.cells])  # fmt: skip
        assert not re.findall(r"\b(?:report|ch|ct|pc|col|verdict|fig|sc|m)_[a-z0-9_]+\b", text)
    _, doc = s_id
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Alasan terminasi: dirujuk." in text
    assert "Dirujuk kepada: Komunitas lansia RW 03 (kader lansia setempat)." in text


def test_out_folder_default_and_wrong_suffix(tmp_path, monkeypatch):
    folder = tmp_path / "bab4"
    folder.mkdir()
    assert chapter(DEMO, "S", out=folder, figures=False).path == folder / "S.docx"
    monkeypatch.chdir(tmp_path)
    assert chapter(DEMO, "S", figures=False).path == Path("reports") / "demo" / "S.docx"
    assert (tmp_path / "reports" / "demo" / "S.docx").exists()
    with pytest.raises(ParameterError, match="'S.pdf' is not a .docx file name"):
        chapter(DEMO, "S", out="S.pdf", figures=False)


def test_potentials_resources_and_findings_listed(s_id, tmp_path):
    _, doc = s_id
    text = [p.text for p in doc.paragraphs]
    # seed 4.2: 5. Potensi klien, 6. Sumber klien (BPSS strengths; strong and moderate ecomap ties)
    i, j = text.index("Potensi Klien"), text.index("Sumber Klien")
    assert i < j < text.index("Fokus Masalah")
    assert "Postur tubuh ideal: tinggi 155 cm, berat 55 kg (biologis)" in text[i:j]
    assert text[j + 1].startswith("Ketua kader lansia (kuat): ")
    # a casebook with gaps: the findings open the chapter, as the student reads them
    from casekit.process_check import check_process, format_problem

    gaps = ROOT / "tests" / "data" / "process_gaps"
    result = chapter(gaps, "G1", out=tmp_path / "G1.docx", figures=False)
    assert len(result.findings) == 9
    bullets = [p.text for p in docx.Document(result.path).paragraphs[1:10]]
    assert bullets == [
        format_problem(p, "id") for p in check_process(ck.load_casebook(gaps), "G1", "id")
    ]


def test_planted_identity_corpus(tmp_path):
    # tests/data/planted_identity: identifiers planted in every column in many spellings;
    # searched with tests.planted.leaks (plain regular expressions, not casekit's guard)
    from tests.planted import CORPUS, leaks

    out = tmp_path / "out"
    for client in ("PI01", "PI02"):
        with pytest.raises(IdentifierLeak) as err:
            chapter(CORPUS, client, out=out / f"{client}.docx", figures=False)
        message = str(err.value)
        assert f"{client}.docx" in message and "nothing was written" in message
        assert "clients.csv, row" in message  # the cells to fix
        assert leaks(message) == []
    with pytest.raises(ParameterError, match="consent_date"):
        chapter(CORPUS, "PI03", out=out / "PI03.docx", figures=False)
    assert not out.exists()
    clean = chapter(CORPUS, "PI04", "en", out=out / "PI04.docx", figures=False)
    assert sorted(p.name for p in out.iterdir()) == ["PI04.docx"]
    import zipfile

    with zipfile.ZipFile(clean.path) as z:  # every part: text, styles, properties
        for name in z.namelist():
            assert leaks(z.read(name).decode("utf-8", errors="replace")) == [], name
