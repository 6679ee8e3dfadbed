"""Transitions from pre to post as Sankey diagrams: score bands, or clinical range.

:func:`transitions` draws the instrument's score bands (categories);
:func:`clinical_transitions` draws the clinical and functional range on either
side of the Jacobson & Truax cutoff, for instruments without bands.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..i18n import t
from ._cohort import check_frame, cohort_title, instrument_of, pick
from ._style import OKABE_ITO, base_layout, esc, no_data

__all__ = ["transitions", "transition_counts", "clinical_transitions", "transition_chart"]


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
        Disclosure control: flows of fewer than ``min_n`` clients are left
        out, and so are the flows that would give them back from the
        cohort's n (complementary suppression by
        :func:`casekit.disclosure.suppress` with the grand total published);
        a note says so (``layout.meta["hidden_flows"]`` counts them).

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

    def better(a, b):
        step = rank[b] - rank[a]
        return 0 if step == 0 else (1 if (step < 0) == worse_up else -1)

    return _sankey(counts, seen, better, head, lang, min_n, t("fig_sankey_note", lang), seen)


def clinical_transitions(
    change_df,
    instrument: str,
    scale: str = "total",
    lang: str = "id",
    title: str | None = None,
    min_n: int | None = None,
) -> go.Figure:
    """Sankey of the clinical and functional range before (left) and after (right).

    A score is in the functional range when it lies strictly beyond the
    cutoff on the healthy side (below it when higher is worse), else in the
    clinical range, as in :func:`casekit.change` (Jacobson & Truax, 1991).
    The chart for instruments without score bands.

    Parameters
    ----------
    change_df : DataFrame
        Output of :func:`casekit.change` (uses ``pre``, ``post``, ``cutoff``,
        ``higher_is_worse``).
    instrument, scale : str
    lang : {"id", "en"}
    title : str, optional
    min_n : int, optional
        Disclosure control as in :func:`transitions`.

    Returns
    -------
    plotly.graph_objects.Figure
        As :func:`transitions` (``meta["categories"]`` = the two ranges); a
        "no data" figure saying why when no client has a cutoff.
    """
    check_frame(change_df, ["client_id", "instrument", "pre", "post"], "change_df", lang)
    head = cohort_title("fig_clinical_transitions", instrument, scale, lang, title)
    rows = pick(change_df, instrument, scale)
    if "cutoff" not in rows:
        return no_data(head, lang, t("fig_no_clinical_range", lang))
    rows = rows[rows["pre"].notna() & rows["post"].notna() & rows["cutoff"].notna()]
    if len(rows) == 0:
        return no_data(head, lang, t("fig_no_clinical_range", lang))
    x1 = rows["pre"].to_numpy(dtype=float)
    x2 = rows["post"].to_numpy(dtype=float)
    cut = rows["cutoff"].to_numpy(dtype=float)
    hiw = (
        rows["higher_is_worse"].fillna(True).to_numpy(dtype=bool)
        if "higher_is_worse" in rows
        else np.ones(len(rows), dtype=bool)
    )
    clinical, functional = t("fig_range_clinical", lang), t("fig_range_functional", lang)
    side = {True: functional, False: clinical}
    pre_f = np.where(hiw, x1 < cut, x1 > cut)
    post_f = np.where(hiw, x2 < cut, x2 > cut)
    counts = (
        pd.DataFrame({"pre": [side[b] for b in pre_f], "post": [side[b] for b in post_f]})
        .groupby(["pre", "post"])
        .size()
        .rename("n")
        .reset_index()
    )
    seen = [clinical, functional]

    def better(a, b):
        return 0 if a == b else (1 if b == functional else -1)

    return _sankey(counts, seen, better, head, lang, min_n, t("fig_clinical_note", lang), seen)


def _hidden_flows(counts: pd.DataFrame, min_n: int) -> np.ndarray:
    """Flows to leave out: the cells :func:`casekit.disclosure.suppress` blanks in the
    pre x post table when only its grand total (the cohort's n) is published."""
    from ..disclosure import suppression_mask

    grid = counts.pivot_table(index="pre", columns="post", values="n", fill_value=0)
    mask = suppression_mask(
        grid.reset_index(drop=True), list(grid.columns), min_n,
        row_total=False, column_total=False, grand_total=True, verify=False,
    )  # fmt: skip
    mask.index = grid.index
    return np.array(
        [mask.at[a, b] != "" for a, b in zip(counts["pre"], counts["post"], strict=True)]
    )


def _sankey(counts, seen, better, head, lang, min_n, note, categories) -> go.Figure:
    hidden = 0
    if min_n is not None and len(counts):
        gone = _hidden_flows(counts, min_n)
        hidden = int(gone.sum())
        counts = counts[~gone]
    if len(counts) == 0:
        return no_data(head, lang, t("fig_flows_hidden", lang).format(k=min_n))
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
    colour = {1: "rgba(0,114,178,0.45)", 0: "rgba(153,153,153,0.45)", -1: "rgba(213,94,0,0.5)"}
    pre_cats, post_cats = counts["pre"].tolist(), counts["post"].tolist()
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
            link={
                "source": [left.index(a) for a in pre_cats],
                "target": [len(left) + right.index(b) for b in post_cats],
                "value": counts["n"].astype(int).tolist(),
                "color": [colour[better(a, b)] for a, b in zip(pre_cats, post_cats, strict=True)],
            },
            textfont={"size": 16},
            meta={"kind": "sankey", "categories": list(categories)},
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
        text=note,
        xref="paper",
        yref="paper",
        x=0,
        y=-0.06,
        showarrow=False,
        xanchor="left",
        font={"size": 15, "color": "#555555"},
    )
    return fig


def transition_chart(scores_df, change_df, instrument, scale="total", pre="pre", post="post",
                     lang="id", instruments=None, min_n=None):  # fmt: skip
    """The transition chart that has something to show, or why there is none.

    Score bands when the instrument defines them, else the clinical range
    when these clients have a cutoff; a chart left with fewer than two
    visible flows after disclosure control is not drawn (one flow says only
    that nearly everyone stayed put, and the hidden ones cannot be shown).

    Returns
    -------
    (str, Figure or None, str)
        ``("bands" | "clinical", fig, "")``, or ``("", None, why)`` with the
        reason in ``lang``.
    """
    inst = instrument_of(instrument, instruments)
    rows = pick(change_df, instrument, scale)
    if inst is not None and inst.categories:
        kind = "bands"
        fig = transitions(
            scores_df, instrument, scale, pre, post, lang, instruments=instruments, min_n=min_n
        )
    elif "cutoff" in rows and rows["cutoff"].notna().any():
        kind = "clinical"
        fig = clinical_transitions(change_df, instrument, scale, lang, min_n=min_n)
    else:
        return "", None, t("fig_no_clinical_range", lang)
    flows = len(fig.data[0].link.value) if fig.data and fig.data[0].type == "sankey" else 0
    if flows < 2:
        return "", None, t("fig_flows_too_few", lang).format(k=min_n or 1)
    return kind, fig, ""
