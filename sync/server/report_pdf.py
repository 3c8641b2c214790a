"""The month's report as a one-page PDF: the figures and a bar chart, drawn with PDF's own
operators and its standard Helvetica (no font file, no dependency). A count under 5 gets
no bar, only "< 5"; a dashed line marks the VIR's 60 % of the matches made."""

from __future__ import annotations

from sync.server.regie_report import LABELS, SMALL, VIR_ANCHOR, MonthFigures, rows

WIDTH, HEIGHT = 595, 842       # A4 in points
_BAR = "0.18 0.42 0.62 rg"
_MUTED = "0.55 0.55 0.55 rg"


def _text(value: str) -> bytes:
    """A PDF string in WinAnsiEncoding (Dutch letters included), escaped."""
    raw = value.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _line(font: str, size: int, x: float, y: float, value: str) -> bytes:
    return b"BT /%s %d Tf %.1f %.1f Td " % (font.encode(), size, x, y) + _text(value) + b" Tj ET\n"


def _page(f: MonthFigures, municipality: str, language: str) -> bytes:
    words = LABELS[language]
    out = [_line("F2", 18, 50, 780, words["title"].format(month=f.month)),
           _line("F1", 11, 50, 760, f"{municipality} — "
                 + words["as_of"].format(day=f.as_of.isoformat()))]
    y = 720.0
    for label, value in rows(f, language):
        out.append(_line("F1", 11, 50, y, label))
        out.append(_line("F2", 11, 380, y, value))
        y -= 18
    out.append(_line("F1", 9, 50, y - 4, "(" + words["anchor"].format(anchor=VIR_ANCHOR) + ")"))
    bars = [(words["made"], f.made), (words["contact"], f.contact),
            (words["agreed"], f.agreed), (words["stalled"], f.stalled),
            (words["ended"], f.ended)]
    top, left, span = y - 60, 250.0, 280.0
    largest = max([value for _, value in bars if value >= SMALL] or [1])
    for index, (name, count) in enumerate(bars):
        base = top - index * 34
        out.append(_line("F1", 10, 50, base + 6, name.split(" (")[0]))
        if count < SMALL:
            out.append(b"q " + _MUTED.encode() + b"\n"
                       + _line("F1", 10, left, base + 6, f"< {SMALL}") + b"Q\n")
            continue
        length = span * count / largest
        out.append(b"q %s %.1f %.1f %.1f 20 re f Q\n" % (_BAR.encode(), left, base, length))
        out.append(_line("F2", 10, left + length + 6, base + 6, str(count)))
    if f.made >= SMALL:
        x = left + span * (VIR_ANCHOR / 100) * f.made / largest
        low = top - len(bars) * 34 + 20
        out.append(b"q 0.8 0.2 0.2 RG [4 3] 0 d 1 w %.1f %.1f m %.1f %.1f l S Q\n"
                   % (x, low, x, top + 28))
        out.append(_line("F1", 9, x + 4, top + 30, f"VIR ~{VIR_ANCHOR} %"))
    out.append(_line("F1", 9, 50, 60, words["small"]))
    return b"".join(out)


def report_pdf(f: MonthFigures, municipality: str, language: str) -> bytes:
    content = _page(f, municipality, language)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font"
        b" << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>" % (WIDTH, HEIGHT),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold"
        b" /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Title " + _text(LABELS[language]["title"].format(month=f.month))
        + b" /Producer (Stap 0 CJG) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, len(objects), xref))
    return bytes(out)
