"""Who the client is behind reverse proxies: the sign-in throttle's key, for the app and the API.

X-Forwarded-For is believed only when the peer is one of TRUSTED_PROXIES (addresses or
networks), and then the client is the nearest hop no trusted proxy added: the entries before
it are the client's own to forge. This machine (loopback) is None, as st.context.ip_address
has it, so the app and the API count a sign-in from the same place under the same key.
"""

from __future__ import annotations

from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network

LOOPBACK = frozenset({"127.0.0.1", "::1"})
Network = IPv4Network | IPv6Network


@lru_cache(maxsize=8)
def parse_trusted(value: str) -> tuple[Network, ...]:
    """Comma-separated addresses or networks; ValueError names an entry that is neither."""
    found: list[Network] = []
    for entry in (e.strip() for e in value.split(",")):
        if not entry:
            continue
        try:
            found.append(ip_network(entry, strict=False))
        except ValueError:
            raise ValueError(
                f"{entry!r} is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24)"
            ) from None
    return tuple(found)


def _is_trusted(address: str, trusted: tuple[Network, ...]) -> bool:
    try:
        found = ip_address(address)
    except ValueError:
        return False
    return any(found in network for network in trusted)


def client_address(peer: str | None, forwarded_for: str | None, trusted: str) -> str | None:
    """The client's address: `peer` (None or "" for this machine), or behind a trusted proxy
    the nearest X-Forwarded-For hop that no trusted proxy added; loopback is None.

    Args:
        peer: the address the connection came from.
        forwarded_for: the X-Forwarded-For header as received, if any.
        trusted: the TRUSTED_PROXIES setting.
    """
    found = peer or "127.0.0.1"
    networks = parse_trusted(trusted)
    if networks and forwarded_for and _is_trusted(found, networks):
        hops = (h.strip() for h in reversed(forwarded_for.split(",")))
        found = next((h for h in hops if h and not _is_trusted(h, networks)), found)
    return None if found in LOOPBACK else found
