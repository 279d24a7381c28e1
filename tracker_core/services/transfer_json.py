"""JSON export of everything a user owns, and its import (an empty account gets it all back)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session, SQLModel

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.errors import InvalidInput
from tracker_core.models import (
    STANDARD_STAGES,
    Application,
    ApplicationContact,
    ApplicationCreate,
    Contact,
    CustomStage,
    Interview,
    Resume,
    StatusChange,
)
from tracker_core.services.tags import clean_tag
from tracker_core.services.transfer import MAX_BYTES, ImportRejected, natural_key
from tracker_core.services.transfer_prep import export_prep, import_prep
from tracker_core.services.vector_sync import VectorSync

FORMAT = "application-tracker"
_NOT_EXPORTED = {"user_id", "application_id"}


def _dump(row: SQLModel, *drop: str) -> dict[str, Any]:
    return row.model_dump(mode="json", exclude=_NOT_EXPORTED | set(drop))


def export_json(*, session: Session, user_id: str) -> str:
    """Applications with their status history, interviews, contacts and tags; resumes, stages."""
    s, u = session, user_id
    history: dict[int, list[dict[str, Any]]] = {}
    for change in repo.list_all_status_changes(session=s, user_id=u):
        history.setdefault(change.application_id, []).append(_dump(change, "id"))
    talks: dict[int, list[dict[str, Any]]] = {}
    for interview in repo.list_interviews(session=s, user_id=u):
        talks.setdefault(interview.application_id, []).append(_dump(interview, "id"))
    tags: dict[int, list[str]] = {}
    for tag in repo.list_all_tags(session=s, user_id=u):
        tags.setdefault(tag.application_id, []).append(tag.name)
    links: dict[int, list[int]] = {}
    for link in repo.list_contact_links(session=s, user_id=u):
        links.setdefault(link.application_id, []).append(link.contact_id)
    applications = [
        _dump(app)
        | {
            "status_history": history.get(app.id or 0, []),
            "interviews": talks.get(app.id or 0, []),
            "contact_ids": sorted(links.get(app.id or 0, [])),
            "tags": tags.get(app.id or 0, []),
        }
        for app in repo.list_all_applications(session=s, user_id=u)
    ]
    document = {
        "format": FORMAT,
        "version": 1,
        "exported_at": clock.now().isoformat(),
        "stages": [_dump(c, "id") for c in repo.list_custom_stages(session=s, user_id=u)],
        "resumes": [_dump(r) for r in repo.list_resumes(session=s, user_id=u)],
        "contacts": [_dump(c) for c in repo.list_contacts(session=s, user_id=u)],
        "applications": applications,
        **export_prep(session=s, user_id=u),
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _when(value: Any) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


_MOMENTS: tuple[str, ...] = (
    *("created_at", "updated_at", "archived_at", "deleted_at", "changed_at"),
    *("scheduled_at", "uploaded_at", "last_analyzed_at"),
)


def _fields(model: type[SQLModel], raw: dict[str, Any], *drop: str) -> dict[str, Any]:
    keep = set(model.model_fields) - {"id", "user_id", "application_id", *drop}
    out = {k: v for k, v in raw.items() if k in keep}
    for name in _MOMENTS:
        if name in out:
            out[name] = _when(out[name])
    return out


def parse_document(data: bytes) -> dict[str, Any]:
    """The export document, or ImportRejected saying why it is not one."""
    if len(data) > MAX_BYTES * 5:
        raise ImportRejected("The file is over 50 MB, which is more than an export can be.")
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportRejected(f"This is not a JSON file ({exc}).") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRejected("This JSON file is not an export of this tracker.")
    return document


class _Importer:
    """Adds one document's rows for one user, mapping the file's ids to the new ones."""

    def __init__(self, session: Session, user_id: str) -> None:
        self.session = session
        self.user_id = user_id
        self.resume_ids: dict[int, int] = {}
        self.contact_ids: dict[int, int] = {}
        self.imported = 0
        self.skipped = 0

    def _add(self, row: SQLModel) -> int:
        self.session.add(row)
        self.session.flush()
        row_id = getattr(row, "id", None)
        assert isinstance(row_id, int)
        return row_id

    def stages(self, items: list[dict[str, Any]]) -> None:
        """The user's own stages, so applications in them land in the same column."""
        taken = {*STANDARD_STAGES}
        taken |= {
            c.key for c in repo.list_custom_stages(session=self.session, user_id=self.user_id)
        }
        for raw in items:
            fields = _fields(CustomStage, raw)
            if fields.get("funnel_step") not in STANDARD_STAGES:
                raise InvalidInput(f"stage {fields.get('label')!r} has no known funnel step")
            if fields.get("key") not in taken:
                self._add(CustomStage(user_id=self.user_id, **fields))
                taken.add(fields["key"])

    def resumes(self, items: list[dict[str, Any]]) -> None:
        existing: dict[tuple[Any, Any], int | None] = {
            (r.label, r.text): r.id
            for r in repo.list_resumes(session=self.session, user_id=self.user_id)
        }
        for raw in items:
            found = existing.get((raw.get("label"), raw.get("text")))
            fields = _fields(Resume, raw, "parent_id")
            self.resume_ids[raw["id"]] = found or self._add(Resume(user_id=self.user_id, **fields))

    def contacts(self, items: list[dict[str, Any]]) -> None:
        existing: dict[tuple[Any, Any], int | None] = {
            (c.name, c.email): c.id
            for c in repo.list_contacts(session=self.session, user_id=self.user_id)
        }
        for raw in items:
            found = existing.get((raw.get("name"), raw.get("email")))
            fields = _fields(Contact, raw)
            self.contact_ids[raw["id"]] = found or self._add(
                Contact(user_id=self.user_id, **fields)
            )

    def applications(self, items: list[dict[str, Any]]) -> None:
        apps = repo.list_all_applications(session=self.session, user_id=self.user_id)
        seen = {natural_key(a.company, a.position, a.applied_on, a.url) for a in apps}
        for raw in items:
            data = ApplicationCreate.model_validate(raw)
            key = natural_key(data.company, data.position, data.applied_on, data.url)
            if key in seen:
                self.skipped += 1
                continue
            seen.add(key)
            self._application(raw, data)

    def _application(self, raw: dict[str, Any], data: ApplicationCreate) -> None:
        extra = _fields(Application, raw, *ApplicationCreate.model_fields, "resume_id")
        extra["resume_id"] = self.resume_ids.get(raw.get("resume_id") or -1)
        app_id = self._add(
            Application.model_validate(data, update={"user_id": self.user_id, **extra})
        )
        owner: dict[str, Any] = {"user_id": self.user_id, "application_id": app_id}
        for change in raw.get("status_history", []):
            self.session.add(StatusChange.model_validate(owner | _fields(StatusChange, change)))
        for talk in raw.get("interviews", []):
            self.session.add(Interview.model_validate(owner | _fields(Interview, talk)))
        for old_id in raw.get("contact_ids", []):
            if old_id in self.contact_ids:
                link = owner | {"contact_id": self.contact_ids[old_id]}
                self.session.add(ApplicationContact.model_validate(link))
        names = {clean_tag(str(name)) for name in raw.get("tags", [])}
        repo.add_application_tags(
            session=self.session, user_id=self.user_id, application_id=app_id, names=sorted(names)
        )
        self.imported += 1


def import_json(
    *, session: Session, user_id: str, vectors: VectorSync, data: bytes
) -> tuple[int, int]:
    """Import an export file in one transaction; returns (imported, already there)."""
    document = parse_document(data)
    importer = _Importer(session, user_id)
    try:
        importer.stages(list(document.get("stages", [])))
        importer.resumes(list(document.get("resumes", [])))
        importer.contacts(list(document.get("contacts", [])))
        importer.applications(list(document.get("applications", [])))
        import_prep(session=session, user_id=user_id, document=document)
        session.commit()
    except (ValidationError, ValueError, KeyError, TypeError) as exc:
        session.rollback()
        raise ImportRejected(f"Nothing was imported: the file has a bad entry ({exc}).") from None
    except Exception:
        session.rollback()
        raise
    if importer.imported or document.get("resumes"):
        vectors.user_changed(session, user_id)
    return importer.imported, importer.skipped
