"""Loaded by test_headless.py's runs of ``jupyter nbconvert``: a client under load.

With ``CASEKIT_SLOW_WIDGET_CLIENT=SECONDS`` in the environment, nbclient's
stand-in for the front end's Output widget waits that long before handling
each captured output, as a busy machine would make it wait. That is the
moment the kernel's reply to the cell arrives on the shell channel. Only the
nbconvert process is slowed, never the kernel.
"""

import os
import sys
import time

_DELAY = float(os.environ.get("CASEKIT_SLOW_WIDGET_CLIENT") or 0)

if _DELAY and "nbconvert" in os.path.basename(sys.argv[0] if sys.argv else ""):
    from nbclient import output_widget

    def _slowed(method):
        def wrapper(self, *args, **kwargs):
            time.sleep(_DELAY)
            return method(self, *args, **kwargs)

        return wrapper

    output_widget.OutputWidget.output = _slowed(output_widget.OutputWidget.output)
    output_widget.OutputWidget.clear_output = _slowed(output_widget.OutputWidget.clear_output)
