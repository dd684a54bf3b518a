"""The emergency card: what a first responder needs, wallet-sized, with a QR code.

Front: name, date of birth, blood type, allergies, conditions and the QR code. Back:
current medicines with doses, emergency contacts. The QR code holds the same facts as
plain text (no link, no app): any phone camera shows it offline. It is drawn as vector
squares, so it prints sharp at any size. ``layout="wallet"`` gives two 85.6 x 54 mm pages
(ID-1, front then back, for a card printer or duplex); ``"a4"`` puts front and back side
by side on one A4 sheet with cut marks, to print at home and fold.

What does not fit on the card is cut with "…"; the QR text keeps everything up to
MAX_QR_CHARS, beyond which phones struggle to read a code of this size.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import segno

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.formats import format_day
from healthdesk.domain.i18n import N_, _, current_language, language
from healthdesk.services.record import HealthRecord

from .pdf_layout import GREY, Pdf

CARD_W, CARD_H = 85.6, 54.0
LAYOUTS = ("wallet", "a4")
MAX_QR_CHARS = 700
RED = (178, 34, 34)
QR_SIZE = 24.0


@dataclass(frozen=True)
class CardFacts:
    name: str
    born: dt.date | None
    blood_type: str
    allergies: tuple[str, ...]
    conditions: tuple[str, ...]
    medicines: tuple[str, ...]
    contacts: tuple[str, ...]
    made_on: dt.date


def gather(record: HealthRecord, profile_id: str) -> CardFacts:
    p = record.profiles.get(profile_id)
    allergies = tuple(
        a.substance + (f" ({a.reaction})" if a.reaction else "")
        + (" - " + _("SEVERE") if a.severity in ("severe", "life_threatening") else "")
        for a in record.allergies.for_profile(profile_id))
    conditions = tuple(c.name for c in record.conditions.for_profile(
        profile_id, include_resolved=False))
    medicines = tuple(
        m.title + (f": {m.schedule.summary}" if m.schedule else
                   f": {m.dose_amount:g} {m.dose_unit}")
        for m in record.medications.for_profile(profile_id))
    contacts = tuple(
        ", ".join(x for x in (c.name + (f" ({c.relationship})" if c.relationship else ""),
                              c.phone or c.email or "") if x)
        for c in sorted(record.contacts.for_profile(profile_id), key=lambda c: c.priority))
    blood = p.blood_type if p.blood_type and p.blood_type != "unknown" else "unknown"
    return CardFacts(p.name, p.date_of_birth, blood, allergies, conditions, medicines,
                     contacts, record.now().date())


def qr_text(f: CardFacts) -> str:
    """The plain text inside the QR code (what a phone camera shows)."""
    lines = ["EMERGENCY MEDICAL INFO", f"Name: {f.name}",
             f"Born: {f.born.isoformat() if f.born else 'unknown'}",
             f"Blood type: {f.blood_type}",
             "Allergies: " + ("; ".join(f.allergies) or "none recorded"),
             "Conditions: " + ("; ".join(f.conditions) or "none recorded"),
             "Medicines: " + ("; ".join(f.medicines) or "none recorded"),
             "Contacts: " + ("; ".join(f.contacts) or "none recorded"),
             f"Updated: {f.made_on.isoformat()}"]
    text = "\n".join(lines)
    return text if len(text) <= MAX_QR_CHARS else text[:MAX_QR_CHARS - 1] + "…"


def _draw_qr(pdf: Pdf, text: str, x: float, y: float, size: float) -> None:
    code = segno.make(text, error="m", micro=False)
    rows = [list(r) for r in code.matrix_iter(scale=1, border=2)]
    cell = size / len(rows)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, size, size, style="F")
    pdf.set_fill_color(0, 0, 0)
    for j, row in enumerate(rows):
        i = 0
        while i < len(row):  # one rectangle per run of dark modules
            if row[i]:
                k = i
                while k < len(row) and row[k]:
                    k += 1
                pdf.rect(x + i * cell, y + j * cell, (k - i) * cell, cell * 1.02, style="F")
                i = k
            else:
                i += 1


def heading(english: str) -> str:
    """A heading in the card's language, after the English one when that is another:
    a first responder may read either ("ALLERGIES / एलर्जी")."""
    shown = _(english)
    if current_language() == "en" or shown == english:
        return english.upper()
    return f"{english.upper()} / {shown}"


def _fit(pdf: Pdf, text: str, width: float, size: float, bold: bool = False,
         smallest: float = 3.6) -> None:
    """Set the largest font size up to ``size`` at which ``text`` fits ``width`` on one
    line: a heading with its translation beside it ("ALLERGIES / ஒவ்வாமைகள்") is longer
    than the English one, and a cell never wraps."""
    while True:
        pdf.font(size, bold=bold)
        if size <= smallest or pdf.get_string_width(text) <= width:
            return
        size = max(smallest, size - 0.3)


def _block(pdf: Pdf, x: float, y: float, w: float, title: str, items: tuple[str, ...],
           max_lines: int, empty: str, size: float = 6.3) -> float:
    """A titled list cut to ``max_lines`` lines; returns the y below it. ``title`` and
    ``empty`` are English msgids (marked with N_ where they are written)."""
    pdf.set_text_color(*RED)
    pdf.set_xy(x, y)
    text = pdf.clean(heading(title))
    _fit(pdf, text, w, 5.6, bold=True)
    pdf.cell(w, 2.8, text)
    pdf.set_text_color(0, 0, 0)
    pdf.font(size)
    text = pdf.clean("; ".join(items) if items else _(empty))
    lines = pdf.multi_cell(w, size * 0.42, text, dry_run=True, output="LINES")
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip()[:-1].rstrip("; ") + "…"
    y += 2.9
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(w, size * 0.42, line)
        y += size * 0.42
    return y + 0.8


def _front(pdf: Pdf, f: CardFacts, qr: str, ox: float, oy: float) -> None:
    pdf.set_fill_color(*RED)
    pdf.rect(ox, oy, CARD_W, 7, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(ox + 3, oy + 1.3)
    text = pdf.clean(heading(N_("Emergency medical card")))
    _fit(pdf, text, CARD_W - 6, 8, bold=True)
    pdf.cell(CARD_W - 6, 4.4, text)
    pdf.set_text_color(0, 0, 0)
    text_w = CARD_W - QR_SIZE - 8
    pdf.font(10.5)  # a name may be in any script: the Unicode face, not Helvetica Bold
    pdf.set_xy(ox + 3, oy + 8.3)
    pdf.cell(text_w, 4.5, pdf.clean(f.name))
    pdf.font(6.5)
    pdf.set_xy(ox + 3, oy + 13)
    born = format_day(f.born) if f.born else _("unknown")
    blood = _("unknown") if f.blood_type == "unknown" else f.blood_type
    pdf.cell(text_w, 3, pdf.clean(_("Born {date}   Blood type {blood_type}").format(
        date=born, blood_type=blood)))
    y = _block(pdf, ox + 3, oy + 17, text_w, N_("Allergies"), f.allergies, 4,
               N_("None recorded"))
    _block(pdf, ox + 3, y, text_w, N_("Conditions"), f.conditions,
           max(1, int((oy + CARD_H - 3 - y - 2.9) / (6.3 * 0.42))), N_("None recorded"))
    _draw_qr(pdf, qr, ox + CARD_W - QR_SIZE - 3, oy + 9, QR_SIZE)
    pdf.font(4.6)
    pdf.set_text_color(*GREY)
    pdf.set_xy(ox + CARD_W - QR_SIZE - 3, oy + 9 + QR_SIZE + 0.5)
    pdf.multi_cell(QR_SIZE, 2, pdf.clean(_("Scan with any phone camera: all of this as text")),
                   align="C")
    pdf.set_text_color(0, 0, 0)


def _back(pdf: Pdf, f: CardFacts, ox: float, oy: float) -> None:
    w = CARD_W - 6
    y = _block(pdf, ox + 3, oy + 3, w, N_("Current medicines and doses"), f.medicines, 8,
               N_("None recorded"))
    y = _block(pdf, ox + 3, y + 0.5, w, N_("Emergency contacts"), f.contacts, 3,
               N_("None recorded"), size=6.8)
    pdf.set_text_color(*GREY)
    pdf.set_xy(ox + 3, oy + CARD_H - 5)
    text = pdf.clean(_("Updated {date} with HealthDesk. Check with the person or "
                       "their doctor.").format(date=format_day(f.made_on)))
    _fit(pdf, text, w, 5)
    pdf.cell(w, 2.5, text)
    pdf.set_text_color(0, 0, 0)


def _outline(pdf: Pdf, ox: float, oy: float) -> None:
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.15)
    pdf.rect(ox, oy, CARD_W, CARD_H)


def render(f: CardFacts, layout: str = "wallet") -> bytes:
    if layout not in LAYOUTS:
        raise ValidationError("layout",
            _("Layout must be one of: {layouts} (not '{layout}').").format(
                                            layouts=', '.join(LAYOUTS), layout=layout))
    qr = qr_text(f)
    if layout == "wallet":
        pdf = Pdf(format=(CARD_W, CARD_H), real_bold=False)
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        pdf.add_page()
        _front(pdf, f, qr, 0, 0)
        pdf.add_page()
        _back(pdf, f, 0, 0)
    else:
        pdf = Pdf(format="A4", real_bold=False)
        pdf.set_auto_page_break(False)
        pdf.add_page()
        ox, oy = (210 - 2 * CARD_W) / 2, 30.0
        pdf.font(9)
        pdf.set_xy(ox, oy - 10)
        pdf.cell(2 * CARD_W, 5, pdf.clean(_("Cut along the outline, fold along the middle "
                                            "line, and keep it with your ID.")))
        _front(pdf, f, qr, ox, oy)
        _back(pdf, f, ox + CARD_W, oy)
        _outline(pdf, ox, oy)
        _outline(pdf, ox + CARD_W, oy)
    pdf.set_title(_("Emergency card: {name}").format(name=f.name))
    pdf.set_creator("HealthDesk")
    return bytes(pdf.output())


def build_emergency_card(record: HealthRecord, profile_id: str, *,
                         layout: str = "wallet") -> bytes:
    """The card's PDF bytes (NotFoundError for an unknown profile), in the person's own
    language (their profile's), with every heading in English too."""
    with language(record.profiles.get(profile_id).language):
        return render(gather(record, profile_id), layout)
