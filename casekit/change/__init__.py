"""Individual change: reliable change and clinically significant change.

:func:`change` compares each client's score at two timepoints: the raw
difference, a reliable change index (RCI) and the Jacobson & Truax (1991)
cutoff between the dysfunctional and the functional population, and
classifies the client as recovered, improved, unchanged, deteriorated or
harmed. It is direction-aware: for an instrument with
``higher_is_worse = false`` a rise is an improvement.

Formulas
--------
Notation: x1, x2 a client's pre and post score; d = x2 - x1; M1, SD1 the mean
and SD behind the index (below); M0, SD0 the functional population
(``[norms.functional]``); r the reliability; z the critical value.

Where M1 and SD1 come from (``sd_source``), in this order unless ``norms=``
says otherwise:

1. ``clinical``: the instrument's ``[norms.clinical]`` (totals only);
2. ``sample``: the pre scores of the complete pre/post pairs (clients with
   both scores; a client without a post score does not move anyone else's
   verdict), when there are at least ``min_pairs`` (10) of them;
3. ``reference``: a published sample from the instrument's
   ``[[norms.reference]]`` (the one marked ``default = true``, or the one
   named by ``norms=``), with that sample's reliability unless
   ``reliability=`` is given (``norms_sample`` names it).

Hageman & Arrindell always use the complete pairs (their index is defined on
the group's means, SDs and pre-post correlation).

Every method's verdict is the same rule: reliable improvement when the RCI
lies strictly beyond z on the good side, reliable deterioration strictly
beyond z on the bad side. ``diff_for_improved`` and ``diff_for_deteriorated``
are the raw changes d at which that happens for this client (d strictly
beyond them); ``rc_threshold`` is half the width of the band between them.
For JT the band is centred on d = 0, so ``rc_threshold`` is the raw change
needed; for GLN and EN the centre moves with the client's pre score, for HA
with the group's mean change.

``JT`` (Jacobson & Truax, 1991, p. 14)
    SE = SD1 sqrt(1 - r);  S_diff = sqrt(2 SE^2);  RCI = d / S_diff.
    Band: d = +/- z S_diff.
``GLN`` (Gulliksen-Lord-Novick; Hsu, 1989)
    Regression to the mean: the expected post score is M1 + r (x1 - M1);
    SE_pred = SD1 sqrt(1 - r^2); RCI = [(x2 - M1) - r (x1 - M1)] / SE_pred.
    Band: d = (r - 1)(x1 - M1) +/- z SE_pred.
``EN`` (Edwards-Nunnally; Speer, 1992)
    Estimated true pre score T = r (x1 - M1) + M1, SE = SD1 sqrt(1 - r);
    RCI = (x2 - T) / SE (Speer used z = 2; pass ``z=2`` to follow him).
    Band: d = (r - 1)(x1 - M1) +/- z SE.
``HA`` (Hageman & Arrindell, 1999, RC_ID, eqs. for the individual level)
    On the n >= 3 complete pairs: means m1, m2, SDs s1, s2, correlation r12.
    SE^2 = s1^2 (1 - r) (constant error variance), r_xx1 = r,
    r_xx2 = (s2^2 - SE^2) / s2^2,
    r_DD = (s1^2 r_xx1 + s2^2 r_xx2 - 2 s1 s2 r12) / (s1^2 + s2^2 - 2 s1 s2 r12),
    RC_ID = [d r_DD + (m2 - m1)(1 - r_DD)] / sqrt(r_DD 2 SE^2).
    Critical value 1.65 (one-sided, as Hageman & Arrindell use it).
    Band: d = [+/- z sqrt(2 SE^2 r_DD) - (m2 - m1)(1 - r_DD)] / r_DD.
    This is the formula of the R package clinicalsignificance 3.0.0
    (``calc_rci.cs_ha``), checked in the tests on Claus et al. (2020).

Cutoffs (Jacobson & Truax, 1991), written for ``higher_is_worse``:
    a = M1 - 2 SD1 (out of the dysfunctional range);
    b = M0 + 2 SD0 (into the functional range);
    c = (SD1 M0 + SD0 M1) / (SD1 + SD0) (closer to the functional mean than
    to the dysfunctional one). Signs flip when higher is better.
    ``cutoff="auto"`` uses c when the instrument has functional norms, else a.
    A score is *functional* when it lies strictly beyond the cutoff on the
    good side. Cutoff a can fall outside the possible score range when the
    clinical SD is large (e.g. -0.4 on a 0-11 scale): then nobody can be
    "recovered" or "harmed", only improved or deteriorated.

Classes (``clinical_status``):
    recovered     reliable improvement and crossed the cutoff (pre
                  dysfunctional, post functional);
    improved      reliable improvement without crossing;
    unchanged     no reliable change;
    deteriorated  reliable deterioration without crossing;
    harmed        reliable deterioration and crossed the cutoff into the
                  dysfunctional range (pre functional, post dysfunctional).

Modules
-------
This module holds :func:`change` and its output columns; the ideas it puts
together live beside it: :mod:`casekit.change.pairs` (each client's pre and
post score), :mod:`casekit.change.norms` (where M1, SD1 come from),
:mod:`casekit.change.rci` (the four indices and their bands) and
:mod:`casekit.change.cutoffs` (cutoffs a, b, c). Their names stay importable
from here.

References
----------
Jacobson, N. S., & Truax, P. (1991). Clinical significance: A statistical
approach to defining meaningful change in psychotherapy research. Journal of
Consulting and Clinical Psychology, 59(1), 12-19.

Hsu, L. M. (1989). Reliable changes in psychotherapy: Taking into account
regression toward the mean. Behavioral Assessment, 11, 459-467.

Speer, D. C. (1992). Clinically significant change: Jacobson and Truax (1991)
revisited. Journal of Consulting and Clinical Psychology, 60(3), 402-408.

Hageman, W. J. J. M., & Arrindell, W. A. (1999). Establishing clinically
significant change: Increment of precision and the distinction between
individual and group level of analysis. Behaviour Research and Therapy, 37,
1169-1193.

Bauer, S., Lambert, M. J., & Nielsen, S. L. (2004). Clinical significance
methods: A comparison of statistical techniques. Journal of Personality
Assessment, 82(1), 60-70.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..errors import ParameterError
from ..i18n import msg
from ..scoring import _strings, instrument_for, remembered_instruments
from . import reasons
from .cutoffs import _check_cutoff_arg, _place_cutoff, cutoffs
from .norms import MIN_PAIRS, _lookup, _sd_source
from .pairs import _codes as _codes  # cohort.py pairs its keys the same way
from .pairs import _pair
from .rci import METHODS, _rci_band

__all__ = ["change", "cutoffs", "METHODS", "CHANGE_COLUMNS", "STATUSES", "MIN_PAIRS"]

#: clinical_status values, best to worst
STATUSES = ("recovered", "improved", "unchanged", "deteriorated", "harmed")

#: columns of :func:`change`'s result
CHANGE_COLUMNS = [
    "client_id",
    "instrument",
    "scale",
    "pre",
    "post",
    "diff",
    "rci",
    "reliable_change",
    "cutoff",
    "clinical_status",
    "method",
    "z",
    "reliability",
    "sd_pre",
    "mean_pre",
    "sd_source",
    "norms_sample",
    "rc_threshold",
    "diff_for_improved",
    "diff_for_deteriorated",
    "cutoff_kind",
    "cutoff_in_range",
    "higher_is_worse",
    "pre_date",
    "post_date",
    "not_computable",
    "not_computable_id",
    "casebook",
]


def _local(instruments) -> dict:
    if instruments is None:
        return {}
    if isinstance(instruments, Mapping):
        return dict(instruments)
    raise ParameterError("instruments must be a dict of id -> Instrument (e.g. cb.instruments)")


def _empty() -> pd.DataFrame:
    return _typed(pd.DataFrame({c: [] for c in CHANGE_COLUMNS}))


def _typed(out: pd.DataFrame) -> pd.DataFrame:
    for c in (
        "pre", "post", "diff", "rci", "cutoff", "z", "reliability", "sd_pre", "mean_pre",
        "rc_threshold", "diff_for_improved", "diff_for_deteriorated",
    ):  # fmt: skip
        # a float array's NaN becomes NA in the nullable Float64 dtype
        out[c] = pd.array(pd.to_numeric(out[c], errors="coerce"), dtype="Float64")
    for c in (
        "client_id",
        "instrument",
        "scale",
        "reliable_change",
        "clinical_status",
        "method",
        "sd_source",
        "norms_sample",
        "cutoff_kind",
        "not_computable",
        "not_computable_id",
        "casebook",
    ):
        out[c] = out[c].astype("string")
    out["higher_is_worse"] = out["higher_is_worse"].astype("boolean")
    if "cutoff_in_range" not in out:
        out["cutoff_in_range"] = pd.NA
    out["cutoff_in_range"] = out["cutoff_in_range"].astype("boolean")
    for c in ("pre_date", "post_date"):
        out[c] = pd.to_datetime(out[c])
    return out[CHANGE_COLUMNS]


def change(
    scores,
    pre: str = "pre",
    post: str = "post",
    method: str = "JT",
    cutoff="auto",
    instruments=None,
    reliability=None,
    z: float | None = None,
    norms=None,
    min_pairs: int = MIN_PAIRS,
) -> pd.DataFrame:
    """Reliable and clinically significant change per client.

    Parameters
    ----------
    scores : DataFrame or Casebook
        The result of :func:`casekit.score` (or any frame with client_id,
        instrument, timepoint, score and optionally scale, date, casebook).
        A Casebook is scored first.
    pre, post : str
        The two timepoint labels compared.
    method : {"JT", "GLN", "EN", "HA"}
        Reliable change index (formulas in the module docstring).
    cutoff : {"auto", "a", "b", "c"}, float or dict
        Jacobson & Truax cutoff kind, a fixed cutoff score, or a dict by
        instrument id (or ``(id, scale)``) of either.
    instruments : dict of str to Instrument, optional
        Instruments beyond the built-in ones (a Casebook brings its own).
    reliability : float or dict, optional
        Overrides the instrument's reliability (a dict by id or
        ``(id, scale)``). Subscales have no built-in reliability.
    z : float, optional
        Critical value; default per method (1.96; HA 1.65).
    norms : None, str or dict, optional
        Where M1 and SD1 come from. None or ``"auto"``: clinical norms, else
        the sample's complete pairs when there are at least ``min_pairs``,
        else the instrument's default reference sample. ``"clinical"``,
        ``"sample"`` (the complete pairs, however few) or the ``id`` of one of
        the instrument's ``[[norms.reference]]`` samples force that source. A
        sample id given on its own applies to the totals of the instruments
        that publish that sample (the others stay ``"auto"``); an id no
        instrument in the scores has is an error. A dict gives one per
        instrument id or ``(id, scale)``.
    min_pairs : int
        Fewest complete pairs whose pre-score SD is used on its own (10). The
        SD of n scores has a relative standard error of about
        1 / sqrt(2 (n - 1)): 24% at n = 10, 71% at n = 2. Below 10 a published
        sample's SD is the steadier choice, so the sample is used only when
        there is no reference sample (or ``norms="sample"``).

    Returns
    -------
    DataFrame
        One row per client x instrument x scale that has a pre or a post score:

        ================  ==========================================================
        client_id, instrument, scale
        pre, post         the two scores (NA when absent)
        diff              post - pre
        rci               the reliable change index of ``method``
        reliable_change   improved / unchanged / deteriorated (direction-aware)
        cutoff            the cutoff score used
        clinical_status   recovered / improved / unchanged / deteriorated / harmed
        method, z         the RCI method and its critical value
        reliability       r used
        sd_pre, mean_pre  SD1 and M1 used
        sd_source         ``clinical`` (the instrument's clinical norms),
                          ``sample`` (the complete pairs' pre scores) or
                          ``reference`` (a published sample); NA when none
        norms_sample      id of the reference sample used (else NA)
        rc_threshold      half the width of the no-reliable-change band in raw
                          score points (the raw change needed, for JT)
        diff_for_improved, diff_for_deteriorated
                          the raw change (post - pre) at which this client's
                          change becomes a reliable improvement / deterioration
                          (the change must lie strictly beyond it; its sign
                          follows the instrument's direction). Per client for
                          GLN and EN; NA without both scores
        cutoff_kind       a / b / c / given
        cutoff_in_range   whether the cutoff lies inside the instrument's total
                          score range; False means no client can cross it (so
                          nobody can be "recovered"): cutoff a from a sample
                          whose SD is large against its mean can fall outside
                          the scale. NA for subscales and unknown ranges
        higher_is_worse   direction of the instrument
        pre_date, post_date
        not_computable    why rci or clinical_status is NA, and the one fix, in
                          English (NA when both exist)
        not_computable_id the same in Bahasa Indonesia (what ``casekit change``
                          and the reports show an Indonesian reader)
        casebook          source casebook (pooled casebooks)
        ================  ==========================================================

        Rows without both scores keep NA and are not classified.

    Raises
    ------
    ParameterError
        Unknown method or cutoff, or pre == post.
    ScoringError
        Neither timepoint occurs, or a client has two scores for one timepoint.
    InstrumentError
        Unknown instrument id.

    Notes
    -----
    See the module docstring for every formula and class definition.
    """
    if not isinstance(scores, pd.DataFrame):
        if hasattr(scores, "responses") and hasattr(scores, "scores"):
            from ..scoring import score as _score

            local = {**_local(getattr(scores, "instruments", None)), **_local(instruments)}
            scores = _score(scores)
        else:
            raise ParameterError(
                f"change() needs a scores DataFrame (ck.score(cb)) or a Casebook; got {type(scores).__name__}"
            )
    else:
        local = remembered_instruments(scores, _local(instruments))
    method = str(method).upper()
    if method not in METHODS:
        raise ParameterError(f"unknown method {method!r}; use one of {', '.join(METHODS)}")
    zval = METHODS[method] if z is None else float(z)
    if not zval > 0:
        raise ParameterError(f"z must be a positive number; got {z!r}")
    if pre == post:
        raise ParameterError(f"pre and post are the same timepoint ({pre!r})")
    if not isinstance(min_pairs, int) or isinstance(min_pairs, bool) or min_pairs < 2:
        raise ParameterError(f"min_pairs must be a whole number of at least 2; got {min_pairs!r}")
    for v in norms.values() if isinstance(norms, Mapping) else [norms]:
        if v is not None and not isinstance(v, str):
            raise ParameterError(
                "norms must be None, 'auto', 'clinical', 'sample' or the id of a reference "
                f"sample of the instrument (or a dict of those by instrument id); got {v!r}"
            )
    _check_cutoff_arg(cutoff)
    need = [c for c in ("client_id", "instrument", "timepoint", "score") if c not in scores.columns]
    if need:
        raise ParameterError("scores needs the columns " + ", ".join(need))
    if not len(scores):
        return _empty()
    wide, x1, x2, groups = _pair(scores, pre, post)
    n = len(wide)
    cols = {
        name: np.full(n, np.nan)
        for name in ("rci", "cutoff", "rel", "sd", "mean", "thr", "z", "hiw", "need_imp",
                     "need_det")
    }  # fmt: skip
    text = {
        name: np.full(n, None, dtype=object)
        for name in ("sd_source", "norms_sample", "kind", "why", "cutoff_why")
    }
    norms = _sample_norms(norms, {i: instrument_for(str(i), local, scores) for i, _ in groups})
    for (inst_id, scale), idx in groups.items():
        inst = instrument_for(str(inst_id), local, scores)
        _group(
            inst, str(scale), idx, x1, x2, method, zval, cutoff, reliability, norms, min_pairs,
            cols, text,
        )  # fmt: skip
    why_group, cutoff_why = text["why"], text["cutoff_why"]

    hiw = cols["hiw"] == 1.0
    diff = x2 - x1
    rci = cols["rci"]
    both = ~np.isnan(x1) & ~np.isnan(x2)
    good = np.where(hiw, -1.0, 1.0)
    with np.errstate(invalid="ignore"):
        oriented = good * rci
        improved = both & (oriented > cols["z"])
        worse = both & (oriented < -cols["z"])
    has_rci = both & ~np.isnan(rci)
    # codes into ("improved", "unchanged", "deteriorated"); -1 = not classified
    reliable = np.where(has_rci, np.where(improved, 0, np.where(worse, 2, 1)), -1)
    cut = cols["cutoff"]
    with np.errstate(invalid="ignore"):
        pre_func = np.where(hiw, x1 < cut, x1 > cut)
        post_func = np.where(hiw, x2 < cut, x2 > cut)
    has_cut = has_rci & ~np.isnan(cut)
    # codes into STATUSES (recovered, improved, unchanged, deteriorated, harmed)
    status = np.select(
        [
            improved & ~pre_func & post_func,
            improved,
            worse & pre_func & ~post_func,
            worse,
        ],
        [0, 1, 4, 3],
        default=2,
    )
    status[~has_cut] = -1

    why = np.full(n, None, dtype=object)  # Msg (both languages) or None, per row
    why[np.isnan(x2)] = reasons.no_score(pre, post, "post")
    why[np.isnan(x1)] = reasons.no_score(pre, post, "pre")
    why[np.isnan(x1) & np.isnan(x2)] = reasons.no_score(pre, post, "both")
    for label, col, missing in (
        (post, "post_reason", np.isnan(x2)),
        (pre, "pre_reason", np.isnan(x1)),
    ):
        if col in wide.columns:  # the score row exists but its score could not be computed
            has = np.flatnonzero(missing & wide[col].notna().to_numpy())
            worded = {}  # one message per distinct reason
            for i, said in zip(has, wide[col].to_numpy()[has], strict=True):
                if said not in worded:
                    worded[said] = reasons.missing_score(label, str(said))
                why[i] = worded[said]
    rest = both & np.isnan(rci)
    why[rest] = why_group[rest]
    rest = has_rci & np.isnan(cut)
    why[rest] = cutoff_why[rest]

    in_range = np.full(n, None, dtype=object)
    for (inst_id, scale), idx in groups.items():
        inst = instrument_for(str(inst_id), local, scores)
        if scale != "total" or inst.score_min is None or inst.score_max is None:
            continue
        c = cut[idx]
        known = ~np.isnan(c)
        in_range[idx[known]] = (c[known] >= inst.score_min) & (c[known] <= inst.score_max)

    why_en, why_id = reasons.bilingual(why)
    out = pd.DataFrame(
        {
            "client_id": wide["client_id"],
            "instrument": wide["instrument"],
            "scale": wide["scale"],
            "pre": x1,
            "post": x2,
            "diff": diff,
            "rci": np.where(both, rci, np.nan),
            "reliable_change": _strings(("improved", "unchanged", "deteriorated"), reliable),
            "cutoff": cut,
            "clinical_status": _strings(STATUSES, status),
            "method": _strings((method,), np.zeros(n, dtype=np.intp)),
            "z": cols["z"],
            "reliability": cols["rel"],
            "sd_pre": cols["sd"],
            "mean_pre": cols["mean"],
            "sd_source": text["sd_source"],
            "norms_sample": text["norms_sample"],
            "rc_threshold": cols["thr"],
            "diff_for_improved": np.where(both, cols["need_imp"], np.nan),
            "diff_for_deteriorated": np.where(both, cols["need_det"], np.nan),
            "cutoff_kind": text["kind"],
            "cutoff_in_range": in_range,
            "higher_is_worse": hiw,
            "pre_date": wide["pre_date"],
            "post_date": wide["post_date"],
            "not_computable": why_en,
            "not_computable_id": why_id,
            "casebook": wide["casebook"],
        }
    )
    return _typed(out.reset_index(drop=True))


def _sample_norms(norms, instruments: dict):
    """A reference sample id given on its own: for the instruments that publish it.

    ``norms="older_adults_japan"`` means that sample for the instrument(s) that
    have it and ``"auto"`` for every other one; an id none of them has is refused.
    """
    if not isinstance(norms, str) or norms in ("auto", "clinical", "sample"):
        return norms
    has = {
        str(i): norms
        for i, inst in instruments.items()
        if any(r["id"] == norms for r in inst.norms.get("reference") or ())
    }
    if not has:
        known = sorted(
            {r["id"] for inst in instruments.values() for r in inst.norms.get("reference") or ()}
        )
        raise ParameterError(
            msg(
                "nm_unknown_norms",
                name=repr(norms),
                inst=", ".join(sorted(map(str, instruments))),
                known=", ".join(["auto", "clinical", "sample", *known]),
            )
        )
    return has


def _group(inst, scale, idx, x1, x2, method, zval, cutoff, reliability, norms, min_pairs,
           cols, text) -> None:  # fmt: skip
    """Fill the per-row parameter and text arrays for one instrument x scale."""
    cols["hiw"][idx] = 1.0 if inst.higher_is_worse else 0.0
    cols["z"][idx] = zval
    label = inst.id if scale == "total" else f"{inst.id} ({scale})"
    a, b = x1[idx], x2[idx]
    pair = ~np.isnan(a) & ~np.isnan(b)
    pa, pb = a[pair], b[pair]

    r = _lookup(reliability, inst.id, scale, "reliability")
    if r is not None and (
        not isinstance(r, (int, float)) or isinstance(r, bool) or not 0 < float(r) < 1
    ):
        raise ParameterError(f"reliability for {label} must be between 0 and 1; got {r!r}")

    choice = _lookup(norms, inst.id, scale, "norms")
    if method == "HA":
        # Hageman & Arrindell's RC_ID is a group-level index: every quantity comes from the
        # complete pairs (their means, SDs and correlation).
        choice = "sample"
    m1, s1, src, ref, src_why = _sd_source(inst, scale, choice, pa, min_pairs, label)
    if r is None and ref is not None and ref.get("reliability") is not None:
        r = ref["reliability"]  # the SD and the reliability of one published sample
    if r is None and scale == "total":
        r = inst.reliability
    cols["sd"][idx], cols["mean"][idx] = s1, m1
    text["sd_source"][idx] = src
    text["norms_sample"][idx] = None if ref is None else ref["id"]

    # --- reliable change index ---
    reason = None
    if r is None:
        reason = reasons.no_reliability(label, inst.id, scale)
    elif src is None and method == "HA":  # HA works on the pairs alone: say it in its terms
        reason = reasons.ha_pairs(label) if len(pa) < 3 else reasons.ha_flat(label)
    elif src is None:
        reason = src_why
    else:
        r = float(r)
        cols["rel"][idx] = r
        rci, center, half, reason = _rci_band(method, a, b, pa, pb, m1, s1, r, zval, label)
        cols["rci"][idx] = rci
        if reason is None:
            cols["thr"][idx] = half
            lo, hi = center - half, center + half
            worse_hi = inst.higher_is_worse
            cols["need_imp"][idx] = lo if worse_hi else hi
            cols["need_det"][idx] = hi if worse_hi else lo
    text["why"][idx] = reason

    # --- cutoff ---
    cut, kind, why = _place_cutoff(inst, scale, cutoff, src, m1, s1, min_pairs, label)
    cols["cutoff"][idx], text["kind"][idx], text["cutoff_why"][idx] = cut, kind, why
