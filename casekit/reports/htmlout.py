"""Executed notebook -> one offline HTML file, written atomically.

The report runner (:mod:`casekit.reports`) executes a template with papermill
and hands the executed notebook to :func:`notebook_to_html`, which converts it
in-process with nbconvert's :class:`~nbconvert.HTMLExporter` (no code cells, no
prompts) through a small template that drops everything nbconvert would load
from the internet (require.js, MathJax, mermaid, the widget manager) and puts
plotly.js in the page head instead: either ``<script src="plotly.min.js">`` by
relative path (the default; one shared copy beside the reports, see
:func:`write_plotly_js`) or embedded (``plotly="embed"``, a single file to
email). :func:`remote_references` finds anything left that would still reach
the network; the runner refuses to write such a page.

Every file goes to disk through :func:`atomic_write`: a temporary file in the
target folder, then :func:`os.replace`, so a killed run never leaves half a
report.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..errors import IdentifierLeak, ReportError
from ..outputs import atomic_write
from .figurefit import compact_figures, head_script
from .pagestyle import page_css

__all__ = [
    "PLOTLY_JS",
    "PLOTLY_MODES",
    "atomic_write",
    "notebook_to_html",
    "plotly_js",
    "remote_references",
    "write_plotly_js",
]

#: file name of the shared plotly.js copy beside the reports
PLOTLY_JS = "plotly.min.js"
#: "shared": load PLOTLY_JS by relative path; "embed": inline it in each page
PLOTLY_MODES = ("shared", "embed")
#: cell tag of cells the runner adds and removes again before export
RUNNER_TAG = "casekit-runner"

# nbconvert template: the lab template's cell markup, with casekit's own small stylesheet
# (casekit/reports/pagestyle.py) instead of the inlined JupyterLab theme, and nothing that
# loads from a CDN (require.js, MathJax, mermaid, the widget manager).
_TEMPLATE = r"""
{%- extends 'lab/index.html.j2' -%}
{%- block html_head -%}
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="casekit">
<title>{{ resources.casekit_title }}</title>
<style>
{{ resources.casekit_css }}
</style>
{{ resources.casekit_head }}
{%- endblock html_head -%}
"""

# src= / href= / url( / @import pointing at http(s) or a protocol-relative //host
_REMOTE = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*|url\(\s*["']?\s*|@import\s+["']?\s*)"""
    r"""((?:https?:)?//[^"'\s)>]+)""",
    re.IGNORECASE,
)


_PLACEHOLDER = "<!-- casekit:plotly.js -->"


def plotly_js() -> str:
    """The plotly.js bundle of the installed plotly package (no download)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def write_plotly_js(folder) -> Path:
    """Write the shared ``plotly.min.js`` into ``folder`` (skipped when identical)."""
    target = Path(folder) / PLOTLY_JS
    script = plotly_js()
    if target.is_file() and target.read_text(encoding="utf-8") == script:
        return target
    return atomic_write(target, script)


def _head(plotly: str) -> str:
    if plotly == "shared":
        return f'<script charset="utf-8" src="{PLOTLY_JS}"></script>'
    # plotly.js is safe inside <script>: plotly itself embeds it the same way
    return f'<script charset="utf-8">{plotly_js()}</script>'


def _clean(nb):
    """Drop runner and ``remove_cell`` cells, stderr streams and widget state before export."""
    drop = {RUNNER_TAG, "remove_cell"}
    nb.cells = [c for c in nb.cells if not drop & set(c.get("metadata", {}).get("tags", []))]
    for cell in nb.cells:
        if cell.get("cell_type") == "code":
            cell["outputs"] = [
                o
                for o in cell.get("outputs", [])
                if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]
    nb.metadata.pop("widgets", None)
    return nb


def notebook_to_html(
    nb,
    *,
    plotly: str = "shared",
    title: str = "casekit",
    lang: str = "id",
    forbidden=(),
    guard=None,
    where: str = "",
    sources=(),
) -> str:
    """Convert an executed notebook to one offline HTML page (no code cells).

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook (changed in place: runner cells, stderr outputs
        and widget state are removed).
    plotly : {"shared", "embed"}
        ``"shared"`` loads ``plotly.min.js`` from the page's folder by relative
        path (write it there with :func:`write_plotly_js`); ``"embed"`` puts
        the whole library in the page.
    title : str
        Page title (escaped).
    lang : str
        Value of the page's ``lang`` attribute.
    forbidden : iterable of str
        Texts that must not appear in the page (matched like identifiers, see
        :mod:`casekit.privacy`).
    guard : casekit.privacy.IdentifierGuard, optional
        The casebook's identifier guard: the page is refused when it finds
        anything (checked before plotly.js goes in).
    where, sources :
        For the refusal message: the page's file name, and the casebook
        cells ``(file, row, column)`` the identifiers came from.

    Returns
    -------
    str
        The HTML page.

    Raises
    ------
    ReportError
        If ``plotly`` is not a known mode, the page would load anything from
        the network, or a forbidden text appears in it.
    """
    if plotly not in PLOTLY_MODES:
        raise ReportError(f"Unknown plotly mode {plotly!r}; use 'shared' or 'embed'.")
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="lab",
        template_file="casekit.html.j2",
        extra_loaders=[DictLoader({"casekit.html.j2": _TEMPLATE})],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        # the exporter sets resources["language_code"] from this trait ("en" by default),
        # and the page's lang is what the browser hyphenates by
        language_code=lang,
    )
    nb = _clean(nb)
    nb.metadata["title"] = title
    resources = {
        "casekit_head": _PLACEHOLDER,
        "casekit_title": html.escape(title),
        "casekit_css": page_css(title),
        "language_code": lang,
        "metadata": {"name": html.escape(title)},
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    # figures as wide as their column, the plotly template once per page, lighter data
    body, templates = compact_figures(body)
    body = body.replace(_PLACEHOLDER, _PLACEHOLDER + head_script(templates), 1)
    remote = remote_references(body)
    if remote:
        raise ReportError(
            "The HTML page would load from the internet: "
            + ", ".join(sorted(set(remote))[:5])
            + ". Reports must work offline; remove that link from the template."
        )
    from ..privacy import IdentifierGuard, leak_message

    if forbidden:
        extra = IdentifierGuard([(v, "identifier", "") for v in forbidden])
        found = extra.findings(body)
        if found:
            raise IdentifierLeak(leak_message(where or title, found, sources))
    if guard:
        found = guard.findings(body)
        if found:
            raise IdentifierLeak(leak_message(where or title, found, sources))
    # plotly.js goes in after the check: its code mentions web addresses in strings
    return body.replace(_PLACEHOLDER, _head(plotly), 1)


def remote_references(page: str) -> list[str]:
    """Every http(s) or protocol-relative address the page would load or link to.

    Looks at ``src=``, ``href=``, ``action=``, ``poster=``, ``data=``, CSS
    ``url(...)`` and ``@import``. Addresses inside JavaScript strings (plotly.js
    mentions its own web site) are not references and are not reported.
    """
    return [m.group(1) for m in _REMOTE.finditer(page)]
