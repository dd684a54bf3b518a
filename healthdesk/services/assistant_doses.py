"""The assistant's answers about medicines and doses: what is taken, the last dose, the
day's doses, missed doses, adherence and stock. No advice beyond the record: a medicine
question gets the dose, schedule and instructions as entered.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from healthdesk.domain.formats import format_day
from healthdesk.domain.i18n import N_, _, ngettext
from healthdesk.domain.schedules import format_dose

from .assistant_dates import Period
from .assistant_draft import Ask, Draft, Figure, clock, default_period, local, num, state_word
from .assistant_words import phrase_re
from .assistant_words_indic import DAY_PART_WORDS

if TYPE_CHECKING:
    from .record import HealthRecord

DAY_PARTS = {"morning": (4, 12), "afternoon": (12, 17), "evening": (17, 28),
             "night": (17, 28), "tonight": (17, 28)}
#: The doses of a part of the day, as a sentence names them.
PART_DOSES = {"": N_("doses"), "morning": N_("morning doses"),
              "afternoon": N_("afternoon doses"), "evening": N_("evening doses"),
              "night": N_("night doses"), "tonight": N_("night doses")}


def medicines(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("medicines")
    meds = r.medications.for_profile(ask.person.id)
    wanted = {m.id for m in ask.meds}
    if wanted:
        meds = [m for m in meds if m.id in wanted] or [
            r.medications.get(i) for i in sorted(wanted)]
    if not meds:
        d.lines.append(_("{name} has no current medicines in the record.").format(
            name=ask.person.name))
        return d
    if not wanted:
        d.lines.append(ngettext("{name}'s current medicine ({n}):",
                                "{name}'s current medicines ({n}):", len(meds)).format(
            name=ask.person.name, n=num(len(meds))))
    for m in meds:
        how = m.schedule.summary if m.schedule else _("no schedule")
        amount = format_dose(m.dose_amount, m.dose_unit)
        text = (_("- {medicine}: {amount}, {schedule}.") if m.active
                else _("- {medicine} (stopped): {amount}, {schedule}."))
        line = text.format(medicine=m.title, amount=amount, schedule=how)
        if m.instructions:
            line += " " + _("Instructions: {text}").format(text=m.instructions)
        d.lines.append(line)
        d.figures.append(Figure(f"{m.title} dose", m.dose_amount, m.dose_unit))
        d.cite("medications", m.id)
    if wanted:
        d.lines.append(_("For anything beyond what is on the label, ask the pharmacist or "
                         "the prescriber."))
    return d


def last_dose(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("last_dose")
    if not ask.meds:
        d.lines.append(_('Which medicine? Name it, e.g. "when did I last take metformin".'))
        d.answered = False
        return d
    for med in ask.meds:
        event = r.doses.last_taken(ask.person.id, med.id)
        if event is None:
            d.lines.append(_("No dose of {medicine} is recorded as taken.").format(
                medicine=med.name))
            continue
        when = local(event.at, ask.person.timezone)
        if event.amount:
            d.lines.append(_("{medicine}: last taken {when} ({amount}).").format(
                medicine=med.name, when=when, amount=format_dose(event.amount,
                                                                 event.dose_unit)))
        else:
            d.lines.append(_("{medicine}: last taken {when}.").format(medicine=med.name,
                                                                       when=when))
        d.cite("dose_events", event.id)
        d.figures.append(Figure(f"{med.name} hours ago",
                                round((ask.now - event.at).total_seconds() / 3600, 1), "h"))
    return d


def _day_part(text: str) -> tuple[str, tuple[int, int]] | None:
    for word, hours in DAY_PARTS.items():
        words = (word, *DAY_PART_WORDS.get(word, ()))
        if any(re.search(phrase_re(w), text) for w in words):
            return word, hours
    return None


def dose_check(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("dose_check")
    zone = ZoneInfo(ask.person.timezone or "UTC")
    today = ask.now.astimezone(zone).date()
    day = (ask.period.start.astimezone(zone).date() if ask.period and ask.period.start
           else today)
    part = _day_part(ask.text)
    items = r.dose_day.for_day(ask.person.id, day).doses
    wanted = {m.id for m in ask.meds}
    if wanted:
        items = [i for i in items if i.medication_id in wanted]
    if part:
        lo, hi = part[1]
        items = [i for i in items if lo <= _hour(i.scheduled_for, zone) < hi]
    when = (_("yesterday") if day == today - dt.timedelta(days=1) else _("today")
            if day == today else _("on {date}").format(date=format_day(day)))
    doses = _(PART_DOSES[part[0] if part else ""])
    if not items:
        d.lines.append(_("No {doses} were scheduled for {name} {when}.").format(
            doses=doses, name=ask.person.name, when=when))
        d.figures.append(Figure("scheduled", 0, "doses"))
        return d
    taken = [i for i in items if i.state == "taken"]
    d.figures.append(Figure("taken", len(taken), "doses"))
    d.figures.append(Figure("scheduled", len(items), "doses"))
    head = (_("Yes") if len(taken) == len(items) else _("No") if not taken else _("Partly"))
    d.lines.append(_("{answer}: {taken} of {n} {doses} {when} were taken.").format(
        answer=head, taken=num(len(taken)), n=num(len(items)), doses=doses, when=when))
    for i in items:
        d.lines.append(_("- {medicine} at {time}: {state}").format(
            medicine=i.title, time=clock(i.scheduled_for, zone), state=state_word(i.state)))
        d.cite("dose_events" if i.event_id else "medications", i.event_id or i.medication_id)
    return d


def _hour(moment: dt.datetime, zone: ZoneInfo) -> int:
    h = moment.astimezone(zone).hour
    return h if h >= 4 else h + 24


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
    if not missed and not skipped:
        d.lines.append(_("No missed doses {period} ({n} scheduled).").format(
            period=period.label, n=num(len(items))))
        return d
    d.lines.append(_("{missed} missed and {skipped} skipped {period} (of {n} scheduled):")
                   .format(missed=num(len(missed)), skipped=num(len(skipped)),
                           period=period.label, n=num(len(items))))
    for i in (missed + skipped)[:10]:
        d.lines.append(f"- {i.title} {local(i.scheduled_for, ask.person.timezone)}: "
                       f"{state_word(i.state)}")
    for i in missed + skipped:
        d.cite("dose_events" if i.event_id else "medications", i.event_id or i.medication_id)
    return d


def adherence(r: HealthRecord, ask: Ask) -> Draft:
    d = Draft("adherence")
    period = default_period(ask, 30)
    items = [i for i in _doses(r, ask, period) if i.state in ("taken", "skipped", "missed")]
    if not items:
        d.lines.append(_("No scheduled doses were due {period}.").format(period=period.label))
        return d
    taken = sum(1 for i in items if i.state == "taken")
    pct = round(100 * taken / len(items))
    d.figures.append(Figure("adherence", pct, "%"))
    d.lines.append(_("Adherence {period}: {percent}% ({taken} of {n} doses taken).").format(
        period=period.label, percent=num(pct), taken=num(taken), n=num(len(items))))
    per: dict[str, list[Any]] = {}
    for i in items:
        per.setdefault(i.medication_id, []).append(i)
    for med_id, its in sorted(per.items(), key=lambda kv: kv[1][0].title):
        t = sum(1 for i in its if i.state == "taken")
        p = round(100 * t / len(its))
        d.lines.append(_("- {medicine}: {percent}% ({taken} of {n})").format(
            medicine=its[0].title, percent=num(p), taken=num(t), n=num(len(its))))
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
        d.lines.append(_("No stock is recorded for these medicines."))
        return d
    for m in meds:
        left = r.medications.days_left(m.id)
        assert m.stock_count is not None
        count = format_dose(m.stock_count, m.dose_unit)
        if left is None:
            line = _("- {medicine}: {count} on hand.").format(medicine=m.title, count=count)
        else:
            line = ngettext("- {medicine}: {count} on hand, about {days} day left.",
                            "- {medicine}: {count} on hand, about {days} days left.",
                            int(left)).format(medicine=m.title, count=count,
                                              days=num(int(left)))
        if m.needs_refill:
            line += " " + _("Time to refill.")
        d.lines.append(line)
        d.figures.append(Figure(f"{m.title} on hand", m.stock_count, m.dose_unit))
        if left is not None:
            d.figures.append(Figure(f"{m.title} days left", int(left), "days"))
        d.cite("medications", m.id)
    return d
