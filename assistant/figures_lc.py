"""The figures tool as LangChain tools with typed arguments, for an agent or a chain.

Each tool returns the FigureResult as JSON-ready data: the exact value (a string, so that no
float creeps in), the input figures with their citations, and the notes.
"""
from __future__ import annotations

from typing import Any

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field

from assistant.figures import FiguresTool, UnknownValue


class LookupArgs(BaseModel):
    subject: str = Field(description="sector, e.g. politie, rijk, gemeenten, markt, totaal")
    metric: str | None = Field(None, description="doel, realisatie, realisatiepercentage, "
                                                 "extra_banen, sroi, ...; empty for all")
    period: str | None = Field(None, description="year, e.g. 2023, or 2017-Q1")
    including_sroi: bool = Field(False, description="percentages including SROI jobs")


class SeriesArgs(BaseModel):
    subject: str = Field(description="sector")
    metric: str = Field(description="metric, e.g. realisatiepercentage")


class DifferenceArgs(BaseModel):
    subject: str = Field(description="sector")
    metric: str = Field(description="metric")
    period_a: str = Field(description="earlier year")
    period_b: str = Field(description="later year")


class RankingArgs(BaseModel):
    metric: str = Field(description="metric to rank sectors by")
    period: str = Field(description="year")


class TargetArgs(BaseModel):
    subject: str = Field(description="sector")
    period: str = Field(description="year")


def figures_tools(tool: FiguresTool) -> list[BaseTool]:
    def wrap(method):
        def run(**kwargs: Any) -> dict[str, Any]:
            try:
                return method(**kwargs).to_dict()
            except UnknownValue as exc:
                return {"error": str(exc)}
        return run

    specs = [
        ("figures_lookup", tool.lookup, LookupArgs,
         "Exact figure(s) for a sector, metric and year from the letters, with sources."),
        ("figures_series", tool.series, SeriesArgs,
         "A sector's values of one metric over the years, each with its source."),
        ("figures_difference", tool.difference, DifferenceArgs,
         "Exact difference of a metric between two years (later minus earlier)."),
        ("figures_ranking", tool.ranking, RankingArgs,
         "Sectors ranked by a metric in a year."),
        ("figures_target_met", tool.target_met, TargetArgs,
         "Whether a sector met its target (doel) in a year."),
    ]
    return [StructuredTool.from_function(func=wrap(method), name=name, description=desc,
                                         args_schema=schema)
            for name, method, schema, desc in specs]
