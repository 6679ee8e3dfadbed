"""``python -m casekit.cli``: the same as the ``casekit`` command."""

import sys

from .app import main

sys.exit(main())
