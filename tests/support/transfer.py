"""Import and export: files shaped like Huntr's and Teal's exports, a full account, a
comparable view of a JSON export."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import strategies as st
from sqlmodel import Session

from tests.support.fakes import RecordingVectors
from tracker_core import repositories as repo
from tracker_core.models import MAX_SALARY, STANDARD_STAGES, ApplicationCreate, Resume
from tracker_core.services import applications as apps
from tracker_core.services import contacts, interviews, stages, transfer
from tracker_core.services import transfer_values as val
from tracker_core.services.vector_sync import VectorSync

HUNTR = (
    "Company,Job Title,List,Date Applied,Job URL,Salary,Location,Notes,Excitement\n"
    "Acme Inc.,Data Engineer,Applied,03/15/2026,https://acme.example/jobs/1,"
    '"$120k - $150,000",Berlin,Referred by Rita,5\n'
    "Globex,Analyst,Wishlist,,,,,,\n"
    ",No company,Applied,,,,,,\n"
    "Initech,Dev,Sleeping,,,,,,\n"
    "Umbrella,Scientist,Applied,31/31/2026,,,,,\n"
)
TEAL = (
    "Company,Job Position,Status,Date Saved,Date Applied,Job URL,Salary,Location,Notes\n"
    "Hooli,PM,Interviewing,2026-01-02,2026-01-05,https://hooli.example/pm,90000,Remote,\n"
    "Pied Piper,CTO,Bookmarked,2026-02-01,,,,,=SUM(A1)\n"
)


def run_csv_import(session: Session, owner: str, text: str | bytes) -> transfer.ImportPlan:
    return run_csv_import_with(session, owner, text, RecordingVectors())


def run_csv_import_with(
    session: Session, owner: str, text: str | bytes, vectors: VectorSync
) -> transfer.ImportPlan:
    """Read, plan and run an import with the column mapping guessed from the header."""
    data = text.encode() if isinstance(text, str) else text
    csv_file = transfer.read_csv(data)
    mapping = val.auto_mapping(csv_file.headers)
    plan = transfer.plan_import(session=session, user_id=owner, csv_file=csv_file, mapping=mapping)
    transfer.run_import(session=session, user_id=owner, plan=plan, vectors=vectors)
    return plan


def add_everything(session: Session, owner: str) -> None:
    resume = Resume(user_id=owner, label="Data CV", text="Python, SQL")
    session.add(resume)
    session.commit()
    data = ApplicationCreate(company="Acme", position="Dev", status="applied", notes="# Hi")
    app = apps.create_application(
        session=session, user_id=owner, data=data, vectors=RecordingVectors()
    )
    assert app.id is not None
    app.resume_id = resume.id
    session.add(app)
    session.commit()
    apps.change_status(session=session, user_id=owner, application_id=app.id, to_status="offer")
    contacts.add_contact(
        session=session,
        user_id=owner,
        application_id=app.id,
        data=contacts.ContactIn(name="Rita", email="rita@example.com"),
    )
    contacts.add_contact(session=session, user_id=owner, data=contacts.ContactIn(name="Loose"))
    interviews.add_interview(
        session=session,
        user_id=owner,
        application_id=app.id,
        data=interviews.InterviewIn(kind="onsite", scheduled_at=datetime(2026, 12, 1, 9)),
    )
    stages.add_stage(session=session, user_id=owner, label="Take-home", funnel_step="interview")
    apps.create_application(
        session=session,
        user_id=owner,
        data=ApplicationCreate(company="Globex", position="QA", status="take_home"),
        vectors=RecordingVectors(),
    )


def comparable(text: str) -> dict[str, Any]:
    """The export without ids, with references replaced by what they point at."""
    doc = json.loads(text)
    contacts_by_id = {c.pop("id"): c["name"] for c in doc["contacts"]}
    resumes_by_id = {r.pop("id"): r["label"] for r in doc["resumes"]}
    for app in doc["applications"]:
        app.pop("id")
        app["resume_id"] = resumes_by_id.get(app["resume_id"])
        app["contact_ids"] = sorted(contacts_by_id[i] for i in app["contact_ids"])
    doc.pop("exported_at")
    return doc


# --- the round trip: generated applications, and what of them must come back ------------------

# Text a user pastes: line breaks of every kind, commas, quotes, emoji, right-to-left script,
# and the characters a spreadsheet takes for the start of a formula.
_TRICKY = ("\n", "\r\n", "\r", ",", ";", '"', "'", "\t", "🎉", "שלום", "مرحبا", "€", "=", "+")
_STARTS = ("=", "+", "-", "@", "\t", "\r", "'", "'=", " ", "\n", "")
_CHARS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
free_text = st.builds(
    lambda start, parts: start + "".join(parts),
    st.sampled_from(_STARTS),
    st.lists(st.one_of(st.text(_CHARS, max_size=30), st.sampled_from(_TRICKY)), max_size=8),
)
short_text = free_text.map(lambda t: t[:150]).filter(lambda t: t.strip() != "")
name_text = short_text.map(str.strip).filter(bool)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def application_fields(draw: st.DrawFn) -> dict[str, Any]:
    """One application as a user could have saved it (the fields of ApplicationCreate)."""
    low = draw(st.none() | st.integers(0, MAX_SALARY))
    high = draw(st.none() | st.integers(low or 0, MAX_SALARY))
    return {
        "company": draw(name_text),
        "position": draw(name_text),
        "location": draw(st.none() | short_text),
        "remote": draw(st.none() | st.sampled_from(["remote", "hybrid", "onsite"])),
        "url": draw(
            st.none() | st.text("abcxyz019-_/", max_size=20).map("https://jobs.example/".__add__)
        ),
        "source": draw(st.none() | short_text.map(lambda t: t[:100])),
        "salary_min": low,
        "salary_max": high,
        "salary_currency": draw(st.none() | st.sampled_from(["EUR", "IDR", "USD"])),
        "salary_period": draw(st.none() | st.sampled_from(["year", "month", "hour"])),
        "status": draw(st.sampled_from(STANDARD_STAGES)),
        "deadline": draw(st.none() | days),
        "applied_on": draw(st.none() | days),
        "next_action": draw(st.none() | short_text),
        "next_action_on": draw(st.none() | days),
        "priority": draw(st.integers(1, 5)),
        "notes": draw(free_text),
        "job_description": draw(free_text),
    }


def _key(fields: dict[str, Any]) -> str:
    return transfer.natural_key(
        fields["company"], fields["position"], fields["applied_on"], fields["url"]
    )


@st.composite
def accounts(draw: st.DrawFn) -> list[tuple[dict[str, Any], list[str], bool]]:
    """Applications (distinct, as an import tells them apart), each with later moves and
    whether it is archived."""
    apps = draw(st.lists(application_fields(), min_size=1, max_size=4, unique_by=_key))
    moves = st.lists(st.sampled_from(STANDARD_STAGES), max_size=3)
    return [(a, draw(moves), draw(st.booleans())) for a in apps]


def fill_account(
    session: Session, owner: str, account: list[tuple[dict[str, Any], list[str], bool]]
) -> None:
    """Save the applications through the services, moving each through its stages."""
    for fields, moves, archived in account:
        app = apps.create_application(
            session=session,
            user_id=owner,
            data=ApplicationCreate.model_validate(fields),
            vectors=RecordingVectors(),
        )
        assert app.id is not None
        for i, stage in enumerate(moves):
            note = f'moved {i}\nwith a line break, a comma and a "quote"'
            apps.change_status(
                session=session, user_id=owner, application_id=app.id, to_status=stage, note=note
            )
        if archived:
            apps.set_archived(
                session=session, user_id=owner, application_ids=[app.id], archived=True
            )


def snapshot(session: Session, owner: str) -> dict[str, dict[str, Any]]:
    """Every application of the account by its natural key: its fields and status history."""
    out = {}
    for app in repo.list_all_applications(session=session, user_id=owner):
        assert app.id is not None
        history = repo.list_status_changes(session=session, user_id=owner, application_id=app.id)
        fields = {name: getattr(app, name) for name in ApplicationCreate.model_fields}
        out[transfer.natural_key(app.company, app.position, app.applied_on, app.url)] = fields | {
            "created_at": _utc(app.created_at),
            "archived_at": _utc(app.archived_at),
            "history": [(c.from_status, c.to_status, _utc(c.changed_at), c.note) for c in history],
        }
    return out


def _utc(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment
