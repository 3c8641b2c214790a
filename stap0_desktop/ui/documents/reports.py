"""Reports as PDF: written only where the professional chooses, after a warning.

Written only where the professional chooses, after a warning that a PDF is not
encrypted; the export is in the access log. Rendered with Qt's own PDF writer.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget

from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.files import (
    InputFileProblem,
    check_output,
    create_private_file,
    problem_from_os_error,
)
from stap0_desktop.services.reports import ReportKind
from stap0_desktop.ui.common.file_dialogs import choose_file_to_save


def write_pdf(document_html: str, path: Path, title: str, *, data_folder: Path) -> None:
    """Render to a temporary file beside ``path``, then rename: never half a PDF.

    Raises a ``VaultError`` to show with ``describe``: a destination inside the vault's
    ``data_folder`` or one that cannot be written (a folder, no such folder, a full disk).
    """
    check_output(path, data_folder)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        create_private_file(tmp)   # 0600 from the start: the umask does not decide
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(title)
        writer.setCreator("Stap 0")
        document = QTextDocument()
        document.setHtml(document_html)
        document.print_(writer)
        del writer  # finishes the file
        if tmp.stat().st_size == 0:  # QPdfWriter reports no errors of its own
            raise InputFileProblem("not written", path=str(path), reason="io")
        os.replace(tmp, path)
    except OSError as exc:
        raise problem_from_os_error(exc, path) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def ask_where(parent: QWidget, kind: ReportKind) -> Path | None:
    """The warning that a PDF is not encrypted, then the place the user chooses."""
    names = {ReportKind.MIDWIFE: "verslag-verloskundige.pdf",
             ReportKind.VISIT: "verslag-huisbezoek.pdf", ReportKind.PARENTS: "voor-de-ouders.pdf"}
    return ask_pdf_path(parent, names[kind])


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    answer = QMessageBox.warning(
        parent, translate("Report", "A PDF is not encrypted"), translate(
            "Report", "The report is written as an ordinary PDF file: anyone who gets the "
                      "file can read it. Save it only where it belongs (not on a shared or "
                      "USB disk) and remove it when it has been handed over. Continue?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return choose_file_to_save(parent, translate("Report", "Save report"), suggested,
                               "PDF (*.pdf)")
