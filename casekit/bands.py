"""Score bands and the totals an instrument can produce.

:func:`band_edges` reads an instrument's ``categories`` as :func:`casekit.score`
applies them. Published bands are written on whole scores (e.g. 0-2, 3-8); a
prorated total can fall between them (2.5). Bands that follow each other (the
next ``min`` at most 1 above this ``max``) are read as covering
[min, next min): a score belongs to a band once it reaches that band's
minimum, so 2.5 is "0-2" and every possible score of the range has a band.

:func:`possible_totals` says which typed totals (``scores.csv``) the
instrument's scoring rule can produce (the loader's check of typed totals).
"""

from __future__ import annotations

import numpy as np

__all__ = ["band_edges", "possible_totals", "TOTAL_TOLERANCE"]


def band_edges(bands) -> list[tuple[float, float, bool]]:
    """(low, high, high_inclusive) of each band, in the order given.

    A band whose successor (by ``min``) starts at most 1 above its ``max``
    reaches up to, not including, that successor's ``min``; any other band
    (the last one, or one before a gap) keeps its own ``max``, inclusive.
    """
    order = sorted(range(len(bands)), key=lambda k: bands[k]["min"])
    edges = [(float(b["min"]), float(b["max"]), True) for b in bands]
    for a, b in zip(order, order[1:], strict=False):
        nxt = float(bands[b]["min"])
        if nxt - float(bands[a]["max"]) <= 1:
            edges[a] = (float(bands[a]["min"]), nxt, False)
    return edges


#: a typed total may differ from a possible one by rounding to 2 decimals
TOTAL_TOLERANCE = 0.0051


def possible_totals(inst, scale: str, values) -> np.ndarray:
    """Whether each value is a score the instrument can produce on ``scale``.

    ``"djg"`` scoring counts lonely answers: a whole number from 0 to the
    number of items (of the scale). ``"sum"`` scoring: a subscale is the sum
    of all its m items, a whole number in [m min, m max]; the total with b
    blanks (b <= ``max_missing``) is S k / (k - b) for a whole sum S of the
    k - b answers in [(k - b) min, (k - b) max] (prorating). A value within
    :data:`TOTAL_TOLERANCE` of a possible one is accepted (a prorated total
    typed with 2 decimals). Instruments known by totals only (``items = 0``)
    accept any value in [score_min, score_max]. NaN counts as possible.
    """
    v = np.asarray(values, dtype=float)
    ok = np.isnan(v)
    if inst.items == 0:
        lo = -np.inf if inst.score_min is None else inst.score_min
        hi = np.inf if inst.score_max is None else inst.score_max
        with np.errstate(invalid="ignore"):
            return ok | ((v >= lo) & (v <= hi))
    k = inst.items if scale == "total" else len(inst.subscales.get(scale, ()))
    if not k:
        return np.ones(len(v), dtype=bool)
    blanks = range(inst.max_missing + 1) if scale == "total" and inst.scoring == "sum" else [0]
    for b in blanks:
        n = k - b
        if n < 1:
            continue
        if inst.scoring == "djg":
            lo_s, hi_s = 0, n
        else:
            lo_s, hi_s = n * inst.response_min, n * inst.response_max
        with np.errstate(invalid="ignore"):
            s_near = np.round(v * n / k)
            near = np.abs(v - s_near * k / n) <= TOTAL_TOLERANCE
            ok |= near & (s_near >= lo_s) & (s_near <= hi_s)
        if inst.scoring == "djg":
            break  # blanks count as not lonely: the total is a plain count
    return ok
