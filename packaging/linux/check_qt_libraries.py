"""Before `make run` on Linux: are the system libraries Qt's window plugin needs there?

PySide6 from PyPI brings Qt itself, not the X11 helper libraries its xcb plugin links to;
without them Qt only says "could not load the Qt platform plugin". This names what is
missing and the Debian/Ubuntu packages that provide it. Exit status 1 when something is.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

# Loaded at run time with dlopen, so ldd cannot see them.
DLOPENED = ("xcb-cursor",)


def package_of(soname: str) -> str:
    """libxcb-icccm.so.4 → libxcb-icccm4; libxkbcommon-x11.so.0 → libxkbcommon-x11-0."""
    match = re.fullmatch(r"(lib[\w+.-]+?)\.so\.(\d+).*", soname)
    if match is None:
        return soname
    name, major = match.groups()
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def missing_libraries() -> list[str]:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return []
    qt = Path(spec.origin).parent / "Qt"
    binaries = [qt / "plugins" / "platforms" / "libqxcb.so", *sorted(
        (qt / "lib").glob("libQt6XcbQpa.so*"))]
    missing: set[str] = set()
    for binary in binaries:
        if not binary.exists():
            continue
        listing = subprocess.run(["ldd", str(binary)], capture_output=True, text=True,
                                 check=False).stdout
        missing |= {line.split()[0] for line in listing.splitlines() if "not found" in line}
    for name in DLOPENED:
        if ctypes.util.find_library(name) is None:
            missing.add(f"lib{name}.so.0")
    return sorted(missing)


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    missing = missing_libraries()
    if not missing:
        return 0
    packages = " ".join(sorted({package_of(m) for m in missing}))
    print("Stap 0's window needs these system libraries, which are missing:\n  "
          + "\n  ".join(missing)
          + f"\nOn Debian or Ubuntu: sudo apt-get install {packages}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
