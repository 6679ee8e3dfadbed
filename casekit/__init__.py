"""casekit: casebooks, assessment figures, loneliness scores and reliable change for casework."""

from . import figures, instruments
from .casebook import Casebook, load_casebook
from .change import change
from .chapter import chapter
from .cohort import cohort_summary, reliability_summary
from .disclosure import suppress, suppress_cohort
from .errors import CasebookError, CasekitError, InstrumentError, ParameterError, Problem
from .pooling import load_casebooks
from .process_check import check_process
from .reports.blocks import use_offline_plotly
from .scoring import score, score_answers

__version__ = "0.1.0"

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
