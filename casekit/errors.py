"""Every error casekit raises, in one place.

All errors derive from :class:`CasekitError`, so a caller (the command line, a
notebook, a report runner) can catch one class and show the message. Data
problems are collected, not raised one by one: :class:`CasebookError` carries
every :class:`Problem` found, each naming the file, the spreadsheet row, the
column, the value and what to do about it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CasekitError",
    "Problem",
    "CasebookError",
    "InstrumentError",
    "ScoringError",
    "ParameterError",
    "ReportError",
    "ExportError",
]


@dataclass(frozen=True)
class Problem:
    """One problem found in a casebook or an instrument file.

    Attributes
    ----------
    file : str
        File name as the user sees it (``clients.csv``, ``instruments/x.toml``).
    row : int or None
        Row number as a spreadsheet shows it (the header is row 1, so the first
        record is row 2). None when the problem is about the whole file.
    column : str or None
        Column (or TOML field) the problem is in.
    value : str or None
        The offending cell content, as typed.
    message : str
        What is wrong, in plain words.
    fix : str
        What to do about it.
    severity : {"error", "warning"}
        Warnings (for example unknown columns) do not stop loading.
    withheld : bool
        The value was left out of the message because it looks like a direct
        identifier (see :func:`casekit.privacy.withhold_identifiers`); the
        message says so instead.
    """

    file: str
    row: int | None
    column: str | None
    value: str | None
    message: str
    fix: str = ""
    severity: str = "error"
    withheld: bool = False

    def __str__(self) -> str:
        return self.text("en")

    def text(self, lang: str = "en") -> str:
        """The problem in one line, in ``lang`` (``"id"`` or ``"en"``).

        ``message`` and ``fix`` written with :func:`casekit.i18n.msg` carry
        both languages; a plain string is shown as it is.
        """
        from .i18n import t, tr

        where = tr(self.file, lang)
        if self.row is not None:
            where += t("m_where_row", lang).format(row=self.row)
        if self.column:
            where += t("m_where_column", lang).format(column=tr(self.column, lang))
        text = f"{where}: {tr(self.message, lang)}"
        if self.withheld:
            text += f" ({t('privacy_value_withheld', lang)})"
        elif self.value is not None and self.value != "":
            shown = self.value if len(self.value) <= 60 else self.value[:57] + "..."
            text += t("m_where_value", lang).format(value=repr(shown))
        if self.fix:
            text += t("m_where_fix", lang).format(fix=tr(self.fix, lang))
        if self.severity == "warning":
            text = t("m_warning", lang) + text
        return text


class CasekitError(Exception):
    """Base class of every error casekit raises on purpose."""


class _ProblemsError(CasekitError):
    """An error that carries a list of :class:`Problem`."""

    what = "problems"
    what_key = "m_problems"

    def __init__(self, problems: list[Problem], header: str | None = None):
        self.problems = list(problems)
        self.header = header
        super().__init__(self._text())

    def _text(self, lang: str = "en") -> str:
        from .i18n import t, tr

        n = len(self.problems)
        head = tr(self.header, lang) if self.header else f"{n} {t(self.what_key, lang)}"
        lines = [f"{head}:"] + [f"  - {p.text(lang)}" for p in self.problems[:200]]
        if n > 200:
            lines.append("  " + t("m_and_more", lang).format(n=n - 200))
        return "\n".join(lines)

    def text(self, lang: str = "en") -> str:
        """Every problem, one per line, in ``lang`` (``"id"`` or ``"en"``)."""
        return self._text(lang)


class CasebookError(_ProblemsError):
    """A casebook could not be loaded; ``.problems`` lists everything wrong."""

    what = "problem(s) in the casebook"
    what_key = "m_casebook_problems"


class InstrumentError(_ProblemsError):
    """An instrument definition is unknown or invalid."""

    what = "problem(s) with an instrument definition"
    what_key = "m_instrument_problems"


class ScoringError(CasekitError):
    """Scores cannot be computed as asked (for example an unknown timepoint)."""


class ParameterError(CasekitError):
    """A function, notebook or command was given a parameter it cannot use."""


class ConsentError(ParameterError):
    """A client has no ``consent_date``, so nothing is made for them (unless
    ``allow_missing_consent``).

    A problem of the data, not of the command: the command line exits 1 for it,
    as it does for a report it refuses; a :class:`ParameterError` for code that
    catches those."""


class ReportError(CasekitError):
    """A report could not be rendered."""


class ExportError(CasekitError):
    """An export could not be written."""


class IdentifierLeak(ReportError):
    """An output would contain a direct identifier; nothing was written.

    The message names where (file, row, column or page) but never the
    identifier itself."""
