"""The private calendar link: interviews and deadlines for a calendar app to subscribe to.

Calendar apps cannot send a bearer token, so the signed token in the path is the credential;
the Notifications page and `GET /me/calendar` give the link, and both can reset it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response
from pydantic import BaseModel

from api.runtime import RuntimeDep, SessionDep, UserDep
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


class CalendarLink(BaseModel):
    url: str


def _link(request: Request, runtime: RuntimeDep, session: SessionDep, user_id: str) -> str:
    base = runtime.settings.API_BASE_URL or str(request.base_url)
    secret = runtime.settings.session_secret()
    return due.calendar_link(session=session, secret=secret, base_url=base, user_id=user_id)


@router.get("/me/calendar", response_model=CalendarLink)
def my_calendar(
    request: Request, runtime: RuntimeDep, session: SessionDep, user: UserDep
) -> CalendarLink:
    """The private link to subscribe to (on API_BASE_URL when set, else this server)."""
    return CalendarLink(url=_link(request, runtime, session, user.id))


@router.post("/me/calendar/reset", response_model=CalendarLink)
def reset_my_calendar(
    request: Request, runtime: RuntimeDep, session: SessionDep, user: UserDep
) -> CalendarLink:
    """A new private link; the old one answers 404 from now on."""
    due.reset_calendar_link(session=session, user_id=user.id)
    return CalendarLink(url=_link(request, runtime, session, user.id))
