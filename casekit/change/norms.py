"""Where the mean and SD behind a reliable change index come from.

The index needs the SD of the pre scores of a population like the client's
(SD1; M1 for the regression-based methods and the cutoffs). :func:`_sd_source`
picks them for one instrument x scale, in this order unless ``norms=`` says
otherwise:

1. ``clinical``: the instrument's ``[norms.clinical]`` (totals only);
2. ``sample``: the pre scores of the complete pre/post pairs, when there are at
   least :data:`MIN_PAIRS` (10) of them. The SD of n scores has a relative
   standard error of about 1 / sqrt(2 (n - 1)) (24% at n = 10, 71% at n = 2),
   so below 10 pairs a published sample's SD is the steadier choice;
3. ``reference``: a published sample of the instrument's
   ``[[norms.reference]]``, the one marked ``default = true`` or the one named
   by ``norms=``; its own reliability goes with it (see
   :func:`casekit.change.change`).

A published reference sample is a general population, not a dysfunctional
one, so it gives the index its SD but never places cutoff a or c.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from ..errors import ParameterError
from ..i18n import msg
from . import reasons

__all__ = ["MIN_PAIRS"]

#: fewest complete pre/post pairs whose pre-score SD ``change`` uses on its own
#: (see :func:`casekit.change.change`, ``min_pairs``)
MIN_PAIRS = 10


def _lookup(value, inst_id: str, scale: str, what: str):
    """Resolve a per-instrument option: scalar, or dict by id or (id, scale)."""
    if isinstance(value, Mapping):
        if (inst_id, scale) in value:
            return value[(inst_id, scale)]
        if scale == "total" and inst_id in value:
            return value[inst_id]
        return None
    return value


_AUTO = (None, "auto")


def _reference_sample(inst, name):
    """The reference sample ``name`` of ``inst`` (None = the default one)."""
    refs = inst.norms.get("reference") or ()
    if name is None:
        return next((r for r in refs if r.get("default")), refs[0] if len(refs) == 1 else None)
    for r in refs:
        if r["id"] == name:
            return r
    known = ", ".join(["auto", "clinical", "sample"] + [r["id"] for r in refs])
    raise ParameterError(msg("nm_unknown_norms", name=repr(name), inst=inst.id, known=known))


def _sd_source(inst, scale, choice, pa, min_pairs, label):
    """Pick M1 and SD1 for one instrument x scale.

    Returns (m1, s1, source, reference sample or None, reason when none); the
    reason is a :class:`casekit.i18n.Msg` (see :mod:`casekit.change.reasons`).
    """
    clinical = inst.norms.get("clinical") if scale == "total" else None
    n = len(pa)
    varies = n >= 2 and float(np.std(pa, ddof=1)) > 0
    sample = (float(pa.mean()), float(np.std(pa, ddof=1)), "sample", None, None) if varies else None
    if choice in _AUTO:
        if clinical:
            return clinical["mean"], clinical["sd"], "clinical", None, None
        if sample and n >= min_pairs:
            return sample
        ref = _reference_sample(inst, None) if scale == "total" else None
        if ref is not None:
            return ref["mean"], ref["sd"], "reference", ref, None
        # too few pairs (or none that vary) and nothing published: say so, do not guess
        why = reasons.too_few_pairs(n, min_pairs, label) if sample else reasons.no_sd(n, label)
        return np.nan, np.nan, None, None, why
    if choice == "clinical":
        if clinical:
            return clinical["mean"], clinical["sd"], "clinical", None, None
        return np.nan, np.nan, None, None, reasons.no_clinical(label)
    if choice == "sample":
        if sample:
            return sample
        return np.nan, np.nan, None, None, reasons.sample_flat(label)
    if scale != "total":
        return np.nan, np.nan, None, None, reasons.reference_total_only(label)
    ref = _reference_sample(inst, choice)
    return ref["mean"], ref["sd"], "reference", ref, None
