"""What each figure of the practicum chapter shows, said in a few plain words.

Under every figure the chapter puts one short paragraph generated from the
same tables the figure is drawn from, so a reader who cannot see the picture
(or a student who must describe it) gets its gist: who is in the genogram and
which ties are close or strained, the high and low points of the social life
road, the marked body parts, the ecomap's strong and stressful ties, the
problems and strengths per BPSS domain, the span of the sessions, and for the
loneliness scores the two totals, the change and the reliable-change verdict
(:func:`casekit.reports.verdicts.change_verdict`, Jacobson & Truax 1991) with
the source of the instrument. The student edits it like any other text.

Every phrase comes from :mod:`casekit.i18n` (``ct_*`` keys). Each function
takes one client's casebook view (``cb.for_client(id)``) and returns a str.
"""

from __future__ import annotations

from .i18n import fmt_date, t
from .i18n import is_missing as _na

__all__ = [
    "describe_body_map",
    "describe_bpss",
    "describe_ecomap",
    "describe_genogram",
    "describe_life_road",
    "describe_prepost",
    "describe_timeline",
]

#: generation of a family member relative to the client
_LEVEL = {
    "grandparent": -2,
    "parent": -1,
    "self": 0,
    "spouse": 0,
    "sibling": 0,
    "child": 1,
    "grandchild": 2,
}


def _in(value, options) -> bool:
    return not _na(value) and value in options


def _true(value) -> bool:
    return not _na(value) and bool(value)


def _join(items, lang: str) -> str:
    items = [str(i) for i in items if str(i)]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {t('ct_and', lang)} " + items[-1]


def _first_clause(text: str) -> str:
    return str(text).split(";")[0].strip()


def describe_genogram(one, lang: str) -> str:
    """Members, generations, who has died, and close and strained ties."""
    fam = one.family
    if fam.empty:
        return t("ct_no_data", lang)
    levels = {_LEVEL[r] for r in fam["relation"].dropna() if r in _LEVEL}
    dead = [str(r["label"]) for _, r in fam.iterrows() if _true(r.get("deceased"))]
    parts = [t("ct_genogram", lang).format(n=len(fam), g=max(len(levels), 1))]
    if dead:
        parts.append(t("ct_genogram_dead", lang).format(names=_join(dead, lang)))
    for bonds, key in (
        (("close",), "ct_bond_close"),
        (("distant",), "ct_bond_distant"),
        (("conflict", "cutoff"), "ct_bond_conflict"),
    ):
        names = [str(r["label"]) for _, r in fam.iterrows() if _in(r.get("bond"), bonds)]
        if names:
            parts.append(t(key, lang).format(names=_join(names, lang)))
    row = one.clients.iloc[0]
    if _in(row.get("living_arrangement"), ("alone",)):
        parts.append(t("ct_lives_alone", lang))
    return " ".join(parts)


def describe_life_road(one, lang: str) -> str:
    """How many events, from when to when, the best and the hardest."""
    ev = one.life_events
    if ev.empty:
        return t("ct_no_data", lang)

    def when(r):
        if not _na(r.get("age")):
            return t("ct_at_age", lang).format(age=int(r["age"]))
        return t("ct_in_year", lang).format(year=int(r["year"]))

    rows = [r for _, r in ev.iterrows()]
    parts = [t("ct_life_road", lang).format(n=len(rows), a=when(rows[0]), b=when(rows[-1]))]
    valued = [r for r in rows if not _na(r.get("valence"))]
    if valued:
        best = max(valued, key=lambda r: r["valence"])
        worst = min(valued, key=lambda r: r["valence"])
        parts.append(
            t("ct_life_road_peaks", lang).format(
                best=_first_clause(best["event"]),
                best_when=when(best),
                worst=_first_clause(worst["event"]),
                worst_when=when(worst),
            )
        )
    return " ".join(parts)


def describe_body_map(one, lang: str) -> str:
    """The marked body parts, with their severity when recorded."""
    bm = one.body_map
    if bm.empty:
        return t("ct_no_data", lang)
    parts = []
    for _, r in bm.iterrows():
        name = t(f"fig_region_{r['region']}", lang)
        if not _na(r.get("severity")):
            name += " " + t("ct_severity", lang).format(s=int(r["severity"]))
        parts.append(name)
    text = t("ct_body_map", lang).format(n=len(bm), regions=_join(parts, lang))
    if bm["severity"].isna().all():
        text += " " + t("ct_no_severity", lang)
    return text


def describe_ecomap(one, lang: str) -> str:
    """How many systems, and which ties are strong, moderate, weak or stressful."""
    eco = one.ecomap
    if eco.empty:
        return t("ct_no_data", lang)
    parts = [t("ct_ecomap", lang).format(n=len(eco))]
    for kinds, key in (
        (("strong",), "ct_eco_strong"),
        (("moderate",), "ct_eco_moderate"),
        (("weak",), "ct_eco_weak"),
        (("stressful", "broken"), "ct_eco_stressful"),
    ):
        names = [
            str(s) for s, k in zip(eco["system"], eco["strength"], strict=True) if _in(k, kinds)
        ]
        if names:
            parts.append(t(key, lang).format(names=_join(names, lang)))
    return " ".join(parts)


def describe_bpss(one, lang: str) -> str:
    """Problems and strengths counted per domain."""
    b = one.bpss
    if b.empty:
        return t("ct_no_data", lang)
    parts = []
    for domain in ("biological", "psychological", "social", "spiritual"):
        rows = b[b["domain"] == domain]
        if rows.empty:
            continue
        n_p = int((rows["kind"] == "problem").sum())
        n_s = int((rows["kind"] == "strength").sum())
        parts.append(t("ct_bpss_domain", lang).format(domain=t(domain, lang), p=n_p, s=n_s))
    return t("ct_bpss", lang).format(parts="; ".join(parts))


def describe_timeline(one, lang: str) -> str:
    """Number and span of the sessions, and the intervention sessions per planned activity."""
    s = one.sessions.dropna(subset=["date"])
    if s.empty:
        return t("ct_no_data", lang)
    inter = s[s["stage"] == "intervention"]
    acts = inter["activity_id"].dropna().nunique()
    return t("ct_timeline", lang).format(
        n=len(s),
        a=fmt_date(s["date"].min(), lang),
        b=fmt_date(s["date"].max(), lang),
        k=len(inter),
        m=acts,
    )


def describe_prepost(cb, client_id: str, instrument: str, pre: str, post: str, lang: str) -> str:
    """The scores, the change and the reliable-change verdict, with the instrument's source."""
    from .change import change
    from .reports.verdicts import change_verdict
    from .scoring import score

    if not instrument:
        return t("report_no_scores", lang)
    scores = score(cb)
    changes = change(scores, pre, post, instruments=cb.instruments)
    text = change_verdict(changes, cb, client_id, instrument, pre, post, lang)
    inst = cb.instrument(instrument)
    source = (getattr(inst, "citation", "") or inst.name).rstrip(". ")
    return f"{text} {t('ct_source', lang).format(source=source)}"
