"""What a questionnaire form shows while it is filled in.

The answer options and item prompts of an instrument, and the live total,
subscales and category of a partly filled form (:func:`form_summary`,
scored by :func:`casekit.score_answers` with the instrument's own rules for
reversed items and prorating), as data and as a short HTML line.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..errors import ParameterError
from ..i18n import Msg, check_lang, fmt_number, instrument_name, msg, t

__all__ = [
    "FormSummary",
    "answer_legend",
    "answer_options",
    "form_summary",
    "item_prompts",
    "scale_label",
    "summary_html",
]


# --- questionnaire form ----------------------------------------------------------
def answer_options(instrument, lang: str = "id") -> list[tuple[str, int]]:
    """``(label, code)`` pairs for one item's answer buttons.

    The label is the answer code itself; what the codes mean is shown once
    above the items (see :func:`answer_legend`).
    """
    check_lang(lang)
    if not instrument.items:
        raise ParameterError(msg("m_pl_w_totals_only", inst=_name(instrument)))
    lo, hi = int(instrument.response_min), int(instrument.response_max)
    return [(str(code), code) for code in range(lo, hi + 1)]


def answer_legend(instrument, lang: str = "id") -> str:
    """One line telling what the answer codes mean, e.g. ``1 = never ... 4 = often``."""
    key = f"w_answers_{instrument.id}"
    text = t(key, lang)
    if text != key:
        return text
    return t("w_answers_generic", lang).format(
        lo=instrument.response_min, hi=instrument.response_max
    )


def item_prompts(instrument, lang: str = "id") -> list[str]:
    """Short prompt of every item in ``lang`` (English, then "Item k" as fallback)."""
    check_lang(lang)
    labels = instrument.labels.get(lang) or instrument.labels.get("en") or ()
    prompts = []
    for k in range(1, instrument.items + 1):
        prompt = labels[k - 1] if k <= len(labels) else ""
        prompts.append(f"{k}. {prompt}" if prompt else f"{t('w_item', lang)} {k}")
    return prompts


@dataclass(frozen=True)
class FormSummary:
    """What the questionnaire form shows under the answers.

    Attributes
    ----------
    answered, n_items : int
        Items answered so far, and the number of items.
    scores : dict of str to float or None
        ``"total"`` and every subscale; None while the scale cannot be scored
        (too many blank answers).
    prorated : bool
        True when the total was prorated for blank answers.
    category : str or None
        The band of the total in the chosen language, when the instrument has
        bands.
    """

    answered: int
    n_items: int
    scores: dict[str, float | None] = field(default_factory=dict)
    prorated: bool = False
    category: str | None = None

    @property
    def total(self) -> float | None:
        return self.scores.get("total")


def _name(instrument) -> Msg:
    """An instrument's name in both languages (for a message)."""
    return Msg(instrument_name(instrument, "en"), instrument_name(instrument, "id"))


def _as_answers(instrument, answers: Sequence) -> list[int | None]:
    answers = list(answers)
    if len(answers) != instrument.items:
        raise ParameterError(
            msg("m_pl_w_answer_count", inst=_name(instrument), k=instrument.items, n=len(answers))
        )
    out: list[int | None] = []
    for a in answers:
        if a is None or (isinstance(a, float) and math.isnan(a)):
            out.append(None)
        else:
            out.append(a)
    return out


def form_summary(instrument, answers: Sequence, lang: str = "id") -> FormSummary:
    """Score a (partly) filled form with :func:`casekit.scoring.score_answers`.

    Parameters
    ----------
    instrument : Instrument
        The questionnaire.
    answers : sequence of int or None
        One answer per item, None for a blank.
    lang : {"id", "en"}
        Language of the category label.

    Returns
    -------
    FormSummary
    """
    from ..scoring import score_answers

    check_lang(lang)
    answers = _as_answers(instrument, answers)
    answered = sum(a is not None for a in answers)
    table = score_answers(instrument, answers).set_index("scale")
    scores = {scale: _none_if_nan(table.at[scale, "score"]) for scale in table.index}
    prorated = bool(table.at["total", "prorated"])
    label = table.at["total", "category_id" if lang == "id" else "category"]
    category = None if label is None or _isna(label) else str(label)
    return FormSummary(answered, instrument.items, scores, prorated, category)


def _isna(x) -> bool:
    try:
        return bool(x != x)
    except (TypeError, ValueError):
        return False


def scale_label(scale: str, lang: str = "id") -> str:
    """Display name of a scale (``total``, ``emotional``, ``social``...)."""
    key = f"w_scale_{scale}"
    text = t(key, lang)
    return scale if text == key else text


def _none_if_nan(x) -> float | None:
    if x is None:
        return None
    try:
        if math.isnan(float(x)):
            return None
    except (TypeError, ValueError):
        return None
    return float(x)


def _fmt(x: float | None, lang: str = "en") -> str:
    if x is None:
        return "–"
    return fmt_number(x, lang, 0 if float(x).is_integer() else 1)


def summary_html(summary: FormSummary, lang: str = "id") -> str:
    """The form's live result line as HTML (total, subscales, category)."""
    parts = [
        f"<b>{t('w_answered', lang)}</b>: {summary.answered}/{summary.n_items}",
        f"<b>{t('w_total', lang)}</b>: <span class='casekit-total'>{_fmt(summary.total, lang)}</span>"
        + (f" ({t('w_prorated', lang)})" if summary.prorated else ""),
    ]
    for scale, value in summary.scores.items():
        if scale != "total":
            parts.append(f"{html.escape(scale_label(scale, lang))}: {_fmt(value, lang)}")
    if summary.category:
        parts.append(f"<b>{t('w_category', lang)}</b>: {html.escape(summary.category)}")
    return " &nbsp;·&nbsp; ".join(parts)
