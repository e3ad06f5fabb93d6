"""SQLAlchemy entities, one module per aggregate; importing this registers them all."""

from smallcrm.core.models.activities import (
    ACTIVITY_KINDS,
    TASK_KINDS,
    TASK_STATUSES,
    Activity,
    Task,
    activity_contact,
    activity_organization,
    task_contact,
    task_organization,
)
from smallcrm.core.models.base import Base, UTCDateTime, utcnow
from smallcrm.core.models.calendar import (
    EVENT_KINDS,
    EVENT_STATUSES,
    Event,
    ReminderShown,
    event_contact,
)
from smallcrm.core.models.changes import ChangeItem, ChangeSet, LinkMove
from smallcrm.core.models.contacts import (
    METHOD_KINDS,
    RELATION_KINDS,
    Contact,
    ContactMethod,
    Organization,
    Relation,
    Tag,
    contact_tag,
    organization_tag,
)
from smallcrm.core.models.duplicates import DismissedOrganizationPair, DismissedPersonPair
from smallcrm.core.models.mail import Correspondent
from smallcrm.core.models.matters import (
    CONFLICT_DECISIONS,
    PARTY_ROLES,
    STAGE_PHASES,
    ConflictCheck,
    FirmSetting,
    Matter,
    MatterParty,
    MatterType,
    NumberSequence,
    Stage,
)
from smallcrm.core.models.occurrences import EventExpansion, EventOccurrence
from smallcrm.core.models.party_keys import KEY_OWNERS, PartyKey, PartyKeyDirty

__all__ = [
    "ACTIVITY_KINDS",
    "CONFLICT_DECISIONS",
    "PARTY_ROLES",
    "STAGE_PHASES",
    "TASK_KINDS",
    "TASK_STATUSES",
    "Activity",
    "EVENT_KINDS",
    "EVENT_STATUSES",
    "Event",
    "EventExpansion",
    "EventOccurrence",
    "ReminderShown",
    "event_contact",
    "ConflictCheck",
    "Correspondent",
    "KEY_OWNERS",
    "LinkMove",
    "PartyKey",
    "PartyKeyDirty",
    "FirmSetting",
    "Matter",
    "MatterParty",
    "MatterType",
    "NumberSequence",
    "Stage",
    "Task",
    "activity_contact",
    "activity_organization",
    "task_contact",
    "task_organization",
    "METHOD_KINDS",
    "RELATION_KINDS",
    "Base",
    "ChangeItem",
    "ChangeSet",
    "Contact",
    "ContactMethod",
    "DismissedOrganizationPair",
    "DismissedPersonPair",
    "Organization",
    "Relation",
    "Tag",
    "UTCDateTime",
    "contact_tag",
    "organization_tag",
    "utcnow",
]
