"""Commands about one casebook as a whole: ``validate``, ``new``, ``summary``, ``check-process``.

``validate`` is the report's preflight (:mod:`casekit.preflight`): whatever
``report`` would refuse shows there first, with the options ``report`` takes.
"""

from __future__ import annotations

from ..errors import CasebookError
from ..i18n import LANGS, t
from .common import _echo, _existing_casebook

__all__: list[str] = []


def _add_validate(sub):
    p = sub.add_parser("validate", help="check a casebook and list every problem")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    _preflight_options(p)
    p.set_defaults(func=_run_validate)


def _preflight_options(p):
    """validate checks what report would refuse, with the options report takes."""
    p.add_argument("--pre", default="pre", help="timepoint before (default: pre; sebelum)")
    p.add_argument("--post", default="post", help="timepoint after (default: post; sesudah)")
    p.add_argument("--instrument", default="", help="questionnaire id the report will use")
    p.add_argument("--client", action="append", default=None, metavar="ID",
                   help="check only this client (repeat for several)")  # fmt: skip
    p.add_argument("--allow-missing-consent", action="store_true",
                   help="as in casekit report: a missing consent date is only a warning")  # fmt: skip


def _run_validate(args) -> int:
    from ..casebook import load_casebook

    try:
        cb = load_casebook(_existing_casebook(args.casebook))
    except CasebookError as err:
        for problem in err.problems:
            _echo(problem.text(args.lang))
        n = sum(p.severity == "error" for p in err.problems)
        _echo("\n" + t("m_validate_found", args.lang).format(n=n, path=args.casebook))
        return 1
    for warning in cb.warnings:
        _echo(warning.text(args.lang))
    from ..preflight import run_preflight

    return run_preflight(cb, args, _echo)


# --- new ----------------------------------------------------------------------
def _add_new(sub):
    p = sub.add_parser("new", help="create a blank casebook with every template")
    p.add_argument("folder", help="folder to create (must not exist or be empty)")
    p.add_argument("--client", required=True, help="the client's code, e.g. K01")
    p.add_argument("--lang", choices=LANGS, default=None, help="language of the messages")
    p.set_defaults(func=_run_new)


def _run_new(args) -> int:
    from ..templates import new_casebook

    path = new_casebook(args.folder, args.client, lang=args.lang)
    _echo(t("m_new_created", args.lang).format(path=path))
    _echo(t("m_new_validate", args.lang).format(path=path))
    return 0


# --- summary ------------------------------------------------------------------
def _add_summary(sub):
    p = sub.add_parser("summary", help="short summary of a casebook")
    p.add_argument("casebook")
    p.set_defaults(func=_run_summary)


def _run_summary(args) -> int:
    from ..casebook import load_casebook

    cb = load_casebook(_existing_casebook(args.casebook))
    _echo(cb.summary(args.lang))
    return 0


# --- chapter and check-process (casekit/chapter.py, casekit/process_check.py) ---
def _add_check_process(sub):
    p = sub.add_parser("check-process", help="is the helping process complete? (stages 4.1-4.6)")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.add_argument("--client", action="append", default=None, metavar="ID", help="client id")
    p.add_argument("--lang", choices=LANGS, default=None, help="language of the findings")
    p.set_defaults(func=_run_check_process)


def _run_check_process(args) -> int:
    from ..casebook import load_casebook
    from ..process_check import check_process, format_problem

    cb = load_casebook(_existing_casebook(args.casebook))
    found = []
    for cid in args.client or [None]:
        found.extend(check_process(cb, cid, lang=args.lang))
    for problem in found:
        _echo(format_problem(problem, args.lang))
    _echo(t("pc_summary", args.lang).format(n=len(found), casebook=args.casebook))
    return 1 if found else 0
