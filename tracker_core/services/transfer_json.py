"""JSON export of everything a user owns, and its import (an empty account gets it all back)."""

from __future__ import annotations

import json
from typing import Any

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
from tracker_core.services import transfer_checks as checks
from tracker_core.services.tags import MAX_TAG_CHARS, MAX_TAGS, clean_tag
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


def _fields(model: type[SQLModel], raw: dict[str, Any], *drop: str) -> dict[str, Any]:
    keep = set(model.model_fields) - {"id", "user_id", "application_id", *drop}
    return {k: v for k, v in raw.items() if k in keep}


def _id(value: Any) -> int | None:
    """An id from the file, if it is one (anything else points at nothing)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _entries(document: dict[str, Any], name: str) -> list[dict[str, Any]]:
    items = document.get(name, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ImportRejected(
            f"Nothing was imported: the {name.replace('_', ' ')} in this file are not a list "
            "of entries. Export the file from the tracker again and import that."
        )
    return items


def parse_document(data: bytes) -> dict[str, Any]:
    """The export document, or ImportRejected saying why it is not one."""
    if len(data) > MAX_BYTES * 5:
        raise ImportRejected("The file is over 50 MB, which is more than an export can be.")
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportRejected("This is not a JSON file (its text is not UTF-8).") from None
    except json.JSONDecodeError as exc:
        raise ImportRejected(
            f"This is not a JSON file: it stops making sense at line {exc.lineno}, "
            f"column {exc.colno}."
        ) from None
    except (RecursionError, ValueError):  # lists in lists thousands deep; a 5,000-digit number
        raise ImportRejected(
            "This JSON file is not an export of this tracker: it nests too deeply or holds a "
            "number too long to read."
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRejected("This JSON file is not an export of this tracker.")
    if checks.depth_problem(document, checks.MAX_DEPTH + 3):
        raise ImportRejected(
            "This JSON file is not an export of this tracker: its lists and objects nest "
            f"deeper than {checks.MAX_DEPTH} levels."
        )
    return document


def _named(kind: str, n: int, *names: Any) -> str:
    shown = ", ".join(
        x if len(x) <= 30 else x[:29] + "…" for x in names if isinstance(x, str) and x.strip()
    )
    return f"{kind} {n} ({shown})" if shown else f"{kind} {n}"


class _Importer:
    """Adds one document's rows for one user, mapping the file's ids to the new ones."""

    def __init__(self, session: Session, user_id: str) -> None:
        self.session = session
        self.user_id = user_id
        self.resume_ids: dict[int, int] = {}
        self.contact_ids: dict[int, int] = {}
        self.new_resumes: list[Resume] = []
        self.new_apps: list[Application] = []
        self.skipped = 0
        self.problems = checks.Problems()

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
        for n, raw in enumerate(items, start=1):
            where = _named("Stage", n, raw.get("label"))
            if raw.get("funnel_step") not in STANDARD_STAGES:
                self.problems.add(
                    where, "funnel_step", f"must be one of {', '.join(STANDARD_STAGES)}"
                )
                continue
            stage = self.problems.build(
                CustomStage, {"user_id": self.user_id} | _fields(CustomStage, raw), where
            )
            if stage is not None and stage.key not in taken:
                self._add(stage)
                taken.add(stage.key)

    def resumes(self, items: list[dict[str, Any]]) -> None:
        existing: dict[tuple[Any, Any], int | None] = {
            (r.label, r.text): r.id
            for r in repo.list_resumes(session=self.session, user_id=self.user_id)
        }
        for n, raw in enumerate(items, start=1):
            where = _named("Resume", n, raw.get("label"))
            fields = {"user_id": self.user_id} | _fields(Resume, raw, "parent_id")
            resume = self.problems.build(Resume, fields, where)
            if resume is None:
                continue
            found = existing.get((resume.label, resume.text))
            if found is None:
                found = self._add(resume)
                self.new_resumes.append(resume)
            if (old := _id(raw.get("id"))) is not None:
                self.resume_ids[old] = found

    def contacts(self, items: list[dict[str, Any]]) -> None:
        existing: dict[tuple[Any, Any], int | None] = {
            (c.name, c.email): c.id
            for c in repo.list_contacts(session=self.session, user_id=self.user_id)
        }
        for n, raw in enumerate(items, start=1):
            where = _named("Contact", n, raw.get("name"))
            contact = self.problems.build(
                Contact, {"user_id": self.user_id} | _fields(Contact, raw), where
            )
            if contact is None:
                continue
            found = existing.get((contact.name, contact.email)) or self._add(contact)
            if (old := _id(raw.get("id"))) is not None:
                self.contact_ids[old] = found

    def applications(self, items: list[dict[str, Any]]) -> None:
        apps = repo.list_all_applications(session=self.session, user_id=self.user_id)
        seen = {natural_key(a.company, a.position, a.applied_on, a.url) for a in apps}
        for n, raw in enumerate(items, start=1):
            where = _named("Application", n, raw.get("company"), raw.get("position"))
            data = self.problems.build(ApplicationCreate, _fields(ApplicationCreate, raw), where)
            if data is None:
                continue
            key = natural_key(data.company, data.position, data.applied_on, data.url)
            if key in seen:
                self.skipped += 1
                continue
            seen.add(key)
            self._application(raw, data, where)

    def _application(self, raw: dict[str, Any], data: ApplicationCreate, where: str) -> None:
        if checks.depth_problem(raw.get("parsed_job"), checks.MAX_DEPTH):
            self.problems.add(where, "parsed_job", "nest too deeply; remove them from the file")
            return
        extra = _fields(Application, raw, *ApplicationCreate.model_fields, "resume_id")
        fields = data.model_dump() | extra | {"user_id": self.user_id}
        fields["resume_id"] = self.resume_ids.get(_id(raw.get("resume_id")) or -1)
        app = self.problems.build(Application, fields, where)
        if app is None:
            return
        owner: dict[str, Any] = {"user_id": self.user_id, "application_id": 0}
        changes = [
            self.problems.build(
                StatusChange, owner | _fields(StatusChange, c), f"{where}, status change {i}"
            )
            for i, c in enumerate(_list_of_dicts(raw, "status_history"), start=1)
        ]
        talks = [
            self.problems.build(Interview, owner | _fields(Interview, t), f"{where}, interview {i}")
            for i, t in enumerate(_list_of_dicts(raw, "interviews"), start=1)
        ]
        if None in changes or None in talks or self.problems.found:
            return  # nothing more is written once the import is known to fail
        app_id = self._add(app)
        self.new_apps.append(app)
        for row in [*changes, *talks]:
            assert row is not None
            row.application_id = app_id
            self.session.add(row)
        contact_ids = raw.get("contact_ids", [])
        for old_id in contact_ids if isinstance(contact_ids, list) else []:
            if (new_id := self.contact_ids.get(_id(old_id) or -1)) is not None:
                link = owner | {"application_id": app_id, "contact_id": new_id}
                self.session.add(ApplicationContact.model_validate(link))
        names = set()
        tags = raw.get("tags", [])
        for name in tags[: MAX_TAGS * 2] if isinstance(tags, list) else []:
            try:
                names.add(clean_tag(str(name)))
            except InvalidInput:
                self.problems.add(
                    where, "tags", f"hold a tag that is empty or over {MAX_TAG_CHARS} characters"
                )
        repo.add_application_tags(
            session=self.session, user_id=self.user_id, application_id=app_id, names=sorted(names)
        )


def _list_of_dicts(raw: dict[str, Any], name: str) -> list[dict[str, Any]]:
    items = raw.get(name, [])
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def import_json(
    *, session: Session, user_id: str, vectors: VectorSync, data: bytes
) -> tuple[int, int]:
    """Import an export file in one transaction; returns (imported, already there).

    Every entry is checked against the tables' limits first; one that does not fit makes the
    whole import stop with a sentence per problem (entry, field, what to do), nothing saved.
    """
    document = parse_document(data)
    importer = _Importer(session, user_id)
    try:
        importer.stages(_entries(document, "stages"))
        importer.resumes(_entries(document, "resumes"))
        importer.contacts(_entries(document, "contacts"))
        importer.applications(_entries(document, "applications"))
        import_prep(session=session, user_id=user_id, document=document, problems=importer.problems)
        importer.problems.raise_if_any()
        session.commit()
    except Exception:
        session.rollback()
        raise
    for resume in importer.new_resumes:
        vectors.resume_saved(user_id, resume)
    vectors.applications_saved(user_id, importer.new_apps)
    return len(importer.new_apps), importer.skipped
