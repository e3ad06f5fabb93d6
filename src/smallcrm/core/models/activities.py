"""The timeline (calls, meetings, notes, mail ...) and tasks, follow-ups among them."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from smallcrm.core.models.base import (
    Base,
    SoftDeleteMixin,
    TimestampMixin,
    UTCDateTime,
    one_of,
    utcnow,
)

# "task" is a task marked done, "stage" a matter moving between stages.
ACTIVITY_KINDS = ("call", "meeting", "note", "email", "document", "task", "stage")
DIRECTIONS = ("in", "out")
TASK_STATUSES = ("open", "done", "cancelled")
# A follow-up is a task made by "remind me to contact X in N days": one model, so the
# task lists and the calendar show follow-ups without a second kind of record.
# A deadline is the task the deadline calculator makes on a matter.
TASK_KINDS = ("task", "follow_up", "deadline")


activity_contact = Table(
    "activity_contact",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)

activity_organization = Table(
    "activity_organization",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organization_id",
        ForeignKey("organization.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Activity(TimestampMixin, SoftDeleteMixin, Base):
    """One touch: belongs to any number of people and organisations and at most one matter."""

    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint(one_of("kind", ACTIVITY_KINDS), name="kind"),
        CheckConstraint(
            f"direction IS NULL OR {one_of('direction', DIRECTIONS)}", name="direction"
        ),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes >= 0", name="duration"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    subject: Mapped[str] = mapped_column(String(400), default="")
    # Markdown: the simple formatting notes keep (bold, italics, lists, links).
    body: Mapped[str | None] = mapped_column(Text)
    direction: Mapped[str | None] = mapped_column(String(3))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(200))
    matter_id: Mapped[int | None] = mapped_column(
        ForeignKey("matter.id", ondelete="SET NULL"), index=True
    )
    # Folded words the search finds it by (core.services.search_text; see core.search).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


task_contact = Table(
    "task_contact",
    Base.metadata,
    Column("task_id", ForeignKey("task.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)

task_organization = Table(
    "task_organization",
    Base.metadata,
    Column("task_id", ForeignKey("task.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organization_id",
        ForeignKey("organization.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Task(TimestampMixin, SoftDeleteMixin, Base):
    """Something to do by a date; a follow-up is a task of kind "follow_up"."""

    __tablename__ = "task"
    __table_args__ = (
        CheckConstraint(one_of("status", TASK_STATUSES), name="status"),
        CheckConstraint(one_of("kind", TASK_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default="task")
    title: Mapped[str] = mapped_column(String(400))
    notes: Mapped[str | None] = mapped_column(Text)
    # The day it is due in the user's calendar, and optionally the wall-clock time.
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    due_time: Mapped[time | None] = mapped_column(Time)
    priority: Mapped[int] = mapped_column(Integer, default=0)  # -1 low, 0 normal, 1 high
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    assignee: Mapped[str | None] = mapped_column(String(200))
    remind_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    rrule: Mapped[str | None] = mapped_column(String(500))
    # The iCalendar UID of a task that came from (or went to) a VTODO.
    uid: Mapped[str | None] = mapped_column(String(255), unique=True)
    matter_id: Mapped[int | None] = mapped_column(
        ForeignKey("matter.id", ondelete="SET NULL"), index=True
    )
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Folded words the search finds it by (core.services.search_text; see core.search).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
