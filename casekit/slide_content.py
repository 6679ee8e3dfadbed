"""A run lecture notebook made into slide content that needs no kernel and no internet.

:func:`prepare_notebook` gives every cell its slide (a heading opens a new
slide), leaves out the parameters cells and text tagged ``casekit-live``,
turns each plotly figure into a ``<div>`` drawn by the local plotly.js and
fitted to the 1280 x 720 slide (:func:`_plotly_html`), and replaces live
widgets by what their Output widgets last showed (from the saved widget
state) or by a short note.
"""

from __future__ import annotations

import copy
import html
import json
import uuid

from .i18n import check_lang, t

__all__ = [
    "LIVE_ONLY",
    "PLOT_MAX_HEIGHT",
    "SLIDE_WIDTH",
    "SLIDE_HEIGHT",
    "localise_notebook",
    "prepare_notebook",
]

#: slide size (a 16:9 projector); reveal.js scales it to the screen
SLIDE_WIDTH, SLIDE_HEIGHT = 1280, 720
#: tallest figure on a slide: the slide less a heading and a line of text
PLOT_MAX_HEIGHT = 560
#: cell tag: text that only makes sense next to a live widget (not on slides)
LIVE_ONLY = "casekit-live"
_WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
_PLOTLY_MIME = "application/vnd.plotly.v1+json"
_STATE_MIME = "application/vnd.jupyter.widget-state+json"


# --- notebook preparation -------------------------------------------------------
def _plotly_html(fig_json: dict) -> str:
    """A figure as a ``<div>`` drawn by the local plotly.js, fitted to the slide.

    A figure no taller than :data:`PLOT_MAX_HEIGHT` takes the slide's width. A
    taller one (a genogram of three generations, a life road with many events)
    keeps its own layout, whose labels were placed for its own size, and is
    scaled down as a whole (CSS ``transform``) until it fits: a squeezed
    re-layout would make its labels overlap.
    """
    div_id = "plot-" + uuid.uuid4().hex[:12]
    fig_json = _for_slide(fig_json)
    own = fig_json.get("layout", {})
    height = own.get("height") or 460
    data = json.dumps(fig_json.get("data", []))
    if height <= PLOT_MAX_HEIGHT:
        # the slide decides the width (a figure made 1100 px wide would be cut off)
        layout = {k: v for k, v in own.items() if k != "width"}
        layout = json.dumps({**layout, "autosize": True})
        box = f'style="width:100%;height:{height}px"'
        wrap_open = wrap_close = ""
        config = '{"responsive": true, "displaylogo": false, "typesetMath": false}'
    else:
        width = own.get("width") or SLIDE_WIDTH - 100
        scale = min(1.0, PLOT_MAX_HEIGHT / height, (SLIDE_WIDTH - 80) / width)
        layout = json.dumps({**own, "width": width, "height": height, "autosize": False})
        box = (
            f'style="width:{width}px;height:{height}px;transform:scale({scale:.4f});'
            'transform-origin:0 0"'
        )
        wrap_open = (
            f'<div class="casekit-plot-scaled" style="width:{width * scale:.0f}px;'
            f'height:{height * scale:.0f}px;margin:0 auto;overflow:hidden">'
        )
        wrap_close = "</div>"
        config = '{"responsive": false, "displaylogo": false, "typesetMath": false}'
    # keep "</script>" in titles or hover text from closing the script
    data = data.replace("</", "<\\/")
    layout = layout.replace("</", "<\\/")
    return (
        f'{wrap_open}<div id="{div_id}" class="casekit-plot" {box}></div>{wrap_close}\n'
        f"<script>Plotly.newPlot({json.dumps(div_id)}, {data}, {layout}, {config});</script>"
    )


def _for_slide(fig_json: dict) -> dict:
    """Drop what a figure carries only for print (the life road's numbered event list:
    on a slide the hover shows each event's full text) and give back its room."""
    layout = fig_json.get("layout", {})
    notes = layout.get("annotations") or []
    keep = [a for a in notes if a.get("name") != "event_list"]
    if len(keep) == len(notes):
        return fig_json
    margin = dict(layout.get("margin") or {})
    freed = max(0, int(margin.get("b", 70)) - 110)
    margin["b"] = min(int(margin.get("b", 70)), 110)
    height = layout.get("height")
    layout = {**layout, "annotations": keep, "margin": margin}
    if height:
        layout["height"] = max(300, int(height) - freed)
    return {**fig_json, "layout": layout}


def _widget_note(lang: str) -> str:
    return (
        '<div class="casekit-widget-note" style="border:1px dashed #999;padding:0.5em;'
        'font-size:0.7em;color:#555">' + html.escape(t("w_slides_widget_note", lang)) + "</div>"
    )


def _is_plotly_loader(output: dict) -> bool:
    """The ``<script>`` block plotly's notebook renderer emits once (plotly.js, ~5 MB)."""
    data = output.get("data", {})
    text = data.get("text/html", "")
    if isinstance(text, list):
        text = "".join(text)
    return (
        _PLOTLY_MIME not in data and text.lstrip().startswith("<script") and "PlotlyConfig" in text
    )


def localise_notebook(nb, lang: str = "id"):
    """A copy of ``nb`` whose markdown prose is in ``lang``.

    The lecture notebooks (``tools/build_notebooks.py``) keep each markdown
    cell's text in both languages in its metadata (``casekit.text``); the cell
    gets the text of ``lang``. Cells without it are left as they are.
    """
    check_lang(lang)
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        texts = cell.get("metadata", {}).get("casekit", {}).get("text")
        if cell.cell_type == "markdown" and texts and texts.get(lang):
            cell.source = texts[lang]
    return nb


def prepare_notebook(nb, lang: str = "id"):
    """Return a copy of ``nb`` ready for the offline slide template.

    * markdown prose in ``lang`` (:func:`localise_notebook`);
    * cells tagged ``casekit-live`` (text that only makes sense next to a
      live widget, such as "choose a client above") are left out;
    * a markdown cell that starts with a heading opens a new slide, any
      other markdown cell a sub-slide (below it); code cells continue the
      current one (cells with their own ``slideshow``
      metadata keep it); the ``parameters`` and papermill's
      ``injected-parameters`` cells are skipped;
    * plotly outputs become a ``<div>`` drawn by the local plotly.js;
    * an output a :class:`~casekit.widgets.ClientPicker` filled (an Output
      widget) is replaced by what it showed, taken from the saved widget
      state; other live widgets (which need a running kernel) become a short
      note;
    * saved widget state is dropped (it would load the widget manager from
      a CDN).
    """
    check_lang(lang)
    nb = localise_notebook(nb, lang)
    widgets = nb.metadata.pop("widgets", None) or {}
    state = widgets.get(_STATE_MIME, {}).get("state", {})
    first = True
    for cell in nb.cells:
        tags = set(cell.get("metadata", {}).get("tags", []))
        meta = cell.setdefault("metadata", {})
        show = meta.setdefault("slideshow", {})
        if tags & {"parameters", "injected-parameters", LIVE_ONLY}:
            show["slide_type"] = "skip"
        elif "slide_type" not in show:
            heading = cell.cell_type == "markdown" and cell.source.lstrip().startswith("#")
            if heading or first:
                show["slide_type"] = "slide"
            else:
                show["slide_type"] = "subslide" if cell.cell_type == "markdown" else "-"
        if show["slide_type"] != "skip":
            first = False
        if cell.cell_type != "code":
            continue
        cell["outputs"] = _static_outputs(cell.get("outputs", []), state, lang)
    return nb


def _output_models(model_id, state: dict, seen=None) -> list:
    """Saved outputs of the Output widget ``model_id`` or of those inside a box."""
    seen = set() if seen is None else seen
    if model_id in seen or model_id not in state:
        return []
    seen.add(model_id)
    model = state[model_id]
    if model.get("model_name") == "OutputModel":
        return [model.get("state", {}).get("outputs", [])]
    found = []
    for child in model.get("state", {}).get("children", []) or []:
        if isinstance(child, str) and child.startswith("IPY_MODEL_"):
            found.extend(_output_models(child[len("IPY_MODEL_") :], state, seen))
    return found


def _static_outputs(outputs, state: dict, lang: str) -> list:
    """Outputs a page without a kernel can show (see :func:`prepare_notebook`)."""
    result = []
    for out in outputs:
        data = out.get("data")
        if data is None:
            result.append(out)
            continue
        if _PLOTLY_MIME in data:
            fig = data[_PLOTLY_MIME]
            if isinstance(fig, str):
                fig = json.loads(fig)
            out["data"] = {"text/html": _plotly_html(fig)}
        elif _WIDGET_MIME in data:
            model_id = data[_WIDGET_MIME].get("model_id")
            model = state.get(model_id, {})
            if model.get("model_name") != "OutputModel":
                result.append(
                    {"output_type": "display_data", "metadata": {},
                     "data": {"text/html": _widget_note(lang)}}
                )  # fmt: skip
            # what Output widgets inside showed (a ClientPicker.follow() output,
            # the chart of the reliable-change explorer), from the saved state
            for inner in _output_models(model_id, state):
                result.extend(_static_outputs(copy.deepcopy(inner), state, lang))
            continue
        elif _is_plotly_loader(out):
            continue
        result.append(out)
    return result
