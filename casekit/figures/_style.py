"""Shared look of every casekit figure: palette, fonts, escaping, layout helpers.

Colours come from the Okabe-Ito palette, which stays distinguishable for the
common forms of colour-vision deficiency (Okabe & Ito, 2008, *Color Universal
Design*; Wong, 2011, Nature Methods 8, 441). Fonts are sized for a projector
at the back of a lecture room. Every string that comes from a casebook passes
through :func:`esc` before plotly sees it, because plotly renders a subset of
HTML in text, hover text and annotations.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from ..errors import ParameterError
from ..i18n import check_lang, separators, t

__all__ = [
    "OKABE_ITO",
    "FONT_SIZE",
    "SMALL_FONT",
    "TITLE_SIZE",
    "FONT_FAMILY",
    "esc",
    "wrap",
    "is_missing",
    "text_box",
    "boxes_overlap",
    "base_layout",
    "no_data",
    "client_view",
    "client_title",
    "hide_axes",
]

#: Okabe-Ito colour-blind-safe palette.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermilion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
}

FONT_FAMILY = "DejaVu Sans, Arial, sans-serif"
#: base font size in px (projector: nothing smaller than SMALL_FONT)
FONT_SIZE = 18
SMALL_FONT = 15
TITLE_SIZE = 24
#: average glyph width as a fraction of the font size (DejaVu Sans, mixed case)
CHAR_WIDTH = 0.58
LINE_HEIGHT = 1.25


def is_missing(value) -> bool:
    """True for None, NaN, pd.NA, NaT and empty strings."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def esc(value) -> str:
    """HTML-escape a casebook value for plotly text ('' when missing)."""
    if is_missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return html.escape(str(value).strip(), quote=True)


def wrap(value, width: int = 18, max_lines: int | None = None) -> str:
    """Escape ``value`` and wrap it to lines of at most ``width`` characters.

    Lines are joined with ``<br>`` (added after escaping, so it is the only
    markup plotly sees). With ``max_lines`` the text is cut and ends in '...'.
    """
    if is_missing(value):
        return ""
    lines = textwrap.wrap(str(value).strip(), width=width, break_long_words=True) or [""]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(1, width - 3)].rstrip() + "..."
    return "<br>".join(html.escape(line, quote=True) for line in lines)


def text_box(text: str, font_size: float = FONT_SIZE) -> tuple[float, float]:
    """Estimated (width, height) in px of a plotly text with ``<br>`` line breaks."""
    lines = str(text).split("<br>")
    longest = max(len(html.unescape(_strip_tags(line))) for line in lines)
    return longest * font_size * CHAR_WIDTH, len(lines) * font_size * LINE_HEIGHT


def _strip_tags(line: str) -> str:
    out, inside = [], False
    for ch in line:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)


def boxes_overlap(a, b, pad: float = 0.0) -> bool:
    """True when boxes ``(x0, y0, x1, y1)`` overlap (touching is not overlapping)."""
    return not (
        a[2] + pad <= b[0] or b[2] + pad <= a[0] or a[3] + pad <= b[1] or b[3] + pad <= a[1]
    )


def base_layout(
    fig: go.Figure,
    title: str,
    *,
    width: int = 1200,
    height: int = 800,
    margin=None,
    lang: str | None = None,
    **extra,
):
    """Apply casekit's common layout (white, large fonts, title) and return ``fig``.

    With ``lang``, plotly writes the numbers it formats itself (axis ticks,
    hover values) with that language's decimal mark (``1,5`` in Indonesian).
    """
    if lang is not None:
        extra.setdefault("separators", separators(lang))
    fig.update_layout(
        template="plotly_white",
        title={"text": title, "font": {"size": TITLE_SIZE}, "x": 0.01, "xanchor": "left"},
        font={"family": FONT_FAMILY, "size": FONT_SIZE, "color": "#222222"},
        hoverlabel={"font": {"size": SMALL_FONT}, "align": "left"},
        width=width,
        height=height,
        margin=margin or {"l": 40, "r": 40, "t": 80, "b": 40},
        legend={"font": {"size": SMALL_FONT}},
        **extra,
    )
    return fig


def hide_axes(fig: go.Figure, equal: bool = True) -> go.Figure:
    """Drawing mode: no axes, grid or zero lines; equal x/y scale when ``equal``."""
    fig.update_xaxes(visible=False, showgrid=False, zeroline=False)
    fig.update_yaxes(visible=False, showgrid=False, zeroline=False)
    if equal:
        fig.update_yaxes(scaleanchor="x", scaleratio=1)
    return fig


def no_data(title: str, lang: str, what: str | None = None) -> go.Figure:
    """An empty figure that says, in ``lang``, that there is nothing to draw."""
    fig = go.Figure()
    message = t("fig_no_data", lang)
    if what:
        message += f"<br>({esc(what)})"
    fig.add_annotation(
        text=message,
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font={"size": TITLE_SIZE, "color": OKABE_ITO["grey"]},
        name="no_data",
    )
    base_layout(fig, title, height=240)  # a sentence, not a drawing: no tall blank box
    hide_axes(fig, equal=False)
    return fig


def client_view(cb, client_id: str, lang: str):
    """Check ``lang`` and return ``cb`` filtered to ``client_id`` (ParameterError if unknown)."""
    check_lang(lang)
    if not hasattr(cb, "for_client"):
        raise ParameterError(
            "The first argument must be a casebook from ck.load_casebook(path), "
            f"not {type(cb).__name__}."
        )
    if not isinstance(client_id, str):
        raise ParameterError(f"client_id must be a text such as 'S', not {client_id!r}.")
    return cb.for_client(client_id)


def client_title(kind_key: str, one, client_id: str, lang: str) -> str:
    """Figure title: '<Figure name>: <pseudonym or client id>'."""
    name = client_id
    clients = one.clients
    if len(clients) and "pseudonym" in clients and not is_missing(clients["pseudonym"].iloc[0]):
        name = clients["pseudonym"].iloc[0]
    return f"{t(kind_key, lang)}: {esc(name)}"
