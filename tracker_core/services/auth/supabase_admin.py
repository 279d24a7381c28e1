"""Removing a Supabase Auth user with the project's service-role key (its admin API).

httpx rather than the supabase client's `auth.admin.delete_user`: that client lets a JSON
decoding error escape on a 500 with an HTML body, and this call needs every failure worded.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx

from tracker_core.errors import Unavailable


class SupabaseAdmin:
    """DELETE {SUPABASE_URL}/auth/v1/admin/users/{id}, the key as both apikey and bearer."""

    def __init__(self, url: str, service_role_key: str, *, timeout: float = 10) -> None:
        self.url = url.rstrip("/")
        self.key = service_role_key
        self.timeout = timeout

    def delete_user(self, user_id: str) -> None:
        """Delete the auth user; one Supabase no longer has counts as deleted.

        Raises Unavailable when Supabase is down, refuses the key or answers with an error.
        """
        headers = {"apikey": self.key, "Authorization": f"Bearer {self.key}"}
        url = f"{self.url}/auth/v1/admin/users/{quote(user_id, safe='')}"
        try:
            response = httpx.delete(url, headers=headers, timeout=self.timeout)
        except httpx.HTTPError as exc:
            raise Unavailable("the sign-in service (Supabase) is not answering.") from exc
        status = response.status_code
        if status in (200, 204, 404):
            return
        if status in (401, 403):
            raise Unavailable(
                "Supabase refused the server's SUPABASE_SERVICE_ROLE_KEY (wrong or revoked)."
            )
        raise Unavailable(f"the sign-in service (Supabase) answered with an error ({status}).")
