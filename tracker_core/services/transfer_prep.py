"""Stories and practice attempts in the JSON export, and back in on import."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.models import PracticeAttempt, PrepStory
from tracker_core.services.transfer import natural_key
from tracker_core.services.transfer_checks import Problems

_STORY_FIELDS = ("title", "situation", "task", "action", "result", "tags")
_ATTEMPT_FIELDS = ("question_key", "question_text", "category", "answer", "rating", "notes")


def _iso(moment: datetime) -> str:
    return moment.isoformat()


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


def _key(raw: Any) -> str | None:
    """The natural key of the application an attempt names, if it names one readably."""
    if not isinstance(raw, dict):
        return None
    try:
        day = date.fromisoformat(raw["applied_on"]) if raw.get("applied_on") else None
        return natural_key(str(raw["company"]), str(raw["position"]), day, raw.get("url"))
    except (KeyError, TypeError, ValueError):
        return None


def import_prep(
    *, session: Session, user_id: str, document: dict[str, Any], problems: Problems
) -> None:
    """Add the document's stories and attempts that the user does not have yet (no commit)."""
    have = {
        (s.title, s.situation, s.action): s.id
        for s in repo.list_prep_stories(session=session, user_id=user_id)
    }
    story_ids: dict[Any, int | None] = {}
    for n, raw in enumerate(_items(document, "stories"), start=1):
        fields = {f: raw[f] for f in (*_STORY_FIELDS, "created_at", "updated_at") if f in raw}
        story = problems.build(
            PrepStory, {"user_id": user_id} | fields, f"Story {n} ({str(raw.get('title'))[:40]})"
        )
        if story is None:
            continue
        found = have.get((story.title, story.situation, story.action))
        if found is None and not problems.found:
            session.add(story)
            session.flush()
            found = story.id
        if isinstance(raw.get("id"), int):
            story_ids[raw["id"]] = found
    apps = {
        natural_key(a.company, a.position, a.applied_on, a.url): a.id
        for a in repo.list_all_applications(session=session, user_id=user_id)
    }
    done = {
        (a.question_key, a.created_at)
        for a in repo.list_practice_attempts(session=session, user_id=user_id)
    }
    for n, raw in enumerate(_items(document, "practice_attempts"), start=1):
        fields = {f: raw[f] for f in (*_ATTEMPT_FIELDS, "seconds", "created_at") if f in raw}
        key = _key(raw.get("application"))
        story_id = raw.get("story_id")
        fields |= {
            "user_id": user_id,
            "story_id": story_ids.get(story_id) if isinstance(story_id, int) else None,
            "application_id": apps.get(key) if key else None,
        }
        attempt = problems.build(PracticeAttempt, fields, f"Practice attempt {n}")
        if attempt is None or (attempt.question_key, attempt.created_at) in done:
            continue
        if not problems.found:
            session.add(attempt)


def _items(document: dict[str, Any], name: str) -> list[dict[str, Any]]:
    items = document.get(name, [])
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
