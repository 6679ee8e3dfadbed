"""Content checks of every figure (no PNG rendering here: see benchmarks/render_gallery.py).

Fixtures: tests/data/figures_s (client S as in the seed report, plus an empty
client E) and tests/data/figures_big (a synthetic three-generation family
with siblings, a divorce and remarriage with a child of each union, a
20-system ecomap, 20 life events, every body region).
"""

from __future__ import annotations

import importlib
import itertools
import json
import math
import statistics
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import casekit as ck
from casekit import figures
from casekit.errors import ParameterError
from casekit.figures._layout import assign_levels, isotonic, place_row
from casekit.figures._style import boxes_overlap, esc, wrap
from casekit.figures.life_road import label_boxes
from casekit.tables import BODY_REGIONS

# the package re-exports the functions under the module names: reach the modules themselves
ecomap_mod = importlib.import_module("casekit.figures.ecomap")
genogram_mod = importlib.import_module("casekit.figures.genogram")
marks_mod = importlib.import_module("casekit.figures._genogram_marks")

DATA = Path(__file__).parent / "data"
DEMO = Path(__file__).parent.parent / "data" / "demo"
CLIENT_FIGURES = ["genogram", "ecomap", "life_road", "body_map", "bpss", "timeline", "prepost"]


@pytest.fixture(scope="module")
def cb_s():
    return ck.load_casebook(DATA / "figures_s")


@pytest.fixture(scope="module")
def cb_big():
    return ck.load_casebook(DATA / "figures_big")


def _shapes(fig, prefix):
    return [s for s in fig.layout.shapes if (s.name or "").startswith(prefix)]


def _traces(fig, kind):
    return [tr for tr in fig.data if isinstance(tr.meta, dict) and tr.meta.get("kind") == kind]


def _centre(shape):
    if shape.type == "path":
        nums = [
            float(v)
            for v in shape.path.replace("M", " ")
            .replace("L", " ")
            .replace("Z", " ")
            .replace(",", " ")
            .split()
        ]
        xs, ys = nums[0::2], nums[1::2]
        return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return (shape.x0 + shape.x1) / 2, (shape.y0 + shape.y1) / 2


def _members(fig):
    return {s.name.split(":", 1)[1]: s for s in _shapes(fig, "member:")}


# --- shared helpers -----------------------------------------------------------------------------
def test_isotonic_matches_hand_calculation():
    # PAV on (3, 1, 2) with equal weights: pool all three -> mean 2
    assert isotonic([3.0, 1.0, 2.0], [1, 1, 1]) == [2.0, 2.0, 2.0]
    # weighted pool of the first two: (1*4 + 3*0)/4 = 1
    assert isotonic([4.0, 0.0, 5.0], [1, 3, 1]) == [1.0, 1.0, 5.0]


def test_place_row_keeps_gap_and_targets():
    lefts = place_row([0.0, 0.0, 10.0], [1.0, 0.0, 0.0], 2.0, [1, 1, 1])
    assert lefts[1] - (lefts[0] + 1.0) >= 2.0 - 1e-9
    assert lefts[2] == pytest.approx(10.0)
    # the first two cannot both sit at 0: least squares puts them 3 apart around 0
    assert lefts[0] == pytest.approx(-1.5) and lefts[1] == pytest.approx(1.5)


def test_assign_levels_never_overlaps():
    intervals = [(0, 5), (3, 8), (6, 9), (8.5, 12), (1, 2)]
    levels = assign_levels(intervals, pad=0.0)
    for (a, la), (b, lb) in itertools.combinations(zip(intervals, levels, strict=True), 2):
        if la == lb:
            assert a[1] <= b[0] or b[1] <= a[0]
    # by hand: (0,5)->0, (1,2)->1, (3,8)->1 (after 2), (6,9)->0 (after 5), (8.5,12)->1 (after 8)
    assert levels == [0, 1, 0, 1, 1]


def test_escaping():
    assert esc("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert esc(pd.NA) == "" and esc(None) == ""
    assert wrap("a <b> c", 3) == "a<br>&lt;b&gt;<br>c"


# --- every client figure: empty client, unknown client, language --------------------------------
@pytest.mark.parametrize("name", CLIENT_FIGURES)
def test_empty_client_says_no_data(cb_s, name):
    fig = getattr(figures, name)(cb_s, "E", lang="en")
    texts = " ".join(a.text for a in fig.layout.annotations)
    assert "No data to draw" in texts or "no questionnaire scores" in texts
    fig_id = getattr(figures, name)(cb_s, "E", lang="id")
    assert "Tidak ada data" in " ".join(a.text for a in fig_id.layout.annotations)


@pytest.mark.parametrize("name", CLIENT_FIGURES)
def test_unknown_client_raises(cb_s, name):
    with pytest.raises(ParameterError, match="no client 'NOPE'"):
        getattr(figures, name)(cb_s, "NOPE")


@pytest.mark.parametrize("name", CLIENT_FIGURES)
def test_unknown_language_raises(cb_s, name):
    with pytest.raises(ParameterError, match="Unknown language 'fr'"):
        getattr(figures, name)(cb_s, "S", lang="fr")


def test_script_in_notes_is_escaped_everywhere(cb_big):
    for name in ["genogram", "ecomap", "life_road", "body_map", "bpss"]:
        fig = getattr(figures, name)(cb_big, "K", lang="en")
        blob = json.dumps(fig.to_plotly_json(), default=str)
        assert "<script>" not in blob, name
        assert "&lt;script&gt;" in blob, name


# --- genogram -----------------------------------------------------------------------------------
def test_genogram_s_symbols(cb_s):
    fig = figures.genogram(cb_s, "S", lang="en")
    members = _members(fig)
    fam = cb_s.family
    assert len(members) == len(fam) == 13
    kinds = {"male": "rect", "female": "circle", "unknown": "path"}
    for _, row in fam.iterrows():
        assert members[row["member_id"]].type == kinds[row["sex"]], row["member_id"]
    # deceased: father, mother, wife A and daughter H, each crossed by two lines
    crossed = {s.name.split(":")[1] for s in _shapes(fig, "deceased:")}
    assert crossed == {"FS", "MS", "A", "H"}
    assert len(_shapes(fig, "deceased:")) == 8
    # only the client has the double outline
    assert [s.name for s in _shapes(fig, "index:")] == ["index:S"]


def test_genogram_s_generations_and_order(cb_s):
    fig = figures.genogram(cb_s, "S")
    c = {m: _centre(s) for m, s in _members(fig).items()}
    # parents above children
    for parent, child in [
        ("FS", "S"),
        ("MS", "S"),
        ("S", "J"),
        ("A", "H"),
        ("H", "HC1"),
        ("J", "JC"),
    ]:
        assert c[parent][1] > c[child][1], (parent, child)
    # man left of woman in each couple
    for man, woman in [("FS", "MS"), ("S", "A"), ("J", "JW"), ("HS", "H")]:
        assert c[man][0] < c[woman][0], (man, woman)
    # siblings oldest left: R (1950), Ri (1954), S (1958); J (1988) before H (1990)
    assert c["R1"][0] < c["R2"][0] < c["S"][0]
    assert c["J"][0] < c["H"][0]
    assert c["HC1"][0] < c["HC2"][0]


def _no_symbol_overlap(fig):
    boxes = []
    for s in _members(fig).values():
        x, y = _centre(s)
        boxes.append((x - 0.5, y - 0.5, x + 0.5, y + 0.5))
    return not any(boxes_overlap(a, b) for a, b in itertools.combinations(boxes, 2))


def _genogram_label_boxes(fig):
    """Label boxes in layout units (px / PX) from the estimated text size."""
    from casekit.figures._style import text_box

    out = []
    for a in fig.layout.annotations:
        if (a.name or "").startswith("label:"):
            w, h = text_box(a.text, a.font.size)
            w, h = w / genogram_mod.PX, h / genogram_mod.PX
            out.append((a.x - w / 2, a.y - h, a.x + w / 2, a.y))
    return out


def test_genogram_big_family_layout(cb_big):
    fig = figures.genogram(cb_big, "K", lang="en")
    members = _members(fig)
    assert len(members) == 14
    c = {m: _centre(s) for m, s in members.items()}
    # three generations, parents above children
    assert len({round(y, 6) for _, y in c.values()}) == 3
    for _, row in cb_big.family.iterrows():
        for parent in (row["father_id"], row["mother_id"]):
            if not pd.isna(parent):
                assert c[parent][1] > c[row["member_id"]][1]
    # children oldest left: B 1970, K 1975, Y 1978 (full siblings); C1 < C2 < C3
    assert c["B"][0] < c["K"][0] < c["Y"][0]
    assert c["C1"][0] < c["C2"][0] < c["C3"][0]
    # the husband of K stands left of her; B left of his wife
    assert c["H"][0] < c["K"][0] and c["B"][0] < c["BW"][0]
    # remarriage: the father sits between his divorced first wife and his second wife
    assert c["M"][0] < c["F"][0] < c["W2"][0]
    assert _no_symbol_overlap(fig)
    boxes = _genogram_label_boxes(fig)
    assert not any(boxes_overlap(a, b) for a, b in itertools.combinations(boxes, 2))


def test_genogram_union_styles(cb_big):
    fig = figures.genogram(cb_big, "K", lang="en")
    unions = {frozenset(tr.meta["members"]): tr for tr in _traces(fig, "union")}
    expected = {
        ("F", "M"): ("divorced", "solid", 2),
        ("F", "W2"): ("married", "solid", 0),
        ("B", "BW"): ("separated", "solid", 1),
        ("K", "H"): ("married", "solid", 0),
        ("Y", "YP"): ("cohabiting", "dash", 0),
    }
    assert set(unions) == {frozenset(k) for k in expected}
    slashes = _traces(fig, "union_slash")
    for pair, (status, dash, n_slash) in expected.items():
        tr = unions[frozenset(pair)]
        assert tr.meta["union"] == status and tr.line.dash == dash
        assert sum(1 for s in slashes if frozenset(s.meta["members"]) == frozenset(pair)) == n_slash
    # each union's children hang from it: one child of the second marriage (HB)
    kids = {frozenset(tr.meta["parents"]): tr.meta["children"] for tr in _traces(fig, "children")}
    assert kids[frozenset({"F", "W2"})] == ["HB"]
    assert kids[frozenset({"F", "M"})] == ["B", "K", "Y"]


def test_genogram_bonds_and_household(cb_big):
    fig = figures.genogram(cb_big, "K")
    bonds = {tr.meta["member"]: tr for tr in _traces(fig, "bond")}
    assert {m: tr.meta["bond"] for m, tr in bonds.items()} == {
        "F": "conflict",
        "B": "distant",
        "H": "close",
        "Y": "close",
        "HB": "cutoff",
        "C2": "close",
    }
    for tr in bonds.values():
        style = genogram_mod.BOND_STYLE[tr.meta["bond"]]
        assert tr.line.dash == style["dash"] and tr.line.color == style["color"]
    # close = two parallel lines: two runs separated by None
    assert bonds["H"].x.count(None) == 2
    assert bonds["B"].line.dash == "dot"
    # one dotted household outline round K, H and the children C1, C2 (two generations)
    house = _shapes(fig, "household")
    assert len(house) == 1 and house[0].line.dash == "dot"
    polygon = marks_mod.path_vertices(house[0].path)
    c = {m: _centre(s) for m, s in _members(fig).items()}
    assert all(marks_mod.inside(c[m], polygon) for m in ("H", "K", "C1", "C2"))
    assert not any(marks_mod.inside(c[m], polygon) for m in ("F", "M", "B", "Y", "HB", "C3"))


@pytest.mark.parametrize("fixture,client", [("figures_s", "S"), ("../../data/demo", "SYN001")])
def test_genogram_bonds_never_run_along_family_lines(fixture, client):
    """A bond may cross a descent or couple line but never lie along it."""
    fig = figures.genogram(ck.load_casebook(DATA / fixture), client)
    segments = []
    for tr in _traces(fig, "children") + _traces(fig, "union"):
        xs, ys = list(tr.x), list(tr.y)
        for i in range(len(xs) - 1):
            if None not in (xs[i], xs[i + 1]):
                segments.append(((xs[i], ys[i]), (xs[i + 1], ys[i + 1])))
    bonds = _traces(fig, "bond")
    assert bonds
    for tr in bonds:
        runs, cur = [], []
        for x, y in zip(tr.x, tr.y, strict=True):
            if x is None:
                runs.append(cur)
                cur = []
            else:
                cur.append((x, y))
        for run in runs + [cur]:
            if len(run) > 3:
                pts = np.array(run)
                if tr.meta["bond"] == "conflict":  # the zigzag's centre line
                    pts = (pts[:-1] + pts[1:]) / 2
                along = marks_mod.length_along(pts, segments, tol=0.2)
                assert along < 0.5, (tr.meta, along)  # under half a symbol side


def test_genogram_every_union_kind_has_its_own_legend_mark(tmp_path):
    (tmp_path / "clients.csv").write_text("client_id\nX\n")
    rows = ["X,X,male,self,,,", "X,P1,female,spouse,X,married,"]
    kinds = ["cohabiting", "separated", "divorced", "widowed"]
    for k, kind in enumerate(kinds):
        rows.append(f"X,Q{k},female,other,X,{kind},{'yes' if kind == 'widowed' else ''}")
    (tmp_path / "family.csv").write_text(
        "client_id,member_id,sex,relation,partner_id,union,deceased\n" + "\n".join(rows) + "\n"
    )
    fig = figures.genogram(ck.load_casebook(tmp_path), "X", lang="id")
    legend = [tr for tr in _traces(fig, "legend") if tr.meta["item"].startswith("union-")]
    marks = {tr.meta["item"]: tr.meta["mark"] for tr in legend}
    assert set(marks) == {f"union-{k}" for k in ["married", *kinds]}
    assert len(set(marks.values())) == 5, marks
    texts = {a.text for a in fig.layout.annotations if (a.name or "").startswith("legend:")}
    assert {"menikah", "cerai", "cerai mati", "pisah", "tinggal bersama"} <= texts
    # the widowed union carries its cross on the drawing too, the divorced one two slashes
    assert len(_traces(fig, "union_cross")) == 2


def test_genogram_infers_links_from_relation(tmp_path):
    (tmp_path / "clients.csv").write_text("client_id\nX\n")
    (tmp_path / "family.csv").write_text(
        "client_id,member_id,sex,relation,birth_year\n"
        "X,X,female,self,1960\nX,P1,male,parent,1930\nX,P2,female,parent,1935\n"
        "X,SP,male,spouse,1958\nX,C1,male,child,1985\nX,C2,female,child,1983\n"
    )
    cb = ck.load_casebook(tmp_path)
    fig = figures.genogram(cb, "X")
    c = {m: _centre(s) for m, s in _members(fig).items()}
    assert c["P1"][1] > c["X"][1] > c["C1"][1]
    assert c["C2"][0] < c["C1"][0]  # C2 is older
    assert c["SP"][0] < c["X"][0]
    assert len(_traces(fig, "union")) == 2


# --- ecomap -------------------------------------------------------------------------------------
def test_ecomap_edges_and_styles(cb_s):
    fig = figures.ecomap(cb_s, "S", lang="en")
    edges = _traces(fig, "ecomap_edge")
    eco = cb_s.ecomap
    assert len(edges) == len(eco) == 8
    for tr in edges:
        style = ecomap_mod.STRENGTH_STYLE[tr.meta["strength"]]
        assert tr.line.width == style["width"] and tr.line.dash == style["dash"]
    by = {tr.meta["system"]: tr for tr in edges}
    assert by["Ketua kader lansia"].line.width == 8.0  # strong = thick solid
    assert by["Tetangga 2"].line.dash == "dash"  # weak = dashed
    assert len(by["Warga yang menjauhi"].x) > 6  # stressful = jagged
    assert by["J (anak)"].x.count(None) == 4  # broken = cut line with two bars
    # arrows: to_client 4 + both 2x2 + from_client 1 + none 0 = 9
    assert len([a for a in fig.layout.annotations if (a.name or "").startswith("flow:")]) == 9
    assert len(_shapes(fig, "system:")) == 8


def test_ecomap_arrow_direction(cb_s):
    fig = figures.ecomap(cb_s, "S")
    systems = _shapes(fig, "system:")
    flows = [a for a in fig.layout.annotations if (a.name or "").startswith("flow:")]
    # to_client: the head (x, y) is nearer the centre than the tail (ax, ay)
    edges = _traces(fig, "ecomap_edge")
    order = [tr.meta["flow"] for tr in edges]
    for a in flows:
        k = int(a.name.split(":")[1])
        head = math.hypot(a.x, a.y)
        tail = math.hypot(a.ax, a.ay)
        if order[k] == "to_client":
            assert head < tail
        elif order[k] == "from_client":
            assert head > tail
    assert len(systems) == len(order)


def test_ecomap_twenty_systems_do_not_overlap(cb_big):
    fig = figures.ecomap(cb_big, "K")
    circles = _shapes(fig, "system:") + _shapes(fig, "client")
    assert len(circles) == 21
    for a, b in itertools.combinations(circles, 2):
        (ax, ay), (bx, by) = _centre(a), _centre(b)
        ra, rb = (a.x1 - a.x0) / 2, (b.x1 - b.x0) / 2
        assert math.hypot(ax - bx, ay - by) > ra + rb
    # grouped by category: the order of categories round the circle is the vocabulary order
    cats = [ecomap_mod.CATEGORY_COLOR[c] for c in ["family", "friend", "neighbour"]]
    colours = [s.line.color for s in _shapes(fig, "system:")]
    assert colours[:2] == [cats[0]] * 2 and colours[2:4] == [cats[1]] * 2


# --- life road ----------------------------------------------------------------------------------
def test_life_road_points_and_labels(cb_s):
    fig = figures.life_road(cb_s, "S", lang="id")
    ev = _traces(fig, "events")[0]
    assert len(ev.x) == 11
    # ages are converted with the client's birth year 1958: 35 -> 1993, 48 -> 2006
    pts = dict(zip(ev.x, ev.y, strict=True))
    assert pts[1993.0] == -4 and pts[2006.0] == -5 and pts[1983.0] == 5
    # wave passes through every event (PCHIP interpolates)
    wave = _traces(fig, "wave")[0]
    for x, y in [(1983.0, 5.0), (2019.0, -5.0)]:
        k = min(range(len(wave.x)), key=lambda i: abs(wave.x[i] - x))
        assert wave.y[k] == pytest.approx(y, abs=0.25)
    boxes = label_boxes(fig)
    assert len(boxes) == 11
    assert not any(boxes_overlap(a, b) for a, b in itertools.combinations(boxes, 2))


@pytest.mark.parametrize("fixture,client", [("figures_s", "S"), ("figures_big", "K")])
def test_life_road_covers_only_the_events_and_invents_no_crossing(fixture, client):
    cb = ck.load_casebook(DATA / fixture)
    fig = figures.life_road(cb, client, lang="en")
    ev = _traces(fig, "events")[0]
    wave = _traces(fig, "wave")[0]
    ex, ey = np.array(ev.x, float), np.array(ev.y, float)
    wx, wy = np.array(wave.x, float), np.array(wave.y, float)
    # drawn from the first to the last event only (no tails to zero)
    assert wx.min() == pytest.approx(ex.min()) and wx.max() == pytest.approx(ex.max())
    # through every event's value
    for x, y in zip(ex, ey, strict=True):
        assert np.interp(x, wx, wy) == pytest.approx(y, abs=1e-6)
    # between two neighbouring events of the same sign the wave keeps that sign
    order = np.argsort(ex, kind="stable")
    for i, j in zip(order, order[1:], strict=False):
        if ey[i] * ey[j] > 0 and ex[j] > ex[i]:
            inside = wy[(wx > ex[i]) & (wx < ex[j])]
            assert np.all(np.sign(inside) == np.sign(ey[i])), (ex[i], ex[j])


def test_life_road_full_text_in_hover_and_numbered_list(cb_s):
    fig = figures.life_road(cb_s, "S", lang="id")
    listing = next(a.text for a in fig.layout.annotations if a.name == "event_list")
    flat = listing.replace("<br>    ", " ").replace("<br>", "\n")
    ev = cb_s.life_events
    lines = flat.split("\n")
    assert len(lines) == len(ev)
    for k, line in enumerate(lines, start=1):
        assert line.startswith(f"{k}. ")
    for text in ev["event"]:
        assert esc(text) in flat, text
        hover = " ".join(_traces(fig, "events")[0].hovertext).replace("<br>", " ")
        assert all(word in hover for word in esc(text).split())


def test_life_road_crowded_labels_do_not_collide(cb_big):
    fig = figures.life_road(cb_big, "K", lang="en")
    boxes = label_boxes(fig)
    assert len(boxes) == 20
    assert not any(boxes_overlap(a, b) for a, b in itertools.combinations(boxes, 2))
    # good above, bad below the baseline
    for a in fig.layout.annotations:
        if (a.name or "").startswith("event:"):
            assert (a.ay > 0) == (a.y >= 0)


# --- body map -----------------------------------------------------------------------------------
def test_body_map_regions(cb_s):
    fig = figures.body_map(cb_s, "S", lang="en")
    regions = _traces(fig, "region")
    assert len(regions) == 5
    by = {tr.meta["region"]: tr for tr in regions}
    assert by["left_knee"].meta["severity"] == 6
    assert "Sakit sejak kecelakaan" in by["left_knee"].text
    # front view is as the viewer faces the client: the client's left knee is on the right
    assert sum(by["left_knee"].x) / len(by["left_knee"].x) > 0
    assert sum(by["right_knee"].x) / len(by["right_knee"].x) < 0
    # back view is drawn to the right of the front one
    assert min(by["lower_back"].x) > 3
    assert len(_shapes(fig, "outline:")) == 4


def test_body_map_every_region_drawn(cb_big):
    fig = figures.body_map(cb_big, "K")
    assert {tr.meta["region"] for tr in _traces(fig, "region")} == set(BODY_REGIONS)
    # darker for more severe: colour ramp order
    from casekit.figures.body_map import severity_color

    assert severity_color(0) == "#FFF7BC" and severity_color(10) == "#8C2D04"


# --- BPSS ---------------------------------------------------------------------------------------
def test_bpss_cards(cb_s):
    fig = figures.bpss(cb_s, "S")
    cards = _shapes(fig, "card:")
    assert len(cards) == 10
    per = {
        d: len(_shapes(fig, f"card:{d}:"))
        for d in ["biological", "psychological", "social", "spiritual"]
    }
    assert per == {"biological": 4, "psychological": 3, "social": 2, "spiritual": 1}
    from casekit.figures.bpss import KIND_STYLE

    kinds = cb_s.bpss["kind"].tolist()
    colours = sorted(s.line.color for s in cards)
    expected = sorted(KIND_STYLE[k]["color"] for k in kinds)
    assert colours == expected
    # columns side by side, cards of one column do not overlap
    for d in per:
        col = _shapes(fig, f"card:{d}:")
        for a, b in itertools.combinations(col, 2):
            assert a.y1 <= b.y0 or b.y1 <= a.y0


# --- timeline -----------------------------------------------------------------------------------
def test_timeline_rows_plan_and_sessions(cb_s):
    fig = figures.timeline(cb_s, "S", lang="en")
    plan = _traces(fig, "plan")[0]
    ses = _traces(fig, "sessions")[0]
    assert fig.data.index(plan) < fig.data.index(ses)  # plan drawn behind
    assert len(ses.x) == 17 and len(plan.x) == 4
    ticks = list(fig.layout.yaxis.ticktext)
    assert ticks[0] == "Engagement" and ticks[-1] == "Termination"
    assert ticks.index("Konseling individu") < ticks.index("Evaluation")
    # plan A4 lasts 6..20 Sep: 15 days of bar
    k = list(plan.y).index(ticks.index("Pendampingan spiritual"))
    assert plan.x[k] == pytest.approx(15 * 24 * 3600 * 1000)
    # both counselling sessions sit on the counselling row, at 10:00
    row = ticks.index("Konseling individu")
    times = [x for x, y in zip(ses.x, ses.y, strict=True) if y == row]
    assert [pd.Timestamp(x) for x in times] == [
        pd.Timestamp("2024-09-06 10:00"),
        pd.Timestamp("2024-09-09 10:00"),
    ]
    assert "&lt;b&gt;penting&lt;/b&gt;" in " ".join(ses.hovertext)


def test_timeline_of_a_plan_without_dates_says_what_to_fill():
    # research_site_a's K02 has one planned activity with no dates and no session:
    # the figure used to crash (min() of no dates); it now says which columns to fill
    cb = ck.load_casebook(Path(__file__).parent / "data" / "research_site_a")
    fig = figures.timeline(cb, "K02", lang="id")
    texts = " ".join(a.text for a in fig.layout.annotations)
    assert "Tidak ada data" in texts and "tanggal mulai" in texts and "plan.csv" in texts
    assert "sessions.csv" in texts and "start_date" not in texts  # words, not column names
    assert not fig.data or all(len(getattr(tr, "x", ()) or ()) == 0 for tr in fig.data)


# --- pre/post -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo():
    cb = ck.load_casebook(DEMO)
    sc = ck.score(cb)
    return cb, sc, ck.change(sc, instruments=cb.instruments)


def test_prepost_seed_client_says_what_cannot_be_computed(demo):
    cb, _, _ = demo
    fig = figures.prepost(cb, "S", lang="en")
    pts = _traces(fig, "scores")[0]
    assert list(pts.y) == [92.0, 33.0] and list(pts.x) == ["before", "after"]  # i18n fig_tp_*
    verdict = next(a.text for a in fig.layout.annotations if a.name == "verdict")
    assert "Before 92, after 33 (difference -59): better" in verdict
    assert "reliability is unknown" in verdict
    assert fig.layout.meta["rc_threshold"] is None and not _shapes(fig, "rc_band")


def test_prepost_threshold_and_cutoff_match_change(demo):
    cb, _, ch = demo
    row = ch[
        (ch.client_id == "SYN001") & (ch.instrument == "ucla_ls3") & (ch.scale == "total")
    ].iloc[0]
    fig = figures.prepost(cb, "SYN001", lang="id", instrument="ucla_ls3")
    assert list(_traces(fig, "scores")[0].y) == [float(row.pre), float(row.post)]
    # hand calculation: rc = 1.96 * SD_pre * sqrt(2 * (1 - r))
    rc = 1.96 * float(row.sd_pre) * math.sqrt(2 * (1 - 0.89))
    assert fig.layout.meta["rc_threshold"] == pytest.approx(rc)
    band = _shapes(fig, "rc_band")[0]
    assert band.y0 == pytest.approx(row.pre - rc) and band.y1 == pytest.approx(row.pre + rc)
    cut = _shapes(fig, "cutoff")[0]
    assert cut.y0 == pytest.approx(float(row.cutoff))
    assert fig.layout.yaxis.range[0] < 20 and fig.layout.yaxis.range[1] > 80  # full UCLA range
    verdict = next(a.text for a in fig.layout.annotations if a.name == "verdict")
    assert "membaik secara reliabel" in verdict and "pulih" in verdict  # SYN001: recovered


def test_prepost_category_bands(demo):
    cb, _, _ = demo
    fig = figures.prepost(cb, "SYN002", lang="en", instrument="djg_11")
    inst = ck.instruments.get("djg_11")
    assert len(_shapes(fig, "band:")) == len(inst.categories)


def test_prepost_unknown_instrument(demo):
    cb, _, _ = demo
    with pytest.raises(ParameterError, match="no scores for instrument 'nope'"):
        figures.prepost(cb, "S", instrument="nope")


# --- cohort figures -----------------------------------------------------------------------------
def test_jacobson_classes_and_lines(demo):
    _, _, ch = demo
    fig = figures.jacobson(ch, "ucla_ls3", lang="en")
    rows = ch[
        (ch.instrument == "ucla_ls3") & (ch.scale == "total") & ch.pre.notna() & ch.post.notna()
    ]
    classes = {tr.meta["status"]: tr.meta["n"] for tr in _traces(fig, "class")}
    assert classes == rows["clinical_status"].value_counts().to_dict()
    assert sum(len(tr.x) for tr in _traces(fig, "class")) == len(rows)
    assert fig.layout.meta["rc_threshold"] == pytest.approx(float(rows.rc_threshold.iloc[0]))
    assert _shapes(fig, "cutoff_x")[0].x0 == pytest.approx(float(rows.cutoff.iloc[0]))
    band = _traces(fig, "rc_band")[0]
    assert band.y[0] - band.x[0] == pytest.approx(fig.layout.meta["rc_threshold"])
    # and independently of casekit.change: Jacobson & Truax (1991) by hand on the demo's
    # complete pairs (r = .89, Russell 1996; cutoff a = M1 - 2 SD1 of the pairs' pre scores)
    _, sc, _ = demo
    wide = sc[(sc.instrument == "ucla_ls3") & (sc.scale == "total")].pivot(
        index="client_id", columns="timepoint", values="score"
    )
    wide = wide.dropna(subset=["pre", "post"]).astype(float)
    pre, post = wide["pre"].tolist(), wide["post"].tolist()
    m1, s1 = statistics.mean(pre), statistics.stdev(pre)
    sdiff = s1 * math.sqrt(2 * (1 - 0.89))
    assert fig.layout.meta["rc_threshold"] == pytest.approx(1.96 * sdiff)
    assert _shapes(fig, "cutoff_x")[0].x0 == pytest.approx(m1 - 2 * s1)
    by_hand = {}
    for a, b in zip(pre, post, strict=True):
        cut = m1 - 2 * s1
        if (b - a) / sdiff < -1.96:
            status = "recovered" if a >= cut > b else "improved"
        elif (b - a) / sdiff > 1.96:
            status = "harmed" if a < cut <= b else "deteriorated"
        else:
            status = "unchanged"
        by_hand[status] = by_hand.get(status, 0) + 1
    assert classes == by_hand


def test_jacobson_hides_classes_below_min_n(demo):
    _, _, ch = demo
    rows = ch[
        (ch.instrument == "ucla_ls3") & (ch.scale == "total") & ch.pre.notna() & ch.post.notna()
    ]
    counts = rows["clinical_status"].value_counts().to_dict()
    assert min(counts.values()) < 5 <= max(counts.values())  # the demo has a small class
    fig = figures.jacobson(ch, "ucla_ls3", lang="en", min_n=5)
    drawn = {
        tr.meta["status"]: len(tr.x)
        for tr in _traces(fig, "class")
        if not tr.meta.get("suppressed")
    }
    hidden = {tr.meta["status"] for tr in _traces(fig, "class") if tr.meta.get("suppressed")}
    # small classes are hidden, and with them enough others that n minus the drawn points
    # does not give a small class back (the same classes the cohort table blanks,
    # tests/test_cohort_report_parts.py)
    assert hidden >= {s for s, n in counts.items() if n < 5}
    assert len(hidden) >= 2 and sum(counts[s] for s in hidden) >= 5
    assert drawn == {s: n for s, n in counts.items() if s not in hidden}
    assert all(
        "hidden for confidentiality" in tr.name
        for tr in _traces(fig, "class")
        if tr.meta.get("suppressed")
    )


def test_transitions_hide_small_flows(demo):
    _, sc, _ = demo
    sub = sc[(sc.instrument == "djg_11") & (sc.scale == "total")]
    wide = sub.pivot_table(
        index="client_id", columns="timepoint", values="category", aggfunc="first"
    ).dropna()
    pairs = wide.groupby(["pre", "post"]).size()
    fig = figures.transitions(sc, "djg_11", lang="en", min_n=5)
    assert sorted(fig.data[0].link.value) == sorted(pairs[pairs >= 5].tolist())
    assert fig.layout.meta["hidden_flows"] == int((pairs < 5).sum()) > 0
    assert any("fewer than 5" in (a.text or "") for a in fig.layout.annotations)


def test_dumbbell_pairs(demo):
    _, sc, _ = demo
    fig = figures.dumbbell(sc, "ucla_ls3", lang="en")
    pre, post = _traces(fig, "pre")[0], _traces(fig, "post")[0]
    sub = sc[(sc.instrument == "ucla_ls3") & (sc.scale == "total")]
    wide = sub.pivot_table(index="client_id", columns="timepoint", values="score").dropna()
    assert len(pre.x) == len(wide)
    assert list(pre.x) == sorted(pre.x)  # sorted by pre score
    assert sorted(post.x) == sorted(wide["post"].astype(float))
    better = _traces(fig, "better")[0]
    assert better.x.count(None) == int((wide["post"] < wide["pre"]).sum())


def test_transitions_counts(demo):
    _, sc, _ = demo
    fig = figures.transitions(sc, "djg_11", lang="en")
    sankey = fig.data[0]
    sub = sc[(sc.instrument == "djg_11") & (sc.scale == "total")]
    wide = sub.pivot_table(
        index="client_id", columns="timepoint", values="category", aggfunc="first"
    ).dropna()
    assert sum(sankey.link.value) == len(wide)
    pairs = wide.groupby(["pre", "post"]).size()
    assert sorted(sankey.link.value) == sorted(pairs.tolist())


def test_forest_rows(demo):
    cb, _, _ = demo
    summary = ck.cohort_summary(cb, by="cohort")
    fig = figures.forest(summary, "ucla_ls3", lang="en")
    eff = _traces(fig, "effects")[0]
    rows = summary[(summary.instrument == "ucla_ls3") & (summary.scale == "total")]
    assert list(eff.x) == pytest.approx(rows["g_av"].astype(float).tolist())
    assert list(eff.error_x.arrayminus) == pytest.approx(
        (rows.g_av - rows.g_av_ci_low).astype(float).tolist()
    )
    # and independently of cohort_summary: Hedges' g_av per cohort by hand (Lakens 2013):
    # d_av = mean(d) / ((sd1 + sd2) / 2), J = 1 - 3 / (4 (n - 1) - 1)
    sc = ck.score(cb)
    wide = sc[(sc.instrument == "ucla_ls3") & (sc.scale == "total")].pivot(
        index="client_id", columns="timepoint", values="score"
    )
    wide = wide.dropna(subset=["pre", "post"]).astype(float)
    cohort = cb.clients.set_index("client_id")["cohort"].astype(str)
    hand = []
    for _, part in wide.groupby(cohort.reindex(wide.index)):
        pre, post = part["pre"].tolist(), part["post"].tolist()
        d = [b - a for a, b in zip(pre, post, strict=True)]
        d_av = statistics.mean(d) / ((statistics.stdev(pre) + statistics.stdev(post)) / 2)
        hand.append((1 - 3 / (4 * (len(d) - 1) - 1)) * d_av)
    assert list(eff.x) == pytest.approx(hand)
    with pytest.raises(ParameterError, match="effect must be"):
        figures.forest(summary, effect="r")


def test_cohort_figures_reject_wrong_input(demo):
    _, sc, ch = demo
    with pytest.raises(ParameterError, match="must be a DataFrame"):
        figures.jacobson([1, 2], "ucla_ls3")
    with pytest.raises(ParameterError, match="No rows for instrument 'nope'"):
        figures.dumbbell(sc, "nope")
    with pytest.raises(ParameterError, match="lacks the column"):
        figures.jacobson(ch.drop(columns=["pre"]), "ucla_ls3")


@pytest.mark.parametrize("fixture,client", [("figures_s", "S"), ("figures_big", "K")])
def test_genogram_bond_lines_avoid_symbols_and_labels(fixture, client):
    fig = figures.genogram(ck.load_casebook(DATA / fixture), client)
    centres = {m: _centre(s) for m, s in _members(fig).items()}
    labels = _genogram_label_boxes(fig)
    index = next(s.name.split(":")[1] for s in _shapes(fig, "index:"))
    for tr in _traces(fig, "bond"):
        pts = [(x, y) for x, y in zip(tr.x, tr.y, strict=True) if x is not None]
        ends = {index, tr.meta["member"]}
        for m, (cx, cy) in centres.items():
            if m in ends:
                continue
            assert not any(abs(x - cx) < 0.5 and abs(y - cy) < 0.5 for x, y in pts), (tr.meta, m)
        for x0, y0, x1, y1 in labels:
            assert not any(x0 < x < x1 and y0 < y < y1 for x, y in pts), tr.meta


def test_life_road_age_axis_without_birth_year(tmp_path):
    (tmp_path / "clients.csv").write_text("client_id\nX\n")
    (tmp_path / "life_events.csv").write_text(
        "client_id,year,age,event,valence\nX,,10,School,3\nX,,30,Divorce,-4\nX,1999,,Moved,1\n"
    )
    fig = figures.life_road(ck.load_casebook(tmp_path), "X", lang="en")
    ev = _traces(fig, "events")[0]
    assert list(ev.x) == [10.0, 30.0]  # ages: no birth year to turn them into years
    assert fig.layout.xaxis.title.text == "Age"
    notes = [a.text for a in fig.layout.annotations if "not drawn" in (a.text or "")]
    assert notes == [
        "1 event(s) not drawn: no year or age usable on this axis (fill in the client's year of birth)"
    ]
