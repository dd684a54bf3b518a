"""Retention: rules per kind of record (Settings, ``healthdesk retention``), a preview of
what a rule would remove, and applying every rule in force (on start, daily, after a
sync round brought rows in). See domain/retention.py for what a rule is and
sync/retention.py for how its rows are erased."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from healthdesk.domain.changes import ANY, Changes
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.retention import (
    KINDS,
    check_kind,
    check_months,
    cutoff,
    rule_id,
)
from healthdesk.domain.roles import ERASE
from healthdesk.store import local_state
from healthdesk.store.models import RetentionRule
from healthdesk.store.vault import Store
from healthdesk.sync.retention import Rule, count_covered, enabled_rules, erase_covered

from .access import access_for
from .base import ServiceBase

LAST_RUN_KEY = "retention_last_run"
DAILY = dt.timedelta(hours=24)


@dataclass(frozen=True)
class RuleView:
    profile_id: str
    kind: str
    label: str
    keep_months: int | None  # None: kept for ever (no rule, or turned off)
    min_months: int


@dataclass(frozen=True)
class RetentionPreview:
    """What a rule would remove if applied now."""

    profile_id: str
    kind: str
    label: str
    keep_months: int
    before: dt.datetime
    count: int
    oldest: dt.datetime | None


@dataclass(frozen=True)
class RetentionRun:
    at: dt.datetime
    removed: dict[tuple[str, str], int]  # (profile id, kind) -> rows erased

    @property
    def total(self) -> int:
        return sum(self.removed.values())


def _parse_time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


class RetentionService(ServiceBase):
    def __init__(self, store: Store, role_of: Callable[[str], str | None] | None = None
                 ) -> None:
        super().__init__(store)
        # The sync account's role on a profile (None: not shared, or not signed in).
        self._role_of = role_of or (lambda _pid: None)

    def rules(self, profile_id: str) -> list[RuleView]:
        """Every kind a rule may cover, in the order Settings shows them."""
        with self._store.read() as s:
            self.check_profile(s, profile_id)
            rows = {r.kind: r for r in s.scalars(select(RetentionRule).where(
                RetentionRule.profile_id == profile_id, RetentionRule.deleted.is_(False)))}
        out = []
        for kind in KINDS.values():
            row = rows.get(kind.kind)
            keep = row.keep_months if row is not None and row.enabled else None
            out.append(RuleView(profile_id, kind.kind, kind.describe(), keep,
                                kind.min_months))
        return out

    def set_rule(self, profile_id: str, kind: str, keep_months: int | None) -> RuleView:
        """Keep ``kind`` for ``keep_months`` (None: for ever). Nothing is removed until
        the rules are applied. Raises ValidationError (kind, keep_months), NotFoundError."""
        spec = check_kind(kind)
        months = None if keep_months is None else check_months(spec, keep_months)
        role = self._role_of(profile_id)
        if role not in (None, "owner", "admin"):  # a clinic's administrator, too
            # The server refuses it too: a rule erases on every device, so it is an
            # erase of a record this account does not own.
            raise ValidationError("profile", _(
                "Only the owner sets how long the person's records are kept; this account "
                "is their {role}.").format(role=role))
        # A rule erases records: in a clinic it takes whoever may erase (an admin).
        access_for(self._store).require(ERASE, profile_id)
        with self._store.write() as s:
            self.check_profile(s, profile_id)
            row = s.get(RetentionRule, rule_id(profile_id, spec.kind))
            if row is None:
                if months is None:
                    return RuleView(profile_id, spec.kind, spec.describe(), None,
                                    spec.min_months)
                row = RetentionRule(id=rule_id(profile_id, spec.kind), profile_id=profile_id,
                                    kind=spec.kind, keep_months=months, enabled=True)
                s.add(row)
            else:
                row.deleted = False
                row.enabled = months is not None
                if months is not None:
                    row.keep_months = months
            s.flush()
        return RuleView(profile_id, spec.kind, spec.describe(), months, spec.min_months)

    def preview(self, profile_id: str, kind: str | None = None,
                keep_months: int | None = None) -> list[RetentionPreview]:
        """What the rules in force (or, with ``kind`` and ``keep_months``, that proposed
        rule) would remove now."""
        now = self.now()
        if kind is not None:
            spec = check_kind(kind)
            if keep_months is None:
                return []
            rules = [Rule(profile_id, spec.kind, check_months(spec, keep_months))]
        else:
            with self._store.read() as s:
                self.check_profile(s, profile_id)
                rules = [r for r in enabled_rules(s) if r.profile_id == profile_id]
        out = []
        with self._store.read() as s:
            for rule in rules:
                n, oldest = count_covered(s, rule, now)
                spec = KINDS[rule.kind]
                out.append(RetentionPreview(profile_id, rule.kind, spec.describe(),
                                            rule.keep_months, cutoff(now, rule.keep_months),
                                            n, _parse_time(oldest)))
        return out

    def apply(self) -> RetentionRun:
        """Erase what every rule in force covers, in every person of the record, then
        empty the WAL (freed pages are zeroed: the store runs with secure_delete)."""
        now = self.now()
        with self._store.db.write_unstamped() as s:
            removed = erase_covered(s, enabled_rules(s), now)
            local_state.put(s, LAST_RUN_KEY, {
                "at": now.astimezone(dt.UTC).isoformat(),
                "removed": {f"{r.profile_id}:{r.kind}": n for r, n in removed.items()}})
        run = RetentionRun(now, {(r.profile_id, r.kind): n for r, n in removed.items()})
        if removed:
            changes = Changes()
            for profile, kind in run.removed:
                changes = changes | Changes.of(KINDS[kind].table, profile,
                                               (ANY,) if kind == "measurements" else ())
            self._store.publish(changes)
            self._store.db.checkpoint()
        return run

    def apply_if_due(self, every: dt.timedelta = DAILY) -> RetentionRun | None:
        """Apply when the last run is older than ``every`` (or never ran); else None."""
        last = self.last_run()
        if last is not None and self.now() - last < every:
            return None
        return self.apply()

    def apply_if_ruled(self) -> RetentionRun | None:
        """Apply when any rule is in force (cheap probe first); else None."""
        with self._store.read() as s:
            if not enabled_rules(s):
                return None
        return self.apply()

    def last_run(self) -> dt.datetime | None:
        with self._store.read() as s:
            value = local_state.get(s, LAST_RUN_KEY, None)
        if not isinstance(value, dict):
            return None
        return _parse_time(str(value.get("at") or "")) or None
