"""Jacobson plot: each client's pre score against post score.

Points on the diagonal did not change; the shaded band around it holds
changes smaller than the reliable change threshold (``|post - pre| <
rc_threshold``, Jacobson & Truax, 1991); the dashed lines are the functional
cutoff on both axes, so each region of the plot is one clinical-significance
class. Points are coloured by ``clinical_status`` (else ``reliable_change``).

References
----------
Jacobson, N. S., & Truax, P. (1991). Journal of Consulting and Clinical
Psychology, 59(1), 12-19 (figure 1 is this plot).
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from ..i18n import fmt_number, t
from ._cohort import STATUS_COLOR, check_frame, cohort_title, instrument_of, pick, status_of
from ._style import OKABE_ITO, SMALL_FONT, base_layout, esc, is_missing, no_data

__all__ = ["jacobson"]

_ORDER = ["recovered", "improved", "unchanged", "deteriorated", "harmed", None]


def jacobson(
    change_df,
    instrument: str,
    scale: str = "total",
    lang: str = "id",
    title: str | None = None,
    instruments=None,
    min_n: int | None = None,
) -> go.Figure:
    """Scatter of pre vs post scores with no-change diagonal, RC band and cutoffs.

    Parameters
    ----------
    change_df : DataFrame
        Output of :func:`casekit.change`.
    instrument, scale : str
        Which rows to draw.
    lang : {"id", "en"}
    title : str, optional
        Replaces the default title (e.g. to say the data are synthetic).
    instruments : dict, optional
        Casebook-local instrument definitions (for the score range).
    min_n : int, optional
        Disclosure control for shared cohort reports: a class with fewer than
        ``min_n`` clients is not drawn; its legend entry says so (its trace
        has ``meta["suppressed"] = True`` and no points).

    Returns
    -------
    plotly.graph_objects.Figure
        One trace per class (``meta = {"kind": "class", "status", "n"}``),
        a ``"diagonal"`` trace, an ``"rc_band"`` trace (when the reliable
        change threshold is known) and shapes ``cutoff_x``/``cutoff_y``.
        ``layout.meta`` holds ``rc_threshold``, ``cutoff`` and ``n``.
    """
    check_frame(change_df, ["client_id", "instrument", "pre", "post"], "change_df", lang)
    rows = pick(change_df, instrument, scale)
    rows = rows[rows["pre"].notna() & rows["post"].notna()]
    head = cohort_title("fig_jacobson", instrument, scale, lang, title)
    if len(rows) == 0:
        return no_data(head, lang, t("fig_no_pairs", lang))
    pre = rows["pre"].astype(float).to_numpy()
    post = rows["post"].astype(float).to_numpy()
    inst = instrument_of(instrument, instruments)
    if inst is not None and inst.score_min is not None and inst.score_max is not None:
        lo, hi = float(inst.score_min), float(inst.score_max)
    else:
        lo, hi = float(min(pre.min(), post.min())), float(max(pre.max(), post.max()))
    rc = _single(rows, "rc_threshold")
    cut = _single(rows, "cutoff")
    if cut is not None:
        lo, hi = min(lo, cut), max(hi, cut)
    pad = (hi - lo) * 0.05 or 1.0
    lo, hi = lo - pad, hi + pad
    fig = go.Figure()
    if rc is not None:
        fig.add_trace(
            go.Scatter(
                x=[lo, hi, hi, lo, lo],
                y=[lo + rc, hi + rc, hi - rc, lo - rc, lo + rc],
                fill="toself",
                mode="lines",
                fillcolor="rgba(153,153,153,0.18)",
                line={"width": 0},
                hoverinfo="skip",
                name=t("fig_rc_band_short", lang).format(rc=fmt_number(rc, lang, 1)),
                meta={"kind": "rc_band", "rc": rc},
            )
        )
    fig.add_trace(
        go.Scatter(
            x=[lo, hi],
            y=[lo, hi],
            mode="lines",
            line={"color": "#444444", "width": 2},
            name=t("fig_no_change", lang),
            hoverinfo="skip",
            meta={"kind": "diagonal"},
        )
    )
    shapes = []
    if cut is not None:
        for axis in ("x", "y"):
            shapes.append(
                {
                    "type": "line",
                    "x0": cut if axis == "x" else lo,
                    "x1": cut if axis == "x" else hi,
                    "y0": lo if axis == "x" else cut,
                    "y1": hi if axis == "x" else cut,
                    "line": {"color": OKABE_ITO["blue"], "width": 2, "dash": "dash"},
                    "name": f"cutoff_{axis}",
                }
            )
        fig.add_annotation(
            x=cut,
            y=hi,
            text=f"{t('fig_cutoff', lang)} = {fmt_number(cut, lang, 1)}",
            showarrow=False,
            yanchor="top",
            xanchor="left",
            font={"size": SMALL_FONT, "color": OKABE_ITO["blue"]},
        )
    if rc is None:
        fig.add_annotation(
            x=lo,
            y=hi,
            xanchor="left",
            yanchor="top",
            showarrow=False,
            yshift=-24,
            text=t("fig_no_reliability", lang),
            bgcolor="rgba(255,255,255,0.85)",
            font={"size": SMALL_FONT, "color": "#555555"},
            name="no_rc",
        )
    statuses = [status_of(r) for _, r in rows.iterrows()]
    for status in _ORDER:
        idx = [k for k, s in enumerate(statuses) if s == status]
        if not idx:
            continue
        sub = rows.iloc[idx]
        name = t(f"fig_cs_{status}", lang) if status else t("fig_not_classified", lang)
        if min_n is not None and len(idx) < min_n:
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    marker={"size": 13, "color": STATUS_COLOR[status], "opacity": 0.35},
                    name=f"{name} ({t('fig_group_hidden', lang).format(k=min_n)})",
                    hoverinfo="skip",
                    meta={"kind": "class", "status": status, "n": None, "suppressed": True},
                )
            )
            continue
        hover = [
            f"<b>{esc(r['client_id'])}</b><br>{t('fig_tp_pre', lang)}: {fmt_number(r['pre'], lang)}<br>"
            f"{t('fig_tp_post', lang)}: {fmt_number(r['post'], lang)}"
            + (
                ""
                if is_missing(r.get("rci"))
                else f"<br>RCI: {fmt_number(float(r['rci']), lang, 2)}"
            )
            for _, r in sub.iterrows()
        ]
        fig.add_trace(
            go.Scatter(
                x=sub["pre"].astype(float),
                y=sub["post"].astype(float),
                mode="markers",
                marker={
                    "size": 13,
                    "color": STATUS_COLOR[status],
                    "line": {"color": "white", "width": 1},
                    "symbol": "circle" if status else "circle-open",
                },
                name=f"{name} (n={len(idx)})",
                hovertext=hover,
                hoverinfo="text",
                meta={"kind": "class", "status": status, "n": len(idx)},
            )
        )
    better_low = (
        bool(rows["higher_is_worse"].iloc[0])
        if "higher_is_worse" in rows and not is_missing(rows["higher_is_worse"].iloc[0])
        else True
    )
    fig.add_annotation(
        x=hi,
        y=lo,
        xanchor="right",
        yanchor="bottom",
        showarrow=False,
        text=t("fig_better_below" if better_low else "fig_better_above", lang),
        font={"size": SMALL_FONT, "color": "#555555"},
    )
    base_layout(
        fig,
        head,
        width=1050,
        height=820,
        margin={"l": 80, "r": 30, "t": 80, "b": 80},
        meta={"rc_threshold": rc, "cutoff": cut, "n": len(rows)},
        lang=lang,
    )
    fig.update_layout(shapes=shapes, legend={"x": 1.02, "y": 1})
    fig.update_xaxes(range=[lo, hi], title=t("fig_score_pre", lang), zeroline=False)
    fig.update_yaxes(
        range=[lo, hi],
        title=t("fig_score_post", lang),
        zeroline=False,
        scaleanchor="x",
        scaleratio=1,
    )
    return fig


def _single(rows, column):
    if column not in rows:
        return None
    vals = rows[column].dropna().astype(float).unique()
    if len(vals) == 0:
        return None
    return float(np.median(vals))
