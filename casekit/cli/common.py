"""What every command of the command line shares: printing, and a casebook path that exists."""

from __future__ import annotations

from ..errors import ParameterError
from ..i18n import msg

__all__: list[str] = []


def _echo(text: str = "") -> None:
    print(text, flush=True)


def _existing_casebook(path: str) -> str:
    """``path`` if it exists; a missing casebook is a usage error (exit 2), not a problem."""
    from pathlib import Path

    if not Path(path).expanduser().exists():
        raise ParameterError(msg("m_no_casebook", path=repr(path)))
    return path
