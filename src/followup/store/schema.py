"""The tables, as SQLAlchemy 2.x typed ORM classes. Migrations under `migrations/` create them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Boolean, Date, DateTime, Dialect, ForeignKey, Integer, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as UTC on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("followup stores aware datetimes only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class InterviewRow(Base):
    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    people: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of names, for the list view
    status: Mapped[str] = mapped_column(String(16), default="drafted", index=True)
    interview_time: Mapped[datetime] = mapped_column(UTCDateTime)
    time_zone: Mapped[str] = mapped_column(String(64))
    deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    best: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    timeline: Mapped[str] = mapped_column(String(200), default="")
    timeline_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Kept on the row (not counted from messages) so the list and `followup due` read one table.
    checkins_sent: Mapped[int] = mapped_column(Integer, default=0)
    last_checkin_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    facts_json: Mapped[str] = mapped_column(Text)
    engine: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    note: Mapped[NoteRow] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    messages: Mapped[list[MessageRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="MessageRow.id"
    )


class NoteRow(Base):
    """The pasted notes, apart from the list columns: private text goes when its interview goes."""

    __tablename__ = "notes"

    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class MessageRow(Base):
    """A thank-you or check-in email, with its checklist verdicts as JSON."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    to_name: Mapped[str] = mapped_column(String(200))
    to_email: Mapped[str | None] = mapped_column(String(320), nullable=True)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    checks_json: Mapped[str] = mapped_column(Text, default="[]")
    ok: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
