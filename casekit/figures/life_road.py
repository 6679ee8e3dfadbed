"""Social life road: life events as a wave, good times above and bad times below.

The seed report (section 2.2, "Social Life Roadmap") describes the tool: a
wave line whose upper part holds the good or liked things in a life and whose
lower part holds the unpleasant ones. Each event of ``life_events.csv`` is a
point at its year (or age) and its valence (-5..5); a shape-preserving cubic
(PCHIP; Fritsch & Carlson, 1980, SIAM J. Numer. Anal. 17(2), 238-246) joins
them so the wave never overshoots an event: it is drawn only from the first to
the last event, passes through every event's value and crosses zero only
between two events of opposite sign. Labels (number, year, the start of the
text) are stacked in rows so that no two overlap; the full text of each event
is in the hover and in a numbered list under the figure (for print and PDF).
"""

from __future__ import annotations

import textwrap

import numpy as np
import plotly.graph_objects as go
from scipy.interpolate import PchipInterpolator

from ..i18n import t
from ._layout import assign_levels
from ._style import (
    CHAR_WIDTH,
    OKABE_ITO,
    SMALL_FONT,
    base_layout,
    client_title,
    client_view,
    esc,
    is_missing,
    no_data,
    text_box,
    wrap,
)

__all__ = ["life_road", "label_boxes"]

#: sized for a 1024 x 768 projector
WIDTH = 1000
MARGIN = {"l": 90, "r": 40, "t": 90, "b": 70}
#: pixels below the plot taken by the x axis (ticks and title)
AXIS_PX = 62
#: pixels for the wave band between valence -5.5 and 5.5
WAVE_PX = 320
LABEL_WIDTH = 16
PAD_PX = 10


def life_road(cb, client_id: str, lang: str = "id") -> go.Figure:
    """Draw the client's social life road from ``life_events.csv``.

    Parameters
    ----------
    cb : Casebook
    client_id : str
    lang : {"id", "en"}

    Returns
    -------
    plotly.graph_objects.Figure
        The wave (traces with ``meta["kind"] == "wave_up"/"wave_down"``), the
        events (``"events"``, one marker per row), and one annotation per event
        named ``event:<n>``. Events without a valence sit on the baseline.
        Events given by age are placed at ``birth_year + age`` when the
        client's birth year is known; otherwise the axis is age.
    """
    one = client_view(cb, client_id, lang)
    title = client_title("fig_life_road", one, client_id, lang)
    ev = one.life_events.reset_index(drop=True)
    if len(ev) == 0:
        return no_data(title, lang, t("fig_no_life_events", lang))
    birth = None
    if len(one.clients) and not is_missing(one.clients["birth_year"].iloc[0]):
        birth = int(one.clients["birth_year"].iloc[0])
    xs, dropped = [], 0
    by_year = birth is not None or ev["age"].isna().all()
    for _, row in ev.iterrows():
        year, age = row.get("year"), row.get("age")
        if by_year:
            x = year if not is_missing(year) else (birth + age if not is_missing(age) else None)
        else:
            x = age if not is_missing(age) else None
        xs.append(None if x is None or is_missing(x) else float(x))
    events = []
    for i, row in ev.iterrows():
        if xs[i] is None:
            dropped += 1
            continue
        val = 0.0 if is_missing(row.get("valence")) else float(row["valence"])
        events.append({"n": i, "x": xs[i], "v": val, "event": row["event"]})
    if not events:
        return no_data(title, lang, t("fig_no_life_events", lang))
    events.sort(key=lambda e: (e["x"], e["n"]))
    # events of the same year are spread over +/- 0.35 year so the wave meets each of them
    for x in sorted({e["x"] for e in events}):
        same = [e for e in events if e["x"] == x]
        for k, e in enumerate(same):
            e["year"] = x
            if len(same) > 1:
                e["x"] = x + (k / (len(same) - 1) - 0.5) * 0.7
    fig = go.Figure()
    xs_arr = np.array([e["x"] for e in events])
    lo, hi = xs_arr.min(), xs_arr.max()
    pad = max(hi - lo, 4.0) * 0.03 + 0.5
    x0, x1 = lo - pad, hi + pad

    # the wave only over the years the events cover, through every event: PCHIP is
    # monotone between two neighbours, so it never crosses zero between two events of
    # the same sign (Fritsch & Carlson, 1980)
    ux = np.array([e["x"] for e in events])
    uv = np.array([e["v"] for e in events])
    if len(ux) >= 2:
        grid = np.unique(np.concatenate([np.linspace(lo, hi, 600), ux]))
        wave = PchipInterpolator(ux, uv)(grid)
    else:
        grid, wave = ux, uv
    good, bad = OKABE_ITO["green"], OKABE_ITO["vermilion"]
    fig.add_trace(
        go.Scatter(
            x=grid,
            y=np.maximum(wave, 0),
            mode="lines",
            line={"width": 0},
            fill="tozeroy",
            fillcolor="rgba(0,158,115,0.22)",
            hoverinfo="skip",
            name=t("fig_good_times", lang),
            meta={"kind": "wave_up"},
        )
    )
    fig.add_trace(
        go.Scatter(
            x=grid,
            y=np.minimum(wave, 0),
            mode="lines",
            line={"width": 0},
            fill="tozeroy",
            fillcolor="rgba(213,94,0,0.22)",
            hoverinfo="skip",
            name=t("fig_bad_times", lang),
            meta={"kind": "wave_down"},
        )
    )
    fig.add_trace(
        go.Scatter(
            x=grid,
            y=wave,
            mode="lines",
            line={"color": "#333333", "width": 3},
            hoverinfo="skip",
            showlegend=False,
            meta={"kind": "wave"},
        )
    )
    fig.add_hline(y=0, line={"color": "#555555", "width": 1.5})

    # labels: rows above (good/neutral) and below (bad), no two overlapping
    plot_w = WIDTH - MARGIN["l"] - MARGIN["r"]

    def to_px(x):
        return (x - x0) / (x1 - x0) * plot_w

    axis_word = t("fig_year", lang) if by_year else t("fig_age", lang)
    for k, e in enumerate(events, start=1):
        e["k"] = k
        e["text"] = f"<b>{k} \u00b7 {int(e['year'])}</b><br>" + wrap(e["event"], LABEL_WIDTH, 3)
        e["w"], e["h"] = text_box(e["text"], SMALL_FONT)
    level_h = max(e["h"] for e in events) + PAD_PX
    unit_px = WAVE_PX / 11.0
    for side in (1, -1):
        group = [e for e in events if (e["v"] >= 0) == (side == 1)]
        intervals = []
        for e in group:
            cx = min(max(to_px(e["x"]), e["w"] / 2), plot_w - e["w"] / 2)
            e["cx_px"] = cx
            intervals.append((cx - e["w"] / 2, cx + e["w"] / 2))
        for e, level in zip(group, assign_levels(intervals, PAD_PX), strict=True):
            e["level"], e["side"] = level, side
    n_up = 1 + max([e["level"] for e in events if e["side"] == 1], default=-1)
    n_down = 1 + max([e["level"] for e in events if e["side"] == -1], default=-1)
    lv = level_h / unit_px  # one label row in data units
    y_top = 5.5 + (n_up + 0.2) * lv
    y_bottom = -5.5 - (n_down + 0.3) * lv
    height = int(WAVE_PX + (n_up + n_down + 0.5) * level_h + MARGIN["t"] + MARGIN["b"])
    for e in sorted(events, key=lambda e: -e["level"]):  # lower rows drawn last, on top
        y_label = e["side"] * (5.5 + (e["level"] + 0.5) * lv)
        x_label = x0 + e["cx_px"] / plot_w * (x1 - x0)
        fig.add_annotation(
            x=e["x"],
            y=e["v"],
            ax=x_label,
            ay=y_label,
            axref="x",
            ayref="y",
            text=e["text"],
            showarrow=True,
            arrowhead=0,
            arrowwidth=1,
            arrowcolor="#888888",
            standoff=6,
            font={"size": SMALL_FONT},
            bgcolor="white",
            bordercolor=good if e["side"] == 1 else bad,
            borderwidth=1,
            borderpad=2,
            name=f"event:{e['n']}",
        )
    fig.add_trace(
        go.Scatter(
            x=[e["x"] for e in events],
            y=[e["v"] for e in events],
            mode="markers",
            marker={
                "size": 13,
                "color": [good if e["v"] >= 0 else bad for e in events],
                "line": {"color": "white", "width": 1.5},
            },
            hovertext=[
                f"<b>{e['k']}. {wrap(e['event'], 48)}</b><br>{axis_word}: {int(e['year'])}<br>"
                f"{t('fig_valence', lang)}: {e['v']:+g}"
                for e in events
            ],
            hoverinfo="text",
            showlegend=False,
            meta={"kind": "events"},
        )
    )
    below = AXIS_PX  # the x axis, its ticks and title
    if dropped:
        fig.add_annotation(
            text=t("fig_events_without_time", lang).format(n=dropped),
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            yshift=-below,
            yanchor="top",
            showarrow=False,
            font={"size": SMALL_FONT, "color": "#555555"},
        )
        below += SMALL_FONT * 2
    # the full text of every event, numbered as on the labels: for print and PDF,
    # where there is no hover
    listing = event_list(events, WIDTH - MARGIN["l"] - 10)
    fig.add_annotation(
        text=listing,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-below,
        xanchor="left",
        yanchor="top",
        align="left",
        showarrow=False,
        font={"size": SMALL_FONT},
        name="event_list",
    )
    list_h = text_box(listing, SMALL_FONT)[1]
    margin = dict(MARGIN, b=int(below + list_h + 20))
    height += margin["b"] - MARGIN["b"]
    base_layout(fig, title, width=WIDTH, height=max(height, 450), margin=margin, lang=lang)
    fig.update_layout(
        legend={"orientation": "h", "x": 1, "xanchor": "right", "y": 1.02, "yanchor": "bottom"}
    )
    fig.update_xaxes(
        range=[x0, x1], title=axis_word, showgrid=False, zeroline=False, tickformat="d"
    )
    fig.update_yaxes(
        range=[y_bottom, y_top],
        showgrid=False,
        zeroline=False,
        tickvals=[-5, 0, 5],
        ticktext=["\u2212 5", "0", "+ 5"],
        title=t("fig_valence", lang),
    )
    return fig


def event_list(events, width_px: float) -> str:
    """Numbered list of the events' full texts (``k. year: text``), wrapped to ``width_px``."""
    chars = max(30, int(width_px / (SMALL_FONT * CHAR_WIDTH)))
    lines = []
    for e in events:
        head = f"{e['k']}. {int(e['year'])}: "
        body = textwrap.wrap(head + str(e["event"]).strip(), width=chars, subsequent_indent="    ")
        lines += [esc(line) for line in body]
    return "<br>".join(lines)


def label_boxes(fig: go.Figure) -> list[tuple[float, float, float, float]]:
    """Pixel boxes ``(x0, y0, x1, y1)`` of the event labels (for checks and tests)."""
    lay = fig.layout
    m = lay.margin
    w = lay.width - m.l - m.r
    h = lay.height - m.t - m.b
    (xa, xb), (ya, yb) = lay.xaxis.range, lay.yaxis.range
    boxes = []
    for ann in lay.annotations:
        if not (ann.name or "").startswith("event:"):
            continue
        bw, bh = text_box(ann.text, ann.font.size or SMALL_FONT)
        cx = (ann.ax - xa) / (xb - xa) * w
        cy = (ann.ay - ya) / (yb - ya) * h
        boxes.append((cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2))
    return boxes
