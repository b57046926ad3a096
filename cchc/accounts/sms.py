"""SMS backends for the outbox. ``settings.ACCOUNTS_SMS_BACKEND`` names a class with
``send(phone, text, *, timeout)``; a real gateway is one more class (docs/accounts.md).

Development uses :class:`ConsoleSmsBackend` (the log) or :class:`FileSmsBackend` (one file
per message under ``ACCOUNTS_SMS_FILE_PATH``), tests :class:`LocmemSmsBackend`.
"""

from __future__ import annotations

import logging
import threading
import uuid
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger("cchc.accounts.sms")


class ConsoleSmsBackend:
    """Writes the message to the log (development)."""

    def send(self, phone: str, text: str, *, timeout: float) -> None:
        logger.warning("SMS to %s: %s", phone, text)


class FileSmsBackend:
    """Writes each message to a file in ``ACCOUNTS_SMS_FILE_PATH`` (development, browser tests)."""

    def send(self, phone: str, text: str, *, timeout: float) -> None:
        folder = Path(getattr(settings, "ACCOUNTS_SMS_FILE_PATH", settings.VAR_DIR / "sms"))
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{timezone.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}.txt"
        (folder / name).write_text(f"To: {phone}\n\n{text}\n", encoding="utf-8")


class LocmemSmsBackend:
    """Keeps messages in ``LocmemSmsBackend.outbox`` (tests)."""

    outbox: list[tuple[str, str]] = []
    _lock = threading.Lock()

    def send(self, phone: str, text: str, *, timeout: float) -> None:
        with self._lock:
            LocmemSmsBackend.outbox.append((phone, text))


class FailingSmsBackend:
    """Always fails, as an unreachable gateway does (tests of retries)."""

    def send(self, phone: str, text: str, *, timeout: float) -> None:
        raise ConnectionError("SMS gateway unreachable")


def get_sms_backend():
    path = getattr(settings, "ACCOUNTS_SMS_BACKEND", "cchc.accounts.sms.ConsoleSmsBackend")
    return import_string(path)()
