"""Tests of casekit.reports (runner, htmlout, params, verdicts).

Real parts only: papermill runs the real templates in the real ``casekit``
kernel, nbconvert exports in-process. Each casebook is rendered once per
session (tests/reports_helpers.py); the browser checks are in
test_browser_reports.py.
"""

from __future__ import annotations

import html
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from reports_helpers import DATA, DEMO, DEMO_CLIENTS, REPO, demo_reports, demo_result, xss_report

from casekit.cli import main
from casekit.errors import ParameterError, ReportError
from casekit.reports import TEMPLATES, render_reports, summary_lines
from casekit.reports.htmlout import (
    PLOTLY_JS,
    atomic_write,
    notebook_to_html,
    plotly_js,
    remote_references,
)
from casekit.reports.params import client_inputs, cohort_inputs, safe_client_id

pytestmark = pytest.mark.slow

TEMPLATE = TEMPLATES / "client_report.ipynb"


# --- templates as files ------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["client_report.ipynb", "cohort_report.ipynb"])
def test_template_has_one_parameters_cell_typed_and_commented_and_no_outputs(name):
    nb = nbformat.read(TEMPLATES / name, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    lines = [ln for ln in tagged[0].source.splitlines() if ln and not ln.startswith("#")]
    assert lines, "the parameters cell is empty"
    for line in lines:
        assert re.match(r"^\w+: (str|bool|list|int|float) = .+  # \S", line), line
    assert nb.metadata["kernelspec"]["name"] == "casekit"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


# --- parameter checks (no kernel) --------------------------------------------------------------
@pytest.mark.parametrize("bad", ["../S", "a/b", "..", ".hidden", "S.html", "", "x" * 65, "é"])
def test_safe_client_id_refuses_anything_that_could_leave_the_folder(bad):
    with pytest.raises(ParameterError, match="cannot be used as a report file name"):
        safe_client_id(bad)


def test_client_inputs_errors_name_the_fix():
    with pytest.raises(ParameterError, match="There is no client 'NOPE'.*Known clients: S"):
        client_inputs(DEMO, "NOPE")
    with pytest.raises(ParameterError, match="Unknown instrument 'ucla_99'.*ucla_ls3"):
        client_inputs(DEMO, "S", instrument="ucla_99")
    with pytest.raises(ParameterError, match="Unknown language 'fr'"):
        client_inputs(DEMO, "S", lang="fr")
    with pytest.raises(ParameterError, match="Parameter 'post' must be a non-empty text"):
        client_inputs(DEMO, "S", post="")


def test_client_inputs_consent_and_instrument_choice():
    ident = DATA / "reports_identifiers"
    with pytest.raises(ParameterError, match="no consent_date.*--allow-missing-consent"):
        client_inputs(ident, "K02")
    got = client_inputs(ident, "K02", allow_missing_consent=True)
    assert got.consent_missing and got.instrument == ""
    s = client_inputs(DEMO, "S")
    # S has totals only under the casebook's own instrument (seed 4.5: 92 -> 33)
    assert s.instrument == "seed_loneliness" and not s.consent_missing


def test_cohort_inputs_leave_out_clients_without_consent_and_check_by():
    ident = DATA / "reports_identifiers"
    got = cohort_inputs(ident)
    assert got.excluded == ["K02"]
    assert got.casebook.client_ids == ["K01"]
    assert cohort_inputs(ident, allow_missing_consent=True).excluded == []
    with pytest.raises(ParameterError, match="Unknown subgroup column 'shoe_size'"):
        cohort_inputs(ident, by="shoe_size")
    # demo: ucla_ls3 (reliability known, 68 pairs) beats djg_11 (no reliability)
    assert cohort_inputs(DEMO).instrument == "ucla_ls3"


def test_render_reports_refuses_unknown_and_unsafe_ids_before_any_kernel(tmp_path):
    with pytest.raises(ParameterError, match="Unknown client.*'ZZ'"):
        render_reports(DEMO, clients=["ZZ"], out=tmp_path / "o")
    with pytest.raises(ParameterError, match="cannot be used as a report file name"):
        render_reports(DEMO, clients=["../../etc/passwd"], out=tmp_path / "o")
    with pytest.raises(ParameterError, match="--jobs must be 1 or more"):
        render_reports(DEMO, clients=["S"], out=tmp_path / "o", jobs=-1)
    with pytest.raises(ParameterError, match="Unknown instrument 'nope'"):
        render_reports(DEMO, clients=["S"], out=tmp_path / "o", instrument="nope")
    with pytest.raises(ParameterError, match="--pre and --post must be non-empty"):
        render_reports(DEMO, clients=["S"], out=tmp_path / "o", post=" ")
    assert not (tmp_path / "o").exists()


def test_cohort_parameters_are_checked_before_any_kernel(tmp_path, capsys):
    from casekit.reports import render_cohort

    with pytest.raises(ParameterError, match="Unknown subgroup column 'shoe_size'"):
        render_cohort(DEMO, out=tmp_path / "o", by="shoe_size")
    # through the command line: a usage problem, exit 2, nothing written
    assert main(["cohort", str(DEMO), "--out", str(tmp_path / "o"), "--instrument", "x"]) == 2
    assert "Unknown instrument 'x'" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


# --- HTML machinery (no kernel) ---------------------------------------------------------------
def test_remote_references_finds_loads_but_not_js_strings():
    page = (
        '<script src="https://cdn.example/require.js"></script>'
        "<link href='//fonts.example/x.css'>"
        "<style>@import 'http://x.example/a.css'; body{background:url( https://x.example/b.png)}</style>"
        '<img src="data:image/png;base64,AAAA"><script src="plotly.min.js"></script>'
        '<script>var u = "https://plot.ly";</script>'
    )
    assert remote_references(page) == [
        "https://cdn.example/require.js",
        "//fonts.example/x.css",
        "http://x.example/a.css",
        "https://x.example/b.png",
    ]


def _nb_with_html(markup: str):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("secret_code_marker = 1")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"text/html": markup}),
        nbformat.v4.new_output("stream", name="stderr", text="/home/student/secret/path warning"),
    ]
    nb.cells = [cell]
    return nb


def test_notebook_to_html_drops_code_stderr_and_every_cdn():
    page = notebook_to_html(_nb_with_html("<p>hello</p>"), title="T <b>", lang="en")
    assert "<p>hello</p>" in page
    assert "secret/path" not in page  # stderr is not part of a report
    assert "secret_code_marker" not in page  # no code
    assert remote_references(page) == []
    assert f'<script charset="utf-8" src="{PLOTLY_JS}"></script>' in page
    assert "<title>T &lt;b&gt;</title>" in page
    assert '<html lang="en">' in page


def test_notebook_to_html_refuses_remote_loads_and_identifiers():
    with pytest.raises(
        ReportError, match="would load from the internet: https://evil.example/x.js"
    ):
        notebook_to_html(_nb_with_html('<script src="https://evil.example/x.js"></script>'))
    with pytest.raises(ReportError, match="1 direct identifier"):
        notebook_to_html(_nb_with_html("<p>Siti &amp; Co</p>"), forbidden=["Siti & Co"])
    with pytest.raises(ReportError, match="Unknown plotly mode"):
        notebook_to_html(_nb_with_html("<p/>"), plotly="cdn")


def test_embedded_page_carries_the_installed_plotly_js():
    page = notebook_to_html(_nb_with_html("<p>x</p>"), plotly="embed")
    assert plotly_js() in page
    assert f'src="{PLOTLY_JS}"' not in page


def test_atomic_write_keeps_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    target = tmp_path / "S.html"
    atomic_write(target, "old")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, "new " * 1000)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["S.html"]  # no temp file left


def test_atomic_write_keeps_permissions(tmp_path):
    # mkstemp alone makes 0600 files; a report or responses.csv must stay shareable
    umask = os.umask(0o022)
    try:
        fresh = atomic_write(tmp_path / "new.html", "x")
        assert fresh.stat().st_mode & 0o777 == 0o644  # 0666 less the umask 022
        kept = tmp_path / "kept.csv"
        kept.write_text("old")
        kept.chmod(0o640)
        atomic_write(kept, "new")
        assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_text() == "new"
    finally:
        os.umask(umask)


# --- real runs ---------------------------------------------------------------------------------
def test_demo_client_report_content_and_files():
    out, results, _ = demo_reports()
    assert [r.name for r in results] == DEMO_CLIENTS and all(r.ok for r in results), results
    s = demo_result("S")
    page = (out / "S.html").read_text(encoding="utf-8")
    # chapter IV sections in order (English labels)
    heads = [
        "Client identity",
        "4.1 Engagement, intake and contract",
        "4.2 Assessment",
        "4.3 Intervention plan",
        "4.4 Intervention",
        "4.5 Evaluation",
        "4.6 Termination and referral",
    ]
    positions = [page.index(f">{h}</h2>") for h in heads]
    assert positions == sorted(positions)
    # seed 4.5: 92 before, 33 after; the seed instrument has no known reliability
    assert s.verdict.startswith(
        "The Loneliness scale of the practicum report (instrument and score range not named) "
        "total went from 92 (before) to 33 (after), a change of 59 points."
    )
    assert "reliability is not known" in s.verdict
    assert html.escape(s.verdict, quote=False) in page
    # 7 figures: genogram, ecomap, life road, body map, BPSS, timeline, pre/post
    assert page.count('class="casekit-figure-title"') == 7
    assert page.count('class="plotly-graph-div"') == 7
    # no code, no parameters, no paths of this machine
    assert "rb.setup_notebook" not in page and "client_inputs" not in page
    assert str(DEMO) not in page
    # offline: shared plotly.js by relative path, the installed copy, nothing remote
    assert remote_references(page) == []
    assert f'<script charset="utf-8" src="{PLOTLY_JS}"></script>' in page
    assert (out / PLOTLY_JS).read_text(encoding="utf-8") == plotly_js()
    assert len(page.encode("utf-8")) < 1_000_000
    # the work folder is gone after a clean run
    assert not list(out.glob(".casekit-work/run-*")), "a clean run leaves no working folder"


def test_demo_index_lists_client_with_verdict_and_links_cohort():
    out, _, _ = demo_reports()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="S.html">S (S)</a>' in index
    assert html.escape(demo_result("S").verdict) in index
    assert html.escape(demo_result("SYN001").verdict) in index
    assert '<a href="cohort.html">' in index
    assert remote_references(index) == []


def test_demo_cohort_report_numbers_match_cohort_summary():
    from casekit import load_casebook
    from casekit.cohort import cohort_summary

    out, _, cohort = demo_reports()
    assert cohort.ok, cohort.error
    page = (out / "cohort.html").read_text(encoding="utf-8")
    summary = cohort_summary(load_casebook(DEMO))
    row = summary[(summary["instrument"] == "ucla_ls3") & (summary["scale"] == "total")].iloc[0]
    # the table shows mean (SD) to 2 decimals, computed independently here
    assert f"{row['mean_pre']:.2f} ({row['sd_pre']:.2f})" in page
    assert f"{row['g_av']:.2f} [{row['g_av_ci_low']:.2f}, {row['g_av_ci_high']:.2f}]" in page
    # Jacobson and forest; the clinical-range transitions keep one flow under disclosure
    # control on the demo, so the page says why there is no transition chart instead
    assert page.count('class="casekit-figure-title"') == 2
    assert "No transition chart: nearly all clients stayed in the same range" in page
    assert remote_references(page) == []
    assert len(page.encode("utf-8")) < 1_000_000


def test_xss_payloads_are_escaped_everywhere_in_the_html():
    out, results = xss_report()
    assert results[0].ok, results[0].error
    page = (out / "X1.html").read_text(encoding="utf-8")
    for payload in ("<script>window.__pwned", "<img src=x onerror", "<svg onload"):
        assert payload not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    # self-contained: plotly.js inside, no file beside it needed
    assert f'src="{PLOTLY_JS}"' not in page and not (out / PLOTLY_JS).exists()
    assert plotly_js() in page


def test_identifiers_never_reach_any_output(tmp_path):
    ident = DATA / "reports_identifiers"
    out = tmp_path / "out"
    results = render_reports(
        ident, out=out, lang="id", jobs=1, progress=False, allow_missing_consent=True
    )
    assert [r.ok for r in results] == [True, True], [r.error for r in results]
    values = []
    for line in (ident / "identifiers.csv").read_text(encoding="utf-8").splitlines()[1:]:
        values += line.split(",")[1:]
    assert len(values) == 6
    texts = [p.read_text(encoding="utf-8") for p in out.glob("*.html")]
    assert len(texts) == 3  # K01, K02, index
    for value in values:
        for text in texts:
            assert value.lower() not in text.lower()
            assert html.escape(value).lower() not in text.lower()
    # K02 has no consent date: allowed here, and the first thing the report says
    k02 = (out / "K02.html").read_text(encoding="utf-8")
    body = k02[k02.index("<main>") :]
    first = re.search(r"<(p|h\d)[^>]*>([^<]*)", body)
    assert first.group(1) == "p" and first.group(2).startswith(
        "PERHATIAN: klien ini belum memiliki"
    )


def _planted_template(tmp_path) -> Path:
    """The real client template plus one cell that fails for client B3."""
    nb = nbformat.read(TEMPLATE, as_version=4)
    nb.cells.append(
        nbformat.v4.new_code_cell(
            'if client_id == "B3":\n    raise RuntimeError("planted failure for B3")'
        )
    )
    path = tmp_path / "planted.ipynb"
    nbformat.write(nb, path)
    return path


def test_batch_with_one_broken_client_finishes_the_rest_and_exits_1(tmp_path, capsys, monkeypatch):
    from casekit.reports import runner as reports

    out = tmp_path / "out"
    planted = _planted_template(tmp_path)
    # the CLI uses the standard template folder; point it at a copy with the plant
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "client_report.ipynb").write_bytes(planted.read_bytes())
    monkeypatch.setattr(reports, "TEMPLATES", tmp_path / "tpl")
    code = main(
        ["report", str(DATA / "reports_broken"), "--out", str(out), "--jobs", "2", "--lang", "en"]
    )
    printed = capsys.readouterr().out
    assert code == 1
    assert sorted(p.name for p in out.glob("*.html")) == ["B1.html", "B2.html", "index.html"]
    [failed] = out.glob(".casekit-work/run-*/B3/B3.ipynb")  # this run's own working folder
    # an unexpected error: one sentence with what to do, the Python detail in a log file
    [log] = out.glob(".casekit-work/run-*/B3-error.log")
    assert (
        "FAILED B3: the report of client B3 could not be made because of an unexpected error "
        f"inside casekit. Fix: run `casekit validate` on the casebook and correct what it "
        f"reports; if it reports nothing, report this bug to casekit's maintainers with the "
        f"file {log} (notebook: {failed})"
    ) in printed
    assert "RuntimeError: planted failure for B3" in log.read_text(encoding="utf-8")
    assert "2 report(s) written, 1 failed." in printed
    assert failed.is_file()
    index = (out / "index.html").read_text(encoding="utf-8")
    # the index lists only pages written; failures are counted, named in the output
    assert "B3" not in index and "1 report(s) not written" in index
    assert '<a href="B1.html">' in index


def test_summary_lines_wording():
    from casekit.reports import ReportResult

    lines = summary_lines([ReportResult("A", True), ReportResult("B", False, error="boom")])
    assert lines == ["FAILED B: boom", "1 report(s) written, 1 failed."]


def test_refused_client_without_consent_is_listed_not_rendered(tmp_path):
    results = render_reports(
        DATA / "reports_identifiers", clients=["K02"], out=tmp_path, progress=False
    )
    assert not results[0].ok
    assert results[0].error.startswith("no consent_date in clients.csv")
    assert not (tmp_path / "K02.html").exists()


def test_kernel_start_failure_is_retried_once(tmp_path, monkeypatch):
    """A kernel whose first start dies is started again, and the report succeeds."""
    marker = tmp_path / "died-once"
    script = tmp_path / "flaky_kernel.py"
    script.write_text(
        "import pathlib, sys\n"
        f"marker = pathlib.Path({str(marker)!r})\n"
        "if not marker.exists():\n"
        "    marker.write_text('x')\n"
        "    sys.exit(1)\n"
        "from ipykernel.kernelapp import launch_new_instance\n"
        "launch_new_instance()\n"
    )
    spec = tmp_path / "jupyter" / "kernels" / "flaky"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, str(script), "-f", "{connection_file}"],
                "display_name": "flaky",
                "language": "python",
            }
        )
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    results = render_reports(
        DATA / "reports_broken",
        clients=["B1"],
        out=tmp_path / "out",
        jobs=1,
        progress=False,
        kernel_name="flaky",
    )
    assert marker.exists()
    assert results[0].ok, results[0].error
    assert results[0].attempts == 2


def test_killed_run_leaves_no_half_written_html(tmp_path):
    out = tmp_path / "out"
    cmd = [
        sys.executable,
        "-m",
        "casekit.cli",
        "report",
        str(DATA / "reports_broken"),
        "--out",
        str(out),
        "--jobs",
        "1",
    ]
    proc = subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(out.glob("B1.html")):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its kernel, mid-batch
    proc.wait()
    pages = list(out.glob("*.html"))
    assert pages, "the run was killed before writing anything; the test proves nothing"
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert text.rstrip().endswith("</html>"), f"{page.name} is half-written"


def test_offline_renderer_emits_a_div_without_plotly_js_or_mathjax(monkeypatch):
    import plotly.graph_objects as go
    import plotly.io as pio

    from casekit.reports import blocks as report_blocks

    previous = pio.renderers.default
    try:
        monkeypatch.setenv("CASEKIT_REPORT", "1")
        assert report_blocks.setup_notebook("en") == "casekit_offline"
        bundle = pio.renderers["casekit_offline"].to_mimebundle(
            go.Figure(go.Scatter(x=[1], y=[2], text=["<b>x</b>"])).to_dict()
        )
        assert list(bundle) == ["text/html"]
        div = bundle["text/html"]
        assert 'class="plotly-graph-div"' in div and "Plotly.newPlot" in div
        assert "<script src" not in div and "mathjax" not in div.lower()
        assert remote_references(div) == []
        monkeypatch.delenv("CASEKIT_REPORT")
        assert report_blocks.setup_notebook("en") == "plotly_mimetype"
        # a saved lecture notebook keeps each figure as JSON only: no plotly.js inside
        bundle = pio.renderers["plotly_mimetype"].to_mimebundle(go.Figure().to_dict())
        assert list(bundle) == ["application/vnd.plotly.v1+json"]
    finally:
        pio.renderers.default = previous


def test_reused_kernel_starts_each_client_with_an_empty_namespace(tmp_path):
    """Two clients in one reused kernel: the second sees nothing of the first."""
    nb = nbformat.read(TEMPLATE, as_version=4)
    nb.cells.append(
        nbformat.v4.new_code_cell(
            "import os\n"
            'state = "LEAK " + leak_marker if "leak_marker" in globals() else "CLEAN"\n'
            'rb.paragraph(f"{state} pid {os.getpid()}")\n'
            "leak_marker = client_id"
        )
    )
    planted = tmp_path / "probe.ipynb"
    nbformat.write(nb, planted)
    out = tmp_path / "out"
    results = render_reports(
        DATA / "reports_broken",
        clients=["B1", "B2"],
        out=out,
        jobs=1,
        progress=False,
        template=planted,
    )
    assert [r.ok for r in results] == [True, True]
    pids = []
    for cid in ("B1", "B2"):
        page = (out / f"{cid}.html").read_text(encoding="utf-8")
        assert "LEAK" not in page
        pids.append(re.search(r"<p>CLEAN pid (\d+)</p>", page).group(1))
    assert pids[0] == pids[1]  # the same kernel process served both clients


def test_wheel_ships_every_report_template():
    # a wheel install has no notebooks/ folder: pyproject must list every template as
    # data-files (checked by hand: `pip wheel .` into a fresh venv renders client S)
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    root = Path(__file__).resolve().parent.parent
    with open(root / "pyproject.toml", "rb") as f:
        shipped = tomllib.load(f)["tool"]["setuptools"]["data-files"]["share/casekit/reports"]
    on_disk = [f"notebooks/reports/{p.name}" for p in (root / "notebooks/reports").glob("*.ipynb")]
    assert sorted(shipped) == sorted(on_disk) and len(on_disk) == 2


def test_table_leaves_out_columns_blank_in_every_row():
    # a family table where no one's education or address was typed: those columns only
    # narrow the others, so the report's family table leaves them out (drop_blank=True)
    import pandas as pd
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output

    from casekit.reports import blocks as rb

    family = pd.DataFrame(
        {
            "label": ["Ibu A", "Pak B"],
            "education": [pd.NA, "  "],
            "occupation": ["petani", pd.NA],
        }
    )
    InteractiveShell.instance()  # display() publishes rich outputs only inside a shell
    try:
        with capture_output() as kept:
            rb.table(family, ["label", "education", "occupation"], "id")
        with capture_output() as dropped:
            rb.table(family, ["label", "education", "occupation"], "id", drop_blank=True)
    finally:
        InteractiveShell.clear_instance()  # later tests run outside a shell, as before
    kept_html = kept.outputs[0].data["text/html"]
    dropped_html = dropped.outputs[0].data["text/html"]
    assert kept_html.count("<th>") == 3 and dropped_html.count("<th>") == 2
    assert "petani" in dropped_html and "Pak B" in dropped_html
