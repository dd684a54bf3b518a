"""One answer per intent about readings and the rest of the record (medicines and doses
are in assistant_doses.py), each from the record's services, with the rows it used.

Every number in an answer comes from a row (cited) or from arithmetic over cited rows;
when the record has nothing, the answer says so. Each line is one whole sentence of the
catalogue (gettext) in the reader's language, its numbers and dates in the locale's
writing (domain/formats.py): "पिछले महीने औसत रक्तचाप: 132/84 mmHg, 41 रीडिंग से".
"""

from __future__ import annotations

import datetime as dt
import statistics
from typing import TYPE_CHECKING

from babel.lists import format_list

from healthdesk.domain.formats import format_day, locale
from healthdesk.domain.i18n import _, ngettext
from healthdesk.domain.measurements import KINDS
from healthdesk.domain.ranges import Category
from healthdesk.domain.red_flags import check_reading

from .assistant_draft import (
    ALLERGY_SEVERITY,
    CONDITION_STATUS,
    GOAL_STATUS,
    MAX_SOURCES,
    Ask,
    Draft,
    Figure,
    default_period,
    fmt,
    local,
    lower_label,
    num,
)

if TYPE_CHECKING:
    from .record import HealthRecord


def join(items: list[str]) -> str:
    """"a, b and c" as the reader's language joins a list."""
    return format_list(items, locale=locale()) if items else ""


# -- readings ------------------------------------------------------------------------------

def reading_stats(r: HealthRecord, ask: Ask, stat: str) -> Draft:
    kind = ask.kind
    assert kind is not None
    spec = KINDS[kind]
    label = lower_label(_(spec.label))
    d = Draft("reading_stats")
    comps = [c for c in spec.components if c.required]
    if stat == "latest":
        rows = r.readings.for_profile(ask.person.id, kind, end=ask.now + dt.timedelta(
            seconds=1), limit=1)
        if not rows:
            d.lines.append(_("There are no {kind} readings in the record.").format(kind=label))
            d.figures.append(Figure("readings", 0, "readings"))
            return d
        v = rows[0]
        d.lines.append(_("Latest {kind}: {value} on {when} ({category}).").format(
            kind=label, value=v.text, when=local(v.taken_at, ask.person.timezone),
            category=v.classification.label))
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
        d.lines.append(_("There are no {kind} readings {period}.").format(
            kind=label, period=period.label))
        d.figures.append(Figure("readings", 0, "readings"))
        return d
    first = comps[0]
    unit = spec.unit_of(first)
    n = len(rows)
    if stat in ("min", "max"):
        pick = (min if stat == "min" else max)(rows, key=lambda v: v.values[first.name])
        if stat == "min":
            text = ngettext("Lowest {kind} {period}: {value} on {when} (of {n} reading).",
                            "Lowest {kind} {period}: {value} on {when} (of {n} readings).", n)
        else:
            text = ngettext("Highest {kind} {period}: {value} on {when} (of {n} reading).",
                            "Highest {kind} {period}: {value} on {when} (of {n} readings).", n)
        d.lines.append(text.format(kind=label, period=period.label, value=pick.text,
                                   when=local(pick.taken_at, ask.person.timezone), n=num(n)))
        word = "lowest" if stat == "min" else "highest"
        for c in comps:
            d.figures.append(Figure(f"{word} {c.label.lower()}", pick.values[c.name],
                                    spec.unit_of(c)))
        d.cite("measurements", pick.id)
        return d
    if stat == "trend":
        return _trend(d, ask, rows, label, period.label)
    means = []
    for c in comps:
        mean = round(statistics.fmean(v.values[c.name] for v in rows), c.decimals)
        d.figures.append(Figure(f"average {c.label.lower()}", mean, spec.unit_of(c)))
        means.append(fmt(mean, c.decimals))
    lo = min(rows, key=lambda v: v.values[first.name])
    hi = max(rows, key=lambda v: v.values[first.name])
    d.lines.append(ngettext(
        "Average {kind} {period}: {value} {unit} from {n} reading (lowest {lowest}, "
        "highest {highest}).",
        "Average {kind} {period}: {value} {unit} from {n} readings (lowest {lowest}, "
        "highest {highest}).", n).format(
        kind=label, period=period.label, value="/".join(means), unit=unit, n=num(n),
        lowest=lo.text, highest=hi.text))
    d.figures.append(Figure("readings", n, "readings"))
    for v in rows[-MAX_SOURCES:]:
        d.cite("measurements", v.id)
    return d


def _trend(d: Draft, ask: Ask, rows: list, label: str, period: str) -> Draft:  # type: ignore[type-arg]
    spec = KINDS[rows[0].kind]
    comps = [c for c in spec.components if c.required]
    n = len(rows)
    xs = [(v.taken_at - rows[0].taken_at).total_seconds() / 86400 for v in rows]
    if n < 3 or xs[-1] < 1:
        d.lines.append(ngettext(
            "Only {n} {kind} reading {period}: too few to say which way it is going.",
            "Only {n} {kind} readings {period}: too few to say which way it is going.",
            n).format(n=num(n), kind=label, period=period))
        d.figures.append(Figure("readings", n, "readings"))
        for v in rows:
            d.cite("measurements", v.id)
        return d
    parts = []
    for c in comps:
        ys = [v.values[c.name] for v in rows]
        slope = statistics.linear_regression(xs, ys).slope
        change = round(slope * xs[-1], comps[0].decimals + 1)
        mean = statistics.fmean(ys)
        if abs(change) < 0.02 * abs(mean):
            text = _("{component} steady ({change} {unit})")
        elif change > 0:
            text = _("{component} rising ({change} {unit})")
        else:
            text = _("{component} falling ({change} {unit})")
        signed = ("+" if change >= 0 else "-") + fmt(abs(change), c.decimals + 1)
        parts.append(text.format(component=lower_label(_(c.label)), change=signed,
                                 unit=spec.unit_of(c)))
        d.figures.append(Figure(f"{c.label.lower()} change", change, spec.unit_of(c)))
    d.lines.append(_("{kind} {period} ({n} readings): {changes}.").format(
        kind=_(spec.label), period=period, n=num(n), changes=join(parts)))
    for v in rows[-MAX_SOURCES:]:
        d.cite("measurements", v.id)
    return d


def out_of_range(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("out_of_range")
    period = default_period(ask, 30)
    rows = r.readings.for_profile(ask.person.id, ask.kind, start=period.start, end=period.end)
    bad = [v for v in rows if v.classification.level not in (None, Category.NORMAL)]
    kind = lower_label(_(KINDS[ask.kind].label)) if ask.kind else ""
    d.figures.append(Figure("out of range", len(bad), "readings"))
    d.figures.append(Figure("readings", len(rows), "readings"))
    args = {"kind": kind, "period": period.label, "n": num(len(rows)), "bad": num(len(bad))}
    if not bad:
        text = (_("No {kind} readings out of range {period} ({n} in all).") if kind
                else _("No readings out of range {period} ({n} in all)."))
        d.lines.append(text.format(**args))
        return d
    if kind:
        text = ngettext("{bad} of {n} {kind} readings {period} was out of range. The latest:",
                        "{bad} of {n} {kind} readings {period} were out of range. The latest:",
                        len(bad))
    else:
        text = ngettext("{bad} of {n} readings {period} was out of range. The latest:",
                        "{bad} of {n} readings {period} were out of range. The latest:",
                        len(bad))
    d.lines.append(text.format(**args))
    for v in bad[:3]:
        d.lines.append(f"- {local(v.taken_at, ask.person.timezone)}: {_(KINDS[v.kind].label)} "
                       f"{v.text} ({v.classification.label})")
    for v in bad:
        d.cite("measurements", v.id)
    return d


# -- the rest of the record ----------------------------------------------------------------

def next_appointment(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("next_appointment")
    upcoming = [a for a in r.appointments.upcoming(ask.person.id) if a.status == "scheduled"
                and a.start_at >= ask.now]
    if ask.clinician:
        upcoming = [a for a in upcoming if a.clinician == ask.clinician]
    if not upcoming:
        text = (_("No upcoming appointment with {clinician} for {name}.") if ask.clinician
                else _("No upcoming appointment for {name}."))
        d.lines.append(text.format(clinician=ask.clinician, name=ask.person.name))
        return d
    a = upcoming[0]
    days = (a.start_at - ask.now).days
    if a.clinician and a.place:
        text = ngettext("Next appointment: {title} with {clinician} on {when} at {place} "
                        "(in {days} day).", "Next appointment: {title} with {clinician} on "
                        "{when} at {place} (in {days} days).", days)
    elif a.clinician:
        text = ngettext("Next appointment: {title} with {clinician} on {when} (in {days} day).",
                        "Next appointment: {title} with {clinician} on {when} (in {days} "
                        "days).", days)
    elif a.place:
        text = ngettext("Next appointment: {title} on {when} at {place} (in {days} day).",
                        "Next appointment: {title} on {when} at {place} (in {days} days).",
                        days)
    else:
        text = ngettext("Next appointment: {title} on {when} (in {days} day).",
                        "Next appointment: {title} on {when} (in {days} days).", days)
    d.lines.append(text.format(title=a.title, clinician=a.clinician, place=a.place,
                               when=local(a.start_at, ask.person.timezone), days=num(days)))
    if a.notes:
        d.lines.append(_("Note: {note}").format(note=a.notes))
    d.figures.append(Figure("days until", days, "days"))
    d.cite("appointments", a.id)
    return d


def allergies(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("allergies")
    rows = r.allergies.for_profile(ask.person.id)
    if not rows:
        d.lines.append(_("No allergies are recorded for {name}.").format(name=ask.person.name))
    else:
        d.lines.append(_("{name}'s allergies:").format(name=ask.person.name))
    for a in rows:
        severity = ALLERGY_SEVERITY.get(a.severity, a.severity)
        d.lines.append(f"- {a.substance} ({severity})" + (f": {a.reaction}" if a.reaction
                                                          else ""))
        d.cite("allergies", a.id)
    d.figures.append(Figure("allergies", len(rows), "allergies"))
    return d


def conditions(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("conditions")
    rows = r.conditions.for_profile(ask.person.id)
    if not rows:
        d.lines.append(_("No conditions are recorded for {name}.").format(name=ask.person.name))
    else:
        d.lines.append(_("{name}'s conditions:").format(name=ask.person.name))
    for c in rows:
        name = f"{c.name} ({c.icd10})" if c.icd10 else c.name
        status = CONDITION_STATUS.get(c.status, c.status)
        if c.onset:
            d.lines.append(_("- {condition}, {status}, since {date}").format(
                condition=name, status=status, date=format_day(c.onset)))
        else:
            d.lines.append(f"- {name}, {status}")
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
        d.lines.append(_("No symptoms logged {period}.").format(period=period.label))
        return d
    groups: dict[str, list] = {}  # type: ignore[type-arg]
    for s in rows:
        groups.setdefault(s.symptom.casefold(), []).append(s)
    d.lines.append(ngettext("{n} symptom entry {period}:", "{n} symptom entries {period}:",
                            len(rows)).format(n=num(len(rows)), period=period.label))
    for g in sorted(groups.values(), key=lambda g: (-len(g), g[0].symptom)):
        mean = round(statistics.fmean(s.severity for s in g), 1)
        worst = max(s.severity for s in g)
        d.lines.append(ngettext(
            "- {symptom}: {n} time, average severity {mean}/10, worst {worst}/10",
            "- {symptom}: {n} times, average severity {mean}/10, worst {worst}/10",
            len(g)).format(symptom=g[0].symptom, n=num(len(g)), mean=fmt(mean, 1),
                           worst=num(worst)))
        d.figures.append(Figure(f"{g[0].symptom} average severity", mean, "/10"))
    for s in rows:
        d.cite("symptom_entries", s.id)
    return d


def goals(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("goals")
    rows = [g for g in r.goals.for_profile(ask.person.id) if g.status != "abandoned"]
    if not rows:
        d.lines.append(_("No goals are set for {name}.").format(name=ask.person.name))
        return d
    for g in rows:
        p = r.goals.progress(g.id)
        now = (_("no value yet") if p.current_value is None else _("now {value}").format(
            value=f"{num(p.current_value)} {g.unit or ''}".rstrip()))
        status = GOAL_STATUS.get(g.status, g.status)
        if p.percent_complete is None:
            d.lines.append(_("- {goal} ({status}): {now}.").format(
                goal=g.title, status=status, now=now))
        else:
            pct = round(p.percent_complete)
            d.lines.append(_("- {goal} ({status}): {now}, {percent}% of the way.").format(
                goal=g.title, status=status, now=now, percent=num(pct)))
            d.figures.append(Figure(f"{g.title} progress", pct, "%"))
        d.cite("goals", g.id)
    return d


def changes_since_visit(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("changes_since_visit")
    past = [a for a in r.appointments.past(ask.person.id) if a.start_at <= ask.now
            and a.status != "cancelled"]
    if not past:
        d.lines.append(_("There is no past visit in {name}'s record to compare with.").format(
            name=ask.person.name))
        d.answered = False
        return d
    visit = past[0]
    since = visit.start_at
    d.cite("appointments", visit.id)
    d.lines.append(_("Since the last visit ({title}, {when}):").format(
        title=visit.title, when=local(visit.start_at, ask.person.timezone)))
    meds = r.medications.for_profile(ask.person.id, active_only=False)
    for m in meds:
        if m.start_date and m.start_date >= since.date():
            d.lines.append(_("- Started {medicine} on {date}").format(
                medicine=m.title, date=format_day(m.start_date)))
            d.cite("medications", m.id)
    for m in meds:
        if m.end_date and since.date() <= m.end_date <= ask.now.date():
            d.lines.append(_("- Stopped {medicine} on {date}").format(
                medicine=m.title, date=format_day(m.end_date)))
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
        args = {"kind": _(spec.label), "value": fmt(a_mean, c.decimals),
                "unit": spec.unit_of(c), "n": num(len(after))}
        if before:
            args["before"] = fmt(round(statistics.fmean(before), c.decimals), c.decimals)
            text = ngettext("- {kind}: average {value} {unit} ({n} reading), before it {before}",
                            "- {kind}: average {value} {unit} ({n} readings), before it "
                            "{before}", len(after))
        else:
            text = ngettext("- {kind}: average {value} {unit} ({n} reading)",
                            "- {kind}: average {value} {unit} ({n} readings)", len(after))
        d.lines.append(text.format(**args))
        d.figures.append(Figure(f"{spec.label.lower()} average since", a_mean, spec.unit_of(c)))
    n_sym = len(r.symptoms.for_profile(ask.person.id, start=since))
    d.lines.append(ngettext("- {n} symptom entry logged", "- {n} symptom entries logged",
                            n_sym).format(n=num(n_sym)))
    d.figures.append(Figure("symptom entries since", n_sym, "entries"))
    return d


def person_summary(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("person")
    p = r.profiles.get(ask.person.id)
    d.cite("profiles", p.id)
    blood = p.blood_type if p.blood_type != "unknown" else None
    if p.age is not None and blood:
        text = ngettext("{name}, {age} year old, blood type {blood}.",
                        "{name}, {age} years old, blood type {blood}.", p.age)
    elif p.age is not None:
        text = ngettext("{name}, {age} year old.", "{name}, {age} years old.", p.age)
    elif blood:
        text = _("{name}, blood type {blood}.")
    else:
        text = "{name}."
    d.lines.append(text.format(name=p.name, age=num(p.age or 0), blood=blood))
    if p.age is not None:
        d.figures.append(Figure("age", p.age, "years"))
    conds = [c for c in r.conditions.for_profile(p.id) if c.status == "active"]
    if conds:
        d.lines.append(_("Conditions: {list}.").format(list=join([c.name for c in conds])))
    meds = r.medications.for_profile(p.id)
    if meds:
        d.lines.append(_("Current medicines: {n} ({list}).").format(
            n=num(len(meds)), list=join([m.title for m in meds])))
    else:
        d.lines.append(_("Current medicines: {n}.").format(n=num(0)))
    d.figures.append(Figure("current medicines", len(meds), "medicines"))
    alls = r.allergies.for_profile(p.id)
    if alls:
        d.lines.append(_("Allergies: {list}.").format(list=join([a.substance for a in alls])))
    for c in conds:
        d.cite("conditions", c.id)
    for m in meds:
        d.cite("medications", m.id)
    return d
