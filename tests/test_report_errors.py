"""A report that fails inside its kernel says why in the reader's language.

The batch runs the real client template in real kernels (papermill), with one cell
planted at the end: client B2 raises a casekit error carrying its message in both
languages, client B3 an unexpected Python error. The printed summary (``--lang id``)
gives B2's message in Indonesian and, for B3, one Indonesian sentence (the report could
not be made, run ``casekit validate``, report the bug with the log file) while the Python
detail goes to the log file, not the screen.
"""

from __future__ import annotations

import nbformat
from reports_helpers import DATA

from casekit.cli import main
from casekit.i18n import t
from casekit.reports import TEMPLATES
from casekit.reports import runner as reports

PLANT = """\
if client_id == "B2":
    from casekit.errors import ParameterError
    from casekit.i18n import msg
    raise ParameterError(msg("r_empty_timepoints"))
if client_id == "B3":
    raise RuntimeError("planted failure for B3")
"""


def test_failures_inside_the_kernel_are_told_in_indonesian(tmp_path, capsys, monkeypatch):
    nb = nbformat.read(TEMPLATES / "client_report.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PLANT))
    (tmp_path / "tpl").mkdir()
    nbformat.write(nb, tmp_path / "tpl" / "client_report.ipynb")
    monkeypatch.setattr(reports, "TEMPLATES", tmp_path / "tpl")
    out = tmp_path / "out"
    code = main(
        ["report", str(DATA / "reports_broken"), "--out", str(out), "--jobs", "2", "--lang", "id"]
    )
    printed = capsys.readouterr().out
    assert code == 1
    assert sorted(p.name for p in out.glob("*.html")) == ["B1.html", "index.html"]
    # B2: the casekit error's own message, in Indonesian
    assert f"GAGAL B2: {t('r_empty_timepoints', 'id')}" in printed
    # B3: one Indonesian sentence with what to do; the Python detail only in the log
    [log] = out.glob(".casekit-work/run-*/B3-error.log")
    assert (
        "GAGAL B3: laporan klien B3 tidak dapat dibuat karena kesalahan tak terduga di dalam "
        "casekit. Perbaikan: jalankan `casekit validate`" in printed
    )
    assert str(log) in printed
    assert "RuntimeError: planted failure for B3" in log.read_text(encoding="utf-8")
    for english in ("RuntimeError", "planted failure", "Traceback", "ParameterError", "--pre and"):
        assert english not in printed, english
    assert "1 laporan ditulis, 2 gagal." in printed
    # the index page counts the failures in Indonesian and names neither
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "B2" not in index and "B3" not in index and "RuntimeError" not in index


def test_dask_refusals_in_indonesian(monkeypatch):
    import pytest
    from dask import distributed

    from casekit.errors import ParameterError
    from casekit.i18n import tr
    from casekit.reports.distributed import _client

    with pytest.raises(ParameterError, match="write local:N") as caught:
        _client("local:0").__enter__()
    assert tr(caught.value, "id") == (
        "--scheduler 'local:0': tulis local:N dengan N jumlah pekerja, mis. local:2."
    )

    def refuse(*args, **kwargs):
        raise OSError("Timed out trying to connect")

    monkeypatch.setattr(distributed, "Client", refuse)
    with pytest.raises(ParameterError, match="No Dask scheduler answered") as caught:
        _client("tcp://127.0.0.1:1").__enter__()
    said = tr(caught.value, "id")
    assert said.startswith("Tidak ada penjadwal Dask yang menjawab di 'tcp://127.0.0.1:1'")
    assert "Perbaikan: jalankan `dask scheduler`" in said


def test_pdf_and_template_refusals_in_indonesian(tmp_path):
    import pytest

    from casekit.errors import ReportError
    from casekit.i18n import tr
    from casekit.reports import render_reports
    from casekit.reports.pdf import print_pdf

    page = tmp_path / "K01.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    with pytest.raises(ReportError, match="Chromium could not print K01.html") as caught:
        print_pdf(page, chromium="/bin/false")  # a "browser" that fails at once
    assert tr(caught.value, "id").startswith("Chromium tidak dapat mencetak K01.html")
    assert "Perbaikan: buka laporan HTML-nya di peramban" in tr(caught.value, "id")
    with pytest.raises(ReportError, match="Report template not found") as caught:
        render_reports(DATA / "reports_broken", out=tmp_path, template=tmp_path / "nope.ipynb")
    assert tr(caught.value, "id").startswith("Templat laporan tidak ditemukan:")


def test_the_cohort_is_not_called_a_client():
    from casekit.i18n import msg, tr
    from casekit.reports.kernel_errors import whose

    said = msg("m_pl_worker_died", client=whose("cohort"))
    assert tr(said, "id").startswith("laporan kohort tidak dapat dibuat: proses pekerja berhenti")
    assert tr(said, "en").startswith("the report of the cohort could not be made")
    said = msg("m_pl_worker_died", client=whose("K01"))
    assert tr(said, "id").startswith("laporan klien K01 tidak dapat dibuat")
