"""The private calendar link: interviews and deadlines for a calendar app to subscribe to.

Calendar apps cannot send a bearer token, so the signed token in the path is the credential;
the Board page shows the link and resets it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from api.runtime import RuntimeDep
from tracker_core.services import due

router = APIRouter(tags=["calendar"])


@router.get(
    "/calendar/{token}.ics",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}}, 404: {"description": "Not a live link"}},
)
def calendar(runtime: RuntimeDep, token: Annotated[str, Path(max_length=500)]) -> Response:
    """Every interview, open deadline and dated next action as an iCalendar file."""
    ics = due.calendar_feed(
        engine=runtime.engine, secret=runtime.settings.session_secret(), token=token
    )
    return Response(
        ics,
        media_type="text/calendar; charset=utf-8",
        headers={"Cache-Control": "private, max-age=300"},
    )
