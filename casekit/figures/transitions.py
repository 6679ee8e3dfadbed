"""Category transitions from pre to post as a Sankey diagram."""

from __future__ import annotations

import plotly.graph_objects as go

from ..i18n import t
from ._cohort import check_frame, cohort_title, instrument_of, pick
from ._style import OKABE_ITO, base_layout, esc, no_data

__all__ = ["transitions", "transition_counts"]


def transition_counts(
    scores_df,
    instrument: str,
    scale: str = "total",
    pre: str = "pre",
    post: str = "post",
    column: str = "category",
):
    """Clients per (pre category, post category): DataFrame with columns pre, post, n."""
    rows = pick(scores_df, instrument, scale)
    rows = rows[rows["timepoint"].isin([pre, post]) & rows[column].notna()]
    wide = rows.pivot_table(index="client_id", columns="timepoint", values=column, aggfunc="first")
    if pre not in wide or post not in wide:
        return wide.iloc[0:0]
    wide = wide[[pre, post]].dropna()
    wide.columns = ["pre", "post"]
    return wide.groupby(["pre", "post"]).size().rename("n").reset_index()


def transitions(
    scores_df,
    instrument: str,
    scale: str = "total",
    pre: str = "pre",
    post: str = "post",
    lang: str = "id",
    title: str | None = None,
    instruments=None,
    min_n: int | None = None,
) -> go.Figure:
    """Sankey of the instrument's categories before (left) and after (right).

    Parameters
    ----------
    scores_df : DataFrame
        Output of :func:`casekit.score` (uses ``category`` / ``category_id``).
    instrument, scale, pre, post : str
    lang : {"id", "en"}
    title : str, optional
    instruments : dict, optional
    min_n : int, optional
        Disclosure control: flows of fewer than ``min_n`` clients are left out
        and a note says so (``layout.meta["hidden_flows"]`` counts them).

    Returns
    -------
    plotly.graph_objects.Figure
        One Sankey trace: nodes = categories at pre then at post (ordered from
        the lowest score band), links = clients moving between them (value =
        count; blue = to a better band, vermilion = worse, grey = same).
    """
    check_frame(scores_df, ["client_id", "instrument", "timepoint", "score"], "scores_df", lang)
    head = cohort_title("fig_transitions", instrument, scale, lang, title)
    column = "category_id" if lang == "id" and "category_id" in scores_df else "category"
    if column not in scores_df:
        return no_data(head, lang, t("fig_no_categories", lang))
    counts = transition_counts(scores_df, instrument, scale, pre, post, column)
    hidden = 0
    if min_n is not None and len(counts):
        small = counts["n"] < min_n
        hidden = int(small.sum())
        counts = counts[~small]
    if len(counts) == 0:
        return no_data(head, lang, t("fig_no_categories", lang))
    inst = instrument_of(instrument, instruments)
    key = "label_id" if column == "category_id" else "label_en"
    order = []
    worse_up = True
    if inst is not None:
        worse_up = inst.higher_is_worse
        order = [c[key] for c in sorted(inst.categories, key=lambda c: c["min"])]
    seen = sorted(
        set(counts["pre"]) | set(counts["post"]),
        key=lambda c: (order.index(c) if c in order else 99, c),
    )
    rank = {c: k for k, c in enumerate(seen)}
    # nodes: categories present at pre (left), then at post (right), lowest band on top
    left = [c for c in seen if (counts["pre"] == c).any()]
    right = [c for c in seen if (counts["post"] == c).any()]
    labels = [f"{esc(c)} ({t('fig_tp_pre', lang)})" for c in left] + [
        f"{esc(c)} ({t('fig_tp_post', lang)})" for c in right
    ]
    total = float(counts["n"].sum())
    xs, ys = [], []
    for column_cats, side, x in ((left, "pre", 0.001), (right, "post", 0.999)):
        pad = 0.04
        avail = 1 - pad * (len(column_cats) - 1)
        cum = 0.0
        for k, c in enumerate(column_cats):
            share = counts.loc[counts[side] == c, "n"].sum() / total * avail
            xs.append(x)
            ys.append(min(max(cum + share / 2 + k * pad, 0.001), 0.999))
            cum += share
    src, dst, val, col = [], [], [], []
    for _, r in counts.iterrows():
        src.append(left.index(r["pre"]))
        dst.append(len(left) + right.index(r["post"]))
        val.append(int(r["n"]))
        step = rank[r["post"]] - rank[r["pre"]]
        better = step != 0 and ((step < 0) == worse_up)
        col.append(
            "rgba(0,114,178,0.45)"
            if better
            else ("rgba(153,153,153,0.45)" if step == 0 else "rgba(213,94,0,0.5)")
        )
    fig = go.Figure(
        go.Sankey(
            arrangement="fixed",
            node={
                "label": labels,
                "pad": 22,
                "thickness": 24,
                "x": xs,
                "y": ys,
                "color": [OKABE_ITO["grey"]] * len(labels),
                "line": {"color": "#333333", "width": 1},
            },
            link={"source": src, "target": dst, "value": val, "color": col},
            textfont={"size": 16},
            meta={"kind": "sankey", "categories": seen},
        )
    )
    base_layout(
        fig, head, width=1100, height=620, margin={"l": 30, "r": 30, "t": 80, "b": 60}, lang=lang
    )
    fig.update_layout(meta={"hidden_flows": hidden})
    if hidden:
        fig.add_annotation(
            text=t("fig_flows_hidden", lang).format(k=min_n),
            xref="paper",
            yref="paper",
            x=0,
            y=-0.12,
            showarrow=False,
            xanchor="left",
            font={"size": 15, "color": "#555555"},
        )
    fig.add_annotation(
        text=t("fig_sankey_note", lang),
        xref="paper",
        yref="paper",
        x=0,
        y=-0.06,
        showarrow=False,
        xanchor="left",
        font={"size": 15, "color": "#555555"},
    )
    return fig
