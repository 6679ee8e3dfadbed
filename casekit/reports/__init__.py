"""The report pipeline: one HTML page per client and a cohort page, run by papermill.

- :mod:`.runner`: batches of papermill runs in worker processes.
- :mod:`.job`: one client's run, export and atomic write; :mod:`.index`: the index page.
- :mod:`.params`: the parameters a template is run with, checked before any run.
- :mod:`.blocks`: small display helpers the templates and notebooks share.
- :mod:`.htmlout`: an executed notebook to one offline HTML page.
- :mod:`.verdicts`: the sentences that put a change or a cohort result into words.
"""

from .runner import (
    KERNEL_NAME,
    TEMPLATES,
    ReportResult,
    render_cohort,
    render_reports,
    summary_lines,
    write_index,
)

__all__ = [
    "KERNEL_NAME",
    "ReportResult",
    "TEMPLATES",
    "render_cohort",
    "render_reports",
    "summary_lines",
    "write_index",
]
