"""Render every casekit figure to PNG so anyone can look at them.

Usage::

    .venv/bin/python benchmarks/render_gallery.py [OUT_DIR] [--casebook DIR] [--lang id en]

Writes, for the demo client S and the synthetic teaching cohort of
``data/demo`` (both languages): genogram, ecomap, social life road, body map,
BPSS, timeline and pre/post of S; pre/post of one synthetic client per
instrument; Jacobson plot, dumbbell, Sankey transitions and forest plot of
the synthetic cohort. Also draws the larger synthetic family of
``tests/data/figures_big``. Prints the time per figure and in total.

Static export uses kaleido with Debian's chromium (``BROWSER_PATH`` is set to
``/usr/bin/chromium`` when it exists and the variable is not set).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if Path("/usr/bin/chromium").exists():
    os.environ.setdefault("BROWSER_PATH", "/usr/bin/chromium")

import pandas as pd  # noqa: E402
import plotly.io as pio  # noqa: E402

import casekit as ck  # noqa: E402
from casekit import figures  # noqa: E402

CLIENT_FIGURES = ["genogram", "ecomap", "life_road", "body_map", "bpss", "timeline", "prepost"]


def build(casebook: Path, lang: str) -> dict[str, object]:
    """Every figure of the gallery for one language: name -> Figure."""
    cb = ck.load_casebook(casebook)
    out = {}
    for name in CLIENT_FIGURES:
        out[f"S_{name}"] = getattr(figures, name)(cb, "S", lang=lang)
    scores = ck.score(cb)
    change = ck.change(scores, instruments=cb.instruments)
    synthetic = scores[scores["client_id"].str.startswith("SYN")]
    note = " – " + ck.i18n.t("synthetic", lang)
    for inst in sorted(synthetic["instrument"].unique()):
        first = sorted(synthetic.loc[synthetic["instrument"] == inst, "client_id"].unique())[0]
        out[f"{first}_prepost_{inst}"] = figures.prepost(cb, first, lang=lang, instrument=inst)
        ch = change[change["client_id"].str.startswith("SYN")]
        title_j = ck.i18n.t("fig_jacobson", lang) + f": {inst}" + note
        out[f"cohort_jacobson_{inst}"] = figures.jacobson(ch, inst, lang=lang, title=title_j)
        title_d = ck.i18n.t("fig_dumbbell", lang) + f": {inst}" + note
        out[f"cohort_dumbbell_{inst}"] = figures.dumbbell(synthetic, inst, lang=lang, title=title_d)
        if synthetic.loc[synthetic["instrument"] == inst, "category"].notna().any():
            title_t = ck.i18n.t("fig_transitions", lang) + f": {inst}" + note
            out[f"cohort_transitions_{inst}"] = figures.transitions(
                synthetic, inst, lang=lang, title=title_t
            )
    overall = ck.cohort_summary(synthetic)
    by_cohort = ck.cohort_summary(synthetic, by="cohort", clients=cb.clients)
    summary = pd.concat([overall.assign(cohort=pd.NA), by_cohort], ignore_index=True)
    summary = summary[by_cohort.columns]  # keep the column order (by column before n)
    for inst in sorted(summary["instrument"].unique()):
        title_f = ck.i18n.t("fig_forest", lang) + f": {inst}" + note
        out[f"cohort_forest_{inst}"] = figures.forest(summary, inst, lang=lang, title=title_f)
    big = ROOT / "tests" / "data" / "figures_big"
    if big.exists():
        cb_big = ck.load_casebook(big)
        for name in ["genogram", "ecomap", "life_road", "body_map"]:
            out[f"K_{name}"] = getattr(figures, name)(cb_big, "K", lang=lang)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="gallery", help="folder for the PNGs")
    parser.add_argument("--casebook", default=str(ROOT / "data" / "demo"))
    parser.add_argument("--lang", nargs="+", default=["id", "en"], choices=["id", "en"])
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    total = 0
    for lang in args.lang:
        t0 = time.perf_counter()
        figs = build(Path(args.casebook), lang)
        t1 = time.perf_counter()
        names = list(figs)
        paths = [out / f"{name}_{lang}.png" for name in names]
        pio.write_images(
            [figs[n] for n in names],
            paths,
            width=[figs[n].layout.width or 1200 for n in names],
            height=[figs[n].layout.height or 800 for n in names],
        )
        t2 = time.perf_counter()
        total += len(names)
        print(
            f"{lang}: built {len(names)} figures in {t1 - t0:.2f} s "
            f"({(t1 - t0) / len(names) * 1000:.0f} ms each), rendered PNGs in {t2 - t1:.1f} s"
        )
    print(f"{total} PNGs in {out}/ in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
