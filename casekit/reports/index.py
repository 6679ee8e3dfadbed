"""The index page of a batch and the plain-text summary of its results.

:func:`write_index` writes ``<out>/index.html``: every page written, its link and
verdict, through the identifier guard (:func:`casekit.privacy.guarded_write`).
:func:`summary_lines` is what the command line prints after a batch.
"""

from __future__ import annotations

import html
from pathlib import Path

from ..i18n import t, tr
from ..privacy import guarded_write
from .job import ReportResult

__all__ = ["summary_lines", "write_index"]


def write_index(
    out, results: list[ReportResult], lang: str = "id", title: str = "", guard=None
) -> Path:
    """Write ``<out>/index.html``: every report written, its link and verdict.

    Everything shown is HTML-escaped. Only pages that were written are
    listed; the failures are counted, not named (the command's output names
    them). A pseudonym, verdict or title in which ``guard`` finds an
    identifier is left out, and the page itself passes the guard. A
    ``cohort.html`` already in ``out`` is linked too.
    """
    out = Path(out)
    esc = html.escape

    def safe(text: str) -> str:
        return "" if guard and guard.findings(text) else text

    rows = []
    for r in results:
        if not r.ok:
            continue
        pseudonym = safe(r.pseudonym)
        name = esc(r.name) + (f" ({esc(pseudonym)})" if pseudonym else "")
        link = f'<a href="{esc(r.name)}.html">{name}</a>'
        status = esc(t("report_ok", lang))
        detail = esc(safe(r.verdict))
        rows.append(f"<tr><td>{link}</td><td>{status}</td><td>{detail}</td></tr>")
    failed = sum(not r.ok for r in results)
    if failed:
        rows.append(
            f'<tr><td colspan="3"><strong>{esc(t("report_failed", lang))}</strong>: '
            f"{failed} {esc(t('privacy_index_not_written', lang))}</td></tr>"
        )
    title = safe(title)
    cohort = ""
    if (out / "cohort.html").is_file():
        cohort = f'<p><a href="cohort.html">{esc(t("report_cohort_title", lang))}</a></p>'
    page = f"""<!DOCTYPE html>
<html lang="{esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="generator" content="casekit">
<title>{esc(t("report_index_title", lang))}: {esc(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 1000px; margin: 2em auto; }}
table {{ border-collapse: collapse; }} th, td {{ border: 1px solid #ccc; padding: 4px 10px; }}
</style>
</head>
<body>
<h1>{esc(t("report_index_title", lang))}: {esc(title)}</h1>
{cohort}
<table>
<thead><tr><th>{esc(t("client", lang))}</th><th>{esc(t("report_status", lang))}</th><th>{esc(t("report_verdict", lang))}</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</body>
</html>
"""
    return guarded_write(out / "index.html", page, guard, where="index.html")


def summary_lines(results: list[ReportResult], lang: str = "en") -> list[str]:
    """Plain-text summary of a batch in ``lang``: one line per failure, then the counts."""
    lines = []
    for r in results:
        if not r.ok:
            where = t("m_report_notebook", lang).format(path=r.notebook) if r.notebook else ""
            error = tr(r.error, lang)
            lines.append(t("m_report_failed", lang).format(name=r.name, error=error) + where)
    ok = sum(r.ok for r in results)
    lines.append(t("m_reports_written", lang).format(ok=ok, failed=len(results) - ok))
    return lines
