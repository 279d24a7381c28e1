"""Supabase access tokens, checked the way Supabase documents it.

Asymmetric project keys (ES256, RS256): the signature against the project's JWKS (cached for
a few minutes, refetched when an unknown key id appears), audience "authenticated", issuer
{SUPABASE_URL}/auth/v1, exp and sub required. A legacy HS256 project shares no public key, so
such a token is checked by asking Supabase who it belongs to (GET /auth/v1/user). The anon and
service-role keys are keys, not users: refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import jwt

from tracker_core import clock
from tracker_core.errors import Unavailable

NOT_USERS = frozenset({"anon", "service_role"})
ASYMMETRIC = ("ES256", "RS256")
_OPTIONS: jwt.types.Options = {
    "verify_exp": False,  # checked against tracker_core.clock below
    "verify_iat": False,
    "verify_nbf": False,
    "require": ["exp", "sub"],
}


@dataclass(frozen=True)
class SupabaseUser:
    id: str
    email: str


class SupabaseTokenVerifier:
    """Who a Supabase access token belongs to, or None when it is not a valid user token."""

    def __init__(
        self,
        url: str,
        api_key: str,
        *,
        jwks_lifespan: float = 300,
        jwks_cooldown: float = 30,
        timeout: float = 5,
    ) -> None:
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.issuer = f"{self.url}/auth/v1"
        self.timeout = timeout
        self.jwks = jwt.PyJWKClient(
            f"{self.issuer}/.well-known/jwks.json",
            cache_jwk_set=True,
            lifespan=jwks_lifespan,
            cooldown_duration=jwks_cooldown,
            timeout=timeout,
        )

    def verify(self, token: str) -> SupabaseUser | None:
        try:
            header = jwt.get_unverified_header(token)
            unverified: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            return None
        if unverified.get("role") in NOT_USERS or not _unexpired(unverified):
            return None
        alg = header.get("alg")
        if alg in ASYMMETRIC:
            return self._verify_signed(token, str(alg))
        if alg == "HS256":
            return self._ask_supabase(token)
        return None

    def _verify_signed(self, token: str, alg: str) -> SupabaseUser | None:
        try:
            key = self.jwks.get_signing_key_from_jwt(token)
        except jwt.PyJWKClientConnectionError as exc:
            raise Unavailable("The sign-in service's keys cannot be fetched right now.") from exc
        except jwt.PyJWTError:
            return None
        try:
            claims = jwt.decode(
                token,
                key.key,
                algorithms=[alg],
                audience="authenticated",
                issuer=self.issuer,
                options=_OPTIONS,
            )
        except jwt.PyJWTError:
            return None
        if claims.get("role", "authenticated") != "authenticated" or not _unexpired(claims):
            return None
        sub = claims.get("sub")
        return SupabaseUser(sub, str(claims.get("email") or "")) if isinstance(sub, str) else None

    def _ask_supabase(self, token: str) -> SupabaseUser | None:
        headers = {"apikey": self.api_key, "Authorization": f"Bearer {token}"}
        try:
            response = httpx.get(f"{self.issuer}/user", headers=headers, timeout=self.timeout)
        except httpx.HTTPError as exc:
            raise Unavailable("The sign-in service is not answering. Try again.") from exc
        if response.status_code != 200:
            return None
        body = response.json()
        uid = body.get("id") if isinstance(body, dict) else None
        return SupabaseUser(uid, str(body.get("email") or "")) if isinstance(uid, str) else None


def _unexpired(claims: dict[str, Any]) -> bool:
    exp = claims.get("exp")
    return isinstance(exp, int | float) and exp > clock.now().timestamp()
