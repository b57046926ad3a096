"""A sign-in contact: a Vietnamese mobile number or an e-mail address, in one canonical form."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from cchc.core.exceptions import ValidationError
from cchc.directory import phones

from .models import ContactKind

ERR_CONTACT = _(
    "Vui lòng nhập số điện thoại di động (ví dụ 0912 345 678) hoặc địa chỉ thư điện tử hợp lệ."
)


def parse_contact(raw: str) -> tuple[str, str]:
    """``(canonical contact, kind)``: e-mail lower-cased; a mobile in national digits
    (``+84 912 345 678`` → ``0912345678``). Landlines and service numbers cannot receive SMS."""
    value = (raw or "").strip()
    if not value or len(value) > 254:
        raise ValidationError(ERR_CONTACT, code="contact")
    if "@" in value:
        value = value.lower()
        try:
            validate_email(value)
        except DjangoValidationError as exc:
            raise ValidationError(ERR_CONTACT, code="contact") from exc
        return value, ContactKind.EMAIL
    try:
        number = phones.parse(value)
    except phones.PhoneError as exc:
        raise ValidationError(ERR_CONTACT, code="contact") from exc
    if number.kind != phones.PhoneKind.MOBILE:
        raise ValidationError(ERR_CONTACT, code="contact")
    return number.digits, ContactKind.PHONE
