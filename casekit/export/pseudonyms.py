"""Keyed pseudonyms, date shifts and codes of a de-identified export, and its key file.

Every value a de-identified export replaces with a code comes from
HMAC-SHA256 under one secret key (:mod:`hmac`, RFC 2104), each kind of
value in its own domain (``client``, ``date``, a code prefix), so the same
key always gives the same pseudonym, shift and code, and nobody without the
key can compute them:

- :func:`pseudonym`: ``P`` + the first 12 hex digits (48 bits) of
  HMAC(key, ``client`` | id);
- :func:`date_offset`: the first 8 bytes of HMAC(key, ``date`` | id) as an
  integer v, v mod 364 mapped onto -182..-1, 1..182 days (never 0);
- codes for workers, institutions and groups: a prefix (``W``, ``I``,
  ``G``) + 10 hex digits of HMAC(key, prefix | value).

The key is 32 random bytes from :mod:`secrets`, written as hex to the key
file (mode 0600, through a temporary file and a rename, so a killed export
leaves no empty key file) when the file does not exist yet, and read from it
otherwise (:func:`read_key`). See :mod:`casekit.export` for how an export
uses them.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from ..errors import ExportError
from ..i18n import msg
from ..outputs import remove_stale_temps
from ..wording import option

__all__ = ["pseudonym", "date_offset", "read_key"]

_KEY_BYTES = 32


def _mac(key: bytes, domain: str, value: str) -> bytes:
    return hmac.new(key, f"{domain}\x00{value}".encode(), hashlib.sha256).digest()


def pseudonym(client_id: str, key: bytes) -> str:
    """Keyed pseudonym of a (pooled) client id: ``P`` + 12 hex digits of HMAC-SHA256."""
    return "P" + _mac(key, "client", str(client_id)).hex()[:12]


def date_offset(client_id: str, key: bytes) -> int:
    """The client's date shift in days: -182..-1 or 1..182, from HMAC-SHA256(key, id)."""
    v = int.from_bytes(_mac(key, "date", str(client_id))[:8], "big") % 364
    return v - 182 if v < 182 else v - 181


def _code(prefix: str, value: str, key: bytes) -> str:
    return prefix + _mac(key, prefix, str(value)).hex()[:10]


def read_key(key_file) -> bytes:
    """Read a key file written by :func:`export_casebook` (hex text).

    Raises
    ------
    ExportError
        The file does not hold a casekit key (one line of hex digits, at
        least 16 bytes); the message says to give the key file of earlier
        exports or a new file name.
    OSError
        The file cannot be opened (shown by the command line as it shows
        every file-system failure, :mod:`casekit.oserrors`).
    """
    path = Path(key_file).expanduser()
    try:
        text = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (UnicodeDecodeError, ValueError):
        why = msg("mg_key_not_hex")
        raise ExportError(
            msg("mg_key_unreadable", path=str(path), why=why, opt=option("key_file", "FILE"))
        ) from None
    if len(key) < 16:
        raise ExportError(
            msg("mg_key_short", path=str(path), n=len(key), opt=option("key_file", "FILE"))
        )
    return key


def _key(key_file: Path) -> tuple[bytes, bool]:
    if key_file.exists():
        return read_key(key_file), False
    if not key_file.parent.is_dir():
        raise ExportError(
            msg(
                "mg_key_folder_missing",
                folder=str(key_file.parent),
                path=str(key_file),
                opt=option("key_file", "FILE"),
            )
        )
    key = secrets.token_bytes(_KEY_BYTES)
    remove_stale_temps(key_file.parent, f".{key_file.name}.new-*.tmp")  # from killed exports
    tmp = key_file.with_name(f".{key_file.name}.new-{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key.hex() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        # link, not replace: two first exports at once must not each write a key (the one
        # replaced would be lost with every pseudonym made from it); the second reads the first's
        try:
            os.link(tmp, key_file)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (FAT, exFAT memory sticks)
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with os.fdopen(fd, "w", encoding="ascii") as fh:
                    fh.write(key.hex() + "\n")
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(key_file)
                raise
    except FileExistsError:
        return read_key(key_file), False
    except BaseException as err:  # a full disk must not leave an empty key file behind
        if isinstance(err, OSError) and (err.filename is None or str(err.filename) == str(tmp)):
            err.filename = str(key_file)
        raise
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return key, True
