"""Where a canteen PC keeps its device token: the OS credential store, else a user-only file.

Never in the database: a copied database file must not carry the right to sync as this PC.
"""

from __future__ import annotations

import os
from pathlib import Path

SERVICE = "politi-kantine-sync"


def _folder() -> Path:
    from canteen.paths import user_data_dir

    return user_data_dir() / "sync"


def _keyring():
    # CANTEEN_SYNC_TOKEN_STORE=file skips the credential store (tests, a PC without one).
    if os.environ.get("CANTEEN_SYNC_TOKEN_STORE") == "file":
        return None
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def save(device_id: str, token: str) -> str:
    """Keep the token of `device_id`; returns where: 'keyring' or the file's path."""
    store = _keyring()
    if store is not None:
        try:
            store.set_password(SERVICE, device_id, token)
            return "keyring"
        except Exception:  # noqa: BLE001  (no usable backend: fall back to the file)
            pass
    folder = _folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{device_id}.token"
    # Created 0600 from the start, so the token is never readable by others, not even briefly.
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(token)
    os.chmod(path, 0o600)
    return str(path)


def load(device_id: str) -> str | None:
    """The token of `device_id`, or None when this PC has none."""
    store = _keyring()
    if store is not None:
        try:
            found = store.get_password(SERVICE, device_id)
            if found:
                return found
        except Exception:  # noqa: BLE001
            pass
    path = _folder() / f"{device_id}.token"
    return path.read_text(encoding="utf-8").strip() if path.exists() else None
