"""The assistant: understand a question, answer it exactly, cite like staff cite.

Kept light on import: the figures tool is here; the Assistant class (question answering)
is added by its own issue.
"""
from assistant.figures import FigureResult, FiguresTool, UnknownValue

__all__ = ["FigureResult", "FiguresTool", "UnknownValue"]
