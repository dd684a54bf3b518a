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
from healthdesk.domain.formats import format_day, format_moment, format_number
from healthdesk.domain.i18n import N_, _, ngettext
from healthdesk.domain.ranges import normal_band, normal_bounds
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
    # The guideline's bounds (None at an open end), for words; one band per chart line.
    bounds: dict[str, tuple[float | None, float | None] | None] = field(default_factory=dict)
    chart_bands: list[tuple[float, float] | None] = field(default_factory=list)


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
        bands = {n: normal_band(key, n) for n in names}
        chart = []
        chart_bands = []
        for n in names:
            t, v = _bucketed(days, n)
            if t:
                chart.append(Series(_(spec.component(n).label) if len(names) > 1 else "", t,
                                    v))
                chart_bands.append(bands[n])
        out.append(KindSummary(key, spec.label, spec.canonical_unit, count, mins, maxs, means,
                               latest[0].text, latest[0].taken_at, bands, chart,
                               {n: normal_bounds(key, n) for n in names}, chart_bands))
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
                _word(c.status), f"ICD-10 {c.icd10}" if c.icd10 else "",
                _("since {date}").format(date=format_day(c.onset)) if c.onset else "",
                _("resolved {date}").format(date=format_day(c.resolved_on))
                if c.resolved_on else "") if x)
            out.conditions.append((c.name, detail))
    for a in record.allergies.for_profile(profile_id):
        out.allergies.append((a.substance, ", ".join(
            _word(x) for x in (a.severity, a.reaction or "", a.category) if x)))
    adherence = {m.medication_id: m.report
                 for m in record.adherence.overview(profile_id, weeks=1).medicines}
    for med in record.medications.for_profile(profile_id):
        how = med.schedule.summary if med.schedule else f"{med.dose_amount:g} {med.dose_unit}"
        report = adherence.get(med.id)
        if report is None:
            kept = _("as needed") if med.schedule is not None else _("no schedule")
        else:
            p30, p90 = report.period(30).percent, report.period(90).percent
            kept = _("{p30} % (30 d), {p90} % (90 d)").format(
                p30=p30 if p30 is not None else "-", p90=p90 if p90 is not None else "-")
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
        target = _("target {value} {unit}").format(
            value=f"{g.target_value:g}", unit=g.unit or "").strip() \
            if g.target_value is not None else ""
        now = (_("now {value}").format(value=f"{p.current_value:g}")
               if p.current_value is not None else "")
        done = (_("{percent} % there").format(percent=f"{p.percent_complete:.0f}")
                if p.percent_complete is not None else "")
        due = _("due {date}").format(date=g.due_date) if g.due_date else ""
        out.goals.append((g.title, ", ".join(x for x in (target, now, done, due) if x)))
    out.questions = _questions(record, profile_id, since, until)
    return out


_SEX = {"female": N_("female"), "male": N_("male"), "other": N_("other")}
# The stored enum values of conditions and allergies, as words; anything else (a reaction
# typed by the person) is shown as written.
_WORDS = {
    "active": N_("active"), "remission": N_("in remission"), "resolved": N_("resolved"),
    "inactive": N_("inactive"), "mild": N_("mild"), "moderate": N_("moderate"),
    "severe": N_("severe"), "life_threatening": N_("life threatening"),
    "medication": N_("medication"), "food": N_("food"), "environment": N_("environment"),
    "biologic": N_("biologic"), "other": N_("other"), "unknown": N_("unknown"),
}


def _sex(value: str) -> str:
    return _(_SEX[value]) if value in _SEX else value


def _word(value: str) -> str:
    return _(_WORDS[value]) if value in _WORDS else value.replace("_", " ")


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
    pdf.set_title(_("Visit summary: {name}").format(name=summary.person.name))
    pdf.set_creator("HealthDesk")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(15, 14, 15)
    made = format_moment(summary.made_at) + " UTC"
    pdf.add_page()
    p = summary.person
    pdf.text_line(_("Visit summary: {name}").format(name=p.name), 17, bold=True, height=9)
    facts = [_("born {date}").format(date=format_day(p.date_of_birth))
             if p.date_of_birth else "",
             _("age {years}").format(years=p.age) if p.age is not None else "",
             _sex(p.sex) if p.sex and p.sex != "unknown" else "",
             _("blood type {blood_type}").format(blood_type=p.blood_type)
             if p.blood_type and p.blood_type != "unknown" else ""]
    pdf.text_line(" · ".join(f for f in facts if f), 10, height=5.5)
    pdf.text_line(_("Period {start} to {end}; made {made} by HealthDesk").format(
        start=format_day(summary.start), end=format_day(summary.end),
        made=made), 8.5, colour=GREY, height=5)
    if _section(pdf, _("Conditions"), not summary.conditions, _("No conditions recorded.")):
        _rows(pdf, summary.conditions, (2, 3))
    if _section(pdf, _("Allergies"), not summary.allergies, _("No allergies recorded.")):
        _rows(pdf, summary.allergies, (2, 3))
    if _section(pdf, _("Current medicines (adherence)"), not summary.medicines,
                _("No current medicines.")):
        _rows(pdf, [(_("Medicine"), _("Schedule"), _("Doses taken")), *summary.medicines],
              (2, 3, 2))
    if _section(pdf, _("Readings in the period"), not summary.readings,
                _("No readings in this period.")):
        for k in summary.readings:
            _reading_block(pdf, k)
    if _section(pdf, _("Symptoms in the period"), not summary.symptoms,
                _("No symptoms logged in this period.")):
        _rows(pdf, [(_("Symptom"), _("Times"), _("Severity (mean / worst, 0-10)"), _("Last")),
                    *((n, str(c), f"{format_number(m, 1)} / {w}",
                       format_day(last.date()))
                      for n, c, m, w, last in summary.symptoms)], (3, 1, 3, 2))
    if _section(pdf, _("Goals"), not summary.goals, _("No active goals.")):
        _rows(pdf, summary.goals, (2, 3))
    if _section(pdf, _("Open questions from the notes"), not summary.questions,
                _("No questions written in the notes in this period.")):
        _rows(pdf, [(format_day(when.date()), q + (f" ({who})" if who else ""))
                    for when, who, q in summary.questions], (1, 5))
    if pdf.missing_glyphs:
        pdf.ln(3)
        n = len(pdf.missing_glyphs)
        pdf.text_line(ngettext("{n} character this font cannot show is printed as '?'.",
                               "{n} characters this font cannot show are printed as '?'.",
                               n).format(n=n), 8, colour=GREY)
    return bytes(pdf.output())


def _range_words(bounds: tuple[float | None, float | None]) -> str:
    lo, hi = bounds
    if lo is None and hi is not None:
        return _("below {high}").format(high=f"{hi:g}")
    if hi is None and lo is not None:
        return _("{low} or more").format(low=f"{lo:g}")
    return f"{lo:g}-{hi:g}"


def _reading_block(pdf: Pdf, k: KindSummary) -> None:
    chart_h = 28.0
    if pdf.get_y() + chart_h + 18 > pdf.h - pdf.b_margin:
        pdf.add_page()
    names = [n for n in k.mean]
    bands = [_range_words(b) for n in names if (b := k.bounds.get(n))]
    pdf.text_line(ngettext("{kind}: {n} reading", "{kind}: {n} readings", k.count).format(
        kind=_(k.label), n=k.count), 10.5, bold=True, height=5.5)
    line = _("lowest {lowest}, highest {highest}, mean {mean} {unit}; latest {latest}").format(
        lowest=_fmt(k.minimum, names), highest=_fmt(k.maximum, names),
        mean=_fmt(k.mean, names), unit=k.unit, latest=k.latest)
    if k.latest_at:
        line += " " + _("on {date}").format(date=format_day(k.latest_at.date()))
    if bands:
        line += "; " + _("normal range {range} {unit}").format(range=" / ".join(bands),
                                                              unit=k.unit)
    pdf.text_line(line, 9, height=4.6)
    if k.chart:
        top = pdf.get_y() + 1.5
        width = pdf.w - pdf.l_margin - pdf.r_margin
        draw_chart(pdf, pdf.l_margin, top, width, chart_h, k.chart, None, k.unit,
                   bands=k.chart_bands)
        pdf.set_xy(pdf.l_margin, top + chart_h + 5)
    pdf.ln(1.5)


def build_visit_summary(record: HealthRecord, profile_id: str, *,
                        start: dt.date | None = None, end: dt.date | None = None,
                        paper: str = "a4") -> bytes:
    """The PDF's bytes (ValidationError for a bad paper or period)."""
    check_paper(paper)
    return render(gather(record, profile_id, start, end), paper)
