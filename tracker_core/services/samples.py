"""Sample applications a new account can load to try the board, and remove in one click."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.models import Application, StatusChange
from tracker_core.services.vector_sync import VectorSync

# (company, position, stage, deadline in days from today or None, priority, source)
SAMPLES: tuple[tuple[str, str, str, int | None, int, str], ...] = (
    ("Northwind Traders", "Data Analyst", "saved", 2, 4, "LinkedIn"),
    ("Contoso", "Backend Engineer (Python)", "saved", 12, 3, "Company site"),
    ("Fabrikam", "Product Designer", "applied", -1, 3, "Referral"),
    ("Tailspin Toys", "QA Engineer", "applied", None, 2, "Indeed"),
    ("Wide World Importers", "Site Reliability Engineer", "screening", 5, 4, "Recruiter"),
    ("Adventure Works", "Machine Learning Engineer", "interview", 1, 5, "LinkedIn"),
    ("Litware", "Frontend Developer", "offer", 6, 5, "Referral"),
    ("Proseware", "Support Engineer", "rejected", None, 2, "Indeed"),
)
SAMPLE_NOTE = "Sample application: remove all samples from the board in one click."


def load_samples(
    *, session: Session, user_id: str, vectors: VectorSync, today: date | None = None
) -> int:
    """Add the sample applications (marked is_sample), each with its status history."""
    today = today or clock.now().date()
    added = []
    for company, position, stage, due, priority, source in SAMPLES:
        app = Application(
            user_id=user_id,
            company=company,
            position=position,
            status=stage,
            deadline=today + timedelta(days=due) if due is not None else None,
            priority=priority,
            source=source,
            notes=SAMPLE_NOTE,
            is_sample=True,
            applied_on=None if stage == "saved" else today - timedelta(days=10),
        )
        session.add(app)
        session.flush()
        assert app.id is not None
        session.add(StatusChange(user_id=user_id, application_id=app.id, to_status=stage))
        added.append(app)
    session.commit()
    for app in added:
        vectors.application_saved(user_id, app)
    return len(SAMPLES)


def remove_samples(*, session: Session, user_id: str, vectors: VectorSync) -> int:
    """Delete the user's sample applications for good; returns how many went."""
    ids = repo.list_sample_application_ids(session=session, user_id=user_id)
    count = repo.delete_sample_applications(session=session, user_id=user_id)
    session.commit()
    vectors.applications_deleted(user_id, ids)
    return count
