"""Questionnaire definitions as data, and their loader.

Each instrument is one TOML file (format in ``../shared/DESIGN.md``). The
built-in ones live next to this module; a casebook may add its own in
``instruments/*.toml`` (they may not reuse a built-in id). Loading collects
every problem of every file before raising one :class:`InstrumentError`.

Built-in instruments
--------------------
``ucla_ls3``
    UCLA Loneliness Scale, Version 3 (Russell, 1996): 20 items, answers
    1 (never) .. 4 (often), reverse-keyed items 1, 5, 6, 9, 10, 15, 16, 19, 20,
    total 20-80, higher = lonelier.
``ucla_3``
    Three-item UCLA scale (Hughes, Waite, Hawkley & Cacioppo, 2004): answers
    1 (hardly ever) .. 3 (often), total 3-9.
``djg_11``
    De Jong Gierveld Loneliness Scale, 11 items (de Jong Gierveld & Kamphuis,
    1985; manual: de Jong Gierveld & van Tilburg, 1999), answers 1 = no,
    2 = more or less, 3 = yes. Negative (emotional) items 2, 3, 5, 6, 9, 10
    score 1 for "more or less" or "yes"; positive (social) items 1, 4, 7, 8, 11
    score 1 for "more or less" or "no". Total 0-11, emotional 0-6, social 0-5.
``djg_11_5``
    The same 11 items with the five answer options 1 = no!, 2 = no,
    3 = more or less, 4 = yes, 5 = yes!. A negative item scores 1 for 3, 4, 5;
    a positive item scores 1 for 1, 2, 3.
``djg_6``
    The 6-item short form (de Jong Gierveld & van Tilburg, 2006). casekit
    numbers its items in the order the 11-item scale has them:

    =========  ===============  ===========
    djg_6 q    djg_11 item      subscale
    =========  ===============  ===========
    1          3                emotional
    2          9                emotional
    3          10               emotional
    4          4                social
    5          7                social
    6          8                social
    =========  ===============  ===========

    so a ``responses.csv`` row for ``djg_6`` has q1..q6 in that order.

For the ``"djg"`` scoring rule the neutral answer is the middle option
``(response_min + response_max) / 2`` (2 of 1-3, 3 of 1-5): a negative item
counts 1 when the answer is at or above it, a positive (``reverse``) item when
it is at or below it. That reproduces the manual's rule for both answer forms.

References
----------
Russell, D. W. (1996). UCLA Loneliness Scale (Version 3): Reliability,
validity, and factor structure. Journal of Personality Assessment, 66(1),
20-40.

Hughes, M. E., Waite, L. J., Hawkley, L. C., & Cacioppo, J. T. (2004). A short
scale for measuring loneliness in large surveys. Research on Aging, 26(6),
655-672.

de Jong Gierveld, J., & van Tilburg, T. G. (1999). Manual of the Loneliness
Scale. Vrije Universiteit Amsterdam.

de Jong Gierveld, J., & van Tilburg, T. G. (2006). A 6-item scale for overall,
emotional, and social loneliness. Research on Aging, 28(5), 582-598.

van Tilburg, T. G., & de Jong Gierveld, J. (1999). Cesuurbepaling van de
eenzaamheidsschaal. Tijdschrift voor Gerontologie en Geriatrie, 30, 158-163.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import InstrumentError, Problem

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

__all__ = [
    "Instrument",
    "get",
    "available",
    "load_file",
    "load_folder",
    "builtins",
    "with_prompts",
    "SCORING_RULES",
]

#: scoring rules an instrument may name
SCORING_RULES = ("sum", "djg")

_HERE = Path(__file__).resolve().parent
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_KNOWN_FIELDS = {
    "id",
    "name",
    "name_id",
    "name_en",
    "citation",
    "items",
    "response_min",
    "response_max",
    "reverse",
    "higher_is_worse",
    "scoring",
    "max_missing",
    "reliability",
    "reliability_source",
    "score_min",
    "score_max",
    "subscales",
    "norms",
    "categories",
    "labels",
    "notes",
}


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


# --------------------------------------------------------------------------- #
# parsing and checking
# --------------------------------------------------------------------------- #
def _num(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


_REFERENCE_KEYS = {"id", "population", "population_id", "n", "mean", "sd", "reliability",
                   "source", "default"}  # fmt: skip


def _reference_norms(raw, bad) -> tuple[dict, ...]:
    """Check ``[[norms.reference]]``: published samples for the RCI's SD.

    Each needs ``id`` (a short name for ``ck.change(norms=...)``),
    ``population`` (English) and ``population_id`` (Bahasa Indonesia), ``n``,
    ``mean``, ``sd`` and ``source`` (with page or table); ``reliability`` is
    optional; ``default = true`` marks the one used when nothing is chosen (at
    most one; a single sample is the default by itself).
    """
    if not isinstance(raw, list) or not all(isinstance(d, dict) for d in raw):
        bad("norms.reference", raw, "must be [[norms.reference]] tables", "see DESIGN.md")
        return ()
    out, seen = [], set()
    for k, d in enumerate(raw, start=1):
        col = f"norms.reference[{k}]"
        unknown = sorted(set(d) - _REFERENCE_KEYS)
        if unknown:
            bad(
                col,
                ", ".join(unknown),
                "unknown field(s)",
                "use " + ", ".join(sorted(_REFERENCE_KEYS)),
            )
            continue
        texts = ("id", "population", "population_id", "source")
        missing = [f for f in texts if not isinstance(d.get(f), str) or not d[f].strip()]
        if missing:
            bad(
                col,
                None,
                "needs " + ", ".join(missing),
                'write e.g. source = "author (year), p. N"',
            )
            continue
        if (
            not _int(d.get("n"))
            or d["n"] < 2
            or not _num(d.get("mean"))
            or not _num(d.get("sd"))
            or d["sd"] <= 0
        ):
            bad(col, d.get("id"), "needs a whole n >= 2, a numeric mean and a positive sd",
                "copy n, mean and sd from the source's table")  # fmt: skip
            continue
        rel = d.get("reliability")
        if rel is not None and (not _num(rel) or not 0 < rel < 1):
            bad(col, rel, "reliability must lie between 0 and 1 (exclusive)", "or leave it out")
            continue
        if d["id"] in seen or d["id"] in ("auto", "clinical", "sample"):
            bad(col, d["id"], "id already used (or reserved)", "give each sample its own id")
            continue
        seen.add(d["id"])
        out.append(
            {
                "id": d["id"].strip(),
                "population": d["population"].strip(),
                "population_id": d["population_id"].strip(),
                "n": int(d["n"]),
                "mean": float(d["mean"]),
                "sd": float(d["sd"]),
                "reliability": None if rel is None else float(rel),
                "source": d["source"].strip(),
                "default": d.get("default") is True,
            }
        )
    if sum(r["default"] for r in out) > 1:
        bad("norms.reference", None, "more than one sample has default = true", "keep one")
        return ()
    return tuple(out)


def _parse(data: dict, file: str, stem: str | None, source: str) -> tuple[Instrument | None, list]:
    """Check one parsed TOML document; return (instrument or None, problems)."""
    problems: list[Problem] = []

    def bad(column, value, message, fix):
        problems.append(
            Problem(file, None, column, None if value is None else str(value), message, fix)
        )

    for key in data:
        if key not in _KNOWN_FIELDS:
            bad(
                key,
                key,
                "unknown field",
                "remove it or check the spelling; known fields: "
                + ", ".join(sorted(_KNOWN_FIELDS)),
            )

    iid = data.get("id")
    if not isinstance(iid, str) or not _ID.match(iid):
        bad(
            "id",
            iid,
            "id is missing or not a lower-case name",
            'write e.g. id = "my_scale" (a-z, 0-9, _)',
        )
    elif stem is not None and iid != stem:
        bad(
            "id",
            iid,
            f"id must equal the file name ({stem!r})",
            f"rename the file to {iid}.toml or set id = {stem!r}",
        )

    for key in ("name", "citation"):
        if not isinstance(data.get(key), str) or not data.get(key).strip():
            bad(key, data.get(key), f"{key} is missing", f'write {key} = "..." (text)')

    items = data.get("items")
    if not _int(items) or items < 0 or items > 999:
        bad(
            "items",
            items,
            "items must be a whole number from 0 to 999",
            "write the number of questions, or 0 for totals only",
        )
        items = None

    rmin, rmax = data.get("response_min"), data.get("response_max")
    if items:
        for key, v in (("response_min", rmin), ("response_max", rmax)):
            if not _int(v):
                bad(
                    key,
                    v,
                    f"{key} must be a whole number when items > 0",
                    "write the lowest/highest answer code, e.g. 1 and 4",
                )
        if _int(rmin) and _int(rmax) and rmin >= rmax:
            bad(
                "response_max",
                rmax,
                "response_max must be larger than response_min",
                "check the answer codes",
            )
    else:
        rmin = rmin if _int(rmin) else None
        rmax = rmax if _int(rmax) else None

    reverse = data.get("reverse", [])
    if not isinstance(reverse, list) or not all(_int(i) for i in reverse):
        bad(
            "reverse",
            reverse,
            "reverse must be a list of item numbers",
            "write e.g. reverse = [1, 5]",
        )
        reverse = []
    elif items is not None:
        out = [i for i in reverse if not 1 <= i <= items]
        if out:
            bad(
                "reverse",
                out,
                f"item numbers outside 1..{items}",
                "list only existing item numbers",
            )
        if len(set(reverse)) != len(reverse):
            bad("reverse", reverse, "an item is listed twice", "list each item once")

    hiw = data.get("higher_is_worse", True)
    if not isinstance(hiw, bool):
        bad(
            "higher_is_worse",
            hiw,
            "higher_is_worse must be true or false",
            "write true when a higher score means more of the problem",
        )
        hiw = True

    scoring = data.get("scoring", "sum")
    if scoring not in SCORING_RULES:
        bad("scoring", scoring, "unknown scoring rule", 'write scoring = "sum" or scoring = "djg"')
    elif scoring == "djg" and items and _int(rmin) and _int(rmax) and (rmax - rmin) % 2:
        bad(
            "scoring",
            scoring,
            "the djg rule needs an odd number of answer options (a middle answer)",
            "use answers 1-3 or 1-5",
        )

    max_missing = data.get("max_missing", 0)
    if (
        not _int(max_missing)
        or max_missing < 0
        or (items is not None and items and max_missing >= items)
    ):
        bad(
            "max_missing",
            max_missing,
            "max_missing must be a whole number from 0 to items - 1",
            "write how many blank answers a total may have",
        )
        max_missing = 0

    rel = data.get("reliability")
    if rel is not None and (not _num(rel) or not 0 < rel < 1):
        bad(
            "reliability",
            rel,
            "reliability must be a number between 0 and 1 (exclusive)",
            "write e.g. reliability = 0.89, or leave it out",
        )
        rel = None

    smin, smax = data.get("score_min"), data.get("score_max")
    for key, v in (("score_min", smin), ("score_max", smax)):
        if v is not None and not _num(v):
            bad(key, v, f"{key} must be a number", "write a number or leave it out")
    if items == 0 and (smin is None) != (smax is None):
        # a totals-only instrument may leave its range unknown (the demo client's report
        # names no instrument and no range), but half a range is a typing slip
        bad(
            "score_min" if smin is None else "score_max",
            None,
            "give both score_min and score_max, or neither if the range is not known",
            "write the lowest and highest possible total, or remove the one you wrote",
        )
    if items and _int(rmin) and _int(rmax) and scoring in SCORING_RULES:
        lo, hi = (items * rmin, items * rmax) if scoring == "sum" else (0, items)
        smin = lo if smin is None else smin
        smax = hi if smax is None else smax
        if _num(smin) and _num(smax) and (smin != lo or smax != hi):
            bad(
                "score_min",
                f"{smin}..{smax}",
                f"score range does not match the items (expected {lo}..{hi})",
                "correct score_min/score_max or leave them out",
            )
    if _num(smin) and _num(smax) and smin >= smax:
        bad("score_max", smax, "score_max must be larger than score_min", "check the range")

    subscales: dict[str, tuple[int, ...]] = {}
    raw_sub = data.get("subscales", {})
    if not isinstance(raw_sub, dict):
        bad(
            "subscales",
            raw_sub,
            "subscales must be a table of name = [items]",
            "write [subscales] then e.g. social = [1, 4]",
        )
    else:
        for name, its in raw_sub.items():
            if name == "total" or not _ID.match(name):
                bad(
                    f"subscales.{name}",
                    name,
                    "subscale name must be lower-case and not 'total'",
                    "rename the subscale",
                )
            elif not isinstance(its, list) or not its or not all(_int(i) for i in its):
                bad(
                    f"subscales.{name}",
                    its,
                    "a subscale needs a list of item numbers",
                    f"write {name} = [1, 2]",
                )
            elif items is not None and any(not 1 <= i <= items for i in its):
                bad(
                    f"subscales.{name}",
                    its,
                    f"item numbers outside 1..{items}",
                    "list only existing items",
                )
            else:
                subscales[name] = tuple(its)

    norms: dict[str, dict] = {}
    raw_norms = data.get("norms", {})
    if not isinstance(raw_norms, dict):
        bad(
            "norms",
            raw_norms,
            "norms must be tables [norms.functional] / [norms.clinical]",
            "see DESIGN.md",
        )
    else:
        for kind, d in raw_norms.items():
            if kind == "reference":
                refs = _reference_norms(d, bad)
                if refs:
                    norms["reference"] = refs
                continue
            if kind not in ("functional", "clinical"):
                bad(
                    f"norms.{kind}",
                    kind,
                    "norms may only be 'functional', 'clinical' or 'reference'",
                    "rename the table",
                )
                continue
            if (
                not isinstance(d, dict)
                or not _num(d.get("mean"))
                or not _num(d.get("sd"))
                or d.get("sd", 0) <= 0
            ):
                bad(
                    f"norms.{kind}",
                    d,
                    "norms need a numeric mean and a positive sd",
                    'write mean = ..., sd = ..., source = "..."',
                )
                continue
            if not isinstance(d.get("source"), str) or not d["source"].strip():
                bad(
                    f"norms.{kind}.source",
                    None,
                    "every norm needs a source",
                    'write source = "author (year)"',
                )
                continue
            norms[kind] = {"mean": float(d["mean"]), "sd": float(d["sd"]), "source": d["source"]}

    cats: list[dict] = []
    raw_cats = data.get("categories", [])
    if not isinstance(raw_cats, list):
        bad("categories", raw_cats, "categories must be [[categories]] tables", "see DESIGN.md")
    else:
        for k, c in enumerate(raw_cats, start=1):
            col = f"categories[{k}]"
            if not isinstance(c, dict):
                bad(col, c, "not a table", "write [[categories]] with min, max, label_en, label_id")
                continue
            missing = [f for f in ("min", "max", "label_en", "label_id") if f not in c]
            if missing:
                bad(
                    col,
                    None,
                    "missing " + ", ".join(missing),
                    "every band needs min, max, label_en, label_id",
                )
                continue
            if not _num(c["min"]) or not _num(c["max"]) or c["min"] > c["max"]:
                bad(
                    col,
                    f"{c['min']}..{c['max']}",
                    "band limits must be numbers with min <= max",
                    "check the band",
                )
                continue
            cats.append(
                {
                    "min": c["min"],
                    "max": c["max"],
                    "label_en": str(c["label_en"]),
                    "label_id": str(c["label_id"]),
                    "source": str(c.get("source", "")),
                }
            )
        cats.sort(key=lambda c: c["min"])
        for a, b in zip(cats, cats[1:], strict=False):
            if b["min"] <= a["max"]:
                bad(
                    "categories",
                    f"{a['min']}..{a['max']} / {b['min']}..{b['max']}",
                    "bands overlap",
                    "make each score fall in one band",
                )

    labels: dict[str, tuple[str, ...]] = {}
    raw_labels = data.get("labels", {})
    if not isinstance(raw_labels, dict):
        bad(
            "labels",
            raw_labels,
            "labels must be a table with en = [...] and id = [...]",
            "see DESIGN.md",
        )
    else:
        for lang, prompts in raw_labels.items():
            if lang not in ("en", "id"):
                bad(f"labels.{lang}", lang, "labels are only 'en' and 'id'", "rename the list")
            elif not isinstance(prompts, list) or not all(isinstance(p, str) for p in prompts):
                bad(
                    f"labels.{lang}",
                    prompts,
                    "labels must be a list of texts",
                    'write en = ["...", "..."]',
                )
            elif items is not None and len(prompts) != items:
                bad(
                    f"labels.{lang}",
                    len(prompts),
                    f"{len(prompts)} prompts for {items} items",
                    "give one prompt per item",
                )
            else:
                labels[lang] = tuple(prompts)

    if problems:
        return None, problems
    inst = Instrument(
        id=iid,
        name=data["name"].strip(),
        citation=data["citation"].strip(),
        items=items,
        response_min=rmin,
        response_max=rmax,
        reverse=tuple(sorted(reverse)),
        higher_is_worse=hiw,
        scoring=scoring,
        max_missing=max_missing,
        reliability=None if rel is None else float(rel),
        score_min=None if smin is None else float(smin),
        score_max=None if smax is None else float(smax),
        subscales=subscales,
        norms=norms,
        categories=tuple(cats),
        labels=labels,
        source=source,
        reliability_source=str(data.get("reliability_source", "")),
        notes=str(data.get("notes", "")),
        name_id=str(data.get("name_id", "")).strip(),
        name_en=str(data.get("name_en", "")).strip(),
    )
    return inst, []


def _read(path: Path, display: str, source: str) -> tuple[Instrument | None, list]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [
            Problem(display, None, None, None, "the file is not UTF-8 text", "save it as UTF-8")
        ]
    except OSError as err:
        return None, [
            Problem(
                display,
                None,
                None,
                None,
                f"cannot read the file ({err.strerror})",
                "check the path",
            )
        ]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        return None, [
            Problem(
                display,
                None,
                None,
                None,
                f"not valid TOML: {err}",
                "fix the line named; text needs quotes, lists need [ ]",
            )
        ]
    return _parse(data, display, path.stem, source)


def load_file(path) -> Instrument:
    """Read and check one instrument definition.

    Parameters
    ----------
    path : str or Path
        A ``<id>.toml`` file.

    Returns
    -------
    Instrument

    Raises
    ------
    InstrumentError
        Listing every problem (field, value, fix) found in the file.
    """
    path = Path(path)
    inst, problems = _read(path, str(path), str(path))
    if problems:
        raise InstrumentError(problems)
    return inst


def load_folder(folder) -> dict[str, Instrument]:
    """Read a casebook's own ``instruments/*.toml``.

    Parameters
    ----------
    folder : str or Path
        The ``instruments`` folder (absent folder = no local instruments).

    Returns
    -------
    dict of str to Instrument

    Raises
    ------
    InstrumentError
        With the problems of every file at once; also when a local id equals
        a built-in one (local files add instruments, they override nothing
        built in).
    """
    folder = Path(folder)
    if not folder.is_dir():
        return {}
    found: dict[str, Instrument] = {}
    problems: list[Problem] = []
    built = builtins()
    from ..reading import file_problem

    for path in sorted(folder.glob("*.toml")):
        display = f"instruments/{path.name}"
        odd = file_problem(path, folder.parent, display)
        if odd is not None:  # a FIFO, a device, a link out of the casebook: never opened
            problems.append(odd)
            continue
        inst, probs = _read(path, display, str(path))
        problems += probs
        if inst is None:
            continue
        if inst.id in built:
            problems.append(
                Problem(
                    display,
                    None,
                    "id",
                    inst.id,
                    f"'{inst.id}' is a built-in instrument; a casebook may add instruments but override nothing built in",
                    "give your definition another id (and file name), e.g. " + inst.id + "_local",
                )
            )
            continue
        found[inst.id] = inst
    if problems:
        raise InstrumentError(problems)
    return found


_BUILTINS: dict[str, Instrument] | None = None


def builtins() -> dict[str, Instrument]:
    """The built-in instruments, id -> Instrument (read once, then cached)."""
    global _BUILTINS
    if _BUILTINS is None:
        out: dict[str, Instrument] = {}
        problems: list[Problem] = []
        for path in sorted(_HERE.glob("*.toml")):
            inst, probs = _read(path, f"casekit/instruments/{path.name}", "built-in")
            problems += probs
            if inst is not None:
                out[inst.id] = inst
        if problems:  # pragma: no cover - a packaging error
            raise InstrumentError(problems, header="built-in instrument files are broken")
        _BUILTINS = out
    return dict(_BUILTINS)


def available(local: dict[str, Instrument] | None = None) -> list[str]:
    """Ids of the built-in instruments plus ``local`` ones, sorted."""
    return sorted(set(builtins()) | set(local or {}))


def get(id: str, local: dict[str, Instrument] | None = None) -> Instrument:
    """Return the instrument called ``id``.

    Parameters
    ----------
    id : str
        Instrument id, e.g. ``"ucla_ls3"``.
    local : dict, optional
        A casebook's own instruments (``cb.instruments``), searched after the
        built-in ones.

    Raises
    ------
    InstrumentError
        When the id is unknown; the message lists the available ids.
    """
    built = builtins()
    if isinstance(id, str) and id in built:
        return built[id]
    if local and isinstance(id, str) and id in local:
        return local[id]
    raise InstrumentError(
        [
            Problem(
                "instruments",
                None,
                "instrument",
                str(id),
                f"unknown instrument '{id}'",
                "use one of: "
                + ", ".join(available(local))
                + " (or add instruments/"
                + f"{id}.toml to the casebook)",
            )
        ]
    )


def with_prompts(instrument, path, local: dict[str, Instrument] | None = None) -> Instrument:
    """A copy of ``instrument`` whose item prompts come from a file you hold.

    casekit ships only its own short paraphrases, because the official item
    wording is copyrighted by the instruments' authors. If you have the
    official wording (or a licensed translation), keep it in a file of your
    own and point to it here; nothing is copied into casekit.

    Parameters
    ----------
    instrument : str or Instrument
    path : str or Path
        A TOML file with ``[labels]`` ``en = [...]`` and/or ``id = [...]``
        (one text per item), or a UTF-8 text file with one prompt per line
        (used for both languages).
    local : dict, optional
        Casebook instruments, for a string id.

    Returns
    -------
    Instrument
        The same definition with ``labels`` replaced for the languages given.

    Raises
    ------
    InstrumentError
        When the file cannot be read or the number of prompts is not the
        number of items.
    """
    inst = instrument if isinstance(instrument, Instrument) else get(instrument, local)
    path = Path(path)
    display = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InstrumentError(
            [
                Problem(
                    display,
                    None,
                    None,
                    None,
                    f"cannot read the prompts file ({err})",
                    "check the path",
                )
            ]
        ) from None
    if path.suffix.lower() == ".toml":
        try:
            raw = tomllib.loads(text).get("labels", {})
        except tomllib.TOMLDecodeError as err:
            raise InstrumentError(
                [Problem(display, None, None, None, f"not valid TOML: {err}", "fix the line named")]
            ) from None
    else:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        raw = {"en": lines, "id": lines}
    problems = []
    labels = dict(inst.labels)
    for lang, prompts in raw.items():
        if lang not in ("en", "id") or not isinstance(prompts, list):
            problems.append(
                Problem(
                    display,
                    None,
                    f"labels.{lang}",
                    None,
                    "expected en = [...] or id = [...]",
                    "see the docstring",
                )
            )
        elif len(prompts) != inst.items or not all(isinstance(p, str) for p in prompts):
            problems.append(
                Problem(display, None, f"labels.{lang}", str(len(prompts)),
                        f"{inst.id} has {inst.items} items but the file gives {len(prompts)} prompts",
                        "give exactly one text per item, in item order")
            )  # fmt: skip
        else:
            labels[lang] = tuple(prompts)
    if not raw:
        problems.append(
            Problem(display, None, "labels", None, "no prompts found", "add [labels] en = [...]")
        )
    if problems:
        raise InstrumentError(problems)
    return replace(inst, labels=labels)
