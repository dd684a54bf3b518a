"""One answer per intent, each from the record's services, with the rows it used.

Every number in an answer comes from a row (cited) or from arithmetic over cited rows;
when the record has nothing, the answer says so. No advice beyond what the record and
the label say: a medicine question gets the dose, schedule and instructions as entered.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from healthdesk.domain.measurements import KINDS
from healthdesk.domain.ranges import Category
from healthdesk.domain.red_flags import RedFlag, check_reading

from .assistant_dates import Period
from .assistant_entities import MedName, Person

if TYPE_CHECKING:
    from .record import HealthRecord

MAX_SOURCES = 100
DAY_PARTS = {"morning": (4, 12), "afternoon": (12, 17), "evening": (17, 28),
             "night": (17, 28), "tonight": (17, 28)}


@dataclass(frozen=True)
class Figure:
    label: str
    value: float
    unit: str

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "value": self.value, "unit": self.unit}


@dataclass
class Draft:
    """An answer being built: text lines, figures, the rows cited, any red flags."""

    intent: str
    lines: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    sources: list[tuple[str, str]] = field(default_factory=list)
    flags: list[RedFlag] = field(default_factory=list)
    answered: bool = True

    def cite(self, entity: str, row_id: str | None) -> None:
        if row_id and (entity, row_id) not in self.sources and len(self.sources) < MAX_SOURCES:
            self.sources.append((entity, row_id))


@dataclass(frozen=True)
class Ask:
    """What the question was understood to be about."""

    text: str  # normalised, typos corrected
    person: Person
    kind: str | None
    meds: list[MedName]
    period: Period | None
    now: dt.datetime
    clinician: str | None = None
    person_named: bool = False


def fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def local(moment: dt.datetime, zone: str | None) -> str:
    return moment.astimezone(ZoneInfo(zone or "UTC")).strftime("%Y-%m-%d %H:%M")


def default_period(ask: Ask, days: int, label: str | None = None) -> Period:
    if ask.period is not None:
        return ask.period
    zone = ZoneInfo(ask.person.timezone or "UTC")
    today = ask.now.astimezone(zone).date()
    start = dt.datetime.combine(today - dt.timedelta(days=days - 1), dt.time(), zone)
    return Period(start.astimezone(dt.UTC), ask.now + dt.timedelta(seconds=1),
                  label or f"the last {days} days")


# -- readings ------------------------------------------------------------------------------

def reading_stats(r: HealthRecord, ask: Ask, stat: str) -> Draft:
    kind = ask.kind
    assert kind is not None
    spec = KINDS[kind]
    d = Draft("reading_stats")
    comps = [c for c in spec.components if c.required]
    if stat == "latest":
        rows = r.readings.for_profile(ask.person.id, kind, end=ask.now + dt.timedelta(
            seconds=1), limit=1)
        if not rows:
            return _no_readings(d, spec.label, "in the record")
        v = rows[0]
        d.lines.append(f"Latest {spec.label.lower()}: {v.text} on "
                       f"{local(v.taken_at, ask.person.timezone)} ({v.classification.label}).")
        for c in comps:
            d.figures.append(Figure(c.label, v.values[c.name], spec.unit_of(c)))
        d.cite("measurements", v.id)
        if ask.now - v.taken_at <= dt.timedelta(hours=24):
            d.flags.extend(check_reading(kind, v.values))
        return d
    period = default_period(ask, 30)
    rows = r.readings.for_profile(ask.person.id, kind, start=period.start, end=period.end,
                                  newest_first=False)
    if not rows:
        return _no_readings(d, spec.label, period.label)
    first = comps[0]
    unit = spec.unit_of(first)
    if stat in ("min", "max"):
        pick = (min if stat == "min" else max)(rows, key=lambda v: v.values[first.name])
        word = "Lowest" if stat == "min" else "Highest"
        d.lines.append(f"{word} {spec.label.lower()} {_over(period.label)}: {pick.text} on "
                       f"{local(pick.taken_at, ask.person.timezone)} (of {len(rows)} readings).")
        for c in comps:
            d.figures.append(Figure(f"{word.lower()} {c.label.lower()}", pick.values[c.name],
                                    spec.unit_of(c)))
        d.cite("measurements", pick.id)
        return d
    if stat == "trend":
        xs = [(v.taken_at - rows[0].taken_at).total_seconds() / 86400 for v in rows]
        if len(rows) < 3 or xs[-1] < 1:
            d.lines.append(f"Only {len(rows)} {spec.label.lower()} readings {_over(period.label)}:"
                           " too few to say which way it is going.")
            d.figures.append(Figure("readings", len(rows), "readings"))
            for v in rows:
                d.cite("measurements", v.id)
            return d
        parts = []
        for c in comps:
            ys = [v.values[c.name] for v in rows]
            slope = statistics.linear_regression(xs, ys).slope
            change = round(slope * xs[-1], first.decimals + 1)
            mean = statistics.fmean(ys)
            direction = ("steady" if abs(change) < 0.02 * abs(mean) else
                         "rising" if change > 0 else "falling")
            parts.append(f"{c.label.lower()} {direction} ({change:+.{c.decimals + 1}f} "
                         f"{spec.unit_of(c)})")
            d.figures.append(Figure(f"{c.label.lower()} change", change, spec.unit_of(c)))
        d.lines.append(f"{spec.label} {_over(period.label)} ({len(rows)} readings): "
                       + ", ".join(parts) + ".")
        for v in rows[-MAX_SOURCES:]:
            d.cite("measurements", v.id)
        return d
    means = []
    for c in comps:
        mean = round(statistics.fmean(v.values[c.name] for v in rows), c.decimals)
        d.figures.append(Figure(f"average {c.label.lower()}", mean, spec.unit_of(c)))
        means.append(fmt(mean, c.decimals))
    lo = min(rows, key=lambda v: v.values[first.name])
    hi = max(rows, key=lambda v: v.values[first.name])
    d.lines.append(f"Average {spec.label.lower()} {_over(period.label)}: {'/'.join(means)} {unit}"
                   f" from {len(rows)} readings (lowest {lo.text}, highest {hi.text}).")
    d.figures.append(Figure("readings", len(rows), "readings"))
    for v in rows[-MAX_SOURCES:]:
        d.cite("measurements", v.id)
    return d


def _no_readings(d: Draft, label: str, where: str) -> Draft:
    d.lines.append(f"There are no {label.lower()} readings {_over(where)}.")
    d.figures.append(Figure("readings", 0, "readings"))
    return d


def _over(label: str) -> str:
    return label if label.startswith(("in ", "since ")) else f"over {label}"


def out_of_range(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("out_of_range")
    period = default_period(ask, 30)
    rows = r.readings.for_profile(ask.person.id, ask.kind, start=period.start, end=period.end)
    bad = [v for v in rows if v.classification.level not in (None, Category.NORMAL)]
    what = KINDS[ask.kind].label.lower() + " readings" if ask.kind else "readings"
    d.figures.append(Figure("out of range", len(bad), "readings"))
    d.figures.append(Figure("readings", len(rows), "readings"))
    if not bad:
        d.lines.append(f"No {what} out of range {_over(period.label)} ({len(rows)} in all).")
        return d
    d.lines.append(f"{len(bad)} of {len(rows)} {what} {_over(period.label)} were out of range."
                   " The latest:")
    for v in bad[:3]:
        d.lines.append(f"- {local(v.taken_at, ask.person.timezone)}: {KINDS[v.kind].label} "
                       f"{v.text} ({v.classification.label})")
    for v in bad:
        d.cite("measurements", v.id)
    return d


# -- medicines and doses -------------------------------------------------------------------

def medicines(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("medicines")
    meds = r.medications.for_profile(ask.person.id)
    wanted = {m.id for m in ask.meds}
    if wanted:
        meds = [m for m in meds if m.id in wanted] or [
            r.medications.get(i) for i in sorted(wanted)]
    if not meds:
        d.lines.append(f"{ask.person.name} has no current medicines in the record.")
        return d
    if not wanted:
        d.lines.append(f"{ask.person.name}'s current medicines ({len(meds)}):")
    for m in meds:
        how = m.schedule.summary if m.schedule else "no schedule"
        amount = f"{m.dose_amount:g} {m.dose_unit}{'' if m.dose_amount == 1 else 's'}"
        status = "" if m.active else " (stopped)"
        line = f"- {m.title}{status}: {amount}, {how}."
        if m.instructions:
            line += f" Instructions: {m.instructions}"
        d.lines.append(line)
        d.figures.append(Figure(f"{m.title} dose", m.dose_amount, m.dose_unit))
        d.cite("medications", m.id)
    if wanted:
        d.lines.append("For anything beyond what is on the label, ask the pharmacist or "
                       "the prescriber.")
    return d


def last_dose(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("last_dose")
    if not ask.meds:
        d.lines.append("Which medicine? Name it, e.g. \"when did I last take metformin\".")
        d.answered = False
        return d
    for med in ask.meds:
        event = r.doses.last_taken(ask.person.id, med.id)
        if event is None:
            d.lines.append(f"No dose of {med.name} is recorded as taken.")
            continue
        amount = f"{event.amount:g} {event.dose_unit}" if event.amount else ""
        d.lines.append(f"{med.name}: last taken {local(event.at, ask.person.timezone)}"
                       + (f" ({amount})" if amount else "") + ".")
        d.cite("dose_events", event.id)
        d.figures.append(Figure(f"{med.name} hours ago",
                                round((ask.now - event.at).total_seconds() / 3600, 1), "h"))
    return d


def _day_part(text: str) -> tuple[str, tuple[int, int]] | None:
    for word, hours in DAY_PARTS.items():
        if re.search(r"\b" + word + r"\b", text):
            return word, hours
    return None


def dose_check(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("dose_check")
    zone = ZoneInfo(ask.person.timezone or "UTC")
    day = (ask.period.start.astimezone(zone).date() if ask.period and ask.period.start
           else ask.now.astimezone(zone).date())
    part = _day_part(ask.text)
    items = r.dose_day.for_day(ask.person.id, day).doses
    wanted = {m.id for m in ask.meds}
    if wanted:
        items = [i for i in items if i.medication_id in wanted]
    if part:
        lo, hi = part[1]
        items = [i for i in items if lo <= _hour(i.scheduled_for, zone) < hi]
    when = ("yesterday" if day == ask.now.astimezone(zone).date() - dt.timedelta(days=1)
            else "today" if day == ask.now.astimezone(zone).date() else day.isoformat())
    scope = f"{part[0]} " if part else ""
    if not items:
        d.lines.append(f"No {scope}doses were scheduled for {ask.person.name} {when}.")
        d.figures.append(Figure("scheduled", 0, "doses"))
        return d
    taken = [i for i in items if i.state == "taken"]
    d.figures.append(Figure("taken", len(taken), "doses"))
    d.figures.append(Figure("scheduled", len(items), "doses"))
    head = ("Yes" if len(taken) == len(items) else "No" if not taken else "Partly")
    d.lines.append(f"{head}: {len(taken)} of {len(items)} {scope}doses {when} were taken.")
    for i in items:
        d.lines.append(f"- {i.title} at {_clock(i.scheduled_for, zone)}: {i.state}")
        d.cite("dose_events" if i.event_id else "medications", i.event_id or i.medication_id)
    return d


def _hour(moment: dt.datetime, zone: ZoneInfo) -> int:
    h = moment.astimezone(zone).hour
    return h if h >= 4 else h + 24


def _clock(moment: dt.datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def _doses(r: HealthRecord, ask: Ask, period: Period) -> list[Any]:
    start = period.start or (ask.now - dt.timedelta(days=3650))
    items = r.dose_day.between([ask.person.id], start, min(period.end, ask.now))
    wanted = {m.id for m in ask.meds}
    return [i for i in items if not wanted or i.medication_id in wanted]


def missed_doses(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("missed_doses")
    period = default_period(ask, 7)
    items = _doses(r, ask, period)
    missed = [i for i in items if i.state == "missed"]
    skipped = [i for i in items if i.state == "skipped"]
    d.figures.append(Figure("missed", len(missed), "doses"))
    d.figures.append(Figure("skipped", len(skipped), "doses"))
    zone = ZoneInfo(ask.person.timezone or "UTC")
    if not missed and not skipped:
        d.lines.append(f"No missed doses {_over(period.label)} ({len(items)} scheduled).")
        return d
    d.lines.append(f"{len(missed)} missed and {len(skipped)} skipped {_over(period.label)}"
                   f" (of {len(items)} scheduled):")
    for i in (missed + skipped)[:10]:
        d.lines.append(f"- {i.title} {i.scheduled_for.astimezone(zone):%Y-%m-%d %H:%M}: "
                       f"{i.state}")
    for i in missed + skipped:
        d.cite("dose_events" if i.event_id else "medications", i.event_id or i.medication_id)
    return d


def adherence(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("adherence")
    period = default_period(ask, 30)
    items = [i for i in _doses(r, ask, period) if i.state in ("taken", "skipped", "missed")]
    if not items:
        d.lines.append(f"No scheduled doses were due {_over(period.label)}.")
        return d
    taken = sum(1 for i in items if i.state == "taken")
    pct = round(100 * taken / len(items))
    d.figures.append(Figure("adherence", pct, "%"))
    d.lines.append(f"Adherence {_over(period.label)}: {pct}% ({taken} of {len(items)} doses "
                   "taken).")
    per: dict[str, list[Any]] = {}
    for i in items:
        per.setdefault(i.medication_id, []).append(i)
    for med_id, its in sorted(per.items(), key=lambda kv: kv[1][0].title):
        t = sum(1 for i in its if i.state == "taken")
        p = round(100 * t / len(its))
        d.lines.append(f"- {its[0].title}: {p}% ({t} of {len(its)})")
        d.figures.append(Figure(f"{its[0].title} adherence", p, "%"))
        d.cite("medications", med_id)
    return d


def stock(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("stock")
    meds = r.medications.for_profile(ask.person.id)
    wanted = {m.id for m in ask.meds}
    if wanted:
        meds = [m for m in meds if m.id in wanted]
    meds = [m for m in meds if m.stock_count is not None]
    if not meds:
        d.lines.append("No stock is recorded for these medicines.")
        return d
    for m in meds:
        left = r.medications.days_left(m.id)
        assert m.stock_count is not None
        days = "" if left is None else f", about {int(left)} days left"
        refill = " Time to refill." if m.needs_refill else ""
        d.lines.append(f"- {m.title}: {m.stock_count:g} {m.dose_unit}s on hand{days}.{refill}")
        d.figures.append(Figure(f"{m.title} on hand", m.stock_count, m.dose_unit))
        if left is not None:
            d.figures.append(Figure(f"{m.title} days left", int(left), "days"))
        d.cite("medications", m.id)
    return d


# -- the rest of the record ----------------------------------------------------------------

def next_appointment(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("next_appointment")
    upcoming = [a for a in r.appointments.upcoming(ask.person.id) if a.status == "scheduled"
                and a.start_at >= ask.now]
    if ask.clinician:
        upcoming = [a for a in upcoming if a.clinician == ask.clinician]
    with_whom = f" with {ask.clinician}" if ask.clinician else ""
    if not upcoming:
        d.lines.append(f"No upcoming appointment{with_whom} for {ask.person.name}.")
        return d
    a = upcoming[0]
    days = (a.start_at - ask.now).days
    d.lines.append(f"Next appointment{with_whom}: {a.title}"
                   + (f" with {a.clinician}" if a.clinician and not ask.clinician else "")
                   + f" on {local(a.start_at, ask.person.timezone)}"
                   + (f" at {a.place}" if a.place else "") + f" (in {days} days).")
    if a.notes:
        d.lines.append(f"Note: {a.notes}")
    d.figures.append(Figure("days until", days, "days"))
    d.cite("appointments", a.id)
    return d


def allergies(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("allergies")
    rows = r.allergies.for_profile(ask.person.id)
    if not rows:
        d.lines.append(f"No allergies are recorded for {ask.person.name}.")
    else:
        d.lines.append(f"{ask.person.name}'s allergies:")
    for a in rows:
        d.lines.append(f"- {a.substance} ({a.severity})" + (f": {a.reaction}" if a.reaction
                                                            else ""))
        d.cite("allergies", a.id)
    d.figures.append(Figure("allergies", len(rows), "allergies"))
    return d


def conditions(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("conditions")
    rows = r.conditions.for_profile(ask.person.id)
    if not rows:
        d.lines.append(f"No conditions are recorded for {ask.person.name}.")
    else:
        d.lines.append(f"{ask.person.name}'s conditions:")
    for c in rows:
        d.lines.append(f"- {c.name}" + (f" ({c.icd10})" if c.icd10 else "") + f", {c.status}"
                       + (f" since {c.onset.isoformat()}" if c.onset else ""))
        d.cite("conditions", c.id)
    d.figures.append(Figure("conditions", len(rows), "conditions"))
    return d


def symptoms(r: HealthRecord, ask: Ask, names: list[str]) -> Draft:
    d = Draft("symptoms")
    period = default_period(ask, 30)
    rows = r.symptoms.for_profile(ask.person.id, start=period.start, end=period.end)
    if names:
        wanted = {n.casefold() for n in names}
        rows = [s for s in rows if s.symptom.casefold() in wanted]
    d.figures.append(Figure("entries", len(rows), "entries"))
    if not rows:
        d.lines.append(f"No symptoms logged {_over(period.label)}.")
        return d
    groups: dict[str, list[Any]] = {}
    for s in rows:
        groups.setdefault(s.symptom.casefold(), []).append(s)
    d.lines.append(f"{len(rows)} symptom entries {_over(period.label)}:")
    for g in sorted(groups.values(), key=lambda g: (-len(g), g[0].symptom)):
        mean = round(statistics.fmean(s.severity for s in g), 1)
        worst = max(s.severity for s in g)
        d.lines.append(f"- {g[0].symptom}: {len(g)} times, average severity {mean}/10, "
                       f"worst {worst}/10")
        d.figures.append(Figure(f"{g[0].symptom} average severity", mean, "/10"))
    for s in rows:
        d.cite("symptom_entries", s.id)
    return d


def goals(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("goals")
    rows = [g for g in r.goals.for_profile(ask.person.id) if g.status != "abandoned"]
    if not rows:
        d.lines.append(f"No goals are set for {ask.person.name}.")
        return d
    for g in rows:
        p = r.goals.progress(g.id)
        now = ("no value yet" if p.current_value is None
               else f"now {p.current_value:g} {g.unit or ''}".rstrip())
        pct = "" if p.percent_complete is None else f", {round(p.percent_complete)}% of the way"
        d.lines.append(f"- {g.title} ({g.status}): {now}{pct}.")
        if p.percent_complete is not None:
            d.figures.append(Figure(f"{g.title} progress", round(p.percent_complete), "%"))
        d.cite("goals", g.id)
    return d


def changes_since_visit(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("changes_since_visit")
    past = [a for a in r.appointments.past(ask.person.id) if a.start_at <= ask.now
            and a.status != "cancelled"]
    if not past:
        d.lines.append(f"There is no past visit in {ask.person.name}'s record to compare with.")
        d.answered = False
        return d
    visit = past[0]
    since = visit.start_at
    d.cite("appointments", visit.id)
    d.lines.append(f"Since the last visit ({visit.title}, "
                   f"{local(visit.start_at, ask.person.timezone)}):")
    meds = r.medications.for_profile(ask.person.id, active_only=False)
    started = [m for m in meds if m.start_date and m.start_date >= since.date()]
    stopped = [m for m in meds if m.end_date and since.date() <= m.end_date <= ask.now.date()]
    for m in started:
        d.lines.append(f"- Started {m.title} on {m.start_date}")
        d.cite("medications", m.id)
    for m in stopped:
        d.lines.append(f"- Stopped {m.title} on {m.end_date}")
        d.cite("medications", m.id)
    span = ask.now - since
    for kind, latest in sorted(r.readings.latest_per_kind(ask.person.id).items()):
        if latest.taken_at < since:
            continue
        spec = KINDS[kind]
        c = spec.components[0]
        after = r.readings.series(ask.person.id, kind, start=since, end=ask.now)[1][c.name]
        before = r.readings.series(ask.person.id, kind, start=since - span, end=since)[1][c.name]
        if not after:
            continue
        a_mean = round(statistics.fmean(after), c.decimals)
        text = f"- {spec.label}: average {fmt(a_mean, c.decimals)} {spec.unit_of(c)} " \
               f"({len(after)} readings)"
        if before:
            b_mean = round(statistics.fmean(before), c.decimals)
            text += f", before it {fmt(b_mean, c.decimals)}"
        d.lines.append(text)
        d.figures.append(Figure(f"{spec.label.lower()} average since", a_mean, spec.unit_of(c)))
    n_sym = len(r.symptoms.for_profile(ask.person.id, start=since))
    d.lines.append(f"- {n_sym} symptom entries logged")
    d.figures.append(Figure("symptom entries since", n_sym, "entries"))
    return d


def person_summary(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("person")
    p = r.profiles.get(ask.person.id)
    d.cite("profiles", p.id)
    bits = [f"{p.name}"]
    if p.age is not None:
        bits.append(f"{p.age} years old")
    if p.blood_type != "unknown":
        bits.append(f"blood type {p.blood_type}")
    d.lines.append(", ".join(bits) + ".")
    if p.age is not None:
        d.figures.append(Figure("age", p.age, "years"))
    conds = [c for c in r.conditions.for_profile(p.id) if c.status == "active"]
    if conds:
        d.lines.append("Conditions: " + ", ".join(c.name for c in conds) + ".")
    meds = r.medications.for_profile(p.id)
    d.lines.append(f"Current medicines: {len(meds)}"
                   + (" (" + ", ".join(m.title for m in meds) + ")." if meds else "."))
    d.figures.append(Figure("current medicines", len(meds), "medicines"))
    alls = r.allergies.for_profile(p.id)
    if alls:
        d.lines.append("Allergies: " + ", ".join(a.substance for a in alls) + ".")
    for c in conds:
        d.cite("conditions", c.id)
    for m in meds:
        d.cite("medications", m.id)
    return d
