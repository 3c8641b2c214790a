"""The server folder records its database, so that ``serve`` and every admin command use
the same one (``server.json``; owner-only, as a PostgreSQL URL may carry a password)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from sync.server.engines import engine_for
from sync.server.repository import Repository

CONFIG_FILE = "server.json"
DEFAULT_DATABASE = "sqlite:cjg.db"  # a relative SQLite path lies in the server folder


class ServerConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: Literal[1] = 1
    database: str


class FolderProblem(Exception):
    """The server folder cannot be used; the message says why, for the operator."""


def record_database(folder: Path, url: str) -> None:
    """Check the URL's form, then write it atomically (``ValueError`` for a bad form)."""
    engine_for(url)
    data = ServerConfig(database=url).model_dump_json(indent=2).encode() + b"\n"
    tmp = folder / f".{CONFIG_FILE}.{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, folder / CONFIG_FILE)


def database_url(folder: Path) -> str:
    """The recorded database, made absolute (a folder from before records none: SQLite)."""
    check_folder(folder)
    try:
        raw = (folder / CONFIG_FILE).read_bytes()
    except FileNotFoundError:
        url = DEFAULT_DATABASE
    except OSError as exc:
        raise FolderProblem(f"{folder / CONFIG_FILE}: {exc.strerror}") from None
    else:
        try:
            url = ServerConfig.model_validate_json(raw).database
        except ValidationError:
            raise FolderProblem(f"{folder / CONFIG_FILE} is damaged; write it again with "
                                "'stap0-cjg database --set URL'") from None
    if url.startswith("sqlite:"):
        path = Path(url.removeprefix("sqlite:"))
        url = f"sqlite:{path if path.is_absolute() else folder / path}"
    return url


def check_folder(folder: Path) -> None:
    from sync.server.keys import PROFILE_FILE

    if not folder.is_dir():
        raise FolderProblem(f"{folder} does not exist or is not a folder; create a server "
                            "folder with 'stap0-cjg init --dir FOLDER'")
    if not (folder / PROFILE_FILE).is_file():
        raise FolderProblem(f"{folder} is not a CJG server folder (no {PROFILE_FILE}); "
                            "create one with 'stap0-cjg init --dir FOLDER'")


def open_folder_repository(folder: Path) -> Repository:
    url = database_url(folder)
    try:
        return Repository(engine_for(url))
    except ValueError as exc:
        raise FolderProblem(f"{folder / CONFIG_FILE}: {exc}") from None
    except Exception as exc:  # psycopg's or sqlite3's own: the database cannot be reached
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise FolderProblem(f"the database {without_password(url)} cannot be opened: "
                            f"{reason}") from None


def without_password(url: str) -> str:
    if "://" in url and "@" in url:
        scheme, rest = url.split("://", 1)
        credentials, host = rest.split("@", 1)
        return f"{scheme}://{credentials.split(':', 1)[0]}@{host}"
    return url
