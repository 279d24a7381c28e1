"""Stories and practice attempts in the JSON export, and back in on import."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.models import PracticeAttempt, PrepStory
from tracker_core.services.transfer import natural_key

_STORY_FIELDS = ("title", "situation", "task", "action", "result", "tags")
_ATTEMPT_FIELDS = ("question_key", "question_text", "category", "answer", "rating", "notes")


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _moment(value: Any) -> datetime:
    moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def export_prep(*, session: Session, user_id: str) -> dict[str, list[dict[str, Any]]]:
    """The user's stories and practice attempts; an attempt names its application by content."""
    apps = {a.id: a for a in repo.list_all_applications(session=session, user_id=user_id)}
    stories = [
        {"id": s.id, **{f: getattr(s, f) for f in _STORY_FIELDS}}
        | {"created_at": _iso(s.created_at), "updated_at": _iso(s.updated_at)}
        for s in repo.list_prep_stories(session=session, user_id=user_id)
    ]
    attempts = []
    for a in repo.list_practice_attempts(session=session, user_id=user_id):
        app = apps.get(a.application_id) if a.application_id else None
        attempts.append(
            {f: getattr(a, f) for f in _ATTEMPT_FIELDS}
            | {
                "seconds": a.seconds,
                "story_id": a.story_id,
                "created_at": _iso(a.created_at),
                "application": (
                    {
                        "company": app.company,
                        "position": app.position,
                        "url": app.url,
                        "applied_on": app.applied_on.isoformat() if app.applied_on else None,
                    }
                    if app
                    else None
                ),
            }
        )
    return {"stories": stories, "practice_attempts": attempts}


def import_prep(*, session: Session, user_id: str, document: dict[str, Any]) -> None:
    """Add the document's stories and attempts that the user does not have yet (no commit)."""
    have = {
        (s.title, s.situation, s.action): s.id
        for s in repo.list_prep_stories(session=session, user_id=user_id)
    }
    story_ids: dict[int, int | None] = {}
    for raw in document.get("stories", []):
        found = have.get((raw["title"], raw.get("situation", ""), raw.get("action", "")))
        if found is None:
            story = PrepStory(
                user_id=user_id,
                **{f: raw[f] for f in _STORY_FIELDS if f in raw},
                created_at=_moment(raw["created_at"]),
                updated_at=_moment(raw["updated_at"]),
            )
            session.add(story)
            session.flush()
            found = story.id
        story_ids[raw["id"]] = found
    apps = {
        natural_key(a.company, a.position, a.applied_on, a.url): a.id
        for a in repo.list_all_applications(session=session, user_id=user_id)
    }
    done = {
        (a.question_key, a.created_at)
        for a in repo.list_practice_attempts(session=session, user_id=user_id)
    }
    for raw in document.get("practice_attempts", []):
        at = _moment(raw["created_at"])
        if (raw["question_key"], at) in done:
            continue
        where = raw.get("application")
        app_id = None
        if where:
            day = (
                datetime.fromisoformat(where["applied_on"]).date() if where["applied_on"] else None
            )
            app_id = apps.get(natural_key(where["company"], where["position"], day, where["url"]))
        session.add(
            PracticeAttempt(
                user_id=user_id,
                **{f: raw[f] for f in _ATTEMPT_FIELDS},
                seconds=int(raw.get("seconds", 0)),
                story_id=story_ids.get(raw.get("story_id") or -1),
                application_id=app_id,
                created_at=at,
            )
        )
