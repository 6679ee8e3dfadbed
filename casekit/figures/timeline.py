"""Timeline: the helping process as a Gantt-like chart.

One row per stage of the helping process (engagement ... referral, the order
of :data:`casekit.tables.STAGE`); planned activities of ``plan.csv`` get a row
of their own under "intervention", with the planned period as a pale bar
behind the sessions actually held. Each session of ``sessions.csv`` is a
marker at its date (and start time when given); the hover text gives the
times, techniques, participants and notes.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..i18n import date_ticks, fmt_date, t
from ..tables import STAGE, split_list
from ._style import (
    OKABE_ITO,
    SMALL_FONT,
    base_layout,
    client_title,
    client_view,
    esc,
    is_missing,
    no_data,
    wrap,
)

__all__ = ["timeline"]

ROW_PX = 46
DAY_MS = 24 * 3600 * 1000


def _when(date, time) -> pd.Timestamp:
    if is_missing(time):
        return date + pd.Timedelta(hours=12)
    hh, mm = str(time).split(":")
    return date + pd.Timedelta(hours=int(hh), minutes=int(mm))


def timeline(cb, client_id: str, lang: str = "id") -> go.Figure:
    """Draw the client's sessions over time, the plan behind them.

    Parameters
    ----------
    cb : Casebook
    client_id : str
    lang : {"id", "en"}

    Returns
    -------
    plotly.graph_objects.Figure
        A trace with ``meta["kind"] == "plan"`` (one horizontal bar per planned
        activity, from its start date to the end of its end date) drawn before
        the trace ``"sessions"`` (one marker per session). Rows are numbered
        from the top; ``layout.yaxis.ticktext`` names them.
    """
    one = client_view(cb, client_id, lang)
    title = client_title("fig_timeline", one, client_id, lang)
    ses = one.sessions.reset_index(drop=True)
    plan = one.plan.reset_index(drop=True)
    if len(ses) == 0 and len(plan) == 0:
        return no_data(title, lang, t("fig_no_sessions", lang))
    activities = {}
    for _, row in plan.iterrows():
        name = row.get("activity")
        activities[str(row["activity_id"])] = (
            str(row["activity_id"]) if is_missing(name) else str(name)
        )
    rows: list[tuple[str, str | None]] = []  # (stage, activity_id)
    used_stages = set(ses["stage"].dropna().astype(str))
    session_acts = [a for a in ses["activity_id"].dropna().astype(str).unique()]
    for stage in STAGE:
        if stage == "intervention":
            plan_acts = list(activities)
            extra = [a for a in session_acts if a not in activities]
            for act in plan_acts + extra:
                rows.append(("intervention", act))
            if "intervention" in used_stages and (
                ses[(ses["stage"] == "intervention")]["activity_id"].isna().any()
            ):
                rows.append(("intervention", None))
        elif stage in used_stages:
            rows.append((stage, None))
    # sessions in a non-intervention stage but linked to an activity keep their stage row
    index = {r: k for k, r in enumerate(rows)}

    def row_of(stage, act):
        if act is not None and ("intervention", act) in index and stage == "intervention":
            return index[("intervention", act)]
        if act is not None and ("intervention", act) in index and (stage, None) not in index:
            return index[("intervention", act)]
        return index.get((stage, None), index.get(("intervention", act), 0))

    labels = []
    for stage, act in rows:
        if act is None:
            labels.append(esc(t(stage, lang).capitalize()))
        else:
            labels.append(wrap(activities.get(act, act), 30, 2))
    fig = go.Figure()
    # plan bars
    if len(plan):
        ys, base, xs, hover = [], [], [], []
        for _, row in plan.iterrows():
            start, end = row.get("start_date"), row.get("end_date")
            if is_missing(start) and is_missing(end):
                continue
            start = end if is_missing(start) else start
            end = start if is_missing(end) else end
            ys.append(index[("intervention", str(row["activity_id"]))])
            base.append(start)
            xs.append((end - start).total_seconds() * 1000 + DAY_MS)
            parts = [
                f"<b>{esc(activities[str(row['activity_id'])])}</b>",
                f"{t('fig_planned', lang)}: {fmt_date(start, lang, short=True)} \u2013 "
                f"{fmt_date(end, lang, short=True)}",
            ]
            if not is_missing(row.get("method")):
                parts.append(f"{t('fig_method', lang)}: {esc(t(row['method'], lang))}")
            if not is_missing(row.get("objectives")):
                parts.append(f"{t('fig_objectives', lang)}: " + wrap(row["objectives"], 50, 4))
            if not is_missing(row.get("indicator")):
                parts.append(f"{t('fig_indicator', lang)}: " + wrap(row["indicator"], 50, 3))
            hover.append("<br>".join(parts))
        fig.add_trace(
            go.Bar(
                x=xs,
                y=ys,
                base=base,
                orientation="h",
                width=0.62,
                marker={
                    "color": "rgba(86,180,233,0.35)",
                    "line": {"color": OKABE_ITO["sky"], "width": 1.5},
                },
                name=t("fig_planned", lang),
                hovertext=hover,
                hoverinfo="text",
                meta={"kind": "plan"},
            )
        )
    # sessions
    if len(ses):
        xs, ys, hover, symbols = [], [], [], []
        for _, row in ses.iterrows():
            act = None if is_missing(row.get("activity_id")) else str(row["activity_id"])
            xs.append(_when(row["date"], row.get("start_time")))
            ys.append(row_of(str(row["stage"]), act))
            grouped = not is_missing(row.get("group_id"))
            symbols.append("diamond" if grouped else "circle")
            times = ""
            if not is_missing(row.get("start_time")):
                times = f" {row['start_time']}"
                if not is_missing(row.get("end_time")):
                    times += f"\u2013{row['end_time']}"
            parts = [
                f"<b>{esc(t(row['stage'], lang))}</b>",
                f"{fmt_date(row['date'], lang, short=True)}{times}",
            ]
            if act is not None:
                parts.append(esc(activities.get(act, act)))
            if not is_missing(row.get("location")):
                parts.append(f"{t('fig_location', lang)}: {esc(row['location'])}")
            techniques = split_list(row.get("techniques"))
            if techniques:
                parts.append(f"{t('fig_techniques', lang)}: " + wrap(", ".join(techniques), 50, 3))
            people = split_list(row.get("participants"))
            if people:
                parts.append(f"{t('fig_participants', lang)}: " + wrap(", ".join(people), 50, 3))
            if not is_missing(row.get("notes")):
                parts.append(wrap(row["notes"], 50, 5))
            hover.append("<br>".join(parts))
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="markers",
                name=t("fig_session", lang),
                marker={
                    "size": 15,
                    "color": OKABE_ITO["blue"],
                    "symbol": symbols,
                    "line": {"color": "white", "width": 1.5},
                },
                hovertext=hover,
                hoverinfo="text",
                meta={"kind": "sessions"},
            )
        )
        if any(s == "diamond" for s in symbols):
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    name=t("fig_group_session", lang),
                    marker={"size": 15, "color": OKABE_ITO["blue"], "symbol": "diamond"},
                    meta={"kind": "legend"},
                )
            )
    band = [k for k, (stage, act) in enumerate(rows) if stage == "intervention"]
    if band:
        fig.add_hrect(
            y0=min(band) - 0.5,
            y1=max(band) + 0.5,
            fillcolor="rgba(0,0,0,0.04)",
            line_width=0,
            layer="below",
            name="intervention_band",
        )
        fig.add_annotation(
            x=1,
            xref="paper",
            xanchor="right",
            y=min(band) - 0.45,
            yanchor="top",
            text=f"<i>{esc(t('intervention', lang).capitalize())}</i>",
            showarrow=False,
            font={"size": SMALL_FONT, "color": "#666666"},
        )
    dates = (
        list(ses["date"].dropna())
        + list(plan["start_date"].dropna())
        + list(plan["end_date"].dropna())
    )
    if not dates:  # planned activities without dates and no session: nothing to place in time
        return no_data(title, lang, t("fig_no_dates", lang))
    lo, hi = min(dates), max(dates)
    pad = max((hi - lo) * 0.03, pd.Timedelta(days=1))
    height = 160 + ROW_PX * len(rows) + 60
    base_layout(
        fig,
        title,
        width=1300,
        height=max(height, 380),
        margin={"l": 300, "r": 30, "t": 80, "b": 60},
        lang=lang,
    )
    fig.update_layout(
        barmode="overlay",
        legend={"orientation": "h", "x": 1, "xanchor": "right", "y": 1.01, "yanchor": "bottom"},
    )
    fig.update_yaxes(
        tickvals=list(range(len(rows))),
        ticktext=labels,
        autorange=False,
        range=[len(rows) - 0.5, -0.5],
        tickfont={"size": SMALL_FONT},
        showgrid=True,
        gridcolor="#EEEEEE",
    )
    # plotly writes English month names on a date axis: the ticks come from i18n instead
    ticks, ticktext = date_ticks(lo, hi, lang)
    fig.update_xaxes(
        type="date",
        range=[lo - pad, hi + pd.Timedelta(days=1) + pad],
        tickvals=[pd.Timestamp(d) for d in ticks],
        ticktext=ticktext,
        showgrid=True,
        gridcolor="#EEEEEE",
    )
    return fig
