"""Body map: front and back outlines with the marked regions shaded by severity.

The outline is casekit's own drawing (a polygon and a circle per view). Each
region of :data:`casekit.tables.BODY_REGIONS` has a fixed patch on it; the
front view is drawn as the viewer faces the client (the client's left on the
viewer's right), the back view as seen from behind (left on the left). A
patch's colour says the severity (0..10), its hover text carries the note.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from ..i18n import t
from ._style import (
    SMALL_FONT,
    base_layout,
    client_title,
    client_view,
    esc,
    is_missing,
    wrap,
)

__all__ = ["body_map", "REGION_SHAPES", "severity_color"]

#: x distance between the centres of the front and back views
VIEW_OFFSET = 5.0

# half outline (viewer's right half), from the neck down and back up to the crotch
_HALF = [
    (0.0, 8.55),
    (0.24, 8.55),
    (0.27, 8.22),
    (0.75, 8.08),
    (1.12, 7.9),
    (1.3, 7.55),
    (1.38, 6.9),
    (1.47, 6.25),
    (1.56, 5.5),
    (1.66, 4.78),
    (1.8, 4.45),
    (1.76, 4.0),
    (1.52, 3.98),
    (1.43, 4.42),
    (1.38, 4.8),
    (1.24, 5.55),
    (1.14, 6.25),
    (1.03, 6.95),
    (0.9, 6.85),
    (0.83, 6.0),
    (0.9, 5.25),
    (0.97, 4.5),
    (0.93, 3.6),
    (0.82, 2.75),
    (0.74, 1.9),
    (0.66, 0.72),
    (0.84, 0.35),
    (0.86, 0.1),
    (0.22, 0.1),
    (0.26, 0.72),
    (0.3, 1.9),
    (0.26, 2.75),
    (0.2, 3.6),
    (0.1, 4.1),
    (0.0, 4.2),
]
HEAD = (0.0, 9.18, 0.56, 0.66)  # cx, cy, rx, ry


def _ellipse(cx, cy, rx, ry, n=28):
    a = np.linspace(0, 2 * np.pi, n)
    return list(zip(cx + rx * np.cos(a), cy + ry * np.sin(a), strict=True))


def _rect(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def _limb(points, width):
    """A band of ``width`` around a polyline (for arms and legs)."""
    pts = np.asarray(points, float)
    left, right = [], []
    for i, p in enumerate(pts):
        d = pts[min(i + 1, len(pts) - 1)] - pts[max(i - 1, 0)]
        n = np.array([-d[1], d[0]]) / np.hypot(*d)
        left.append(p + n * width / 2)
        right.append(p - n * width / 2)
    ring = left + right[::-1] + [left[0]]
    return [tuple(p) for p in ring]


def _sided(side_sign):
    """Region patches for one body side; side_sign=+1 is the viewer's right."""
    s = side_sign

    def m(pts):
        return [(s * x, y) for x, y in pts]

    return {
        "shoulder": m(_ellipse(1.05, 7.85, 0.3, 0.24)),
        "arm": m(_limb([(1.22, 7.55), (1.3, 6.3), (1.45, 4.85)], 0.3)),
        "elbow": m(_ellipse(1.31, 6.28, 0.2, 0.22)),
        "hand": m(_ellipse(1.64, 4.25, 0.19, 0.26)),
        "hip": m(_ellipse(0.7, 4.75, 0.26, 0.3)),
        "leg": m(_limb([(0.6, 4.2), (0.53, 2.75), (0.47, 0.75)], 0.46)),
        "thigh": m(_limb([(0.6, 4.25), (0.53, 3.0)], 0.58)),
        "knee": m(_ellipse(0.53, 2.75, 0.26, 0.25)),
        "foot": m(_ellipse(0.55, 0.28, 0.3, 0.17)),
    }


def _regions() -> dict[str, list[tuple[float, float]]]:
    viewer_right, viewer_left = _sided(1), _sided(-1)
    shapes = {
        "head": _ellipse(*HEAD),
        "face": _ellipse(0.0, 9.1, 0.38, 0.44),
        "neck": _rect(-0.22, 8.2, 0.22, 8.52),
        "chest": [
            (-0.8, 8.0),
            (0.8, 8.0),
            (0.88, 6.9),
            (0.84, 6.55),
            (-0.84, 6.55),
            (-0.88, 6.9),
            (-0.8, 8.0),
        ],
        "upper_back": [
            (-0.8, 8.0),
            (0.8, 8.0),
            (0.88, 6.9),
            (0.84, 6.3),
            (-0.84, 6.3),
            (-0.88, 6.9),
            (-0.8, 8.0),
        ],
        "abdomen": _rect(-0.8, 5.3, 0.8, 6.5),
        "lower_back": _rect(-0.82, 5.15, 0.82, 6.25),
        "pelvis": [
            (-0.92, 5.2),
            (0.92, 5.2),
            (0.96, 4.5),
            (0.1, 4.15),
            (-0.1, 4.15),
            (-0.96, 4.5),
            (-0.92, 5.2),
        ],
    }
    for part in viewer_right:
        # front view: the client's left is on the viewer's right
        shapes[f"left_{part}@front"] = viewer_right[part]
        shapes[f"right_{part}@front"] = viewer_left[part]
        shapes[f"left_{part}@back"] = viewer_left[part]
        shapes[f"right_{part}@back"] = viewer_right[part]
    return shapes


#: region (or ``region@side`` for left/right parts) -> polygon in view coordinates
REGION_SHAPES = _regions()

#: draw big patches first so small ones (knee on leg) stay visible
_ORDER = {
    r: i
    for i, r in enumerate(
        [
            "leg",
            "arm",
            "thigh",
            "upper_back",
            "lower_back",
            "chest",
            "abdomen",
            "pelvis",
            "head",
            "face",
            "neck",
            "shoulder",
            "hip",
            "elbow",
            "knee",
            "hand",
            "foot",
        ]
    )
}

# a sequential colour-blind-safe ramp (light yellow -> orange -> dark red-brown),
# after ColorBrewer YlOrBr (Harrower & Brewer, 2003, Cartographic Journal 40(1))
_RAMP = ["#FFF7BC", "#FEE391", "#FEC44F", "#FE9929", "#EC7014", "#CC4C02", "#8C2D04"]


def severity_color(severity) -> str:
    """Colour of a severity 0..10 (grey when not given)."""
    if is_missing(severity):
        return "#BBBBBB"
    k = int(round(float(severity) / 10 * (len(_RAMP) - 1)))
    return _RAMP[max(0, min(k, len(_RAMP) - 1))]


def _outline():
    right = _HALF
    left = [(-x, y) for x, y in reversed(_HALF)]
    return right + left


def _polygon(points, dx):
    return "M " + " L ".join(f"{x + dx:.3f},{y:.3f}" for x, y in points) + " Z"


def body_map(cb, client_id: str, lang: str = "id") -> go.Figure:
    """Draw the client's body map from ``body_map.csv``.

    Parameters
    ----------
    cb : Casebook
    client_id : str
    lang : {"id", "en"}

    Returns
    -------
    plotly.graph_objects.Figure
        The outline shapes are named ``outline:front``/``outline:back``; each
        marked region is a filled trace with ``meta = {"kind": "region",
        "region", "side", "severity"}`` whose hover text holds the note.
        Rows without a side are drawn on the front.
    """
    one = client_view(cb, client_id, lang)
    title = client_title("fig_body_map", one, client_id, lang)
    bm = one.body_map.reset_index(drop=True)
    fig = go.Figure()
    shapes = []
    for side, dx in (("front", 0.0), ("back", VIEW_OFFSET)):
        shapes.append(
            {
                "type": "path",
                "path": _polygon(_outline(), dx),
                "name": f"outline:{side}",
                "line": {"color": "#444444", "width": 2.5},
                "fillcolor": "#F4F4F4",
                "layer": "below",
            }
        )
        cx, cy, rx, ry = HEAD
        shapes.append(
            {
                "type": "circle",
                "x0": cx - rx + dx,
                "x1": cx + rx + dx,
                "y0": cy - ry,
                "y1": cy + ry,
                "name": f"outline:{side}:head",
                "line": {"color": "#444444", "width": 2.5},
                "fillcolor": "#F4F4F4",
                "layer": "below",
            }
        )
        fig.add_annotation(
            x=dx,
            y=-0.35,
            text=f"<b>{t(side, lang).capitalize()}</b>",
            showarrow=False,
            yanchor="top",
            font={"size": 20},
        )
        # which hand is which, as the viewer sees it
        lft = t("fig_left", lang)
        rgt = t("fig_right", lang)
        left_x, right_x = (1.0, -1.0) if side == "front" else (-1.0, 1.0)
        for word, sx in ((lft, left_x), (rgt, right_x)):
            fig.add_annotation(
                x=dx + sx * 2.05,
                y=6.3,
                text=word,
                showarrow=False,
                font={"size": SMALL_FONT, "color": "#666666"},
            )
    fig.update_layout(shapes=shapes)
    if len(bm) == 0:
        fig.add_annotation(
            text=t("fig_no_data", lang) + f"<br>({t('fig_no_body_map', lang)})",
            x=VIEW_OFFSET / 2,
            y=10.3,
            showarrow=False,
            font={"size": 20, "color": "#777777"},
            name="no_data",
        )
    marks = []
    for i, row in bm.iterrows():
        side = "front" if is_missing(row.get("side")) else str(row["side"])
        region = str(row["region"])
        marks.append(
            {
                "n": i,
                "region": region,
                "side": side,
                "severity": row.get("severity"),
                "note": row.get("note"),
            }
        )
    marks.sort(
        key=lambda r: (
            _ORDER.get(r["region"].split("_", 1)[-1], 99),
            -(0 if is_missing(r["severity"]) else r["severity"]),
        )
    )
    for r in marks:
        key = r["region"]
        if key.startswith(("left_", "right_")):
            key = f"{key}@{r['side']}"
        elif r["side"] == "back" and key in ("chest", "face"):
            key = {"chest": "upper_back", "face": "head"}[key]
        elif r["side"] == "front" and key in ("upper_back", "lower_back"):
            key = {"upper_back": "chest", "lower_back": "abdomen"}[key]
        pts = REGION_SHAPES[key]
        dx = VIEW_OFFSET if r["side"] == "back" else 0.0
        sev = r["severity"]
        color = severity_color(sev)
        sev_text = "?" if is_missing(sev) else f"{int(sev)}/10"
        hover = (
            f"<b>{esc(t('fig_region_' + r['region'], lang))}</b> ({t(r['side'], lang)})"
            f"<br>{t('fig_severity', lang)}: {sev_text}"
        )
        if not is_missing(r["note"]):
            hover += "<br>" + wrap(r["note"], 40)
        fig.add_trace(
            go.Scatter(
                x=[x + dx for x, _ in pts],
                y=[y for _, y in pts],
                mode="lines",
                fill="toself",
                fillcolor=color,
                line={"color": "#7A2A00", "width": 1.5},
                hoveron="fills",
                text=hover,
                hoverinfo="text",
                showlegend=False,
                name=esc(r["region"]),
                meta={
                    "kind": "region",
                    "region": r["region"],
                    "side": r["side"],
                    "severity": None if is_missing(sev) else int(sev),
                },
            )
        )
    if any(is_missing(r["severity"]) for r in marks):
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=t("fig_severity_missing", lang),
                marker={
                    "symbol": "square",
                    "size": 16,
                    "color": severity_color(None),
                    "line": {"color": "#7A2A00", "width": 1.5},
                },
                meta={"kind": "legend"},
            )
        )
        fig.update_layout(
            legend={"x": 0.5, "xanchor": "center", "y": -0.02, "yanchor": "top", "orientation": "h"}
        )
    # severity scale
    fig.add_trace(
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            marker={
                "color": [0],
                "cmin": 0,
                "cmax": 10,
                "showscale": True,
                "colorscale": [[k / (len(_RAMP) - 1), c] for k, c in enumerate(_RAMP)],
                "colorbar": {
                    "title": {"text": t("fig_severity", lang)},
                    "thickness": 18,
                    "len": 0.6,
                    "tickvals": [0, 5, 10],
                },
            },
            showlegend=False,
            hoverinfo="skip",
            meta={"kind": "legend"},
        )
    )
    base_layout(fig, title, width=900, height=800, lang=lang)
    fig.update_xaxes(visible=False, range=[-2.6, VIEW_OFFSET + 2.6])
    fig.update_yaxes(visible=False, range=[-1.1, 10.6], scaleanchor="x", scaleratio=1)
    return fig
