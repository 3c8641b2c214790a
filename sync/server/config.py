"""The server folder records its database, so that ``serve`` and every admin command use
the same one (``server.json``; owner-only, as a PostgreSQL URL may carry a password)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sync.protocol.files import write_atomically
from sync.server.engines import engine_for
from sync.server.repository import Repository

CONFIG_FILE = "server.json"
DEFAULT_DATABASE = "sqlite:cjg.db"  # a relative SQLite path lies in the server folder


class ServerConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: Literal[1] = 1
    database: str
    # Distinct people one laptop may name in one day's signals (the oracle limit).
    people_per_device_per_day: int = Field(default=100, ge=1, le=1_000_000)
    # Signed requests one laptop may make per minute (shared by all worker processes).
    requests_per_device_per_minute: int = Field(default=600, ge=1, le=1_000_000)


class FolderProblem(Exception):
    """The server folder cannot be used; the message says why, for the operator."""


def record_database(folder: Path, url: str, people_per_day: int | None = None) -> None:
    """Check the URL's form, then write it atomically (``ValueError`` for a bad form); the
    other settings stay as they were."""
    engine_for(url)
    current = (load_config(folder) if (folder / CONFIG_FILE).exists()
               else ServerConfig(database=url))
    changes: dict[str, object] = {"database": url}
    if people_per_day:
        changes["people_per_device_per_day"] = people_per_day
    data = ServerConfig.model_validate({**current.model_dump(), **changes}).model_dump_json(
        indent=2).encode() + b"\n"
    write_atomically(folder / CONFIG_FILE, data, 0o600)


def load_config(folder: Path) -> ServerConfig:
    """The folder's settings (a folder from before records none: SQLite, defaults)."""
    try:
        raw = (folder / CONFIG_FILE).read_bytes()
    except FileNotFoundError:
        return ServerConfig(database=DEFAULT_DATABASE)
    except OSError as exc:
        raise FolderProblem(f"{folder / CONFIG_FILE}: {exc.strerror}") from None
    try:
        return ServerConfig.model_validate_json(raw)
    except ValidationError:
        raise FolderProblem(f"{folder / CONFIG_FILE} is damaged; write it again with "
                            "'stap0-cjg database --set URL'") from None


def database_url(folder: Path) -> str:
    """The recorded database, made absolute."""
    check_folder(folder)
    url = load_config(folder).database
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
