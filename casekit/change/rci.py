"""Reliable change indices: Jacobson-Truax, Gulliksen-Lord-Novick, Edwards-Nunnally, Hageman-Arrindell.

Notation: x1, x2 a client's pre and post score; d = x2 - x1; M1, SD1 the mean
and SD behind the index (:mod:`casekit.change.norms`); r the reliability; z
the critical value. Every method gives, per client, the index and the band of
raw changes d that are *not* reliable: reliable improvement when the index
lies strictly beyond z on the good side, reliable deterioration strictly beyond
z on the bad side. :func:`_rci_band` returns the band as its centre and half
width in raw score points. For JT the band is centred on d = 0; for GLN and EN
the centre moves with the client's pre score, for HA with the group's mean
change.

``JT`` (Jacobson & Truax, 1991, p. 14)
    SE = SD1 sqrt(1 - r);  S_diff = sqrt(2 SE^2);  RCI = d / S_diff.
    Band: d = +/- z S_diff.
``GLN`` (Gulliksen-Lord-Novick; Hsu, 1989)
    Expected post score M1 + r (x1 - M1); SE_pred = SD1 sqrt(1 - r^2);
    RCI = [(x2 - M1) - r (x1 - M1)] / SE_pred.
    Band: d = (r - 1)(x1 - M1) +/- z SE_pred.
``EN`` (Edwards-Nunnally; Speer, 1992)
    Estimated true pre score T = r (x1 - M1) + M1, SE = SD1 sqrt(1 - r);
    RCI = (x2 - T) / SE.  Band: d = (r - 1)(x1 - M1) +/- z SE.
``HA`` (Hageman & Arrindell, 1999, RC_ID)
    On the n >= 3 complete pairs: means m1, m2, SDs s1, s2, correlation r12;
    SE^2 = s1^2 (1 - r), r_xx2 = (s2^2 - SE^2) / s2^2,
    r_DD = (s1^2 r + s2^2 r_xx2 - 2 s1 s2 r12) / (s1^2 + s2^2 - 2 s1 s2 r12),
    RC_ID = [d r_DD + (m2 - m1)(1 - r_DD)] / sqrt(r_DD 2 SE^2).
    Band: d = [+/- z sqrt(2 SE^2 r_DD) - (m2 - m1)(1 - r_DD)] / r_DD.

References are in :mod:`casekit.change`.
"""

from __future__ import annotations

import numpy as np

from . import reasons

__all__ = ["METHODS"]

#: reliable change methods and their default critical value
METHODS = {"JT": 1.96, "GLN": 1.96, "EN": 1.96, "HA": 1.65}


def _rci_band(method, a, b, pa, pb, m1, s1, r, zval, label):
    """RCI of each row and the band of raw changes that are not reliable.

    ``a``, ``b`` are the rows' pre and post scores (NaN where absent), ``pa``,
    ``pb`` the complete pairs among them. Returns (rci array, band centre in
    raw diff (array or scalar), band half width, reason when not computable).
    """
    center = np.zeros(len(a))  # the middle of the no-reliable-change band, in diff
    if method == "JT":
        sdiff = s1 * np.sqrt(2 * (1 - r))
        rci = (b - a) / sdiff
        half = zval * sdiff
    elif method == "GLN":
        se_pred = s1 * np.sqrt(1 - r**2)
        rci = ((b - m1) - r * (a - m1)) / se_pred
        center = (r - 1) * (a - m1)
        half = zval * se_pred
    elif method == "EN":
        se = s1 * np.sqrt(1 - r)
        rci = (b - (r * (a - m1) + m1)) / se
        center = (r - 1) * (a - m1)
        half = zval * se
    else:  # HA
        return _ha(pa, pb, a, b, r, zval, label)
    return rci, center, half, None


def _ha(pa, pb, a, b, r, zval, label):
    """Hageman & Arrindell (1999) RC_ID on the complete pairs ``pa``, ``pb``.

    Returns (rci, centre of the no-change band in raw diff, half width, reason or None).
    """
    none = np.full(len(a), np.nan)
    if len(pa) < 3:
        return none, 0.0, np.nan, reasons.ha_pairs(label)
    s1, s2 = float(np.std(pa, ddof=1)), float(np.std(pb, ddof=1))
    if s1 == 0 or s2 == 0:
        return none, 0.0, np.nan, reasons.ha_flat(label)
    r12 = float(np.corrcoef(pa, pb)[0, 1])
    se2 = s1**2 * (1 - r)  # constant error variance, from the pre SD of the pairs
    rxx1 = r
    rxx2 = (s2**2 - se2) / s2**2
    num = s1**2 * rxx1 + s2**2 * rxx2 - 2 * s1 * s2 * r12
    den = s1**2 + s2**2 - 2 * s1 * s2 * r12
    rdd = num / den if den > 0 else np.nan
    if not rdd > 0:
        return none, 0.0, np.nan, reasons.ha_rdd(label, rdd)
    shift = (float(pb.mean()) - float(pa.mean())) * (1 - rdd)
    scale = np.sqrt(rdd * 2 * se2)
    rci = ((b - a) * rdd + shift) / scale
    # RC_ID = +/- z  <=>  diff = (+/- z sqrt(2 SE^2 r_DD) - (m2 - m1)(1 - r_DD)) / r_DD
    return rci, -shift / rdd, zval * scale / rdd, None
