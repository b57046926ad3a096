"""Webhook signature checks for Facebook (Meta) and Zalo OA. Pure Python.

Facebook: ``X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>``.
Zalo OA: ``X-ZEvent-Signature: mac=<hex SHA-256(app_id + raw body + timestamp + OA secret)>``,
where ``timestamp`` is the ``timestamp`` field of the JSON body.
"""

from __future__ import annotations

import hashlib
import hmac


def facebook_signature(body: bytes, app_secret: str) -> str:
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def verify_facebook(body: bytes, header: str | None, app_secret: str) -> bool:
    if not header or not app_secret:
        return False
    return hmac.compare_digest(header.strip(), facebook_signature(body, app_secret))


def zalo_signature(body: bytes, *, app_id: str, timestamp: str, oa_secret: str) -> str:
    raw = app_id.encode() + body + str(timestamp).encode() + oa_secret.encode()
    return hashlib.sha256(raw).hexdigest()


def verify_zalo(
    body: bytes, header: str | None, *, app_id: str, timestamp: str, oa_secret: str
) -> bool:
    if not header or not oa_secret or not app_id:
        return False
    value = header.strip()
    if value.lower().startswith("mac="):
        value = value[4:].strip()
    expected = zalo_signature(body, app_id=app_id, timestamp=timestamp, oa_secret=oa_secret)
    return hmac.compare_digest(value.lower(), expected)
