"""The reference CJG inbox server (FastAPI)."""
