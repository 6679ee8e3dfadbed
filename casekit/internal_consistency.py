"""Internal consistency: Cronbach's alpha with Feldt's confidence interval.

Cronbach's alpha (Cronbach, 1951) on listwise complete item answers, keyed
item scores (reverse items reversed; De Jong Gierveld items dichotomised,
which makes alpha equal to KR-20):
alpha = k / (k - 1) (1 - sum var(item) / var(total)). Feldt (1965) CI:
[1 - (1 - alpha) F(0.975; n - 1, (n - 1)(k - 1)),
1 - (1 - alpha) F(0.025; n - 1, (n - 1)(k - 1))].

References
----------
Cronbach, L. J. (1951). Coefficient alpha and the internal structure of
tests. Psychometrika, 16(3), 297-334.

Feldt, L. S. (1965). The approximate sampling distribution of Kuder-Richardson
reliability coefficient twenty. Psychometrika, 30(3), 357-370.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from . import instruments as registry
from .errors import ParameterError, ScoringError
from .i18n import msg
from .scoring import _answers_matrix, item_scores
from .wording import instrument_words

__all__ = ["cronbach_alpha", "reliability_summary"]


def _alpha(items: np.ndarray, level: float) -> dict:
    from scipy import stats

    items = items[~np.isnan(items).any(axis=1)]
    n, k = items.shape
    res = {"n": n, "k": k, "alpha": np.nan, "ci_low": np.nan, "ci_high": np.nan}
    if n < 3 or k < 2:
        return res
    total_var = items.sum(axis=1).var(ddof=1)
    if total_var == 0:
        return res
    a = k / (k - 1) * (1 - items.var(axis=0, ddof=1).sum() / total_var)
    df1, df2 = n - 1, (n - 1) * (k - 1)
    res["alpha"] = a
    res["ci_low"] = 1 - (1 - a) * stats.f.ppf((1 + level) / 2, df1, df2)
    res["ci_high"] = 1 - (1 - a) * stats.f.ppf((1 - level) / 2, df1, df2)
    return res


def _responses_of(data, instruments, func: str):
    if isinstance(data, pd.DataFrame):
        return data, dict(instruments or {})
    if hasattr(data, "responses"):
        return data.responses, {
            **dict(getattr(data, "instruments", {}) or {}),
            **dict(instruments or {}),
        }
    raise ParameterError(msg("mg_co_data_type", func=func, got=type(data).__name__))


def cronbach_alpha(
    data, instrument, timepoint: str | None = None, scale: str = "total", instruments=None,
    level: float = 0.95,
) -> dict:  # fmt: skip
    """Cronbach's alpha with a Feldt (1965) confidence interval.

    Parameters
    ----------
    data : Casebook or DataFrame
        A casebook or its ``responses`` table (item answers q1..qN).
    instrument : str or Instrument
    timepoint : str, optional
        Only administrations at this timepoint (default: all).
    scale : str
        ``total`` or a subscale name (alpha of that subscale's items).
    instruments : dict, optional
        Instruments beyond the built-in ones.
    level : float
        Confidence level.

    Returns
    -------
    dict
        ``n`` (complete cases used), ``k`` (items), ``alpha``, ``ci_low``,
        ``ci_high`` (NaN when n < 3 or the total does not vary).

    Notes
    -----
    alpha = k / (k - 1) (1 - sum s_i^2 / s_total^2) on keyed item scores
    (reverse items reversed; De Jong Gierveld items dichotomised, which makes
    alpha equal to KR-20). Feldt's interval:
    1 - (1 - alpha) F(1 - a/2; n - 1, (n - 1)(k - 1)) to
    1 - (1 - alpha) F(a/2; n - 1, (n - 1)(k - 1)).
    """
    responses, local = _responses_of(data, instruments, "cronbach_alpha()")
    inst = (
        instrument
        if isinstance(instrument, registry.Instrument)
        else registry.get(str(instrument), local)
    )
    if inst.items == 0:
        raise ScoringError(msg("mg_co_alpha_totals", inst=instrument_words(inst)))
    if scale != "total" and scale not in inst.subscales:
        raise ParameterError(
            msg(
                "mg_co_no_scale",
                inst=instrument_words(inst),
                scale=repr(scale),
                scales=", ".join(inst.scales),
            )
        )
    part = responses[responses["instrument"] == inst.id]
    if timepoint is not None:
        part = part[part["timepoint"] == timepoint]
    keyed = item_scores(inst, _answers_matrix(part, inst.items))
    if scale != "total":
        keyed = keyed[:, [i - 1 for i in inst.subscales[scale]]]
    return _alpha(keyed, level)


def reliability_summary(data, instruments=None, level: float = 0.95) -> pd.DataFrame:
    """Cronbach's alpha (Feldt CI) per instrument x timepoint x scale.

    Parameters
    ----------
    data : Casebook or DataFrame
        A casebook or its ``responses`` table.
    instruments : dict, optional
        Instruments beyond the built-in ones.
    level : float
        Confidence level.

    Returns
    -------
    DataFrame
        instrument, timepoint, scale, n, k, alpha, ci_low, ci_high. Only
        instruments with item answers appear.
    """
    responses, local = _responses_of(data, instruments, "reliability_summary()")
    rows = []
    if isinstance(local, Mapping) and len(responses):
        for (inst_id, tp), part in responses.groupby(["instrument", "timepoint"], sort=True):
            inst = registry.get(str(inst_id), local)
            if inst.items == 0:
                continue
            keyed = item_scores(inst, _answers_matrix(part, inst.items))
            for scale in inst.scales:
                sub = (
                    keyed if scale == "total" else keyed[:, [i - 1 for i in inst.subscales[scale]]]
                )
                rows.append(
                    {"instrument": inst_id, "timepoint": tp, "scale": scale, **_alpha(sub, level)}
                )
    out = pd.DataFrame(
        rows, columns=["instrument", "timepoint", "scale", "n", "k", "alpha", "ci_low", "ci_high"]
    )
    for c in ("instrument", "timepoint", "scale"):
        out[c] = out[c].astype("string")
    for c in ("n", "k"):
        out[c] = out[c].astype("Int64")
    for c in ("alpha", "ci_low", "ci_high"):
        out[c] = pd.array(pd.to_numeric(out[c], errors="coerce"), dtype="Float64")
        out[c] = out[c].mask(out[c].isna())
    return out
