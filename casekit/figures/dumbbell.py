"""Dumbbell chart: each client's pre and post score joined by a line."""

from __future__ import annotations

import plotly.graph_objects as go

from ..i18n import fmt_number, t
from ._cohort import check_frame, cohort_title, instrument_of, pick
from ._style import OKABE_ITO, base_layout, esc, no_data

__all__ = ["dumbbell", "pairs"]


def pairs(scores_df, instrument: str, scale: str, pre: str, post: str):
    """One row per client with both scores: client_id, pre, post (sorted by pre)."""
    rows = pick(scores_df, instrument, scale)
    rows = rows[rows["timepoint"].isin([pre, post]) & rows["score"].notna()]
    wide = rows.pivot_table(index="client_id", columns="timepoint", values="score", aggfunc="first")
    if pre not in wide or post not in wide:
        return wide.iloc[0:0]
    wide = wide[[pre, post]].dropna().astype(float).reset_index()
    wide.columns = ["client_id", "pre", "post"]
    return wide.sort_values(["pre", "post", "client_id"]).reset_index(drop=True)


def dumbbell(
    scores_df,
    instrument: str,
    scale: str = "total",
    pre: str = "pre",
    post: str = "post",
    lang: str = "id",
    title: str | None = None,
    instruments=None,
) -> go.Figure:
    """Paired pre/post scores, one row per client, sorted by the pre score.

    Parameters
    ----------
    scores_df : DataFrame
        Output of :func:`casekit.score`.
    instrument, scale, pre, post : str
    lang : {"id", "en"}
    title : str, optional
    instruments : dict, optional

    Returns
    -------
    plotly.graph_objects.Figure
        Traces ``meta["kind"]``: ``"better"``/``"worse"``/``"same"`` (the
        connecting lines, coloured by direction: the instrument's
        ``higher_is_worse`` decides which way is better), ``"pre"`` and
        ``"post"`` markers (y = client's row, x = score).
    """
    check_frame(scores_df, ["client_id", "instrument", "timepoint", "score"], "scores_df", lang)
    head = cohort_title("fig_dumbbell", instrument, scale, lang, title)
    wide = pairs(scores_df, instrument, scale, pre, post)
    if len(wide) == 0:
        return no_data(head, lang, t("fig_no_pairs", lang))
    inst = instrument_of(instrument, instruments)
    worse_up = True if inst is None else inst.higher_is_worse
    fig = go.Figure()
    groups = {"better": ([], []), "worse": ([], []), "same": ([], [])}
    for k, r in wide.iterrows():
        d = r["post"] - r["pre"]
        kind = "same" if d == 0 else ("better" if (d < 0) == worse_up else "worse")
        groups[kind][0].extend([r["pre"], r["post"], None])
        groups[kind][1].extend([k, k, None])
    colors = {
        "better": OKABE_ITO["blue"],
        "worse": OKABE_ITO["vermilion"],
        "same": OKABE_ITO["grey"],
    }
    for kind, (xs, ys) in groups.items():
        if xs:
            fig.add_trace(
                go.Scatter(
                    x=xs,
                    y=ys,
                    mode="lines",
                    line={"color": colors[kind], "width": 3},
                    name=t(f"fig_{kind}", lang),
                    hoverinfo="skip",
                    meta={"kind": kind},
                )
            )
    ys = list(range(len(wide)))
    hover = [
        f"<b>{esc(c)}</b>: {fmt_number(a, lang)} \u2192 {fmt_number(b, lang)}"
        for c, a, b in zip(wide["client_id"], wide["pre"], wide["post"], strict=True)
    ]
    fig.add_trace(
        go.Scatter(
            x=wide["pre"],
            y=ys,
            mode="markers",
            name=t("fig_tp_pre", lang),
            marker={"size": 11, "color": "white", "line": {"color": "#333333", "width": 2}},
            hovertext=hover,
            hoverinfo="text",
            meta={"kind": "pre"},
        )
    )
    fig.add_trace(
        go.Scatter(
            x=wide["post"],
            y=ys,
            mode="markers",
            name=t("fig_tp_post", lang),
            marker={"size": 11, "color": "#333333"},
            hovertext=hover,
            hoverinfo="text",
            meta={"kind": "post"},
        )
    )
    n = len(wide)
    base_layout(
        fig,
        head,
        width=1000,
        height=int(min(2400, 220 + 16 * n)),
        margin={"l": 110, "r": 30, "t": 80, "b": 70},
        lang=lang,
    )
    fig.update_yaxes(
        tickvals=ys,
        ticktext=[esc(c) for c in wide["client_id"]],
        tickfont={"size": 11 if n > 30 else 15},
        range=[-1, n],
        showgrid=False,
    )
    direction = t("fig_higher_worse", lang) if worse_up else t("fig_higher_better", lang)
    fig.update_xaxes(title=f"{t('fig_score', lang)} ({direction})")
    if inst is not None and inst.score_min is not None and inst.score_max is not None:
        pad = (inst.score_max - inst.score_min) * 0.03
        fig.update_xaxes(range=[inst.score_min - pad, inst.score_max + pad])
    fig.update_layout(
        legend={"orientation": "h", "x": 1, "xanchor": "right", "y": 1.0, "yanchor": "bottom"}
    )
    return fig
