"""Client pre/post chart: the scores at each timepoint on the instrument's range.

Drawn on the instrument's full range (when known) with its category bands
shaded, the functional cutoff (Jacobson & Truax, 1991, cutoff a, b or c as
:func:`casekit.change` chose) as a line, and the band of changes too small to
be reliable (for JT ``pre +/- rc_threshold``, where ``rc_threshold = z * S_diff``,
``S_diff = SD_pre * sqrt(2 * (1 - r))``; for the other methods between
``pre + diff_for_improved`` and ``pre + diff_for_deteriorated``). A sentence states the verdict.
What the instrument does not define (range, bands, reliability) is not
invented: the chart says plainly what cannot be computed.

References
----------
Jacobson, N. S., & Truax, P. (1991). Clinical significance: a statistical
approach to defining meaningful change in psychotherapy research. Journal of
Consulting and Clinical Psychology, 59(1), 12-19.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..errors import ParameterError
from ..i18n import LABELS, fmt_number, instrument_name, t
from ._style import (
    OKABE_ITO,
    SMALL_FONT,
    base_layout,
    client_title,
    client_view,
    esc,
    is_missing,
    no_data,
)

__all__ = ["prepost", "order_timepoints"]

_USUAL = {"baseline": 0, "pre": 1, "mid": 2, "post": 3, "follow_up": 4, "followup": 4}
#: band fills from least to most severe (light to dark, colour-blind safe)
BAND_FILLS = ["#F7F7F7", "#FEE8C8", "#FDBB84", "#E34A33", "#B30000"]


def order_timepoints(rows: pd.DataFrame) -> list[str]:
    """Timepoint labels in time order: by date, then by the usual labels."""
    keys = {}
    for _, row in rows.iterrows():
        tp = str(row["timepoint"])
        date = row.get("date")
        key = (
            pd.Timestamp(date).value if not is_missing(date) else float("inf"),
            _USUAL.get(tp.lower(), 5),
            tp,
        )
        keys[tp] = min(keys.get(tp, key), key)
    return sorted(keys, key=lambda k: keys[k])


def _fmt(x, lang: str = "en") -> str:
    x = float(x)
    return fmt_number(x, lang, 0 if x.is_integer() else 1)


def prepost(
    cb,
    client_id: str,
    lang: str = "id",
    instrument: str | None = None,
    pre: str = "pre",
    post: str = "post",
) -> go.Figure:
    """Draw one client's questionnaire scores over time, with the verdict.

    Parameters
    ----------
    cb : Casebook
    client_id : str
    lang : {"id", "en"}
    instrument : str, optional
        Instrument id; default: the client's instrument with both ``pre`` and
        ``post`` (the first by id), else the first one scored.
    pre, post : str
        Timepoints compared for the verdict.

    Returns
    -------
    plotly.graph_objects.Figure
        Trace ``meta["kind"] == "scores"`` holds the points (x = timepoint,
        y = total score); shapes named ``band:<k>`` (categories),
        ``cutoff`` and ``rc_band`` (pre +/- rc_threshold) when known; the
        annotation named ``verdict`` states the result and what could not be
        computed. ``layout.meta`` holds the numbers used (``cutoff``,
        ``rc_threshold``, ``rci``, ``reliable_change``, ``clinical_status``).
    """
    from ..change import change
    from ..scoring import score

    one = client_view(cb, client_id, lang)
    mine = score(one)
    mine = mine[mine["scale"] == "total"] if len(mine) else mine
    if len(mine) == 0:
        title = client_title("fig_prepost", one, client_id, lang)
        return no_data(title, lang, t("fig_no_scores", lang))
    available = sorted(mine["instrument"].astype(str).unique())
    if instrument is None:
        both = [
            i
            for i in available
            if {pre, post} <= set(mine.loc[mine["instrument"] == i, "timepoint"].astype(str))
        ]
        # prefer an instrument with a published reliability (reliable change needs it),
        # the longest first (finer steps between totals)
        reliable = [i for i in both if one.instrument(i).reliability is not None]
        reliable.sort(key=lambda i: -(one.instrument(i).items or 0))
        instrument = (reliable or both or available)[0]
    elif instrument not in available:
        raise ParameterError(
            f"Client {client_id!r} has no scores for instrument {instrument!r}; "
            f"it has: {', '.join(available)}."
        )
    inst = one.instrument(instrument)
    rows = mine[mine["instrument"] == instrument]
    order = order_timepoints(rows)
    values = {
        str(r["timepoint"]): float(r["score"])
        for _, r in rows.iterrows()
        if not is_missing(r["score"])
    }
    name = instrument_name(inst, lang)
    name = name if len(name) <= 100 else name[:97] + "..."
    title = client_title("fig_prepost", one, client_id, lang) + f"<br><sup>{esc(name)}</sup>"
    # change against the whole casebook (sample norms need the other clients)
    ch_row = None
    timepoints = set(rows["timepoint"].astype(str))
    if {pre, post} <= timepoints:
        everyone = score(cb)
        ch = change(
            everyone[everyone["instrument"] == instrument],
            pre=pre,
            post=post,
            instruments=getattr(cb, "instruments", None),
        )
        sel = ch[(ch["client_id"] == client_id) & (ch["scale"] == "total")]
        if len(sel):
            ch_row = sel.iloc[0]

    fig = go.Figure()
    shapes, notes = [], []
    lo_known = inst.score_min is not None and inst.score_max is not None
    data = list(values.values())
    if lo_known:
        y0, y1 = float(inst.score_min), float(inst.score_max)
    else:
        span = max(max(data) - min(data), 1.0)
        y0, y1 = min(data) - 0.25 * span, max(data) + 0.25 * span
        notes.append(t("fig_no_range", lang))
    # a cutoff outside the score range cannot be crossed: it is not drawn (the note says why)
    in_range = ch_row.get("cutoff_in_range") if ch_row is not None else None
    cutoff_drawn = (
        ch_row is not None
        and not is_missing(ch_row["cutoff"])
        and (is_missing(in_range) or bool(in_range))
    )
    if cutoff_drawn:
        y0, y1 = min(y0, float(ch_row["cutoff"])), max(y1, float(ch_row["cutoff"]))
    pad = (y1 - y0) * 0.04
    label_key = "label_id" if lang == "id" else "label_en"
    if inst.categories:
        cats = sorted(inst.categories, key=lambda c: c["min"])
        if not inst.higher_is_worse:
            fills = list(reversed(BAND_FILLS[: len(cats)]))
        else:
            fills = BAND_FILLS[: len(cats)] if len(cats) <= len(BAND_FILLS) else BAND_FILLS
        for k, band in enumerate(cats):
            step = 0.5 if float(band["max"]).is_integer() else 0.0
            b0, b1 = (
                float(band["min"]) - (step if k else 0),
                float(band["max"]) + (step if k < len(cats) - 1 else 0),
            )
            shapes.append(
                {
                    "type": "rect",
                    "xref": "paper",
                    "x0": 0,
                    "x1": 1,
                    "y0": b0,
                    "y1": b1,
                    "fillcolor": fills[min(k, len(fills) - 1)],
                    "opacity": 0.45,
                    "line": {"width": 0},
                    "layer": "below",
                    "name": f"band:{k}",
                }
            )
            fig.add_annotation(
                x=1.0,
                xref="paper",
                xanchor="left",
                y=(b0 + b1) / 2,
                text=esc(band.get(label_key) or band.get("label_en", "")),
                showarrow=False,
                font={"size": SMALL_FONT},
                name=f"band_label:{k}",
            )
    else:
        notes.append(t("fig_no_categories", lang))
    meta = {
        "instrument": instrument,
        "cutoff": None,
        "rc_threshold": None,
        "rci": None,
        "reliable_change": None,
        "clinical_status": None,
    }
    if ch_row is not None:
        cutoff = ch_row["cutoff"]
        if not is_missing(cutoff) and not cutoff_drawn:
            meta["cutoff"] = float(cutoff)
            notes.append(
                t("fig_cutoff_out_of_range", lang).format(
                    kind=ch_row["cutoff_kind"],
                    value=_fmt(cutoff, lang),
                    lo="?" if inst.score_min is None else _fmt(inst.score_min, lang),
                    hi="?" if inst.score_max is None else _fmt(inst.score_max, lang),
                )
            )
        elif not is_missing(cutoff):
            meta["cutoff"] = float(cutoff)
            shapes.append(
                {
                    "type": "line",
                    "xref": "paper",
                    "x0": 0,
                    "x1": 1,
                    "y0": float(cutoff),
                    "y1": float(cutoff),
                    "line": {"color": OKABE_ITO["blue"], "width": 3, "dash": "dash"},
                    "name": "cutoff",
                }
            )
            fig.add_annotation(
                x=0.0,
                xref="paper",
                xanchor="left",
                y=float(cutoff),
                yanchor="bottom",
                text=f"{t('fig_cutoff', lang)} ({ch_row['cutoff_kind']}) = {_fmt(cutoff, lang)}",
                showarrow=False,
                font={"size": SMALL_FONT, "color": OKABE_ITO["blue"]},
                bgcolor="rgba(255,255,255,0.8)",
                name="cutoff_label",
            )
        else:
            notes.append(t("fig_no_cutoff", lang))
        rc = ch_row["rc_threshold"]
        if not is_missing(rc) and not is_missing(ch_row["pre"]):
            meta["rc_threshold"] = float(rc)
            p = float(ch_row["pre"])
            lo, hi = p - float(rc), p + float(rc)
            # GLN, EN and HA centre the band elsewhere than on pre: casekit.change gives
            # its edges as the raw changes at which the verdict turns
            edges = [ch_row.get(c) for c in ("diff_for_improved", "diff_for_deteriorated")]
            if not any(e is None or is_missing(e) for e in edges):
                lo, hi = p + min(map(float, edges)), p + max(map(float, edges))
            shapes.append(
                {
                    "type": "rect",
                    "xref": "paper",
                    "x0": 0,
                    "x1": 1,
                    "y0": lo,
                    "y1": hi,
                    "fillcolor": "rgba(153,153,153,0.16)",
                    "layer": "below",
                    "line": {"color": OKABE_ITO["grey"], "width": 1.5, "dash": "dot"},
                    "name": "rc_band",
                }
            )
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    marker={
                        "symbol": "square",
                        "size": 18,
                        "color": "rgba(153,153,153,0.35)",
                        "line": {"color": OKABE_ITO["grey"], "width": 1.5},
                    },
                    name=t("fig_rc_band", lang).format(rc=_fmt(rc, lang)),
                    meta={"kind": "legend"},
                )
            )
        elif is_missing(ch_row["sd_pre"]) and not str(ch_row["not_computable"]).startswith(
            "no reliability known"
        ):  # the reliability is known; what is missing is an SD to compare with
            notes.append(t("nm_fig_no_sd", lang))
        else:
            notes.append(t("fig_no_reliability", lang))
        for key in ("rci", "reliable_change", "clinical_status"):
            if not is_missing(ch_row[key]):
                meta[key] = float(ch_row[key]) if key == "rci" else str(ch_row[key])
    xs = [tp for tp in order if tp in values]
    fig.add_trace(
        go.Scatter(
            x=[t(f"fig_tp_{tp}", lang) if f"fig_tp_{tp}" in LABELS else esc(tp) for tp in xs],
            y=[values[tp] for tp in xs],
            mode="lines+markers+text",
            text=[_fmt(values[tp], lang) for tp in xs],
            textposition="middle right",
            textfont={"size": 20},
            marker={"size": 18, "color": OKABE_ITO["black"]},
            line={"color": OKABE_ITO["black"], "width": 3},
            name=esc(instrument),
            hovertemplate="%{x}: %{y}<extra></extra>",
            showlegend=False,
            meta={"kind": "scores", "timepoints": xs},
        )
    )
    fig.add_annotation(
        text=_verdict(ch_row, inst, values, pre, post, notes, lang),
        name="verdict",
        xref="paper",
        yref="paper",
        x=0,
        y=-0.09,
        xanchor="left",
        yanchor="top",
        align="left",
        showarrow=False,
        font={"size": SMALL_FONT + 1},
    )
    n_lines = 2 + len(notes)
    base_layout(
        fig,
        title,
        width=1000,
        height=640 + 26 * n_lines,
        margin={"l": 80, "r": 220, "t": 110, "b": 90 + 26 * n_lines},
        meta=meta,
        lang=lang,
    )
    direction = (
        t("fig_higher_worse", lang) if inst.higher_is_worse else t("fig_higher_better", lang)
    )
    fig.update_yaxes(
        range=[y0 - pad, y1 + pad], title=f"{t('fig_score', lang)} ({direction})", zeroline=False
    )
    fig.update_xaxes(type="category", tickfont={"size": 20})
    fig.update_layout(
        shapes=shapes,
        legend={
            "orientation": "h",
            "x": 0,
            "y": 1.0,
            "yanchor": "bottom",
            "font": {"size": SMALL_FONT},
        },
    )
    return fig


def _verdict(row, inst, values, pre, post, notes, lang) -> str:
    lines = []
    if pre in values and post in values:
        a, b = values[pre], values[post]
        diff = b - a
        better = (diff < 0) == inst.higher_is_worse if diff != 0 else None
        word = (
            (t("fig_better", lang) if better else t("fig_worse", lang))
            if better is not None
            else t("fig_same", lang)
        )
        lines.append(
            t("fig_verdict_scores", lang).format(
                pre=_fmt(a, lang),
                post=_fmt(b, lang),
                diff=fmt_number(diff, lang, signed=True),
                word=word,
            )
        )
    else:
        lines.append(t("fig_verdict_missing", lang).format(pre=esc(pre), post=esc(post)))
    if row is not None and not is_missing(row["reliable_change"]):
        text = t("fig_rc_" + str(row["reliable_change"]), lang)
        text += (
            f" (RCI = {fmt_number(float(row['rci']), lang, 2)}, "
            f"|RCI| > {fmt_number(float(row['z']), lang, 2)})"
        )
        if not is_missing(row["clinical_status"]):
            text += "; " + t("fig_cs_" + str(row["clinical_status"]), lang)
        lines.append("<b>" + text + "</b>")
    for note in notes:
        lines.append("\u2022 " + note)
    return "<br>".join(lines)
