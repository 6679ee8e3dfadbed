"""Every lecture notebook's slides, in both languages, fit a 1280 x 720 projector.

The notebook's run is the session's shared one (tests/lecture_runs.py: papermill,
kernel ``casekit``, as ``casekit slides`` runs it); :func:`casekit.slides.export_slides`
exports it as offline reveal.js slides (``execute=False``, with the demo casebook's
consent gate and identifier guard); the session's headless Chromium then visits
every slide at 1280 x 720 and measures it: no slide's content is taller than the slide (figures are scaled to fit,
long tables scroll inside their own box), no code cell is shown, and no text
that only makes sense next to a live widget ("choose a client above") is left.
"""

from __future__ import annotations

from pathlib import Path

import lecture_runs
import pytest
from browser import PLOTS_DRAWN, needs_chromium, shared_browser

from casekit import slides

ROOT = Path(__file__).resolve().parents[1]
LECTURES = sorted(p.name for p in (ROOT / "notebooks").glob("0*.ipynb"))

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]

MEASURE = """() => {
  const out = [];
  const slides = Reveal.getSlides();
  for (let i = 0; i < slides.length; i++) {
    const s = slides[i];
    const idx = Reveal.getIndices(s);
    Reveal.slide(idx.h, idx.v);
    out.push({h: idx.h, v: idx.v, height: s.scrollHeight,
              text: s.innerText.slice(0, 80)});
  }
  return out;
}"""


@pytest.fixture(scope="module", autouse=True)
def _runs(request):
    """The runs the selected tests need, up front, two kernels at a time (each run is
    shared with the other modules that read it)."""
    lecture_runs.run_all(lecture_runs.wanted(request))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", LECTURES)
def test_every_slide_fits_and_shows_no_code(tmp_path, name, lang):
    ran, error = lecture_runs.run(Path(name).stem, lang)
    assert error is None, error
    path = slides.export_slides(
        ran, tmp_path / "deck", execute=False, casebook=lecture_runs.DEMO, lang=lang
    )
    page_html = path.read_text(encoding="utf-8")
    assert '<div class="jp-InputArea-editor' not in page_html  # no code, only text and results
    for live in ("Pilih klien di atas", "Choose a client above"):
        assert live not in page_html
    context = shared_browser().new_context(viewport={"width": 1280, "height": 720})
    try:
        pg = context.new_page()
        pg.goto(path.as_uri())
        pg.wait_for_function("window.Reveal && Reveal.isReady()", timeout=30_000)
        assert pg.evaluate("Reveal.getConfig().width") == 1280
        assert pg.evaluate("Reveal.getConfig().height") == 720
        pg.wait_for_function(PLOTS_DRAWN, timeout=30_000)  # plotly draws
        pg.wait_for_timeout(300)  # and the resize on Reveal's 'ready' (plotly waits 100 ms)
        sizes = pg.evaluate(MEASURE)
        too_tall = [s for s in sizes if s["height"] > 720]
        if too_tall:
            pg.screenshot(path=str(tmp_path / "last.png"))
        assert too_tall == [], too_tall
    finally:
        context.close()
