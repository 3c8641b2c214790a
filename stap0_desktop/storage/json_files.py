"""Small JSON files validated by a pydantic model, with the faulty field named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from stap0_desktop.storage.errors import InputFileProblem, VaultError
from stap0_desktop.storage.input_files import read_input

M = TypeVar("M", bound=BaseModel)
MAX_BYTES = 1 << 20  # key slots and key files are a few KiB


def read_model(
    path: Path, model: type[M], damaged: type[VaultError],
    missing: type[VaultError] | None = None,
) -> M:
    """Parse ``path`` as ``model``; ``damaged(field=…)`` names the first faulty field.

    A missing file raises ``missing`` (or ``damaged`` with field "(file)").
    """
    try:
        raw = read_input(path, MAX_BYTES)
    except InputFileProblem as exc:
        if exc.params.get("reason") != "missing":
            raise
        if missing is not None:
            raise missing(path=str(path)) from None
        raise damaged("missing", field="(file)", path=str(path)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise damaged("not JSON", field="(file)", path=str(path)) from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "(file)"
        raise damaged(first["msg"], field=field, path=str(path)) from None
