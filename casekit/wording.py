"""Words a message fills in that depend on its reader: the option to change, the instrument.

The option
----------
The same error reaches a student at the command line (``casekit export DIR
--out X``) and a researcher in Python (``export_casebook(DIR, X)``). Its
fix must name what that reader types: ``--key-file FILE`` on the command
line, ``key_file="..."`` in Python. :func:`casekit.cli.main` runs every
command inside :func:`command_line`; a message built there names the flag,
elsewhere the argument (:func:`option`, :func:`on_command_line`).

Messages are built when the error is raised, as :func:`casekit.i18n.msg`
texts in both languages, and travel in the usual :class:`~casekit.errors.CasekitError`:
the command line shows them with :func:`casekit.i18n.tr` in the chosen
language and exits as before (2 for a :class:`~casekit.errors.ParameterError`,
1 otherwise). Nothing else changes for the caller.

The instrument
--------------
:func:`instrument_words` gives an instrument's name in both languages
(:func:`casekit.i18n.instrument_name`), never its id alone.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar

from .i18n import Msg, instrument_name

__all__ = [
    "FLAGS",
    "both",
    "command_line",
    "on_command_line",
    "option",
    "instrument_words",
    "os_words",
]

_ON_COMMAND_LINE: ContextVar[bool] = ContextVar("casekit_command_line", default=False)

#: Python argument -> the command-line flag that sets it
FLAGS = {
    "age_bands": "--age-bands",
    "by": "--by",
    "deidentify": "--no-deidentify",
    "include_without_consent": "--include-without-consent",
    "instrument": "--instrument",
    "key_file": "--key-file",
    "lang": "--lang",
    "mapping": "--mapping",
    "out": "--out",
    "post": "--post",
    "pre": "--pre",
}


@contextlib.contextmanager
def command_line():
    """Messages built inside this block name command-line flags (used by ``casekit.cli``)."""
    token = _ON_COMMAND_LINE.set(True)
    try:
        yield
    finally:
        _ON_COMMAND_LINE.reset(token)


def on_command_line() -> bool:
    """True while a ``casekit`` command runs (see :func:`command_line`)."""
    return _ON_COMMAND_LINE.get()


#: placeholders the reader replaces, in both languages
PLACEHOLDERS = {"FILE": "BERKAS", "FOLDER": "FOLDER", "LABEL": "LABEL"}


def option(name: str, value: str = "") -> Msg:
    """How the reader sets ``name``: ``--flag VALUE`` on the command line, ``name="..."`` in Python.

    ``value`` is a placeholder the reader replaces (``FILE``, ``FOLDER``,
    ``LABEL``: written ``BERKAS``... in Bahasa Indonesia, see
    :data:`PLACEHOLDERS`) shown after the flag; Python gets ``key_file="..."``.
    """

    def text(lang: str) -> str:
        shown = PLACEHOLDERS.get(value, value) if lang == "id" else value
        if on_command_line() and name in FLAGS:
            return f"{FLAGS[name]} {shown}".strip()
        return f'{name}="..."'

    return both(text)


def instrument_words(instrument) -> Msg:
    """The instrument's name in both languages (an Instrument or an id)."""
    return Msg(instrument_name(instrument, "en"), instrument_name(instrument, "id"))


def both(render) -> Msg:
    """A :class:`Msg` from ``render(lang)`` called for each language."""
    return Msg(render("en"), render("id"))


def os_words(err: OSError) -> Msg:
    """An operating-system failure in both languages (:func:`casekit.oserrors.describe`)."""
    from .oserrors import describe

    return both(lambda lang: describe(err, lang))
