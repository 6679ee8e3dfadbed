"""Small layout algorithms shared by the figures (no plotting here)."""

from __future__ import annotations

__all__ = ["isotonic", "place_row", "assign_levels"]


def isotonic(values: list[float], weights: list[float]) -> list[float]:
    """Weighted least-squares non-decreasing fit (pool-adjacent-violators).

    Minimises ``sum(w_i * (y_i - v_i)**2)`` subject to ``y_1 <= y_2 <= ...``
    (Barlow et al., 1972, *Statistical Inference under Order Restrictions*).
    """
    blocks: list[list[float]] = []  # [mean, weight, count]
    for v, w in zip(values, weights, strict=True):
        blocks.append([v, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, w2, n2 = blocks.pop()
            m1, w1, n1 = blocks.pop()
            wt = w1 + w2
            blocks.append([(m1 * w1 + m2 * w2) / wt, wt, n1 + n2])
    out: list[float] = []
    for mean, _, n in blocks:
        out.extend([mean] * n)
    return out


def place_row(
    targets: list[float], widths: list[float], gap: float, weights: list[float]
) -> list[float]:
    """Left positions of items kept in order, at least ``gap`` apart, nearest their targets.

    Item ``i`` spans ``[x_i, x_i + widths[i]]``; the result minimises the
    weighted squared distance to ``targets`` subject to
    ``x_{i+1} >= x_i + widths[i] + gap`` (solved exactly by substitution and
    :func:`isotonic`).
    """
    offsets, total = [], 0.0
    for width in widths:
        offsets.append(total)
        total += width + gap
    fitted = isotonic([t - c for t, c in zip(targets, offsets, strict=True)], weights)
    return [y + c for y, c in zip(fitted, offsets, strict=True)]


def assign_levels(intervals: list[tuple[float, float]], pad: float = 0.0) -> list[int]:
    """Greedy level per interval so that intervals on one level never overlap.

    Intervals are handled in order of their left end; each takes the lowest
    level whose last interval ends (plus ``pad``) before it starts.
    """
    order = sorted(range(len(intervals)), key=lambda i: intervals[i][0])
    ends: list[float] = []
    levels = [0] * len(intervals)
    for i in order:
        left, right = intervals[i]
        for level, end in enumerate(ends):
            if end + pad <= left:
                levels[i] = level
                ends[level] = right
                break
        else:
            levels[i] = len(ends)
            ends.append(right)
    return levels
