"""The ``casekit`` command line (``casekit.cli.main``), one module per command group.

- :mod:`.app`: the parser, the language of messages and help, the exit codes.
- :mod:`.casebook_commands`: ``validate``, ``new``, ``summary``, ``check-process``.
- :mod:`.table_commands`: ``score``, ``change``.
- :mod:`.report_commands`: ``report``, ``cohort``.
- :mod:`.document_commands`: ``slides``, ``export``, ``chapter``.
"""

from .app import _entry, build_parser, main  # noqa: F401 - _entry: pyproject's console script
from .report_commands import _default_out  # noqa: F401 - importable from the old place

__all__ = ["build_parser", "main"]
