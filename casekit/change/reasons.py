"""Why a reliable change or a clinical status cannot be computed, in both languages.

Every reason :func:`casekit.change.change` gives in its ``not_computable``
(English) and ``not_computable_id`` (Bahasa Indonesia) columns is built here
from the labels of :data:`casekit.i18n.LABELS` (section ``norms``), as a
:class:`casekit.i18n.Msg`. Each names the real cause and the one fix. The
English text starts the same way as before these were bilingual ("no SD
for ...", "only ...", "no reliability known ...", "no post score"), so code that
reads the English keeps working.

A score that :func:`casekit.score` could not compute carries its own English
``missing_reason``; :func:`missing_score` words the known ones in Indonesian
too and, for any other, says in Indonesian where to look.
"""

from __future__ import annotations

import re

import numpy as np

from ..i18n import Msg, instrument_name, msg, scale_label, timepoint_label, tr
from ..wording import on_command_line

__all__: list[str] = []


def _tp(label: str) -> Msg:
    """A timepoint as typed (English) and as the Indonesian reader knows it."""
    return Msg(str(label), timepoint_label(label, "id") or str(label))


def no_score(pre: str, post: str, which: str) -> Msg:
    """``which`` in {"pre", "post", "both"}: the score(s) never recorded."""
    if which == "both":
        return msg("nm_no_scores", pre=_tp(pre), post=_tp(post))
    return msg("nm_no_score", tp=_tp(pre if which == "pre" else post))


# the reasons casekit.scoring gives for a missing score, and their fix
_SCORING = (
    (
        re.compile(r"(\d+) of (\d+) items blank \(at most (\d+) allowed for (.+)\)"),
        lambda g: msg("nm_sr_items_blank", b=g[0], k=g[1], m=g[2], inst=g[3]),
        "nm_fix_blank",
    ),
    (
        re.compile(
            r"(\d+) of the (\d+) items of subscale (.+) blank \(a subscale needs every item\)"
        ),
        lambda g: msg("nm_sr_sub_blank", b=g[0], m=g[1], name=Msg(g[2], scale_label(g[2], "id"))),
        "nm_fix_blank",
    ),
    (re.compile(r"no total in scores\.csv"), lambda g: msg("nm_sr_no_total"), "nm_fix_total"),
)


def scoring_reason(reason: str) -> Msg:
    """The English ``missing_reason`` of :func:`casekit.score`, in both languages."""
    for pattern, words, _fix in _SCORING:
        found = pattern.fullmatch(reason)
        if found:
            return words(found.groups())
    return msg("nm_sr_other", reason=reason)


def missing_score(label: str, reason: str) -> Msg:
    """The score at timepoint ``label`` exists but could not be computed: ``reason``."""
    for pattern, words, fix in _SCORING:
        found = pattern.fullmatch(reason)
        if found:
            return msg("nm_no_score_because", tp=_tp(label), reason=words(found.groups()),
                       fix=msg(fix))  # fmt: skip
    return msg("nm_no_score_other", tp=_tp(label), reason=reason)


def bilingual(why: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """English and Indonesian text arrays of an object array of Msg (or None)."""
    en = np.full(len(why), None, dtype=object)
    id_ = np.full(len(why), None, dtype=object)
    texts: dict[int, tuple[str, str]] = {}  # one Msg serves many rows: word it once
    for i in np.flatnonzero(np.fromiter((w is not None for w in why), bool, len(why))):
        m = why[i]
        if id(m) not in texts:
            texts[id(m)] = (str.__str__(m), tr(m, "id"))
        en[i], id_[i] = texts[id(m)]
    return en, id_


# --- reasons given by the norms, the index and the cutoff --------------------
def reference_fix() -> Msg:
    return msg("nm_fix_reference")


def too_few_pairs(n: int, min_pairs: int, label: str) -> Msg:
    return msg("nm_too_few_pairs", n=n, min_pairs=min_pairs, label=label, fix=reference_fix())


def no_sd(n: int, label: str) -> Msg:
    return msg("nm_no_sd", n=n, label=label, fix=reference_fix())


def _option(name: str, value: str) -> Msg:
    """``--name value`` while a ``casekit`` command runs, ``name='value'`` in Python."""
    text = f"--{name} {value}" if on_command_line() else f"{name}={value!r}"
    return Msg(text, text)


def no_clinical(label: str) -> Msg:
    return msg("nm_no_clinical", label=label, chosen=_option("norms", "clinical"),
               auto=_option("norms", "auto"), sample=_option("norms", "sample"))  # fmt: skip


def sample_flat(label: str) -> Msg:
    return msg("nm_sample_flat", label=label, chosen=_option("norms", "sample"),
               auto=_option("norms", "auto"))  # fmt: skip


def reference_total_only(label: str) -> Msg:
    return msg("nm_reference_total_only", label=label, auto=_option("norms", "auto"),
               sample=_option("norms", "sample"))  # fmt: skip


def no_reliability(label: str, inst_id: str, scale: str) -> Msg:
    if scale == "total":
        return msg("nm_no_reliability", label=label)
    return msg("nm_no_reliability_sub", label=label, arg=f"{{({inst_id!r}, {scale!r}): r}}")


def ha_pairs(label: str) -> Msg:
    return msg("nm_ha_pairs", label=label, jt=_option("method", "JT"))


def ha_flat(label: str) -> Msg:
    return msg("nm_ha_flat", label=label, jt=_option("method", "JT"))


def ha_rdd(label: str, rdd: float) -> Msg:
    return msg("nm_ha_rdd", label=label, rdd=f"{rdd:.3g}", jt=_option("method", "JT"))


def cutoff_functional(kind: str, inst_id: str) -> Msg:
    return msg("nm_cutoff_functional", kind=kind, inst=inst_id, cut_a=_option("cutoff", "a"))


def cutoff_clinical(kind: str, label: str, min_pairs: int) -> Msg:
    return msg("nm_cutoff_clinical", kind=kind, label=label, min_pairs=min_pairs)


# --- where the SD came from, in plain words -----------------------------------
def source_lines(changes, cb, lang: str = "id") -> list[str]:
    """One sentence per instrument total: where the pre-score SD behind its RCI came from.

    ``changes`` is the result of :func:`casekit.change.change` for the casebook
    ``cb`` (which knows its instruments); instruments without an RCI get no line
    (their rows say why).
    """
    lines = []
    total = changes[(changes["scale"] == "total") & changes["rci"].notna()]
    for inst_id, rows in total.groupby("instrument", sort=True):
        first = rows.iloc[0]
        src = first["sd_source"]
        inst = cb.instrument(str(inst_id))
        both = changes[(changes["instrument"] == inst_id) & (changes["scale"] == "total")]
        n = int((both["pre"].notna() & both["post"].notna()).sum())
        if src == "clinical":
            what = msg("nm_src_clinical", source=inst.norms["clinical"].get("source", ""))
        elif src == "sample":
            what = msg("nm_src_sample", n=n)
        elif src == "reference":
            ref = next(r for r in inst.norms["reference"] if r["id"] == first["norms_sample"])
            population = Msg(ref["population"], ref.get("population_id") or ref["population"])
            what = msg(
                "nm_src_reference",
                id=ref["id"],
                population=population,
                n=ref["n"],
                mean=_as_given(ref["mean"]),
                sd=_as_given(ref["sd"]),
                r=_as_given(first["reliability"]),
                source=ref["source"],
            )
        else:
            continue
        name = instrument_name(inst, lang)
        lines.append(tr(msg("nm_cli_source", instrument=name, what=what), lang))
    return lines


def _as_given(x) -> Msg:
    """A published figure with the digits it was given with (42.2 -> 42.2 / 42,2)."""
    text = f"{float(x):g}"
    return Msg(text, text.replace(".", ","))
