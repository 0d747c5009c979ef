"""The quotation workbook made for one client (DOMAIN.md: sheet 1 the quote, sheet 2 the client)."""
from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XlImage
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image

from backend.models import Lead, Organization, Product, Show

HEADER = ("Product", "Picture", "Model", "Unit price", "Currency", "MOQ", "Specification", "Packaging", "Standard")
FIRST_ROW = 8
PICTURE_PX = 80


def build(org: Organization, lead: Lead, show: Show | None, products: list[Product], *, day: str,
          media_dir: str) -> bytes:
    wb = Workbook()
    quote = wb.active
    quote.title = "Quotation"
    _letterhead(quote, org, media_dir)
    quote.cell(row=6, column=1, value=f"Quotation for {lead.company or lead.name}, {day}").font = Font(bold=True, size=13)
    for col, title in enumerate(HEADER, start=1):
        cell = quote.cell(row=FIRST_ROW - 1, column=col, value=title)
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="DDDDDD")
    for row, p in enumerate(products, start=FIRST_ROW):
        values = (p.name, None, p.model, p.unit_price, p.currency, p.moq, p.specification, p.packaging, p.standard)
        for col, value in enumerate(values, start=1):
            quote.cell(row=row, column=col, value=value).alignment = Alignment(wrap_text=True, vertical="top")
        quote.cell(row=row, column=4).number_format = "#,##0.00"
        picture = _picture(p.photo_path, media_dir, PICTURE_PX)
        if picture is not None:
            quote.add_image(picture, f"B{row}")
            quote.row_dimensions[row].height = PICTURE_PX * 0.75
    for col, width in zip("ABCDEFGHI", (34, 14, 14, 11, 9, 8, 44, 30, 16)):
        quote.column_dimensions[col].width = width

    client = wb.create_sheet("Client")
    phones = ", ".join(p.get("number") or p.get("raw", "") for p in lead.phones or [])
    rows = [("Name", lead.name), ("Title", lead.title), ("Company", lead.company),
            ("Email", ", ".join(lead.emails or [])), ("Phone", phones), ("Address", lead.address),
            ("Country", lead.country or ""), ("Website", lead.website),
            ("Met at", f"{show.name}, booth {show.booth}" if show else ""),
            ("Met on", lead.captured_at.date().isoformat())]
    for r, (label, value) in enumerate(rows, start=1):
        client.cell(row=r, column=1, value=label).font = Font(bold=True)
        client.cell(row=r, column=2, value=value)
    client.column_dimensions["A"].width, client.column_dimensions["B"].width = 14, 60
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _letterhead(sheet, org: Organization, media_dir: str) -> None:
    logo = _picture(org.logo_path, media_dir, 120)
    if logo is not None:
        sheet.add_image(logo, "A1")
    lines = [org.name, org.address, org.phone, org.email, org.website]
    for row, line in enumerate([x for x in lines if x], start=1):
        cell = sheet.cell(row=row, column=7, value=line)
        cell.alignment = Alignment(horizontal="right")
        if row == 1:
            cell.font = Font(bold=True, size=14)


def _picture(relative: str | None, media_dir: str, size: int) -> XlImage | None:
    """A product photo or logo shrunk to fit a cell; missing files are left out, not fatal."""
    if not relative:
        return None
    path = Path(relative) if Path(relative).is_absolute() else Path(media_dir) / relative
    if not path.is_file():
        return None
    with Image.open(path) as img:
        img.thumbnail((size, size))
        buffer = io.BytesIO()
        img.convert("RGB").save(buffer, "PNG")
    buffer.seek(0)
    return XlImage(buffer)
