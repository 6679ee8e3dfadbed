"""The reliable change explorer of the lecture notebooks, and the instrument it starts from.

Sliders for reliability, SD, pre and post score; the reliable change index
(Jacobson & Truax, 1991), its threshold and the verdict, computed by
:func:`casekit.widgets.logic.reliable_change`, update live on a chart.
"""

from __future__ import annotations

import html
import math

import ipywidgets as w
import pandas as pd

from ..errors import CasekitError
from ..i18n import check_lang, fmt_number, instrument_name, t
from . import logic as logic
from .output import StaticWhenHeadless, _casebook, _error_html, _html_output, _show

__all__ = ["ReliableChangeExplorer", "default_instrument"]


def default_instrument(scores, client_id, local=None) -> str:
    """The instrument the explorer and the pre/post chart start from for a client.

    Among the client's instruments with a pre and a post total: one with a
    published reliability (reliable change needs it), the longest first; else
    any with a pair; else the client's first instrument; else ``"ucla_ls3"``.
    """
    from .. import instruments as registry

    if scores is None or not len(scores) or client_id is None:
        return "ucla_ls3"
    mine = scores[(scores["client_id"] == client_id) & (scores["scale"] == "total")]
    mine = mine[mine["score"].notna()]
    if not len(mine):
        return "ucla_ls3"
    ids = sorted(mine["instrument"].astype(str).unique())
    pairs = [
        i
        for i in ids
        if {"pre", "post"} <= set(mine.loc[mine["instrument"] == i, "timepoint"].astype(str))
    ]
    insts = {i: registry.get(i, local=local) for i in pairs}
    reliable = sorted(
        (i for i in pairs if insts[i].reliability is not None),
        key=lambda i: -(insts[i].items or 0),
    )
    return (reliable or pairs or ids)[0]


# --- reliable change explorer -----------------------------------------------------
class ReliableChangeExplorer(StaticWhenHeadless, w.VBox):
    """Move reliability, SD, pre and post; watch the reliable change verdict.

    Parameters
    ----------
    casebook : Casebook or path, optional
        Supplies the client's pre/post totals and the sample SD.
    client_id : str, optional
    instrument : str
        Instrument whose total is explored (default ``"ucla_ls3"``).
    lang : {"id", "en"}
    pre, post, sd, reliability : float, optional
        Starting values; defaults come from the client's scores and the
        instrument (see :func:`casekit.widgets.logic.default_sd`).
    scores : DataFrame, optional
        Output of :func:`casekit.score` (computed from ``casebook`` if absent).

    Attributes
    ----------
    reliability, sd, pre, post : ipywidgets.FloatSlider
    readout : ipywidgets.HTML
        RCI, threshold and verdict in words.
    plot : ipywidgets.Output
        The chart.
    result : ReliableChange
    figure : plotly.graph_objects.Figure
        The chart currently shown.
    """

    def __init__(
        self,
        casebook=None,
        client_id: str | None = None,
        instrument: str | None = None,
        lang: str = "id",
        pre: float | None = None,
        post: float | None = None,
        sd: float | None = None,
        reliability: float | None = None,
        scores: pd.DataFrame | None = None,
    ):
        from .. import instruments as registry

        self.lang = check_lang(lang)
        self.casebook = _casebook(casebook) if casebook is not None else None
        local = self.casebook.instruments if self.casebook is not None else None
        if scores is None and self.casebook is not None:
            from ..scoring import score

            scores = score(self.casebook)
        if instrument is None:
            instrument = default_instrument(scores, client_id, local)
        self.inst = registry.get(instrument, local=local)
        total = pd.DataFrame()
        if scores is not None and len(scores):
            total = scores[(scores["instrument"] == self.inst.id) & (scores["scale"] == "total")]
        own = total[total["client_id"] == client_id] if client_id is not None else total.iloc[0:0]

        def first(tp):
            vals = own.loc[own["timepoint"] == tp, "score"].dropna()
            return float(vals.iloc[0]) if len(vals) else None

        self.from_client = (
            pre is None and post is None and None not in (first("pre"), first("post"))
        )
        pre = pre if pre is not None else first("pre")
        post = post if post is not None else first("post")
        lo = self.inst.score_min if self.inst.score_min is not None else 0.0
        hi = self.inst.score_max
        if hi is None:  # no known range (e.g. a total-only local instrument)
            seen = [abs(x) for x in (pre, post) if x is not None]
            hi = float(max(100, math.ceil(max(seen, default=0) * 1.2)))
        pre = float(pre) if pre is not None else lo + 0.75 * (hi - lo)
        post = float(post) if post is not None else lo + 0.5 * (hi - lo)
        pre_scores = []
        if len(total):  # the complete pairs' pre scores, as casekit.change uses them
            has = total["score"].notna()
            paired = set(total.loc[has & (total["timepoint"] == "post"), "client_id"])
            pre_rows = total[has & (total["timepoint"] == "pre")]
            pre_scores = pre_rows.loc[pre_rows["client_id"].isin(paired), "score"].tolist()
        sd_default, sd_source = logic.default_sd(self.inst, pre_scores)
        self._defaults = {
            "pre": pre,
            "post": post,
            "sd": float(sd) if sd is not None else sd_default,
            "reliability": (
                float(reliability)
                if reliability is not None
                else (self.inst.reliability if self.inst.reliability is not None else 0.80)
            ),
        }
        self.sd_source = sd_source if sd is None else "given"
        span = hi - lo
        style = {"description_width": "13em"}
        layout = w.Layout(width="36em")
        self.reliability = w.FloatSlider(
            value=self._defaults["reliability"], min=0.50, max=0.99, step=0.01,
            description=t("w_reliability", lang), style=style, layout=layout,
            continuous_update=True,
        )  # fmt: skip
        self.sd = w.FloatSlider(
            value=round(self._defaults["sd"], 2), min=0.1,
            max=max(span / 2, self._defaults["sd"] * 2, 1.0), step=0.1,
            description=t("w_sd", lang), style=style, layout=layout,
        )  # fmt: skip
        self.pre = w.FloatSlider(
            value=pre, min=lo, max=hi, step=1.0 if span >= 10 else 0.5,
            description=t("w_pre", lang), style=style, layout=layout,
        )  # fmt: skip
        self.post = w.FloatSlider(
            value=post, min=lo, max=hi, step=1.0 if span >= 10 else 0.5,
            description=t("w_post", lang), style=style, layout=layout,
        )  # fmt: skip
        self.reset_button = w.Button(
            description=t("w_defaults", lang), icon="undo", layout=w.Layout(width="auto")
        )
        self.reset_button.on_click(lambda _b: self.reset())
        # say where every starting value comes from
        parts = []
        if self.from_client:
            parts.append(t("w_scores_from_client", lang).format(client=client_id))
        elif pre is not None or post is not None:
            parts.append(t("w_scores_example", lang))
        parts.append(f"{t('w_sd_from', lang)}: {t('w_sd_' + self.sd_source, lang)}")
        if reliability is not None:
            parts.append(f"r: {t('w_sd_given', lang)}")
        elif self.inst.reliability is not None:
            source = getattr(self.inst, "reliability_source", None) or ""
            parts.append(
                f"r = {fmt_number(self.inst.reliability, lang, 2)}"
                + (f" ({source})" if source else "")
            )
        else:
            parts.append(t("w_no_reliability", lang))
        note = "; ".join(parts)
        # a verdict from placeholder values is an exercise, not a finding about the client
        self.placeholder = (self.inst.reliability is None and reliability is None) or (
            sd is None and self.sd_source in ("none", "range/6")
        )
        self.note = w.HTML(
            f"<i>{html.escape(instrument_name(self.inst, lang))}. {html.escape(note)}</i>"
        )
        self.readout = w.HTML()
        self.plot = w.Output()
        self.result: logic.ReliableChange | None = None
        self.figure = None
        for s in (self.reliability, self.sd, self.pre, self.post):
            s.observe(self._update, names="value")
        super().__init__(
            [
                self.note,
                self.pre,
                self.post,
                self.sd,
                self.reliability,
                self.reset_button,
                self.readout,
                self.plot,
            ]
        )
        self.add_class("casekit-explorer")
        self._update()

    def _static_outputs(self) -> list[dict]:
        """The verdict in words and the chart, under a note that the sliders need JupyterLab."""
        note = html.escape(t("w_slides_widget_note", self.lang))
        return [_html_output(f"<p><i>{note}</i></p>{self.readout.value}")] + [
            dict(out) for out in self.plot.outputs
        ]

    def reset(self) -> None:
        """Put every slider back to its starting value."""
        with self.hold_trait_notifications():
            self.pre.value = self._defaults["pre"]
            self.post.value = self._defaults["post"]
            self.sd.value = round(self._defaults["sd"], 2)
            self.reliability.value = self._defaults["reliability"]
        self._update()

    def _update(self, change=None) -> None:
        lang = self.lang
        try:
            rc = logic.reliable_change(
                self.pre.value,
                self.post.value,
                self.sd.value,
                self.reliability.value,
                self.inst.higher_is_worse,
            )
        except CasekitError as err:
            self.result = None
            self.readout.value = _error_html(err, lang)
            return
        self.result = rc
        self.readout.value = (
            f"SE = {fmt_number(rc.se, lang, 2)} &nbsp;·&nbsp; "
            f"S<sub>diff</sub> = {fmt_number(rc.s_diff, lang, 2)} &nbsp;·&nbsp; "
            f"<b>RCI = <span class='casekit-rci'>{fmt_number(rc.rci, lang, 2, signed=True)}</span>"
            f"</b> &nbsp;·&nbsp; {html.escape(t('w_threshold', lang))}: "
            f"±{fmt_number(rc.threshold, lang, 1)} &nbsp;·&nbsp; "
            + (
                f"<i class='casekit-verdict'>{html.escape(t('w_' + rc.verdict, lang))} "
                f"({html.escape(t('w_placeholder_verdict', lang))})</i>"
                if self.placeholder
                else f"<b class='casekit-verdict'>{html.escape(t('w_' + rc.verdict, lang))}</b>"
            )
        )
        self.figure = logic.reliable_change_figure(
            rc, lang, title=f"{self.inst.id}: " + t("w_rc_title", lang)
        )
        _show(self.plot, self.figure)
