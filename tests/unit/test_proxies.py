"""Who the client is behind reverse proxies: one rule and one setting for the app and the API."""

from __future__ import annotations

import pytest

from tracker_core.config import SettingsError, load_settings
from tracker_core.proxies import client_address


@pytest.mark.parametrize(
    ("peer", "forwarded", "trusted", "client"),
    [
        ("203.0.113.7", None, "", "203.0.113.7"),  # no proxy configured: the peer
        ("203.0.113.7", "10.0.0.1", "", "203.0.113.7"),  # a header from anyone: ignored
        ("198.51.100.2", "10.0.0.1", "192.0.2.10", "198.51.100.2"),  # not a trusted peer
        ("192.0.2.10", "10.0.0.1", "192.0.2.10", "10.0.0.1"),  # the hop the proxy added
        ("192.0.2.10", "6.6.6.6, 10.0.0.1", "192.0.2.10", "10.0.0.1"),  # forged entries
        ("192.0.2.10", "10.0.0.5, 10.0.0.1, 192.0.2.11", "192.0.2.10,192.0.2.11", "10.0.0.1"),
        ("172.18.0.3", "10.0.0.1", "172.16.0.0/12", "10.0.0.1"),  # a network (Docker's)
        ("2001:db8::5", "2001:db8:1::9", "2001:db8::/64", "2001:db8:1::9"),
        ("192.0.2.10", "", "192.0.2.10", "192.0.2.10"),  # the proxy itself, no header
        ("127.0.0.1", "203.0.113.9", "", None),  # this machine is None, as in the app
        (None, "203.0.113.9", "127.0.0.1", "203.0.113.9"),  # the app's None is loopback
        (None, "203.0.113.9", "", None),
        ("::1", "127.0.0.1", "::1", None),
    ],
)
def test_forwarded_for_is_believed_only_from_trusted_proxies(
    peer: str | None, forwarded: str | None, trusted: str, client: str | None
) -> None:
    assert client_address(peer, forwarded, trusted) == client


def test_an_entry_that_is_no_address_stops_with_the_setting_named() -> None:
    with pytest.raises(SettingsError, match="TRUSTED_PROXIES.*'proxy.local' is not an IP"):
        load_settings(TRUSTED_PROXIES="10.0.0.1, proxy.local", _env_file=None)


def test_the_old_api_name_is_still_read_and_the_new_one_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("API_TRUSTED_PROXIES", "192.0.2.10")
    assert load_settings(_env_file=None).trusted_proxies == "192.0.2.10"
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8")
    assert load_settings(_env_file=None).trusted_proxies == "10.0.0.0/8"


def test_the_replaced_header_setting_says_what_to_set_instead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOGIN_CLIENT_HEADER", "X-Forwarded-For")
    with pytest.raises(SettingsError) as found:
        load_settings(_env_file=None)
    assert found.value.message.startswith("Setting LOGIN_CLIENT_HEADER is invalid")
    assert "replaced by TRUSTED_PROXIES" in found.value.message
