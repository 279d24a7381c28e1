"""Shapes of the prep engine: questions, stories as the engine sees them, feedback."""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Category = Literal["behavioural", "technical", "situational", "motivation", "role", "ask"]
Source = Literal["posting", "gap", "bank"]

CATEGORIES: tuple[Category, ...] = (
    "role",
    "technical",
    "situational",
    "behavioural",
    "motivation",
    "ask",
)
CATEGORY_LABELS: dict[str, str] = {
    "role": "Experience for the role",
    "technical": "Technical",
    "situational": "Situational",
    "behavioural": "Behavioural",
    "motivation": "Motivation (why us)",
    "ask": "Questions to ask the employer",
}


def question_key(text: str) -> str:
    """A short stable id for a question's text (saved questions and attempts refer to it)."""
    return hashlib.sha1(" ".join(text.lower().split()).encode()).hexdigest()[:16]


class Question(BaseModel):
    """One interview question, where it comes from and what it probes."""

    model_config = ConfigDict(frozen=True)

    text: str
    category: Category
    source: Source
    skill: str | None = None
    why: str = ""
    hint: str | None = None  # how to answer honestly (gap questions)
    competency: str | None = None

    @property
    def key(self) -> str:
        return question_key(self.text)


class StoryView(BaseModel):
    """A STAR story as the engine needs it (no database ids beyond an opaque one)."""

    id: int
    title: str
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    tags: list[str] = Field(default_factory=list)

    def text(self) -> str:
        return " ".join((self.title, self.situation, self.task, self.action, self.result))
