"""Tells the sync runner when the PC's network comes back, through Qt's QNetworkInformation.

Only forwards: the reachability is named as `canteen.sync.schedule.REACHABILITY` and the
policy decides whether it "came back". Where no backend loads (offscreen, some Linux boxes)
nothing is watched and the runner relies on its backoff and watchdog; the log says which.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from canteen.sync.schedule import REACHABILITY, network_came_back

log = logging.getLogger(__name__)


class NetworkWatch(QObject):
    """Emits `regained` when the network goes from unusable to reachable (site or online)."""

    regained = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend: str | None = None
        self.started = False
        self.reachability: str | None = None

    def start(self) -> str | None:
        """Load Qt's network information once; returns the backend's name, None when none."""
        if self.started:
            return self.backend
        self.started = True
        from PySide6.QtNetwork import QNetworkInformation

        feature = QNetworkInformation.Feature.Reachability
        if not QNetworkInformation.loadBackendByFeatures(feature):
            log.info(
                "no network information backend (available: %s); sync relies on its backoff",
                ", ".join(QNetworkInformation.availableBackends()) or "none",
            )
            return None
        info = QNetworkInformation.instance()
        self.backend = info.backendName()
        self.reachability = _name(info.reachability())
        info.reachabilityChanged.connect(self._on_info_reachability_changed)
        log.info("network watch: backend %s, now %s", self.backend, self.reachability)
        return self.backend

    def _on_info_reachability_changed(self, reachability) -> None:
        before, self.reachability = self.reachability, _name(reachability)
        if network_came_back(before, self.reachability):
            log.info("network came back (%s → %s)", before, self.reachability)
            self.regained.emit()


def _name(reachability) -> str:
    # The enum's values are 0..4 in the same order as REACHABILITY (Qt's documentation).
    value = reachability.value if hasattr(reachability, "value") else int(reachability)
    return REACHABILITY[value] if 0 <= value < len(REACHABILITY) else "unknown"
