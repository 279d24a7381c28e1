"""What every request shares (engine, settings, auth, vectors) and who is asking."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlmodel import Session

from api.problems import unauthorized
from tracker_core import proxies
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


async def get_runtime(request: Request) -> Runtime:  # async: no thread hop for a lookup
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
_bearer = HTTPBearer(auto_error=False)


async def client_address(request: Request, runtime: RuntimeDep) -> str | None:  # no thread hop
    """The client's address, the sign-in throttle's key as the app has it (tracker_core.proxies:
    X-Forwarded-For only from TRUSTED_PROXIES; this machine is None)."""
    peer = request.client.host if request.client else None
    forwarded = request.headers.get("x-forwarded-for")
    return proxies.client_address(peer, forwarded, runtime.settings.trusted_proxies)


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
    return user


UserDep = Annotated[UserPublic, Depends(current_user)]


async def db_session(runtime: RuntimeDep, user: UserDep) -> AsyncIterator[Session]:
    """This request's unit of work, run as the user (RLS claims on Postgres).

    Async, so FastAPI does not hop to a worker thread to enter and again to leave it: making
    the session touches no database (it connects at its first statement, in the endpoint's
    thread), and closing it after the endpoint committed only hands the connection back. Each
    hop cost about as much CPU as the status move itself when 20 clients were waiting.
    """
    with user_session(runtime.engine, user.id) as session:
        yield session


SessionDep = Annotated[Session, Depends(db_session)]
