"""Build Stap 0 as a self-contained application: ``make package`` runs this.

1. renders the icon (resources/icons/stap0.svg) to PNG and ICO in build/icons;
2. runs PyInstaller on packaging/stap0.spec: one folder, build/dist/stap0/;
3. prints the size of the bundle (target: well under 250 MB);
4. on Linux, wraps it as build/dist/stap0_VERSION_ARCH.deb and a .tar.gz.

Nothing here is committed: build/ is ignored. On Windows, step 4 is Inno Setup
(packaging/windows/stap0.iss); see packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = BUILD / "dist"
LIMIT_MB = 250
DEB_ARCH = {"x86_64": "amd64", "aarch64": "arm64"}


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def render_icons(folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    folder.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "stap0.svg"))
    for size in (256, 48):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        suffix = "" if size == 256 else f"-{size}"
        for kind in ("png", "ico"):
            if not image.save(str(folder / f"stap0{suffix}.{kind}")):
                raise SystemExit(f"could not write the {kind} icon")
    del app


def bundle_size_mb(folder: Path) -> float:
    """As on disk: links are counted once (PyInstaller links libraries on Linux)."""
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def pyinstaller(icons: Path) -> Path:
    env = dict(os.environ, STAP0_ICON_DIR=str(icons))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST), "--workpath",
                    str(BUILD / "pyinstaller"), str(ROOT / "packaging" / "stap0.spec")],
                   check=True, env=env, cwd=ROOT)
    return DIST / "stap0"


def tarball(bundle: Path, name: str) -> Path:
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as archive:
        archive.add(bundle, arcname=name)
    return target


def deb(bundle: Path, icons: Path, ver: str) -> Path:
    """/opt/stap0 (the bundle), /usr/bin links, a desktop entry and the icon — and nothing
    else, so that removing the package leaves only the user's own data folder."""
    arch = DEB_ARCH.get(platform.machine(), platform.machine())
    stage = BUILD / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "stap0", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    for program in ("stap0", "stap0-cli"):
        (stage / "usr" / "bin" / program).symlink_to(f"/opt/stap0/{program}")
    for size, icon in (("256x256", "stap0.png"), ("48x48", "stap0-48.png")):
        folder = stage / "usr" / "share" / "icons" / "hicolor" / size / "apps"
        folder.mkdir(parents=True)
        shutil.copy(icons / icon, folder / "stap0.png")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "linux" / "stap0.desktop", applications)
    size_kb = int(bundle_size_mb(stage) * 1000)
    control = (ROOT / "packaging" / "linux" / "control").read_text().format(
        version=ver, arch=arch, size_kb=size_kb)
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(control)
    target = DIST / f"stap0_{ver}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "--build", str(stage), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-installers", action="store_true",
                        help="only the PyInstaller folder")
    args = parser.parse_args()
    ver = version()
    icons = BUILD / "icons"
    render_icons(icons)
    bundle = pyinstaller(icons)
    size = bundle_size_mb(bundle)
    print(f"bundle: {bundle} — {size:.0f} MB (limit {LIMIT_MB} MB)")
    if size >= LIMIT_MB:
        print("FAIL the bundle is too large", file=sys.stderr)
        return 1
    if not args.no_installers and sys.platform.startswith("linux"):
        arch = platform.machine()
        print(f"tar.gz: {tarball(bundle, f'stap0-{ver}-linux-{arch}')}")
        if shutil.which("dpkg-deb"):
            print(f"deb:    {deb(bundle, icons, ver)}")
        else:
            print("deb:    skipped (dpkg-deb not found)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
