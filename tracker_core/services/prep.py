"""Interview prep: STAR stories, practice attempts, chosen stories and interview debriefs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, field_validator
from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.analysis.llm_client import LLMConfig, config_from_settings
from tracker_core.embeddings import Embedder
from tracker_core.models import Application, Interview, PracticeAttempt, PrepQuestion, PrepStory
from tracker_core.prep.bank import competency_names
from tracker_core.prep.model_feedback import ModelFeedback, model_feedback
from tracker_core.prep.models import Category, Question, StoryView, question_key
from tracker_core.prep.posting import read_posting
from tracker_core.prep.questions import questions_for, requirement_keywords
from tracker_core.prep.schedule import AttemptMark, practice_order
from tracker_core.prep.suggest import CoverageRow, Suggestion, coverage, suggest_stories
from tracker_core.services.applications import NotFound
from tracker_core.services.details import get_application


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


class StoryIn(BaseModel):
    """A STAR story as the user types it; tags may come as one comma-separated string."""

    title: str = Field(min_length=1, max_length=200)
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    tags: list[str] = Field(default_factory=list)

    @field_validator("title", "situation", "task", "action", "result", mode="before")
    @classmethod
    def _clean(cls, value: Any) -> Any:
        return _strip(value)

    @field_validator("tags", mode="before")
    @classmethod
    def _tags(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.split(",")
        if not isinstance(value, list):
            return value
        out: list[str] = []
        for tag in value:
            name = " ".join(str(tag).split()).lower()[:60]
            if name and name not in out:
                out.append(name)
        return out


class AttemptIn(BaseModel):
    """One practised answer."""

    question_text: str = Field(min_length=1)
    category: Category = "behavioural"
    answer: str = ""
    rating: int = Field(ge=1, le=5)
    notes: str = ""
    seconds: int = Field(default=0, ge=0, le=24 * 3600)
    story_id: int | None = None
    application_id: int | None = None


class DebriefItem(BaseModel):
    """Whether a prepared question came up in the interview, and how it went (1-5)."""

    question_text: str = Field(min_length=1)
    category: Category = "behavioural"
    came_up: bool
    went: int | None = Field(default=None, ge=1, le=5)


# --- stories -----------------------------------------------------------------------------


def _story(session: Session, user_id: str, story_id: int) -> PrepStory:
    found = repo.get_prep_story(session=session, user_id=user_id, story_id=story_id)
    if found is None:
        raise NotFound(f"Story {story_id} was not found.")
    return found


def add_story(
    *, session: Session, user_id: str, data: StoryIn, now: datetime | None = None
) -> PrepStory:
    """Save a new story."""
    at = now or clock.now()
    story = PrepStory(user_id=user_id, created_at=at, updated_at=at, **data.model_dump())
    session.add(story)
    session.commit()
    return story


def edit_story(
    *, session: Session, user_id: str, story_id: int, data: StoryIn, now: datetime | None = None
) -> PrepStory:
    """Replace a story's fields."""
    story = _story(session, user_id, story_id)
    for name, value in data.model_dump().items():
        setattr(story, name, value)
    story.updated_at = now or clock.now()
    session.add(story)
    session.commit()
    return story


def delete_story(*, session: Session, user_id: str, story_id: int) -> None:
    session.delete(_story(session, user_id, story_id))
    session.commit()


def list_stories(*, session: Session, user_id: str, search: str = "") -> list[PrepStory]:
    """The user's stories, newest first; `search` matches words in any field or tag."""
    stories = list(repo.list_prep_stories(session=session, user_id=user_id))
    words = search.lower().split()
    if not words:
        return stories
    return [s for s in stories if all(w in _haystack(s) for w in words)]


def _haystack(s: PrepStory) -> str:
    return " ".join((s.title, s.situation, s.task, s.action, s.result, *s.tags)).lower()


def story_views(stories: Sequence[PrepStory]) -> list[StoryView]:
    return [
        StoryView(
            id=s.id or 0,
            title=s.title,
            situation=s.situation,
            task=s.task,
            action=s.action,
            result=s.result,
            tags=list(s.tags),
        )
        for s in stories
    ]


# --- practice ----------------------------------------------------------------------------


def record_attempt(
    *, session: Session, user_id: str, data: AttemptIn, now: datetime | None = None
) -> PracticeAttempt:
    """Keep a practised answer and its rating."""
    if data.story_id is not None:
        _story(session, user_id, data.story_id)
    if data.application_id is not None:
        get_application(session=session, user_id=user_id, application_id=data.application_id)
    attempt = PracticeAttempt(
        user_id=user_id,
        question_key=question_key(data.question_text),
        created_at=now or clock.now(),
        **data.model_dump(),
    )
    session.add(attempt)
    session.commit()
    return attempt


def list_attempts(
    *, session: Session, user_id: str, application_id: int | None = None
) -> Sequence[PracticeAttempt]:
    return repo.list_practice_attempts(
        session=session, user_id=user_id, application_id=application_id
    )


def delete_attempt(*, session: Session, user_id: str, attempt_id: int) -> None:
    found = repo.get_practice_attempt(session=session, user_id=user_id, attempt_id=attempt_id)
    if found is None:
        raise NotFound(f"Practice attempt {attempt_id} was not found.")
    session.delete(found)
    session.commit()


def story_uses(attempts: Sequence[PracticeAttempt]) -> dict[int, int]:
    """How many different questions each story has been used for."""
    seen: dict[int, set[str]] = {}
    for a in attempts:
        if a.story_id is not None:
            seen.setdefault(a.story_id, set()).add(a.question_key)
    return {sid: len(keys) for sid, keys in seen.items()}


# --- questions kept for an application ---------------------------------------------------


def choose_stories(
    *,
    session: Session,
    user_id: str,
    application_id: int,
    question: Question,
    story_ids: Sequence[int],
    now: datetime | None = None,
) -> PrepQuestion:
    """Keep a question for an application with the stories the user will tell for it."""
    get_application(session=session, user_id=user_id, application_id=application_id)
    for sid in story_ids:
        _story(session, user_id, sid)
    saved = repo.list_prep_questions(
        session=session, user_id=user_id, application_id=application_id
    )
    row = next((q for q in saved if q.question_key == question.key and not q.interview_id), None)
    if row is None:
        row = PrepQuestion(
            user_id=user_id,
            application_id=application_id,
            question_key=question.key,
            text=question.text,
            category=question.category,
            created_at=now or clock.now(),
        )
    row.story_ids = list(dict.fromkeys(story_ids))
    session.add(row)
    session.commit()
    return row


def chosen_stories(*, session: Session, user_id: str, application_id: int) -> dict[str, list[int]]:
    """Question key -> the story ids chosen for it on this application."""
    rows = repo.list_prep_questions(session=session, user_id=user_id, application_id=application_id)
    return {r.question_key: list(r.story_ids) for r in rows if r.interview_id is None}


def _interview(session: Session, user_id: str, interview_id: int) -> Interview:
    found = repo.get_interview(session=session, user_id=user_id, interview_id=interview_id)
    if found is None:
        raise NotFound(f"Interview {interview_id} was not found.")
    return found


def record_debrief(
    *,
    session: Session,
    user_id: str,
    interview_id: int,
    items: Sequence[DebriefItem],
    now: datetime | None = None,
) -> list[PrepQuestion]:
    """Replace the interview's debrief: which questions came up and how each went."""
    interview = _interview(session, user_id, interview_id)
    for old in repo.list_prep_questions(
        session=session, user_id=user_id, interview_id=interview_id
    ):
        session.delete(old)
    rows = [
        PrepQuestion(
            user_id=user_id,
            application_id=interview.application_id,
            interview_id=interview_id,
            question_key=question_key(item.question_text),
            text=item.question_text,
            category=item.category,
            came_up=item.came_up,
            went=item.went,
            created_at=now or clock.now(),
        )
        for item in items
    ]
    session.add_all(rows)
    session.commit()
    return rows


def list_debrief(*, session: Session, user_id: str, interview_id: int) -> Sequence[PrepQuestion]:
    _interview(session, user_id, interview_id)
    return repo.list_prep_questions(session=session, user_id=user_id, interview_id=interview_id)


# --- the prep of one application ---------------------------------------------------------


@dataclass
class PrepPlan:
    """Everything the prep page and the prep sheet show for one posting."""

    title: str
    company: str
    application_id: int | None
    posting: str
    questions: list[Question]
    stories: list[StoryView]
    suggestions: dict[str, list[Suggestion]]
    coverage: list[CoverageRow]
    chosen: dict[str, list[int]] = field(default_factory=dict)
    queue: list[Question] = field(default_factory=list)
    interview: Interview | None = None
    days_left: int | None = None
    to_debrief: list[Interview] = field(default_factory=list)
    notes: str = ""
    company_text: list[str] = field(default_factory=list)
    came_up: list[PrepQuestion] = field(default_factory=list)  # debriefed questions, kept

    @property
    def gaps(self) -> list[Question]:
        return [q for q in self.questions if q.source == "gap"]


def _next_interview(
    interviews: Sequence[Interview], now: datetime
) -> tuple[Interview | None, int | None]:
    dated = [i for i in interviews if i.scheduled_at is not None and i.outcome is None]
    upcoming = sorted(
        (i for i in dated if i.scheduled_at is not None and i.scheduled_at >= now),
        key=lambda i: i.scheduled_at or now,
    )
    if not upcoming:
        return None, None
    first = upcoming[0]
    assert first.scheduled_at is not None
    return first, (first.scheduled_at.date() - now.date()).days


def plan_for_posting(
    *,
    session: Session,
    user_id: str,
    posting: str,
    resume_text: str = "",
    embedder: Embedder | None = None,
    now: datetime | None = None,
    app: Application | None = None,
) -> PrepPlan:
    """Questions, suggested stories, coverage and practice order for a posting."""
    at = now or clock.now()
    questions = questions_for(posting, resume_text, embedder=embedder)
    stories = story_views(repo.list_prep_stories(session=session, user_id=user_id))
    app_id = app.id if app else None
    attempts = repo.list_practice_attempts(session=session, user_id=user_id, application_id=app_id)
    interview, days_left = None, None
    to_debrief: list[Interview] = []
    came_up: list[PrepQuestion] = []
    chosen: dict[str, list[int]] = {}
    if app is not None and app_id is not None:
        interviews = repo.list_interviews(session=session, user_id=user_id, application_id=app_id)
        interview, days_left = _next_interview(interviews, at)
        kept = repo.list_prep_questions(session=session, user_id=user_id, application_id=app_id)
        debriefed = {q.interview_id for q in kept}
        came_up = [q for q in kept if q.interview_id is not None and q.came_up]
        to_debrief = [i for i in interviews if i.outcome and i.id not in debriefed]
        chosen = chosen_stories(session=session, user_id=user_id, application_id=app_id)
    marks = [AttemptMark(a.question_key, a.rating, a.created_at) for a in attempts]
    return PrepPlan(
        title=app.position if app else "",
        company=app.company if app else "",
        application_id=app_id,
        posting=posting,
        questions=questions,
        stories=stories,
        suggestions=suggest_stories(questions, stories, embedder=embedder),
        coverage=coverage(requirement_keywords(posting), competency_names(), stories),
        chosen=chosen,
        queue=practice_order(
            [q for q in questions if q.category != "ask"], marks, days_left=days_left
        ),
        interview=interview,
        days_left=days_left,
        to_debrief=to_debrief,
        notes=app.notes if app else "",
        company_text=read_posting(posting).company,
        came_up=came_up,
    )


def plan_for_application(
    *,
    session: Session,
    user_id: str,
    application_id: int,
    resume_id: int | None = None,
    embedder: Embedder | None = None,
    now: datetime | None = None,
) -> PrepPlan:
    """The prep for one of the user's applications (its posting and its resume)."""
    app = get_application(session=session, user_id=user_id, application_id=application_id)
    rid = resume_id if resume_id is not None else app.resume_id
    resume = repo.get_resume(session=session, user_id=user_id, resume_id=rid) if rid else None
    return plan_for_posting(
        session=session,
        user_id=user_id,
        posting=app.job_description or "",
        resume_text=resume.text if resume else "",
        embedder=embedder,
        now=now,
        app=app,
    )


def resume_text(*, session: Session, user_id: str, resume_id: int | None) -> str:
    """The text of one of the user's resumes ('' for none or another user's)."""
    if resume_id is None:
        return ""
    found = repo.get_resume(session=session, user_id=user_id, resume_id=resume_id)
    return found.text if found else ""


def answer_model_feedback(
    *, question: str, answer: str, config: LLMConfig | None = None
) -> ModelFeedback:
    """The model's feedback on a practice answer (the app's OpenAI settings unless given)."""
    return model_feedback(question, answer, config or config_from_settings())
