"""The ``casekit`` command line.

Thin: each command parses its arguments here and calls the package. Every
:class:`~casekit.errors.CasekitError` becomes a plain message and an exit
code; a data problem never shows a Python traceback.

Exit codes, the same for every command (:data:`EXIT_CODES`, shown by ``casekit --help``):

- 0: done;
- 1: the input stopped some or all of the work: problems in the casebook, a
  client not ready or without ``consent_date`` (:class:`~casekit.errors.ConsentError`,
  for ``report``, ``chapter`` and ``slides`` alike), a report that failed, a file
  that could not be written;
- 2: the command was typed wrong (argparse, :class:`~casekit.errors.ParameterError`):
  an unknown command, option or value, a path or client that does not exist.

Every :class:`OSError` (full disk, read-only folder, no permission, name too
long, a folder where a file should be...) becomes one message naming the path
and what to do (:mod:`casekit.oserrors`), exit 1; a path that does not exist
is usage, exit 2.
A casebook path that does not exist is usage (2): nothing was checked; use
``_existing_casebook(path)`` in a new command to get the same behaviour.

One module per command group (``casekit/cli/*_commands.py``). To add a command:
write ``_add_<name>(sub)`` in its group that builds its sub-parser and
sets ``func``, then list it in ``COMMANDS`` (keep the list in help order).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys

from ..errors import CasebookError, CasekitError, ConsentError, ParameterError
from ..i18n import LANGS, default_lang, msg, t, tr
from ..wording import command_line
from .casebook_commands import _add_check_process, _add_new, _add_summary, _add_validate
from .document_commands import _add_chapter, _add_export, _add_slides
from .report_commands import _add_cohort, _add_report
from .table_commands import _add_change, _add_score

__all__ = ["COMMANDS", "EXIT_CODES", "build_parser", "main"]

#: what ``casekit --help`` says about exit codes (label ``h_exit_codes`` in Bahasa Indonesia)
EXIT_CODES = (
    "exit codes: 0 done; 1 the input stopped some or all of the work (problems in the "
    "casebook, a client not ready or without consent_date, a report that failed, a file "
    "that could not be written); 2 the command was typed wrong (unknown command or "
    "option, a path or client that does not exist)"
)


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a short message (never a traceback)."""

    #: language of the usage messages (set by main() before parsing)
    lang = "en"

    def error(self, message):  # pragma: no cover - exercised through main()
        self.print_usage(sys.stderr)
        self.exit(2, f"casekit: {t('m_usage_error', self.lang)}: {message}\n")


COMMANDS = [
    _add_validate,
    _add_new,
    _add_summary,
    _add_score,
    _add_change,
    _add_slides,
    _add_export,
    _add_report,
    _add_cohort,
    _add_check_process,
    _add_chapter,
]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="casekit",
        description="casekit: casebooks, scores, reports for social-work casework.",
        epilog=EXIT_CODES,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for add in COMMANDS:
        add(sub)
    for command in sub.choices.values():  # every command speaks both languages
        if not any("--lang" in a.option_strings for a in command._actions):
            command.add_argument(
                "--lang", choices=LANGS, default=None, help="language of the messages"
            )
    return parser


def _help_in(lang: str) -> dict[str, str]:
    """English help text -> its label in ``lang`` (the ``h_`` labels of casekit.i18n)."""
    from ..i18n import LABELS

    return {e["en"]: e[lang] for k, e in LABELS.items() if k.startswith("h_")}


def _translate_help(parser: argparse.ArgumentParser, words: dict[str, str]) -> None:
    """Put every help text and description of ``parser`` (and its commands) in ``words``."""
    if parser.description:
        parser.description = words.get(parser.description, parser.description)
    if parser.epilog:
        parser.epilog = words.get(parser.epilog, parser.epilog)
    for group in parser._action_groups:  # "positional arguments", "options"
        group.title = words.get(group.title, group.title)
    for action in parser._actions:
        if action.help:
            action.help = words.get(action.help, action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = words.get(choice.help, choice.help)
            for command in action.choices.values():
                _translate_help(command, words)


def _argv_lang(argv) -> str:
    """The language asked for on the command line (``--lang X``), else the default."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGS:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGS:
            return arg[7:]
    try:
        return default_lang()
    except ParameterError:
        return "en"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    _Parser.lang = _argv_lang(argv)
    words = _help_in(_Parser.lang)
    _translate_help(parser, words)
    english = argparse._  # argparse's own words ("usage:", "options") through i18n too
    argparse._ = lambda text: words.get(text, text)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # usage errors (2) and --help (0): return, do not exit
        return int(stop.code or 0)
    finally:
        argparse._ = english
    if args.lang is None:  # --lang, else CASEKIT_LANG, else Bahasa Indonesia
        try:
            args.lang = default_lang()
        except ParameterError:
            print(f"casekit: {tr(msg('m_bad_env_lang'), 'en')}", file=sys.stderr)
            return 2
    lang = args.lang
    try:
        with command_line():  # messages name flags (--pre), not Python arguments (casekit.wording)
            return int(args.func(args) or 0)
    except CasebookError as err:
        print(err.text(lang), file=sys.stderr)
        return 1
    except ConsentError as err:  # the data, not the command: 1, as a refused report
        print(f"casekit: {tr(err, lang)}", file=sys.stderr)
        return 1
    except ParameterError as err:
        print(f"casekit: {tr(err, lang)}", file=sys.stderr)
        return 2
    except CasekitError as err:
        text = err.text(lang) if hasattr(err, "problems") else tr(err, lang)
        print(f"casekit: {text}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"casekit: {t('m_interrupted', lang)}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `casekit validate DIR | head`: the reader has enough; not a fault
        with contextlib.suppress(OSError):  # no second error when Python flushes at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as err:  # the one place an OS failure becomes a message (casekit/oserrors.py)
        from ..oserrors import describe, is_usage

        print(f"casekit: {describe(err, lang)}", file=sys.stderr)
        return 2 if is_usage(err) else 1


def _entry() -> None:  # pragma: no cover
    sys.exit(main())
