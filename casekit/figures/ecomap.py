"""Ecomap: the client among the people and institutions around them.

Conventions follow Hartman (1978, "Diagrammatic assessment of family
relationships", *Social Casework* 59(8), 465-476; 1995, *Families in
Society* 76(2), 111-122): the client in the centre, each system a circle
around; the line says how strong the tie is (strong = thick solid,
moderate = solid, weak = dashed, stressful = jagged, broken = cut through)
and arrows beside the line show which way energy or resources flow.
"""

from __future__ import annotations

import html
import math

import numpy as np
import plotly.graph_objects as go

from ..i18n import t
from ..tables import ECO_CATEGORY
from ..tables import STRENGTH as STRENGTHS
from ._style import (
    OKABE_ITO,
    SMALL_FONT,
    base_layout,
    client_title,
    client_view,
    esc,
    hide_axes,
    is_missing,
    no_data,
    wrap,
)

__all__ = ["ecomap", "STRENGTH_STYLE", "CATEGORY_COLOR"]

#: strength -> line width (px) and plotly dash; "zigzag"/"cut" add the Hartman marks
STRENGTH_STYLE = {
    "strong": {"width": 8.0, "dash": "solid"},
    "moderate": {"width": 3.5, "dash": "solid"},
    "weak": {"width": 2.5, "dash": "dash"},
    "stressful": {"width": 2.5, "dash": "solid", "zigzag": True},
    "broken": {"width": 2.5, "dash": "solid", "cut": True},
    None: {"width": 1.5, "dash": "dot"},
}

#: category -> colour (Okabe-Ito first; two Paul Tol colours for the 9th and 10th)
CATEGORY_COLOR = {
    "family": OKABE_ITO["vermilion"],
    "friend": OKABE_ITO["orange"],
    "neighbour": OKABE_ITO["green"],
    "community": OKABE_ITO["sky"],
    "health": OKABE_ITO["blue"],
    "religious": OKABE_ITO["purple"],
    "government": OKABE_ITO["black"],
    "work": OKABE_ITO["yellow"],
    "education": "#882255",
    "other": OKABE_ITO["grey"],
    None: OKABE_ITO["grey"],
}

NODE_R = 1.25
CLIENT_R = 1.5
PX = 44
EDGE_COLOR = "#333333"


def _ring_radius(n: int) -> float:
    """Radius that leaves room for ``n`` node circles side by side."""
    needed = n * (2 * NODE_R + 0.9) / (2 * math.pi)
    return max(6.0, needed)


def ecomap(cb, client_id: str, lang: str = "id") -> go.Figure:
    """Draw the client's ecomap from ``ecomap.csv``.

    Parameters
    ----------
    cb : Casebook
    client_id : str
    lang : {"id", "en"}

    Returns
    -------
    plotly.graph_objects.Figure
        One trace per tie with ``meta = {"kind": "ecomap_edge", "system",
        "strength", "flow", "width", "dash"}``; systems are circle shapes named
        ``system:<n>`` placed around the client, grouped by category (colour,
        with a legend); energy-flow arrows are annotations named
        ``flow:<n>``.
    """
    one = client_view(cb, client_id, lang)
    title = client_title("fig_ecomap", one, client_id, lang)
    eco = one.ecomap.reset_index(drop=True)
    if len(eco) == 0:
        return no_data(title, lang, t("fig_no_ecomap", lang))
    rank = {c: i for i, c in enumerate(ECO_CATEGORY)}
    rows = []
    for i, row in eco.iterrows():
        cat = None if is_missing(row.get("category")) else str(row["category"])
        strength = None if is_missing(row.get("strength")) else str(row["strength"])
        flow = None if is_missing(row.get("flow")) else str(row["flow"])
        rows.append(
            {
                "i": i,
                "system": row["system"],
                "category": cat,
                "strength": strength,
                "flow": flow,
                "note": row.get("note"),
            }
        )
    rows.sort(key=lambda r: (rank.get(r["category"], len(rank)), r["i"]))
    n = len(rows)
    radius = _ring_radius(n)
    fig = go.Figure()
    shapes = [
        {
            "type": "circle",
            "x0": -CLIENT_R,
            "x1": CLIENT_R,
            "y0": -CLIENT_R,
            "y1": CLIENT_R,
            "line": {"color": "#222222", "width": 3},
            "fillcolor": "#F2F2F2",
            "name": "client",
        }
    ]
    pseudonym = client_title("client", one, client_id, lang).split(": ", 1)[1]
    fig.add_annotation(
        x=0,
        y=0,
        text="<b>" + wrap(html.unescape(pseudonym), 12, 2) + "</b>",
        showarrow=False,
        font={"size": 18},
        name="client_label",
    )
    seen_strength: set = set()
    hover_x, hover_y, hover_text = [], [], []
    for k, r in enumerate(rows):
        angle = math.pi / 2 - 2 * math.pi * k / n
        ux, uy = math.cos(angle), math.sin(angle)
        cx, cy = radius * ux, radius * uy
        color = CATEGORY_COLOR.get(r["category"], OKABE_ITO["grey"])
        shapes.append(
            {
                "type": "circle",
                "x0": cx - NODE_R,
                "x1": cx + NODE_R,
                "y0": cy - NODE_R,
                "y1": cy + NODE_R,
                "line": {"color": color, "width": 3},
                "fillcolor": _tint(color, 0.18),
                "name": f"system:{k}",
            }
        )
        fig.add_annotation(
            x=cx,
            y=cy,
            text=wrap(r["system"], 11, 3),
            showarrow=False,
            font={"size": SMALL_FONT - 1},
            name=f"system_label:{k}",
        )
        start = np.array([ux, uy]) * (CLIENT_R + 0.1)
        end = np.array([ux, uy]) * (radius - NODE_R - 0.1)
        style = STRENGTH_STYLE.get(r["strength"], STRENGTH_STYLE[None])
        xs, ys = _edge_path(start, end, style)
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": EDGE_COLOR, "width": style["width"], "dash": style["dash"]},
                name=_strength_name(r["strength"], lang),
                legendrank=100 + STRENGTHS.index(r["strength"])
                if r["strength"] in STRENGTHS
                else 199,
                legendgroup="strength",
                legendgrouptitle_text=t("fig_strength", lang) if not seen_strength else None,
                showlegend=r["strength"] not in seen_strength,
                hoverinfo="skip",
                meta={
                    "kind": "ecomap_edge",
                    "system": str(r["system"]),
                    "strength": r["strength"],
                    "flow": r["flow"],
                    "width": style["width"],
                    "dash": style["dash"],
                },
            )
        )
        seen_strength.add(r["strength"])
        _flow_arrows(fig, start, end, r["flow"], k)
        hover_x.append(cx)
        hover_y.append(cy)
        hover_text.append(_hover(r, lang))
    # category legend (marker only) and hover points
    for cat in sorted({r["category"] for r in rows}, key=lambda c: rank.get(c, len(rank))):
        color = CATEGORY_COLOR.get(cat, OKABE_ITO["grey"])
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                marker={
                    "size": 16,
                    "color": _tint(color, 0.18),
                    "line": {"color": color, "width": 3},
                },
                name=t(cat, lang) if cat else t("unknown", lang),
                legendgroup="category",
                legendrank=300,
                legendgrouptitle_text=t("fig_category", lang),
                meta={"kind": "legend"},
            )
        )
    fig.add_trace(
        go.Scatter(
            x=hover_x,
            y=hover_y,
            mode="markers",
            marker={"size": 2 * NODE_R * PX * 0.9, "color": "rgba(0,0,0,0)"},
            hovertext=hover_text,
            hoverinfo="text",
            showlegend=False,
            meta={"kind": "hover"},
        )
    )
    fig.update_layout(shapes=shapes)
    span = radius + NODE_R + 0.8
    size = int(2 * span * PX)
    base_layout(fig, title, width=size + 300, height=size + 110, lang=lang)
    fig.update_layout(
        legend={"x": 1.0, "xanchor": "left", "y": 1.0, "groupclick": "toggleitem"},
        margin={"l": 20, "r": 20, "t": 80, "b": 20},
    )
    hide_axes(fig)
    fig.update_xaxes(range=[-span, span])
    fig.update_yaxes(range=[-span, span])
    return fig


def _strength_name(strength, lang) -> str:
    if strength is None:
        return t("unknown", lang)
    name = t(strength, lang)
    if strength == "stressful":
        name += " " + t("fig_zigzag", lang)
    elif strength == "broken":
        name += " " + t("fig_cut_line", lang)
    return name


def _tint(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _edge_path(start, end, style) -> tuple[list, list]:
    d = end - start
    length = float(np.hypot(*d))
    unit = d / length
    normal = np.array([-unit[1], unit[0]])
    if style.get("zigzag"):
        n = max(6, int(length / 0.35))
        pts = [
            start + unit * length * j / n + normal * (0.22 if j % 2 else -0.22) * (0 < j < n)
            for j in range(n + 1)
        ]
        return [p[0] for p in pts], [p[1] for p in pts]
    if style.get("cut"):
        mid = (start + end) / 2
        a, b = mid - unit * 0.3, mid + unit * 0.3
        xs = [start[0], a[0], None, b[0], end[0], None]
        ys = [start[1], a[1], None, b[1], end[1], None]
        for c in (a, b):
            p, q = c - normal * 0.35, c + normal * 0.35
            xs += [p[0], q[0], None]
            ys += [p[1], q[1], None]
        return xs, ys
    return [start[0], end[0]], [start[1], end[1]]


def _flow_arrows(fig, start, end, flow, k) -> None:
    """Arrows beside the tie: towards the client, towards the system, or both."""
    if flow not in ("to_client", "from_client", "both"):
        return
    d = end - start
    unit = d / np.hypot(*d)
    normal = np.array([-unit[1], unit[0]]) * 0.45
    arrows = []
    if flow in ("to_client", "both"):  # head near the client
        arrows.append((start + d * 0.3 + normal, start + d * 0.3 + normal + unit * 1.1))
    if flow in ("from_client", "both"):  # head near the system
        arrows.append((start + d * 0.7 + normal, start + d * 0.7 + normal - unit * 1.1))
    for head, tail in arrows:
        fig.add_annotation(
            x=head[0],
            y=head[1],
            ax=tail[0],
            ay=tail[1],
            xref="x",
            yref="y",
            axref="x",
            ayref="y",
            showarrow=True,
            arrowhead=2,
            arrowsize=1.3,
            arrowwidth=2.2,
            arrowcolor=OKABE_ITO["blue"],
            text="",
            name=f"flow:{k}",
        )


def _hover(r, lang) -> str:
    lines = [f"<b>{esc(r['system'])}</b>"]
    if r["category"]:
        lines.append(f"{t('fig_category', lang)}: {esc(t(r['category'], lang))}")
    if r["strength"]:
        lines.append(f"{t('fig_strength', lang)}: {esc(t(r['strength'], lang))}")
    if r["flow"]:
        lines.append(f"{t('fig_flow', lang)}: {esc(t(r['flow'], lang))}")
    if not is_missing(r["note"]):
        lines.append(wrap(r["note"], 40))
    return "<br>".join(lines)
