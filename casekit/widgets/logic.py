"""The logic behind casekit's widgets, as plain functions.

:mod:`casekit.widgets` is a thin ipywidgets layer over these functions, so
everything a widget computes or writes is tested here without a browser:

* the questionnaire form: answer options and item prompts of an instrument,
  the live total / subscales / category of a partly filled form
  (:func:`form_summary`), checks of an administration
  (:func:`check_administration`) and the atomic append to
  ``responses.csv`` (:func:`save_administration`);
* the reliable-change explorer: :func:`reliable_change` and its picture
  :func:`reliable_change_figure`.

The functions live in one module per job: :mod:`casekit.widgets.form_scoring`
(the form's live summary), :mod:`casekit.widgets.administration` (checks and the
save) and :mod:`casekit.widgets.live_change` (the explorer's reliable change); their
names are re-exported here.
"""

from __future__ import annotations

from .administration import (
    SAVE_TIMEOUT,
    check_administration,
    problems_html,
    save_administration,
)
from .form_scoring import (
    FormSummary,
    answer_legend,
    answer_options,
    form_summary,
    item_prompts,
    scale_label,
    summary_html,
)
from .live_change import (
    Z95,
    ReliableChange,
    default_sd,
    reliable_change,
    reliable_change_figure,
)

__all__ = [
    "FormSummary",
    "ReliableChange",
    "SAVE_TIMEOUT",
    "Z95",
    "answer_legend",
    "answer_options",
    "item_prompts",
    "form_summary",
    "scale_label",
    "summary_html",
    "check_administration",
    "save_administration",
    "reliable_change",
    "default_sd",
    "reliable_change_figure",
    "problems_html",
]
