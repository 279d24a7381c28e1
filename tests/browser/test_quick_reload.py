"""A reload the moment the board appears after signing in keeps the user signed in."""

import pytest

pytestmark = pytest.mark.browser


def test_reload_right_after_sign_up_stays_signed_in(app_url: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(app_url)
    page.get_by_role("tab", name="Create account").click()
    panel = page.get_by_role("tabpanel", name="Create account")
    panel.get_by_label("Email").fill("quick@example.com")
    panel.get_by_label("Password", exact=True).fill("s3cret-pass")
    panel.get_by_label("Repeat password").fill("s3cret-pass")
    panel.get_by_role("button", name="Create account").click()

    page.get_by_role("heading", name="Board").wait_for()
    # No pause: the cookie must already be there when the page shows.
    names = [c["name"] for c in page.context.cookies()]
    assert "tracker_session" in names
    page.reload()
    page.get_by_role("heading", name="Board").wait_for()
    assert page.get_by_text("Signed in as quick@example.com").is_visible()
