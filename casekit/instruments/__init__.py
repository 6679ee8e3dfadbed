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

from dataclasses import replace
from pathlib import Path

from ..errors import InstrumentError, Problem
from ..i18n import msg
from .model import Instrument
from .parser import _KNOWN_FIELDS, SCORING_RULES, _parse  # noqa: F401  (re-exported)

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

_HERE = Path(__file__).resolve().parent


def _read(path: Path, display: str, source: str) -> tuple[Instrument | None, list]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [Problem(display, None, None, None, msg("i_not_utf8"), msg("i_not_utf8_fix"))]
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
                msg("i_not_toml", detail=str(err)),
                msg("i_not_toml_fix"),
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
                    msg("i_builtin_id", id=inst.id),
                    msg("i_builtin_id_fix", id=inst.id),
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
                msg("i_unknown", id=id),
                msg("i_unknown_fix", known=", ".join(available(local)), id=id),
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
