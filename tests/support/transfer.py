"""Import and export: files shaped like Huntr's and Teal's exports, a full account, a
comparable view of a JSON export."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import Session

from tests.support.fakes import RecordingVectors
from tracker_core.models import ApplicationCreate, Resume
from tracker_core.services import applications as apps
from tracker_core.services import contacts, interviews, stages, transfer
from tracker_core.services import transfer_values as val

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
    data = text.encode() if isinstance(text, str) else text
    csv_file = transfer.read_csv(data)
    mapping = val.auto_mapping(csv_file.headers)
    plan = transfer.plan_import(session=session, user_id=owner, csv_file=csv_file, mapping=mapping)
    transfer.run_import(session=session, user_id=owner, plan=plan, vectors=RecordingVectors())
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
