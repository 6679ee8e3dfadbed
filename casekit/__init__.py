"""casekit: casebooks, assessment figures, loneliness scores and reliable change for casework.

The public names below are loaded on first use, so ``import casekit`` stays
quick (pandas, SciPy and plotly load only when a name that needs them is
used): ``ck.load_casebook`` imports the loader, ``ck.figures`` the figures.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

from .errors import CasebookError, CasekitError, InstrumentError, ParameterError, Problem

__version__ = "0.1.0"

#: public name -> the module that defines it (a subpackage stands for itself)
_LAZY = {
    "figures": ".figures",
    "instruments": ".instruments",
    "Casebook": ".casebook",
    "load_casebook": ".casebook",
    "load_casebooks": ".pooling",
    "change": ".change",
    "chapter": ".chapter",
    "check_process": ".process_check",
    "cohort_summary": ".cohort",
    "reliability_summary": ".cohort",
    "suppress": ".disclosure",
    "suppress_cohort": ".disclosure",
    "score": ".scoring",
    "score_answers": ".scoring",
    "use_offline_plotly": ".reports.blocks",
}

__all__ = [
    "Casebook",
    "CasebookError",
    "CasekitError",
    "InstrumentError",
    "ParameterError",
    "Problem",
    "figures",
    "instruments",
    "load_casebook",
    "load_casebooks",
    "suppress",
    "suppress_cohort",
    "score",
    "score_answers",
    "change",
    "chapter",
    "check_process",
    "cohort_summary",
    "reliability_summary",
    "use_offline_plotly",
]

if TYPE_CHECKING:  # what the names are, for readers and type checkers
    from . import figures, instruments
    from .casebook import Casebook, load_casebook
    from .change import change
    from .chapter import chapter
    from .cohort import cohort_summary, reliability_summary
    from .disclosure import suppress, suppress_cohort
    from .pooling import load_casebooks
    from .process_check import check_process
    from .reports.blocks import use_offline_plotly
    from .scoring import score, score_answers


def __getattr__(name: str):
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'casekit' has no attribute {name!r}")
    module = importlib.import_module(target, __name__)
    value = (
        module
        if target == "." + name and name in ("figures", "instruments")
        else getattr(module, name)
    )
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """``casekit`` itself: keeps ``ck.change`` the function when ``casekit.change`` loads.

    Importing a submodule sets it as an attribute of its package; where a
    function shares its module's name (``change``, ``chapter``) the function
    is what ``ck.<name>`` must stay, as it was when everything loaded eagerly.
    """

    def __setattr__(self, name, value):
        if (
            isinstance(value, types.ModuleType)
            and _LAZY.get(name) == "." + name
            and name not in ("figures", "instruments")
        ):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
