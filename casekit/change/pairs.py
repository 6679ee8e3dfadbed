"""Pairing each client's pre and post score for :func:`casekit.change`.

One row per client x instrument x scale that has a score at either timepoint,
built on factorized integer keys (no merge, no per-row Python), so a pooled
cohort of many thousand clients pairs in milliseconds. Two rows for the same
client, instrument, scale and timepoint are refused: a change needs one
administration per timepoint.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import ScoringError
from ..i18n import msg
from ..scoring import _strings
from ..wording import option

__all__: list[str] = []


def _codes(scores: pd.DataFrame, column: str, fill: str | None = None):
    """Integer codes (and uniques) of a key column; a missing column is one code."""
    if column not in scores.columns:
        return np.zeros(len(scores), dtype=np.int64), pd.Index([fill])
    values = scores[column]
    arr = values.to_numpy(dtype=object, na_value=fill)
    if len(arr):
        # one value throughout (a usual instrument/scale/casebook column): no hashing
        first = arr[0]
        if isinstance(first, str) and (arr == first).all():
            return np.zeros(len(arr), dtype=np.int64), pd.Index([first])
    codes, uniques = pd.factorize(arr, use_na_sentinel=True)
    return codes.astype(np.int64), uniques


def _pair(scores: pd.DataFrame, pre: str, post: str):
    """One row per (client, instrument, scale) with its pre and post score.

    Pure numpy on factorized keys (no merge, no per-row Python). Returns the
    key frame (client_id, instrument, scale, casebook, pre_date, post_date),
    the pre and post score arrays and, per output row, one source row.
    """
    cid, _ = _codes(scores, "client_id")
    inst, inst_u = _codes(scores, "instrument")
    if (cid < 0).any() or (inst < 0).any():
        raise ScoringError(msg("mg_ch_no_ids"))
    scale, scale_u = _codes(scores, "scale", fill="total")
    # Pairs are keyed on the client id alone, not on the source casebook: ids are unique
    # within a casebook and, once pooled by load_casebooks, across casebooks too (namespaced,
    # or one person declared by a mapping file, whose pre and post may sit in two
    # casebooks). Two rows for the same client and timepoint are refused below.
    sizes = [int(inst.max(initial=0)) + 1, len(scale_u), int(cid.max(initial=0)) + 1]
    key = (inst * sizes[1] + scale) * sizes[2] + cid
    tp = scores["timepoint"]
    rows_pre = np.flatnonzero((tp == pre).to_numpy(dtype=bool, na_value=False))
    rows_post = np.flatnonzero((tp == post).to_numpy(dtype=bool, na_value=False))
    if not len(rows_pre) and not len(rows_post):
        tps = sorted({str(t) for t in pd.unique(tp.dropna())})
        raise ScoringError(
            msg(
                "mg_ch_no_timepoints",
                pre=repr(pre),
                post=repr(post),
                found=", ".join(tps) if tps else msg("mg_ch_none"),
                opt_pre=option("pre", "LABEL"),
                opt_post=option("post", "LABEL"),
            )
        )
    keys = np.sort(np.concatenate([key[rows_pre], key[rows_post]]))
    keys = keys[np.concatenate([[True], keys[1:] != keys[:-1]])]  # sorted unique, no hashing
    pos_pre = np.full(len(keys), -1)
    pos_post = np.full(len(keys), -1)
    for rows, pos, label in ((rows_pre, pos_pre, pre), (rows_post, pos_post, post)):
        at = np.searchsorted(keys, key[rows])
        counts = np.bincount(at, minlength=len(keys))
        if len(counts) and counts.max() > 1:
            bad = counts[at] > 1
            ex = scores.iloc[rows[bad][:6]]
            shown = "; ".join(
                f"{c} {i} {s}"
                for c, i, s in zip(
                    ex["client_id"], ex["instrument"],
                    ex["scale"] if "scale" in ex else ["total"] * len(ex), strict=True,
                )
            )  # fmt: skip
            raise ScoringError(
                msg("mg_ch_two_scores", n=int(bad.sum()), tp=repr(label), shown=shown)
            )
        pos[at] = rows
    rep = np.where(pos_pre >= 0, pos_pre, pos_post)
    values = pd.to_numeric(scores["score"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    x1 = np.where(pos_pre >= 0, values[np.maximum(pos_pre, 0)], np.nan)
    x2 = np.where(pos_post >= 0, values[np.maximum(pos_post, 0)], np.nan)
    if "date" in scores.columns and len(scores):
        dates = pd.to_datetime(scores["date"]).to_numpy(dtype="datetime64[ns]")
    else:
        dates = np.full(len(scores), np.datetime64("NaT"), dtype="datetime64[ns]")
    nat = np.datetime64("NaT")
    wide = pd.DataFrame(
        {
            "client_id": scores["client_id"].array.take(rep),
            "instrument": scores["instrument"].array.take(rep),
            "scale": _strings([str(v) for v in scale_u], scale[rep]),
            "casebook": (
                scores["casebook"].array.take(rep) if "casebook" in scores.columns else pd.NA
            ),
            "pre_date": np.where(pos_pre >= 0, dates[np.maximum(pos_pre, 0)], nat),
            "post_date": np.where(pos_post >= 0, dates[np.maximum(pos_post, 0)], nat),
        }
    )
    if "missing_reason" in scores.columns:  # why a score from score() is missing
        reason = scores["missing_reason"].to_numpy(dtype=object, na_value=None)
        wide["pre_reason"] = np.where(pos_pre >= 0, reason[np.maximum(pos_pre, 0)], None)
        wide["post_reason"] = np.where(pos_post >= 0, reason[np.maximum(pos_post, 0)], None)
    pair_codes = inst[rep] * len(scale_u) + scale[rep]
    groups = {}
    for code in np.flatnonzero(np.bincount(pair_codes)):
        i, j = divmod(int(code), len(scale_u))
        groups[(str(inst_u[i]), str(scale_u[j]))] = np.flatnonzero(pair_codes == code)
    return wide, x1, x2, groups
