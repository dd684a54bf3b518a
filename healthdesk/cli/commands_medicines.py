"""``healthdesk medicines add|list|show|stop|start``: medicines and their schedules.

A schedule is given as options: --times-of-day (fixed times), with --weekdays or
--interval-days for some days only, or --as-needed with its limits. The medications
service checks them exactly as the app's editor does.
"""

from __future__ import annotations

import argparse
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _
from healthdesk.services.batch import BatchItemError
from healthdesk.services.medications import (
    DAY_NAMES,
    FORMS,
    ROUTES,
    MedicationView,
    ScheduleInput,
    ScheduleView,
    format_dose,
)
from healthdesk.services.record import HealthRecord

from .output import iso_day, number, print_added, print_list, print_one
from .profiles_arg import ProfileCache, add_profile_option, resolve_profile
from .records_file import read_rows, row_error
from .session import open_record
from .verbs import Common, Handler, Noun, add_json, run_verb

FIELDS = ("strength", "form", "dose_amount", "dose_unit", "route", "prescriber",
          "instructions", "start_date", "end_date", "stock_count", "refill_threshold",
          "missed_dose_window_hours", "notes")
SCHEDULE = ("times_of_day", "weekdays", "interval_days", "as_needed",
            "prn_min_interval_minutes", "prn_max_per_day", "timezone", "tz_policy")
COLUMNS = ("profile", "name", *FIELDS, *SCHEDULE)
LABELS = (("id", N_("Id")), ("title", N_("Medicine")), ("dose", N_("Dose")),
          ("form", N_("Form")), ("route", N_("Route")), ("schedule_summary", N_("Schedule")),
          ("prescriber", N_("Prescriber")), ("instructions", N_("Instructions")),
          ("start_date", N_("Starts")), ("end_date", N_("Ends")),
          ("stock_count", N_("Stock")), ("refill_threshold", N_("Refill at")),
          ("active_text", N_("Active")), ("notes", N_("Notes")))
_TRUE, _FALSE = ("true", "yes", "y", "1"), ("false", "no", "n", "0", "")


def schedule_json(sc: ScheduleView | None) -> dict[str, Any] | None:
    if sc is None:
        return None
    return {"id": sc.id, "kind": sc.kind, "times_of_day": list(sc.times_of_day),
            "weekdays": None if sc.weekdays is None else list(sc.weekdays),
            "interval_days": sc.interval_days, "start_date": iso_day(sc.start_date),
            "end_date": iso_day(sc.end_date), "dose_amount": sc.dose_amount,
            "dose_unit": sc.dose_unit, "prn_min_interval_minutes": sc.prn_min_interval_minutes,
            "prn_max_per_day": sc.prn_max_per_day, "timezone": sc.timezone,
            "tz_policy": sc.tz_policy, "summary": sc.summary}


def medicine_json(m: MedicationView) -> dict[str, Any]:
    return {"id": m.id, "profile_id": m.profile_id, "name": m.name, "strength": m.strength,
            "title": m.title, "form": m.form, "dose_amount": m.dose_amount,
            "dose_unit": m.dose_unit, "route": m.route, "prescriber": m.prescriber,
            "instructions": m.instructions, "start_date": iso_day(m.start_date),
            "end_date": iso_day(m.end_date), "stock_count": m.stock_count,
            "refill_threshold": m.refill_threshold, "needs_refill": m.needs_refill,
            "missed_dose_window_hours": m.missed_dose_window_hours, "active": m.active,
            "notes": m.notes, "schedule": schedule_json(m.schedule)}


def weekdays(value: Any) -> list[int] | None:
    """"mon,wed,fri", "0,2,4" or a JSON list into 0 (Monday) .. 6 (Sunday)."""
    if value is None or value == "":
        return None
    items = value.replace(",", " ").split() if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        items = [items]
    names = [d.casefold() for d in DAY_NAMES]
    out = []
    for item in items:
        text = str(item).strip().casefold()[:3]
        if text in names:
            out.append(names.index(text))
        elif text.isdigit():
            out.append(int(text))
        else:
            raise ValidationError("weekdays", _("Weekdays must be day names (mon, tue, wed, "
                                  "thu, fri, sat, sun) or numbers from 0 (Monday) to 6 "
                                  "(Sunday)."))
    return out  # the schedule rules check the range and that at least one is chosen


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = "" if value is None else str(value).strip().casefold()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ValidationError("as_needed", _("As needed must be true or false."))


def schedule_input(values: dict[str, Any]) -> ScheduleInput | None:
    """The schedule the options or columns ask for; None when they ask for none."""
    as_needed = _flag(values.get("as_needed"))
    given = {k: values.get(k) for k in SCHEDULE if values.get(k) not in (None, "")}
    given.pop("as_needed", None)
    if not as_needed and not given:
        return None
    kw: dict[str, Any] = {"kind": "as_needed" if as_needed else "fixed",
                          "weekdays": weekdays(given.pop("weekdays", None))}
    for key in ("times_of_day", "interval_days", "prn_min_interval_minutes",
                "prn_max_per_day", "timezone", "tz_policy"):
        if key in given:
            kw[key] = given[key]
    return ScheduleInput(**kw)


def find_medicine(record: HealthRecord, profile_id: str, name: str, person: str
                  ) -> MedicationView:
    """A medicine of the person by id, name or "name strength" (any case)."""
    meds = record.medications.for_profile(profile_id, active_only=False)
    wanted = name.strip().casefold()
    found = [m for m in meds if m.id == name.strip()] or [
        m for m in meds if wanted in (m.name.casefold(), m.title.casefold())]
    if len(found) == 1:
        return found[0]
    if found:
        raise ValidationError("medicine", f"{person} has {len(found)} medicines named "
                              f"'{name}'; give one by id: "
                              + ", ".join(f"{m.title} ({m.id})" for m in found) + ".")
    known = ", ".join(m.title for m in meds) or "none"
    raise ValidationError("medicine", _("{person} has no medicine named '{name}' (known: "
                                        "{known}).").format(person=person, name=name, known=known))


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--strength", metavar="TEXT", help=_("like 500 mg"))
    p.add_argument("--form", metavar="FORM", help=", ".join(FORMS) + " (default tablet)")
    p.add_argument("--dose-amount", metavar="N", help=_("how many a dose (default 1)"))
    p.add_argument("--dose-unit", metavar="UNIT", help=_("tablet, ml, puff... (default tablet)"))
    p.add_argument("--route", metavar="ROUTE", help=", ".join(ROUTES) + " (default oral)")
    for name in ("prescriber", "instructions", "notes"):
        p.add_argument(f"--{name}", metavar="TEXT")
    p.add_argument("--start-date", metavar="YYYY-MM-DD", help=_("default: today"))
    p.add_argument("--end-date", metavar="YYYY-MM-DD")
    p.add_argument("--stock-count", metavar="N", help=_("on hand now"))
    p.add_argument("--refill-threshold", metavar="N", help=_("warn at or below this stock"))
    p.add_argument("--missed-dose-window-hours", metavar="H",
                   help=_("how late a dose may still be taken, 0 to 48 (default 2)"))
    g = p.add_argument_group("schedule")
    g.add_argument("--times-of-day", metavar="HH:MM,...", help=_("fixed times, like 08:00,20:00"))
    g.add_argument("--weekdays", metavar="DAYS", help=_("only these days: mon,wed,fri or 0,2,4"))
    g.add_argument("--interval-days", metavar="N", help=_("every N days (1 to 366)"))
    g.add_argument("--as-needed", action="store_true", help=_("no set times (PRN)"))
    g.add_argument("--prn-min-interval-minutes", metavar="MIN",
                   help=_("as needed: least time between doses, 0 to 2880"))
    g.add_argument("--prn-max-per-day", metavar="N", help=_("as needed: most doses a day, 1 to 48"))
    g.add_argument("--timezone", metavar="ZONE", help=_("zone the times are in (default: the "
                                                      "person's)"))
    g.add_argument("--tz-policy", metavar="POLICY", help=_("home (times stay in that zone) or "
                                                         "local (follow the person)"))


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    noun = Noun(sub, common, "medicines", _("medicines and their schedules: add, list, show, "
                "stop, start"))
    p = noun.verb("add", cmd_add, _("add a medicine with its schedule (or many with --from); "
                  "prints the new id"),
                  'healthdesk medicines add Metformin --strength "500 mg" '
                  "--times-of-day 08:00,20:00\n"
                  "healthdesk medicines add Alendronate --times-of-day 07:00 --weekdays sun\n"
                  "healthdesk medicines add Paracetamol --dose-amount 2 --as-needed "
                  "--prn-min-interval-minutes 240 --prn-max-per-day 4\n"
                  "healthdesk medicines add --from medicines.csv")
    p.add_argument("name", nargs="?", metavar="NAME")
    add_profile_option(p)
    _options(p)
    p.add_argument("--from", dest="source", metavar="FILE|-",
                   help="add every medicine of a CSV or JSON-lines file (- for standard "
                        "input), all or none; columns: " + ", ".join(COLUMNS))
    add_json(p, _("the new record"))
    p = noun.verb("list", cmd_list, _("a person's medicines (stopped ones with --all)"),
                  "healthdesk medicines list --profile \"Asha Rao\" --json")
    add_profile_option(p)
    p.add_argument("--all", action="store_true", help=_("include stopped medicines"))
    add_json(p, _("the list"))
    for verb, func, text in (("show", cmd_show, "one medicine and its schedule"),
                             ("stop", cmd_stop, "stop a medicine: no more reminders; its "
                              "history stays"),
                             ("start", cmd_start, "restart a stopped medicine")):
        p = noun.verb(verb, func, text, f"healthdesk medicines {verb} Metformin "
                      '--profile "Asha Rao"')
        p.add_argument("medicine", metavar="NAME-or-id")
        add_profile_option(p)
        add_json(p, _("the record"))


def _given(args: argparse.Namespace) -> dict[str, Any]:
    keys = (*FIELDS, *SCHEDULE)
    return {k: getattr(args, k) for k in keys if getattr(args, k) not in (None, False)}


def _entry(profile_id: str, name: Any, values: dict[str, Any]) -> dict[str, Any]:
    entry = {k: values[k] for k in FIELDS if values.get(k) is not None}
    return {"profile_id": profile_id, "name": name, **entry,
            "schedule": schedule_input(values)}


def cmd_add(args: argparse.Namespace) -> int:
    if args.source is not None:
        if args.name is not None or _given(args):
            raise ValidationError("from", _("Give either --from FILE or one medicine, not "
                                  "both."))
        return _add_many(args)
    if args.name is None:
        raise ValidationError("name", _("Name is required: healthdesk medicines add NAME "
                              "(or --from FILE)."))
    values = _given(args)
    schedule_input(values)  # before unlocking: a mistyped weekday costs no prompt
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        view = record.medications.add(**_entry(person.id, args.name, values))
    return print_added(args.json, [medicine_json(view)])


def _add_many(args: argparse.Namespace) -> int:
    label, rows = read_rows(args.source, COLUMNS, "medicines")
    with open_record(args) as record:
        people = ProfileCache(record, args.profile)
        entries = []
        for row in rows:
            try:
                entries.append(_entry(people.get(row.values.get("profile")).id,
                                      row.values.get("name"), row.values))
            except ValidationError as exc:
                raise row_error(label, row, exc) from None
        try:
            views = record.medications.add_many(entries)
        except BatchItemError as exc:
            raise row_error(label, rows[exc.index], exc) from None
    return print_added(args.json, [medicine_json(v) for v in views])


def cmd_list(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        meds = record.medications.for_profile(person.id, active_only=not args.all)
    return print_list(args.json, [medicine_json(m) for m in meds],
                      (_("medicine"), _("dose"), _("schedule"), _("stock"), _("active"), _("id")),
                      ((m.title, format_dose(m.dose_amount, m.dose_unit),
                        m.schedule.summary if m.schedule else "no schedule",
                        number(m.stock_count), "yes" if m.active else "stopped", m.id)
                       for m in meds),
                      _("No {value}medicines for {name}.").format(
                          value='' if args.all else 'active ', name=person.name))


def _show(as_json: bool, m: MedicationView) -> int:
    doc = medicine_json(m)
    if as_json:
        return print_one(True, doc, LABELS)
    doc.update(dose=format_dose(m.dose_amount, m.dose_unit),
               schedule_summary=m.schedule.summary if m.schedule else "no schedule",
               active_text="yes" if m.active else "no (stopped)",
               stock_count=number(m.stock_count), refill_threshold=number(m.refill_threshold))
    return print_one(False, doc, LABELS)


def _change(args: argparse.Namespace, active: bool | None) -> int:
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        med = find_medicine(record, person.id, args.medicine, person.name)
        if active is not None:
            med = record.medications.set_active(med.id, active)
    return _show(args.json, med)


def cmd_show(args: argparse.Namespace) -> int:
    return _change(args, None)


def cmd_stop(args: argparse.Namespace) -> int:
    return _change(args, False)


def cmd_start(args: argparse.Namespace) -> int:
    return _change(args, True)


HANDLERS: dict[str, Handler] = {"medicines": run_verb}
