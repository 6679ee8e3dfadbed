"""Forest plot: an effect size with its confidence interval per subgroup."""

from __future__ import annotations

import math

import plotly.graph_objects as go

from ..errors import ParameterError
from ..i18n import fmt_number, instrument_name, t, vocab
from ._cohort import check_frame, cohort_title
from ._style import OKABE_ITO, base_layout, esc, is_missing, no_data

__all__ = ["forest"]

_STAT_COLUMNS = {"n", "n_pre_only", "n_post_only"}


def forest(
    summary_df,
    instrument: str | None = None,
    scale: str = "total",
    effect: str = "g_av",
    lang: str = "id",
    title: str | None = None,
) -> go.Figure:
    """Effect size and CI per row of :func:`casekit.cohort_summary`.

    Parameters
    ----------
    summary_df : DataFrame
        Output of :func:`casekit.cohort_summary` (with or without ``by``).
    instrument : str, optional
        Keep one instrument (default: every instrument in the frame).
    scale : str
    effect : {"g_av", "d_av", "d_z", "mean_diff"}
        Column drawn; its CI is ``<effect>_ci_low/high`` (``diff_ci_low/high``
        for ``mean_diff``).
    lang : {"id", "en"}
    title : str, optional

    Returns
    -------
    plotly.graph_objects.Figure
        Trace ``meta["kind"] == "effects"``: x = effect, y = row, error bars =
        CI; marker area grows with n (10 to 30 px: side proportional to
        sqrt(n / largest n)). Suppressed rows (too few clients) are
        listed without a point, as the summary asks.
    """
    if effect not in ("g_av", "d_av", "d_z", "mean_diff"):
        raise ParameterError(f"effect must be g_av, d_av, d_z or mean_diff, not {effect!r}.")
    lo_col, hi_col = (
        ("diff_ci_low", "diff_ci_high")
        if effect == "mean_diff"
        else (f"{effect}_ci_low", f"{effect}_ci_high")
    )
    check_frame(
        summary_df, ["instrument", "scale", "n", effect, lo_col, hi_col], "summary_df", lang
    )
    rows = summary_df[summary_df["scale"] == scale]
    if instrument is not None:
        rows = rows[rows["instrument"] == instrument]
    head = cohort_title("fig_forest", instrument or "", scale, lang, title).rstrip(": ")
    if len(rows) == 0:
        return no_data(head, lang, t("fig_no_pairs", lang))
    by = list(summary_df.columns[2 : list(summary_df.columns).index("n")])
    labels, xs, lo, hi, sizes, hover, ys, suppressed = [], [], [], [], [], [], [], []
    for k, (_, r) in enumerate(rows.iterrows()):
        parts = [] if instrument is not None else [esc(instrument_name(r["instrument"], lang))]
        parts += [  # vocabulary values (sex) in the reader's language, as in the tables
            esc(vocab(r[c], lang) if c == "sex" else r[c]) for c in by if not is_missing(r[c])
        ]
        label = " \u00b7 ".join(parts) or t("fig_all_clients", lang)
        # a suppressed cell has no n (disclosure control): marked * as in the tables
        labels.append(f"{label} (n={'*' if is_missing(r['n']) else int(r['n'])})")
        if bool(r.get("suppressed", False)) or is_missing(r[effect]):
            suppressed.append(k)
            continue
        ys.append(k)
        xs.append(float(r[effect]))
        lo.append(float(r[effect]) - float(r[lo_col]))
        hi.append(float(r[hi_col]) - float(r[effect]))
        sizes.append(math.sqrt(float(r["n"])))
        hover.append(
            f"{label}<br>{t('fig_effect_' + effect, lang)} = {fmt_number(float(r[effect]), lang, 2)} "
            f"[{fmt_number(float(r[lo_col]), lang, 2)}{'; ' if lang == 'id' else ', '}"
            f"{fmt_number(float(r[hi_col]), lang, 2)}]"
            f"<br>n = {int(r['n'])}"
        )
    fig = go.Figure()
    fig.add_vline(x=0, line={"color": "#444444", "width": 1.5})
    if xs:
        # marker area ~ n, relative to the largest group: 10 to 30 px whatever the cohort size
        sizes = [10 + 20 * v / max(sizes) for v in sizes]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="markers",
                marker={"symbol": "square", "size": sizes, "color": OKABE_ITO["blue"]},
                error_x={
                    "type": "data",
                    "symmetric": False,
                    "array": hi,
                    "arrayminus": lo,
                    "thickness": 2.5,
                    "width": 8,
                    "color": OKABE_ITO["blue"],
                },
                hovertext=hover,
                hoverinfo="text",
                showlegend=False,
                meta={"kind": "effects", "effect": effect},
            )
        )
    for k in suppressed:
        fig.add_annotation(
            x=0,
            y=k,
            text=f"<i>{t('fig_suppressed', lang)}</i>",
            showarrow=False,
            xanchor="left",
            font={"size": 15, "color": "#777777"},
        )
    hiw = rows["higher_is_worse"].dropna()
    note = t(
        "fig_effect_note_worse"
        if (len(hiw) == 0 or bool(hiw.iloc[0]))
        else "fig_effect_note_better",
        lang,
    )
    fig.add_annotation(
        text=note,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-75,
        showarrow=False,
        font={"size": 15, "color": "#555555"},
    )
    n = len(labels)
    base_layout(
        fig,
        head,
        width=1050,
        height=260 + 60 * n,
        margin={"l": 330, "r": 40, "t": 80, "b": 110},
        lang=lang,
    )
    fig.update_yaxes(
        tickvals=list(range(n)),
        ticktext=labels,
        range=[n - 0.4, -0.6],
        showgrid=False,
        zeroline=False,
    )
    ends = (
        [0.0]
        + [x - a for x, a in zip(xs, lo, strict=True)]
        + [x + b for x, b in zip(xs, hi, strict=True)]
    )
    span = (max(ends) - min(ends)) or 1.0
    fig.update_xaxes(
        title=t(f"fig_effect_{effect}", lang),
        zeroline=False,
        range=[min(ends) - 0.08 * span, max(ends) + 0.08 * span],
    )
    return fig
