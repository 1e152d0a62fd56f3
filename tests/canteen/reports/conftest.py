"""Reports are built reproducibly and read back as text."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from tests.canteen.menus.conftest import kitchen  # noqa: F401 - the planning fixture, shared


@pytest.fixture(autouse=True)
def _invariant(monkeypatch):
    """Fixed dates and ids inside the PDF, so the same input gives the same bytes."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def read_pdf(data: bytes) -> tuple[int, list[str]]:
    """(page count, each page's text with whitespace runs as single spaces, hyphen breaks joined)."""
    reader = PdfReader(io.BytesIO(data))
    pages = []
    for page in reader.pages:
        text = " ".join(page.extract_text().split())
        pages.append(text.replace("- ", "-"))
    return len(reader.pages), pages
