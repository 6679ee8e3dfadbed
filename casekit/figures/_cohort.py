"""Helpers shared by the cohort figures (Jacobson plot, dumbbell, transitions, forest)."""

from __future__ import annotations

import pandas as pd

from ..errors import ParameterError
from ..i18n import check_lang, instrument_name, scale_label, t
from ._style import OKABE_ITO, esc

__all__ = ["STATUS_COLOR", "check_frame", "pick", "instrument_of", "cohort_title"]

#: clinical_status / reliable_change -> colour (Okabe-Ito)
STATUS_COLOR = {
    "recovered": OKABE_ITO["green"],
    "improved": OKABE_ITO["blue"],
    "unchanged": OKABE_ITO["grey"],
    "deteriorated": OKABE_ITO["orange"],
    "harmed": OKABE_ITO["vermilion"],
    None: OKABE_ITO["black"],
}


def check_frame(frame, columns: list[str], what: str, lang: str) -> None:
    """Raise ParameterError unless ``frame`` is a DataFrame with ``columns``."""
    check_lang(lang)
    if not isinstance(frame, pd.DataFrame):
        raise ParameterError(f"{what} must be a DataFrame, not {type(frame).__name__}.")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ParameterError(f"{what} lacks the column(s) {', '.join(missing)}.")


def pick(frame: pd.DataFrame, instrument: str, scale: str) -> pd.DataFrame:
    """Rows of one instrument and scale (ParameterError naming what exists)."""
    if not isinstance(instrument, str):
        raise ParameterError(
            f"instrument must be an instrument id such as 'ucla_ls3', not {instrument!r}."
        )
    scales = frame["scale"] if "scale" in frame.columns else pd.Series("total", index=frame.index)
    rows = frame[(frame["instrument"] == instrument) & (scales.fillna("total") == scale)]
    if len(rows) == 0 and len(frame):
        have = sorted(
            {f"{i}/{s}" for i, s in zip(frame["instrument"], scales.fillna("total"), strict=True)}
        )
        raise ParameterError(
            f"No rows for instrument {instrument!r}, scale {scale!r}; the frame has: {', '.join(have)}."
        )
    return rows


def instrument_of(instrument: str, instruments=None):
    """The instrument definition, or None when it is not known."""
    from .. import instruments as registry

    try:
        return registry.get(instrument, local=instruments)
    except Exception:  # an unknown id only costs the range and bands
        return None


def cohort_title(key: str, instrument: str, scale: str, lang: str, title: str | None) -> str:
    if title is not None:
        return esc(title)
    scale_txt = "" if scale == "total" else f" / {esc(scale_label(scale, lang))}"
    return f"{t(key, lang)}: {esc(instrument_name(instrument, lang))}{scale_txt}"
