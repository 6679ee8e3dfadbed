"""Every journey of a student, run the way the student runs it, on students' casebooks.

The casebooks (tests/data, made-up people only):

``student_one_client``
    One client (K01, Ibu A, widowed), Indonesian values, ``;`` + BOM, day-first dates;
    the process lacks its planning and evaluation sessions (check-process says so).
``student_messy``
    One client (LU-07, Kakek R) typed in Excel with Indonesian settings: ``;``, BOM,
    CRLF, decimal commas, day-first dates without zero padding (``2/9/2024``), dotted
    times, header cells with stray capitals and spaces, trailing empty columns and
    blank rows, a deceased wife, life events by age, UCLA-LS3 ``Sebelum``/``Sesudah``.
``student_workbook``
    The same casebook as one ``.xlsx`` (one sheet per table, real date cells), in a
    file name with spaces (tools/make_student_workbook.py).
``student_no_consent``
    K01 without a consent date: every output is refused.

Journeys, each as typed at a prompt (the ``casekit`` command of the venv, in a
scratch working folder, Indonesian by default): ``casekit validate DIR``,
``casekit report DIR`` (default output folder; for student_messy two runs at once
into two folders), ``--pdf`` (skipped with its reason while the flag is missing),
``casekit chapter DIR --client ID`` (the .docx read back), ``casekit check-process
DIR``, lecture notebook 04 through ``jupyter nbconvert --execute`` (TCP kernel,
its parameters pointing at the casebook), ``casekit slides`` of it, ``casekit export
--deidentify`` and two questionnaire saves into one ``responses.csv`` from two
processes. Content is checked, not only exit codes: the client's Indonesian values,
the reliable-change verdict with its source, no raw column name or English key, no
``nan``, no identifier. The casebooks are copied first; the copies must come back
unchanged (only exports.log may be added).

UCLA-LS3 of LU-07 by hand (Russell 1996: items 1, 5, 6, 9, 10, 15, 16, 19, 20
reversed as 5 - x): before 72, after 40. With one client the SD is the default
published sample's (SD 9.9, alpha .92): S_diff = 9.9 sqrt(2 (1 - .92)) = 3.96,
RCI = (40 - 72) / 3.96 = -8.08, reliably improved (Jacobson & Truax 1991).
"""

from __future__ import annotations

import csv
import filecmp
import html
import io
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest

from tests.test_notebooks import parametrize

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
BIN = Path(sys.executable).parent
CASEKIT = BIN / "casekit"
WORKBOOK = "Buku Kasus LU-07.xlsx"
TIMEOUT = 900  # the machine may be loaded; a hang still fails

#: casebook -> (client id, pseudonym, Indonesian values its report must show)
BOOKS = {
    "student_one_client": (
        "K01",
        "Ibu A",
        ["lanjut usia terlantar", "Depok", "Panti Werdha X", "Suami (alm.)",
         "Hipertensi", "Konseling individu", "tinggal sendiri", "3 Sep 2024"],
    ),
    "student_messy": (
        "LU-07",
        "Kakek R",
        ["Lanjut usia kesepian", "Kota Bandung", "Griya Lansia Sejahtera", "Istri (almh.)",
         "Asam urat", "Konseling dukacita", "Karang Werdha RW 07", "tinggal sendiri",
         "2 Sep 2024", "30 Sep 2024"],
    ),
}  # fmt: skip
BOOKS["student_workbook"] = BOOKS["student_messy"]
#: the verdict and where its SD came from (one client: the published sample)
VERDICT = ["membaik secara reliabel", "Jacobson dan Truax 1991", "J-STAGE"]
#: raw English values the loader normalises; a page must show their labels instead
RAW_VALUES = ["goals_met", "to_client", "from_client", "lower_back", "right_knee",
              "left_knee", "upper_back", "with_family", "indicator_met", "not_computable"]  # fmt: skip


# --------------------------------------------------------------------------- helpers
def run(args, cwd, timeout=TIMEOUT, lang=None, **kw):
    """Run ``casekit ARGS`` as typed at a prompt (Indonesian unless ``lang``)."""
    return subprocess.run(
        [str(CASEKIT), *map(str, args)], cwd=cwd, env=env(lang), capture_output=True,
        text=True, timeout=timeout, **kw,
    )  # fmt: skip


def start(args, cwd, lang=None):
    return subprocess.Popen(
        [str(CASEKIT), *map(str, args)], cwd=cwd, env=env(lang),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def env(lang=None):
    out = {**os.environ, "PYTHONPATH": str(ROOT)}
    out.pop("CASEKIT_LANG", None)  # a student's shell has none: Indonesian
    if lang:
        out["CASEKIT_LANG"] = lang
    return out


def finish(proc) -> subprocess.CompletedProcess:
    out, err = proc.communicate(timeout=TIMEOUT)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def said(res) -> str:
    return (
        f"exit {res.returncode}\n--- stdout\n{res.stdout[-3000:]}\n--- stderr\n{res.stderr[-3000:]}"
    )


def visible_text(page: str) -> str:
    """What a reader sees of an HTML page: no scripts, styles or tags, and no soft
    hyphens (invisible unless a word breaks at the end of a line)."""
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    text = html.unescape(re.sub(r"(?s)<[^>]+>", " ", page)).replace("\u00ad", "")
    return re.sub(r"\s+", " ", text)


def identifiers(book: Path) -> list[str]:
    """Every identifier value and its obvious variants (name parts, bare digits)."""
    text = (book / "identifiers.csv").read_text(encoding="utf-8-sig")
    out = []
    for row in csv.DictReader(io.StringIO(text), delimiter=";"):
        for column, value in row.items():
            if column == "client_id" or not value:
                continue
            out.append(value)
            out += [part for part in re.split(r"[\s,.]+", value) if len(part) >= 5]
            if column == "phone":
                out.append(re.sub(r"\D", "", value))
    return out


def assert_reads_well(text: str, book: Path, where: str, values=(), verdict=True):
    """The content checks every page, chapter and slide deck must pass."""
    pseudonym, expected = BOOKS[book.name][1], list(values)
    for value in [pseudonym, *expected, *(VERDICT if verdict else [])]:
        assert value in text, f"{where}: {value!r} is not shown"
    for secret in identifiers(book):
        assert secret.lower() not in text.lower(), f"{where}: an identifier is shown"
    for raw in ["client_id", "activity_id", "consent_date", "ucla_ls3", "lonely", *RAW_VALUES]:
        assert raw not in text, f"{where}: the raw name {raw!r} is shown"
    for junk in re.finditer(r"\b(?:nan|NaN|NaT|None)\b|<NA>", text):
        context = text[max(0, junk.start() - 60) : junk.end() + 20]
        raise AssertionError(f"{where}: {junk[0]!r} is shown: ...{context}")


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """A scratch working folder holding copies of the student casebooks."""
    root = tmp_path_factory.mktemp("student")
    for name in ["student_one_client", "student_messy", "student_no_consent"]:
        shutil.copytree(DATA / name, root / "casebooks" / name)
    shutil.copy(DATA / "student_workbook" / WORKBOOK, root / "casebooks" / WORKBOOK)
    yield root
    for name in ["student_one_client", "student_messy", "student_no_consent"]:
        cmp = filecmp.dircmp(DATA / name, root / "casebooks" / name)
        assert not (cmp.diff_files or cmp.left_only or cmp.right_only), (name, cmp.diff_files)
    assert filecmp.cmp(DATA / "student_workbook" / WORKBOOK, root / "casebooks" / WORKBOOK, False)


def book_path(work: Path, name: str) -> Path:
    if name == "student_workbook":
        return work / "casebooks" / WORKBOOK
    return work / "casebooks" / name


@pytest.fixture(scope="module")
def reports(work):
    """``casekit report`` of each casebook, all at once; student_messy twice at once
    (the default folder and ``--out``), as two students of one group would."""
    pdf = ["--pdf"] if HAS_PDF(work) else []  # the student's PDF beside the page
    runs = {
        "student_one_client": ["report", book_path(work, "student_one_client"), *pdf],
        "student_messy": ["report", book_path(work, "student_messy")],
        "student_messy_again": ["report", book_path(work, "student_messy"), "--out", "kelompok2"],
        "student_workbook": ["report", book_path(work, "student_workbook")],
        "student_no_consent": ["report", book_path(work, "student_no_consent")],
    }
    procs = {key: start(args, work) for key, args in runs.items()}
    return {key: finish(proc) for key, proc in procs.items()}


def HAS_PDF(work) -> bool:  # noqa: N802 - reads as a flag
    return "--pdf" in run(["report", "--help"], work).stdout


@pytest.fixture(scope="module")
def chapters(work, reports):
    """``casekit chapter DIR --client ID`` of each casebook, all at once (after the reports,
    which write into the same default folders)."""
    names = ["student_one_client", "student_messy", "student_workbook", "student_no_consent"]
    client = {"student_no_consent": "K01"}
    procs = {
        n: start(["chapter", book_path(work, n), "--client", client.get(n) or BOOKS[n][0]], work)
        for n in names
    }
    return {n: finish(proc) for n, proc in procs.items()}


# --------------------------------------------------------------------------- journeys
@pytest.mark.parametrize("name", ["student_one_client", "student_messy", "student_workbook"])
def test_validate_as_typed_is_clean_and_ready(work, name):
    res = run(["validate", book_path(work, name)], work)
    assert res.returncode == 0, said(res)
    assert "bersih (1 klien; 0 peringatan)" in res.stdout, said(res)
    assert f"{BOOKS[name][0]}: siap untuk laporan" in res.stdout, said(res)


def test_validate_without_consent_says_which_cell_and_the_fix(work):
    res = run(["validate", book_path(work, "student_no_consent")], work)
    assert res.returncode == 1, said(res)
    assert "clients.csv, baris 2, kolom 'consent_date'" in res.stdout, said(res)
    assert "--allow-missing-consent" in res.stdout and "K01" in res.stdout


@pytest.mark.parametrize("name", ["student_one_client", "student_messy", "student_workbook"])
def test_report_in_the_default_folder_reads_well(work, reports, name):
    res = reports[name]
    assert res.returncode == 0, said(res)
    client = BOOKS[name][0]
    folder = work / "reports" / Path(book_path(work, name)).stem
    assert str(folder) in res.stdout, said(res)
    page = (folder / f"{client}.html").read_text(encoding="utf-8")
    text = visible_text(page)
    assert_reads_well(text, work / "casebooks" / BOOKS_DIR[name], f"{name}/{client}.html", BOOKS[name][2])  # fmt: skip
    index = visible_text((folder / "index.html").read_text(encoding="utf-8"))
    assert BOOKS[name][1] in index
    if name != "student_one_client":  # by hand, see the module docstring
        assert "dari 72 (sebelum) menjadi 40 (sesudah)" in text and "-8,08" in text


BOOKS_DIR = {"student_one_client": "student_one_client", "student_messy": "student_messy",
             "student_workbook": "student_messy"}  # fmt: skip


def test_two_reports_of_one_casebook_at_once_both_whole(work, reports):
    first, second = reports["student_messy"], reports["student_messy_again"]
    assert first.returncode == 0 and second.returncode == 0, said(first) + said(second)
    a = (work / "reports" / "student_messy" / "LU-07.html").read_text(encoding="utf-8")
    b = (work / "kelompok2" / "LU-07.html").read_text(encoding="utf-8")
    assert visible_text(a) == visible_text(b)
    assert not list((work / "kelompok2").glob("*.tmp*"))


def test_report_without_consent_writes_nothing_and_says_why(work, reports):
    res = reports["student_no_consent"]
    assert res.returncode == 1, said(res)
    assert "persetujuan" in res.stdout + res.stderr, said(res)
    assert not list(work.glob("reports/student_no_consent/K01.*"))


def test_report_pdf(work, reports):
    if not HAS_PDF(work):
        pytest.skip("casekit report has no --pdf yet (being built by the `student` helper)")
    book = book_path(work, "student_one_client")
    res = reports["student_one_client"]
    assert res.returncode == 0, said(res)
    pdf = work / "reports" / "student_one_client" / "K01.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    assert_reads_well(re.sub(r"\s+", " ", text), book, "K01.pdf", ["Depok", "Panti Werdha X"])


@pytest.mark.parametrize("name", ["student_one_client", "student_messy", "student_workbook"])
def test_chapter_docx_reads_back_in_indonesian(work, chapters, name):
    import docx

    client = BOOKS[name][0]
    res = chapters[name]
    assert res.returncode == 0, said(res)
    path = work / "reports" / Path(book_path(work, name)).stem / f"{client}.docx"
    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    text = re.sub(r"\s+", " ", " ".join(parts))
    # the checklist above the chapter names columns to fill in (the student deletes it)
    text = text[text.index("BAB IV") :]
    assert "sebelum" in text and "Skala Kesepian UCLA versi 3 (20 butir)" in text
    assert_reads_well(text, work / "casebooks" / BOOKS_DIR[name], f"{client}.docx", BOOKS[name][2][:6])  # fmt: skip


def test_chapter_without_consent_is_refused(work, chapters):
    res = chapters["student_no_consent"]
    assert res.returncode != 0, said(res)
    assert "informed consent" in res.stderr and "--allow-missing-consent" in res.stderr, said(res)
    assert not list(work.glob("reports/student_no_consent/K01.docx"))


def test_check_process_names_the_missing_stages_in_indonesian(work):
    res = run(["check-process", book_path(work, "student_one_client")], work)
    assert res.returncode == 1, said(res)
    assert "4.3 (rencana intervensi)" in res.stdout and "4.5 (evaluasi)" in res.stdout
    assert "2 temuan" in res.stdout
    res = run(["check-process", book_path(work, "student_messy")], work)
    assert res.returncode == 0 and "0 temuan" in res.stdout, said(res)


@pytest.fixture(scope="module")
def lecture(work):
    """Notebook 04 on student_messy through ``jupyter nbconvert --execute`` (TCP kernel)."""
    nb = nbformat.read(ROOT / "notebooks" / "04_loneliness_pre_post.ipynb", as_version=4)
    parametrize(nb, casebook=str(book_path(work, "student_messy")), client_id="LU-07", lang="id")
    folder = work / "kuliah"
    folder.mkdir()
    nbformat.write(nb, folder / "04_kakek_r.ipynb")
    res = subprocess.run(
        [str(BIN / "jupyter"), "nbconvert", "--to", "html", "--execute",
         "--ExecutePreprocessor.timeout=600", "04_kakek_r.ipynb"],
        cwd=folder, env=env(), capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    return folder, res


def test_lecture_notebook_runs_on_the_student_casebook(work, lecture):
    folder, res = lecture
    assert res.returncode == 0, said(res)
    page = (folder / "04_kakek_r.html").read_text(encoding="utf-8")
    text = visible_text(page)
    assert "Traceback" not in text and "Warning" not in text
    # the client's tables and verdict live in the saved widget state (picker.follow)
    assert "application/vnd.jupyter.widget-state+json" in page
    assert "Kakek R" in page and "membaik secara reliabel" in page
    assert "LU-07 ucla_ls3 total 72.0 40.0 -8.080808 improved" in text
    for secret in identifiers(work / "casebooks" / "student_messy"):
        assert secret.lower() not in page.lower()


def test_slides_of_the_lecture_notebook_on_the_student_casebook(work):
    out = work / "slides"
    res = run(
        ["slides", ROOT / "notebooks" / "04_loneliness_pre_post.ipynb", "--casebook",
         book_path(work, "student_messy"), "--client", "LU-07", "--out", out], work,
    )  # fmt: skip
    assert res.returncode == 0, said(res)
    (deck,) = out.glob("*.html")
    page = deck.read_text(encoding="utf-8")
    assert "reveal" in page.lower() and "Skor sebelum dan sesudah: Kakek R" in page  # figure
    text = visible_text(page)
    assert "Skala Kesepian UCLA versi 3 (20 butir) sebelum 5 Sep 2024 total 72" in text
    assert "Traceback" not in text
    for secret in identifiers(work / "casebooks" / "student_messy"):
        assert secret.lower() not in page.lower()


@pytest.mark.parametrize("name", ["student_one_client", "student_messy"])
def test_export_deidentify_leaks_nothing_and_loads(work, name):
    book, out = book_path(work, name), work / f"ekspor_{name}"
    key = work / f"{name}.key"
    res = run(["export", book, "--deidentify", "--out", out, "--key-file", key], work)
    assert res.returncode == 0, said(res)
    assert not (out / "identifiers.csv").exists()
    written = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file()).decode("utf-8-sig")
    for secret in identifiers(book):
        assert secret.lower() not in written.lower(), f"{name}: an identifier was exported"
    client = BOOKS[name][0]
    assert not re.search(rf"(?m)^\ufeff?{re.escape(client)}[;,]", written), "raw client id exported"
    res = run(["validate", out], work)
    assert res.returncode == 0, said(res)
    assert (book.parent / "exports.log").is_file()  # the audit line, beside the casebook


SAVER = textwrap.dedent(
    """
    import sys
    from casekit import instruments
    from casekit.widgets.logic import save_administration
    folder, timepoint, answers = sys.argv[1], sys.argv[2], sys.argv[3]
    inst = instruments.get("djg_11")
    save_administration(folder, inst, "LU-07", timepoint, [int(a) for a in answers],
                        "2024-09-05", known_clients=["LU-07"])
    """
)


def test_two_questionnaire_saves_at_once_keep_the_students_file(tmp_path):
    """Two processes save into student_messy's responses.csv (BOM, ';', CRLF, capitals)."""
    book = tmp_path / "student_messy"
    shutil.copytree(DATA / "student_messy", book)
    saves = [("Sebelum", "13232311332"), ("Sesudah", "32131233113")]
    procs = [
        subprocess.Popen([sys.executable, "-c", SAVER, str(book), tp, answers], env=env(),
                         stderr=subprocess.PIPE, text=True)
        for tp, answers in saves
    ]  # fmt: skip
    for proc in procs:
        _, err = proc.communicate(timeout=TIMEOUT)
        assert proc.returncode == 0, err
    raw = (book / "responses.csv").read_bytes()
    assert (
        raw.startswith(b"\xef\xbb\xbf")
        and b"\r\n" in raw
        and b"\n" not in raw.replace(b"\r\n", b"")
    )
    text = raw.decode("utf-8-sig")
    assert text.startswith("client_id;Instrument;Timepoint;Date;Q1;")
    assert "LU-07;ucla_ls3;Sebelum;5/9/2024;1;4;3;4" in text  # the typed rows, as typed
    res = run(["validate", book], tmp_path)
    assert res.returncode == 0, said(res)
    import casekit as ck

    scores = ck.score(ck.load_casebook(book))
    djg = scores[(scores["instrument"] == "djg_11") & (scores["scale"] == "total")]
    # DJG-11 by hand (de Jong Gierveld & van Tilburg 1999 manual): positive items 1, 4,
    # 7, 8, 11 count when answered 1 (no) or 2 (more or less), the others when 2 or 3
    assert dict(zip(djg["timepoint"], djg["score"], strict=True)) == {"pre": 10.0, "post": 2.0}


def test_lecture_figure_shows_the_instrument_the_report_uses():
    """The lecture's figure once showed ucla_3 (first by id) where the report used ucla_ls3."""
    import casekit as ck
    import casekit.figures  # noqa: F401

    cb = ck.load_casebook(DATA / "student_messy")
    title = ck.figures.prepost(cb, "LU-07", lang="id").layout.title.text
    assert "Skala Kesepian UCLA versi 3 (20 butir)" in title, title


def test_change_as_typed_explains_in_indonesian(tmp_path):
    res = run(["change", DATA / "student_messy"], tmp_path)
    assert res.returncode == 0, said(res)
    assert "Tidak dapat dihitung karena" in res.stdout and "membaik" in res.stdout
    for english in ("cannot place", "no SD for", "it needs", "add [[norms"):
        assert english not in res.stdout, f"English in the Indonesian table: {english!r}"
