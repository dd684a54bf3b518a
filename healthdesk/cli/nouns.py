"""The record's nouns (``healthdesk NOUN VERB``), registered with main() in one place."""

from __future__ import annotations

import argparse

from . import (
    commands_calendar,
    commands_clinic,
    commands_clinical,
    commands_conflicts,
    commands_medicines,
    commands_org,
    commands_people,
    commands_privacy,
    commands_readings,
    commands_reports,
    commands_retention,
    commands_sharing,
    commands_visits,
)
from .verbs import Common, Handler

MODULES = (commands_people, commands_readings, commands_medicines, commands_calendar,
           commands_clinical, commands_conflicts, commands_sharing, commands_reports,
           commands_privacy, commands_retention, commands_clinic, commands_visits,
           commands_org)
HANDLERS: dict[str, Handler] = {k: v for m in MODULES for k, v in m.HANDLERS.items()}


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    for module in MODULES:
        module.register(sub, common)
