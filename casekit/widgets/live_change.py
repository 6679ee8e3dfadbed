"""The reliable change index for the live explorer, and its picture.

Jacobson & Truax (1991), *J. Consult. Clin. Psychol.* 59(1), 12-19:
``SE = SD * sqrt(1 - r)``, ``S_diff = sqrt(2) * SE``,
``RCI = (post - pre) / S_diff``; a change is reliable when
``|RCI| > 1.96`` (:data:`Z95`), improved or deteriorated by the
instrument's direction.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

import plotly.graph_objects as go

from ..errors import ParameterError
from ..i18n import Msg, check_lang, fmt_number, msg, separators, t
from .form_scoring import _none_if_nan

__all__ = ["ReliableChange", "Z95", "default_sd", "reliable_change", "reliable_change_figure"]

#: two-sided 95% critical value of the standard normal (Jacobson & Truax, 1991)
Z95 = 1.96


# --- reliable change -------------------------------------------------------------
@dataclass(frozen=True)
class ReliableChange:
    """One client's reliable change, as the explorer shows it.

    Attributes
    ----------
    pre, post, diff : float
        Scores and ``post - pre``.
    sd, reliability : float
        Standard deviation and reliability used.
    se : float
        Standard error of measurement ``sd * sqrt(1 - reliability)``.
    s_diff : float
        Standard error of the difference ``sqrt(2) * se``.
    rci : float
        ``diff / s_diff``.
    threshold : float
        Smallest change (in score points) that is reliable: ``1.96 * s_diff``.
    verdict : {"improved", "unchanged", "deteriorated"}
        Direction-aware: with ``higher_is_worse`` a reliable drop is an
        improvement.
    """

    pre: float
    post: float
    diff: float
    sd: float
    reliability: float
    se: float
    s_diff: float
    rci: float
    threshold: float
    verdict: str


#: the arguments of :func:`reliable_change` as a reader names them
_ARG = {
    "pre": Msg("pre", "skor sebelum (pre)"),
    "post": Msg("post", "skor sesudah (post)"),
    "sd": Msg("sd", "SD (sd)"),
    "reliability": Msg("reliability", "reliabilitas (reliability)"),
}


def _as_typed(value, repr_: bool = True) -> Msg:
    """A value as the caller gave it; a number with the Indonesian decimal comma in ``id``."""
    text = repr(value) if repr_ else str(value)
    if isinstance(value, float) and not isinstance(value, bool):
        return Msg(text, text.replace(".", ","))
    return Msg(text, text)


def reliable_change(
    pre: float, post: float, sd: float, reliability: float, higher_is_worse: bool = True
) -> ReliableChange:
    """Jacobson-Truax reliable change index of one pre/post pair.

    Parameters
    ----------
    pre, post : float
        The client's scores before and after.
    sd : float
        Standard deviation of the pre scores (a norm group or the sample).
    reliability : float
        Reliability of the instrument (0 < r < 1), e.g. coefficient alpha.
    higher_is_worse : bool
        True when a higher score means more of the problem.

    Returns
    -------
    ReliableChange

    Notes
    -----
    .. math::

        SE = SD\\sqrt{1 - r}, \\quad S_{diff} = \\sqrt{2\\,SE^2}, \\quad
        RCI = \\frac{x_{post} - x_{pre}}{S_{diff}}

    The change is reliable when :math:`|RCI| > 1.96`, i.e. when the change
    exceeds :math:`1.96\\,S_{diff}` points (Jacobson & Truax, 1991, eq. 3 and
    the standard error of the difference of Christensen & Mendoza, 1986).

    References
    ----------
    Jacobson, N. S., & Truax, P. (1991). Clinical significance: A statistical
    approach to defining meaningful change in psychotherapy research. Journal
    of Consulting and Clinical Psychology, 59(1), 12-19.
    """
    for name, value in (("pre", pre), ("post", post), ("sd", sd), ("reliability", reliability)):
        try:
            ok = math.isfinite(float(value))
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ParameterError(msg("m_pl_lc_not_number", name=_ARG[name], value=_as_typed(value)))
    if not 0 < reliability < 1:
        raise ParameterError(msg("m_pl_lc_reliability", r=_as_typed(reliability, repr_=False)))
    if sd <= 0:
        raise ParameterError(msg("m_pl_lc_sd", sd=_as_typed(sd, repr_=False)))
    pre, post, sd, reliability = float(pre), float(post), float(sd), float(reliability)
    se = sd * math.sqrt(1 - reliability)
    s_diff = math.sqrt(2 * se**2)
    diff = post - pre
    rci = diff / s_diff
    if abs(rci) <= Z95:
        verdict = "unchanged"
    elif (rci < 0) == bool(higher_is_worse):
        verdict = "improved"
    else:
        verdict = "deteriorated"
    return ReliableChange(pre, post, diff, sd, reliability, se, s_diff, rci, Z95 * s_diff, verdict)


def default_sd(instrument, pre_scores: Sequence[float] | None = None) -> tuple[float, str]:
    """A starting SD for the explorer and where it comes from.

    The instrument's clinical, then functional norm SD when it has one; else
    the sample SD (n - 1) of ``pre_scores`` when there are at least two; else
    a sixth of the score range (a rough rule of thumb, labelled as such);
    else 10, only a starting value for the slider (source ``"none"``).
    """
    for group in ("clinical", "functional"):
        norm = instrument.norms.get(group) or {}
        if norm.get("sd"):
            return float(norm["sd"]), f"norms.{group}"
    values = [float(x) for x in (pre_scores or []) if _none_if_nan(x) is not None]
    if len(values) >= 2:
        mean = sum(values) / len(values)
        var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
        if var > 0:
            return math.sqrt(var), "sample"
    lo, hi = instrument.score_min, instrument.score_max
    if lo is not None and hi is not None and hi > lo:
        return (hi - lo) / 6, "range/6"
    return 10.0, "none"


_VERDICT_COLOUR = {"improved": "#1b7837", "unchanged": "#777777", "deteriorated": "#b2182b"}


def reliable_change_figure(rc: ReliableChange, lang: str = "id", title: str | None = None):
    """Number line of the change with the "not reliable" zone shaded.

    The grey band is ``-threshold .. +threshold`` around zero: a change that
    ends inside it could be measurement error. Returns a ``go.Figure``.
    """
    check_lang(lang)
    span = max(abs(rc.diff), rc.threshold) * 1.35 + 1
    fig = go.Figure()
    fig.add_shape(
        type="rect",
        x0=-rc.threshold,
        x1=rc.threshold,
        y0=0,
        y1=1,
        fillcolor="rgba(150,150,150,0.25)",
        line_width=0,
    )
    fig.add_annotation(
        x=0,
        y=0.92,
        text=html.escape(t("w_rc_zone", lang)),
        showarrow=False,
        font={"size": 12, "color": "#555"},
    )
    fig.add_vline(x=0, line={"color": "#333", "width": 1})
    colour = _VERDICT_COLOUR[rc.verdict]
    fig.add_trace(
        go.Scatter(
            x=[0, rc.diff],
            y=[0.45, 0.45],
            mode="lines+markers",
            line={"color": colour, "width": 3},
            marker={"size": [6, 16], "color": colour},
            hovertemplate="%{x:.1f}<extra></extra>",
            showlegend=False,
        )
    )
    fig.add_annotation(
        x=rc.diff,
        y=0.62,
        text=(
            f"{t('w_change', lang)} {rc.diff:+.1f} · RCI {rc.rci:+.2f}<br>"
            f"<b>{html.escape(t('w_' + rc.verdict, lang))}</b>"
        ),
        showarrow=False,
        font={"size": 13, "color": colour},
    )
    fig.update_layout(
        title=title or t("w_rc_title", lang),
        separators=separators(lang),
        height=260,
        margin={"l": 40, "r": 20, "t": 50, "b": 50},
        plot_bgcolor="white",
        xaxis={
            "range": [-span, span],
            "title": t("w_rc_axis", lang).format(thr=fmt_number(rc.threshold, lang, 1)),
            "zeroline": False,
            "showgrid": True,
            "gridcolor": "#eee",
        },
        yaxis={"visible": False, "range": [0, 1]},
    )
    return fig
