"""What a search of the sociale kaart asks, and what it finds (the entries themselves are
the protocol's: ``sync.protocol.kaart_entry``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from sync.protocol.kaart_entry import ADULT_AGE, MAX_AGE, KaartEntry, derived_key

__all__ = ["ADULT_AGE", "KaartEntry", "KaartHit", "KaartQuery", "derived_key"]

class KaartQuery(BaseModel):
    """Who can help: words, the domains of the worry, an age, a wijk."""

    model_config = ConfigDict(frozen=True)

    words: str = ""
    domains: list[str] = Field(default_factory=list)
    age: int | None = Field(default=None, ge=0, le=MAX_AGE)
    pregnant: bool = False
    wijk: str = ""
    limit: int = Field(default=50, ge=1, le=500)


class KaartHit(BaseModel):
    model_config = ConfigDict(frozen=True)

    entry: KaartEntry
    fits: list[str]              # the asked domains this offer covers
    note: str = ""               # the professional's own note on it (local)
