"""Checks of answers and totals against their instrument's definition.

Every ``instrument`` in ``responses.csv`` and ``scores.csv`` must be defined
(built in, or in the casebook's ``instruments/`` folder); item answers lie in
the instrument's response range and no item beyond its last is filled; a
total lies in the score range, names a known scale, and is a value the
instrument can produce (e.g. a DJG-6 total is a whole count;
:func:`casekit.scoring.possible_totals`).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InstrumentError, Problem
from .i18n import msg
from .tables import ITEM_COLUMN


def _fold_instrument_ids(tables, local, codes=None) -> list[str]:
    """Write an instrument id typed in other capitals or with ``-``/space for ``_``
    (``UCLA_LS3``, ``UCLA-LS3``, ``Djg_11``) as the instrument's own id, when exactly
    one known instrument has that spelling; other values are left for
    :func:`_check_instruments` to report. Returns the names of the tables changed."""
    from . import instruments as registry

    known = registry.available(local=local)
    folded: dict[str, list[str]] = {}
    for inst_id in known:
        folded.setdefault(re.sub(r"[\s-]+", "_", inst_id.casefold()), []).append(inst_id)
    changed = []
    for name in ("responses", "scores"):
        column = tables[name]["instrument"]
        if not len(column):
            continue
        mapping = {}
        coded = (codes or {}).get(name, {}).get("instrument")  # its distinct values, if kept
        for value in coded[1] if coded is not None else column.dropna().unique():
            if value in known:
                continue
            match = folded.get(re.sub(r"[\s-]+", "_", str(value).strip().casefold()), [])
            if len(match) == 1:
                mapping[value] = match[0]
        if mapping:
            tables[name]["instrument"] = column.replace(mapping)
            changed.append(name)
    return changed


def _rows_by_instrument(frame, coded):
    """``{instrument id: row labels}``; from the column's codes when the checker kept them
    (a groupby hashes every cell again)."""
    if coded is None or len(coded[0]) != len(frame):
        return frame.groupby("instrument", sort=False).groups
    values, ids = coded
    if len(ids) == 1:
        return {ids[0]: frame.index[values == 0]}
    return {inst_id: frame.index[values == k] for k, inst_id in enumerate(ids)}


def _check_instruments(tables, files, local, problems, codes=None):
    """Rows naming an unknown instrument; answers and totals against their instrument.
    ``codes``: each table's id columns as integer codes (``_Checker.keys``), if kept."""
    from . import instruments as registry

    responses, scores = tables["responses"], tables["scores"]
    item_cols = [c for c in responses.columns if ITEM_COLUMN.match(c)]
    # local definitions that failed to load were reported already; their rows are not
    # "unknown instruments" (that message would send the user to a file they have)
    broken = {Path(p.file).stem for p in problems if p.file.startswith("instruments/")}
    for name, frame in (("responses", responses), ("scores", scores)):
        if not len(frame):
            continue
        coded = (codes or {}).get(name, {}).get("instrument")
        for inst_id, rows in _rows_by_instrument(frame, coded).items():
            if not len(rows):
                continue
            try:
                inst = registry.get(str(inst_id), local=local)
            except InstrumentError:
                if str(inst_id) in broken:
                    continue
                known = ", ".join(registry.available(local=local))
                for row in rows:
                    problems.append(
                        Problem(
                            files[name],
                            int(row),
                            "instrument",
                            str(inst_id),
                            msg("v_unknown_instrument"),
                            msg("v_unknown_instrument_fix", known=known, id=inst_id),
                        )
                    )
                continue
            part = frame if len(rows) == len(frame) else frame.loc[rows]  # one instrument: no copy
            if name == "responses":
                _check_answers(part, item_cols, inst, files[name], problems)
            else:
                _check_totals(part, inst, files[name], problems)


def _check_answers(part, item_cols, inst, file, problems):
    if inst.items == 0:
        for row in part.index:
            problems.append(
                Problem(
                    file,
                    int(row),
                    "instrument",
                    inst.id,
                    msg("v_totals_only"),
                    msg("v_totals_only_fix"),
                )
            )
        return
    n_items = inst.items
    extra = [c for c in item_cols if int(c[1:]) > n_items]
    for col in extra:
        filled = part[col].notna()
        for row in part.index[filled]:
            problems.append(
                Problem(
                    file,
                    int(row),
                    col,
                    str(part.at[row, col]),
                    msg("v_beyond_items", id=inst.id, n=n_items, col=col),
                    msg("v_beyond_items_fix"),
                )
            )
    lo, hi = inst.response_min, inst.response_max
    for col in item_cols:
        if int(col[1:]) > n_items:
            continue
        values = part[col]
        numbers = values.to_numpy(dtype=np.float64, na_value=np.nan)  # (NaN: not bad)
        with np.errstate(invalid="ignore"):
            bad = (numbers < lo) | (numbers > hi)
        for row in part.index[bad]:
            problems.append(
                Problem(
                    file,
                    int(row),
                    col,
                    str(values[row]),
                    msg("v_answer_range", id=inst.id, lo=lo, hi=hi),
                    msg("v_answer_range_fix"),
                )
            )


def _check_totals(part, inst, file, problems):
    scales = {"total", *inst.subscales}
    bad_scale = part["scale"].notna() & ~part["scale"].isin(scales)
    for row in part.index[bad_scale.fillna(False)]:
        problems.append(
            Problem(
                file,
                int(row),
                "scale",
                str(part.at[row, "scale"]),
                msg("v_unknown_scale", id=inst.id),
                msg("v_use_one_of", allowed=", ".join(sorted(scales))),
            )
        )
    _check_possible(part, inst, file, problems, bad_scale)
    lo, hi = inst.score_min, inst.score_max
    if lo is None and hi is None:
        return
    score = part["score"]
    total = part["scale"].fillna("total") == "total"
    bad = score.notna() & total
    low = bad & (score < lo) if lo is not None else pd.Series(False, index=part.index)
    high = bad & (score > hi) if hi is not None else pd.Series(False, index=part.index)
    for row in part.index[(low | high).fillna(False)]:
        problems.append(
            Problem(
                file,
                int(row),
                "score",
                str(int(score[row])) if float(score[row]).is_integer() else str(score[row]),
                msg("v_total_range", id=inst.id, lo=f"{lo:g}", hi=f"{hi:g}"),
                msg("v_total_range_fix"),
            )
        )


def _check_possible(part, inst, file, problems, bad_scale):
    """Totals inside the range that the instrument still cannot produce (DJG-6 1.5)."""
    from .scoring import possible_totals

    lo, hi = inst.score_min, inst.score_max
    scale = part["scale"].fillna("total").astype(str)
    score = pd.to_numeric(part["score"], errors="coerce")
    for name in pd.unique(scale[~bad_scale.fillna(False)]):
        rows = part.index[(scale == name).to_numpy()]
        values = score[rows].to_numpy(dtype=float, na_value=np.nan)
        in_range = np.ones(len(values), dtype=bool)
        if name == "total":  # out-of-range totals get their own message below
            low = -np.inf if lo is None else lo
            high = np.inf if hi is None else hi
            with np.errstate(invalid="ignore"):
                in_range = (values >= low) & (values <= high)
        impossible = ~possible_totals(inst, name, values) & in_range
        what = "a total" if name == "total" else f"a {name} subscale score"
        if inst.scoring == "djg":
            rule = "a count of lonely answers, so a whole number"
            fix = "type the whole number of lonely answers"
        elif name == "total" and inst.max_missing:
            rule = (
                f"a sum of whole answers, or a prorated total (sum x {inst.items} / answered "
                f"items, at most {inst.max_missing} blank)"
            )
            fix = "check the total, or type the item answers in responses.csv instead"
        else:
            rule = "a sum of whole answers, so a whole number"
            fix = "check the score, or type the item answers in responses.csv instead"
        for row, value in zip(rows[impossible], values[impossible], strict=True):
            problems.append(
                Problem(
                    file,
                    int(row),
                    "score",
                    f"{value:g}",
                    f"{what} of {inst.id} is {rule}; {value:g} cannot occur",
                    fix,
                )
            )
