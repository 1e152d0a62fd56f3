"""The accuracy panel: the chosen model's backtest error next to the simple baseline's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ui.models.numbers import fixed, percent
from ui.text import fill
from ui.wording.covers import model_name

if TYPE_CHECKING:
    from canteen.services.forecasting.accuracy import ModelScore, ServiceAccuracy

BASELINE = "mean4"


class AccuracyPanel(QGroupBox):
    """Shows one service's figures from the rolling backtest of the site's own history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How accurate has it been?"), parent)
        self.model_label = QLabel()
        self.chosen_label = QLabel()
        self.baseline_label = QLabel()
        self.coverage_label = QLabel()
        self.verdict_label = QLabel()
        for label in (self.model_label, self.verdict_label):
            label.setWordWrap(True)
        self.baseline_hint = QLabel(
            self.tr(
                "The baseline is the average of the same weekday over the last four weeks. "
                "Errors are from forecasting each past week as if it were still to come."
            )
        )
        self.baseline_hint.setWordWrap(True)
        self.baseline_hint.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Model:"), self.model_label)
        form.addRow(self.tr("Its error:"), self.chosen_label)
        form.addRow(self.tr("Simple baseline:"), self.baseline_label)
        form.addRow(self.tr("Range held:"), self.coverage_label)
        form.addRow(self.verdict_label)
        form.addRow(self.baseline_hint)
        self.show_accuracy(None)

    def _error(self, score: ModelScore | None) -> str:
        if score is None:
            return "–"
        return fill(self.tr("%1 covers a day (%2)"), fixed(score.mae, 1), percent(score.wmape))

    def show_accuracy(self, accuracy: ServiceAccuracy | None) -> None:
        """Show the figures (None: not worked out yet)."""
        if accuracy is None:
            for label in (self.model_label, self.chosen_label, self.baseline_label):
                label.setText("–")
            self.coverage_label.setText("–")
            self.verdict_label.setText(
                self.tr("Calculate the forecast to see how it did on the past half year.")
            )
            return
        chosen = accuracy.score(accuracy.chosen)
        baseline = accuracy.score(BASELINE)
        self.model_label.setText(model_name(accuracy.chosen))
        self.chosen_label.setText(self._error(chosen))
        self.baseline_label.setText(self._error(baseline))
        self.coverage_label.setText(
            fill(self.tr("%1 of %2 days"), percent(accuracy.coverage), str(accuracy.days))
            if accuracy.coverage is not None
            else "–"
        )
        self.verdict_label.setText(self._verdict(chosen, baseline))

    def _verdict(self, chosen: ModelScore | None, baseline: ModelScore | None) -> str:
        if chosen is None or baseline is None or baseline.mae <= 0:
            return self.tr("Too little history to compare with the baseline yet.")
        gain = 1 - chosen.mae / baseline.mae
        if gain >= 0.02:
            return fill(self.tr("The forecast missed by %1 less than the baseline."), percent(gain))
        return self.tr("The forecast is about as good as the baseline.")
