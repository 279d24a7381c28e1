"""Offline feedback on a typed answer: STAR parts, a measured result, length, filler words."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

WORDS_PER_MINUTE = 140
STORY_OVERUSE = 3  # one story for more questions than this reads as the only story you have
_STAR = {
    "situation": re.compile(
        r"\b(?:when i (?:was|worked)|at my (?:last|previous)|in my (?:last|previous|role)|"
        r"we were|the situation|context|background|there was|while (?:i was )?working|"
        r"our team|last year|at the time)\b",
        re.IGNORECASE,
    ),
    "task": re.compile(
        r"\b(?:my (?:task|goal|job|role) was|i (?:needed|had|was asked) to|responsible for|"
        r"the goal|the challenge|i was tasked|we needed to|my aim)\b",
        re.IGNORECASE,
    ),
    "action": re.compile(
        r"\b(?:i\s+(?:then\s+|also\s+|quickly\s+|first\s+)?(?:[a-z]+ed|(?:re)?built|wrote|"
        r"made|took|spoke|ran|led|set up|found|brought|taught|got|sent|drew|kept|began)\b|"
        r"so i|first,? i|then i)",
        re.IGNORECASE,
    ),
    "result": re.compile(
        r"\b(?:as a result|the result|in the end|outcome|which meant|reduced|increased|saved|"
        r"improved|cut|grew|led to|we delivered|finished|achieved|won|resolved|since then)\b",
        re.IGNORECASE,
    ),
}
_NUMBER_RESULT = re.compile(
    r"(?:[$£€]\s?\d|\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|x\b|times|hours?|days?|weeks?|"
    r"months?|minutes?|people|patients|customers|clients|users|staff|k\b|m\b|orders|tickets|"
    r"errors|complaints|sales))",
    re.IGNORECASE,
)
FILLERS = (
    "um",
    "uh",
    "erm",
    "you know",
    "basically",
    "actually",
    "literally",
    "sort of",
    "kind of",
    "i mean",
    "like",
)
_FILLER = {
    f: re.compile(r"(?<![\w'])" + re.escape(f) + r"(?![\w'])", re.IGNORECASE) for f in FILLERS
}
# "like" is a filler only when it is not comparing: ", like," or "like, ".
_FILLER["like"] = re.compile(r"(?:,\s*like\b|\blike,)", re.IGNORECASE)


class Feedback(BaseModel):
    """What an answer has and lacks."""

    star: dict[str, bool]
    quantified: bool
    words: int
    seconds_to_say: int
    fillers: dict[str, int] = Field(default_factory=dict)
    story_overused: bool = False
    tips: list[str] = Field(default_factory=list)


def answer_feedback(answer: str, *, story_uses: int = 0) -> Feedback:
    """Feedback on an answer; `story_uses` is how many questions the chosen story answers."""
    words = len(re.findall(r"\b[\w'’-]+\b", answer))
    star = {part: bool(rx.search(answer)) for part, rx in _STAR.items()}
    quantified = bool(_NUMBER_RESULT.search(answer))
    fillers = {f: n for f, rx in _FILLER.items() if (n := len(rx.findall(answer)))}
    seconds = round(words * 60 / WORDS_PER_MINUTE)
    overused = story_uses > STORY_OVERUSE
    tips = [f"Add the {part}: {_TIP[part]}" for part, ok in star.items() if not ok]
    if not quantified:
        tips.append("Put a number on the result: time saved, %, money, people helped.")
    if words and seconds < 45:
        tips.append("That is under 45 seconds to say; add what you did and what changed.")
    elif seconds > 180:
        tips.append("That takes over three minutes to say; cut the situation to two sentences.")
    if sum(fillers.values()) >= 3:
        tips.append("Several filler words; pause instead of saying them.")
    if overused:
        tips.append(f"This story answers {story_uses} questions; prepare another one.")
    return Feedback(
        star=star,
        quantified=quantified,
        words=words,
        seconds_to_say=seconds,
        fillers=fillers,
        story_overused=overused,
        tips=tips,
    )


_TIP = {
    "situation": "where and when it happened, in a sentence or two.",
    "task": "what you had to achieve or fix.",
    "action": "what you did yourself (say “I”, not only “we”).",
    "result": "how it ended and what changed because of you.",
}
