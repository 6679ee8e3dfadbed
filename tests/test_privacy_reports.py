"""Reports, cohort page and index over the planted-identity corpus: refused, nothing left.

The corpus (tests/data/planted_identity) plants its people's identifiers in
every column in many spellings; PI04 is clean. Every file left in the output
folder is searched for every planted variant with :func:`tests.planted.leaks`
(plain regular expressions, not casekit's guard), so switching the guard off
makes these tests fail (checked by hand: with ``IdentifierGuard.findings``
returning nothing, PI01.html is written and holds "Siti", "Aminah", the
phone and the NIK).
"""

from __future__ import annotations

import pytest

from casekit.reports import render_cohort, render_reports, summary_lines
from tests.planted import CORPUS, leaks, leaks_in_folder

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_client_reports_refuse_planted_identifiers_and_leave_nothing(tmp_path):
    out = tmp_path / "out"
    results = render_reports(
        CORPUS, clients=["PI01", "PI03", "PI04"], out=out, jobs=1, progress=False
    )
    by = {r.name: r for r in results}
    assert by["PI04"].ok, by["PI04"].error
    assert not by["PI01"].ok and not by["PI03"].ok
    # PI01: refused by the guard; says where, never what
    error = by["PI01"].error
    assert "PI01.html" in error and "nothing was written" in error
    assert "clients.csv, row 2, column 'region'" in error
    assert "family.csv, row 3, column 'note'" in error and "more cell(s)" in error
    assert leaks(error) == []
    # PI03: no consent date, never run
    assert "consent_date" in by["PI03"].error
    assert sorted(p.name for p in out.glob("*.html")) == ["PI04.html", "index.html"]
    assert not list(out.rglob("*PI01*"))  # the refused client's work folder is gone
    assert leaks_in_folder(out) == {}
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="PI04.html"' in index and "PI01" not in index and "PI03" not in index
    assert "2 laporan tidak ditulis" in index
    for line in summary_lines(results):
        assert leaks(line) == [], line


def test_cohort_page_refused_when_a_subgroup_names_an_address(tmp_path):
    out = tmp_path / "out"
    result = render_cohort(CORPUS, out=out, by="region", allow_missing_consent=True)
    assert not result.ok
    assert "cohort.html" in result.error
    assert "clients.csv, row 2, column 'region'" in result.error
    assert not (out / "cohort.html").exists()
    assert leaks_in_folder(out) == {}
    assert leaks(result.error) == []


def test_cohort_page_without_subgroups_is_written_and_clean(tmp_path):
    out = tmp_path / "out"
    result = render_cohort(CORPUS, out=out)
    assert result.ok, result.error
    assert (out / "cohort.html").is_file()
    assert leaks_in_folder(out) == {}


def test_index_never_shows_a_real_name_as_pseudonym(tmp_path):
    from casekit.casebook import load_casebook
    from casekit.privacy import IdentifierGuard
    from casekit.reports import ReportResult, write_index

    guard = IdentifierGuard.from_casebook(load_casebook(CORPUS))
    results = [
        ReportResult("PI01", True, verdict="Bu Siti membaik", pseudonym="Bu Siti"),
        ReportResult("PI04", True, verdict="membaik", pseudonym="Oma Y"),
        ReportResult("PI02", False, error="x", pseudonym="SUTARMAN"),
    ]
    write_index(tmp_path, results, "id", title="kasus Soetarman", guard=guard)
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert leaks(page) == []
    assert "Oma Y" in page and 'href="PI01.html"' in page and "PI02" not in page
