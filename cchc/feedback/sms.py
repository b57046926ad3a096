"""Pluggable SMS sending. ``settings.FEEDBACK_SMS_BACKEND`` names a class with
``send(phone, text)``; the default only logs (no provider is assumed)."""

from __future__ import annotations

import logging

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger("cchc.feedback.sms")


class LogSmsBackend:
    """Writes the message to the log instead of sending it."""

    def send(self, phone: str, text: str) -> None:
        logger.info("SMS to %s: %s", phone[:4] + "***", text)


class LocmemSmsBackend:
    """Keeps messages in ``LocmemSmsBackend.outbox`` (tests)."""

    outbox: list[tuple[str, str]] = []

    def send(self, phone: str, text: str) -> None:
        LocmemSmsBackend.outbox.append((phone, text))


class FailingSmsBackend:
    """Always fails (to exercise retries)."""

    def send(self, phone: str, text: str) -> None:
        raise ConnectionError("SMS gateway unreachable")


def get_sms_backend():
    path = getattr(settings, "FEEDBACK_SMS_BACKEND", "cchc.feedback.sms.LogSmsBackend")
    return import_string(path)()
