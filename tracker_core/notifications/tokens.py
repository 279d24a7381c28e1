"""Signed unsubscribe tokens: who and which kind, verifiable without signing in."""

from __future__ import annotations

from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeSerializer

SALT = "unsubscribe"


@dataclass(frozen=True)
class Unsubscribe:
    user_id: str
    kind: str


def make_token(secret: str, user_id: str, kind: str) -> str:
    return URLSafeSerializer(secret, salt=SALT).dumps({"u": user_id, "k": kind})


def read_token(secret: str, token: str) -> Unsubscribe | None:
    """The user and kind a token names, or None when it was not signed by us or is damaged."""
    try:
        data = URLSafeSerializer(secret, salt=SALT).loads(token)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), str):
        return None
    kind = data.get("k")
    return Unsubscribe(data["u"], kind) if isinstance(kind, str) else None
