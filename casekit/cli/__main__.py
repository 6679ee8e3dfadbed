"""``python -m casekit.cli``: the same as the ``casekit`` command."""

import sys

from .app import main

if __name__ == "__main__":  # not when a tool imports every module of the package
    sys.exit(main())
