"""What the model's devices wrote, as the oracle for no loss and last writes (SYNC.md §7.2)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Write:
    """One local write that reached the outbox: its device, row, outbox seq and new value."""

    device: str
    table: str
    row_id: str
    seq: int
    value: tuple  # (value column, deleted)


class Ledger:
    """Every captured local write, in the order made; restores forget the lost ones."""

    def __init__(self) -> None:
        self.writes: list[Write] = []

    def record(self, write: Write) -> None:
        """Note one write."""
        self.writes.append(write)

    def forget(self, device: str, after: int) -> list[Write]:
        """Drop `device`'s writes numbered above `after` (lost with a restore); returns them."""
        lost = [w for w in self.writes if w.device == device and w.seq > after]
        self.writes = [w for w in self.writes if not (w.device == device and w.seq > after)]
        return lost

    def writers(self) -> dict[tuple[str, str], set[str]]:
        """(table, row id) -> the devices that wrote the row."""
        found: dict[tuple[str, str], set[str]] = {}
        for write in self.writes:
            found.setdefault((write.table, write.row_id), set()).add(write.device)
        return found

    def last(self) -> dict[tuple[str, str, str], tuple]:
        """(table, row id, device) -> that device's last value of the row."""
        return {(w.table, w.row_id, w.device): w.value for w in self.writes}
