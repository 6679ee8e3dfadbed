"""Genogram marks: the household outline, the routes of emotional-bond lines, the legend.

Geometry only (layout units, one unit = one symbol side); :mod:`.genogram`
places the people and calls these helpers.

* The household outline is one closed, rounded polygon around everyone who
  lives with the client, whatever their generation: a stack of one band per
  generation, neighbouring bands joined by a neck, so a mother and the
  daughter she lives with are inside the same line (McGoldrick, Gerson &
  Petry, 2008, ch. 2, "household boundary").
* A bond line is chosen among candidate curves (quadratic and cubic Bezier
  curves between the two symbols' sides) by a penalty: points inside other
  symbols or labels, length running along a descent or couple line, total
  length. A bond therefore never lies on the line from a parent to a child.
* Legend samples are drawn with the same functions as the figure, so every
  union kind and bond kind has its own mark.
"""

from __future__ import annotations

import numpy as np

#: distance of a bond's end from the symbol's centre
EDGE = 0.62
#: how close (layout units) a bond may run beside a family line before it "lies on" it
ON_LINE = 0.35
#: length along a family line still taken as a crossing, not as lying on it
ALONG_OK = 0.25


# --- household outline --------------------------------------------------------------------------
def household_path(bands: list[tuple[float, float, float, float]], radius: float = 0.45) -> str:
    """SVG path of one rounded outline around stacked bands.

    Parameters
    ----------
    bands : list of (x0, x1, y_bottom, y_top)
        One horizontal band per generation, top band first. Bands that do not
        overlap horizontally are widened towards each other (by ``1.4`` units
        of overlap) so the outline stays one simple polygon.
    radius : float
        Corner radius; corners are quadratic Bezier curves.

    Returns
    -------
    str
        A closed path (``M ... Q ... Z``) for a plotly ``path`` shape.
    """
    bands = sorted(bands, key=lambda b: -b[3])
    bands = [list(b) for b in bands]
    for upper, lower in zip(bands, bands[1:], strict=False):
        need = 1.4
        if upper[1] < lower[0] + need:  # upper band ends left of the lower one
            grow = lower[0] + need - upper[1]
            upper[1] += grow / 2
            lower[0] -= grow / 2
        if lower[1] < upper[0] + need:
            grow = upper[0] + need - lower[1]
            lower[1] += grow / 2
            upper[0] -= grow / 2
    # boundaries between bands: halfway through the gap
    cuts = [(u[2] + lo[3]) / 2 for u, lo in zip(bands, bands[1:], strict=False)]
    tops = [bands[0][3]] + cuts
    bottoms = cuts + [bands[-1][2]]
    right, left = [], []
    for (x0, x1, _, _), top, bottom in zip(bands, tops, bottoms, strict=True):
        right += [(x1, top), (x1, bottom)]
        left += [(x0, top), (x0, bottom)]
    pts = right + left[::-1]
    pts = _drop_collinear(pts)
    return _rounded(pts, radius)


def _drop_collinear(pts):
    out = []
    n = len(pts)
    for i, p in enumerate(pts):
        a, b = pts[i - 1], pts[(i + 1) % n]
        cross = (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0])
        if abs(cross) > 1e-9:
            out.append(p)
    return out


def _rounded(pts, radius) -> str:
    n = len(pts)
    parts = []
    for i, p in enumerate(pts):
        a, b = np.array(pts[i - 1], float), np.array(pts[(i + 1) % n], float)
        p = np.array(p, float)
        da, db = a - p, b - p
        ra = min(radius, np.hypot(*da) / 2)
        rb = min(radius, np.hypot(*db) / 2)
        start = p + da / (np.hypot(*da) or 1) * ra
        end = p + db / (np.hypot(*db) or 1) * rb
        parts.append(("M" if i == 0 else "L") + f" {start[0]:.3f},{start[1]:.3f}")
        parts.append(f"Q {p[0]:.3f},{p[1]:.3f} {end[0]:.3f},{end[1]:.3f}")
    return " ".join(parts) + " Z"


def path_vertices(path: str) -> list[tuple[float, float]]:
    """Corner points of a path from :func:`household_path` (for checks and tests)."""
    nums = path.replace("M", " ").replace("L", " ").replace("Q", " ").replace("Z", " ")
    vals = [float(v) for v in nums.replace(",", " ").split()]
    return list(zip(vals[0::2], vals[1::2], strict=False))


def inside(point, polygon) -> bool:
    """Ray-casting point-in-polygon test."""
    x, y = point
    hit = False
    n = len(polygon)
    for i in range(n):
        (x0, y0), (x1, y1) = polygon[i - 1], polygon[i]
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


# --- bond routes --------------------------------------------------------------------------------
def bezier2(a, b, bend: float, n: int = 60) -> np.ndarray:
    """Quadratic Bezier from ``a`` to ``b`` whose control point sits ``bend`` off the chord."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = b - a
    normal = np.array([-d[1], d[0]]) / (np.hypot(*d) or 1.0)
    ctrl = (a + b) / 2 + normal * bend
    s = np.linspace(0, 1, n)[:, None]
    return (1 - s) ** 2 * a + 2 * (1 - s) * s * ctrl + s**2 * b


def bezier3(p0, d0, p3, d3, n: int = 70, k: float = 0.45) -> np.ndarray:
    """Cubic Bezier leaving ``p0`` along ``d0`` and arriving at ``p3`` along ``-d3``;
    the control points lie ``k`` times the distance out (higher ``k``, rounder curve)."""
    p0, p3 = np.asarray(p0, float), np.asarray(p3, float)
    reach = max(1.0, k * float(np.hypot(*(p3 - p0))))
    p1 = p0 + np.asarray(d0, float) * reach
    p2 = p3 + np.asarray(d3, float) * reach
    s = np.linspace(0, 1, n)[:, None]
    return (1 - s) ** 3 * p0 + 3 * (1 - s) ** 2 * s * p1 + 3 * (1 - s) * s**2 * p2 + s**3 * p3


_R = 0.5**0.5
#: where a bond may leave a symbol: the four sides and the four corners (a child's top is
#: taken by its descent line, so the upper corners matter)
_SIDES = {
    "left": (-1.0, 0.0),
    "right": (1.0, 0.0),
    "top": (0.0, 1.0),
    "bottom": (0.0, -1.0),
    "upper-left": (-_R, _R),
    "upper-right": (_R, _R),
    "lower-left": (-_R, -_R),
    "lower-right": (_R, -_R),
}


def candidates(a, b) -> list[np.ndarray]:
    """Candidate routes between two symbol centres ``a`` and ``b``, ends on the symbols' edges."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    length = float(np.hypot(*(b - a)))
    out = []
    chord = (b - a) / (length or 1.0)
    for sa in _SIDES.values():
        for sb in _SIDES.values():
            # leave towards the other symbol and arrive from its side: no loops
            if np.dot(sa, chord) < -0.45 or np.dot(sb, -chord) < -0.45:
                continue
            pa = a + np.array(sa) * EDGE
            pb = b + np.array(sb) * EDGE
            for k in (0.45, 0.8, 1.2):
                out.append(bezier3(pa, sa, pb, sb, k=k))
    if abs(a[1] - b[1]) < 1e-9:  # same generation: arcs over or under the symbols between
        for k in (0.32, 0.45, 0.6):
            bend = k * length + 0.4
            for sign in (1, -1):
                curve = bezier2(a, b, sign * bend)
                out.append(_trim(curve, 0.75))
    else:
        for k in (0.0, 0.18, 0.35, 0.55):
            for sa in ("left", "right"):
                for sb in ("left", "right"):
                    pa = a + np.array(_SIDES[sa]) * EDGE
                    pb = b + np.array(_SIDES[sb]) * EDGE
                    for sign in (1, -1) if k else (1,):
                        out.append(bezier2(pa, pb, sign * min(k * length, 2.4)))
    return [c for c in out if len(c) >= 4]


def _trim(curve: np.ndarray, trim: float) -> np.ndarray:
    dist = np.concatenate([[0], np.cumsum(np.linalg.norm(np.diff(curve, axis=0), axis=1))])
    return curve[(dist > trim) & (dist < dist[-1] - trim)]


def hits(curve: np.ndarray, boxes) -> int:
    """How many (curve point, box) pairs have the point inside the box ``(x0, y0, x1, y1)``."""
    if len(boxes) == 0:
        return 0
    bx = np.asarray(boxes, float)
    x, y = curve[:, 0:1], curve[:, 1:2]
    inside_ = (x > bx[:, 0]) & (x < bx[:, 2]) & (y > bx[:, 1]) & (y < bx[:, 3])
    return int(inside_.sum())


def length_along(curve: np.ndarray, segments, tol: float = ON_LINE) -> float:
    """Length of ``curve`` that runs beside one of the line ``segments``.

    A step of the curve counts when both its ends are within ``tol`` of the
    segment and it is nearly parallel to it (angle under 30 degrees), so a
    crossing counts (almost) nothing and a bond drawn along a descent line
    counts its whole shared length.
    """
    if len(segments) == 0:
        return 0.0
    seg = np.asarray(segments, float)  # (m, 2, 2)
    p, d = seg[:, 0, :], seg[:, 1, :] - seg[:, 0, :]
    norm = np.hypot(d[:, 0], d[:, 1])
    keep = norm > 0
    p, d, norm = p[keep], d[keep], norm[keep]
    # distance of every curve point to every segment: (n, m)
    rel = curve[:, None, :] - p[None, :, :]
    s = np.clip((rel * d[None]).sum(-1) / norm**2, 0, 1)
    closest = p[None] + s[..., None] * d[None]
    near = np.hypot(*(curve[:, None, :] - closest).transpose(2, 0, 1)) < tol
    steps = np.diff(curve, axis=0)
    lengths = np.hypot(steps[:, 0], steps[:, 1])
    unit = steps / np.where(lengths > 0, lengths, 1.0)[:, None]
    parallel = np.abs(unit @ (d / norm[:, None]).T) > 0.87  # (n-1, m)
    counted = near[:-1] & near[1:] & parallel
    return float((lengths[:, None] * counted).sum())


def route(a, b, obstacles, segments, others=(), bounds=None, margin: float = 0.2) -> np.ndarray:
    """The candidate route with the smallest penalty (see module docstring).

    Penalty = 100 per point inside an obstacle + 30 per point within
    ``margin`` of one (a zigzag or a double line swings about 0.16 off the
    route) + 400 per unit of length along a family line beyond ``ALONG_OK``
    (a shallow crossing) + 50 per unit along ``others`` (bond lines drawn
    before) + 3 per unit of length + 20 per radian of turning beyond 1.6 (no
    S-bends or loops); with ``bounds`` ``(x0, y0, x1, y1)``,
    100 per point outside them (the drawing area).
    """
    grown = [(x0 - margin, y0 - margin, x1 + margin, y1 + margin) for x0, y0, x1, y1 in obstacles]

    def penalty(c):
        steps = float(np.sum(np.linalg.norm(np.diff(c, axis=0), axis=1)))
        along = max(0.0, length_along(c, segments) - ALONG_OK)
        shared = length_along(c, others) if others else 0.0
        raw = hits(c, obstacles)
        if bounds is not None:
            x0, y0, x1, y1 = bounds
            raw += int(np.sum((c[:, 0] < x0) | (c[:, 0] > x1) | (c[:, 1] < y0) | (c[:, 1] > y1)))
        d = np.diff(c, axis=0)
        heading = np.unwrap(np.arctan2(d[:, 1], d[:, 0]))
        turning = float(np.sum(np.abs(np.diff(heading))))
        return (
            100 * raw
            + 30 * (hits(c, grown) - raw)
            + 400 * along
            + 50 * shared
            + 3 * steps
            + 20 * max(0.0, turning - 1.6)
        )

    return min(candidates(a, b), key=penalty)


def normals(curve: np.ndarray) -> np.ndarray:
    tang = np.gradient(curve, axis=0)
    tang /= np.linalg.norm(tang, axis=1, keepdims=True)
    return np.column_stack([-tang[:, 1], tang[:, 0]])


def bond_paths(curve: np.ndarray, style: dict, bond: str) -> list[np.ndarray]:
    """The polylines of one bond: two parallel lines, a zigzag, a broken line or one line."""
    nv = normals(curve)
    if style["lines"] == 2:
        return [curve + nv * 0.09, curve - nv * 0.09]
    if style["zigzag"]:
        k = np.arange(len(curve))
        amp = np.where(k % 2 == 0, 0.16, -0.16)
        amp[0] = amp[-1] = 0
        return [curve + nv * amp[:, None]]
    if bond == "cutoff":
        mid = len(curve) // 2
        paths = [curve[: mid - 3], curve[mid + 3 :]]
        for j in (mid - 3, mid + 3):
            paths.append(np.array([curve[j] - nv[j] * 0.3, curve[j] + nv[j] * 0.3]))
        return paths
    return [curve]


def polylines_xy(paths) -> tuple[list, list]:
    """Plotly x/y lists of several polylines separated by None."""
    xs, ys = [], []
    for path in paths:
        xs += list(path[:, 0]) + [None]
        ys += list(path[:, 1]) + [None]
    return xs, ys


# --- union marks --------------------------------------------------------------------------------
#: union kind -> (dash, mark on the line): slashes for separated (1) and divorced (2),
#: a small X for a union ended by a death (the deceased partner is also crossed)
UNION_MARK = {
    "married": ("solid", ""),
    "cohabiting": ("dash", ""),
    "separated": ("solid", "/"),
    "divorced": ("solid", "//"),
    "widowed": ("solid", "x"),
    None: ("solid", ""),
}


def union_mark_lines(mid_x: float, y: float, mark: str) -> list[tuple[list, list]]:
    """Short strokes of a union mark centred at ``(mid_x, y)``: slashes or an X."""
    if mark == "x":
        r = 0.2
        return [([mid_x - r, mid_x + r], [y - r, y + r]), ([mid_x - r, mid_x + r], [y + r, y - r])]
    n = len(mark)
    out = []
    for s in range(n):
        off = (s - (n - 1) / 2) * 0.22
        out.append(([mid_x + off - 0.15, mid_x + off + 0.15], [y - 0.3, y + 0.3]))
    return out
