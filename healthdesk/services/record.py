"""HealthRecord: the one object the UI and the command line hold.

It opens or creates the encrypted store and hands out one service per area of the
record. Everything a caller needs goes through here, so the store stays an internal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from healthdesk.store import key_rotation
from healthdesk.store import keys as keyfile
from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.store.vault import (
    ChangeBox,
    Clock,
    Store,
    StorePaths,
    create_store,
    open_store,
    rotate_data_key,
    utc_now,
)

from .access import access_for
from .adherence import AdherenceService
from .alerts import AlertsService, CaregiversService
from .appointments import AppointmentsService
from .audit import AuditService
from .chat import ChatService
from .clinic import ClinicService
from .clinical import AllergiesService, ConditionsService
from .conflicts import ConflictsService
from .contacts import ContactsService
from .delivery import DeliveryService
from .documents import DocumentsService
from .dose_day import DoseDayService
from .doses import DosesService
from .emergency import EmergencyService
from .encounters import EncountersService
from .erase import EraseService
from .goals import GoalsService
from .immunizations import ImmunizationsService
from .locked_doses import LockedDosesService
from .mail import MailService
from .maintenance import CheckReport, check_store
from .medications import MedicationsService
from .notification_producers import NotificationProducers
from .notifications import NotificationsService
from .preferences import PreferencesService
from .profiles import ProfilesService
from .readings import ReadingsService
from .register import RegisterService
from .reminder_plan import ReminderPlanService
from .reminders import ReminderService
from .retention import RetentionService
from .search import SearchService
from .sharing import SharingService
from .stock import StockService
from .symptoms import SymptomsService
from .sync import SyncService
from .visits import VisitsService

if TYPE_CHECKING:
    from .clinic_server import ClinicServerService


def os_keyring() -> DeviceKeyring:
    """This device's OS keyring (may be unavailable: then nothing is remembered)."""
    return DeviceKeyring()


class HealthRecord:
    """An unlocked record. Close it (or use it as a context manager) when done."""

    def __init__(self, store: Store, keyring: DeviceKeyring | None = None) -> None:
        self._store = store
        self._keyring = keyring
        self.access = access_for(store)  # roles checked on every write from here on
        self.clinic = ClinicService(store)
        self._clinic_server: ClinicServerService | None = None
        self.patients = RegisterService(store)
        self.profiles = ProfilesService(store)
        self.readings = ReadingsService(store)
        self.symptoms = SymptomsService(store)
        self.conditions = ConditionsService(store)
        self.allergies = AllergiesService(store)
        self.immunizations = ImmunizationsService(store)
        self.encounters = EncountersService(store)
        self.visits = VisitsService(store)
        self.goals = GoalsService(store)
        self.contacts = ContactsService(store)
        self.medications = MedicationsService(store)
        self.doses = DosesService(store)
        self.dose_day = DoseDayService(store)
        self.stock = StockService(store)
        self.adherence = AdherenceService(store)
        self.caregivers = CaregiversService(store)
        self.alerts = AlertsService(store)
        self.reminders = ReminderService(store)
        self.locked_doses = LockedDosesService(store)
        self.reminder_plan = ReminderPlanService(store, keyring)
        self.appointments = AppointmentsService(store)
        self.documents = DocumentsService(store)
        self.chat = ChatService(store)
        self.search = SearchService(store)
        self.audit = AuditService(store)
        self.preferences = PreferencesService(store)
        self.sync = SyncService(store, keyring)
        self.conflicts = ConflictsService(store)
        self.sharing = SharingService(self.sync)
        self.erase = EraseService(store, self.sync)
        self.notifications = NotificationsService(store)
        self.mail = MailService(store, keyring)
        self.delivery = DeliveryService(store, self.mail)
        self.emergency = EmergencyService(store)
        self.producers = NotificationProducers(store, self.alerts, self.stock, self.sync)
        self.retention = RetentionService(store, self.sync.role_of)
        self.sync.after_pull.append(self.retention.apply_if_ruled)
        self.sync.after_pull.append(self.patients.after_pull)

    # -- opening -------------------------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, *, kdf: keyfile.KdfParams | None = None,
               clock: Clock = utc_now, actor: str | None = None,
               keyring: DeviceKeyring | None = None) -> tuple[HealthRecord, str]:
        """A new, empty record; returns it and the recovery key to show once."""
        store, recovery = create_store(Path(data_dir), passphrase, kdf=kdf, clock=clock,
                                       actor=actor)
        return cls(store, keyring), recovery

    @classmethod
    def open(cls, data_dir: Path, *, passphrase: str | None = None,
             recovery_key: str | None = None, clock: Clock = utc_now, actor: str | None = None,
             keyring: DeviceKeyring | None = None) -> HealthRecord:
        """Unlock with the key remembered on this device, else the passphrase.

        Raises LockedError, StoreMissingError, CorruptStoreError, KeyFileError.
        """
        data_dir = Path(data_dir)
        if passphrase is None and recovery_key is None and keyring is not None:
            store_id = keyfile.read_store_id(StorePaths(data_dir).keys)
            remembered = keyring.recall(store_id)
            if remembered is not None:
                store = open_store(data_dir, data_key=remembered, clock=clock, actor=actor)
                return cls(store, keyring)
        store = open_store(data_dir, passphrase=passphrase, recovery_key=recovery_key,
                           clock=clock, actor=actor)
        return cls(store, keyring)

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return StorePaths(Path(data_dir)).exists()

    @staticmethod
    def database_path(data_dir: Path) -> Path:
        """The database file of the store in ``data_dir`` (named in error messages)."""
        return StorePaths(Path(data_dir)).db

    @property
    def clinic_server(self) -> ClinicServerService:
        """The clinic's organisation on the sync server. Made on first use: it brings the
        sync transport (requests) and the organisation models (pydantic), ~0.1 s that a
        start of the window would pay before Today is painted."""
        if self._clinic_server is None:
            from .clinic_server import ClinicServerService

            self._clinic_server = ClinicServerService(self._store, self.clinic, self.sync)
        return self._clinic_server

    # -- keys ----------------------------------------------------------------------

    @property
    def store_id(self) -> str:
        return self._store.store_id

    @property
    def data_dir(self) -> Path:
        return self._store.paths.data_dir

    @property
    def actor(self) -> str:
        """Who writes through this record (the OS user unless set at open)."""
        return self._store.actor

    @property
    def device_id(self) -> str:
        return self._store.device_id

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the data key under a new passphrase; the database is not re-encrypted."""
        keyfile.change_passphrase(self._store.paths.keys, old, new)

    @staticmethod
    def reset_passphrase(data_dir: Path, recovery_key: str, new_passphrase: str) -> None:
        """Set a new passphrase with the recovery key (when the passphrase is lost)."""
        keyfile.reset_passphrase_with_recovery_key(StorePaths(Path(data_dir)).keys,
                                                   recovery_key, new_passphrase)

    def new_recovery_key(self, passphrase: str) -> str:
        """Issue a new recovery key (show it once); the old one stops working. Raises
        LockedError for a wrong passphrase (then nothing changes)."""
        return keyfile.new_recovery_key_slot(self._store.paths.keys, passphrase)

    def rotate_data_key(self, passphrase: str,
                        progress: Callable[[float, str], None] | None = None) -> str:
        """Re-encrypt the database under a new data key, all or nothing; returns the new
        recovery key (show it once: the old one opened the old key). A key remembered in
        this device's keyring is replaced. Raises LockedError for a wrong passphrase."""
        remembered = self.is_remembered()
        recovery = rotate_data_key(self._store, passphrase, progress)
        if remembered:
            self.remember_on_device(True)
        return recovery

    @property
    def recovery_key_unseen(self) -> bool:
        """The recovery key in the key file was never shown (a crash stopped a data key
        rotation, and opening finished it): the one the person holds opens nothing, so
        a new one must be made. True until it is (Settings ▸ Keys, keys new-recovery-key)."""
        return key_rotation.recovery_key_unseen(self._store.paths.keys)

    @property
    def rotation_finished_on_open(self) -> bool:
        """Opening finished a key rotation a crash had stopped: its recovery key was
        never shown, so a new one should be made (Settings, or keys new-recovery-key)."""
        return self._store.rotation_finished

    def remember_on_device(self, remember: bool) -> None:
        """Keep (or forget) the data key in the OS keyring. Raises StoreError when no
        secure keyring exists; the key is never written anywhere else."""
        kr = self._keyring or DeviceKeyring()
        if remember:
            kr.remember(self.store_id, self._store.data_key)
        else:
            kr.forget(self.store_id)

    def is_remembered(self) -> bool:
        kr = self._keyring or DeviceKeyring()
        return kr.recall(self.store_id) is not None

    def check(self) -> CheckReport:
        """Open-store integrity checks and a summary (``healthdesk check``). Raises
        CorruptStoreError naming the file when a page is damaged."""
        return check_store(self._store)

    def require_sound_pages(self) -> None:
        """Raise CorruptStoreError if a page of the database is damaged (before a bulk
        write such as an import, which must not write into a damaged file)."""
        self._store.db.require_sound_pages()

    # -- life cycle ----------------------------------------------------------------

    def capture_changes(self) -> AbstractContextManager[ChangeBox]:
        """``with record.capture_changes() as box:`` run service calls; then
        ``box.changes`` says what every write committed on this thread changed (the UI's
        op runner does this around each op, so no call site has to)."""
        return self._store.capture()

    def now(self) -> dt.datetime:
        return self._store.clock()

    @property
    def store(self) -> Store:
        """For the interop and sync layers only; the UI must not reach past services."""
        return self._store

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> HealthRecord:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
