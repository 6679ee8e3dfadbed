"""Labels in Bahasa Indonesia (``id``) and English (``en``).

Every word a figure, table, report or widget shows comes from here. Keys are
short English identifiers; :func:`t` returns the label in the chosen language
and falls back to English, then to the key itself, so a missing label never
breaks a report. Vocabulary values from the casebook (``male``,
``goals_met``...) are keys too, so ``t("goals_met", "id")`` gives the
Indonesian phrase.

The labels themselves live in :mod:`casekit.labels`, one module per part of the
package (vocabulary, outcomes, figures, classroom, reports, chapter, validation,
command line, library errors, files and privacy); ``LABELS`` here is their merge.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import string

from .errors import ParameterError
from .labels import LABELS

__all__ = [
    "LANGS",
    "LABELS",
    "MONTHS",
    "MONTHS_SHORT",
    "Msg",
    "t",
    "check_lang",
    "default_lang",
    "fmt_number",
    "fmt_p",
    "fmt_date",
    "fmt_month",
    "msg",
    "tr",
    "vocab",
    "timepoint_label",
    "scale_label",
    "instrument_name",
    "category_label",
    "separators",
    "date_ticks",
]

LANGS = ("id", "en")


def check_lang(lang: str) -> str:
    """Return ``lang`` if casekit has labels for it, else raise ParameterError."""
    if lang not in LANGS:
        raise ParameterError(
            f"Unknown language {lang!r}. Use 'id' (Bahasa Indonesia) or 'en' (English)."
        )
    return lang


def t(key: str, lang: str = "id") -> str:
    """Label for ``key`` in ``lang`` ('id' or 'en'); English, then the key, as fallback."""
    entry = LABELS.get(key)
    if entry is None:
        return str(key)
    return entry.get(lang) or entry.get("en") or str(key)


def default_lang() -> str:
    """The language of the command line when ``--lang`` is not given.

    ``CASEKIT_LANG`` from the environment (``id`` or ``en``), else ``id``.
    """
    lang = os.environ.get("CASEKIT_LANG", "").strip().lower() or "id"
    return check_lang(lang)


# --- numbers and dates ----------------------------------------------------------
#: month names (index 0 = January); Indonesian as in KBBI, short forms as in CLDR
MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
MONTHS_SHORT = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def is_missing(value) -> bool:
    """True for a missing scalar (None, NaN, pandas NA, NaT): shown as nothing.

    Lists and other containers are not missing (``pd.isna`` would answer per element)."""
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and other containers are not missing
        return False


def separators(lang: str) -> str:
    """Plotly's ``layout.separators`` for ``lang``: decimal mark, then thousands mark.

    Indonesian writes ``1.234,5`` (decimal comma, thousands point), English ``1,234.5``.
    """
    return ",." if check_lang(lang) == "id" else ".,"


def fmt_number(value, lang: str = "id", decimals: int | None = None, signed: bool = False) -> str:
    """A number as a reader of ``lang`` writes it.

    Parameters
    ----------
    value : int, float or None
        Missing values (None, NaN, pd.NA) give ``""``.
    lang : {"id", "en"}
        ``id``: decimal comma and thousands point (``1.234,56``);
        ``en``: decimal point and thousands comma (``1,234.56``).
    decimals : int, optional
        Digits after the decimal mark. Default: none for whole numbers, else 2.
    signed : bool
        Write ``+`` before positive numbers (differences).

    Examples
    --------
    >>> fmt_number(1.96, "id"), fmt_number(1.96, "en"), fmt_number(12, "id")
    ('1,96', '1.96', '12')
    """
    check_lang(lang)
    if value is None or isinstance(value, str) and not value.strip() or is_missing(value):
        return ""
    x = float(value)
    if decimals is None:
        decimals = 0 if x.is_integer() else 2
    text = f"{abs(x):,.{decimals}f}"
    if lang == "id":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    if x < 0 and text.strip("0.,") != "":
        text = "-" + text
    elif signed and x > 0:
        text = "+" + text
    return text


def fmt_p(value, lang: str = "id") -> str:
    """A p value: three decimals, ``< 0,001`` (``< 0.001``) below that; ``""`` if missing."""
    if is_missing(value):
        return ""
    if float(value) < 0.001:
        return "< " + fmt_number(0.001, lang, 3)
    return fmt_number(float(value), lang, 3)


def _as_date(value):
    if is_missing(value):
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        return _dt.date.fromisoformat(value[:10])
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if hasattr(value, "astype"):  # numpy datetime64
        import pandas as pd

        return pd.Timestamp(value).date()
    raise TypeError(f"not a date: {value!r}")


def fmt_date(value, lang: str = "id", short: bool = False) -> str:
    """A date as ``24 September 2024`` (``short``: ``24 Sep 2024``); ``""`` if missing.

    Indonesian and English share the day-month-year order; only the month
    names differ (:data:`MONTHS`, :data:`MONTHS_SHORT`). Accepts a date,
    datetime, pandas Timestamp, numpy datetime64 or an ISO ``YYYY-MM-DD`` string.
    """
    check_lang(lang)
    day = _as_date(value)
    if day is None:
        return ""
    names = MONTHS_SHORT if short else MONTHS
    return f"{day.day} {names[lang][day.month - 1]} {day.year}"


def fmt_month(value, lang: str = "id", short: bool = True) -> str:
    """Month and year, e.g. ``Agu 2024`` / ``Aug 2024`` (``short=False``: ``Agustus 2024``)."""
    check_lang(lang)
    day = _as_date(value)
    if day is None:
        return ""
    names = MONTHS_SHORT if short else MONTHS
    return f"{names[lang][day.month - 1]} {day.year}"


def date_ticks(start, end, lang: str = "id", max_ticks: int = 8) -> tuple[list, list[str]]:
    """Tick positions and labels for a date axis from ``start`` to ``end``.

    Plotly writes its own (English) month names on date axes; a figure calls
    ``fig.update_xaxes(tickvals=vals, ticktext=text)`` with these instead.
    Spans of up to ~two months get day ticks (``24 Sep``), longer spans month
    ticks (``Sep 2024``).

    Returns
    -------
    (list of datetime.date, list of str)
    """
    check_lang(lang)
    a, b = _as_date(start), _as_date(end)
    if a is None or b is None:
        return [], []
    if b < a:
        a, b = b, a
    days = (b - a).days
    if days <= 62:
        step = max(1, -(-(days + 1) // max_ticks))
        for nice in (1, 2, 3, 7, 14, 21, 28):
            if nice >= step:
                step = nice
                break
        vals = [a + _dt.timedelta(days=i) for i in range(0, days + 1, step)]
        text = [f"{d.day} {MONTHS_SHORT[lang][d.month - 1]}" for d in vals]
        return vals, text
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    step = max(1, -(-months // max_ticks))
    vals = []
    y, m = a.year, a.month
    for i in range(0, months, step):
        mm = m - 1 + i
        vals.append(_dt.date(y + mm // 12, mm % 12 + 1, 1))
    text = [fmt_month(d, lang) for d in vals]
    return vals, text


# --- vocabulary -----------------------------------------------------------------
# Vocabulary values whose plain key is also a title ("Klien" heads a column): inside a
# sentence or a table cell they are ordinary lower-case words.
_VALUE_WORDS = {"client": {"id": "klien", "en": "client"}}


def vocab(value, lang: str = "id") -> str:
    """The label of a controlled-vocabulary value (``male`` -> ``laki-laki``); ``""`` if missing."""
    if is_missing(value):
        return ""
    word = _VALUE_WORDS.get(str(value))
    if word is not None:
        return word.get(lang, word["en"])
    return t(str(value), lang)


def timepoint_label(timepoint, lang: str = "id") -> str:
    """``pre`` -> ``sebelum``, ``post`` -> ``sesudah``, ``follow_up`` -> ``tindak lanjut``.

    Other timepoints are the student's own labels and are shown as typed.
    """
    if is_missing(timepoint):
        return ""
    key = f"tp_{str(timepoint).strip().lower()}"
    return t(key, lang) if key in LABELS else str(timepoint)


def scale_label(scale, lang: str = "id") -> str:
    """Name of a questionnaire scale (``total``, ``emotional``, ``social``); others as typed."""
    if is_missing(scale):
        return ""
    key = f"sc_{scale}"
    return t(key, lang) if key in LABELS else str(scale)


def instrument_name(instrument, lang: str = "id") -> str:
    """The name of an instrument, never its id.

    ``instrument`` is an :class:`~casekit.instruments.Instrument` or an id.
    Built-in instruments have names in both languages here (``inst_<id>``);
    a casebook's own instrument uses its ``name_id`` / ``name_en`` (when the
    file gives one) or ``name``. An unknown id is returned as given.
    """
    if is_missing(instrument):
        return ""
    inst_id = getattr(instrument, "id", instrument)
    key = f"inst_{inst_id}"
    if key in LABELS:
        return t(key, lang)
    if hasattr(instrument, "name"):
        own = getattr(instrument, f"name_{lang}", "")
        return str(own or instrument.name or inst_id)
    try:
        from . import instruments as _registry

        return instrument_name(_registry.get(str(inst_id)), lang)
    except Exception:  # noqa: BLE001 - an unknown id is shown as given
        return str(inst_id)


def category_label(instrument, category, lang: str = "id") -> str:
    """A score band in ``lang``, given the band's English label (``category``).

    The instrument file holds both labels (``label_en``, ``label_id``).
    """
    if is_missing(category):
        return ""
    if lang == "en":
        return str(category)
    for band in getattr(instrument, "categories", None) or ():
        if str(band.get("label_en")) == str(category):
            return str(band.get("label_id") or category)
    return str(category)


# --- messages in both languages ---------------------------------------------------
class Msg(str):
    """A message in both languages; as a ``str`` it is the English text.

    Build one with :func:`msg`; :func:`tr` (or ``.text(lang)``) gives it in a
    language. Being a ``str``, it goes wherever a message went before
    (``Problem.message``, an exception's argument).
    """

    __slots__ = ("_id",)

    def __new__(cls, en: str, id: str):  # noqa: A002 - the language code
        obj = super().__new__(cls, en)
        obj._id = id
        return obj

    def text(self, lang: str = "en") -> str:
        return self._id if lang == "id" else str.__str__(self)

    def __reduce__(self):  # pickles (report workers) keep both languages
        return (Msg, (str.__str__(self), self._id))


class _Fmt(string.Formatter):
    """str.format that fills in a Msg in its language and numbers with the language's marks."""

    def __init__(self, lang):
        self.lang = lang

    def format_field(self, value, format_spec):
        if isinstance(value, Msg):
            return super().format_field(value.text(self.lang), format_spec)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if format_spec in ("", "g") and isinstance(value, float):
                return fmt_number(value, self.lang)
            fixed = re.fullmatch(r"\.(\d+)f", format_spec)
            if fixed:
                return fmt_number(value, self.lang, int(fixed.group(1)))
        return super().format_field(value, format_spec)


def msg(key: str, **params) -> Msg:
    """The message ``key`` of :data:`LABELS` in both languages, with ``params`` filled in.

    A parameter that is itself a :class:`Msg` is filled in in each language;
    floats are written with the language's decimal mark.
    """
    entry = LABELS.get(key)
    if entry is None:
        raise KeyError(f"no message {key!r} in casekit.i18n.LABELS")
    return Msg(
        _Fmt("en").format(entry.get("en", key), **params),
        _Fmt("id").format(entry.get("id") or entry.get("en", key), **params),
    )


def tr(text, lang: str = "id") -> str:
    """``text`` in ``lang`` if it is a :class:`Msg`, else ``str(text)`` as it is."""
    if isinstance(text, Msg):
        return text.text(lang)
    if isinstance(text, BaseException):
        return tr(text.args[0], lang) if len(text.args) == 1 else str(text)
    return str(text)
