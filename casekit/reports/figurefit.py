"""Plotly figures in a report page: light, and as wide as their column.

The report kernels display each figure as plotly's own HTML block: a ``<div>``
of the width and height the figure module chose (900-1300 px), a script with
the whole figure as JSON, the plotly template copied into every figure, and
number arrays as base64 float64. :func:`compact_figures` rewrites those blocks
in an exported page, at render time (the figure modules keep their sizes for
notebooks and PNG export):

- **width of the column**: the figure is drawn at the size its module
  designed it for and scaled (CSS ``transform``, which plotly's hover
  follows) to the width of its column, at most 1, in a box that keeps the
  designed aspect ratio (CSS ``aspect-ratio``); again on every resize and
  when printing. Scaling rather than re-laying out: the figures place text
  boxes in pixels (BPSS, life road), and a narrower layout makes them
  overlap, while a scaled drawing stays the drawing, smaller;
- **template once per page**: ``layout.template`` is taken out of every
  figure and written once in the page head (:func:`head_script`); the figure
  refers to it by number;
- **precision the eye needs**: float arrays are rounded to 1/4,000 of their
  own span (the figures are drawn at most 1,300 pixels wide, so a step is
  under a third of a pixel; Cleveland, 1985, on graphical perception) and
  written as short decimals instead of base64 float64;
- **resolution the eye needs**: a smooth line of many points (the life
  road's 600-point curve) keeps only the points that change it by more than
  that same 1/4,000 (Ramer-Douglas-Peucker, :func:`simplify_line`);
- **no repeated arrays**: an array used again in the same figure (the life
  road's curve is drawn by three traces) is written once and referred to.

Blocks that do not look as expected are left untouched (they still work,
with their fixed width).

References
----------
Cleveland, W. S. (1985). The elements of graphing data. Wadsworth.
plotly.js ``Plotly.newPlot`` and ``config.responsive``:
https://plotly.com/javascript/responsive-fluid-layout/
"""

from __future__ import annotations

import base64
import json
import math
import re

import numpy as np

from .pagestyle import PRINT_WIDTH_PX

__all__ = ["compact_figures", "head_script", "round_array", "simplify_line"]

#: plotly's HTML block as ``pio.to_html(full_html=False)`` writes it (plotly 5 and 6)
_BLOCK = re.compile(
    r'<div style="height:(?P<h>[0-9.]+)(?:px|%); width:(?P<w>[0-9.]+)(?:px|%);">\s*'
    r'<div (?:class="plotly-graph-div" id="(?P<id>[0-9a-fA-F-]{8,64})"'
    r'|id="(?P<id2>[0-9a-fA-F-]{8,64})" class="plotly-graph-div") style="[^"]*"></div>\s*'
    r"<script[^>]*>\s*window\.PLOTLYENV=window\.PLOTLYENV \|\| \{\};\s*"
    r'if \(document\.getElementById\("[0-9a-fA-F-]{8,64}"\)\) \{\s*Plotly\.newPlot\(\s*'
)
_END = re.compile(r"\s*\)\s*\};?\s*</script>\s*</div>")
#: steps per span of an array: finer than any screen or print can show
RESOLUTION = 4_000
#: arrays shorter than this are not worth a reference
MIN_SHARED = 16

_DTYPES = {"f8": "<f8", "f4": "<f4", "i1": "i1", "u1": "u1", "i2": "<i2", "u2": "<u2",
           "i4": "<i4", "u4": "<u4"}  # fmt: skip


def round_array(values) -> list:
    """Round a float array to 1/:data:`RESOLUTION` of its span; NaN becomes None.

    The number of decimals is ``ceil(-log10(span / RESOLUTION))`` (at least 0,
    at most 10): a curve from 1950 to 2025 keeps 2 decimals, one from 0 to 1
    keeps 4. Integers come back as ints.
    """
    arr = np.asarray(values, dtype=float)
    finite = arr[np.isfinite(arr)]
    if not len(finite):
        return [None] * len(arr)
    span = float(finite.max() - finite.min()) or max(abs(float(finite.max())), 1.0)
    decimals = min(max(math.ceil(-math.log10(span / RESOLUTION)), 0), 10)
    rounded = np.round(arr, decimals)
    out = []
    for v in rounded.tolist():
        if v != v or v in (math.inf, -math.inf):
            out.append(None)
        elif float(v).is_integer():
            out.append(int(v))
        else:
            out.append(v)
    return out


def _decode(value):
    """A plotly typed array ``{"dtype": "f8", "bdata": ...}`` as a numpy array, else None."""
    if not (isinstance(value, dict) and "bdata" in value and value.get("dtype") in _DTYPES):
        return None
    if "shape" in value and len(str(value["shape"]).split(",")) > 1:
        return None  # 2-D (heatmaps): left as they are
    return np.frombuffer(base64.b64decode(value["bdata"]), dtype=_DTYPES[value["dtype"]])


def _light(value):
    """``value`` with float arrays rounded (recursively)."""
    if isinstance(value, dict):
        arr = _decode(value)
        if arr is not None:
            return round_array(arr) if arr.dtype.kind == "f" else arr.tolist()
        return {k: _light(v) for k, v in value.items()}
    if isinstance(value, list):
        numbers = [v for v in value if v is not None]
        if (
            len(value) > 1
            and any(isinstance(v, float) for v in numbers)
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in numbers)
        ):
            return round_array([float("nan") if v is None else v for v in value])
        return [_light(v) for v in value]
    return value


def simplify_line(x, y, tolerance: float = 1 / RESOLUTION) -> list[int]:
    """Indices of the points of a polyline kept by Ramer-Douglas-Peucker.

    ``x`` and ``y`` are first scaled to their spans, so ``tolerance`` is a
    fraction of the drawing (1/:data:`RESOLUTION`: under a third of a pixel);
    a point is dropped when the line without it passes within ``tolerance``
    of it (Douglas & Peucker, 1973). The first and last points stay.

    References
    ----------
    Douglas, D. H., & Peucker, T. K. (1973). Algorithms for the reduction of
    the number of points required to represent a digitized line or its
    caricature. Cartographica, 10(2), 112-122.
    """
    px = np.asarray(x, dtype=float)
    py = np.asarray(y, dtype=float)
    px = (px - px.min()) / ((px.max() - px.min()) or 1.0)
    py = (py - py.min()) / ((py.max() - py.min()) or 1.0)
    keep = np.zeros(len(px), dtype=bool)
    keep[[0, -1]] = True
    stack = [(0, len(px) - 1)]
    while stack:
        a, b = stack.pop()
        if b - a < 2:
            continue
        dx, dy = px[b] - px[a], py[b] - py[a]
        norm = np.hypot(dx, dy) or 1.0
        seg = slice(a + 1, b)
        dist = np.abs(dy * (px[seg] - px[a]) - dx * (py[seg] - py[a])) / norm
        i = int(np.argmax(dist))
        if dist[i] > tolerance:
            k = a + 1 + i
            keep[k] = True
            stack += [(a, k), (k, b)]
    return np.flatnonzero(keep).tolist()


#: per-point trace attributes: a line carrying any of them is not simplified
_PER_POINT = ("text", "hovertext", "customdata", "ids", "marker", "textposition")


def _simplify(trace: dict) -> dict:
    """A smooth line (lines only, 50 points or more, nothing per point) with fewer points."""
    x, y = trace.get("x"), trace.get("y")
    mode = str(trace.get("mode", "lines"))
    if (
        trace.get("type", "scatter") != "scatter"
        or "markers" in mode
        or "text" in mode
        or not (isinstance(x, list) and isinstance(y, list))
        or len(x) != len(y)
        or len(x) < 50
        or any(v is None for v in x + y)
        or any(isinstance(trace.get(k), list) and len(trace[k]) == len(x) for k in _PER_POINT)
    ):
        return trace
    kept = simplify_line(x, y)
    return {**trace, "x": [x[i] for i in kept], "y": [y[i] for i in kept]}


def _share(data: list, refs: list) -> list:
    """Replace arrays seen before in this figure by ``{"casekitRef": k}``."""
    seen: dict[str, int] = {}
    first: dict[str, tuple] = {}

    def walk(value, parent, key):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, value, k)
        elif isinstance(value, list):
            if len(value) >= MIN_SHARED and not any(isinstance(v, (dict, list)) for v in value):
                text = json.dumps(value)
                if text in seen:
                    parent[key] = {"casekitRef": seen[text]}
                    return
                if text in first:  # second use: move the first one into refs too
                    seen[text] = len(refs)
                    refs.append(value)
                    p, k = first.pop(text)
                    p[k] = {"casekitRef": seen[text]}
                    parent[key] = {"casekitRef": seen[text]}
                    return
                first[text] = (parent, key)
                return
            for i, v in enumerate(value):
                walk(v, value, i)

    for i, trace in enumerate(data):
        walk(trace, data, i)
    return data


def _script_json(value) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>`` and ``&`` as ``\\u`` escapes (as plotly
    writes them), so no text in a figure can end the script or open a comment; line
    separators escaped. Other characters stay as they are (the identifier guard reads them)."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _parse_call(page: str, at: int):
    """The four arguments of ``Plotly.newPlot(`` starting at ``at``, and where they end."""
    decoder = json.JSONDecoder()
    args = []
    pos = at
    for i in range(4):
        while page[pos] in " \t\r\n":
            pos += 1
        value, pos = decoder.raw_decode(page, pos)
        args.append(value)
        while page[pos] in " \t\r\n":
            pos += 1
        if i < 3:
            if page[pos] != ",":
                raise ValueError("unexpected plotly call")
            pos += 1
    return args, pos


def compact_figures(page: str) -> tuple[str, list]:
    """Rewrite every plotly block of ``page``; return the page and the page's templates.

    Parameters
    ----------
    page : str
        An exported report page (or any HTML holding plotly blocks).

    Returns
    -------
    page : str
        The page with each block replaced by a container that keeps the
        figure's aspect ratio and a call ``casekitPlot(id, data, layout,
        config, refs, template)`` (defined by :func:`head_script`).
    templates : list of dict
        The distinct plotly templates the figures used, in order; give them
        to :func:`head_script`.
    """
    out: list[str] = []
    templates: list[str] = []
    last = 0
    for match in _BLOCK.finditer(page):
        if match.start() < last:
            continue
        try:
            (fig_id, data, layout, config), end_args = _parse_call(page, match.end())
            end = _END.match(page, end_args)
            if (
                end is None
                or fig_id != (match["id"] or match["id2"])
                or not isinstance(layout, dict)
            ):
                continue
        except (ValueError, IndexError):
            continue  # not plotly's usual block: keep it as it is
        width = float(layout.get("width") or match["w"])
        height = float(layout.get("height") or match["h"])
        layout["width"], layout["height"], layout["autosize"] = width, height, False
        template = layout.pop("template", None)
        number = -1
        if template is not None:
            text = _script_json(template)
            if text not in templates:
                templates.append(text)
            number = templates.index(text)
        refs: list = []
        data = _share([_simplify(tr) if isinstance(tr, dict) else tr for tr in _light(data)], refs)
        config = {**(config if isinstance(config, dict) else {}), "responsive": False}
        box = (
            f'<div class="casekit-plot" data-width="{width:g}" data-height="{height:g}" '
            f'style="max-width:{width:g}px;aspect-ratio:{width:g} / {height:g}">'
            f'<div id="{fig_id}" class="plotly-graph-div" '
            f'style="width:{width:g}px;height:{height:g}px;transform-origin:0 0"></div>'
            "</div>"
            f'<script>casekitPlot("{fig_id}",{_script_json(data)},{_script_json(layout)},'
            f"{_script_json(config)},{_script_json(refs)},{number});</script>"
        )
        out.append(page[last : match.start()])
        out.append(box)
        last = end.end()
    out.append(page[last:])
    return "".join(out), templates


#: the page's plotly helper: templates once, references resolved, redrawn on resize and print
_HELPER = """
(function () {
  function resolve(value, refs) {
    if (Array.isArray(value)) { return value.map(function (v) { return resolve(v, refs); }); }
    if (value && typeof value === "object") {
      if (typeof value.casekitRef === "number") { return refs[value.casekitRef].slice(); }
      var out = {};
      for (var k in value) { out[k] = resolve(value[k], refs); }
      return out;
    }
    return value;
  }
  // the figure keeps the size it was designed for and is scaled to its column
  function fit(box, limit) {
    var inner = box.firstElementChild, width = +box.getAttribute("data-width");
    var room = limit ? Math.min(limit, box.clientWidth || limit) : box.clientWidth;
    var scale = width > 0 && room > 0 ? Math.min(1, room / width) : 1;
    inner.style.transform = scale < 1 ? "scale(" + scale + ")" : "";
  }
  function fitAll(limit) {
    var boxes = document.querySelectorAll(".casekit-plot");
    for (var i = 0; i < boxes.length; i++) { fit(boxes[i], limit); }
  }
  window.casekitPlot = function (id, data, layout, config, refs, template) {
    var el = document.getElementById(id);
    if (!el || !window.Plotly) { return; }
    if (template >= 0) { layout.template = window.casekitTemplates[template]; }
    fit(el.parentNode);
    Plotly.newPlot(el, resolve(data, refs), layout, config);
  };
  window.addEventListener("resize", function () { fitAll(0); });
  window.addEventListener("beforeprint", function () { fitAll(PRINT_WIDTH); });
  window.addEventListener("afterprint", function () { fitAll(0); });
  if (window.matchMedia) {
    var print = window.matchMedia("print");
    var follow = function (e) { fitAll(e.matches ? PRINT_WIDTH : 0); };
    if (print.addEventListener) { print.addEventListener("change", follow); }
  }
})();
"""


def head_script(templates: list) -> str:
    """The ``<script>`` for the page head: the templates and ``casekitPlot``."""
    listed = ",".join(t if isinstance(t, str) else _script_json(t) for t in templates)
    helper = _HELPER.strip().replace("PRINT_WIDTH", str(PRINT_WIDTH_PX))
    return f"<script>window.casekitTemplates=[{listed}];{helper}</script>"
