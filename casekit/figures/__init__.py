"""Figures: one module per drawing; every function returns a plotly Figure."""

from .ecomap import ecomap
from .genogram import genogram
from .life_road import life_road

__all__ = ["ecomap", "genogram", "life_road"]
