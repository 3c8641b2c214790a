"""The pieces the HTML renderers build from — the reports, the consent printout, the
kaart's overview and entry, the signal preview, the match notices. Every text that comes
from the vault or a file is escaped here, once, so that a name like ``<b>`` or ``&`` is
shown as written and never taken for markup."""

from __future__ import annotations

import html
from collections.abc import Iterable


def esc(text: object) -> str:
    return html.escape(str(text))


def esc_lines(text: object) -> str:
    """Escaped, each new line kept as one."""
    return esc(text).replace("\n", "<br>")


def heading(level: int, text: str) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def paragraph(text: str, *, style: str = "") -> str:
    """``style``: ``b``, ``i`` or ``small`` around the text (the caller's own words)."""
    inner = f"<{style}>{esc(text)}</{style}>" if style else esc(text)
    return f"<p>{inner}</p>"


def bullets(texts: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(t)}</li>" for t in texts) + "</ul>"


def label_rows(rows: Iterable[tuple[str, str]], *, spacing: int = 4,
               skip_empty: bool = True) -> str:
    """A table of label and value, one row each, a value's lines kept; rows without a
    value are left out (``skip_empty``)."""
    body = "".join(f"<tr><td valign='top'><b>{esc(label)}</b></td>"
                   f"<td>{esc_lines(value)}</td></tr>" for label, value in rows
                   if value or not skip_empty)
    return f"<table cellspacing='{spacing}'>{body}</table>"
