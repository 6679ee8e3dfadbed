"""The identifier guard: one place every output passes before it is written.

Every file casekit writes for someone else to read (client and cohort
reports, the index page, slides, PDFs, Word chapters, exports, logs) and every
message it prints passes through an :class:`IdentifierGuard` built from the
casebook's ``identifiers.csv``. Reports, slides and documents are refused
when the guard finds an identifier in them; exports redact what it finds in
free text.

This first version matches identifier values case-insensitively, raw or
HTML-escaped (values of three characters or more). Variant matching (old
spellings, titles, separators in numbers, e-mail addresses) extends
:meth:`IdentifierGuard.findings` without changing this interface.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import IdentifierLeak
from .outputs import atomic_write

__all__ = ["Finding", "IdentifierGuard", "guarded_write"]

#: columns of identifiers.csv that are not identifiers themselves
_NOT_IDENTIFIERS = ("client_id", "casebook")


@dataclass(frozen=True)
class Finding:
    """Where an identifier was found in a text; the identifier itself is not kept.

    ``start``/``end`` index the text searched; ``kind`` is the identifiers.csv
    column it came from (``full_name``, ``address``, ``phone``, ...);
    ``client_id`` is whose identifier it is."""

    start: int
    end: int
    kind: str
    client_id: str


class IdentifierGuard:
    """Finds a casebook's direct identifiers in text.

    Build it with :meth:`from_casebook`; an empty guard (no identifiers)
    finds nothing.
    """

    def __init__(self, entries: list[tuple[str, str, str]]):
        #: (value, kind, client_id) for every identifier value
        self._entries = [(v, k, c) for v, k, c in entries if len(v.strip()) >= 3]
        patterns = []
        for value, _, _ in self._entries:
            forms = {value.strip(), html.escape(value.strip())}
            patterns.append("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
        self._patterns = [re.compile(p, re.IGNORECASE) for p in patterns]

    @classmethod
    def from_casebook(cls, cb) -> IdentifierGuard:
        """The guard for every value of ``cb.identifiers`` (all columns but client_id)."""
        frame = cb.identifiers
        entries = []
        for column in frame.columns:
            if column in _NOT_IDENTIFIERS:
                continue
            for client, value in zip(frame["client_id"], frame[column], strict=False):
                if value is None or value != value:  # NA
                    continue
                entries.append((str(value), column, str(client)))
        return cls(entries)

    def __bool__(self) -> bool:
        return bool(self._entries)

    def findings(self, text: str) -> list[Finding]:
        """Every place in ``text`` where an identifier appears, in text order."""
        found = []
        for (_, kind, client), pattern in zip(self._entries, self._patterns, strict=True):
            found.extend(Finding(m.start(), m.end(), kind, client) for m in pattern.finditer(text))
        return sorted(found, key=lambda f: (f.start, f.end))

    def redact(self, text: str, placeholder: str = "[disamarkan]") -> str:
        """``text`` with every identifier replaced by ``placeholder``."""
        out, last = [], 0
        for f in self.findings(text):
            if f.start < last:
                continue
            out.append(text[last : f.start])
            out.append(placeholder)
            last = f.end
        out.append(text[last:])
        return "".join(out)

    def check(self, text: str, *, where: str) -> None:
        """Raise :class:`IdentifierLeak` if ``text`` holds an identifier.

        The message names ``where`` (a file or page), the kind of identifier
        and whose it is, never the identifier itself."""
        found = self.findings(text)
        if found:
            kinds = sorted({f.kind for f in found})
            clients = sorted({f.client_id for f in found})
            raise IdentifierLeak(
                f"{where}: {len(found)} direct identifier(s) from identifiers.csv "
                f"({', '.join(kinds)}; client {', '.join(clients)}) would be written; "
                "nothing was written. Remove them from the other tables (use the pseudonym)."
            )


def guarded_write(path, data: str | bytes, guard: IdentifierGuard | None, *, where=None) -> Path:
    """Check ``data`` with ``guard`` (text, or bytes read as UTF-8), then write it atomically.

    Nothing is written when the guard finds an identifier."""
    path = Path(path)
    if guard:
        text = data if isinstance(data, str) else data.decode("utf-8", errors="replace")
        guard.check(text, where=where or path.name)
    return atomic_write(path, data)
