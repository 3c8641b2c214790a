"""Files a person names, for the screens and the command line: the storage layer's checks
and reader, offered where the UI and CLI reach the rest of the system (services)."""

from __future__ import annotations

from stap0_desktop.storage.atomic import create_private_file
from stap0_desktop.storage.errors import (
    DestinationInVault,
    DiskFull,
    InputFileProblem,
    VaultError,
)
from stap0_desktop.storage.input_files import (
    check_output,
    check_output_folder,
    problem_from_os_error,
    read_input,
)

__all__ = ["DestinationInVault", "DiskFull", "InputFileProblem", "VaultError", "check_output",
           "check_output_folder", "create_private_file", "problem_from_os_error",
           "read_input"]
