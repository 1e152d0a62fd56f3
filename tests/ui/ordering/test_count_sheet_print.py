"""The stock count tab prints the chosen area's count sheet through the PDF print dialog."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from canteen.services.stock_sheet import save_counts


def test_the_print_button_saves_the_areas_count_sheet_as_pdf(
    qtbot, page, db, kitchen, tmp_path, monkeypatch
):
    save_counts(db, kitchen["site"], date(2026, 1, 2), {kitchen["eggs"]: "100"})
    tab = page.stock_tab
    page.tabs.setCurrentWidget(tab)
    tab.area_combo.setCurrentIndex(tab.area_combo.findData("cold"))
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    dialog = tab.print_dialog
    assert dialog.isVisible()
    target = tmp_path / "optælling"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = " ".join(PdfReader(tmp_path / "optælling.pdf").pages[0].extract_text().split())
    assert "Lageroptælling · Køl og frys · Odense Politistation" in text
    assert "Optalt" in text
    assert "Æg" in text
    assert "100" in text
    dialog.close()
