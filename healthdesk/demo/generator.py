"""``healthdesk demo``: fill a new store with years of realistic, deterministic history.

The same seed, ``today`` and store clock give byte-identical rows: every random number
comes from ``random.Random`` seeded per person, and ids are UUIDv7-shaped values built
from that generator and the row's own time. Version stamps, and the ``updated_at`` of
structural rows (profiles, medicines, appointments...), come from the store's clock and
hybrid logical clock, so they repeat only when the store's clock does (tests use a fixed
clock); version stamps and dose events also carry the store's device id.

Structural rows go through the ORM and get "create" audit events by "Demo". The tens of
thousands of readings, dose events, symptoms and chat notes are bulk-inserted with
SQLAlchemy Core: a ten-year audit trail of demo inserts would be noise and would take
minutes. The outbox triggers still record them, so demo rows sync like any other.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import struct
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from random import Random
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.measurements import KINDS
from healthdesk.domain.validation import float_in_range, int_in_range
from healthdesk.services.goals import _reached as _goal_reached
from healthdesk.store.models import (
    Allergy,
    Appointment,
    AuditEvent,
    ChatMessage,
    ChatSession,
    Condition,
    Document,
    DoseEvent,
    EmergencyContact,
    Goal,
    GoalProgress,
    LocalState,
    Measurement,
    Medication,
    MedicationSchedule,
    Profile,
    SymptomEntry,
)
from healthdesk.store.vault import Store

from . import cast as cast_
from .cast import ARC_DAYS, Moment, Person, clamp

UTC = dt.UTC
DEMO_ACTOR = "Demo"
BATCH = 2500
MAX_PROFILES = 50
SKIP_NOTES = ("Felt dizzy this morning", "Fasting for a blood test", "Stomach upset",
              "Doctor said to hold today", "Ran out; refill collected the next day",
              "Travelling, strip left at home")
Progress = Callable[[float, str], None]
BULK = (Measurement, DoseEvent, SymptomEntry, ChatMessage, GoalProgress)
TIME_OF = {"measurements": "taken_at", "dose_events": "at", "symptom_entries": "onset_at",
           "chat_messages": "sent_at", "goal_progress": "recorded_at"}


@dataclass(frozen=True)
class DemoSummary:
    """What the demo wrote: rows per table, and the people it created."""

    counts: dict[str, int]
    profile_ids: tuple[str, ...]
    profile_names: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def build_demo(store: Store, *, profiles: int = 5, years: float = 10, seed: int = 7,
               progress: Progress | None = None, today: dt.date | None = None) -> DemoSummary:
    """Write ``profiles`` people with ``years`` of history up to ``today`` into ``store``.

    ``today`` defaults to the store clock's date; history runs up to that day at the
    clock's time of day. One transaction per person: a failure leaves earlier people in
    place (the demo always targets a new store, so delete it and start again).

    Raises ValidationError for a bad count, span or ``today`` (after the clock's date), or
    when the store already has profiles.
    """
    count = int_in_range("profiles", profiles, 1, MAX_PROFILES)
    span = float_in_range("years", years, 0.1, 30, "years")
    now = store.clock()
    if today is not None and today > now.date():
        raise ValidationError("today", _("Today must be on or before the store clock's date "
                                         "({date}): demo history cannot be in the future.").format(
                                           date=now.date().isoformat()))
    as_of = now if today is None else dt.datetime.combine(today, now.timetz())
    with store.read() as s:
        if s.scalar(select(Profile.id).limit(1)) is not None:
            raise ValidationError(
                "profiles", _("The store already has profiles; demo data goes into a new store."))
    report = progress or (lambda _f, _m: None)
    people = cast_.cast(count, Random(f"{seed}:extra-people"))
    counts: Counter[str] = Counter()
    ids: list[str] = []
    for index, person in enumerate(people):
        def step(fraction: float, message: str, i: int = index) -> None:
            report(min(1.0, (i + fraction) / len(people)) * 0.999, message)

        step(0.0, f"Creating {person.name}")
        builder = _PersonBuilder(person, Random(f"{seed}:{index}:{person.name}"), as_of,
                                 round(span * 365.25), store.device_id)
        builder.build()
        _write(store, builder, counts, step)
        ids.append(builder.profile_id)
    report(1.0, "Demo data ready")
    return DemoSummary(dict(sorted(counts.items())), tuple(ids), tuple(p.name for p in people))


# -- ids ------------------------------------------------------------------------------------

def uuid7_like(at: dt.datetime, bits: int) -> str:
    """A UUIDv7 with ``at``'s milliseconds and 74 given random bits: time-ordered, repeatable."""
    ms = int(at.timestamp() * 1000) & ((1 << 48) - 1)
    rand_a, rand_b = (bits >> 62) & 0xFFF, bits & ((1 << 62) - 1)
    n = (ms << 80) | (7 << 76) | (rand_a << 64) | (2 << 62) | rand_b
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _steady_audit_ids(session: Session, _ctx: Any, _instances: Any) -> None:
    """Runs after the write path stamped new audit events: derive their ids from what they
    describe, so demo audit trails repeat too."""
    for obj in session.new:
        if isinstance(obj, AuditEvent) and obj.entity_id and obj.at is not None:
            key = f"{obj.entity}:{obj.entity_id}:{obj.action}".encode()
            bits = int.from_bytes(hashlib.sha256(key).digest()[:10], "big") >> 6
            obj.id = uuid7_like(obj.at, bits)


# -- writing --------------------------------------------------------------------------------

def _write(store: Store, b: _PersonBuilder, counts: Counter[str],
           step: Callable[[float, str], None]) -> None:
    total = sum(len(rows) for rows in b.bulk.values()) or 1
    done = 0
    with store.write(actor=DEMO_ACTOR) as s:
        event.listen(s, "before_flush", _steady_audit_ids)
        s.add_all(b.objects)
        s.flush()
        for obj in b.objects:
            counts[obj.__tablename__] += 1
        tick = store.hlc.tick
        for model in BULK:
            table = model.__table__
            rows = sorted(b.bulk.get(table.name, []), key=lambda r: r["id"])
            when = TIME_OF[table.name]
            for start in range(0, len(rows), BATCH):
                chunk = rows[start:start + BATCH]
                for r in chunk:
                    r["profile_id"] = b.profile_id
                    r["created_at"] = r["updated_at"] = r[when]
                    r["version"] = tick()
                    r["deleted"] = False
                s.execute(insert(table), chunk)
                done += len(chunk)
                step(0.05 + 0.95 * done / total, f"{b.person.name}: {table.name.replace('_', ' ')}")
            counts[table.name] += len(rows)
        s.merge(LocalState(key="hlc", value=store.hlc.last))


def _minutes(minutes: float) -> dt.timedelta:
    """Whole seconds: people and apps log times to the second, not the microsecond."""
    return dt.timedelta(seconds=round(minutes * 60))


# -- one person -----------------------------------------------------------------------------

class _PersonBuilder:
    """Draws one person's rows in memory: ORM objects (``objects``) and bulk dicts (``bulk``)."""

    def __init__(self, person: Person, rng: Random, as_of: dt.datetime, span_days: int,
                 device_id: str) -> None:
        self.person, self.rng, self.as_of, self.device = person, rng, as_of, device_id
        self.tz = ZoneInfo(person.timezone)
        self.today = as_of.astimezone(self.tz).date()
        self.first_day = self.today - dt.timedelta(days=span_days)
        m, d = person.birthday
        year = self.today.year - person.age - ((m, d) > (self.today.month, self.today.day))
        self.born = dt.date(year, m, d)
        self.objects: list[Any] = []
        self.bulk: dict[str, list[dict[str, Any]]] = {}
        self.profile_id = ""
        self.fever_days: dict[dt.date, int] = {}

    # helpers
    def id(self, at: dt.datetime) -> str:
        return uuid7_like(at, self.rng.getrandbits(74))

    def at(self, day: dt.date, hhmm: str, minutes: float = 0.0) -> dt.datetime:
        hour, minute = map(int, hhmm.split(":"))
        local = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=self.tz)
        return (local + dt.timedelta(seconds=round(minutes * 60))).astimezone(UTC)

    def moment(self, when: dt.datetime, episode_day: int = -1) -> Moment:
        local = when.astimezone(self.tz)
        days_ago = (self.today - local.date()).days
        age = (local.date() - self.born).days / 365.25
        return Moment(clamp(1 - days_ago / ARC_DAYS, 0.0, 1.0), local, age, episode_day)

    def since(self, years: float, from_age: float = 0.0) -> dt.date:
        """The later of the window start, ``years`` ago, and reaching ``from_age``."""
        ago = self.today - dt.timedelta(days=round(min(years, 200) * 365.25))
        grown = self.born + dt.timedelta(days=round(from_age * 365.25))
        return max(self.first_day, ago, grown, self.born)

    def days(self, start: dt.date) -> list[dt.date]:
        return [start + dt.timedelta(days=i) for i in range((self.today - start).days + 1)]

    def add(self, obj: Any, created: dt.datetime) -> Any:
        obj.id = self.id(created)
        obj.created_at = min(created, self.as_of)
        if not isinstance(obj, Profile):
            obj.profile_id = self.profile_id
        self.objects.append(obj)
        return obj

    def row(self, table: str, when: dt.datetime, **values: Any) -> None:
        self.bulk.setdefault(table, []).append({"id": self.id(when), **values})

    # the record
    def build(self) -> None:
        p = self.person
        profile = Profile(name=p.name, date_of_birth=self.born, sex=p.sex,
                          blood_type=p.blood_type, height_cm=p.height_cm, language="en",
                          timezone=p.timezone, color=p.color, notes=p.notes)
        self.add(profile, self.at(self.first_day, "09:00", -60 * 24 * 14))
        self.profile_id = profile.id
        start = self.at(self.first_day, "09:00")
        for i, (name, relationship, phone, email) in enumerate(p.contacts, 1):
            self.add(EmergencyContact(name=name, relationship=relationship, phone=phone,
                                      email=email, priority=i), start)
        for name, icd, onset, notes in p.conditions:
            self.add(Condition(name=name, icd10=icd, status="active", notes=notes,
                               onset=max(self.born, self._ago(onset))), start)
        for substance, category, reaction, severity, years, notes in p.allergies:
            self.add(Allergy(substance=substance, category=category, reaction=reaction,
                             severity=severity, noted_on=max(self.born, self._ago(years)),
                             notes=notes), start)
        self._fevers()
        for series in p.series:
            self._series(series)
        heights = [r for r in self.bulk.get("measurements", []) if r["kind"] == "height"]
        if profile.height_cm is None and heights:  # a child: the latest measured height
            profile.height_cm = max(heights, key=lambda r: r["taken_at"])["value"]
        for med in p.meds:
            self._medicine(med)
        for symptom in p.symptoms:
            self._symptoms(symptom)
        for appt in p.appointments:
            self._appointments(appt)
        for goal in p.goals:
            self._goal(goal)
        for doc in p.documents:
            self._document(doc)
        if p.chat is not None:
            self._chat(p.chat)

    def _ago(self, years: float) -> dt.date:
        return self.today - dt.timedelta(days=round(years * 365.25))

    def _fevers(self) -> None:
        if not self.person.fevers_per_year:
            return
        rate, day = self.person.fevers_per_year / 365.25, self.first_day
        while day <= self.today:
            if self.rng.random() < rate:
                length = self.rng.randint(3, 5)
                for i in range(length):
                    self.fever_days[day + dt.timedelta(days=i)] = i
                onset = self.at(day, "15:00", self.rng.uniform(-240, 240))
                if onset <= self.as_of:
                    self.row("symptom_entries", onset, symptom="Fever",
                             severity=self.rng.randint(5, 7), onset_at=onset,
                             duration_minutes=length * 1440, note="Chills and body ache")
                day += dt.timedelta(days=length + 30)
            day += dt.timedelta(days=1)

    def _series(self, s: Any) -> None:
        rng, spec = self.rng, KINDS[s.kind]
        offset = rng.randrange(s.every_days)
        for day in self.days(self.since(s.since_years, s.from_age)):
            back = (self.today - day).days
            if (back - offset) % s.every_days or (s.in_episodes and day not in self.fever_days):
                continue
            for hhmm in s.times:
                if not (s.every_days == 1 and back <= 1) and rng.random() >= s.chance:
                    continue
                when = self.at(day, hhmm, rng.uniform(-s.jitter, s.jitter))
                if when > self.as_of:
                    continue
                values = s.values(rng, self.moment(when, self.fever_days.get(day, -1)))
                note = rng.choice(s.notes) if s.notes and rng.random() < s.note_chance else None
                padded = (*values, None, None)
                self.row("measurements", when, kind=s.kind, value=padded[0], value2=padded[1],
                         value3=padded[2], unit=spec.canonical_unit,
                         entered_unit=spec.canonical_unit, taken_at=when, context=s.context,
                         note=note, source="demo")

    def _medicine(self, m: Any) -> None:
        p = self.person
        started = max(self._ago(m.since_years), self.born)
        if m.weekday is not None:
            started += dt.timedelta(days=(m.weekday - started.weekday()) % 7)
        carers = len(set(p.recorders)) > 1
        created = self.at(max(started, self.first_day), "09:00")
        med = self.add(Medication(
            name=m.name, strength=m.strength, form=m.form, dose_amount=m.dose_amount,
            dose_unit=m.dose_unit, route=m.route, prescriber=m.prescriber,
            instructions=m.instructions, start_date=started, stock_count=m.stock,
            stock_counted_at=self.as_of,  # the stock is what is on hand today
            refill_threshold=m.refill_threshold, missed_dose_window_hours=m.window_hours,
            caregiver_alert_minutes=60 if carers and m.times else None, active=True), created)
        schedule = self.add(MedicationSchedule(
            medication_id=med.id, kind="fixed" if m.times else "as_needed",
            times_of_day=list(m.times), interval_days=m.interval_days, start_date=started,
            weekdays=None if m.weekday is None else [m.weekday],
            dose_amount=m.dose_amount, timezone=p.timezone, tz_policy="home",
            prn_min_interval_minutes=m.prn[0] if m.prn else None,
            prn_max_per_day=m.prn[1] if m.prn else None), created)
        first = max(started, self.first_day)
        if m.prn:
            self._prn_uses(m, med.id, schedule.id, first)
            return
        skip = 0.02
        miss = max(0.0, 1 - m.adherence - skip)
        for day in self.days(first):
            if (day - started).days % m.interval_days or m.weekday not in (None, day.weekday()):
                continue
            miss_p = miss * (1.75 if day.weekday() >= 5 else 0.7)
            for hhmm in m.times:
                self._dose(m, med.id, schedule.id, self.at(day, hhmm), miss_p, skip)

    def _dose(self, m: Any, med_id: str, schedule_id: str, due: dt.datetime, miss_p: float,
              skip_p: float) -> None:
        rng, r = self.rng, self.rng.random()
        base = {"medication_id": med_id, "schedule_id": schedule_id, "scheduled_for": due,
                "amount": None, "by_person": None, "device_id": self.device,
                "snooze_until": None, "supersedes": None, "override_confirmed": False,
                "note": None}
        events: list[dict[str, Any]] = []
        who = rng.choice(self.person.recorders)
        if r < miss_p:
            events.append({**base, "action": "missed",
                           "at": due + dt.timedelta(hours=m.window_hours)})
        elif r < miss_p + skip_p:
            events.append({**base, "action": "skipped", "by_person": who,
                           "at": due + _minutes(rng.uniform(0, 60)),
                           "note": rng.choice(SKIP_NOTES)})
        elif r < miss_p + skip_p + 0.03:
            snoozed = due + _minutes(rng.uniform(0, 4))
            until = snoozed + dt.timedelta(minutes=rng.choice((10, 15, 30)))
            events.append({**base, "action": "snoozed", "by_person": who, "at": snoozed,
                           "snooze_until": until})
            events.append({**base, "action": "taken", "by_person": who, "amount": m.dose_amount,
                           "at": until + _minutes(rng.uniform(0, 8))})
        else:
            late = rng.random() < 0.08
            delay = rng.uniform(30, m.window_hours * 60 - 5) if late else rng.gauss(6, 7)
            events.append({**base, "action": "taken", "by_person": who, "amount": m.dose_amount,
                           "at": due + _minutes(clamp(delay, -20, 600))})
        for e in events:
            if e["at"] <= self.as_of:
                self.row("dose_events", e["at"], **e)

    def _prn_uses(self, m: Any, med_id: str, schedule_id: str, first: dt.date) -> None:
        rng, (gap, most) = self.rng, m.prn
        for day in self.days(first):
            n, limit, p = 0, math.exp(-m.prn_rate(day)), rng.random()
            while p > limit:
                n, p = n + 1, p * rng.random()
            taken: list[float] = []
            for minute in sorted(rng.uniform(390, 1350) for _i in range(n)):
                if len(taken) < most and (not taken or minute - taken[-1] >= gap):
                    taken.append(minute)
            for minute in taken:
                when = self.at(day, "00:00", minute)
                if when <= self.as_of:
                    note = rng.choice(m.prn_notes) if m.prn_notes and rng.random() < 0.4 else None
                    self.row("dose_events", when, medication_id=med_id, schedule_id=schedule_id,
                             scheduled_for=None, action="taken", at=when, amount=m.dose_amount,
                             by_person=rng.choice(self.person.recorders), device_id=self.device,
                             snooze_until=None, supersedes=None, override_confirmed=False,
                             note=note)

    def _symptoms(self, s: Any) -> None:
        rng = self.rng
        for day in self.days(self.first_day):
            weight = (2.2 if cast_.winter(day) else 0.4) if s.winter else 1.0
            if rng.random() >= s.per_year / 365.25 * weight:
                continue
            onset = self.at(day, "07:00", rng.uniform(0, 900))
            if onset <= self.as_of:
                note = rng.choice(s.notes) if s.notes and rng.random() < 0.6 else None
                self.row("symptom_entries", onset, symptom=s.name,
                         severity=rng.randint(*s.severity), onset_at=onset,
                         duration_minutes=rng.randint(*s.minutes), note=note)

    def _appointments(self, a: Any) -> None:
        rng, earliest = self.rng, self.since(a.since_years)
        day = self.today + dt.timedelta(days=a.next_in_days)
        while day >= earliest:
            shown = day - dt.timedelta(days=1) if day.weekday() == 6 else day
            start = self.at(shown, a.time, rng.choice((0, 0, 15, 30, 45)))
            status, notes = "scheduled", None
            if start < self.as_of:
                r = rng.random()
                status = "completed" if r < 0.9 else ("cancelled" if r < 0.96 else "missed")
                if status == "completed" and a.visit_notes is not None:
                    notes = a.visit_notes(rng, self.moment(start))
            self.add(Appointment(
                title=a.title, clinician=a.clinician, place=a.place, start_at=start,
                duration_minutes=a.duration, visit_type=a.visit_type, status=status,
                notes=a.notes, visit_notes=notes, reminder_offsets=[1440, 120]),
                start - dt.timedelta(days=21))
            day -= dt.timedelta(days=a.every_days)

    def _goal(self, g: Any) -> None:
        began = self.since(g.since_years)
        start_at = self.at(began, "09:00")
        first = g.start
        if first is None:
            rows = [r for r in self.bulk.get("measurements", [])
                    if r["kind"] == g.kind and r["taken_at"] >= start_at]
            first = min(rows, key=lambda r: r["taken_at"])["value"] if rows else None
            if (first is not None and g.direction in ("decrease", "increase")
                    and _goal_reached(g.direction, first, g.target)):
                # Already there on day one: the Goals page would refuse such a start.
                first = None
        due = self.today + dt.timedelta(days=g.due_in_days) if g.due_in_days else None
        goal = self.add(Goal(title=g.title, measurement_kind=g.kind, direction=g.direction,
                             start_value=first, target_value=g.target, unit=g.unit,
                             start_date=began, due_date=due, status="active", note=g.note),
                        start_at)
        if g.monthly is not None:
            day = began + dt.timedelta(days=30)
            while day <= self.today:
                when = self.at(day, "21:00")
                if when <= self.as_of:
                    self.row("goal_progress", when, goal_id=goal.id, recorded_at=when,
                             value=g.monthly(self.rng, self.moment(when)), note=None)
                day += dt.timedelta(days=30)

    def _document(self, d: Any) -> None:
        content = pdf_bytes(d.lines) if d.lines else png_bytes(d.picture)
        day = self.today - dt.timedelta(days=d.days_ago)
        self.add(Document(
            title=d.title, category=d.category, tags=list(d.tags), document_date=day,
            filename=d.filename, mime_type="application/pdf" if d.lines else "image/png",
            size_bytes=len(content), sha256=hashlib.sha256(content).hexdigest(),
            content=content), self.at(day, "18:00"))

    def _chat(self, c: Any) -> None:
        rng = self.rng
        day = self.first_day + dt.timedelta(days=rng.randint(0, 6))
        session = self.add(ChatSession(title=c.title, kind="notes"), self.at(day, "10:00"))
        while day <= self.today:
            visit = self.at(day, "11:00", rng.uniform(-90, 150))
            for author, hours, text in c.messages(rng, self.moment(visit)):
                sent = visit + _minutes(hours * 60)
                if sent <= self.as_of:
                    self.row("chat_messages", sent, session_id=session.id, role="note",
                             author=author, content=text, sent_at=sent, metadata=None)
            day += dt.timedelta(days=rng.randint(*c.gap_days))


# -- small documents, made by hand so the demo needs no extra libraries ----------------------

def pdf_bytes(lines: tuple[str, ...]) -> bytes:
    """A one-page PDF 1.4 with ``lines`` in Helvetica (first line as a heading)."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 16 Tf", "22 TL", "56 780 Td", f"({esc(lines[0])}) Tj T*", "/F1 11 Tf",
           "16 TL", *(f"({esc(line)}) Tj T*" for line in lines[1:]), "ET"]
    stream = "\n".join(ops).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def png_bytes(picture: str) -> bytes:
    """A small RGB PNG: a retinal photograph ("retina") or an ECG rhythm strip ("ecg")."""
    if picture == "ecg":
        width, height = 320, 120
        trace = {}
        beats = (0, 58, 101, 166, 214, 262, 305)  # irregularly irregular: atrial fibrillation
        for x in range(width):
            y = 70.0
            for b in beats:
                t = x - b - 10
                y -= 38 * math.exp(-(t * t) / 3) + 7 * math.exp(-((t - 16) ** 2) / 24)
            trace[x] = round(y)
        lit = {(x, y) for x in range(1, width)
               for y in range(min(trace[x - 1], trace[x]), max(trace[x - 1], trace[x]) + 1)}

        def pixel(x: int, y: int) -> tuple[int, int, int]:
            if (x, y) in lit:
                return (20, 20, 20)
            return (240, 170, 170) if x % 16 == 0 or y % 16 == 0 else (255, 236, 236)
    else:
        width = height = 160

        def pixel(x: int, y: int) -> tuple[int, int, int]:
            r = math.hypot(x - 80, y - 80)
            if r > 74:
                return (0, 0, 0)
            if math.hypot(x - 112, y - 78) < 11:
                return (255, 236, 180)
            vessel = any(abs(y - 78 - k * (x - 112) - 6 * math.sin(x / 9)) < 1.4
                         for k in (-0.55, 0.5, -0.15))
            shade = 1 - r / 110
            return (90, 20, 10) if vessel else (int(230 * shade), int(95 * shade), int(30 * shade))

    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw += bytes(pixel(x, y))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(
            ">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0,
                                                              0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))
