"""Figures: one module per drawing; every function returns a plotly Figure."""

from .body_map import body_map
from .bpss import bpss
from .dumbbell import dumbbell
from .ecomap import ecomap
from .forest import forest
from .genogram import genogram
from .jacobson import jacobson
from .life_road import life_road
from .prepost import prepost
from .timeline import timeline
from .transitions import transitions

__all__ = [
    "body_map",
    "bpss",
    "dumbbell",
    "ecomap",
    "forest",
    "genogram",
    "jacobson",
    "life_road",
    "prepost",
    "timeline",
    "transitions",
]
