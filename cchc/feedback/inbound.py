"""Turn messages from e-mail, Facebook Messenger and Zalo OA into feedback cases."""

from __future__ import annotations

import email
import email.header
import email.policy
import hashlib
import html
import logging
import re
from email.message import EmailMessage
from email.utils import parseaddr

from django.core.files.uploadedfile import SimpleUploadedFile

from cchc.core.exceptions import CchcError
from cchc.core.uploads import MEDIA, sniff

from .choices import Channel
from .services import (
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    Submission,
    check_attachment,
    feedback_submit,
)

logger = logging.getLogger("cchc.feedback.inbound")
_TAG = re.compile(r"<[^>]+>")
UNDECODABLE_PREFIX = "[Không giải mã được] "
UNDECODABLE_NOTE = (
    "(Hệ thống không giải mã được thư này: bảng mã không hỗ trợ hoặc thư hỏng. "
    "Nội dung dưới đây được đọc gần đúng; cán bộ kiểm tra thư gốc trong hộp thư.)"
)


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
    return _submission(msg, name, address, message_id, subject, content)


def _submission(msg, name, address, message_id, subject, content):
    files = []
    for part in msg.iter_attachments():
        if len(files) >= MAX_ATTACHMENTS:
            break
        payload = part.get_payload(decode=True) or b""
        if not payload or len(payload) > MAX_ATTACHMENT_BYTES or sniff(payload) not in MEDIA:
            continue
        upload = SimpleUploadedFile(part.get_filename() or "tep", payload)
        try:
            check_attachment(upload)  # a refused picture or PDF is dropped, the mail is kept
        except CchcError as exc:
            logger.info("attachment dropped from mail: %s", exc)
            continue
        files.append(upload)
    submission = Submission(
        channel=Channel.EMAIL,
        subject=subject,
        content=content.strip(),
        submitter_name=name,
        submitter_email=address if "@" in address else "",
        external_ref=message_id,
    )
    return submission, files


def parse_email_lenient(raw: bytes) -> tuple[Submission, list[SimpleUploadedFile]]:
    """What can be read of a message :func:`parse_email` cannot decode.

    Unknown charsets (``x-no-such-charset``), broken transfer encodings and malformed
    headers end here: text is decoded as UTF-8 with replacement characters, the subject
    is marked "[Không giải mã được]" and a note tells the officer to read the original.
    The case is keyed by the Message-ID, or by a hash of the raw bytes when there is none.
    """
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    message_id = _header(raw, "Message-ID").strip()
    if not message_id:
        message_id = "sha256:" + hashlib.sha256(raw).hexdigest()
    name, address = parseaddr(_header(raw, "From"))
    subject = UNDECODABLE_PREFIX + (_header(raw, "Subject").strip() or "thư điện tử")
    texts = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        try:
            payload = part.get_payload(decode=True) or b""
        except Exception:  # noqa: BLE001 - even the transfer encoding may be broken
            payload = str(part.get_payload()).encode("utf-8", "replace")
        text = payload.decode("utf-8", errors="replace")
        if part.get_content_subtype() == "html":
            text = _html_to_text(text)
        texts.append(text.strip())
    content = UNDECODABLE_NOTE + "\n\n" + ("\n\n".join(t for t in texts if t) or "(trống)")
    submission = Submission(
        channel=Channel.EMAIL,
        subject=subject[:200],
        content=content,
        submitter_name=name,
        submitter_email=address if "@" in address else "",
        external_ref=message_id[:255],
    )
    return submission, []


def _header(raw: bytes, name: str) -> str:
    """One header read from the raw bytes (UTF-8 with replacement), encoded words decoded
    where their charset is known."""
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
    found = re.search(
        rb"(?im)^" + re.escape(name.encode()) + rb":[ \t]*(.*(?:\r?\n[ \t].*)*)", head
    )
    if found is None:
        return ""
    value = re.sub(r"\r?\n[ \t]+", " ", found.group(1).decode("utf-8", "replace"))
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except Exception:  # noqa: BLE001 - unknown charset in an encoded word: keep it raw
        return value


def ingest_email(raw: bytes):
    """Create (or find, by Message-ID) the case for one e-mail; None if unusable.

    A message that cannot be decoded is still stored (see :func:`parse_email_lenient`)
    for an officer to read; nothing about one message can stop the others.
    """
    try:
        submission, files = parse_email(raw)
    except Exception:  # noqa: BLE001 - any decoding failure: keep what can be read
        logger.warning("e-mail could not be decoded; stored for an officer", exc_info=True)
        submission, files = parse_email_lenient(raw)
    if not submission.external_ref:
        logger.warning("e-mail without Message-ID skipped")
        return None
    try:
        return feedback_submit(submission=submission, files=files)
    except CchcError as exc:
        if submission.subject.startswith(UNDECODABLE_PREFIX):
            raise
        logger.warning("e-mail %s not accepted: %s", submission.external_ref, exc.message)
        # e.g. an empty body after decoding: keep it for an officer rather than drop it
        fallback, _files = parse_email_lenient(raw)
        try:
            return feedback_submit(submission=fallback)
        except CchcError:
            return None


class MalformedPayload(ValueError):
    """A (signed) webhook body whose shape is not what the platform documents."""


def _obj(value, where: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise MalformedPayload(f"{where} is not an object")
    return value


def _list(value, where: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise MalformedPayload(f"{where} is not an array")
    return value


def _text(value, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise MalformedPayload(f"{where} is not a string")
    return value


def _ident(value, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise MalformedPayload(f"{where} is not an identifier")
    return str(value)


def facebook_submissions(payload) -> list[Submission]:
    """Text messages of a Messenger webhook (``object: page``, ``entry[].messaging[]``).

    Raises :class:`MalformedPayload` when a field has the wrong type (an array for the
    body, ``entry: [1]``, ``message: "x"``, ``text: 5``...).
    """
    result = []
    payload = _obj(payload, "body") if payload is not None else None
    if payload is None:
        raise MalformedPayload("body is null")
    if payload.get("object") != "page":
        return result
    for entry in _list(payload.get("entry"), "entry"):
        entry = _obj(entry, "entry[]")
        for event in _list(entry.get("messaging"), "messaging"):
            event = _obj(event, "messaging[]")
            message = _obj(event.get("message"), "message")
            text = _text(message.get("text"), "message.text").strip()
            mid = _ident(message.get("mid"), "message.mid")
            if not text or not mid or message.get("is_echo"):
                continue
            sender = _obj(event.get("sender"), "sender")
            result.append(
                Submission(
                    channel=Channel.FACEBOOK,
                    subject="",
                    content=text,
                    submitter_social_id=_ident(sender.get("id"), "sender.id"),
                    external_ref=mid,
                )
            )
    return result


def zalo_submission(payload) -> Submission | None:
    """A ``user_send_text`` event of a Zalo Official Account webhook.

    Raises :class:`MalformedPayload` when a field has the wrong type.
    """
    if not isinstance(payload, dict):
        raise MalformedPayload("body is not an object")
    if payload.get("event_name") != "user_send_text":
        return None
    message = _obj(payload.get("message"), "message")
    text = _text(message.get("text"), "message.text").strip()
    msg_id = _ident(message.get("msg_id"), "message.msg_id")
    if not text or not msg_id:
        return None
    sender = _obj(payload.get("sender"), "sender")
    return Submission(
        channel=Channel.ZALO,
        subject="",
        content=text,
        submitter_social_id=_ident(sender.get("id"), "sender.id"),
        external_ref=msg_id,
    )
