"""The report's preflight: is each client ready for ``casekit report``?

``casekit validate`` loads a casebook (every data problem, file by file) and
then asks this module, client by client, whatever would make ``casekit
report`` refuse or fail that client, or leave part of the page empty:

- no ``consent_date`` (the report is refused; an error, or a warning with
  ``--allow-missing-consent``);
- no questionnaire data, or no before/after pair at the timepoints compared
  (``--pre``/``--post``, default ``pre``/``post``): which timepoints there are
  instead. An error when the report would fail (no score in the whole
  casebook carries either label, so the change cannot be computed), else a
  warning (the page is made without a before/after verdict);
- a questionnaire chosen with ``--instrument`` that the client never filled in;
- a total that cannot be scored (too many blank answers), with the row of
  ``responses.csv``;
- a change that cannot be computed for the whole casebook (for example two
  scores at one timepoint);
- a figure that cannot be drawn (the figure module raises), and the figures
  that will only say "no data".

Every check returns :class:`~casekit.errors.Problem` objects (file, row,
column, value, message, fix), so other commands (the Word chapter) can reuse
them. Fixes name command-line flags (``--pre``), never Python arguments.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .change.reasons import scoring_reason
from .errors import CasekitError, Problem
from .i18n import check_lang, t, tr
from .tables import normalise_timepoint

__all__ = [
    "Readiness",
    "consent_problems",
    "figure_problems",
    "preflight",
    "questionnaire_problems",
    "readiness_lines",
    "run_preflight",
    "refuse_unready",
]

#: figures of a client report: (figure function, label key, casebook files it draws)
FIGURES = (
    ("genogram", "report_fig_genogram", "family.csv"),
    ("ecomap", "report_fig_ecomap", "ecomap.csv"),
    ("life_road", "report_fig_life_road", "life_events.csv"),
    ("body_map", "report_fig_body_map", "body_map.csv"),
    ("bpss", "report_fig_bpss", "bpss.csv"),
    ("timeline", "report_fig_timeline", "sessions.csv"),
)


#: figures are drawn for at most this many clients per run (a student's casebook has one;
#: drawing takes about a second per client, a cohort's casebook is checked table by table)
DRAW_LIMIT = 12


@dataclass
class Readiness:
    """Whether one client is ready for a report, and why not.

    Attributes
    ----------
    client_id : str
    problems : list of Problem
        Errors (the report would be refused or fail) and warnings (the report
        is made, with something missing).
    """

    client_id: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def ready(self) -> bool:
        """True when ``casekit report`` would make this client's page."""
        return not self.errors

    def line(self, lang: str = "id") -> str:
        """One line: ready for a report (with the number of warnings), or why not."""
        if self.ready:
            text = t("pf_ready", lang).format(client=self.client_id)
            if self.warnings:
                text += " " + t("pf_ready_warnings", lang).format(n=len(self.warnings))
            return text
        reasons = "; ".join(dict.fromkeys(p.message for p in self.errors))
        return t("pf_not_ready", lang).format(client=self.client_id, reasons=reasons)


def _row(frame: pd.DataFrame, mask) -> int | None:
    """The spreadsheet row of the first row where ``mask`` holds (the tables' index)."""
    hits = frame.index[pd.Series(mask, index=frame.index).fillna(False).astype(bool)]
    return int(hits[0]) if len(hits) else None


class _Index:
    """What the checks need, computed once for the whole casebook (vectorised).

    A client with consent, a before/after pair and nothing unscored costs a few
    set look-ups; only a client with something to say is looked at row by row,
    so checking 100,000 clients is a matter of seconds, not of N x N."""

    def __init__(self, cb, scores=None, pre="pre", post="post", instrument=""):
        clients = cb.clients
        ids = clients["client_id"].astype(str)
        if "consent_date" in clients.columns:
            lacking = clients["consent_date"].isna().to_numpy()
        else:
            lacking = [True] * len(clients)
        self.no_consent = dict(zip(ids[lacking], clients.index[lacking], strict=True))
        self.present = {
            file: set(cb.tables[file[: -len(".csv")]]["client_id"].astype(str))
            for _, _, file in FIGURES
            if file[: -len(".csv")] in cb.tables
        }
        if scores is None:
            return
        totals = scores[scores["scale"] == "total"] if len(scores) else scores
        self.totals = totals.reset_index(drop=True)
        cid = self.totals["client_id"].astype(str)
        self.groups = self.totals.groupby(cid, sort=False).indices if len(totals) else {}
        self.anywhere = set(self.totals["timepoint"].dropna().astype(str))
        tp = self.totals["timepoint"].astype(str)
        at = tp.isin([pre, post])
        if instrument:
            at &= self.totals["instrument"].astype(str) == instrument
        keys = pd.DataFrame({"c": cid[at], "i": self.totals["instrument"][at], "t": tp[at]})
        counts = keys.drop_duplicates().groupby(["c", "i"], sort=False).size()
        self.paired = set(counts[counts == 2].index.get_level_values("c"))
        self.unscored = set(cid[at & self.totals["score"].isna()])

    def rows(self, client_id):
        """The client's totals (an empty frame when none)."""
        return self.totals.iloc[self.groups.get(client_id, [])]


def consent_problems(
    cb, client_id: str, allow_missing_consent: bool = False, lang: str = "id", index=None
) -> list[Problem]:
    """An error (a warning when allowed) when the client has no ``consent_date``."""
    index = index or _Index(cb)
    if client_id not in index.no_consent:
        return []
    clients = cb.clients
    mask = clients.index == index.no_consent[client_id]
    if allow_missing_consent:
        return [
            Problem("clients.csv", _row(clients, mask), "consent_date", None,
                    t("pf_consent_allowed", lang), t("pf_consent_fix", lang), "warning")
        ]  # fmt: skip
    return [
        Problem("clients.csv", _row(clients, mask), "consent_date", None,
                t("pf_no_consent", lang), t("pf_consent_fix", lang))
    ]  # fmt: skip


def _file_row(cb, client_id, instrument, timepoint):
    """Where a client's administration is typed: (file, spreadsheet row)."""
    for name in ("responses", "scores"):
        frame = cb.tables.get(name)
        if frame is None or not len(frame):
            continue
        mask = (
            (frame["client_id"] == client_id)
            & (frame["instrument"] == instrument)
            & (frame["timepoint"] == timepoint)
        )
        row = _row(frame, mask)
        if row is not None:
            return f"{name}.csv", row
    return "responses.csv", None


def questionnaire_problems(
    cb,
    client_id: str,
    scores: pd.DataFrame,
    pre: str = "pre",
    post: str = "post",
    instrument: str = "",
    lang: str = "id",
    index=None,
) -> list[Problem]:
    """Problems of the evaluation section: data, pairs, totals that cannot be scored.

    Parameters
    ----------
    cb : Casebook
    client_id : str
    scores : DataFrame
        ``ck.score(cb)`` for the whole casebook (computed once by the caller).
    pre, post : str
        Timepoints compared (typed words such as ``sebelum`` are understood).
    instrument : str
        The questionnaire chosen with ``--instrument`` (``""``: any).
    """
    pre, post = normalise_timepoint(pre), normalise_timepoint(post)
    index = index or _Index(cb, scores, pre, post, instrument)
    if client_id in index.paired and client_id not in index.unscored:
        return []  # the usual case, without looking at the rows
    problems: list[Problem] = []
    mine = index.rows(client_id)
    if not len(mine):
        return [
            Problem("responses.csv", None, "timepoint", None, t("pf_no_scores", lang),
                    t("pf_no_scores_fix", lang), "warning")
        ]  # fmt: skip
    have = list(dict.fromkeys(mine["instrument"].astype(str)))
    if instrument and instrument not in have:
        problems.append(
            Problem("responses.csv", None, "instrument", instrument,
                    t("pf_instrument_missing", lang).format(found=", ".join(have)),
                    t("pf_instrument_fix", lang))
        )  # fmt: skip
        return problems
    wanted = [instrument] if instrument else have
    anywhere = index.anywhere
    paired = []
    for inst in wanted:
        rows = mine[mine["instrument"] == inst]
        found = list(dict.fromkeys(rows["timepoint"].astype(str)))
        if {pre, post} <= set(found):
            paired.append(inst)
        # totals at the compared timepoints that cannot be scored
        for _, r in rows[rows["timepoint"].isin([pre, post]) & rows["score"].isna()].iterrows():
            file, row = _file_row(cb, client_id, inst, r["timepoint"])
            reason = r.get("missing_reason")
            reason = "" if reason is None or pd.isna(reason) else str(reason)
            reason = tr(scoring_reason(reason), lang) if reason else reason  # in both languages
            problems.append(
                Problem(file, row, "timepoint", str(r["timepoint"]),
                        t("pf_total_missing", lang).format(instrument=inst, reason=reason),
                        t("pf_total_missing_fix", lang), "warning")
            )  # fmt: skip
    if not paired:
        found = list(dict.fromkeys(mine["timepoint"].astype(str)))
        fails = not ({pre, post} & anywhere)  # change() finds neither label: the report fails
        file, row = _file_row(cb, client_id, wanted[0], found[0])
        problems.append(
            Problem(file, row, "timepoint", None,
                    t("pf_no_pair", lang).format(pre=pre, post=post, found=", ".join(found)),
                    # only the before-measurement so far: the fix is to measure after
                    t("pf_no_post_yet_fix" if set(found) == {pre} else "pf_no_pair_fix",
                      lang).format(pre=pre, post=post),
                    "error" if fails else "warning")
        )  # fmt: skip
    return problems


def figure_problems(
    cb, client_id: str, lang: str = "id", draw: bool = True, index=None
) -> list[Problem]:
    """Figures that cannot be drawn (errors) or will say "no data" (one warning).

    With ``draw`` each figure that has data is drawn as the report draws it
    (about 0.1-0.2 s each); without, only empty tables are reported."""
    from . import figures

    index = index or _Index(cb)
    problems: list[Problem] = []
    empty: list[tuple[str, str]] = []
    for name, label, file in FIGURES:
        if client_id not in index.present.get(file, ()):
            empty.append((t(label, lang), file))
            continue
        if not draw:
            continue
        try:
            fig = getattr(figures, name)(cb, client_id, lang)
        except CasekitError as err:
            message = t("pf_figure_error", lang).format(figure=t(label, lang), error=_one_line(err))
            problems.append(Problem(file, None, None, None, message, t("pf_figure_fix", lang)))
            continue
        except Exception as err:  # noqa: BLE001 - a figure bug must show here, not in the report
            error = f"{type(err).__name__}: {_one_line(err)}"
            message = t("pf_figure_error", lang).format(figure=t(label, lang), error=error)
            problems.append(Problem(file, None, None, None, message, t("pf_figure_fix", lang)))
            continue
        if any(getattr(a, "name", None) == "no_data" for a in fig.layout.annotations or ()):
            empty.append((t(label, lang), file))
    if empty:
        problems.append(
            Problem(", ".join(dict.fromkeys(f for _, f in empty)), None, None, None,
                    t("pf_figures_empty", lang).format(figures=", ".join(n for n, _ in empty)),
                    t("pf_figures_empty_fix", lang), "warning")
        )  # fmt: skip
    return problems


def _one_line(err) -> str:
    return " ".join(part.strip(" -") for part in str(err).splitlines() if part.strip())


def _change_problems(cb, scores, pre, post, lang) -> list[Problem]:
    """A change that cannot be computed for anyone (the report's evaluation cell fails).

    Calls :func:`casekit.change.change` as the report template does."""
    from .change import change

    tps = set(scores["timepoint"].dropna().astype(str)) if len(scores) else set()
    if not len(scores) or not ({pre, post} & tps):
        return []  # reported per client by questionnaire_problems
    try:
        change(scores, pre, post, instruments=cb.instruments)
    except CasekitError as err:
        return [
            Problem("responses.csv", None, "timepoint", None,
                    t("pf_change_error", lang).format(error=_one_line(err)),
                    t("pf_change_fix", lang))
        ]  # fmt: skip
    return []


def preflight(
    cb,
    clients=None,
    *,
    pre: str = "pre",
    post: str = "post",
    instrument: str = "",
    allow_missing_consent: bool = False,
    lang: str = "id",
    draw: bool | None = None,
) -> list[Readiness]:
    """Check every client (or ``clients``) of a loaded casebook for a report.

    Parameters
    ----------
    cb : Casebook
        From :func:`casekit.load_casebook` (data problems were found there).
    clients : list of str, optional
        Client ids (default: every client).
    pre, post, instrument, allow_missing_consent
        As given to ``casekit report`` (``--pre`` ...).
    lang : {"id", "en"}
    draw : bool or None
        Also draw each client's figures (catches what a figure cannot draw).
        Default (None): when at most :data:`DRAW_LIMIT` clients are checked.

    Returns
    -------
    list of Readiness
        One per client, in casebook order.
    """
    from .scoring import score

    lang = check_lang(lang)
    pre, post = normalise_timepoint(pre), normalise_timepoint(post)
    ids = list(clients) if clients else list(cb.client_ids)
    if draw is None:
        draw = len(ids) <= DRAW_LIMIT
    scores = score(cb)
    shared = _change_problems(cb, scores, pre, post, lang)
    out = []
    index = _Index(cb, scores, pre, post, instrument)
    for cid in ids:
        problems = consent_problems(cb, cid, allow_missing_consent, lang, index)
        problems += questionnaire_problems(cb, cid, scores, pre, post, instrument, lang, index)
        problems += shared
        problems += figure_problems(cb, cid, lang, draw=draw, index=index)
        out.append(Readiness(cid, problems))
    return out


def readiness_lines(results: list[Readiness], lang: str = "id") -> list[str]:
    """What ``casekit validate`` prints: each client's problems, then one line per client."""
    lines: list[str] = []
    for r in results:
        if r.problems:
            lines.append(t("pf_client_heading", lang).format(client=r.client_id))
            lines.extend(f"  - {p.text(lang)}" for p in r.problems)
    lines.append(t("pf_readiness_heading", lang))
    lines.extend(f"  {r.line(lang)}" for r in results)
    return lines


def _cli_lang(args) -> str:
    import os

    lang = getattr(args, "lang", None) or os.environ.get("CASEKIT_LANG") or "id"
    return lang if lang in ("id", "en") else "id"


def run_preflight(cb, args, echo) -> int:
    """``casekit validate``'s second half: print each client's readiness; the exit code.

    ``args`` carries the report's options (``pre``, ``post``, ``instrument``,
    ``client``, ``allow_missing_consent``). Returns 0 when every client is
    ready for a report, 1 when one is not, and raises ParameterError (usage,
    exit 2) for an unknown ``--client`` or ``--instrument``.
    """
    from .errors import ParameterError
    from .reports.params import check_instrument

    lang = _cli_lang(args)
    wanted = list(getattr(args, "client", None) or [])
    unknown = [c for c in wanted if c not in set(cb.client_ids)]
    if unknown:
        raise ParameterError(
            f"--client {', '.join(unknown)}: not in clients.csv; known clients: "
            + ", ".join(cb.client_ids[:30])
        )
    instrument = getattr(args, "instrument", "") or ""
    if instrument:
        try:
            check_instrument(cb, instrument)
        except ParameterError as err:
            raise ParameterError(f"--instrument: {err}") from None
    results = preflight(
        cb,
        wanted or None,
        pre=getattr(args, "pre", "pre"),
        post=getattr(args, "post", "post"),
        instrument=instrument,
        allow_missing_consent=bool(getattr(args, "allow_missing_consent", False)),
        lang=lang,
    )
    for line in readiness_lines(results, lang):
        echo(line)
    if len(results) > DRAW_LIMIT:
        echo(t("pf_not_drawn", lang).format(limit=DRAW_LIMIT))
    # every warning printed above: the loader's and each client's readiness warnings
    n, w = len(cb.clients), len(cb.warnings) + sum(len(r.warnings) for r in results)
    blocked = [r for r in results if not r.ready]
    if blocked:
        echo(t("pf_not_ready_summary", lang).format(path=args.casebook, n=n, w=w, k=len(blocked)))
        return 1
    echo(t("m_validate_clean", lang).format(path=args.casebook, clients=n, warnings=w))
    return 0


@dataclass
class Gate:
    """What ``casekit report``'s preflight decided (see :func:`refuse_unready`)."""

    #: ids for the runner; None = every client (nothing refused)
    clients: list[str] | None
    #: one failed ReportResult per refused client (reason with its fix)
    refused: list = field(default_factory=list)
    #: every client asked for, in order
    order: list[str] = field(default_factory=list)
    title: str = ""

    @property
    def nothing_to_render(self) -> bool:
        return self.clients is not None and not self.clients

    def merge(self, done: list) -> list:
        """The runner's results and the refused ones, in the order asked."""
        results = {r.name: r for r in [*self.refused, *done]}
        order = self.order or list(results)
        return [results[c] for c in dict.fromkeys(order) if c in results]


def refuse_unready(args) -> Gate:
    """``casekit report``'s preflight: the clients to render and those refused.

    Runs :func:`preflight` (tables only, no drawing) on the clients asked for
    with the report's options (``args.casebook``, ``client``, ``pre``,
    ``post``, ``instrument``, ``allow_missing_consent``) and refuses each
    client with an error, with a reason that names command-line flags. A
    casebook that does not load is left to the runner (it raises the usual
    CasebookError).
    """
    from .casebook import load_casebook
    from .errors import CasebookError
    from .reports.runner import ReportResult

    try:
        cb = load_casebook(args.casebook)
    except (CasebookError, OSError):
        return Gate(args.client)
    wanted = list(args.client or cb.client_ids)
    known = set(cb.client_ids)
    checked = [c for c in wanted if c in known]  # unknown ids: the runner says so
    results = preflight(
        cb,
        checked,
        pre=args.pre,
        post=args.post,
        instrument=args.instrument or "",
        allow_missing_consent=bool(args.allow_missing_consent),
        lang=_cli_lang(args),
        draw=False,
    )
    blocked = {r.client_id: r for r in results if not r.ready}
    if not blocked:
        return Gate(args.client, [], wanted, cb.name)
    rows = cb.clients.set_index("client_id")
    refused = []
    for cid, r in blocked.items():
        pseudonym = rows.at[cid, "pseudonym"] if "pseudonym" in rows.columns else None
        pseudonym = "" if pseudonym is None or pd.isna(pseudonym) else str(pseudonym)
        reason = "; ".join(f"{p.message}. {p.fix}" for p in r.errors)
        refused.append(ReportResult(cid, False, error=reason, pseudonym=pseudonym))
    return Gate([c for c in wanted if c not in blocked], refused, wanted, cb.name)
