"""Host organisations and their contact persons (supervisors among them)."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from coordinator_app.models.base import Base, Versioned, enum_column
from coordinator_app.models.enums import OrganisationType
from coordinator_app.models.reference import Municipality


class Organisation(Versioned, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    type: Mapped[OrganisationType] = mapped_column(
        enum_column(OrganisationType, "organisation_type")
    )
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    address: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    municipality: Mapped[Municipality | None] = relationship()
    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="organisation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ContactPerson.name",
    )

    @validates("name")
    def _strip(self, _key: str, value: str) -> str:
        return " ".join(value.split())

    def __repr__(self) -> str:
        return f"Organisation({self.name!r})"


class ContactPerson(Versioned, Base):
    __tablename__ = "contact_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(160))
    role: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_supervisor: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")

    @validates("email")
    def _normalise_email(self, _key: str, value: str | None) -> str | None:
        return value.strip().lower() if value else None

    def __repr__(self) -> str:
        return f"ContactPerson({self.name!r})"
