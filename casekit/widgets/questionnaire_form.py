"""The questionnaire form of the lecture notebooks: fill in, score live, save.

Every number and every file write comes from :mod:`casekit.widgets.logic`
(answer options, the live summary, the checks and the atomic append to
``responses.csv``); this module lays the widgets out and wires them.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Callable

import ipywidgets as w

from ..errors import CasebookError, CasekitError, ParameterError
from ..i18n import check_lang, instrument_name, msg, t
from . import logic as logic
from .output import StaticWhenHeadless, _casebook, _client_options, _error_html, _html_output

__all__ = ["QuestionnaireForm"]


# --- questionnaire form ---------------------------------------------------------
class QuestionnaireForm(StaticWhenHeadless, w.VBox):
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
        from .. import instruments as registry

        self.lang = check_lang(lang)
        self.casebook = _casebook(casebook)
        self._registry = registry
        local = self.casebook.instruments
        ids = [i for i in registry.available(local=local) if registry.get(i, local=local).items > 0]
        if not ids:
            raise ParameterError(msg("w_no_item_instruments"))
        options = _client_options(self.casebook)
        client_ids = [cid for _, cid in options]
        if client_id is None and client_ids:
            client_id = client_ids[0]
        if client_id is not None and client_id not in client_ids:
            known = ", ".join(client_ids[:20]) + (" ..." if len(client_ids) > 20 else "")
            raise ParameterError(msg("m_pl_w_no_client", client=repr(client_id), known=known))
        if instrument is None:
            used = self.casebook.responses
            used = used.loc[used["client_id"] == client_id, "instrument"].dropna()
            instrument = next(
                (i for i in used if i in ids), "ucla_ls3" if "ucla_ls3" in ids else ids[0]
            )
        if instrument not in ids:
            raise ParameterError(msg("m_pl_w_not_items", inst=repr(instrument), ids=", ".join(ids)))
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
    def _static_outputs(self) -> list[dict]:
        """A note that the form needs JupyterLab, and the live summary as it stands."""
        note = html.escape(t("w_slides_widget_note", self.lang))
        return [_html_output(f"<p><i>{note}</i></p>{self.summary.value}")]

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
            from .form_scoring import _name

            inst = _name(self._inst())
            raise ParameterError(
                msg("m_pl_w_set_answers", inst=inst, k=len(self.items), n=len(answers))
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
        from ..casebook import load_casebook

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
            from ..errors import Problem
            from ..oserrors import describe

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
