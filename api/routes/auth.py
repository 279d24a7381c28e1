"""Sign-up, login, refresh and logout: local accounts, or Supabase's when it is configured."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response
from fastapi.responses import JSONResponse

from api.problems import unauthorized
from api.runtime import RuntimeDep, UserDep, client_address
from api.schemas import Credentials, RefreshIn, SignUp, Tokens
from tracker_core.models import UserPublic
from tracker_core.services.auth import (
    AuthError,
    ConfirmEmail,
    LoginThrottled,
    SignedIn,
    TokenPair,
)

router = APIRouter(prefix="/auth", tags=["auth"])
AddressDep = Annotated[str | None, Depends(client_address)]


def _tokens(runtime: RuntimeDep, signed_in: SignedIn) -> Tokens:
    if runtime.supabase is not None:  # Supabase's own session, passed through
        if not signed_in.access_token or not signed_in.refresh_token:
            raise unauthorized("The sign-in service returned no session.")
        return Tokens(
            access_token=signed_in.access_token,
            refresh_token=signed_in.refresh_token,
            expires_in=signed_in.expires_in or 3600,
        )
    return _local(runtime.tokens.issue(signed_in.user.id))


def _local(pair: TokenPair) -> Tokens:
    return Tokens(
        access_token=pair.access_token, refresh_token=pair.refresh_token, expires_in=pair.expires_in
    )


@router.post(
    "/signup",
    status_code=201,
    response_model=UserPublic,
    responses={202: {"description": "Supabase sent a confirmation link; log in after it"}},
)
def sign_up(body: SignUp, runtime: RuntimeDep, response: Response) -> Any:
    """Create an account (local, or in Supabase when configured); then log in."""
    try:
        signed_in = runtime.auth.sign_up(body.email, body.password, body.name)
    except ConfirmEmail as exc:
        return JSONResponse({"detail": exc.message}, status_code=202)
    response.headers["Location"] = "/me"
    return signed_in.user


@router.post(
    "/login",
    response_model=Tokens,
    responses={429: {"description": "Too many sign-ins: wait Retry-After seconds"}},
)
def log_in(body: Credentials, runtime: RuntimeDep, address: AddressDep) -> Tokens:
    """Exchange email and password for an access token and a refresh token.

    Sign-ins are throttled by the app's own lockout (one table, shared with the sign-in form):
    LOGIN_MAX_FAILURES per account and client address, ten times as many per address, within
    LOGIN_LOCKOUT_MINUTES; over it the answer is 429 with Retry-After, even for the right
    password.
    """
    try:
        signed_in = runtime.auth.sign_in(body.email, body.password, client=address)
    except LoginThrottled:
        raise  # 429 with Retry-After (api/problems.py)
    except AuthError as exc:
        raise unauthorized(exc.message) from None
    return _tokens(runtime, signed_in)


@router.post("/refresh", response_model=Tokens)
def refresh(body: RefreshIn, runtime: RuntimeDep) -> Tokens:
    """A new access token and a new refresh token; the one sent stops working."""
    if runtime.supabase is not None:
        refresh_session = getattr(runtime.auth, "refresh", None)
        signed_in = refresh_session(body.refresh_token) if refresh_session else None
        if signed_in is None:
            raise unauthorized("The refresh token is not valid. Log in again.")
        return _tokens(runtime, signed_in)
    pair = runtime.tokens.refresh(body.refresh_token)
    if pair is None:
        raise unauthorized("The refresh token is not valid. Log in again.")
    return _local(pair)


@router.post("/logout", status_code=204)
def log_out(body: RefreshIn, runtime: RuntimeDep, user: UserDep) -> Response:
    """End the session of this refresh token (its access tokens expire within minutes)."""
    if runtime.supabase is not None:
        runtime.auth.sign_out(body.refresh_token)
    else:
        runtime.tokens.revoke(body.refresh_token, user.id)
    return Response(status_code=204)
