"""Evaluation: the gold questions (questions.jsonl) asked through the assistant's public API
and a plain LangChain baseline, scored by value, unit, year and source (scoring.py), retrieval,
abstention, citation precision and latency; `python -m eval [--check]` writes report.md/json.
"""
