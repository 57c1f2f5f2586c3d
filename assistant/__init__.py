"""The assistant: understand a question, answer it exactly, cite like staff cite.

Kept light on import: the embedding model loads in Assistant.load(), not here.
"""
from assistant.figures import FigureResult, FiguresTool, UnknownValue
from assistant.assistant import Assistant

__all__ = ["Assistant", "FigureResult", "FiguresTool", "UnknownValue"]
