"""Reading one instrument definition: check every field, collect every problem.

:func:`_parse` turns the TOML table of one ``<id>.toml`` into an
:class:`~casekit.instruments.model.Instrument`, or the list of problems (file,
column, value, message, fix) that stop it. The file format is in DESIGN.md and
the module docstring of :mod:`casekit.instruments`.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import Problem
from .model import Instrument

#: scoring rules an instrument may name
SCORING_RULES = ("sum", "djg")

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
