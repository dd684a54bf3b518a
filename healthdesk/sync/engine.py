"""One sync round: push the whole outbox, then pull every page of the feed.

Crash safety comes from the order of commits, not from luck:
- push: the server applies a batch in one transaction and remembers each mutation's
  key; the local acknowledgement is a later local transaction. A crash in between makes
  the next round send the same keys again and get ``duplicate``: nothing is doubled.
- pull: one local transaction applies a page, moves the cursors and stamps the clock.
  A crash before its commit leaves the cursor where it was, so the page comes again.
- a pulled change this store cannot apply is set aside (``sync_set_aside``) in the same
  transaction, and the cursor moves on: one bad row never stops every later round.
  Foreign keys are deferred, so a page that leaves one dangling fails only at commit;
  the page is then written again, the dangling rows found (``dangling.find``) and set
  aside, and it commits. At the end of a round that brought anything, every set-aside
  change is tried again in one more transaction: a parent that arrived on a later page
  (a compacted feed can put a child first) heals its children before the round ends.

``HEALTHDESK_SYNC_CRASH_AT=<step>[#n]`` kills the process with SIGKILL at the n-th
(default first) time it reaches ``step`` (see STEPS); the crash tests use it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from healthdesk.domain.changes import ANY, Changes
from healthdesk.protocol import (
    MAX_CLOCK_AHEAD_MS,
    MAX_PULL_PAGE,
    MAX_PUSH_BATCH,
    Change,
    PullRequest,
    PullResponse,
    PushRequest,
)
from healthdesk.store import cursors as feed_cursors
from healthdesk.store import local_state
from healthdesk.store import outbox as store_outbox
from healthdesk.store.triggers import SYNC_GUARD_APPLYING
from healthdesk.store.vault import Store

from . import dangling, outbox
from . import set_aside as aside
from .apply import (
    ApplyReport,
    Why,
    apply_changes,
    clear_guard,
    holds_profile,
    purge_profile,
    set_guard,
)
from .errors import SyncCancelled, SyncError
from .transport import Transport

log = logging.getLogger(__name__)

CRASH_ENV = "HEALTHDESK_SYNC_CRASH_AT"
STEPS = ("push:read", "push:sent", "push:acked", "pull:fetched", "pull:applied",
         "pull:committed")
KEEP_PENDING_REASONS = frozenset({"clock_ahead"})
Progress = Callable[[str], None]


@dataclass
class RoundReport:
    """What one round did, in counts a person (or a script) can check."""

    pushed: int = 0          # mutations the server took (applied, duplicate or conflict)
    pulled: int = 0          # feed changes applied here
    conflicts: int = 0       # new open conflict records that arrived in the inbox
    rejected: int = 0        # mutations refused (set aside, or kept for a clock fix)
    set_aside: int = 0
    pulled_set_aside: int = 0  # pulled changes set aside (not applied here) after the round
    healed: int = 0          # set-aside pulled changes that applied cleanly this round
    pending: int = 0         # changes still waiting after the round
    revoked: list[str] = field(default_factory=list)
    resynced: list[str] = field(default_factory=list)
    clock_message: str | None = None
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "rejected": self.rejected, "set_aside": self.set_aside,
                "pulled_set_aside": self.pulled_set_aside, "healed": self.healed,
                "pending": self.pending, "revoked": list(self.revoked),
                "resynced": list(self.resynced), "clock_message": self.clock_message,
                "seconds": round(self.seconds, 3)}


class _CrashHook:
    def __init__(self) -> None:
        spec = os.environ.get(CRASH_ENV, "").strip()
        name, _, nth = spec.partition("#")
        self.step = name or None
        self.nth = int(nth) if nth.isdigit() else 1
        self.seen = 0

    def __call__(self, step: str) -> None:
        if step == self.step:
            self.seen += 1
            if self.seen >= self.nth:
                log.warning("sync: crashing at %s as %s asks", step, CRASH_ENV)
                os.kill(os.getpid(), signal.SIGKILL)


def _save_cursors(session: Session, resp: PullResponse) -> None:
    feed_cursors.save(session, ((pid, seq, resp.profiles.get(pid))
                                for pid, seq in resp.cursors.items()))


MAX_BATCH_BYTES = 8 * 1024 * 1024
# Documents carry their bytes (megabytes each): a batch reads at most this many of them,
# so a first push of hundreds of scans never holds them all in memory at once.
HEAVY_TABLES = frozenset({"documents"})
MAX_HEAVY_PER_BATCH = 16


def _cap_heavy(entries: list[store_outbox.Entry]) -> list[store_outbox.Entry]:
    heavy = 0
    for i, e in enumerate(entries):
        if e.table in HEAVY_TABLES:
            heavy += 1
            if heavy > MAX_HEAVY_PER_BATCH:
                return entries[:i]
    return entries


def _size(m: object) -> int:
    fields = getattr(m, "fields", {})
    return 200 + sum(len(k) + 40 + (len(v) if isinstance(v, str) else 16)
                     for k, v in fields.items())


def _by_size(planned: list[outbox.Planned]) -> list[list[outbox.Planned]]:
    """Batches of at most ~8 MiB: a few scanned documents must not make one request of
    hundreds of megabytes (an oversized single mutation still goes, alone)."""
    parts: list[list[outbox.Planned]] = []
    current: list[outbox.Planned] = []
    total = 0
    for p in planned:
        size = _size(p.mutation)
        if current and total + size > MAX_BATCH_BYTES:
            parts.append(current)
            current, total = [], 0
        current.append(p)
        total += size
    if current:
        parts.append(current)
    return parts


def _fk_failure(exc: IntegrityError) -> bool:
    return "FOREIGN KEY" in str(exc.orig or exc).upper()


# A set-aside parent leaves its children dangling in turn: a chain (profile, medicine,
# schedule, dose, alert) is at most this deep, plus the first try and a last check.
MAX_ATTEMPTS = 7


class _Dangling(Exception):
    """Rolls a write back: these rows point at rows that are not here."""

    def __init__(self, found: dict[tuple[str, str], Why]) -> None:
        super().__init__(f"{len(found)} rows point at missing rows")
        self.found = found


def _retry_page(entries: list[aside.Aside], server_ms: int) -> PullResponse:
    changes = [Change.model_construct(
        seq=a.seq, profile_id=a.profile_id, entity=a.entity, row_id=a.row_id,
        fields=a.fields, stamps=a.stamps, origin_device=a.origin_device or "")
        for a in entries]
    return PullResponse.model_construct(changes=changes, cursors={}, has_more=False,
                                        resync=[], revoked=[], profiles={},
                                        server_time=server_ms)


class SyncEngine:
    """Runs rounds against one server for one store. One round at a time (a lock)."""

    def __init__(self, store: Store, transport: Transport, *, page_limit: int = MAX_PULL_PAGE,
                 batch_size: int = MAX_PUSH_BATCH, progress: Progress | None = None) -> None:
        self.store = store
        self.transport = transport
        self.page_limit = page_limit
        self.batch_size = batch_size
        self.progress = progress or (lambda _msg: None)
        self._crash = _CrashHook()
        self._lock = threading.Lock()
        self._retried = False  # set-aside changes are retried in the first round too
        self._stop: threading.Event | None = None
        self.server_ms = 0  # the server's clock as last seen (bounds a retried row's stamps)
        transport.on_server_time = self.observe_server_time

    def observe_server_time(self, millis: int) -> None:
        # A device whose clock is behind catches up with the server's (docs/sync.md).
        self.server_ms = max(self.server_ms, millis)
        self.store.hlc.observe(f"{millis:013d}-00000-server")

    def run_round(self, stop: threading.Event | None = None) -> RoundReport:
        """One round. Setting ``stop`` ends it between batches and pages (SyncCancelled),
        never inside a transaction."""
        if not self._lock.acquire(blocking=False):
            raise SyncError("A sync is already running; wait for it to finish.")
        self._stop = stop
        try:
            started = time.perf_counter()
            report = RoundReport()
            snap = self._snapshot()
            if snap.pending:
                self.push_all(report)
            self.pull_all(report, snap)
            retry = bool(report.pulled or report.resynced or not self._retried)
            if retry:
                self.retry_set_aside(report)
            if snap.pending or retry or report.revoked:
                with self.store.read() as s:
                    report.pending = store_outbox.count_pending(s)
                    report.pulled_set_aside = aside.count(s)
            else:  # nothing was sent or received: the first look still holds
                report.pending, report.pulled_set_aside = 0, snap.pulled_aside
            report.seconds = time.perf_counter() - started
            return report
        finally:
            self._stop = None
            self._lock.release()

    def _snapshot(self) -> _Snapshot:
        """What a round needs to know before it starts, read in one transaction (a round
        with nothing to do reads nothing else)."""
        with self.store.read() as s:
            pending, _refused = store_outbox.counts(s)
            return _Snapshot(pending, feed_cursors.known(s), aside.count(s))

    def _check_stop(self) -> None:
        if self._stop is not None and self._stop.is_set():
            raise SyncCancelled()

    # -- push --------------------------------------------------------------------------

    def push_all(self, report: RoundReport) -> None:
        after = 0
        device = self.store.device_id
        while True:
            with self.store.read() as s:  # a read: a round with nothing to send writes nothing
                entries = _cap_heavy(store_outbox.read_pending(s, self.batch_size, after))
                if not entries:
                    return
                planned, gone = outbox.plan(s, device, entries)
            if gone:
                with self.store.db.write_unstamped() as s:
                    store_outbox.acknowledge(s, gone)
            after = entries[-1].seq
            for part in _by_size(planned):
                self._check_stop()
                self._push_part(part, report)

    def _push_part(self, planned: list[outbox.Planned], report: RoundReport) -> None:
        device = self.store.device_id
        if planned:  # (one level deeper than needed, to keep the history readable)
            self._crash("push:read")
            self.progress(f"Sending {len(planned)} changes")
            resp = self.transport.push(PushRequest(
                device_id=device, batch_id=uuid.uuid4().hex,
                mutations=[p.mutation for p in planned]))
            self._crash("push:sent")
            results = {r.key: r for r in resp.results}
            with self.store.db.write_unstamped() as s:
                done: list[int] = []
                for p in planned:
                    r = results.get(p.mutation.key)
                    if r is None:
                        continue  # not answered: stays pending, sent again next round
                    if r.status != "rejected":
                        report.pushed += 1
                        done.extend(p.seqs)
                        continue
                    report.rejected += 1
                    reason = r.reason or "invalid"
                    if reason in KEEP_PENDING_REASONS:
                        report.clock_message = (
                            "This computer's clock is wrong: " + (r.message or "it is ahead "
                            "of the server's") + " Changes wait until it is corrected.")
                    else:
                        report.set_aside += 1
                        store_outbox.set_aside(s, p.seqs,
                                               f"{reason}: {r.message or ''}".strip())
                        log.info("sync: %s %s set aside (%s)", p.mutation.entity,
                                 p.mutation.row_id, reason)
                store_outbox.acknowledge(s, done)
            self._crash("push:acked")

    # -- pull --------------------------------------------------------------------------

    def pull_all(self, report: RoundReport, start: _Snapshot | None = None) -> None:
        snap = start or self._snapshot()
        known = dict(snap.known)
        cursors = {pid: seq for pid, (seq, _role) in known.items()}
        held: list[PullResponse] = []
        resync: set[str] = set()
        group: _Group | None = None
        # The next page is fetched while this one is applied: the server's time and the
        # local transaction overlap instead of adding up. Several pages share one local
        # transaction (_Group): a commit waits for an fsync, paid once per group.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as pool:
            future: Future[PullResponse] | None = None
            first: PullResponse | None = self._fetch(cursors)
            try:
                while first is not None or future is not None:
                    if first is not None:
                        resp, first = first, None
                    else:
                        assert future is not None
                        resp, future = future.result(), None
                    self._crash("pull:fetched")
                    cursors = {**cursors, **resp.cursors}
                    for pid in resp.revoked:
                        cursors.pop(pid, None)
                    if resp.has_more:
                        future = pool.submit(self._fetch, dict(cursors))
                    if resync or resp.resync:
                        # A resynced profile is dropped and rebuilt in one transaction, so
                        # a crash halfway never leaves it half gone.
                        if group is not None:
                            self._end_group(group, report)
                            group = None
                        held.append(resp)
                        resync.update(resp.resync)
                        if resp.has_more:
                            continue
                        self._commit(held, resync, report)
                        self._crash("pull:committed")
                        held, resync = [], set()
                        continue
                    if group is None:
                        if _nothing_new(resp, known):
                            continue  # a no-op round writes nothing (and waits for no fsync)
                        group = self._begin_group()
                    group.add(resp)
                    known.update((pid, (seq, resp.profiles.get(pid)))
                                 for pid, seq in resp.cursors.items())
                    stopping = self._stop is not None and self._stop.is_set()
                    if future is None or stopping or group.full():
                        self._end_group(group, report)
                        group = None
                    if future is not None:
                        self._check_stop()
            finally:
                if group is not None:  # the round is failing: what was applied rolls back
                    group.abandon()
                if future is not None:
                    future.cancel()
                    try:
                        future.result()
                    except Exception:  # the round is failing already; keep its error
                        log.debug("sync: prefetched page dropped")

    def _begin_group(self) -> _Group:
        return _Group(self)

    def _end_group(self, group: _Group, report: RoundReport) -> None:
        applied, revoked = group.commit()
        self._crash("pull:committed")
        self._account(report, applied, revoked, set())

    def _fetch(self, cursors: dict[str, int]) -> PullResponse:
        return self.transport.pull(PullRequest(
            device_id=self.store.device_id, cursors=cursors, limit=self.page_limit))

    def retry_set_aside(self, report: RoundReport) -> None:
        """Try every set-aside pulled change again, in one transaction (a parent that has
        arrived since heals its children); those that apply cleanly leave the list."""
        self._retried = True
        with self.store.read() as s:
            entries = aside.load_all(s)
        if entries:
            now_ms = self.server_ms or int(self.store.clock().timestamp() * 1000)
            applied, _ = self._commit_pages([_retry_page(entries, now_ms)], set())
            report.conflicts += applied.new_conflicts
            report.healed += len(applied.healed)

    def _commit(self, held: list[PullResponse], resync: set[str],
                report: RoundReport) -> None:
        applied, revoked = self._commit_pages(held, resync)
        self._account(report, applied, revoked, resync)

    def _account(self, report: RoundReport, applied: ApplyReport, revoked: list[str],
                 resync: set[str]) -> None:
        report.pulled += applied.changes
        report.conflicts += applied.new_conflicts
        report.healed += len(applied.healed)
        report.revoked.extend(p for p in revoked if p not in report.revoked)
        report.resynced.extend(p for p in sorted(resync) if p not in report.resynced)
        if applied.changes:
            self.progress(f"Received {report.pulled} changes")

    def _commit_pages(self, held: list[PullResponse], resync: set[str], *,
                      checked: bool = False) -> tuple[ApplyReport, list[str]]:
        """Apply ``held`` and move the cursors in one transaction. The first try checks
        nothing beyond what the database checks (the fast path; ``checked``: it has been
        tried already); if the commit fails on a foreign key, the pages are written again
        and the dangling rows set aside."""
        exclude: dict[tuple[str, str], Why] = {}
        for attempt in range(int(checked), MAX_ATTEMPTS):
            try:
                return self._write_pages(held, resync, exclude, check=attempt > 0)
            except _Dangling as found:
                exclude.update(found.found)
            except IntegrityError as exc:
                if not _fk_failure(exc) or attempt > 0:
                    raise _misfit(exc) from exc
        raise SyncError("The changes from the sync server point at records that are "
                        "missing, too many levels deep; nothing was changed here. Try "
                        "again; if it persists, report it.")

    def _write_pages(self, held: list[PullResponse], resync: set[str],
                     exclude: dict[tuple[str, str], Why], *,
                     check: bool) -> tuple[ApplyReport, list[str]]:
        applied = ApplyReport()
        revoked: list[str] = []
        now = _now_text(self.store)
        with self.store.db.write_unstamped() as s:
            set_guard(s, SYNC_GUARD_APPLYING)
            for pid in sorted(resync):
                purge_profile(s, pid, keep_pending=True)
            for resp in held:
                self._apply_page(s, resp, applied, revoked, exclude, now)
            if check:
                written: dict[str, set[str]] = {}
                for resp in held:
                    for c in resp.changes:
                        if (c.entity, c.row_id) not in exclude:
                            written.setdefault(c.entity, set()).add(c.row_id)
                found = dangling.find(s, written)
                if found:
                    raise _Dangling(found)
            self._finish(s, applied)
        self._publish(applied, resync, revoked)
        return applied, revoked

    def _apply_page(self, s: Session, resp: PullResponse, applied: ApplyReport,
                    revoked: list[str], exclude: dict[tuple[str, str], Why],
                    now: str) -> None:
        # A stamp may be ahead of the server's clock by the skew it accepts, no more.
        newest = (f"{resp.server_time + MAX_CLOCK_AHEAD_MS:013d}~"
                  if resp.server_time else None)
        apply_changes(s, resp.changes, applied, exclude=exclude, now=now, newest=newest)
        _save_cursors(s, resp)
        purged = False
        for pid in resp.revoked:
            if holds_profile(s, pid):
                purge_profile(s, pid)
                revoked.append(pid)
                purged = True
        if purged:  # the purge's own guard lets deletes through: not for the next page
            clear_guard(s)
            set_guard(s, SYNC_GUARD_APPLYING)

    def _finish(self, s: Session, applied: ApplyReport) -> None:
        """The last writes of a pull transaction, just before its commit."""
        if applied.max_stamp:
            self.store.hlc.observe(applied.max_stamp)
        local_state.save_clock(s, self.store.hlc.last)
        self._crash("pull:applied")
        clear_guard(s)

    def _publish(self, applied: ApplyReport, resync: Iterable[str],
                 revoked: list[str]) -> None:
        # After the commit, as Store.write does: the UI's op runner hears what this page
        # changed (a purged profile: everything of it).
        gone = (*resync, *revoked)
        self.store.publish(applied.change_set() | Changes(frozenset((ANY, p) for p in gone),
                                                       frozenset((p, ANY) for p in gone)))


def _now_text(store: Store) -> str:
    return store.clock().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _misfit(exc: Exception) -> SyncError:
    # Nothing of this page dangles: the store itself does not fit.
    return SyncError("The changes from the sync server do not fit together (a record "
                     "points at one that is missing); nothing was changed here. Try "
                     "again; if it persists, report it.")


def _nothing_new(resp: PullResponse, known: dict[str, tuple[int, str | None]]) -> bool:
    """Whether a page brings nothing this device does not have (no change, no revoked
    profile, every cursor and role as stored)."""
    if resp.changes or resp.revoked or resp.resync:
        return False
    return all(known.get(pid) == (seq, resp.profiles.get(pid))
               for pid, seq in resp.cursors.items())


@dataclass
class _Snapshot:
    pending: int                                # outbox entries waiting to be pushed
    known: dict[str, tuple[int, str | None]]    # each profile's cursor and role
    pulled_aside: int                           # pulled changes set aside


# Pages applied in one local transaction: up to this many changes, or for this long (the
# app's own writes wait for the transaction, so it stays short).
GROUP_CHANGES = 5000
GROUP_SECONDS = 0.25


class _Abandoned(Exception):
    """Rolls a group's transaction back: the round failed while it was open."""


class _Group:
    """Consecutive pulled pages applied in one write transaction, committed together. A
    commit that fails on a foreign key is redone by the careful path (every page of the
    group written again, dangling rows set aside), as one page's would be."""

    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.held: list[PullResponse] = []
        self.applied = ApplyReport()
        self.revoked: list[str] = []
        self.now = _now_text(engine.store)
        self.started = time.perf_counter()
        self._tx = engine.store.db.write_unstamped()
        self.session = self._tx.__enter__()
        self._open = True
        try:
            set_guard(self.session, SYNC_GUARD_APPLYING)  # BEGIN IMMEDIATE happens here
        except BaseException as exc:  # locked or failing: the session is handed back
            self._open = False
            self._tx.__exit__(type(exc), exc, exc.__traceback__)
            raise

    def add(self, resp: PullResponse) -> None:
        self.held.append(resp)
        self.engine._apply_page(self.session, resp, self.applied, self.revoked, {},
                                self.now)

    def full(self) -> bool:
        return (self.applied.changes >= GROUP_CHANGES
                or time.perf_counter() - self.started >= GROUP_SECONDS)

    def commit(self) -> tuple[ApplyReport, list[str]]:
        self._open = False
        try:
            try:
                self.engine._finish(self.session, self.applied)
            except BaseException as exc:
                self._tx.__exit__(type(exc), exc, exc.__traceback__)
                raise
            self._tx.__exit__(None, None, None)  # commits (foreign keys checked here)
        except IntegrityError as exc:
            if not _fk_failure(exc):
                raise _misfit(exc) from exc
            return self.engine._commit_pages(self.held, set(), checked=True)
        self.engine._publish(self.applied, (), self.revoked)
        return self.applied, self.revoked

    def abandon(self) -> None:
        if self._open:
            self._open = False
            self._tx.__exit__(_Abandoned, _Abandoned(), None)
