"""A lecture notebook exported with ``jupyter nbconvert --to html --execute`` shows its figures offline.

nbconvert's page cannot draw the plotly mimetype, and draws a widget only
with the widget manager from a CDN; casekit's notebooks therefore write, in a
headless run, each figure as a static ``<div>`` too (plotly.js inline once)
and each widget's current content as plain outputs
(:mod:`casekit.figure_display`, :class:`casekit.widgets.output.StaticWhenHeadless`).
The slow test runs the real command over its default TCP kernel and opens
the page in Debian's chromium with every network request refused.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import plotly.graph_objects as go
import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, needs_chromium

from casekit.figure_display import PLOTLY_MIME, figure_bundle, headless, plotlyjs_html

ROOT = Path(__file__).resolve().parents[1]
JUPYTER = Path(sys.executable).with_name("jupyter")


def test_outside_a_kernel_figures_stay_the_plotly_mimetype():
    fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4]), layout={"title": {"text": "T"}, "height": 300})
    assert not headless()
    live = figure_bundle(fig)
    assert set(live) == {PLOTLY_MIME, "text/plain"}
    static = figure_bundle(fig, static=True)
    html = static["text/html"]
    assert "Plotly.newPlot" in html and "height:300px" in html
    assert "<script src" not in html and "cdn" not in html.lower()  # plotly.js comes once, inline
    assert static[PLOTLY_MIME]["data"][0]["y"] == [3, 4]  # JupyterLab still draws the mimetype


def test_plotlyjs_loads_as_a_global_even_beside_require_js():
    page = plotlyjs_html()
    first, library, last = page.split("</script>")[:3]
    assert "window.define = undefined" in first and "newPlot" in library
    assert page.rstrip().endswith("window.define = window.__casekitDefine;</script>")
    assert "PlotlyConfig" in page  # the slide exporter leaves this block out
    assert len(page) > 1_000_000 and "https://" not in page[:200]


_DRAWN = """() => {
  const divs = [...document.querySelectorAll('.plotly-graph-div')];
  return {divs: divs.length, drawn: divs.filter(d => d.querySelector('svg.main-svg')).length,
          widgets: document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]').length};
}"""


@pytest.mark.slow
@pytest.mark.browser
@needs_chromium
def test_nbconvert_html_of_a_lecture_notebook_draws_every_figure_offline(tmp_path):
    from playwright.sync_api import sync_playwright

    # 04: a figure that follows the client picker and the reliable-change explorer's chart
    name = "04_loneliness_pre_post"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [str(JUPYTER), "nbconvert", "--to", "html", "--execute", f"{name}.ipynb",
         "--output-dir", str(tmp_path), "--ExecutePreprocessor.timeout=120"],
        cwd=ROOT / "notebooks", env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    page_file = tmp_path / f"{name}.html"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        refused = []

        def offline(route):
            if route.request.url.startswith(("file:", "data:")):
                return route.continue_()
            refused.append(route.request.url)
            return route.abort()

        page.route("**/*", offline)
        page.goto(page_file.as_uri(), wait_until="load")
        page.wait_for_function(
            "document.querySelectorAll('.plotly-graph-div svg.main-svg').length >= 2",
            timeout=60_000,
        )
        seen = page.evaluate(_DRAWN)
        page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)  # look at it
        browser.close()
    assert seen["divs"] == seen["drawn"] == 2, seen  # the pre/post chart and the explorer's
    assert seen["widgets"] == 0  # no output waits for the widget manager of a CDN
    assert all(url.startswith("https://") for url in refused)  # (nbconvert's own MathJax tag)
