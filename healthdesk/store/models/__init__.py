"""Every table of the client store. Importing this module registers them all."""

from .appointments import Appointment
from .audit import AuditEvent
from .base import Base, Synced
from .bulk import BulkGuard, BulkGuardNever
from .care import Caregiver, CaregiverAlert, Refill
from .chat import ChatMessage, ChatSession
from .clinic import ClinicRecord, Organisation, RegisterEntry, Staff
from .clinical import Allergy, Condition, Goal, GoalProgress, SymptomEntry
from .documents import Document
from .encounters import Encounter
from .immunizations import Immunization
from .local import (
    DocumentText,
    LocalState,
    MeasurementDay,
    OutboxEntry,
    Preference,
    SyncGuard,
)
from .measurements import Measurement
from .medications import DoseEvent, Medication, MedicationSchedule
from .notifications import AlertDelivery, EmergencyAlert, Notification, NotificationSettings
from .people import EmergencyContact, Profile
from .queue import QueueEntry
from .retention import RetentionRule
from .sealed import SealedEvent
from .sync import Conflict, SyncCursor, SyncExtraFields, SyncSetAside

SYNCED_MODELS: tuple[type[Synced], ...] = (
    Profile,
    EmergencyContact,
    Condition,
    Allergy,
    SymptomEntry,
    Goal,
    GoalProgress,
    Measurement,
    Medication,
    MedicationSchedule,
    DoseEvent,
    Appointment,
    Document,
    ChatSession,
    ChatMessage,
    AuditEvent,
    Conflict,
    Refill,
    Caregiver,
    CaregiverAlert,
    Immunization,
    Encounter,
    Notification,
    NotificationSettings,
    EmergencyAlert,
    AlertDelivery,
    RetentionRule,
    QueueEntry,
    ClinicRecord,
)

__all__ = [
    "SYNCED_MODELS",
    "AlertDelivery",
    "Allergy",
    "Appointment",
    "AuditEvent",
    "Base",
    "BulkGuard",
    "BulkGuardNever",
    "Caregiver",
    "CaregiverAlert",
    "ChatMessage",
    "ChatSession",
    "ClinicRecord",
    "Condition",
    "Conflict",
    "Document",
    "DocumentText",
    "DoseEvent",
    "EmergencyAlert",
    "EmergencyContact",
    "Encounter",
    "Goal",
    "GoalProgress",
    "Immunization",
    "LocalState",
    "Measurement",
    "MeasurementDay",
    "Medication",
    "MedicationSchedule",
    "Notification",
    "NotificationSettings",
    "Organisation",
    "OutboxEntry",
    "Preference",
    "Profile",
    "QueueEntry",
    "Refill",
    "RegisterEntry",
    "RetentionRule",
    "SealedEvent",
    "Staff",
    "SymptomEntry",
    "SyncCursor",
    "SyncExtraFields",
    "SyncGuard",
    "SyncSetAside",
    "Synced",
]
