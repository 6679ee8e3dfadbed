"""How a plotly figure shows in a lecture notebook: live in JupyterLab, drawn in exported HTML.

Two readers see the same notebook:

* a person in JupyterLab (or Notebook 7, VS Code): figures go out as the
  plotly mimetype only (``application/vnd.plotly.v1+json``); JupyterLab's
  plotly extension, installed with the plotly package, draws them
  interactively and offline, and a saved notebook holds each figure's JSON,
  nothing more;
* ``jupyter nbconvert --to html --execute`` (nbclient, no person): nbconvert's
  HTML page cannot draw that mimetype, so each figure also carries a
  ``text/html`` ``<div>`` and its ``Plotly.newPlot`` call, and the notebook
  gets plotly.js once (:func:`plotlyjs_html`, in the setup cell's output),
  inline: the page draws every figure with no internet.

Which reader runs the cell is told by the execute request: a person's front
end allows ``input()`` (``allow_stdin``), a headless runner (nbclient, hence
nbconvert and papermill) never does (:func:`headless`).

Widgets follow the same rule (:mod:`casekit.widgets.output`): in a headless run,
what an Output widget shows is written into the cell as plain outputs, since
nbconvert's page would need the widget manager from a CDN to show the widget.

Sizes, measured on ``notebooks/02_assessment.ipynb`` (demo casebook; see the
commit that added this module): executed headless, about 4.8 MB of the
notebook and of its HTML is plotly.js (the price of drawing offline); a
notebook run in JupyterLab keeps only the figures' JSON.
"""

from __future__ import annotations

import json

__all__ = [
    "PLOTLY_MIME",
    "RENDERER",
    "figure_bundle",
    "headless",
    "plotlyjs_html",
    "use_notebook_plotly",
]

PLOTLY_MIME = "application/vnd.plotly.v1+json"
#: the plotly.io renderer a headless run uses (registered by :func:`use_notebook_plotly`)
RENDERER = "casekit_notebook"
_CONFIG = {"displaylogo": False, "responsive": True}


def headless() -> bool:
    """True inside a kernel whose current cell was sent by a runner, not by a person.

    A person's front end (JupyterLab, Notebook, VS Code) sends every cell with
    ``allow_stdin`` true, so ``input()`` works; nbclient, which runs
    ``jupyter nbconvert --execute`` and papermill, sends it false. Outside a
    kernel (plain Python, the tests) this is False.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        return False
    ip = get_ipython()
    kernel = getattr(ip, "kernel", None) if ip is not None else None
    if kernel is None:
        return False
    return not bool(getattr(kernel, "_allow_stdin", True))


def _html(fig_dict: dict) -> str:
    import plotly.io as pio

    height = (fig_dict.get("layout") or {}).get("height") or 480
    return pio.to_html(
        fig_dict,
        include_plotlyjs=False,
        include_mathjax=False,
        full_html=False,
        default_width="100%",
        default_height=height,
        validate=False,
        config=_CONFIG,
    )


def figure_bundle(fig, static: bool | None = None) -> dict:
    """The display bundle of a figure: its plotly mimetype, plus ``text/html`` when ``static``.

    ``static`` defaults to :func:`headless`. The HTML is a ``<div>`` and a
    ``Plotly.newPlot`` call without plotly.js (the page loads it once, see
    :func:`plotlyjs_html`); JupyterLab still prefers the mimetype.
    """
    import plotly.io as pio

    fig_dict = json.loads(pio.to_json(fig, validate=False))
    title = ((fig_dict.get("layout") or {}).get("title") or {}).get("text") or ""
    bundle = {PLOTLY_MIME: fig_dict, "text/plain": f"<plotly figure: {title}>"}
    if headless() if static is None else static:
        bundle["text/html"] = _html(fig_dict)
    return bundle


def plotlyjs_html() -> str:
    """plotly.js inline, once per page, for the figures' ``text/html`` to draw offline.

    ``define`` is hidden while it loads: a page that has loaded require.js
    (nbconvert's does when the notebook holds widgets) would otherwise get
    plotly.js as an AMD module and no ``window.Plotly``. ``PlotlyConfig``
    marks the block, so the slide exporter leaves it out (it brings its own).
    """
    from plotly.offline import get_plotlyjs

    return (
        "<script>window.PlotlyConfig = {MathJaxConfig: 'local'};"
        "window.__casekitDefine = window.define; window.define = undefined;</script>\n"
        f"<script>{get_plotlyjs()}</script>\n"
        "<script>window.define = window.__casekitDefine;</script>"
    )


def use_notebook_plotly() -> str:
    """Choose the figures' renderer for this notebook run; return its name.

    A person's run (JupyterLab): ``plotly_mimetype``. A headless run
    (:func:`headless`): :data:`RENDERER`, which adds the static ``<div>`` to
    each figure, and plotly.js is displayed here, once, so the exported page
    draws every figure offline.
    """
    import plotly.io as pio

    if not headless():
        pio.renderers.default = "plotly_mimetype"
        return pio.renderers.default
    from IPython.display import display_html
    from plotly.io._base_renderers import MimetypeRenderer

    class _StaticAndLive(MimetypeRenderer):
        def to_mimebundle(self, fig_dict):
            return figure_bundle(fig_dict, static=True)

    if RENDERER not in pio.renderers:
        pio.renderers[RENDERER] = _StaticAndLive()
    pio.renderers.default = RENDERER
    display_html(plotlyjs_html(), raw=True)
    return RENDERER
