"""Interactive widgets for the lecture notebooks (ipywidgets 8).

A thin layer: every number and every file write comes from
:mod:`casekit.widgets.logic`, so the behaviour is tested without a browser
through the widgets' own API (set ``.value``, call ``.click()``). How they
show outputs is in :mod:`casekit.widgets.output`.

:class:`ClientPicker`
    Choose a client; every output registered with :meth:`ClientPicker.follow`
    is drawn again for the chosen client.
:class:`QuestionnaireForm` (:mod:`casekit.widgets.questionnaire_form`)
    Fill in a questionnaire item by item; total, subscales and category
    update live; *Save* checks the answers and appends them to the casebook's
    ``responses.csv`` atomically.
:class:`ReliableChangeExplorer` (:mod:`casekit.widgets.change_explorer`)
    Sliders for reliability, SD, pre and post score; the reliable change
    index, its threshold and the verdict update live on a chart.

Example
-------
>>> picker = ClientPicker(cb, lang="en")            # doctest: +SKIP
>>> picker                                            # doctest: +SKIP
>>> picker.follow(lambda c: ck.figures.genogram(cb, c, lang="en"))  # doctest: +SKIP
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import ipywidgets as w
import pandas as pd

from ..errors import ParameterError
from ..i18n import check_lang, msg, t
from .output import (
    StaticWhenHeadless,
    _casebook,
    _client_options,
    _error_html,
    _html_output,
    _HTMLText,
    _run_into,
    _show,
)

__all__ = [
    "ClientPicker",
    "QuestionnaireForm",
    "ReliableChangeExplorer",
    "clinical_rows",
    "default_instrument",
    "practice_copy",
]


def practice_copy(casebook) -> Path:
    """This notebook session's practice copy of a casebook (see :mod:`casekit.practice`).

    Lecture notebooks let students press *Save* on this copy, so the demo
    casebook stays as it is: one copy per kernel, never holding
    ``identifiers.csv``, removed when the kernel shuts down (and, if the
    kernel was killed, when the next one starts). Pass your real casebook
    folder to the form instead when the answers should be kept.
    """
    from ..practice import practice_copy as _copy

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


# --- client picker ----------------------------------------------------------------
class _FollowOutput(StaticWhenHeadless, w.Output):
    """The Output widget :meth:`ClientPicker.follow` returns; plain outputs in a headless run."""

    def _static_outputs(self) -> list[dict]:
        return [dict(out) for out in self.outputs]


class ClientPicker(StaticWhenHeadless, w.VBox):
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
            raise ParameterError(msg("m_pl_w_no_clients"))
        ids = [cid for _, cid in options]
        if client_id is None:
            client_id = ids[0]
        if client_id not in ids:
            known = ", ".join(ids[:20]) + (" ..." if len(ids) > 20 else "")
            raise ParameterError(msg("m_pl_w_no_client", client=repr(client_id), known=known))
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
            raise ParameterError(msg("m_pl_w_follow"))
        out = _FollowOutput()
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

    def _static_outputs(self) -> list[dict]:
        label = html.escape(str(self.dropdown.label))
        return [_html_output(f"<p><b>{html.escape(t('w_client', self.lang))}</b>: {label}</p>")]

    def _changed(self, change) -> None:
        for i in range(len(self._renderers)):
            self._render(i)


# The form and the explorer have their own modules; their names stay importable from here.
from .change_explorer import ReliableChangeExplorer, default_instrument  # noqa: E402
from .questionnaire_form import QuestionnaireForm  # noqa: E402
