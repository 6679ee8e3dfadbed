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
from ._cohort import STATUS_COLOR, check_frame, cohort_title, instrument_of, pick
from ._style import OKABE_ITO, SMALL_FONT, base_layout, esc, is_missing, no_data

__all__ = ["jacobson", "MAX_POINTS"]

#: above this many clients the plot counts clients per score cell (see ``max_points``)
MAX_POINTS = 2000
_ORDER = ["recovered", "improved", "unchanged", "deteriorated", "harmed", None]


def jacobson(
    change_df,
    instrument: str,
    scale: str = "total",
    lang: str = "id",
    title: str | None = None,
    instruments=None,
    min_n: int | None = None,
    max_points: int | None = MAX_POINTS,
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
        Disclosure control for shared cohort reports: a class the cohort
        table blanks (:func:`casekit.disclosure.hidden_classes`: fewer than
        ``min_n`` clients, or a class that would give such a count back from
        n) is not drawn, since every point's position tells its class; its
        legend entry says so (its trace has ``meta["suppressed"] = True`` and
        no points); with more clients
        than ``max_points``, a score cell of fewer than ``min_n`` clients
        says "fewer than min_n" instead of its count.
    max_points : int or None
        Above this many clients the plot shows one marker per (pre, post)
        score cell and class instead of one per client: its area grows with
        the number of clients in it and its hover gives that number (scores
        are whole numbers on most instruments; other scores are binned to
        1/100 of the axis range). The page then has a constant size whatever
        the number of clients. ``None``: always one marker per client.
        Default :data:`MAX_POINTS` (chosen by measurement, see
        ``benchmarks/bench_cohort.py``).

    Returns
    -------
    plotly.graph_objects.Figure
        One trace per class (``meta = {"kind": "class", "status", "n"}``,
        plus ``"cells"`` and ``customdata`` = clients per cell when grouped),
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
    width = _cell_width(pre, post, hi - lo)
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
    statuses = _statuses(rows)
    grouped = max_points is not None and len(rows) > max_points
    hidden = set()
    if min_n is not None:
        from ..disclosure import hidden_classes

        counts = {f"n_{s or 'not_classified'}": int((statuses == (s or "")).sum()) for s in _ORDER}
        hidden = hidden_classes(counts, min_n)
    for status in _ORDER:
        take = statuses == ("" if status is None else status)
        count = int(take.sum())
        if not count:
            continue
        name = t(f"fig_cs_{status}", lang) if status else t("fig_not_classified", lang)
        marker = {"size": 13, "color": STATUS_COLOR[status], "line": {"color": "white", "width": 1}}
        marker["symbol"] = "circle" if status else "circle-open"
        meta = {"kind": "class", "status": status, "n": count}
        if f"n_{status or 'not_classified'}" in hidden:
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    marker={"size": 13, "color": STATUS_COLOR[status], "opacity": 0.35},
                    name=f"{name} ({t('fig_class_hidden', lang).format(k=min_n)})",
                    hoverinfo="skip",
                    meta={**meta, "n": None, "suppressed": True},
                )
            )
            continue
        sub = rows[take]
        if grouped:
            fig.add_trace(_cells_trace(sub, name, marker, meta, count, lang, min_n, width))
            continue
        x = sub["pre"].to_numpy(dtype=float)
        y = sub["post"].to_numpy(dtype=float)
        rci = (
            sub["rci"].to_numpy(dtype=float, na_value=np.nan)
            if "rci" in sub
            else np.full(len(sub), np.nan)
        )
        hover = [
            f"<b>{esc(c)}</b><br>{t('fig_tp_pre', lang)}: {fmt_number(a, lang)}<br>"
            f"{t('fig_tp_post', lang)}: {fmt_number(b, lang)}"
            + ("" if np.isnan(r) else f"<br>RCI: {fmt_number(r, lang, 2)}")
            for c, a, b, r in zip(sub["client_id"], x, y, rci, strict=True)
        ]
        fig.add_trace(
            go.Scatter(
                x=x,
                y=y,
                mode="markers",
                marker=marker,
                name=f"{name} (n={count})",
                hovertext=hover,
                hoverinfo="text",
                meta=meta,
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
    if grouped:
        fig.add_annotation(
            text=t("fig_cells_note", lang),
            xref="paper",
            yref="paper",
            x=0,
            y=-0.14,
            xanchor="left",
            showarrow=False,
            font={"size": SMALL_FONT, "color": "#555555"},
            name="cells_note",
        )
    base_layout(
        fig,
        head,
        width=1050,
        height=820,
        margin={"l": 80, "r": 30, "t": 80, "b": 120 if grouped else 80},
        meta={"rc_threshold": rc, "cutoff": cut, "n": len(rows), "grouped": grouped},
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


def _statuses(rows) -> np.ndarray:
    """clinical_status, else reliable_change, else "" per row (vectorised ``status_of``)."""
    out = np.full(len(rows), "", dtype=object)
    for col in ("reliable_change", "clinical_status"):  # the later column wins
        if col in rows:
            vals = rows[col].astype("string")
            has = (vals.notna() & (vals.str.strip() != "")).to_numpy(dtype=bool, na_value=False)
            out[has] = vals[has].to_numpy(dtype=object)
    return out


def _cell_width(pre: np.ndarray, post: np.ndarray, span: float) -> float:
    """1 for whole-number scores, else 1/100 of the axis span."""
    whole = np.all(pre == np.round(pre)) and np.all(post == np.round(post))
    return 1.0 if whole else (span / 100 or 1.0)


def _cells_trace(sub, name, marker, meta, count, lang, min_n, width) -> go.Scatter:
    """One marker per (pre, post) cell of ``sub``: area ~ clients, hover = clients."""
    x = np.round(sub["pre"].to_numpy(dtype=float) / width) * width
    y = np.round(sub["post"].to_numpy(dtype=float) / width) * width
    cells, n = np.unique(np.column_stack([x, y]), axis=0, return_counts=True)
    if min_n is not None:
        shown = np.where(n < min_n, t("fig_fewer_than", lang).format(k=min_n), n.astype(str))
        n = np.maximum(n, min_n)  # a small cell's marker does not tell its count either
    else:
        shown = n.astype(str)
    digits = 0 if width >= 1 else 3
    return go.Scatter(
        x=np.round(cells[:, 0], digits),
        y=np.round(cells[:, 1], digits),
        mode="markers",
        marker={
            **marker,
            "size": np.round(6 + 4 * np.sqrt(n / n.max()) * 4, 1),
            "line": {"width": 0},
        },
        customdata=shown,
        name=f"{name} (n={count})",
        hovertemplate=(
            f"{t('fig_tp_pre', lang)}: %{{x}}<br>{t('fig_tp_post', lang)}: %{{y}}<br>"
            f"{t('fig_clients_in_cell', lang)}: %{{customdata}}<extra></extra>"
        ),
        meta={**meta, "cells": len(cells)},
    )


def _single(rows, column):
    if column not in rows:
        return None
    vals = rows[column].dropna().astype(float).unique()
    if len(vals) == 0:
        return None
    return float(np.median(vals))
