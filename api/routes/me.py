"""The signed-in account: who, delete it, notification preferences, stats; and unsubscribe."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query

from api.problems import ApiError
from api.runtime import RuntimeDep, SessionDep, UserDep
from api.schemas import AccountDeleted, DeleteMe, Message
from tracker_core.models import UserPublic
from tracker_core.services import account, notifications, stats
from tracker_core.services.notifications import PreferencesIn

router = APIRouter(tags=["account"])


@router.get("/me", response_model=UserPublic)
def me(user: UserDep) -> UserPublic:
    return user


@router.delete("/me", response_model=AccountDeleted)
def delete_me(
    body: DeleteMe, session: SessionDep, user: UserDep, runtime: RuntimeDep
) -> AccountDeleted:
    """Delete the account and everything it owns; `confirm` must be the account's email.

    With Supabase Auth the sign-in is deleted too when the server has the service-role key;
    `sign_in_deleted` false says it remains (`detail` says how to remove it). A 503 whose
    `data_deleted` is true: the data is gone, the sign-in could not be deleted (retry)."""
    try:
        done = account.delete_account(
            session=session,
            user_id=user.id,
            vectors=runtime.vectors,
            sign_ins=runtime.auth,
            confirm=body.confirm,
        )
    except account.SignInNotDeleted as exc:
        extra = {"data_deleted": True, "sign_in_deleted": False}
        raise ApiError(503, exc.message, extra=extra) from None
    return AccountDeleted(sign_in_deleted=done.sign_in_deleted, detail=done.detail)


@router.get("/me/notifications", response_model=PreferencesIn)
def get_notifications(session: SessionDep, user: UserDep) -> PreferencesIn:
    return notifications.get_preferences(session=session, user_id=user.id)


@router.put("/me/notifications", response_model=PreferencesIn)
def put_notifications(body: PreferencesIn, session: SessionDep, user: UserDep) -> PreferencesIn:
    notifications.save_preferences(session=session, user_id=user.id, data=body)
    return notifications.get_preferences(session=session, user_id=user.id)


@router.get("/stats", tags=["stats"])
def get_stats(session: SessionDep, user: UserDep) -> dict[str, Any]:
    """Every figure of the Stats page; `funnel` is [{step, reached, conversion, ...}]."""
    return stats.stats_for(session=session, user_id=user.id).to_dict()


@router.post("/unsubscribe", response_model=Message, tags=["notifications"])
def unsubscribe(
    runtime: RuntimeDep,
    token: Annotated[str, Query(min_length=1, max_length=1000)],
    one_click: Annotated[str, Form(alias="List-Unsubscribe", max_length=100)],
) -> Message:
    """RFC 8058 one-click unsubscribe: the body is `List-Unsubscribe=One-Click`, the signed
    token from the email's link is in the query."""
    if one_click != "One-Click":
        raise ApiError(400, "The body must be List-Unsubscribe=One-Click.")
    kind = notifications.unsubscribe(engine=runtime.engine, settings=runtime.settings, token=token)
    if kind is None:
        raise ApiError(404, "This unsubscribe link is not valid.")
    return Message(detail=f"Unsubscribed from {kind.value} messages.")
