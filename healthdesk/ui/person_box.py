"""What the window's person box holds.

On a personal store, every profile (a family has a handful). On a clinic's store, with
thousands of patients, listing them all cost ~1 s per open and per change of a profile,
and a box of 10,000 names is no way to find one: there it holds the patient on screen and
the ones opened most recently on this computer (``RegisterService.person_box``), then
"Find patient…", which opens the register to search the rest.
"""

from __future__ import annotations

from typing import Any

# Item data of the last entry on a clinic store; no profile id looks like it.
FIND = "find-patient"


def people(record: Any, current: str) -> tuple[bool, list[tuple[str, str]]]:
    """(is a clinic store, [(label, profile id)]): off the GUI thread."""
    if record.clinic.is_clinic():
        return True, [(f"{r.clinic_no}  {r.name}" if r.clinic_no else r.name, r.profile_id)
                      for r in record.patients.person_box(current)]
    return False, [(f"{p.initials}  {p.name}", p.id) for p in record.profiles.all()]
