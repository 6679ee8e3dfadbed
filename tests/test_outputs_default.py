"""Outputs never clobber (issue 10, item 4): ``casekit report DIR`` and ``casekit cohort DIR``
write by default into ``reports/<casebook folder name>/``; the last lines say where, and
mention opening ``index.html`` only when a report was written.

The renderers are replaced by stand-ins here (the real runs are tested in test_reports.py);
what is tested is the command line's choice of folder and its last lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import casekit.reports as reports
from casekit.cli import _default_out, main
from casekit.reports import ReportResult


def test_default_out_is_reports_slash_casebook_name():
    assert _default_out(["data/demo"]) == str(Path("reports") / "demo")
    assert _default_out(["/x/my_casebook/"]) == str(Path("reports") / "my_casebook")
    assert _default_out(["kelas/K01.xlsx"]) == str(Path("reports") / "K01")
    assert _default_out(["a/one", "b/two"]) == str(Path("reports") / "one+two")


@pytest.fixture
def fake_render(monkeypatch):
    seen = {}

    def render_reports(casebook, out, ok=True, **kw):
        seen["out"] = out
        Path(out).mkdir(parents=True, exist_ok=True)
        (Path(out) / "index.html").write_text("<html></html>")
        return [
            ReportResult("K01", seen.get("ok", True), error="" if seen.get("ok", True) else "x")
        ]

    def render_cohort(casebooks, out, **kw):
        seen["out"] = out
        ok = seen.get("ok", True)
        return ReportResult("cohort", ok, html=Path(out) / "cohort.html", error="" if ok else "x")

    monkeypatch.setattr(reports, "render_reports", render_reports)
    monkeypatch.setattr(reports, "render_cohort", render_cohort)
    return seen


def test_report_writes_into_reports_casebook_name(tmp_path, monkeypatch, capsys, fake_render):
    monkeypatch.chdir(tmp_path)
    assert main(["report", "my_casebook", "--lang", "en"]) == 0
    assert fake_render["out"] == str(Path("reports") / "my_casebook")
    last = capsys.readouterr().out.strip().splitlines()[-2:]
    folder = (tmp_path / "reports" / "my_casebook").resolve()
    assert last == [
        f"The reports are in {folder}",
        f"Open {folder / 'index.html'} in a browser (works offline).",
    ]


def test_report_with_nothing_written_does_not_say_open(tmp_path, monkeypatch, capsys, fake_render):
    monkeypatch.chdir(tmp_path)
    fake_render["ok"] = False
    assert main(["report", "my_casebook", "--lang", "id"]) == 1
    printed = capsys.readouterr().out
    assert "Buka" not in printed and "index.html" not in printed
    # and no "the reports are in <folder>" pointing at a folder without reports
    assert "Laporan ada di folder" not in printed
    assert printed.strip().splitlines()[-1] == (
        "Tidak ada laporan yang ditulis; alasannya tercantum di atas."
    )


def test_cohort_writes_into_reports_casebook_name(tmp_path, monkeypatch, capsys, fake_render):
    monkeypatch.chdir(tmp_path)
    assert main(["cohort", "data/demo", "--lang", "en"]) == 0
    assert fake_render["out"] == str(Path("reports") / "demo")
    assert capsys.readouterr().out.strip().endswith("in a browser (works offline).")
    fake_render["ok"] = False
    assert main(["cohort", "data/demo", "--lang", "en"]) == 1
    assert "Open" not in capsys.readouterr().out


def test_makefile_demo_writes_into_reports_demo(repo_root):
    text = (repo_root / "Makefile").read_text()
    demo = text.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    assert "--out reports/demo" in demo and "--out reports\n" not in demo
    assert "reports/demo/" in (repo_root / "README.md").read_text()


def test_python_api_defaults_to_the_same_folder():
    import inspect

    from casekit.reports.lifecycle import default_out
    from casekit.reports.runner import render_cohort, render_reports

    for render in (render_reports, render_cohort):
        assert inspect.signature(render).parameters["out"].default is None
    assert default_out(["data/demo"]) == Path("reports") / "demo"
