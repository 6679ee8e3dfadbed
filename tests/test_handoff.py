"""Tests of casekit.reports.handoff: a report run reads each casebook once (issue 17).

The count is ``casekit.casebook.READS``, which the real loader keeps (nothing is
mocked): the test process's for the runner, and the kernel's, written out by a
probe cell appended to a copy of the real report template.
"""

from __future__ import annotations

import json
import stat

import nbformat
import pytest
from reports_helpers import DATA

from casekit.casebook import READS, load_casebook
from casekit.reports import TEMPLATES, handoff, render_cohort, render_reports
from casekit.reports.params import cohort_inputs

IDENT = DATA / "reports_identifiers"
SITES = [DATA / "research_site_a", DATA / "research_site_b"]


def _reads(paths) -> dict[str, int]:
    return {str(p.resolve()): READS[str(p.resolve())] for p in paths}


def test_handoff_round_trip_without_identifiers_owner_only(tmp_path):
    cb = load_casebook(IDENT)
    assert len(cb.identifiers)  # identifiers are not handed on
    file = handoff.write(cb, [IDENT], tmp_path)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    before = READS[str(IDENT.resolve())]
    got = cohort_inputs(IDENT, loaded=str(file))
    assert READS[str(IDENT.resolve())] == before  # read from the handoff, not the folder
    assert got.excluded == ["K02"]  # the kernel's own checks still run
    consented = cb.clients.loc[cb.clients["consent_date"].notna(), "client_id"]
    assert got.casebook.client_ids == [str(c) for c in consented]
    assert len(got.casebook.identifiers) == 0
    assert list(got.casebook.identifiers.columns) == list(cb.identifiers.columns)
    # a handoff for other casebooks is not used: the casebook is read
    assert handoff.read(file, [SITES[0]]) is None
    cohort_inputs(IDENT, loaded=str(tmp_path / "absent.pickle"))
    assert READS[str(IDENT.resolve())] == before + 1
    handoff.discard(file)
    assert not file.exists()


def _probe(tmp_path, name: str):
    """A copy of the template ``name`` whose last cell writes the kernel's READS to a file."""
    probe = tmp_path / f"kernel-reads-{name}.json"
    nb = nbformat.read(TEMPLATES / name, as_version=4)
    nb.cells.append(
        nbformat.v4.new_code_cell(
            "import json as _j, casekit.casebook as _c\n"
            f"open({str(probe)!r}, 'w').write(_j.dumps(dict(_c.READS)))"
        )
    )
    template = tmp_path / name
    nbformat.write(nb, template)
    return template, probe


@pytest.mark.slow
def test_cohort_run_reads_each_casebook_once(tmp_path):
    template, probe = _probe(tmp_path, "cohort_report.ipynb")
    before = _reads(SITES)
    result = render_cohort(SITES, out=tmp_path / "out", lang="en", template=template)
    assert result.ok, result.error
    after = _reads(SITES)
    assert {p: after[p] - before[p] for p in after} == dict.fromkeys(after, 1)
    assert json.loads(probe.read_text()) == {}  # the kernel read no casebook
    assert not list((tmp_path / "out").rglob(handoff.FILE_NAME))


@pytest.mark.slow
def test_client_batch_reads_the_casebook_once(tmp_path):
    template, probe = _probe(tmp_path, "client_report.ipynb")
    book = SITES[0]
    before = _reads([book])
    results = render_reports(
        book,
        clients=["K01", "K03"],
        out=tmp_path / "out",
        jobs=1,
        allow_missing_consent=True,
        progress=False,
        template=template,
    )
    assert all(r.ok for r in results), [r.error for r in results]
    after = _reads([book])
    assert {p: after[p] - before[p] for p in after} == dict.fromkeys(after, 1)
    assert json.loads(probe.read_text()) == {}  # the kernel read no casebook
    assert not list((tmp_path / "out").rglob(handoff.FILE_NAME))
