"""casekit: casebooks, assessment figures, loneliness scores and reliable change for casework."""

from . import instruments
from .casebook import Casebook, load_casebook
from .errors import CasebookError, CasekitError, InstrumentError, ParameterError, Problem

__version__ = "0.1.0"

__all__ = [
    "Casebook",
    "CasebookError",
    "CasekitError",
    "InstrumentError",
    "ParameterError",
    "Problem",
    "instruments",
    "load_casebook",
]
