"""What the Today page shows, gathered in one background call.

``load_today`` runs on the database worker and only asks services: the day's doses come
from ``record.dose_day`` (the same answer ``healthdesk doses`` prints), adherence from
``record.adherence``, refill forecasts from ``record.stock``, alerts from
``record.alerts``. It returns plain frozen data for the widgets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from healthdesk.domain.adherence import Adherence, AdherenceReport
from healthdesk.services.alerts import AlertView
from healthdesk.services.appointments import AppointmentView
from healthdesk.services.dose_day import AsNeededItem, DoseItem, sort_doses
from healthdesk.services.medications import format_dose, prescribed_per_day
from healthdesk.services.profiles import ProfileView, profile_today
from healthdesk.services.readings import ReadingView
from healthdesk.services.record import HealthRecord
from healthdesk.services.symptoms import SymptomView

__all__ = ["AsNeededItem", "DoseItem", "RefillItem", "TodayData", "load_today", "sort_doses"]

CHART_WEEKS = 8


@dataclass(frozen=True)
class RefillItem:
    title: str
    stock_text: str
    days_left: float | None
    basis: str = "unknown"  # "recent" (actual intake), "prescribed" or "unknown"
    runs_out_on: dt.date | None = None


@dataclass(frozen=True)
class TodayData:
    profile: ProfileView
    now: dt.datetime
    today: dt.date
    doses: list[DoseItem] = field(default_factory=list)
    as_needed: list[AsNeededItem] = field(default_factory=list)
    appointments: list[AppointmentView] = field(default_factory=list)
    readings: list[ReadingView] = field(default_factory=list)
    week: Adherence = field(default_factory=lambda: Adherence(0, 0))
    refills: list[RefillItem] = field(default_factory=list)
    adherence: AdherenceReport | None = None
    alerts: list[AlertView] = field(default_factory=list)
    attention: list[SymptomView] = field(default_factory=list)  # needing attention, 7 days


def _refills(record: HealthRecord, profile_id: str) -> list[RefillItem]:
    meds = [m for m in record.medications.for_profile(profile_id, active_only=True)
            if m.stock_count is not None and m.refill_threshold is not None]
    forecasts = record.stock.forecasts((m.id, prescribed_per_day(m)) for m in meds)
    out = []
    for m in meds:
        f = forecasts.get(m.id)
        if f is None or not f.below_threshold:
            continue
        out.append(RefillItem(m.title, f"{format_dose(f.stock or 0, m.dose_unit)} left",
                              f.days_left, f.basis, f.runs_out_on))
    return out


def load_today(record: HealthRecord, profile_id: str, current_zone: str | None) -> TodayData:
    """Everything the Today page shows for one person. Runs on the worker thread."""
    profile = record.profiles.get(profile_id)
    day = record.dose_day.for_day(profile_id, None, current_zone)
    overview = record.adherence.overview(profile_id, weeks=CHART_WEEKS,
                                         current_zone=current_zone)
    latest = sorted(record.readings.latest_per_kind(profile_id).values(),
                    key=lambda r: r.taken_at, reverse=True)
    now = day.now
    today = (profile_today(profile.timezone, now) if profile.timezone
             else now.astimezone().date())
    return TodayData(
        profile=profile, now=now, today=today, doses=sort_doses(day.doses),
        as_needed=day.as_needed,
        appointments=record.appointments.upcoming(profile_id, limit=3), readings=latest[:6],
        week=overview.overall.period(7), refills=_refills(record, profile_id),
        adherence=overview.overall, alerts=record.alerts.for_caregiver(profile_id),
        attention=record.symptoms.needing_attention(profile_id, days=7))
