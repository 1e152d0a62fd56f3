"""The services a canteen offers (breakfast, lunch, dinner), in the order of the day."""

from __future__ import annotations

SERVICES = ("breakfast", "lunch", "dinner")


def service_list(services: str) -> list[str]:
    """A site's comma-separated services as a list, in the order breakfast, lunch, dinner."""
    offered = set(services.split(","))
    return [service for service in SERVICES if service in offered]
