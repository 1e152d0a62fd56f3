"""The sync page's table models, checked by Qt's model tester."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtTest import QAbstractItemModelTester

from canteen.sync.status import RejectedChange, ResolvedConflict
from ui.models.sync import ConflictModel, RejectedModel
from ui.wording.sync import reason_text

REFUSED = RejectedChange("headcount", "id-1", "upsert", "invalid_row", "2026-03-02 · lunch", 7)
SETTLED = ResolvedConflict(
    datetime(2026, 3, 2, 9, tzinfo=UTC),
    "menu_item",
    "id-2",
    "2026-03-02 · lunch · Frikadeller",
    ("recipe_id",),
    "delete_wins",
    "server",
)


def test_rejected_model_words_the_row_and_reason(qapp):
    model = RejectedModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([REFUSED])
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Covers"
    assert model.index(0, 1).data() == "Mon 2/3 · Lunch"
    assert model.index(0, 2).data() == reason_text("invalid_row")
    model.set_rows([])
    assert model.rowCount() == 0


def test_conflict_model_says_which_rule_and_who_kept_it(qapp):
    model = ConflictModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([SETTLED])
    assert [model.index(0, c).data() for c in range(1, 5)] == [
        "Dish on the menu",
        "Mon 2/3 · Lunch · Frikadeller",
        "Deletion wins",
        "The server",
    ]


def test_an_unknown_reason_code_is_still_a_sentence(qapp):
    assert "strange_code" in reason_text("strange_code")
