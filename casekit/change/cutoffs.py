"""Jacobson & Truax (1991) cutoffs between the dysfunctional and the functional range.

Written for ``higher_is_worse`` (signs flip when higher is better):

- a = M1 - 2 SD1: out of the dysfunctional range;
- b = M0 + 2 SD0: into the functional range;
- c = (SD1 M0 + SD0 M1) / (SD1 + SD0): closer to the functional mean than to
  the dysfunctional one.

M1, SD1 are the dysfunctional (clinical) population's mean and SD, M0, SD0 the
functional population's (``[norms.functional]``). ``cutoff="auto"`` means c
when the instrument has functional norms, else a. A and c need M1 and SD1 of a
clinical population: the instrument's clinical norms or the sample's own pre
scores, never a published general-population reference sample.

Jacobson, N. S., & Truax, P. (1991). Clinical significance: A statistical
approach to defining meaningful change in psychotherapy research. Journal of
Consulting and Clinical Psychology, 59(1), 12-19.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from ..errors import ParameterError
from . import reasons
from .norms import _lookup

__all__ = ["cutoffs"]


def cutoffs(
    clinical_mean: float,
    clinical_sd: float,
    functional_mean: float | None = None,
    functional_sd: float | None = None,
    higher_is_worse: bool = True,
) -> dict[str, float]:
    """Jacobson & Truax (1991) cutoffs a, b and c.

    Parameters
    ----------
    clinical_mean, clinical_sd : float
        Mean and SD of the dysfunctional (clinical) population.
    functional_mean, functional_sd : float, optional
        Mean and SD of the functional population (needed for b and c).
    higher_is_worse : bool
        Direction of the scale.

    Returns
    -------
    dict
        ``{"a": ..., "b": ..., "c": ...}`` (b and c NaN without functional
        norms).

    Notes
    -----
    For higher = worse: a = M1 - 2 SD1; b = M0 + 2 SD0;
    c = (SD1 M0 + SD0 M1) / (SD1 + SD0). For higher = better the signs of
    the 2 SD terms flip; c is the same.
    """
    s = 1.0 if higher_is_worse else -1.0
    a = clinical_mean - s * 2 * clinical_sd
    if functional_mean is None or functional_sd is None:
        return {"a": a, "b": np.nan, "c": np.nan}
    b = functional_mean + s * 2 * functional_sd
    c = (clinical_sd * functional_mean + functional_sd * clinical_mean) / (
        clinical_sd + functional_sd
    )
    return {"a": a, "b": b, "c": c}


def _check_cutoff_arg(cutoff) -> None:
    values = cutoff.values() if isinstance(cutoff, Mapping) else [cutoff]
    for v in values:
        if isinstance(v, str):
            if v not in ("auto", "a", "b", "c"):
                raise ParameterError(
                    f"unknown cutoff {v!r}; use 'auto', 'a', 'b', 'c' or a score (number)"
                )
        elif not isinstance(v, (int, float)) or isinstance(v, bool) or np.isnan(v):
            raise ParameterError(f"cutoff must be 'auto', 'a', 'b', 'c' or a number; got {v!r}")


def _place_cutoff(inst, scale, cutoff, src, m1, s1, min_pairs, label):
    """The cutoff score for one instrument x scale.

    Returns (cutoff score or NaN, kind ``a``/``b``/``c``/``given``, reason when NaN).
    """
    choice = _lookup(cutoff, inst.id, scale, "cutoff")
    choice = "auto" if choice is None else choice
    functional = inst.norms.get("functional") if scale == "total" else None
    if not isinstance(choice, str):
        return float(choice), "given", None
    if choice == "auto":
        choice = "c" if functional else "a"
    if choice in ("b", "c") and not functional:
        return np.nan, choice, reasons.cutoff_functional(choice, inst.id)
    if choice == "b":
        b = cutoffs(0.0, 1.0, functional["mean"], functional["sd"], inst.higher_is_worse)["b"]
        return b, choice, None
    if src not in ("clinical", "sample"):
        # a published reference sample is a general population, not the dysfunctional one
        return np.nan, choice, reasons.cutoff_clinical(choice, label, min_pairs)
    cuts = cutoffs(
        m1,
        s1,
        functional["mean"] if functional else None,
        functional["sd"] if functional else None,
        inst.higher_is_worse,
    )
    return cuts[choice], choice, None
