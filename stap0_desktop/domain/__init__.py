"""Pydantic models and pure rules. No Qt, no SQL."""
