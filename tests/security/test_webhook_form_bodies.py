"""Found by the attack suite: a multipart or urlencoded POST to a webhook was parsed by
the edge's NUL check, so the view could no longer read the raw bytes and answered 500.
Now it is refused like any unsigned call (403, audited, rate-limited)."""

import pytest
from django.core.cache import cache

from cchc.core.audit import AuditEvent

BODIES = [
    (
        "multipart/form-data; boundary=zz",
        b'--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--zz--\r\n',
    ),
    ("multipart/form-data; boundary=zz", b"--zz\r\nContent-Disposition: form-data\r\n\r\n"),
    ("application/x-www-form-urlencoded", b"entry=1&message=x"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("source", ["zalo", "facebook"])
@pytest.mark.parametrize("ctype,body", BODIES)
def test_form_bodies_to_webhooks_are_refused_not_500(client, source, ctype, body):
    cache.clear()
    response = client.generic(
        "POST", f"/phan-anh-kien-nghi/webhook/{source}/", body, content_type=ctype
    )
    assert response.status_code == 403
    assert AuditEvent.objects.filter(action=f"cchc.feedback.webhook.{source}_rejected").exists()
