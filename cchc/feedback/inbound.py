"""Turn messages from e-mail, Facebook Messenger and Zalo OA into feedback cases."""

from __future__ import annotations

import email
import email.policy
import html
import logging
import re
from email.message import EmailMessage
from email.utils import parseaddr

from django.core.files.uploadedfile import SimpleUploadedFile

from cchc.core.exceptions import CchcError

from .choices import Channel
from .services import MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, Submission, feedback_submit
from .sniff import sniff

logger = logging.getLogger("cchc.feedback.inbound")
_TAG = re.compile(r"<[^>]+>")


def _html_to_text(value: str) -> str:
    value = re.sub(r"(?i)<br\s*/?>|</p>", "\n", value)
    return html.unescape(_TAG.sub("", value))


def parse_email(raw: bytes) -> tuple[Submission, list[SimpleUploadedFile]]:
    """A Submission (and image/PDF attachments) from one RFC 5322 message."""
    msg: EmailMessage = email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[assignment]
    name, address = parseaddr(str(msg.get("From", "")))
    message_id = str(msg.get("Message-ID", "")).strip()
    subject = str(msg.get("Subject", "")).strip()
    body_part = msg.get_body(preferencelist=("plain", "html"))
    content = ""
    if body_part is not None:
        content = body_part.get_content()
        if body_part.get_content_subtype() == "html":
            content = _html_to_text(content)
    files = []
    for part in msg.iter_attachments():
        if len(files) >= MAX_ATTACHMENTS:
            break
        payload = part.get_payload(decode=True) or b""
        if not payload or len(payload) > MAX_ATTACHMENT_BYTES or sniff(payload[:16]) is None:
            continue
        files.append(SimpleUploadedFile(part.get_filename() or "tep", payload))
    submission = Submission(
        channel=Channel.EMAIL,
        subject=subject,
        content=content.strip(),
        submitter_name=name,
        submitter_email=address if "@" in address else "",
        external_ref=message_id,
    )
    return submission, files


def ingest_email(raw: bytes):
    """Create (or find, by Message-ID) the case for one e-mail; None if unusable."""
    submission, files = parse_email(raw)
    if not submission.external_ref:
        logger.warning("e-mail without Message-ID skipped")
        return None
    try:
        return feedback_submit(submission=submission, files=files)
    except CchcError as exc:
        logger.warning("e-mail %s not accepted: %s", submission.external_ref, exc.message)
        return None


def facebook_submissions(payload: dict) -> list[Submission]:
    """Text messages of a Messenger webhook (``object: page``, ``entry[].messaging[]``)."""
    result = []
    if payload.get("object") != "page":
        return result
    for entry in payload.get("entry") or []:
        for event in entry.get("messaging") or []:
            message = event.get("message") or {}
            text = (message.get("text") or "").strip()
            mid = message.get("mid") or ""
            if not text or not mid or message.get("is_echo"):
                continue
            result.append(
                Submission(
                    channel=Channel.FACEBOOK,
                    subject="",
                    content=text,
                    submitter_social_id=str((event.get("sender") or {}).get("id", "")),
                    external_ref=str(mid),
                )
            )
    return result


def zalo_submission(payload: dict) -> Submission | None:
    """A ``user_send_text`` event of a Zalo Official Account webhook."""
    if payload.get("event_name") != "user_send_text":
        return None
    message = payload.get("message") or {}
    text = (message.get("text") or "").strip()
    msg_id = message.get("msg_id") or ""
    if not text or not msg_id:
        return None
    return Submission(
        channel=Channel.ZALO,
        subject="",
        content=text,
        submitter_social_id=str((payload.get("sender") or {}).get("id", "")),
        external_ref=str(msg_id),
    )
