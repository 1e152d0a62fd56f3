"""The status bar's sync words in Danish, counts included."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

import pytest

from ui import translations
from ui.views.sync.state_text import status_bar_text


def runner_with(pending: int, refused: int):
    """A runner as the status bar reads it: no cycle running, no problem, counts waiting."""
    status = SimpleNamespace(
        enrolled=True, pending=pending, rejected=[object()] * refused, last_ok=None
    )
    return SimpleNamespace(
        status=status, running=False, problem=None, clock=lambda: datetime(2026, 12, 3, 14, 5)
    )


@pytest.fixture
def danish(qapp):
    assert translations.install("da")
    yield
    translations.install("en")


@pytest.mark.parametrize(
    ("pending", "refused", "words"),
    [
        (1, 0, "1 ændring venter"),
        (3, 0, "3 ændringer venter"),
        (0, 1, "1 afvist"),
        (2, 4, "2 ændringer venter, 4 afviste"),
        (0, 0, "Ikke synkroniseret endnu"),
    ],
)
def test_the_counts_read_as_danish(danish, pending, refused, words):
    assert status_bar_text(runner_with(pending, refused)) == words
