"""What every request shares (engine, settings, auth, vectors) and who is asking."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlmodel import Session

from api.problems import ApiError, unauthorized
from tracker_core import clock
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import UserPublic
from tracker_core.services.auth import ApiTokens, AuthBackend, ensure_user_row, make_auth
from tracker_core.services.auth.supabase_jwt import SupabaseTokenVerifier
from tracker_core.services.vector_sync import VectorSync


@dataclass
class Runtime:
    """Built once per process by api.main.create_app, like components/runtime.py for the app."""

    settings: Settings
    engine: Engine
    vectors: VectorSync
    auth: AuthBackend
    tokens: ApiTokens
    supabase: SupabaseTokenVerifier | None = None
    throttle: LoginThrottle = field(init=False)

    def __post_init__(self) -> None:
        self.throttle = LoginThrottle(
            self.settings.API_LOGIN_MAX_PER_ADDRESS,
            timedelta(minutes=self.settings.API_LOGIN_WINDOW_MINUTES),
        )


def build_runtime(settings: Settings, engine: Engine, vectors: VectorSync) -> Runtime:
    supabase = None
    if settings.supabase_enabled:
        assert settings.SUPABASE_URL and settings.SUPABASE_KEY
        supabase = SupabaseTokenVerifier(
            settings.SUPABASE_URL, settings.SUPABASE_KEY.get_secret_value()
        )
    return Runtime(
        settings=settings,
        engine=engine,
        vectors=vectors,
        auth=make_auth(engine, settings),
        tokens=ApiTokens(engine, settings),
        supabase=supabase,
    )


class LoginThrottle:
    """Failed logins per client address in a sliding window (the per-account lockout is the
    app's own, in LocalAuth); in this process's memory."""

    def __init__(self, limit: int, window: timedelta) -> None:
        self.limit, self.window = limit, window
        self.failures: dict[str, list[float]] = {}

    def _recent(self, address: str) -> list[float]:
        since = (clock.now() - self.window).timestamp()
        kept = [t for t in self.failures.get(address, []) if t > since]
        if kept:
            self.failures[address] = kept
        else:
            self.failures.pop(address, None)
        return kept

    def check(self, address: str) -> None:
        recent = self._recent(address)
        if len(recent) >= self.limit:
            wait = int(recent[0] + self.window.total_seconds() - clock.now().timestamp()) + 1
            raise ApiError(
                429,
                "Too many failed logins from this address. Wait, then try again.",
                headers={"Retry-After": str(max(1, wait))},
            )

    def failed(self, address: str) -> None:
        self.failures.setdefault(address, []).append(clock.now().timestamp())


async def get_runtime(request: Request) -> Runtime:  # async: no thread hop for a lookup
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
_bearer = HTTPBearer(auto_error=False)


def client_address(request: Request, runtime: RuntimeDep) -> str:
    """The client's address; X-Forwarded-For is believed only from API_TRUSTED_PROXIES."""
    peer = request.client.host if request.client else ""
    trusted = {p.strip() for p in runtime.settings.API_TRUSTED_PROXIES.split(",") if p.strip()}
    if peer not in trusted:
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):  # the nearest hop a trusted proxy did not add itself
        if hop not in trusted:
            return hop
    return peer


def current_user(
    runtime: RuntimeDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> UserPublic:
    """The signed-in user, from a local API token or a Supabase access token; else 401."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized()
    token = credentials.credentials
    if runtime.supabase is not None:
        found = runtime.supabase.verify(token)
        if found is None:
            raise unauthorized("The access token is not valid or has expired.")
        return ensure_user_row(runtime.engine, found.id, found.email)
    user = runtime.tokens.user(token)
    if user is None:
        raise unauthorized("The access token is not valid or has expired. Refresh it.")
    return UserPublic(id=user.id, email=user.email, name=user.name)


UserDep = Annotated[UserPublic, Depends(current_user)]


def db_session(runtime: RuntimeDep, user: UserDep) -> Iterator[Session]:
    """This request's unit of work, run as the user (RLS claims on Postgres)."""
    with user_session(runtime.engine, user.id) as session:
        yield session


SessionDep = Annotated[Session, Depends(db_session)]
