"""The :class:`Instrument` record: one questionnaire definition, as data.

Parsed and checked from TOML by :mod:`casekit.instruments.parser`; looked up by
:func:`casekit.instruments.get`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

__all__ = ["Instrument"]


@dataclass(frozen=True)
class Instrument:
    """One questionnaire definition (a parsed ``<id>.toml``).

    Attributes
    ----------
    id, name, citation : str
        Identifier (equals the file name), display name and the source paper.
    items : int
        Number of items (q1..qN); 0 for instruments known only by totals.
    response_min, response_max : int or None
        Lowest and highest answer code of an item (None when ``items == 0``).
    reverse : tuple of int
        Reverse-keyed items (for ``"djg"``: the positively worded items).
    higher_is_worse : bool
        True when a higher score means more of the problem (loneliness).
    scoring : {"sum", "djg"}
        ``"sum"`` adds item scores (reverse items as ``min + max - answer``);
        ``"djg"`` counts lonely answers (De Jong Gierveld dichotomous rule).
    max_missing : int
        How many blank items a total tolerates (``"sum"``: prorated;
        ``"djg"``: counted as not lonely, as the authors' SPSS syntax does).
    reliability : float or None
        Reliability used for the reliable change index; None = not known.
    score_min, score_max : float or None
        Range of the total score.
    subscales : dict of str to tuple of int
        Subscale name -> its item numbers.
    norms : dict
        ``"functional"`` / ``"clinical"`` -> ``{"mean", "sd", "source"}``;
        ``"reference"`` -> a tuple of published samples, each ``{"id",
        "population", "population_id", "n", "mean", "sd", "reliability",
        "source", "default"}`` (see :func:`casekit.change`).
    categories : tuple of dict
        Bands of the total: ``{"min", "max", "label_en", "label_id", "source"}``.
    labels : dict of str to tuple of str
        ``"en"`` / ``"id"`` -> one short prompt per item (paraphrases).
    source : str
        ``"built-in"`` or the path of the file it was read from.
    reliability_source : str
        Where the reliability comes from.
    notes : str
        Free remarks (scoring choices, missing-answer rule).
    """

    id: str
    name: str
    citation: str
    items: int
    response_min: int | None
    response_max: int | None
    reverse: tuple[int, ...]
    higher_is_worse: bool
    scoring: str
    max_missing: int
    reliability: float | None
    score_min: float | None
    score_max: float | None
    subscales: dict[str, tuple[int, ...]] = field(default_factory=dict)
    norms: dict[str, dict] = field(default_factory=dict)
    categories: tuple[dict, ...] = ()
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str = "built-in"
    reliability_source: str = ""
    notes: str = ""
    #: the name in Bahasa Indonesia / English when ``name`` is in the other language
    #: (optional; casekit.i18n.instrument_name picks the reader's)
    name_id: str = ""
    name_en: str = ""

    @property
    def scales(self) -> tuple[str, ...]:
        """Names of the scales scored: ``"total"`` then the subscales."""
        return ("total", *self.subscales)

    @property
    def midpoint(self) -> float | None:
        """Middle answer code (the neutral answer of the ``"djg"`` rule)."""
        if self.response_min is None or self.response_max is None:
            return None
        return (self.response_min + self.response_max) / 2

    def category(self, score: float) -> dict | None:
        """The band of ``categories`` that holds ``score`` (None if none)."""
        if score is None or (isinstance(score, float) and math.isnan(score)):
            return None
        from ..scoring import band_edges  # bands read as in ck.score (half-open when adjacent)

        for band, (lo, hi, closed) in zip(
            self.categories, band_edges(self.categories), strict=True
        ):
            if lo <= score and (score <= hi if closed else score < hi):
                return band
        return None

    def __hash__(self) -> int:  # dict fields are not hashable
        return hash((self.id, self.source))
