"""The visit summary: one person's record for a period, as a PDF to hand to a doctor.

It holds conditions, allergies, current medicines with adherence, readings with charts
and normal ranges, symptoms, goals and the open questions written in the notes. Text is
real text (searchable, copyable); charts are vector lines drawn from the daily roll-up,
so ten years of readings cost a few thousand rows, not millions.

The period is read in the person's own zone (a day is their day), default the last 90
days up to today. Adherence is the last 30 and 90 days before the period's end, as the
adherence service counts it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from healthdesk.domain import measurements as kinds
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.ranges import normal_band
from healthdesk.services.profiles import ProfileView, profile_today
from healthdesk.services.readings import DaySummary
from healthdesk.services.record import HealthRecord

from .pdf_layout import GREY, Pdf, Series, check_paper, draw_chart

DEFAULT_DAYS = 90
MAX_CHART_POINTS = 180
MAX_QUESTIONS = 20
_QUESTION = re.compile(r"[^.!?\n]*\?")


@dataclass(frozen=True)
class KindSummary:
    kind: str
    label: str
    unit: str
    count: int
    minimum: dict[str, float]
    maximum: dict[str, float]
    mean: dict[str, float]
    latest: str
    latest_at: dt.datetime | None
    bands: dict[str, tuple[float, float] | None]
    chart: list[Series]


@dataclass
class VisitSummary:
    """What the PDF shows, gathered once (tests read it beside the PDF's text)."""

    person: ProfileView
    start: dt.date
    end: dt.date
    made_at: dt.datetime
    conditions: list[tuple[str, str]] = field(default_factory=list)
    allergies: list[tuple[str, str]] = field(default_factory=list)
    medicines: list[tuple[str, str, str]] = field(default_factory=list)
    readings: list[KindSummary] = field(default_factory=list)
    symptoms: list[tuple[str, int, float, int, dt.datetime]] = field(default_factory=list)
    goals: list[tuple[str, str]] = field(default_factory=list)
    questions: list[tuple[dt.datetime, str, str]] = field(default_factory=list)


def period(record: HealthRecord, person: ProfileView, start: dt.date | None,
           end: dt.date | None) -> tuple[dt.date, dt.date]:
    """The period asked for, or the last 90 days; ValidationError naming --from/--to."""
    today = profile_today(person.timezone, record.now())
    end = end or today
    start = start or end - dt.timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise ValidationError("from", _("--from ({start}) must not be after --to ({end}).").format(
                                          start=start, end=end))
    return start, end


def _bucketed(days: list[DaySummary], name: str) -> tuple[list[dt.date], list[float]]:
    """Daily means merged into at most MAX_CHART_POINTS buckets (count-weighted)."""
    rows = [d for d in days if name in d.mean]
    if not rows:
        return [], []
    size = max(1, -(-len(rows) // MAX_CHART_POINTS))
    times, values = [], []
    for i in range(0, len(rows), size):
        group = rows[i:i + size]
        n = sum(d.count for d in group)
        values.append(sum(d.mean[name] * d.count for d in group) / n)
        times.append(group[len(group) // 2].day)
    return times, values


def _readings(record: HealthRecord, pid: str, start: dt.date, end: dt.date,
              since: dt.datetime, until: dt.datetime) -> list[KindSummary]:
    out = []
    for key, spec in kinds.KINDS.items():
        days = record.readings.daily_series(pid, key, start=start,
                                            end=end + dt.timedelta(days=2))
        days = [d for d in days if start <= d.day <= end + dt.timedelta(days=1)]
        if not days:
            continue
        latest = record.readings.for_profile(pid, key, start=since, end=until, limit=1)
        if not latest:
            continue
        # a component in a unit of its own (the pulse of a BP reading) is left out
        names = [c.name for c in spec.components if c.unit in (None, spec.canonical_unit)]
        mins: dict[str, float] = {}
        maxs: dict[str, float] = {}
        means: dict[str, float] = {}
        count = sum(d.count for d in days)
        for n in names:
            rows = [d for d in days if n in d.mean]
            if rows:
                mins[n] = min(d.minimum[n] for d in rows)
                maxs[n] = max(d.maximum[n] for d in rows)
                means[n] = sum(d.mean[n] * d.count for d in rows) / sum(d.count for d in rows)
        chart = []
        for n in names:
            t, v = _bucketed(days, n)
            if t:
                chart.append(Series(spec.component(n).label if len(names) > 1 else "", t, v))
        bands = {n: normal_band(key, n) for n in names}
        out.append(KindSummary(key, spec.label, spec.canonical_unit, count, mins, maxs, means,
                               latest[0].text, latest[0].taken_at, bands, chart))
    return out


def _questions(record: HealthRecord, pid: str, since: dt.datetime, until: dt.datetime
               ) -> list[tuple[dt.datetime, str, str]]:
    found = []
    for session in record.chat.sessions(pid, kind="notes"):
        for m in record.chat.messages(session.id):
            if since <= m.sent_at < until and "?" in m.content:
                for q in _QUESTION.findall(m.content):
                    found.append((m.sent_at, m.author or "", " ".join(q.split())))
    found.sort(reverse=True)
    return found[:MAX_QUESTIONS]


def gather(record: HealthRecord, profile_id: str, start: dt.date | None = None,
           end: dt.date | None = None) -> VisitSummary:
    """Everything the summary shows, read through the services."""
    person = record.profiles.get(profile_id)
    start, end = period(record, person, start, end)
    zone = ZoneInfo(person.timezone) if person.timezone else dt.UTC
    since = dt.datetime.combine(start, dt.time(), zone).astimezone(dt.UTC)
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), zone).astimezone(dt.UTC)
    out = VisitSummary(person, start, end, record.now())
    for c in record.conditions.for_profile(profile_id):
        if c.status != "resolved" or (c.resolved_on and c.resolved_on >= start):
            detail = ", ".join(x for x in (
                c.status, f"ICD-10 {c.icd10}" if c.icd10 else "",
                f"since {c.onset}" if c.onset else "",
                f"resolved {c.resolved_on}" if c.resolved_on else "") if x)
            out.conditions.append((c.name, detail))
    for a in record.allergies.for_profile(profile_id):
        out.allergies.append((a.substance, ", ".join(
            x.replace("_", " ") for x in (a.severity, a.reaction or "", a.category) if x)))
    adherence = {m.medication_id: m.report
                 for m in record.adherence.overview(profile_id, weeks=1).medicines}
    for med in record.medications.for_profile(profile_id):
        how = med.schedule.summary if med.schedule else f"{med.dose_amount:g} {med.dose_unit}"
        report = adherence.get(med.id)
        if report is None:
            kept = "as needed" if med.schedule is not None else "no schedule"
        else:
            p30, p90 = report.period(30).percent, report.period(90).percent
            kept = (f"{p30 if p30 is not None else '-'} % (30 d), "
                    f"{p90 if p90 is not None else '-'} % (90 d)")
        out.medicines.append((med.title, how, kept))
    out.readings = _readings(record, profile_id, start, end, since, until)
    tally: dict[str, list[tuple[int, dt.datetime]]] = defaultdict(list)
    for s in record.symptoms.for_profile(profile_id, start=since, end=until):
        tally[s.symptom].append((s.severity, s.onset_at))
    for name, rows in sorted(tally.items(), key=lambda kv: -len(kv[1])):
        sev = [r[0] for r in rows]
        out.symptoms.append((name, len(rows), sum(sev) / len(sev), max(sev),
                             max(r[1] for r in rows)))
    for g in record.goals.for_profile(profile_id):
        if g.status != "active":
            continue
        p = record.goals.progress(g.id)
        target = f"target {g.target_value:g} {g.unit or ''}".strip() if g.target_value \
            is not None else ""
        now = (f"now {p.current_value:g}" if p.current_value is not None else "")
        done = f"{p.percent_complete:.0f} % there" if p.percent_complete is not None else ""
        due = f"due {g.due_date}" if g.due_date else ""
        out.goals.append((g.title, ", ".join(x for x in (target, now, done, due) if x)))
    out.questions = _questions(record, profile_id, since, until)
    return out


def _fmt(values: dict[str, float], names: list[str]) -> str:
    return "/".join(f"{values[n]:.1f}".rstrip("0").rstrip(".") for n in names if n in values)


def _section(pdf: Pdf, title: str, empty: bool, nothing: str) -> bool:
    if pdf.get_y() > pdf.h - 40:
        pdf.add_page()
    pdf.ln(2)
    pdf.text_line(title, 12, bold=True, height=7)
    pdf.set_draw_color(*GREY)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(1.5)
    if empty:
        pdf.text_line(nothing, 9.5, colour=GREY)
    return not empty


def _rows(pdf: Pdf, rows: list[tuple[str, ...]], widths: tuple[float, ...]) -> None:
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.font(9.5)
    with pdf.table(col_widths=widths, width=usable, first_row_as_headings=False,
                   borders_layout="NONE", line_height=4.8, padding=0.6,
                   text_align="LEFT") as table:
        for r in rows:
            row = table.row()
            for cell in r:
                row.cell(pdf.clean(cell))


def render(summary: VisitSummary, paper: str = "a4") -> bytes:
    paper = check_paper(paper)
    pdf = Pdf(format="A4" if paper == "a4" else "Letter")
    pdf.set_title(f"Visit summary: {summary.person.name}")
    pdf.set_creator("HealthDesk")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(15, 14, 15)
    made = summary.made_at.strftime("%Y-%m-%d %H:%M UTC")
    pdf.add_page()
    p = summary.person
    pdf.text_line(f"Visit summary: {p.name}", 17, bold=True, height=9)
    facts = [f"born {p.date_of_birth}" if p.date_of_birth else "",
             f"age {p.age}" if p.age is not None else "",
             p.sex if p.sex and p.sex != "unknown" else "",
             f"blood type {p.blood_type}" if p.blood_type and p.blood_type != "unknown" else ""]
    pdf.text_line(" · ".join(f for f in facts if f), 10, height=5.5)
    pdf.text_line(f"Period {summary.start} to {summary.end}; made {made} by HealthDesk",
                  8.5, colour=GREY, height=5)
    if _section(pdf, "Conditions", not summary.conditions, "No conditions recorded."):
        _rows(pdf, summary.conditions, (2, 3))
    if _section(pdf, "Allergies", not summary.allergies, "No allergies recorded."):
        _rows(pdf, summary.allergies, (2, 3))
    if _section(pdf, "Current medicines (adherence)", not summary.medicines,
                "No current medicines."):
        _rows(pdf, [("Medicine", "Schedule", "Doses taken"), *summary.medicines], (2, 3, 2))
    if _section(pdf, "Readings in the period", not summary.readings,
                "No readings in this period."):
        for k in summary.readings:
            _reading_block(pdf, k)
    if _section(pdf, "Symptoms in the period", not summary.symptoms,
                "No symptoms logged in this period."):
        _rows(pdf, [("Symptom", "Times", "Severity (mean / worst, 0-10)", "Last"),
                    *((n, str(c), f"{m:.1f} / {w}", last.date().isoformat())
                      for n, c, m, w, last in summary.symptoms)], (3, 1, 3, 2))
    if _section(pdf, "Goals", not summary.goals, "No active goals."):
        _rows(pdf, summary.goals, (2, 3))
    if _section(pdf, "Open questions from the notes", not summary.questions,
                "No questions written in the notes in this period."):
        _rows(pdf, [(when.date().isoformat(), q + (f" ({who})" if who else ""))
                    for when, who, q in summary.questions], (1, 5))
    if pdf.missing_glyphs:
        pdf.ln(3)
        pdf.text_line(f"{len(pdf.missing_glyphs)} character(s) this font cannot show are "
                      "printed as '?'.", 8, colour=GREY)
    return bytes(pdf.output())


def _reading_block(pdf: Pdf, k: KindSummary) -> None:
    chart_h = 28.0
    if pdf.get_y() + chart_h + 18 > pdf.h - pdf.b_margin:
        pdf.add_page()
    names = [n for n in k.mean]
    bands = [f"{lo:g}-{hi:g}" for n in names if (b := k.bands.get(n)) for lo, hi in [b]]
    pdf.text_line(f"{k.label}: {k.count} reading{'s' if k.count != 1 else ''}", 10.5,
                  bold=True, height=5.5)
    line = (f"lowest {_fmt(k.minimum, names)}, highest {_fmt(k.maximum, names)}, "
            f"mean {_fmt(k.mean, names)} {k.unit}; latest {k.latest}"
            + (f" on {k.latest_at.date()}" if k.latest_at else ""))
    if bands:
        line += f"; normal range {' / '.join(bands)} {k.unit}"
    pdf.text_line(line, 9, height=4.6)
    if k.chart:
        top = pdf.get_y() + 1.5
        width = pdf.w - pdf.l_margin - pdf.r_margin
        first_band = k.bands.get(names[0]) if len(k.chart) == 1 else None
        draw_chart(pdf, pdf.l_margin, top, width, chart_h, k.chart, first_band, k.unit)
        pdf.set_xy(pdf.l_margin, top + chart_h + 5)
    pdf.ln(1.5)


def build_visit_summary(record: HealthRecord, profile_id: str, *,
                        start: dt.date | None = None, end: dt.date | None = None,
                        paper: str = "a4") -> bytes:
    """The PDF's bytes (ValidationError for a bad paper or period)."""
    check_paper(paper)
    return render(gather(record, profile_id, start, end), paper)
