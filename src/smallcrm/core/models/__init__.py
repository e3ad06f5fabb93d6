"""SQLAlchemy entities, one module per aggregate; importing this registers them all."""

from smallcrm.core.models.base import Base, UTCDateTime, utcnow
from smallcrm.core.models.changes import ChangeItem, ChangeSet
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

__all__ = [
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
