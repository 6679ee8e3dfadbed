"""Interactive widgets for the lecture notebooks (ipywidgets 8).

A thin layer: every number and every file write comes from
:mod:`casekit.widget_logic`, so the behaviour is tested without a browser
through the widgets' own API (set ``.value``, call ``.click()``).

:class:`ClientPicker`
    Choose a client; every output registered with :meth:`ClientPicker.follow`
    is drawn again for the chosen client.
:class:`QuestionnaireForm`
    Fill in a questionnaire item by item; total, subscales and category
    update live; *Save* checks the answers and appends them to the casebook's
    ``responses.csv`` atomically.
:class:`ReliableChangeExplorer`
    Sliders for reliability, SD, pre and post score; the reliable change
    index, its threshold and the verdict update live on a chart.

Example
-------
>>> picker = ClientPicker(cb, lang="en")            # doctest: +SKIP
>>> picker                                            # doctest: +SKIP
>>> picker.follow(lambda c: ck.figures.genogram(cb, c, lang="en"))  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import math
from collections.abc import Callable
from pathlib import Path

import ipywidgets as w
import pandas as pd
import plotly.graph_objects as go

from . import widget_logic as logic
from .errors import CasebookError, CasekitError, ParameterError
from .i18n import check_lang, fmt_number, instrument_name, t

__all__ = [
    "ClientPicker",
    "QuestionnaireForm",
    "ReliableChangeExplorer",
    "clinical_rows",
    "default_instrument",
    "practice_copy",
]


def _casebook(casebook):
    from .casebook import Casebook, load_casebook

    if isinstance(casebook, Casebook):
        return casebook
    if isinstance(casebook, (str, Path)):
        return load_casebook(casebook)
    raise ParameterError("casebook must be a loaded Casebook or the path of a casebook folder.")


def _bundle(obj):
    """Display bundle for ``obj``: plotly figures as the plotly mimetype directly.

    JupyterLab draws the mimetype whatever renderer plotly.io is set to, and
    tests (and the slide exporter) can read the figure back.
    """
    if isinstance(obj, go.Figure):
        return {
            "application/vnd.plotly.v1+json": json.loads(obj.to_json()),
            "text/plain": f"<plotly figure: {obj.layout.title.text or ''}>",
        }
    return None


def _in_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return False
    ip = get_ipython()
    return ip is not None and getattr(ip, "kernel", None) is not None


def _formatted(obj) -> dict:
    """``obj`` as one ``display_data`` output, formatted in the kernel."""
    if isinstance(obj, str):
        obj = _HTMLText(obj)
    bundle = _bundle(obj)
    if bundle is not None:
        return {"output_type": "display_data", "data": bundle, "metadata": {}}
    from IPython import get_ipython

    data, metadata = get_ipython().display_formatter.format(obj)
    return {"output_type": "display_data", "data": data, "metadata": metadata}


# Why no ``with out:`` below. Capturing into an Output widget with ``with out:``
# sends each output to the front end tagged for the widget; a headless runner
# (nbclient, so papermill and ``jupyter nbconvert --execute``) then mimics the
# widget by sending its new state back on the kernel's shell channel while it
# is waiting on that same channel for the cell's reply. Under load the reply
# can arrive during that send and its wake-up is lost: the runner sees the
# finished cell only when its timeout runs out, never without one (nbclient
# issue #312; reproduced in tests/test_headless.py). So outputs are captured
# in the kernel and set on the widget's ``outputs`` state: one state update on
# the IOPub channel, nothing sent back, the same picture in JupyterLab.
def _show(out: w.Output, obj) -> None:
    """Replace what ``out`` shows by ``obj`` (works inside and outside a kernel)."""
    if obj is None:
        out.outputs = ()
    elif _in_kernel():
        out.outputs = (_formatted(obj),)
    else:
        out.outputs = ()
        bundle = _bundle(obj if not isinstance(obj, str) else _HTMLText(obj))
        if bundle is not None:
            out.outputs = ({"output_type": "display_data", "data": bundle, "metadata": {}},)
        else:
            out.append_display_data(_HTMLText(obj) if isinstance(obj, str) else obj)


def _run_into(out: w.Output, func, *args):
    """Call ``func(*args)`` and show in ``out`` what it printed, displayed and returned.

    Returns ``(result, error)``; the result (when not None) is shown after
    whatever the function displayed itself.
    """
    if not _in_kernel():
        out.outputs = ()
        try:
            result = func(*args)
        except Exception as err:  # shown in place: a class must not see a traceback
            return None, err
        _show(out, result)
        return result, None
    from IPython.utils.capture import capture_output

    error = result = None
    with capture_output(stdout=True, stderr=True, display=True) as captured:
        try:
            result = func(*args)
        except Exception as err:
            error = err
    outputs = [
        {"output_type": "stream", "name": name, "text": text}
        for name, text in (("stdout", captured.stdout), ("stderr", captured.stderr))
        if text
    ]
    outputs += [
        {"output_type": "display_data", "data": o.data, "metadata": o.metadata or {}}
        for o in captured.outputs
    ]
    if error is not None:
        out.outputs = tuple(outputs)
        return None, error
    if result is not None:
        outputs.append(_formatted(result))
    out.outputs = tuple(outputs)
    return result, None


class _HTMLText:
    """Tiny display object: an HTML snippet with a plain-text fallback."""

    def __init__(self, text: str):
        self.text = text

    def _repr_html_(self):
        return self.text

    def __repr__(self):
        return self.text


def _error_html(err: Exception, lang: str) -> str:
    return (
        f"<div style='color:#b00020'><b>{html.escape(t('w_error', lang))}</b>: "
        f"{html.escape(str(err))}</div>"
    )


def _client_options(cb) -> list[tuple[str, str]]:
    clients = cb.clients
    options = []
    for _, row in clients.iterrows():
        cid = str(row["client_id"])
        pseudo = row.get("pseudonym")
        label = cid if pd.isna(pseudo) or str(pseudo) == cid else f"{cid} ({pseudo})"
        options.append((label, cid))
    return options


def practice_copy(casebook) -> Path:
    """This notebook session's practice copy of a casebook (see :mod:`casekit.practice`).

    Lecture notebooks let students press *Save* on this copy, so the demo
    casebook stays as it is: one copy per kernel, never holding
    ``identifiers.csv``, removed when the kernel shuts down (and, if the
    kernel was killed, when the next one starts). Pass your real casebook
    folder to the form instead when the answers should be kept.
    """
    from .practice import practice_copy as _copy

    return _copy(casebook)


def clinical_rows(ch: pd.DataFrame, lang: str = "id"):
    """The rows of :func:`casekit.change` that have a reliable change, for a class table.

    Rows without an RCI (no pre/post pair, or an instrument without a known
    reliability) are left out; when none is left, a sentence says why there
    is nothing to show instead of a table of empty cells.
    """
    check_lang(lang)
    cols = ["client_id", "instrument", "scale", "pre", "post", "rci", "reliable_change",
            "clinical_status"]  # fmt: skip
    rows = ch[ch["rci"].notna()] if "rci" in ch else ch.iloc[0:0]
    if not len(rows):
        return _HTMLText(f"<p><i>{html.escape(t('w_no_clinical_rows', lang))}</i></p>")
    return rows[[c for c in cols if c in rows]].reset_index(drop=True)


def default_instrument(scores, client_id, local=None) -> str:
    """The instrument the explorer and the pre/post chart start from for a client.

    Among the client's instruments with a pre and a post total: one with a
    published reliability (reliable change needs it), the longest first; else
    any with a pair; else the client's first instrument; else ``"ucla_ls3"``.
    """
    from . import instruments as registry

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


# --- client picker ----------------------------------------------------------------
class ClientPicker(w.VBox):
    """A client dropdown that the notebook's figures and tables follow.

    Parameters
    ----------
    casebook : Casebook or path
    client_id : str, optional
        Client shown first (default: the first client).
    lang : {"id", "en"}

    Attributes
    ----------
    dropdown : ipywidgets.Dropdown
        Its ``value`` is the chosen client id.
    results : list
        The last object each registered function returned (or the error it
        raised), in registration order.
    """

    def __init__(self, casebook, client_id: str | None = None, lang: str = "id"):
        self.lang = check_lang(lang)
        self.casebook = _casebook(casebook)
        options = _client_options(self.casebook)
        if not options:
            raise ParameterError("The casebook has no clients to choose from.")
        ids = [cid for _, cid in options]
        if client_id is None:
            client_id = ids[0]
        if client_id not in ids:
            raise ParameterError(
                f"There is no client {client_id!r} in the casebook. Known clients: "
                + ", ".join(ids[:20])
                + (" ..." if len(ids) > 20 else "")
            )
        self.dropdown = w.Dropdown(
            options=options, value=client_id, description=t("w_client", lang)
        )
        self._renderers: list[tuple[Callable, w.Output]] = []
        self.results: list = []
        self.dropdown.observe(self._changed, names="value")
        super().__init__([self.dropdown])

    @property
    def value(self) -> str:
        """The chosen client id."""
        return self.dropdown.value

    @value.setter
    def value(self, client_id: str) -> None:
        self.dropdown.value = client_id

    def follow(self, render: Callable[[str], object]) -> w.Output:
        """Show ``render(client_id)`` now and again whenever the client changes.

        Parameters
        ----------
        render : callable
            Takes a client id and returns something to display (a plotly
            figure, a DataFrame, HTML text...); whatever it displays itself
            (e.g. with :mod:`casekit.reports.blocks`) is shown too.

        Returns
        -------
        ipywidgets.Output
            Put it as the last line of a cell to show it there.
        """
        if not callable(render):
            raise ParameterError("follow() needs a function that takes a client id.")
        out = w.Output()
        self._renderers.append((render, out))
        self.results.append(None)
        self._render(len(self._renderers) - 1)
        return out

    def _render(self, i: int) -> None:
        render, out = self._renderers[i]
        result, err = _run_into(out, render, self.dropdown.value)
        if err is not None:
            self.results[i] = err
            _show(out, _error_html(err, self.lang))
            return
        self.results[i] = result

    def _changed(self, change) -> None:
        for i in range(len(self._renderers)):
            self._render(i)


# --- questionnaire form ---------------------------------------------------------
class QuestionnaireForm(w.VBox):
    """Fill in a questionnaire; score live; save to ``responses.csv``.

    Parameters
    ----------
    casebook : Casebook or path
        A casebook folder of CSV files (saving into a workbook is refused).
    client_id : str, optional
    instrument : str, optional
        Instrument id (default: the first one the client already has in
        ``responses.csv``, else ``ucla_ls3``).
    timepoint : str
        Default ``"pre"``.
    lang : {"id", "en"}
        Language of the prompts and labels.

    Attributes
    ----------
    client, instrument, timepoint, date, overwrite : widgets
        The form's fields.
    items : list of ipywidgets.ToggleButtons
        One per item; ``value`` None = not answered.
    summary : ipywidgets.HTML
        Live total, subscales and category.
    save_button : ipywidgets.Button
    status : ipywidgets.HTML
        What the last save did (or every problem that stopped it).
    result : FormSummary
        The live score, as numbers.
    last_saved_row : int or None
        Spreadsheet row of the last saved administration.
    """

    def __init__(
        self,
        casebook,
        client_id: str | None = None,
        instrument: str | None = None,
        timepoint: str = "pre",
        lang: str = "id",
    ):
        from . import instruments as registry

        self.lang = check_lang(lang)
        self.casebook = _casebook(casebook)
        self._registry = registry
        local = self.casebook.instruments
        ids = [i for i in registry.available(local=local) if registry.get(i, local=local).items > 0]
        if not ids:
            raise ParameterError(t("w_no_item_instruments", "en"))
        options = _client_options(self.casebook)
        client_ids = [cid for _, cid in options]
        if client_id is None and client_ids:
            client_id = client_ids[0]
        if client_id is not None and client_id not in client_ids:
            raise ParameterError(
                f"There is no client {client_id!r} in the casebook. Known clients: "
                + ", ".join(client_ids[:20])
            )
        if instrument is None:
            used = self.casebook.responses
            used = used.loc[used["client_id"] == client_id, "instrument"].dropna()
            instrument = next(
                (i for i in used if i in ids), "ucla_ls3" if "ucla_ls3" in ids else ids[0]
            )
        if instrument not in ids:
            raise ParameterError(
                f"{instrument!r} is not a questionnaire with items. Choose one of: "
                + ", ".join(ids)
            )
        style = {"description_width": "8em"}
        self.client = w.Dropdown(
            options=options, value=client_id, description=t("w_client", lang), style=style
        )
        self.instrument = w.Dropdown(
            options=[(instrument_name(registry.get(i, local=local), self.lang), i) for i in ids],
            value=instrument,
            description=t("w_instrument", lang),
            style=style,
            layout=w.Layout(width="40em"),
        )
        self.timepoint = w.Combobox(
            value=timepoint,
            options=["pre", "post", "follow_up"],
            ensure_option=False,
            description=t("w_timepoint", lang),
            style=style,
        )
        self.date = w.DatePicker(value=None, description=t("w_date", lang), style=style)
        self.legend = w.HTML()
        self.items: list[w.ToggleButtons] = []
        self.item_box = w.VBox()
        self.summary = w.HTML()
        self.overwrite = w.Checkbox(value=False, description=t("w_overwrite", lang), indent=False)
        self.save_button = w.Button(
            description=t("w_save", lang), button_style="primary", icon="save"
        )
        self.status = w.HTML()
        self.result: logic.FormSummary | None = None
        self.last_saved_row: int | None = None
        self._on_save: list[Callable] = []
        self.instrument.observe(self._instrument_changed, names="value")
        self.save_button.on_click(lambda _b: self.save())
        self._build_items()
        super().__init__(
            [
                w.HBox([self.client, self.timepoint]),
                w.HBox([self.instrument, self.date]),
                self.legend,
                self.item_box,
                self.summary,
                w.HBox([self.save_button, self.overwrite]),
                self.status,
            ]
        )
        self.add_class("casekit-form")

    # -- building and live scoring
    def _inst(self):
        return self._registry.get(self.instrument.value, local=self.casebook.instruments)

    def _build_items(self) -> None:
        inst = self._inst()
        options = logic.answer_options(inst, self.lang)
        prompts = logic.item_prompts(inst, self.lang)
        self.items = []
        rows = []
        for prompt in prompts:
            buttons = w.ToggleButtons(
                options=options,
                value=None,
                style={"button_width": "3em"},
                layout=w.Layout(width="auto"),
            )
            buttons.observe(self._update, names="value")
            self.items.append(buttons)
            label = w.HTML(html.escape(prompt), layout=w.Layout(width="30em"))
            rows.append(w.HBox([label, buttons]))
        self.item_box.children = rows
        self.legend.value = f"<i>{html.escape(logic.answer_legend(inst, self.lang))}</i>"
        self._update()

    def _instrument_changed(self, change) -> None:
        self.status.value = ""
        self._build_items()

    def _update(self, change=None) -> None:
        inst = self._inst()
        try:
            self.result = logic.form_summary(inst, self.answers, self.lang)
            self.summary.value = logic.summary_html(self.result, self.lang)
        except CasekitError as err:
            self.result = None
            self.summary.value = _error_html(err, self.lang)

    @property
    def answers(self) -> list[int | None]:
        """Current answers, one per item (None = blank)."""
        return [b.value for b in self.items]

    def set_answers(self, answers) -> None:
        """Set every item's answer at once (None = blank)."""
        answers = list(answers)
        if len(answers) != len(self.items):
            raise ParameterError(
                f"{self.instrument.value} has {len(self.items)} items; got {len(answers)} answers."
            )
        for b, a in zip(self.items, answers, strict=True):
            b.value = a

    def on_save(self, callback: Callable[[QuestionnaireForm], None]) -> None:
        """Call ``callback(form)`` after every successful save."""
        self._on_save.append(callback)

    # -- saving
    def save(self) -> int | None:
        """Check and save the administration (what the *Save* button does).

        Returns the spreadsheet row written, or None when nothing was saved
        (the problems are then listed in :attr:`status`).
        """
        from .casebook import load_casebook

        inst = self._inst()
        date = self.date.value
        if isinstance(date, _dt.datetime):
            date = date.date()
        try:
            row = logic.save_administration(
                self.casebook.path,
                inst,
                self.client.value,
                self.timepoint.value,
                self.answers,
                date,
                overwrite=self.overwrite.value,
                known_clients=self.casebook.client_ids,
                lang=self.lang,
            )
        except CasebookError as err:
            self.status.value = logic.problems_html(err.problems, self.lang)
            return None
        except CasekitError as err:
            self.status.value = _error_html(err, self.lang)
            return None
        except OSError as err:  # the answers stay on screen; say why in the user's words
            from .errors import Problem
            from .oserrors import describe

            problem = Problem("responses.csv", None, None, None, describe(err, self.lang))
            self.status.value = logic.problems_html([problem], self.lang)
            return None
        self.last_saved_row = row
        self.status.value = (
            "<span style='color:#1b7837'>"
            + html.escape(t("w_saved", self.lang).format(file="responses.csv", row=row))
            + "</span>"
        )
        self.overwrite.value = False
        try:
            self.casebook = load_casebook(self.casebook.path)
        except CasekitError as err:  # the file was fine before; show, do not hide
            self.status.value += _error_html(err, self.lang)
        for callback in self._on_save:
            callback(self)
        return row


# --- reliable change explorer -----------------------------------------------------
class ReliableChangeExplorer(w.VBox):
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
        instrument (see :func:`casekit.widget_logic.default_sd`).
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
        from . import instruments as registry

        self.lang = check_lang(lang)
        self.casebook = _casebook(casebook) if casebook is not None else None
        local = self.casebook.instruments if self.casebook is not None else None
        if scores is None and self.casebook is not None:
            from .scoring import score

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
