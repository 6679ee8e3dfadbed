"""Figures: one module per drawing; every function returns a plotly Figure."""

from .ecomap import ecomap
from .genogram import genogram

__all__ = ["ecomap", "genogram"]
