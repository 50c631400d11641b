"""Visual themes: the same content typeset the way different issuers do it."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from .common import style


@dataclass(frozen=True)
class Theme:
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    italic: str = "Helvetica-Oblique"
    size: float = 9
    accent: object = colors.HexColor("#005A8C")
    band: object = colors.HexColor("#E3EEF5")
    section: str = "band"  # band | rule | caps | boxed

    def p(self, markup: str, size: float | None = None, align: str = "justify", bold: bool = False,
          italic: bool = False, space: float = 3, indent: float = 0) -> Paragraph:
        font = self.bold if bold else self.italic if italic else self.font
        sz = size or self.size
        st = style(f"p{sz}{align}{font}", font, sz, sz * 1.3, align, spaceAfter=space, leftIndent=indent)
        return Paragraph(markup, st)

    def title(self, markup: str, size: float | None = None, align: str = "center", space: float = 4) -> Paragraph:
        sz = size or self.size + 3
        return Paragraph(markup, style(f"t{sz}{align}", self.bold, sz, sz * 1.25, align, spaceAfter=space))

    def heading(self, label: str) -> Flowable:
        """A section heading in this theme's manner."""
        size = self.size + 0.5
        if self.section == "band":
            t = Table([[Paragraph(label, style("hb", self.bold, size, size * 1.2, textColor=self.accent))]],
                      colWidths=["100%"])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), self.band),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, self.accent),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]))
            t.spaceBefore, t.spaceAfter = 6, 4
            return t
        if self.section == "boxed":
            t = Table([[Paragraph(label.upper(), style("hx", self.bold, size - 0.5, size * 1.2))]],
                      colWidths=["100%"])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            t.spaceBefore, t.spaceAfter = 6, 4
            return t
        if self.section == "caps":
            return Paragraph(label.upper(), style("hc", self.bold, size, size * 1.3, "center",
                                                  spaceBefore=8, spaceAfter=4))
        t = Table([[Paragraph(label, style("hr", self.bold, size + 0.5, size * 1.3))]], colWidths=["100%"])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        t.spaceBefore, t.spaceAfter = 8, 4
        return t

    def gap(self, h: float = 3) -> Spacer:
        return Spacer(1, h * mm)


REGIONE = Theme()
BANDI_OLD = Theme("Times-Roman", "Times-Bold", "Times-Italic", 10, colors.black, colors.white, "boxed")
CONSULENTE = Theme("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 9, colors.HexColor("#7A1F1F"),
                   colors.white, "rule")
TIMES_CAPS = Theme("Times-Roman", "Times-Bold", "Times-Italic", 10.5, colors.black, colors.white, "caps")
