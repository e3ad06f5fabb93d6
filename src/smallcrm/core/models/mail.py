"""Who the firm has exchanged e-mail with: the correspondents mail sync records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from smallcrm.core.models.base import Base, UTCDateTime, utcnow


class Correspondent(Base):
    """An e-mail address seen in the firm's mail, with the name it was written with.

    Kept even when the message itself is not stored (the privacy switch), because the
    conflict check must find an opposing party the firm only ever corresponded with.
    """

    __tablename__ = "correspondent"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Normalised: the domain lower-cased (core.validation.normalize_email), then folded.
    address: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str | None] = mapped_column(String(400))
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    messages: Mapped[int] = mapped_column(Integer, default=0)
