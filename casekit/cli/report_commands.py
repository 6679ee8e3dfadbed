"""Commands that render HTML pages: ``report`` (one page per client) and ``cohort``
(:mod:`casekit.reports`)."""

from __future__ import annotations

from ..i18n import LANGS, t
from .common import _echo

__all__: list[str] = []


def _report_options(p):
    p.add_argument(
        "--out",
        default=None,
        help="output folder (default: reports/<casebook folder name>, so runs never overwrite "
        "each other)",
    )
    p.add_argument("--lang", choices=LANGS, default=None, help="report language")
    p.add_argument("--instrument", default="", help="questionnaire id (default: chosen per data)")
    p.add_argument("--pre", default="pre", help="timepoint before (default: pre)")
    p.add_argument("--post", default="post", help="timepoint after (default: post)")
    p.add_argument(
        "--self-contained",
        action="store_true",
        help="embed plotly.js in every page (one file to email) instead of a shared plotly.min.js",
    )
    p.add_argument(
        "--allow-missing-consent",
        action="store_true",
        help="also report clients without consent_date (the report says so on its first line)",
    )


def _render_options(args) -> dict:
    """What :func:`_report_options` added, as keyword arguments of ``render_reports`` and
    ``render_cohort``; timepoint words (``sebelum``, ``post-test``) read as ``pre``/``post``."""
    from ..tables import normalise_timepoint

    return {
        "lang": args.lang,
        "plotly": "embed" if args.self_contained else "shared",
        "instrument": args.instrument,
        "pre": normalise_timepoint(args.pre),
        "post": normalise_timepoint(args.post),
        "allow_missing_consent": args.allow_missing_consent,
    }


def _default_out(casebooks) -> str:
    """``reports/<casebook folder name>`` (see :func:`casekit.reports.lifecycle.default_out`)."""
    from ..reports.lifecycle import default_out

    return str(default_out(casebooks))


def _where_lines(out, index_written: bool, lang: str) -> list[str]:
    """The last lines of report/cohort: where the pages are; open the index only if written."""
    from pathlib import Path

    folder = Path(out).resolve()
    if not index_written:
        # nothing to point at: saying "the reports are in X" here would send a student
        # looking for pages that were never written
        return [t("cli_no_index", lang)]
    return [
        t("cli_reports_in", lang).format(folder=folder),
        t("cli_open_index", lang).format(index=folder / "index.html"),
    ]


def _add_report(sub):
    p = sub.add_parser("report", help="one HTML report per client (papermill + nbconvert)")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.add_argument(
        "--client",
        action="append",
        default=None,
        metavar="ID",
        help="client id (repeat for several; default: every client)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="parallel worker processes (default: number of cores)",
    )
    p.add_argument(
        "--fresh-kernels",
        action="store_true",
        help="start one kernel per client instead of one per worker",
    )
    p.add_argument("--pdf", action="store_true",
                   help="also print <client>.pdf beside each page (needs Chromium)")  # fmt: skip
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="run on a Dask cluster: a scheduler address (tcp://host:8786) or local:N "
        "(N worker processes on this machine); needs casekit[cluster]",
    )
    _report_options(p)
    p.set_defaults(func=_run_report)


def _run_report(args) -> int:
    from pathlib import Path

    from ..preflight import refuse_unready
    from ..reports import render_reports, summary_lines, write_index
    from ..tables import normalise_timepoint

    args.pre, args.post = normalise_timepoint(args.pre), normalise_timepoint(args.post)
    out = args.out or _default_out([args.casebook])
    gate = refuse_unready(args)  # what validate reports as errors: refused before any kernel
    done = []
    if not gate.nothing_to_render:
        done = render_reports(
            args.casebook,
            clients=gate.clients,
            out=out,
            jobs=args.jobs,
            reuse_kernels=not args.fresh_kernels,
            scheduler=args.scheduler,
            **_render_options(args),
        )
    results = gate.merge(done)
    if gate.refused and any(r.ok for r in done):  # the index lists the refused clients too
        write_index(Path(out).expanduser().resolve(), results, args.lang, title=gate.title)
    for line in summary_lines(results, args.lang):
        _echo(line)
    pdf_ok = True
    if args.pdf:
        from ..reports.pdf import write_pdfs

        lines, pdf_ok = write_pdfs(results, args.casebook, args.lang)
        for line in lines:
            _echo(line)
    written = any(r.ok for r in results) and (Path(out) / "index.html").is_file()
    for line in _where_lines(out, written, args.lang):
        _echo(line)
    return 0 if pdf_ok and all(r.ok for r in results) else 1


def _add_cohort(sub):
    p = sub.add_parser("cohort", help="cohort report of one or more casebooks")
    p.add_argument("casebooks", nargs="+", help="casebook folders (or .xlsx workbooks) to pool")
    p.add_argument(
        "--by", default="sex", help="clients.csv column for subgroups (default: sex; '' for none)"
    )
    _report_options(p)
    p.set_defaults(func=_run_cohort)


def _run_cohort(args) -> int:
    from ..reports import render_cohort, summary_lines

    out = args.out or _default_out(args.casebooks)
    result = render_cohort(args.casebooks, out=out, by=args.by, **_render_options(args))
    for line in summary_lines([result], args.lang):
        _echo(line)
    if result.ok:
        _echo(t("cli_open_page", args.lang).format(page=result.html))
    else:
        _echo(t("cli_no_page", args.lang))
    return 0 if result.ok else 1
