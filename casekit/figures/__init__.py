"""Figures: one module per drawing; every function returns a plotly Figure."""

from .genogram import genogram

__all__ = ["genogram"]
