"""Reports opened in a real browser: headless Debian chromium driven by Playwright.

Each page is opened from disk (``file://``) with every request that is not a
local file aborted and recorded. The checks: every figure the template
announces (a ``casekit-figure-title`` heading) was drawn by plotly (a
``.js-plotly-plot`` root holding an ``svg.main-svg``), no request tried to
leave the machine, the console shows no error, and the XSS payloads of
``tests/data/reports_xss`` show as text and never run (each one would set
``window.__pwned``).

The reports are rendered once per session (tests/reports_helpers.py).
"""

from __future__ import annotations

import pytest
from browser import needs_chromium, shared_browser
from reports_helpers import demo_reports, xss_report

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    needs_chromium,
]


@pytest.fixture
def browser():
    """The session's headless chromium (tests/browser.py); each test opens its own context."""
    return shared_browser()


def open_offline(browser, path):
    """Open ``path`` with the network cut; return (page, remote requests, console errors)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    remote: list[str] = []
    errors: list[str] = []

    def route(r):
        url = r.request.url
        if url.startswith("file://"):
            r.continue_()
        else:
            remote.append(url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri(), wait_until="load")
    expected = page.locator(".casekit-figure-title").count()
    if expected:
        page.wait_for_function(
            "n => document.querySelectorAll('.js-plotly-plot svg.main-svg').length > 0 && "
            "[...document.querySelectorAll('.js-plotly-plot')]"
            ".filter(d => d.querySelector('svg.main-svg')).length >= n",
            arg=expected,
            timeout=30_000,
        )
    return page, remote, errors


def drawn(page) -> int:
    return page.evaluate(
        "[...document.querySelectorAll('.js-plotly-plot')]"
        ".filter(d => d.querySelector('svg.main-svg')).length"
    )


def test_client_report_draws_every_figure_offline_without_errors(browser):
    out, results, _ = demo_reports()
    page, remote, errors = open_offline(browser, out / "S.html")
    # the template announces 7 figures; all 7 drawn, no more
    assert page.locator(".casekit-figure-title").count() == 7
    assert drawn(page) == 7
    assert remote == []
    assert errors == []
    # the verdict is on the page as text
    assert "92 (before) to 33 (after)" in page.locator(".casekit-verdict").inner_text()
    page.context.close()


def test_cohort_report_draws_every_figure_offline_without_errors(browser):
    out, _, _ = demo_reports()
    page, remote, errors = open_offline(browser, out / "cohort.html")
    assert page.locator(".casekit-figure-title").count() == 2  # Jacobson, forest
    assert drawn(page) == 2
    assert remote == []
    assert errors == []
    page.context.close()


def test_index_opens_offline_and_links_reports(browser):
    out, _, _ = demo_reports()
    page, remote, errors = open_offline(browser, out / "index.html")
    hrefs = page.eval_on_selector_all("a", "as => as.map(a => a.getAttribute('href'))")
    assert hrefs == ["cohort.html", "S.html", "SYN001.html"]
    assert remote == [] and errors == []
    page.context.close()


def test_xss_payloads_show_as_text_and_never_run(browser):
    out, results = xss_report()
    assert results[0].ok, results[0].error
    page, remote, errors = open_offline(browser, out / "X1.html")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    text = page.locator("main").inner_text()
    assert "<script>window.__pwned=1</script>" in text
    assert '<img src=x onerror="window.__pwned=2">' in text
    # no element the payloads would have created
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("svg[onload]").count() == 0
    # figures still drawn (self-contained page: plotly.js embedded)
    assert drawn(page) == page.locator(".casekit-figure-title").count() == 7
    # hover texts and labels inside the figures are escaped too
    svg_text = page.evaluate(
        "[...document.querySelectorAll('.js-plotly-plot')].map(d => d.innerHTML).join(' ')"
    )
    assert "<script>window" not in svg_text
    assert remote == []
    assert errors == []
    page.context.close()
