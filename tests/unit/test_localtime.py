"""Local time: what the user types is read in their zone and stored in UTC, DST edges included."""

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.factories import make_user
from tracker_core.config import Settings
from tracker_core.errors import InvalidInput
from tracker_core.localtime import from_local, show, to_local, zone
from tracker_core.services import notifications as nsvc
from tracker_core.services.user_zone import set_zone, zone_for

BERLIN = zone("Europe/Berlin")


def test_a_winter_afternoon_in_berlin_is_stored_an_hour_earlier_in_utc() -> None:
    stored = from_local(date(2026, 12, 3), time(14, 0), BERLIN)
    assert stored == datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
    assert show(stored, BERLIN) == "2026-12-03 14:00 CET"
    assert to_local(stored.replace(tzinfo=None), BERLIN).hour == 14  # naive means UTC


def test_a_time_the_clocks_skip_is_refused_with_a_sentence() -> None:
    # 2026-03-29: Berlin jumps from 02:00 to 03:00, so 02:30 never happens.
    with pytest.raises(InvalidInput) as caught:
        from_local(date(2026, 3, 29), time(2, 30), BERLIN)
    assert "02:30 does not exist on 2026-03-29 in Europe/Berlin" in caught.value.message
    assert from_local(date(2026, 3, 29), time(3, 0), BERLIN) == datetime(
        2026, 3, 29, 1, 0, tzinfo=UTC
    )


def test_a_time_that_happens_twice_is_its_first_occurrence() -> None:
    # 2026-10-25: Berlin goes back from 03:00 to 02:00, so 02:30 happens in CEST, then in CET.
    stored = from_local(date(2026, 10, 25), time(2, 30), BERLIN)
    assert stored == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert show(stored, BERLIN) == "2026-10-25 02:30 CEST"


def test_an_unknown_zone_shows_utc_rather_than_failing() -> None:
    assert zone("Mars/Olympus").key == "UTC"
    assert zone(None).key == "UTC"


def test_the_browser_zone_is_taken_once_then_the_choice_stays(
    engine: Engine, settings: Settings
) -> None:
    user = make_user(engine, settings)
    with Session(engine) as s:
        assert zone_for(session=s, user_id=user.id) == "UTC"
        assert zone_for(session=s, user_id=user.id, browser_zone="Nowhere/Land") == "UTC"
        assert zone_for(session=s, user_id=user.id, browser_zone="Asia/Tokyo") == "Asia/Tokyo"
        # Taken once: a browser elsewhere later does not move the user's zone.
        assert zone_for(session=s, user_id=user.id, browser_zone="America/Lima") == "Asia/Tokyo"
        assert set_zone(session=s, user_id=user.id, name="Europe/Berlin") == "Europe/Berlin"
        assert zone_for(session=s, user_id=user.id, browser_zone="Asia/Tokyo") == "Europe/Berlin"
        with pytest.raises(InvalidInput):
            set_zone(session=s, user_id=user.id, name="Europe/Atlantis")


def test_a_zone_saved_on_the_notifications_page_counts_as_chosen(
    engine: Engine, settings: Settings
) -> None:
    user = make_user(engine, settings)
    with Session(engine) as s:
        prefs = nsvc.get_preferences(session=s, user_id=user.id)
        nsvc.save_preferences(
            session=s, user_id=user.id, data=prefs.model_copy(update={"timezone": "Europe/Paris"})
        )
        assert zone_for(session=s, user_id=user.id, browser_zone="Asia/Tokyo") == "Europe/Paris"
