"""Scores from questionnaire answers: reverse keying, De Jong Gierveld
dichotomous scoring, subscales, blank answers, bands.

:func:`score` turns a casebook's ``responses`` (one row per administration,
item answers q1..qN) into one row per client x instrument x timepoint x scale,
and appends the totals of ``scores.csv``. Work is done per instrument on the
whole answers matrix with numpy (no Python loop over rows), so 100,000
administrations take a fraction of a second. :func:`score_answers` scores a
single administration (for widgets). :func:`item_scores` gives the keyed item
scores that :mod:`casekit.cohort` uses for Cronbach's alpha.

Rules
-----
``scoring = "sum"`` (UCLA)
    Item score = answer, or ``response_min + response_max - answer`` for a
    ``reverse`` item. Total = sum of item scores. When 1..``max_missing``
    items are blank the total is prorated: mean of the answered item scores x
    number of items (person-mean imputation; Schafer & Graham, 2002), and
    ``prorated`` is True. More blanks: total missing, with the reason.
``scoring = "djg"`` (De Jong Gierveld)
    Item score 1 when the answer is on the lonely side: for a negative item
    at or above the middle answer ("more or less", "yes"), for a positive
    (``reverse``) item at or below it ("more or less", "no"); else 0. Total
    = number of lonely answers. Up to ``max_missing`` blank items are counted
    as 0, as the authors' SPSS syntax does (``count``; de Jong Gierveld &
    van Tilburg, manual, sec. 8); ``prorated`` stays False. More blanks: total
    missing.
Subscales (every rule)
    A subscale is scored only when all its items are answered (the manual's
    rule for the De Jong Gierveld subscales; casekit applies it to every
    subscale so a subscale is never prorated).
Categories
    The band of ``categories`` holding the total (bands apply to the total
    only). ``category`` holds the English label, ``category_id`` the
    Indonesian one. Bands that follow each other cover [min, next min), so
    a prorated total between two published bands has one
    (:func:`casekit.bands.band_edges`).

The casebook context a scores table carries (its own instruments and
clients) is :mod:`casekit.scores_context`.

References
----------
Schafer, J. L., & Graham, J. W. (2002). Missing data: Our view of the state of
the art. Psychological Methods, 7(2), 147-177.

de Jong Gierveld, J., & van Tilburg, T. G. (1999). Manual of the Loneliness
Scale. Vrije Universiteit Amsterdam.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from . import instruments as registry
from .bands import TOTAL_TOLERANCE, band_edges, possible_totals  # noqa: F401 - kept here too
from .errors import ParameterError, ScoringError
from .i18n import Msg, instrument_name, msg, scale_label
from .scores_context import (  # noqa: F401 - the context's names stay importable from here
    ATTRS_KEY,
    ScoresContext,
    _local_from,
    instrument_for,
    remembered_clients,
    remembered_instruments,
)
from .tables import ITEM_COLUMN
from .wording import both, instrument_words

__all__ = ["score", "score_answers", "score_responses", "item_scores", "SCORE_COLUMNS"]

#: columns of :func:`score`'s result, in order
SCORE_COLUMNS = [
    "client_id",
    "instrument",
    "timepoint",
    "date",
    "scale",
    "score",
    "items_answered",
    "prorated",
    "category",
    "category_id",
    "missing_reason",
    "missing_reason_id",
    "source",
    "casebook",
]


def _answers_matrix(frame: pd.DataFrame, n_items: int) -> np.ndarray:
    """q1..qN of ``frame`` as a float matrix with NaN for blanks."""
    # column-major: each item is one contiguous column (fast to fill and to key)
    out = np.empty((len(frame), n_items), order="F")
    for j in range(n_items):
        col = f"q{j + 1}"
        if col not in frame.columns:
            out[:, j] = np.nan
        else:
            values = frame[col]
            if not pd.api.types.is_numeric_dtype(values):
                values = pd.to_numeric(values, errors="coerce")
            out[:, j] = values.to_numpy(dtype=float, na_value=np.nan)
    return out


def item_scores(inst: registry.Instrument, answers: np.ndarray) -> np.ndarray:
    """Keyed item scores of an answers matrix (NaN stays NaN).

    Parameters
    ----------
    inst : Instrument
    answers : ndarray, shape (n, inst.items)
        Raw answer codes, NaN for blanks.

    Returns
    -------
    ndarray, shape (n, inst.items)
        ``"sum"``: the answer, reversed (``min + max - answer``) for reverse
        items. ``"djg"``: 1.0 for a lonely answer, 0.0 otherwise.
    """
    answers = np.asarray(answers, dtype=float)
    if answers.ndim != 2 or answers.shape[1] != inst.items:
        raise ParameterError(
            msg(
                "mg_sc_matrix_shape",
                inst=instrument_words(inst),
                k=inst.items,
                shape=" x ".join(map(str, answers.shape)),
            )
        )
    return _key_in_place(inst, answers.copy(order="K"))


def _key_in_place(inst: registry.Instrument, answers: np.ndarray) -> np.ndarray:
    """:func:`item_scores` overwriting ``answers`` (saves a copy of a big matrix)."""
    rev = np.zeros(inst.items, dtype=bool)
    rev[[i - 1 for i in inst.reverse]] = True
    if inst.scoring == "djg":
        mid = inst.midpoint
        lonely = np.where(rev, answers <= mid, answers >= mid).astype(float)
        lonely[np.isnan(answers)] = np.nan
        return lonely
    idx = [i - 1 for i in inst.reverse]
    if idx:
        answers[:, idx] = (inst.response_min + inst.response_max) - answers[:, idx]
    return answers


def _check_range(inst, answers, frame, file="responses.csv", whole=False):
    with np.errstate(invalid="ignore"):
        bad = (answers < inst.response_min) | (answers > inst.response_max)
        if not whole:
            bad |= answers != np.round(answers)
    bad &= ~np.isnan(answers)
    if bad.any():
        rows, cols = np.nonzero(bad)
        where = [
            msg("mg_sc_row_item", row=str(frame.index[r]), item=c + 1, value=f"{answers[r, c]:g}")
            for r, c in zip(rows[:5], cols[:5], strict=True)
        ]
        more = " ..." if len(rows) > 5 else ""
        raise ScoringError(
            msg(
                "mg_sc_out_of_range",
                file=file,
                n=len(rows),
                inst=instrument_words(inst),
                lo=f"{inst.response_min:g}",
                hi=f"{inst.response_max:g}",
                where=both(lambda lang: "; ".join(w.text(lang) for w in where) + more),
            )
        )


def _score_matrix(inst: registry.Instrument, answers: np.ndarray) -> dict[str, dict]:
    """Score every row of ``answers``; return scale -> arrays.

    Each scale maps to ``score`` (float, NaN = missing), ``answered`` (int),
    ``prorated`` (bool), ``reason_code`` (int, -1 = scored) and
    ``reason_lookup`` (the reasons as :class:`~casekit.i18n.Msg`, both languages).
    """
    n, k = answers.shape
    given = ~np.isnan(answers)
    keyed = _key_in_place(inst, answers)  # `answers` is ours (from _answers_matrix): reuse it
    keyed[~given] = 0.0  # blanks add nothing
    n_given = given.sum(axis=1)
    n_blank = k - n_given
    raw = keyed.sum(axis=1)
    ok = n_blank <= inst.max_missing
    if inst.scoring == "sum":
        with np.errstate(invalid="ignore", divide="ignore"):
            total = np.where(n_blank > 0, raw / n_given * k, raw)
        prorated = ok & (n_blank > 0)
    else:
        total = raw
        prorated = np.zeros(n, dtype=bool)
    scored = ok & (n_given > 0)
    total = np.where(scored, total, np.nan)
    # reasons: a code per row into a short lookup (no per-row string formatting)
    named = Msg(inst.id, instrument_name(inst, "id"))  # the English reason keeps the id
    lookup = [
        msg("mg_sc_items_blank", b=b, k=k, m=inst.max_missing, inst=named) for b in range(1, k + 1)
    ]
    out = {
        "total": {
            "score": total,
            "answered": n_given,
            "prorated": prorated,
            "reason_code": np.where(scored, -1, n_blank - 1),
            "reason_lookup": lookup,
        }
    }
    for name, items in inst.subscales.items():
        idx = [i - 1 for i in items]
        sub_given = given[:, idx].sum(axis=1)
        m = len(idx)
        complete = sub_given == m
        sub = np.where(complete, keyed[:, idx].sum(axis=1), np.nan)
        sub_name = Msg(name, scale_label(name, "id"))
        look = [msg("mg_sc_sub_blank", b=b, m=m, name=sub_name) for b in range(1, m + 1)]
        out[name] = {
            "score": sub,
            "answered": sub_given,
            "prorated": np.zeros(n, dtype=bool),
            "reason_code": np.where(complete, -1, m - sub_given - 1),
            "reason_lookup": look,
        }
    return out


def _strings(lookup, codes) -> pd.api.extensions.ExtensionArray:
    """A "string" array from a short lookup and per-row codes (-1 = NA).

    Built with ``take`` so the strings are not validated one by one.
    """
    base = pd.array(list(lookup) if len(lookup) else [""], dtype="string")
    return base.take(np.asarray(codes, dtype=np.intp), allow_fill=True)


def _const(value, n):
    return _strings([value], np.zeros(n, dtype=np.intp))


def _categories(inst, scale: str, values: np.ndarray):
    """Band labels (English, Indonesian) of each value as "string" arrays."""
    codes = np.full(len(values), -1, dtype=np.intp)
    bands = inst.categories if scale == "total" else ()
    for k, (lo, hi, closed) in enumerate(band_edges(bands)):
        with np.errstate(invalid="ignore"):
            inside = (values >= lo) & ((values <= hi) if closed else (values < hi))
        codes[inside] = k
    return (
        _strings([b["label_en"] for b in bands], codes),
        _strings([b["label_id"] for b in bands], codes),
    )


def score_responses(responses: pd.DataFrame, instruments=None) -> pd.DataFrame:
    """Score a ``responses`` table (no casebook needed).

    Parameters
    ----------
    responses : DataFrame
        Columns client_id, instrument, timepoint, optional date and casebook,
        and q1..qN (answer codes; blank = missing).
    instruments : dict of str to Instrument, optional
        Instruments beyond the built-in ones (e.g. ``cb.instruments``).

    Returns
    -------
    DataFrame
        Columns :data:`SCORE_COLUMNS` (``source`` is ``"responses"``).

    Raises
    ------
    InstrumentError
        An instrument id is unknown (the message lists the available ones).
    ScoringError
        An answer is outside the instrument's answer codes, or a totals-only
        instrument has rows in responses.
    """
    local = _local_from(instruments)
    if not isinstance(responses, pd.DataFrame):
        raise ParameterError(msg("mg_sc_responses_type", got=type(responses).__name__))
    need = ("client_id", "instrument", "timepoint")
    missing = [c for c in need if c not in responses.columns]
    if missing:
        raise ParameterError(
            msg(
                "mg_sc_columns", table="responses", missing=", ".join(missing), need=", ".join(need)
            )
        )
    pieces = []
    if len(responses):
        for inst_id, part in responses.groupby("instrument", sort=True):
            inst = registry.get(str(inst_id), local)
            if inst.items == 0:
                raise ScoringError(msg("mg_sc_totals_only", inst=instrument_words(inst)))
            extra = [
                c
                for c in part.columns
                if ITEM_COLUMN.match(str(c))
                and int(str(c)[1:]) > inst.items
                and part[c].notna().any()
            ]
            if extra:
                raise ScoringError(
                    msg(
                        "mg_sc_extra_items",
                        inst=instrument_words(inst),
                        k=inst.items,
                        columns=", ".join(map(str, extra)),
                        rows=", ".join(map(str, part.index[part[extra].notna().any(axis=1)][:5])),
                    )
                )
            answers = _answers_matrix(part, inst.items)
            whole = all(
                pd.api.types.is_integer_dtype(part[c])
                for c in (f"q{j + 1}" for j in range(inst.items))
                if c in part.columns
            )
            _check_range(inst, answers, part, whole=whole)
            scored = _score_matrix(inst, answers)
            n = len(part)
            date = (
                part["date"].to_numpy()
                if "date" in part
                else np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
            )
            cbname = (
                part["casebook"].astype("string").array
                if "casebook" in part
                else _strings([], np.full(n, -1))
            )
            client_ids = part["client_id"].astype("string").array
            timepoints = part["timepoint"].astype("string").array
            for scale, res in scored.items():
                en, iid = _categories(inst, scale, res["score"])
                pieces.append(
                    pd.DataFrame(
                        {
                            "client_id": client_ids,
                            "instrument": _const(inst.id, n),
                            "timepoint": timepoints,
                            "date": date,
                            "scale": _const(scale, n),
                            "score": res["score"],
                            "items_answered": res["answered"],
                            "prorated": res["prorated"],
                            "category": en,
                            "category_id": iid,
                            "missing_reason": _strings(
                                [str.__str__(r) for r in res["reason_lookup"]], res["reason_code"]
                            ),
                            "missing_reason_id": _strings(
                                [r.text("id") for r in res["reason_lookup"]], res["reason_code"]
                            ),
                            "source": _const("responses", n),
                            "casebook": cbname,
                        }
                    )
                )
    return _typed(pd.concat(pieces, ignore_index=True) if pieces else _empty())


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: [] for c in SCORE_COLUMNS})


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    for c in ("client_id", "instrument", "timepoint", "scale", "category", "category_id"):
        frame[c] = frame[c].astype("string")
    frame["missing_reason"] = frame["missing_reason"].astype("string")
    frame["missing_reason_id"] = frame["missing_reason_id"].astype("string")
    frame["source"] = frame["source"].astype("string")
    frame["casebook"] = frame["casebook"].astype("string")
    frame["date"] = pd.to_datetime(frame["date"])
    frame["score"] = frame["score"].astype("Float64")
    # NaN from numpy -> NA for the nullable dtype
    frame["score"] = frame["score"].mask(frame["score"].isna())
    frame["items_answered"] = frame["items_answered"].astype("Int64")
    frame["prorated"] = frame["prorated"].astype("boolean")
    return frame[SCORE_COLUMNS]


def _score_totals(scores: pd.DataFrame, local: dict) -> pd.DataFrame:
    if scores is None or not len(scores):
        return _typed(_empty())
    columns = ("client_id", "instrument", "timepoint", "score")
    need = [c for c in columns if c not in scores]
    if need:
        raise ParameterError(
            msg("mg_sc_columns", table="scores", missing=", ".join(need), need=", ".join(columns))
        )
    scale = (
        scores["scale"].astype("string").fillna("total")
        if "scale" in scores
        else pd.Series("total", index=scores.index, dtype="string")
    )
    values = pd.to_numeric(scores["score"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    en = np.full(len(scores), None, dtype=object)
    iid = np.full(len(scores), None, dtype=object)
    inst_col = scores["instrument"].astype("string")
    for inst_id in pd.unique(inst_col.dropna()):
        inst = registry.get(str(inst_id), local)
        mask = (inst_col == inst_id).to_numpy(dtype=bool, na_value=False) & (
            scale == "total"
        ).to_numpy(dtype=bool, na_value=False)
        e, i = _categories(inst, "total", values[mask])
        en[mask] = e.to_numpy(dtype=object, na_value=None)
        iid[mask] = i.to_numpy(dtype=object, na_value=None)
    no_total = msg("mg_sc_no_total")
    frame = pd.DataFrame(
        {
            "client_id": scores["client_id"].to_numpy(dtype=object),
            "instrument": inst_col.to_numpy(dtype=object),
            "timepoint": scores["timepoint"].to_numpy(dtype=object),
            "date": scores["date"].to_numpy() if "date" in scores else pd.NaT,
            "scale": scale.to_numpy(dtype=object),
            "score": values,
            "items_answered": pd.NA,
            "prorated": pd.NA,
            "category": en,
            "category_id": iid,
            "missing_reason": np.where(np.isnan(values), str.__str__(no_total), None),
            "missing_reason_id": np.where(np.isnan(values), no_total.text("id"), None),
            "source": "scores",
            "casebook": scores["casebook"].to_numpy(dtype=object) if "casebook" in scores else None,
        }
    )
    return _typed(frame)


def score(cb, instruments=None, scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Score every questionnaire of a casebook.

    Parameters
    ----------
    cb : Casebook or DataFrame
        A loaded casebook (its ``responses``, ``scores`` and own
        ``instruments`` are used), or a ``responses`` DataFrame.
    instruments : dict of str to Instrument, optional
        Extra instrument definitions (with a DataFrame; a Casebook brings its
        own).
    scores : DataFrame, optional
        Totals without item answers (with a DataFrame; a Casebook brings
        ``cb.scores``).

    Returns
    -------
    DataFrame
        One row per client x instrument x timepoint x scale:

        ========================  ================================================
        client_id                 client code
        instrument                instrument id
        timepoint                 e.g. pre / post
        date                      administration date (NaT if not given)
        scale                     ``total`` or a subscale (``emotional``, ...)
        score                     Float64; NA when it could not be computed
        items_answered            Int64 items answered (NA for scores.csv rows)
        prorated                  boolean: total prorated for blank items
        category                  band of the total (English label) or NA
        category_id               the same band in Bahasa Indonesia
        missing_reason            why ``score`` is NA (NA when it is not)
        missing_reason_id         the same reason in Bahasa Indonesia
        source                    ``responses`` (computed) or ``scores``
                                  (a total typed into scores.csv)
        casebook                  source casebook name (for pooled casebooks)
        ========================  ================================================

        A total typed in ``scores.csv`` for the same client, instrument,
        timepoint and scale as one computed from ``responses`` is dropped (the
        computed one is kept). ``attrs["casekit"]`` (a :class:`ScoresContext`)
        holds the casebook's own instruments and clients, so
        :func:`casekit.change` and :func:`casekit.cohort_summary` need no
        ``instruments=`` or ``clients=`` (see :func:`remembered_instruments`
        for what pandas keeps).

    Raises
    ------
    InstrumentError, ScoringError, ParameterError

    Notes
    -----
    The scoring and missing-answer rules are in the module docstring.

    Examples
    --------
    >>> import casekit as ck  # doctest: +SKIP
    >>> ck.score(ck.load_casebook("data/demo"))  # doctest: +SKIP
    """
    if isinstance(cb, pd.DataFrame):
        responses, local = cb, _local_from(instruments)
    elif hasattr(cb, "responses") and hasattr(cb, "scores"):
        responses = cb.responses
        local = {**_local_from(getattr(cb, "instruments", None)), **_local_from(instruments)}
        scores = cb.scores if scores is None else scores
    else:
        raise ParameterError(msg("mg_sc_score_type", got=type(cb).__name__))
    computed = score_responses(responses, local)
    totals = _score_totals(scores, local)
    if len(totals) and len(computed):
        key = ["client_id", "instrument", "timepoint", "scale"]
        if computed["casebook"].notna().any() or totals["casebook"].notna().any():
            key.append("casebook")
        dup = totals.merge(computed[key].drop_duplicates(), on=key, how="left", indicator=True)
        totals = totals[(dup["_merge"] == "left_only").to_numpy()]
    if not len(totals):
        out = computed
    elif not len(computed):
        out = totals.reset_index(drop=True)
    else:
        out = pd.concat([computed, totals], ignore_index=True)
    clients = getattr(cb, "clients", None) if not isinstance(cb, pd.DataFrame) else None
    out.attrs[ATTRS_KEY] = ScoresContext(local, clients)  # for change() and cohort_summary()
    return out


def score_answers(instrument, answers, instruments=None) -> pd.DataFrame:
    """Score one administration (for widgets and quick checks).

    Parameters
    ----------
    instrument : str or Instrument
    answers : dict or sequence
        ``{1: 3, 2: 4, ...}`` or ``{"q1": 3, ...}`` (item number -> answer) or
        a list in item order; None / NaN / missing keys = blank.
    instruments : dict, optional
        Extra instrument definitions for a string id.

    Returns
    -------
    DataFrame
        One row per scale: scale, score, items_answered, prorated, category,
        category_id, missing_reason, missing_reason_id.
    """
    inst = (
        instrument
        if isinstance(instrument, registry.Instrument)
        else registry.get(instrument, _local_from(instruments))
    )
    if inst.items == 0:
        raise ScoringError(msg("mg_sc_no_items", inst=instrument_words(inst)))
    row = np.full((1, inst.items), np.nan)
    if isinstance(answers, Mapping):
        for key, value in answers.items():
            try:
                j = int(str(key)[1:]) if str(key).startswith("q") else int(key)
            except ValueError:
                raise ParameterError(msg("mg_sc_answer_key", given=repr(key))) from None
            if not 1 <= j <= inst.items:
                raise ParameterError(
                    msg(
                        "mg_sc_item_range",
                        inst=instrument_words(inst),
                        k=inst.items,
                        given=repr(key),
                    )
                )
            row[0, j - 1] = np.nan if value is None or pd.isna(value) else float(value)
    else:
        values = list(answers)
        if len(values) > inst.items:
            raise ParameterError(
                msg("mg_sc_too_many", inst=instrument_words(inst), k=inst.items, n=len(values))
            )
        for j, value in enumerate(values):
            row[0, j] = np.nan if value is None or pd.isna(value) else float(value)
    _check_range(inst, row, pd.DataFrame(index=[1]), file=msg("mg_sc_answers_given"))
    scored = _score_matrix(inst, row)
    records = []
    for scale, res in scored.items():
        en, iid = _categories(inst, scale, res["score"])
        value = res["score"][0]
        code = int(res["reason_code"][0])
        reason = None if code < 0 else res["reason_lookup"][code]
        records.append(
            {
                "scale": scale,
                "score": None if np.isnan(value) else float(value),
                "items_answered": int(res["answered"][0]),
                "prorated": bool(res["prorated"][0]),
                "category": None if pd.isna(en[0]) else en[0],
                "category_id": None if pd.isna(iid[0]) else iid[0],
                "missing_reason": None if reason is None else str.__str__(reason),
                "missing_reason_id": None if reason is None else reason.text("id"),
            }
        )
    return pd.DataFrame.from_records(records)
