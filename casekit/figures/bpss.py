"""BPSS: biological, psychological, social and spiritual functioning side by side.

The seed's table 3 lists findings per domain in four columns. Here each
finding of ``bpss.csv`` is a card in its domain's column; problems and
strengths differ in colour, border and sign (so the difference survives
black-and-white printing), neutral findings are grey.
"""

from __future__ import annotations

import plotly.graph_objects as go

from ..i18n import t
from ..tables import DOMAIN
from ._style import (
    OKABE_ITO,
    SMALL_FONT,
    base_layout,
    client_title,
    client_view,
    is_missing,
    no_data,
    text_box,
    wrap,
)

__all__ = ["bpss", "KIND_STYLE"]

COL_W = 300  # px per domain column
GAP = 16
CARD_CHARS = 27
TOP = 70  # room for the domain headers

#: kind -> border colour, fill, sign, border dash
KIND_STYLE = {
    "problem": {
        "color": OKABE_ITO["vermilion"],
        "fill": "rgba(213,94,0,0.12)",
        "sign": "\u2212",
        "dash": "solid",
    },
    "strength": {
        "color": OKABE_ITO["green"],
        "fill": "rgba(0,158,115,0.14)",
        "sign": "+",
        "dash": "solid",
    },
    "neutral": {
        "color": OKABE_ITO["grey"],
        "fill": "rgba(153,153,153,0.10)",
        "sign": "\u2022",
        "dash": "dot",
    },
}


def bpss(cb, client_id: str, lang: str = "id") -> go.Figure:
    """Draw the client's BPSS findings from ``bpss.csv`` as four columns of cards.

    Parameters
    ----------
    cb : Casebook
    client_id : str
    lang : {"id", "en"}

    Returns
    -------
    plotly.graph_objects.Figure
        One rectangle shape per finding named ``card:<domain>:<n>`` (border
        colour by kind: problem, strength, neutral; a finding without a kind is
        neutral) with its text as an annotation named ``text:<domain>:<n>``.
    """
    one = client_view(cb, client_id, lang)
    title = client_title("fig_bpss", one, client_id, lang)
    tab = one.bpss.reset_index(drop=True)
    if len(tab) == 0:
        return no_data(title, lang, t("fig_no_bpss", lang))
    fig = go.Figure()
    shapes = []
    bottoms = []
    order = {"problem": 0, "strength": 1, "neutral": 2}
    for col, domain in enumerate(DOMAIN):
        x0 = col * (COL_W + GAP)
        fig.add_annotation(
            x=x0 + COL_W / 2,
            y=(TOP - 12) / 2,
            text=f"<b>{t(domain, lang).capitalize()}</b>",
            showarrow=False,
            font={"size": 20},
            name=f"header:{domain}",
        )
        shapes.append(
            {
                "type": "rect",
                "x0": x0,
                "x1": x0 + COL_W,
                "y0": 0,
                "y1": TOP - 12,
                "line": {"width": 0},
                "fillcolor": "#EEEEEE",
                "layer": "below",
                "name": f"header:{domain}",
            }
        )
        rows = tab[tab["domain"] == domain]
        items = []
        for i, row in rows.iterrows():
            kind = "neutral" if is_missing(row.get("kind")) else str(row["kind"])
            items.append((order.get(kind, 2), i, kind, row))
        items.sort(key=lambda it: (it[0], it[1]))
        y = TOP
        for _, i, kind, row in items:
            style = KIND_STYLE[kind]
            text = f"<b>{style['sign']}</b> " + wrap(row["finding"], CARD_CHARS)
            if not is_missing(row.get("source")):
                text += "<br><i>(" + wrap(row["source"], CARD_CHARS) + ")</i>"
            _, h = text_box(text, SMALL_FONT)
            h += 14
            shapes.append(
                {
                    "type": "rect",
                    "x0": x0 + 4,
                    "x1": x0 + COL_W - 4,
                    "y0": y,
                    "y1": y + h,
                    "line": {"color": style["color"], "width": 2.5, "dash": style["dash"]},
                    "fillcolor": style["fill"],
                    "name": f"card:{domain}:{i}",
                }
            )
            fig.add_annotation(
                x=x0 + 14,
                y=y + h / 2,
                text=text,
                showarrow=False,
                xanchor="left",
                align="left",
                font={"size": SMALL_FONT},
                name=f"text:{domain}:{i}",
            )
            y += h + 10
        if not items:
            fig.add_annotation(
                x=x0 + COL_W / 2,
                y=TOP + 24,
                text=f"<i>{t('fig_none_recorded', lang)}</i>",
                showarrow=False,
                font={"size": SMALL_FONT, "color": "#888888"},
                name=f"empty:{domain}",
            )
            y += 48
        bottoms.append(y)
    for kind in ("problem", "strength", "neutral"):
        if (tab["kind"].fillna("neutral") == kind).any():
            style = KIND_STYLE[kind]
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    name=f"{style['sign']} {t(kind, lang)}",
                    marker={
                        "symbol": "square",
                        "size": 18,
                        "color": style["fill"],
                        "line": {"color": style["color"], "width": 2.5},
                    },
                    meta={"kind": "legend"},
                )
            )
    width = 4 * COL_W + 3 * GAP
    height = max(bottoms) + 10
    base_layout(
        fig,
        title,
        width=width + 60,
        height=int(height + 150),
        margin={"l": 30, "r": 30, "t": 80, "b": 60},
        lang=lang,
    )
    fig.update_layout(
        shapes=shapes, legend={"orientation": "h", "y": -0.01, "yanchor": "top", "x": 0}
    )
    fig.update_xaxes(visible=False, range=[-2, width + 2])
    fig.update_yaxes(visible=False, range=[height, -2])
    return fig
