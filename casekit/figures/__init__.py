"""Figures: one module per drawing; every function returns a plotly Figure."""

from .body_map import body_map
from .bpss import bpss
from .ecomap import ecomap
from .genogram import genogram
from .life_road import life_road
from .prepost import prepost
from .timeline import timeline

__all__ = ["body_map", "bpss", "ecomap", "genogram", "life_road", "prepost", "timeline"]
