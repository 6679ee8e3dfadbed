"""Write parsed TOML back as text (the small subset instrument definitions use).

Python reads TOML (:mod:`tomllib`) but cannot write it, and casekit needs to
write a redacted copy of an instrument definition for an export
(:mod:`casekit.export`). :func:`dumps` writes tables (``[a.b]``), arrays of
tables (``[[a]]``), strings, integers, floats, booleans, dates and arrays;
strings are TOML basic strings (JSON string escapes are a subset of TOML's).
Comments are not kept. ``tomllib.loads(dumps(d)) == d`` for such data, which
the caller checks.

Reference: TOML v1.0.0, https://toml.io/en/v1.0.0
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re

__all__ = ["dumps"]

_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(k: str) -> str:
    return k if _BARE.match(k) else json.dumps(k, ensure_ascii=False)


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (_dt.datetime, _dt.date, _dt.time)):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + "}"
    raise TypeError(f"cannot write {type(v).__name__} as TOML")


def _is_table_array(v) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, dict) for x in v)


def _write(lines: list[str], path: list[str], table: dict, header: str) -> None:
    if header:
        lines.append("")
        lines.append(header)
    for k, v in table.items():
        if not isinstance(v, dict) and not _is_table_array(v):
            lines.append(f"{_key(k)} = {_value(v)}")
    for k, v in table.items():
        if isinstance(v, dict):
            dotted = ".".join(_key(p) for p in [*path, k])
            _write(lines, [*path, k], v, f"[{dotted}]")
    for k, v in table.items():
        if _is_table_array(v):
            dotted = ".".join(_key(p) for p in [*path, k])
            for item in v:
                # nested tables inside an array element are written inline
                flat = {a: b for a, b in item.items()}
                _write_item(lines, f"[[{dotted}]]", flat)


def _write_item(lines: list[str], header: str, item: dict) -> None:
    lines.append("")
    lines.append(header)
    for k, v in item.items():
        lines.append(f"{_key(k)} = {_value(v)}")


def dumps(data: dict) -> str:
    """``data`` (as :func:`tomllib.loads` returns it) as TOML text."""
    lines: list[str] = []
    _write(lines, [], data, "")
    return "\n".join(lines).lstrip("\n") + "\n"
