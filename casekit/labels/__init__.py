"""Every label casekit shows, in Bahasa Indonesia (``id``) and English (``en``).

One module per part of the package (:mod:`.vocabulary`, :mod:`.outcomes`,
:mod:`.figures`, :mod:`.classroom`, :mod:`.reports`, :mod:`.chapter`,
:mod:`.validation`, :mod:`.command_line`, :mod:`.library_errors`,
:mod:`.files_privacy`); :data:`LABELS` merges them. A key may be defined in one
module only: a second definition would silently replace the first, so the merge
refuses it. Read labels through :func:`casekit.i18n.t`, :func:`casekit.i18n.msg`.
"""

from __future__ import annotations

from . import (
    chapter,
    classroom,
    command_line,
    figures,
    files_privacy,
    library_errors,
    outcomes,
    reports,
    validation,
    vocabulary,
)

__all__ = ["LABELS"]

_PARTS = (
    vocabulary,
    outcomes,
    figures,
    classroom,
    reports,
    chapter,
    validation,
    command_line,
    library_errors,
    files_privacy,
)


def _merged() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for part in _PARTS:
        twice = merged.keys() & part.LABELS.keys()
        if twice:
            raise RuntimeError(f"labels defined twice ({part.__name__}): {sorted(twice)}")
        merged.update(part.LABELS)
    return merged


LABELS: dict[str, dict[str, str]] = _merged()
