"""The sections 4.1-4.6 of the practicum chapter: what goes in each, in the seed's order.

Each ``section_4x(b, ...)`` adds one section of chapter IV to the document
through the builder of :mod:`casekit.chapter` (``b.heading``, ``b.para``,
``b.table``, ``b.figure``), from one client's casebook view. The seed practicum
report is the model: 4.2 holds the client's identity, the family table
(*Tabel 2*), genogram and social life road, the BPSS table, body map and
ecomap, the problems by source, the client's potentials and resources, the
focus problem and the cause-and-effect table; 4.3 the programme table; 4.5
the evaluation matrix and the loneliness scores. Dates are written in words
(:func:`casekit.i18n.fmt_date`), vocabulary values in the chapter's language.
"""

from __future__ import annotations

import pandas as pd

from . import chapter_text as ct
from .i18n import fmt_date, instrument_name, t, timepoint_label, vocab
from .i18n import is_missing as _na

__all__ = ["cell", "section_41", "section_42", "section_43", "section_44", "section_45",
           "section_46"]  # fmt: skip


def cell(value) -> str:
    """A cell as text: empty for missing, ISO dates, integers without ``.0``."""
    if _na(value):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _true(value) -> bool:
    return not _na(value) and bool(value)


def _times(row) -> str:
    a, b = cell(row.get("start_time")), cell(row.get("end_time"))
    return f"{a}-{b}" if a and b else a


def _list(value) -> str:
    return "; ".join(x.strip() for x in cell(value).split(";") if x.strip())


def _sessions(one, stages) -> pd.DataFrame:
    s = one.sessions
    return s[s["stage"].isin(stages)].sort_values(["date", "start_time"], kind="stable")


def section_41(b, one, row, lang):
    """4.1 engagement, intake and contract: intake and consent dates, the early sessions."""
    b.heading(t("ch_s41", lang), 2)
    facts = []
    if not _na(row.get("intake_date")):
        facts.append(t("ch_intake_on", lang).format(date=fmt_date(row["intake_date"], lang)))
    if not _na(row.get("consent_date")):
        facts.append(t("ch_consent_on", lang).format(date=fmt_date(row["consent_date"], lang)))
    b.para(" ".join(facts))
    early = _sessions(one, ("engagement", "intake", "contract"))
    rows = [
        [str(i), fmt_date(r["date"], lang, short=True), _times(r), vocab(r["stage"], lang), cell(r.get("location")),
         _list(r.get("participants")), cell(r.get("notes"))]
        for i, (_, r) in enumerate(early.iterrows(), 1)
    ]  # fmt: skip
    header = [t(k, lang) for k in ("ch_no", "col_date", "ch_time", "col_stage", "col_location",
                                    "col_participants", "col_notes")]  # fmt: skip
    b.table(t("ch_tab_early", lang), header, rows, [0.9, 2.0, 1.5, 2.2, 1.8, 2.2, 3.4])


def _age(member, ref_year) -> str:
    """Age in years: at death when both years are known, else at the intake year."""
    born, died = member.get("birth_year"), member.get("death_year")
    if _na(born):
        return ""
    if not _na(died):
        return str(int(died) - int(born))
    if _na(ref_year) or _true(member.get("deceased")):
        return ""
    return str(int(ref_year) - int(born))


_REL_ORDER = {"self": 0, "spouse": 1, "child": 2, "grandchild": 3, "parent": 4, "sibling": 5}


def section_42(b, one, row, lang, name, figs):
    """4.2 assessment: identity, family table, the assessment figures and tables (seed order)."""
    b.heading(t("ch_s42", lang), 2)
    b.heading(t("ch_identity", lang), 3)
    b.para(f"{t('ch_client_name', lang)}: {name}", "List Number")
    for col in ("sex", "age_at_intake", "cluster", "region", "ethnicity", "religion",
                "living_arrangement", "institution"):  # fmt: skip
        if col in row.index and not _na(row[col]):
            value = (
                vocab(row[col], lang) if col in ("sex", "living_arrangement") else cell(row[col])
            )
            b.para(f"{t('col_' + col, lang)}: {value}", "List Number")
    b.heading(t("ch_family", lang), 3)
    fam = one.family.copy()
    fam["_order"] = fam["relation"].map(lambda r: _REL_ORDER.get(r, 9))
    fam = fam.sort_values("_order", kind="stable")
    intake = row.get("intake_date")
    ref = intake.year if isinstance(intake, pd.Timestamp) else None
    rows = []
    for i, (_, m) in enumerate(fam.iterrows(), 1):
        age = _age(m, ref)
        rel = vocab(m.get("relation"), lang)
        if _true(m.get("deceased")):
            rel += f" ({t('ch_deceased', lang)})"
        rows.append(
            [str(i), cell(m.get("label")), vocab(m.get("sex"), lang),
             t("ch_years", lang).format(n=age) if age else "", rel, cell(m.get("education")),
             cell(m.get("occupation")), cell(m.get("residence"))]
        )  # fmt: skip
    header = [t(k, lang) for k in ("ch_no", "ch_member", "col_sex", "ch_age", "ch_relation",
                                    "col_education", "col_occupation", "ch_residence")]  # fmt: skip
    b.table(t("ch_tab_family", lang), header, rows, [0.8, 1.8, 2.2, 1.3, 2.1, 2.2, 2.1, 2.0])
    b.figure("genogram", figs["genogram"], t("ch_fig_genogram", lang).format(name=name),
             ct.describe_genogram(one, lang))  # fmt: skip
    b.figure("life_road", figs["life_road"], t("ch_fig_life_road", lang).format(name=name),
             ct.describe_life_road(one, lang))  # fmt: skip
    b.heading(t("ch_bpss", lang), 3)
    domains = ("biological", "psychological", "social", "spiritual")
    cells = []
    for d in domains:
        items = one.bpss[one.bpss["domain"] == d]
        cells.append(
            [f"{i}. {cell(r['finding'])}" + (f" ({t(r['kind'], lang)})" if cell(r.get("kind")) == "strength" else "")
             for i, (_, r) in enumerate(items.iterrows(), 1)] or [""]
        )  # fmt: skip
    rows = [cells] if not one.bpss.empty else []
    b.table(t("ch_tab_bpss", lang).format(name=name), [t(d, lang).capitalize() for d in domains],
            rows, [1, 1, 1, 1])  # fmt: skip
    b.figure("bpss", figs["bpss"], t("ch_fig_bpss", lang).format(name=name),
             ct.describe_bpss(one, lang))  # fmt: skip
    b.figure("body_map", figs["body_map"], t("ch_fig_body_map", lang).format(name=name),
             ct.describe_body_map(one, lang))  # fmt: skip
    b.figure("ecomap", figs["ecomap"], t("ch_fig_ecomap", lang).format(name=name),
             ct.describe_ecomap(one, lang))  # fmt: skip
    b.heading(t("ch_problems", lang), 3)
    probs = one.problems
    rows = [
        [str(i), vocab(r.get("according_to"), lang), cell(r["statement"]),
         t("yes", lang) if _true(r.get("focus")) else ""]
        for i, (_, r) in enumerate(probs.iterrows(), 1)
    ]  # fmt: skip
    header = [t(k, lang) for k in ("ch_no", "col_according_to", "ch_symptom", "col_focus")]
    b.table(t("ch_tab_problems", lang), header, rows, [1.0, 2.4, 9.0, 1.6])
    _potentials_and_resources(b, one, lang)
    b.heading(t("ch_focus", lang), 3)
    focus = [cell(s) for s, f in zip(probs["statement"], probs["focus"], strict=True) if _true(f)]
    b.para(t("ch_focus_text", lang).format(n=len(focus)) if focus else t("ch_no_focus", lang))
    for s in focus:
        b.para(s, "List Bullet")
    b.heading(t("ch_cause_effect", lang), 3)
    ce = probs[probs["cause"].notna() | probs["effect"].notna()]
    rows = [
        [str(i), cell(r["statement"]), cell(r.get("cause")), cell(r.get("effect"))]
        for i, (_, r) in enumerate(ce.iterrows(), 1)
    ]
    header = [t(k, lang) for k in ("ch_no", "ch_problem", "ch_cause", "ch_effect")]
    b.table(t("ch_tab_cause_effect", lang), header, rows, [1.0, 4.0, 4.5, 4.5])


def _potentials_and_resources(b, one, lang):
    """Seed 4.2 items 5 and 6: the client's own strengths (BPSS) and the ties that help (ecomap)."""
    b.heading(t("ch_potentials", lang), 3)
    strengths = one.bpss[one.bpss["kind"] == "strength"]
    if strengths.empty:
        b.para(t("ch_no_potentials", lang))
    for _, r in strengths.iterrows():
        b.para(f"{cell(r['finding'])} ({t(r['domain'], lang)})", "List Bullet")
    b.heading(t("ch_resources", lang), 3)
    eco = one.ecomap
    helping = eco[eco["strength"].isin(["strong", "moderate"])] if len(eco) else eco
    if helping.empty:
        b.para(t("ch_no_resources", lang))
    for _, r in helping.iterrows():
        note = cell(r.get("note")).split(";")[0].strip()
        line = f"{cell(r['system'])} ({vocab(r['strength'], lang)})"
        b.para(f"{line}: {note}" if note else line, "List Bullet")


def section_43(b, one, lang):
    """4.3 intervention plan: the case conference and the programme table (seed *Tabel 5*)."""
    b.heading(t("ch_s43", lang), 2)
    for _, r in _sessions(one, ("planning",)).iterrows():
        b.para(
            t("ch_planning_on", lang).format(
                date=fmt_date(r["date"], lang), notes=cell(r.get("notes"))
            )
        )
    rows = []
    for _, r in one.plan.iterrows():
        start = fmt_date(r.get("start_date"), lang, short=True)
        end = fmt_date(r.get("end_date"), lang, short=True)
        when = start if not end or end == start else f"{start} - {end}"
        method = vocab(r.get("method"), lang)
        tech = _list(r.get("techniques"))
        rows.append(
            [cell(r.get("activity")) or cell(r["activity_id"]), when, cell(r.get("location")),
             cell(r.get("objectives")), f"{method} ({tech})" if tech else method,
             cell(r.get("indicator"))]
        )  # fmt: skip
    header = [t(k, lang) for k in ("col_activity", "ch_when", "ch_place", "col_objectives",
                                    "ch_method_techniques", "col_indicator")]  # fmt: skip
    b.table(t("ch_tab_plan", lang), header, rows, [2.6, 2.2, 2.0, 2.8, 2.2, 2.6])


def section_44(b, one, lang, name, figs):
    """4.4 intervention: the span, the session timeline and the intervention sessions."""
    b.heading(t("ch_s44", lang), 2)
    inter = _sessions(one, ("intervention",))
    if len(inter):
        b.para(t("ch_intervention_span", lang).format(
            a=fmt_date(inter["date"].min(), lang), b=fmt_date(inter["date"].max(), lang), n=len(inter)))  # fmt: skip
    b.figure("timeline", figs["timeline"], t("ch_fig_timeline", lang).format(name=name),
             ct.describe_timeline(one, lang))  # fmt: skip
    names = dict(zip(one.plan["activity_id"], one.plan["activity"], strict=True))
    rows = [
        [str(i), cell(names.get(r.get("activity_id"))) or cell(r.get("activity_id")),
         fmt_date(r["date"], lang, short=True),
         _times(r), cell(r.get("location")), _list(r.get("techniques")), cell(r.get("notes"))]
        for i, (_, r) in enumerate(inter.iterrows(), 1)
    ]  # fmt: skip
    header = [t(k, lang) for k in ("ch_no", "col_activity", "col_date", "ch_time",
                                    "col_location", "col_techniques", "col_notes")]  # fmt: skip
    b.table(t("ch_tab_sessions", lang), header, rows, [0.9, 2.6, 2.0, 1.5, 1.9, 2.1, 3.0])


def section_45(b, inputs, lang, name, figs):
    """4.5 evaluation: the evaluation matrix, the scores and the before/after figure."""
    one = inputs.client
    b.heading(t("ch_s45", lang), 2)
    for _, r in _sessions(one, ("evaluation",)).iterrows():
        b.para(
            t("ch_evaluation_on", lang).format(
                date=fmt_date(r["date"], lang), notes=cell(r.get("notes"))
            )
        )
    names = dict(zip(one.plan["activity_id"], one.plan["activity"], strict=True))
    rows = [
        [str(i), cell(names.get(r.get("activity_id"))) or cell(r.get("activity_id")),
         cell(r.get("process_notes")), cell(r.get("outcome_notes")), vocab(r.get("indicator_met"), lang)]
        for i, (_, r) in enumerate(one.evaluation.iterrows(), 1)
    ]  # fmt: skip
    header = [t(k, lang) for k in ("ch_no", "col_activity", "ch_process_eval",
                                    "ch_outcome_eval", "col_indicator_met")]  # fmt: skip
    b.table(t("ch_tab_evaluation", lang), header, rows, [0.9, 2.6, 4.3, 4.3, 2.1])
    from .scoring import score

    sc = score(one)
    sc = sc[sc["scale"] == "total"] if len(sc) else sc
    # names, timepoints and bands in the chapter's language (never an id or an English band)
    band = "category_id" if lang == "id" else "category"
    rows = [
        [instrument_name(_instrument(one, r["instrument"]), lang),
         timepoint_label(r["timepoint"], lang), fmt_date(r.get("date"), lang, short=True),
         cell(r["score"]),
         cell(r.get(band))]
        for _, r in sc.iterrows()
    ]  # fmt: skip
    header = [t(k, lang) for k in ("col_instrument", "col_timepoint", "col_date", "col_score",
                                    "col_category")]  # fmt: skip
    b.table(t("ch_tab_scores", lang), header, rows, [3.5, 2.8, 2.5, 1.6, 3.6])
    text = ct.describe_prepost(
        inputs.casebook, inputs.client_id, inputs.instrument, inputs.pre, inputs.post, lang
    )
    if "prepost" in figs:
        b.figure("prepost", figs["prepost"], t("ch_fig_prepost", lang).format(name=name), text)
    else:
        b.para(text)


def _instrument(one, instrument_id):
    """The casebook's (or the built-in) instrument of ``instrument_id``, else the id."""
    try:
        return one.instrument(instrument_id)
    except Exception:  # noqa: BLE001 - an unknown id is named as given
        return instrument_id


def section_46(b, one, row, lang):
    """4.6 termination and referral: date, reason, referral and the last sessions."""
    b.heading(t("ch_s46", lang), 2)
    if _na(row.get("termination_date")):
        b.para(t("report_not_terminated", lang))
    else:
        b.para(t("ch_terminated_on", lang).format(date=fmt_date(row["termination_date"], lang)))
    if not _na(row.get("termination_reason")):
        b.para(f"{t('col_termination_reason', lang)}: {vocab(row['termination_reason'], lang)}.")
    if not _na(row.get("referral_to")):
        b.para(f"{t('col_referral_to', lang)}: {cell(row['referral_to'])}.")
    for _, r in _sessions(one, ("termination", "referral")).iterrows():
        b.para(f"{fmt_date(r['date'], lang)} ({vocab(r['stage'], lang)}): {cell(r.get('notes'))}")
