"""Genogram: the client's family over three generations, McGoldrick's symbols.

Conventions (McGoldrick, Gerson & Petry, 2008, *Genograms: Assessment and
Intervention*, 3rd ed., ch. 2):

* square = male, circle = female, diamond = other or unknown sex;
* a deceased person is crossed with an X, birth and death years below;
* the index person (the client) has a double outline;
* a couple is joined by a line that goes down from both partners and across,
  the man on the left; married = solid, cohabiting = dashed, separated = one
  slash, divorced = two slashes, ended by a death (widowed) = a small X on the
  line (casekit's mark, besides the X over the deceased partner, so every
  union kind has its own mark in the legend); with several partners the
  earlier union is drawn on the left, the shared partner in the middle;
* children hang from the couple line, oldest on the left;
* one dotted, rounded outline encloses the people who live with the client,
  across generations;
* emotional bonds between the client and a relative are coloured lines:
  close = double line, distant = dotted, conflict = zigzag, cutoff = broken
  line with bars; they are routed so they never run along a descent or couple
  line (see :mod:`._genogram_marks`);
* the legend under the family draws each line kind with the figure's own
  functions.

Who stands where (generations, unions, x positions) is worked out in
:mod:`._genogram_family`; this module draws it.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from ..i18n import t
from ._genogram_family import (
    PARTNER_GAP,
    _child_groups,
    _generations,
    _index,
    _infer_links,
    _people,
    _positions,
    _reference_year,
    _unions,
    _units,
)
from ._genogram_marks import (
    UNION_MARK,
    bond_paths,
    household_path,
    path_vertices,
    polylines_xy,
    route,
    union_mark_lines,
)
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
    text_box,
    wrap,
)

__all__ = ["genogram", "UNION_DASH", "UNION_MARK", "BOND_STYLE"]

#: symbol size (side of the square) in layout units
SIZE = 1.0
#: vertical distance between generations
GEN_HEIGHT = 4.6
#: union line below the symbols' centres
UNION_DROP = 1.0
#: sibling bar above the children's centres
SIB_RISE = 1.05
#: pixels per layout unit
PX = 52
LABEL_WIDTH = 13

#: plotly dash per union type (marks on the line: see ``UNION_MARK``)
UNION_DASH = {kind: dash for kind, (dash, _) in UNION_MARK.items()}
HOUSEHOLD_COLOR = OKABE_ITO["orange"]

#: bond -> (colour, dash, number of parallel lines, zigzag, cut)
BOND_STYLE = {
    "close": {"color": OKABE_ITO["green"], "dash": "solid", "lines": 2, "zigzag": False},
    "distant": {"color": OKABE_ITO["blue"], "dash": "dot", "lines": 1, "zigzag": False},
    "conflict": {"color": OKABE_ITO["vermilion"], "dash": "solid", "lines": 1, "zigzag": True},
    "cutoff": {"color": OKABE_ITO["purple"], "dash": "solid", "lines": 1, "zigzag": False},
}


def genogram(cb, client_id: str, lang: str = "id") -> go.Figure:
    """Draw the client's genogram from ``family.csv``.

    Parameters
    ----------
    cb : Casebook
        A loaded casebook (:func:`casekit.load_casebook`).
    client_id : str
        The client to draw; ParameterError if the casebook has no such client.
    lang : {"id", "en"}
        Language of every label.

    Returns
    -------
    plotly.graph_objects.Figure
        Symbols are layout shapes named ``member:<member_id>`` (plus
        ``deceased:<id>`` for the X and ``index:<id>`` for the double outline);
        union and bond lines are traces whose ``meta`` is a dict with ``kind``
        (``"union"``/``"bond"``), the members and the style. A client without
        family rows gets a figure that says there is no data.

    Notes
    -----
    Generations come from the parent and partner links (breadth-first from
    the client); members without links are placed by ``relation``. Rows are
    ordered by the parents' positions (children oldest left), then positions
    are found by a weighted isotonic fit that keeps a minimum distance between
    neighbours and pulls children under their parents and parents over their
    children (alternating passes), so symbols never overlap.
    """
    one = client_view(cb, client_id, lang)
    title = client_title("fig_genogram", one, client_id, lang)
    fam = one.family
    if len(fam) == 0:
        return no_data(title, lang, t("fig_no_family", lang))
    people = _people(fam, client_id)
    _infer_links(people)
    gen = _generations(people)
    unions = _unions(people, gen)
    units = _units(people, gen, unions)
    groups = _child_groups(people)
    pos = _positions(people, gen, units, groups)
    ref_year = _reference_year(one)
    return _draw(people, gen, unions, groups, pos, ref_year, title, lang)


# --- drawing ------------------------------------------------------------------------------------
def _y(gen, member) -> float:
    return -gen[member] * GEN_HEIGHT


def _years(p, ref_year) -> str:
    b, d = p["birth"], p["death"]
    if b is not None and d is not None:
        return f"{b}\u2013{d}"
    if b is not None:
        return f"{b}\u2013" if not p["deceased"] else f"{b}\u2013?"
    if d is not None:
        return f"?\u2013{d}"
    return ""


def _age(p, ref_year) -> int | None:
    b = p["birth"]
    if b is None:
        return None
    if p["death"] is not None:
        return int(p["death"]) - int(b)
    if not p["deceased"] and ref_year is not None:
        return ref_year - int(b)
    return None


def _symbol_shape(p, cx, cy, half, name, width=2.0):
    line = {"color": "#222222", "width": width}
    if p["sex"] == "male":
        return {
            "type": "rect",
            "x0": cx - half,
            "x1": cx + half,
            "y0": cy - half,
            "y1": cy + half,
            "line": line,
            "fillcolor": "white",
            "name": name,
        }
    if p["sex"] == "female":
        return {
            "type": "circle",
            "x0": cx - half,
            "x1": cx + half,
            "y0": cy - half,
            "y1": cy + half,
            "line": line,
            "fillcolor": "white",
            "name": name,
        }
    path = f"M {cx},{cy + half * 1.15} L {cx + half * 1.15},{cy} L {cx},{cy - half * 1.15} L {cx - half * 1.15},{cy} Z"
    return {"type": "path", "path": path, "line": line, "fillcolor": "white", "name": name}


def _legend_once(seen: set, key: str) -> bool:
    if key in seen:
        return False
    seen.add(key)
    return True


def _draw(people, gen, unions, groups, pos, ref_year, title, lang) -> go.Figure:
    fig = go.Figure()
    half = SIZE / 2
    shapes = []
    segments: list[tuple[tuple[float, float], tuple[float, float]]] = []
    outline_edges: list = []
    mark_boxes: list[tuple[float, float, float, float]] = []  # slashes and crosses on unions
    legend: list[tuple] = []  # ("household", label) / ("union", status, label) / ("bond", ...)

    # household outline (drawn first, behind everything): one line round everyone
    # who lives with the client, whatever their generation
    household = [m for m, p in people.items() if p["lives"] and not p["index"]]
    if household:
        household.append(_index(people)["id"])
        bands = []
        for level in sorted({gen[m] for m in household}):
            row = sorted(pos[m] for m in household if gen[m] == level)
            y = -level * GEN_HEIGHT
            bands.append((row[0] - 1.2, row[-1] + 1.2, y - 2.15, y + 0.8))
        outline = household_path(bands)
        corners = path_vertices(outline)
        # a bond may run beside the outline (a soft price), never along a family line
        outline_edges = list(zip(corners, corners[1:] + corners[:1], strict=True))
        shapes.append(
            {
                "type": "path",
                "path": outline,
                "line": {"color": HOUSEHOLD_COLOR, "width": 3, "dash": "dot"},
                "fillcolor": "rgba(0,0,0,0)",
                "name": "household",
                "layer": "below",
            }
        )
        legend.append(("household", t("fig_household", lang)))

    # unions; their lines and the descent lines are kept as segments so that
    # no bond line is routed along them
    for key, status in unions.items():
        a, b = sorted(key, key=lambda m: pos[m])
        ya = _y(gen, a)
        depth = UNION_DROP + 0.25 * max(0, round(abs(pos[b] - pos[a]) / PARTNER_GAP) - 1)
        yu = ya - depth
        dash, mark = UNION_MARK.get(status, UNION_MARK[None])
        xs_u, ys_u = [pos[a], pos[a], pos[b], pos[b]], [ya - half, yu, yu, ya - half]
        segments += _segments(xs_u, ys_u)
        fig.add_trace(
            go.Scatter(
                x=xs_u,
                y=ys_u,
                mode="lines",
                line={"color": "#222222", "width": 2.5, "dash": dash},
                showlegend=False,
                hoverinfo="skip",
                meta={"kind": "union", "members": [a, b], "union": status, "dash": dash},
            )
        )
        if ("union", status) not in {item[:2] for item in legend}:
            legend.append(("union", status, _union_label(status, lang)))
        mid = (pos[a] + pos[b]) / 2 - (0.6 if key in groups else 0.0)
        kind = "union_cross" if mark == "x" else "union_slash"
        if mark:
            mark_boxes.append((mid - 0.45, yu - 0.4, mid + 0.45, yu + 0.4))
        for sx_, sy_ in union_mark_lines(mid, yu, mark):
            fig.add_trace(
                go.Scatter(
                    x=sx_,
                    y=sy_,
                    mode="lines",
                    line={"color": "#222222", "width": 2.5},
                    showlegend=False,
                    hoverinfo="skip",
                    meta={"kind": kind, "members": [a, b], "union": status},
                )
            )

    # children lines
    for key, kids in groups.items():
        parents = sorted(key, key=lambda m: pos[m])
        py = _y(gen, parents[0])
        if len(parents) == 2 and key in unions:
            depth = UNION_DROP + 0.25 * max(
                0, round(abs(pos[parents[1]] - pos[parents[0]]) / PARTNER_GAP) - 1
            )
            sx, sy = (pos[parents[0]] + pos[parents[1]]) / 2, py - depth
            stem = []
        else:  # one known parent: leave from the symbol's right side
            sx, sy = pos[parents[0]] + PARTNER_GAP / 2, py
            stem = [(pos[parents[0]] + half, py), (sx, py)]
        ky = _y(gen, kids[0])
        bar = ky + SIB_RISE
        xs = [pos[k] for k in kids]
        line_x, line_y = [], []
        for px_, py_ in stem:
            line_x.append(px_)
            line_y.append(py_)
        line_x += [sx, sx, None, min(xs + [sx]), max(xs + [sx]), None]
        line_y += [sy, bar, None, bar, bar, None]
        for k in kids:
            line_x += [pos[k], pos[k], None]
            line_y += [bar, _y(gen, k) + half, None]
        segments += _segments(line_x, line_y)
        fig.add_trace(
            go.Scatter(
                x=line_x,
                y=line_y,
                mode="lines",
                line={"color": "#222222", "width": 2},
                showlegend=False,
                hoverinfo="skip",
                meta={"kind": "children", "parents": parents, "children": kids},
            )
        )

    # symbols, X, double outline, labels
    hover_x, hover_y, hover_text = [], [], []
    for m, p in people.items():
        cx, cy = pos[m], _y(gen, m)
        if p["index"]:
            outer = _symbol_shape(p, cx, cy, half + 0.2, f"index:{m}", 2.0)
            shapes.append(outer)
        shapes.append(_symbol_shape(p, cx, cy, half, f"member:{m}", 2.0))
        if p["deceased"]:
            r = half * 1.2
            for x0, y0, x1, y1 in ((-r, -r, r, r), (-r, r, r, -r)):
                shapes.append(
                    {
                        "type": "line",
                        "x0": cx + x0,
                        "y0": cy + y0,
                        "x1": cx + x1,
                        "y1": cy + y1,
                        "line": {"color": "#222222", "width": 2.5},
                        "name": f"deceased:{m}",
                    }
                )
        age = _age(p, ref_year)
        if age is not None and not p["deceased"]:
            fig.add_annotation(
                x=cx,
                y=cy,
                text=str(age),
                showarrow=False,
                font={"size": SMALL_FONT},
                name=f"age:{m}",
            )
        label = wrap(p["label"], LABEL_WIDTH, 2)
        years = _years(p, ref_year)
        text = label + (f"<br>{years}" if years else "")
        fig.add_annotation(
            x=cx,
            y=cy - half - 0.12 - (UNION_DROP - half if _in_union(m, unions) else 0.0) - 0.12,
            text=f"<b>{text}</b>" if p["index"] else text,
            showarrow=False,
            yanchor="top",
            font={"size": SMALL_FONT},
            # bond lines may pass behind a label: keep the text readable
            bgcolor="rgba(255,255,255,0.85)",
            borderpad=1,
            name=f"label:{m}",
        )
        hover_x.append(cx)
        hover_y.append(cy)
        hover_text.append(_hover(p, age, lang))
    fig.add_trace(
        go.Scatter(
            x=hover_x,
            y=hover_y,
            mode="markers",
            marker={"size": 40, "color": "rgba(0,0,0,0)"},
            hovertext=hover_text,
            hoverinfo="text",
            showlegend=False,
            meta={"kind": "hover"},
        )
    )

    # emotional bonds with the client, routed round symbols and labels
    obstacles = {
        m: (pos[m] - 0.6, _y(gen, m) - 0.6, pos[m] + 0.6, _y(gen, m) + 0.6) for m in people
    }
    label_boxes = []
    for a in fig.layout.annotations:
        if (a.name or "").startswith("label:"):
            w, h = text_box(a.text, SMALL_FONT)
            label_boxes.append((a.x - w / PX / 2, a.y - h / PX, a.x + w / PX / 2, a.y))
    me = _index(people)
    drawn: list = list(outline_edges)  # outline and bonds so far: better not run along them
    all_x, all_y = list(pos.values()), [_y(gen, k) for k in people]
    bounds = (min(all_x) - 1.6, min(all_y) - 3.0, max(all_x) + 1.6, max(all_y) + 1.1)
    for m, p in people.items():
        style = BOND_STYLE.get(p["bond"])
        if p["index"] or style is None:
            continue
        others = [box for k, box in obstacles.items() if k not in (m, me["id"])]
        others += label_boxes + mark_boxes
        ends = (pos[me["id"]], _y(gen, me["id"])), (pos[m], _y(gen, m))
        curve = route(*ends, others, segments, drawn, bounds)
        xs_b, ys_b = polylines_xy(bond_paths(curve, style, p["bond"]))
        # later bonds must not run along this one either
        step = curve[::5]
        drawn += [(tuple(u), tuple(v)) for u, v in zip(step, step[1:], strict=False)]
        fig.add_trace(
            go.Scatter(
                x=xs_b,
                y=ys_b,
                mode="lines",
                line={"color": style["color"], "width": 2.5, "dash": style["dash"]},
                showlegend=False,
                hoverinfo="skip",
                meta={"kind": "bond", "member": m, "bond": p["bond"], "dash": style["dash"]},
            )
        )
        if ("bond", p["bond"]) not in {item[:2] for item in legend}:
            legend.append(("bond", p["bond"], t(p["bond"], lang)))

    xs = list(pos.values())
    ys = [_y(gen, m) for m in people]
    x0, x1 = min(xs) - 2.0, max(xs) + 2.0
    y0, y1 = min(ys) - 3.2, max(ys) + 1.3
    x1, y0 = _draw_legend(fig, shapes, legend, x0, x1, y0)
    fig.update_layout(shapes=shapes)
    width = int(max(900, (x1 - x0) * PX + 80))
    height = int(max(500, (y1 - y0) * PX + 120))
    base_layout(fig, title, width=width, height=height, lang=lang, showlegend=False)
    hide_axes(fig)
    fig.update_xaxes(range=[x0, x1])
    fig.update_yaxes(range=[y0, y1])
    return fig


def _segments(xs, ys) -> list:
    """Straight pieces of a plotly polyline (None separates runs)."""
    out = []
    for i in range(len(xs) - 1):
        if None in (xs[i], xs[i + 1], ys[i], ys[i + 1]):
            continue
        out.append(((xs[i], ys[i]), (xs[i + 1], ys[i + 1])))
    return out


def _union_label(status, lang) -> str:
    return t(status, lang) if status else t("fig_union", lang)


#: legend geometry (layout units): sample length, gap to the text, gap between items, row height
LEGEND_SAMPLE, LEGEND_TEXT_GAP, LEGEND_ITEM_GAP, LEGEND_ROW = 1.6, 0.3, 0.9, 0.95


def _draw_legend(fig, shapes, legend, x0, x1, y_top) -> tuple[float, float]:
    """Legend below the family: each line kind drawn with the figure's own functions.

    Returns the (possibly wider) right edge and the new bottom of the drawing.
    """
    if not legend:
        return x1, y_top
    avail = max(x1 - x0, (900 - 80) / PX)
    rows: list[list[tuple]] = [[]]
    used = 0.0
    for item in legend:
        w = LEGEND_SAMPLE + LEGEND_TEXT_GAP + text_box(esc(item[-1]), SMALL_FONT)[0] / PX
        if rows[-1] and used + w > avail:
            rows.append([])
            used = 0.0
        rows[-1].append((item, w))
        used += w + LEGEND_ITEM_GAP
    right = x1
    for r, row in enumerate(rows):
        y = y_top - 0.4 - r * LEGEND_ROW
        lx = x0 + 0.3
        for item, w in row:
            kind, key, label = item[0], item[-2] if len(item) == 3 else "household", item[-1]
            sx = np.linspace(lx, lx + LEGEND_SAMPLE, 30)
            mark = ""
            if kind == "household":
                shapes.append(
                    {
                        "type": "path",
                        "path": household_path([(lx, lx + LEGEND_SAMPLE, y - 0.3, y + 0.3)], 0.2),
                        "line": {"color": HOUSEHOLD_COLOR, "width": 3, "dash": "dot"},
                        "name": "legend:household",
                    }
                )
                mark = "outline"
            elif kind == "union":
                dash, mark = UNION_MARK.get(key, UNION_MARK[None])
                strokes = [([lx, lx + LEGEND_SAMPLE], [y, y])]
                strokes += union_mark_lines(lx + LEGEND_SAMPLE / 2, y, mark)
                for k, (sx_, sy_) in enumerate(strokes):
                    fig.add_trace(
                        go.Scatter(
                            x=sx_,
                            y=sy_,
                            mode="lines",
                            line={
                                "color": "#222222",
                                "width": 2.5,
                                "dash": dash if k == 0 else "solid",
                            },
                            showlegend=False,
                            hoverinfo="skip",
                            meta={
                                "kind": "legend",
                                "item": f"union-{key}",
                                "mark": f"{dash}{mark}",
                            },
                        )
                    )
            else:
                style = BOND_STYLE[key]
                curve = np.column_stack([sx, np.full_like(sx, y)])
                bx, by = polylines_xy(bond_paths(curve, style, key))
                fig.add_trace(
                    go.Scatter(
                        x=bx,
                        y=by,
                        mode="lines",
                        line={"color": style["color"], "width": 2.5, "dash": style["dash"]},
                        showlegend=False,
                        hoverinfo="skip",
                        meta={"kind": "legend", "item": f"bond-{key}", "mark": key},
                    )
                )
            fig.add_annotation(
                x=lx + LEGEND_SAMPLE + LEGEND_TEXT_GAP,
                y=y,
                text=esc(label),
                xanchor="left",
                showarrow=False,
                font={"size": SMALL_FONT},
                name=f"legend:{kind}-{key}",
            )
            lx += w + LEGEND_ITEM_GAP
        right = max(right, lx)
    return right, y_top - 0.4 - (len(rows) - 1) * LEGEND_ROW - 0.6


def _in_union(m, unions) -> bool:
    return any(m in key for key in unions)


def _hover(p, age, lang) -> str:
    lines = [f"<b>{esc(p['label'])}</b>"]
    if p["relation"]:
        lines.append(f"{t('fig_relation', lang)}: {esc(t(p['relation'], lang))}")
    lines.append(f"{t('fig_sex', lang)}: {esc(t(p['sex'], lang))}")
    if p["birth"] is not None:
        lines.append(f"{t('fig_born', lang)}: {p['birth']}")
    if p["deceased"]:
        died = p["death"] if p["death"] is not None else "?"
        lines.append(f"{t('fig_died', lang)}: {died}")
    if age is not None:
        lines.append(f"{t('fig_age', lang)}: {age}")
    row = p["row"]
    for col in ("education", "occupation", "residence"):
        if col in row and not is_missing(row[col]):
            lines.append(f"{t('fig_' + col, lang)}: {esc(row[col])}")
    if p["lives"]:
        lines.append(t("fig_lives_with_client", lang))
    if p["bond"]:
        lines.append(f"{t('fig_bond', lang)}: {esc(t(p['bond'], lang))}")
    if "note" in row and not is_missing(row["note"]):
        lines.append(wrap(row["note"], 40))
    return "<br>".join(lines)
