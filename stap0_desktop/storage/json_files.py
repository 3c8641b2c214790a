"""Small JSON files validated by a pydantic model, with the faulty field named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from stap0_desktop.storage.errors import VaultError

M = TypeVar("M", bound=BaseModel)


def read_model(
    path: Path, model: type[M], damaged: type[VaultError],
    missing: type[VaultError] | None = None,
) -> M:
    """Parse ``path`` as ``model``; ``damaged(field=…)`` names the first faulty field.

    A missing file raises ``missing`` (or ``damaged`` with field "(file)").
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if missing is not None:
            raise missing(path=str(path)) from None
        raise damaged("missing", field="(file)", path=str(path)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise damaged("not JSON", field="(file)", path=str(path)) from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "(file)"
        raise damaged(first["msg"], field=field, path=str(path)) from None
