"""Field cleaning shared by the services, the admin forms and the Excel import.

Every message is translated and says what a correct value looks like; errors are
collected per field (``{"phone": [msg, ...]}``) so a form or an import row can show all of
them at once.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext_lazy as _

from cchc.core.exceptions import ValidationError
from cchc.core.text import nfc, normalize_space

from . import phones

PHONE_ERRORS = {
    "chars": _(
        "Số điện thoại chỉ được chứa chữ số, dấu cách, dấu chấm, gạch ngang và tiền tố +84."
    ),
    "landline": _("Số máy cố định phải có 11 chữ số, bắt đầu bằng 02 (ví dụ 0293 3870 123)."),
    "mobile": _(
        "Số di động phải có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0912 345 678)."
    ),
    "service": _("Số tổng đài 1800/1900 phải có thêm 4 đến 6 chữ số (ví dụ 1900 1234)."),
    "format": _("Số điện thoại không đúng định dạng số điện thoại Việt Nam."),
    "empty": _("Chưa nhập số điện thoại."),
}
MOBILE_ONLY = _("Số di động phải có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.")
BAD_EMAIL = _("Địa chỉ thư điện tử không hợp lệ.")
BAD_URL = _("Địa chỉ trang thông tin không hợp lệ (cần bắt đầu bằng http:// hoặc https://).")
REQUIRED = _("Trường này là bắt buộc.")
BAD_LEVEL = _("Cấp không hợp lệ.")
BAD_COORD = _("Tọa độ không hợp lệ.")
BAD_NUMBER = _("Cần nhập một số nguyên không âm.")
TOO_LONG = _("Quá dài (tối đa %(max)d ký tự).")

AGENCY_TEXT_FIELDS = {
    "code": 50,
    "name": 255,
    "short_name": 100,
    "address": 255,
    "working_hours": 255,
}
LEADER_TEXT_FIELDS = {"full_name": 150, "title": 150}


class DirectoryValidationError(ValidationError):
    """Invalid directory data; ``errors`` maps field names to lists of messages."""

    def __init__(self, errors: dict[str, list]):
        self.errors = errors
        first = next(iter(errors.values()))[0] if errors else None
        super().__init__(first)


def clean_phone(value, *, mobile_only: bool = False) -> str:
    """Canonical phone, ``""`` for empty; raise Django ``ValidationError`` otherwise."""
    if value is None or not str(value).strip():
        return ""
    try:
        number = phones.parse(str(value))
    except phones.PhoneError as exc:
        raise DjangoValidationError(PHONE_ERRORS.get(exc.code, PHONE_ERRORS["format"])) from exc
    if mobile_only and number.kind != phones.PhoneKind.MOBILE:
        raise DjangoValidationError(MOBILE_ONLY)
    return number.display


def clean_email(value) -> str:
    value = (str(value).strip() if value is not None else "").lower()
    if not value:
        return ""
    try:
        validate_email(value)
    except DjangoValidationError as exc:
        raise DjangoValidationError(BAD_EMAIL) from exc
    return value


def clean_url(value) -> str:
    value = str(value).strip() if value is not None else ""
    if not value:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except DjangoValidationError as exc:
        raise DjangoValidationError(BAD_URL) from exc
    return value


def _clean_text(value, max_length: int | None) -> str:
    text = normalize_space(str(value)) if value is not None else ""
    if max_length and len(text) > max_length:
        raise DjangoValidationError(TOO_LONG % {"max": max_length})
    return text


def _clean_coord(value, limit: int):
    if value is None or str(value).strip() == "":
        return None
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation as exc:
        raise DjangoValidationError(BAD_COORD) from exc
    if not number.is_finite() or abs(number) > limit:
        raise DjangoValidationError(BAD_COORD)
    return number.quantize(Decimal("0.000001"))


def _clean_uint(value) -> int:
    if value is None or str(value).strip() == "":
        return 0
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise DjangoValidationError(BAD_NUMBER) from exc
    if not number.is_finite() or number < 0 or number != number.to_integral_value():
        raise DjangoValidationError(BAD_NUMBER)
    return int(number)


def _run(cleaners: dict, data: dict, *, partial: bool) -> dict:
    cleaned, errors = {}, {}
    for field, cleaner in cleaners.items():
        if field not in data:
            continue
        try:
            cleaned[field] = cleaner(data[field])
        except DjangoValidationError as exc:
            errors.setdefault(field, []).extend(exc.messages)
    if errors:
        raise DirectoryValidationError(errors)
    return cleaned


def clean_agency_data(data: dict, *, partial: bool = False) -> dict:
    """Clean the editable fields of an agency present in ``data`` (parent left as given)."""
    from .models import Agency

    def level(value):
        if not value:
            return ""
        if value not in Agency.Level.values:
            raise DjangoValidationError(BAD_LEVEL)
        return value

    cleaners = {
        **{f: (lambda v, m=m: _clean_text(v, m)) for f, m in AGENCY_TEXT_FIELDS.items()},
        "level": level,
        "phone": clean_phone,
        "fax": clean_phone,
        "email": clean_email,
        "website": clean_url,
        "description": lambda v: nfc(str(v or "")).strip()[:4000],
        "latitude": lambda v: _clean_coord(v, 90),
        "longitude": lambda v: _clean_coord(v, 180),
        "sort_order": _clean_uint,
    }
    cleaned = _run(cleaners, data, partial=partial)
    errors = {}
    if not partial:
        for required in ("code", "name", "level"):
            if not cleaned.get(required):
                errors.setdefault(required, []).append(REQUIRED)
    else:
        for required in ("code", "name", "level"):
            if required in cleaned and not cleaned[required]:
                errors.setdefault(required, []).append(REQUIRED)
    if errors:
        raise DirectoryValidationError(errors)
    if "parent" in data:
        cleaned["parent"] = data["parent"]
    return cleaned


def clean_leader_data(data: dict, *, partial: bool = False) -> dict:
    cleaners = {
        **{f: (lambda v, m=m: _clean_text(v, m)) for f, m in LEADER_TEXT_FIELDS.items()},
        "office_phone": clean_phone,
        "mobile": lambda v: clean_phone(v, mobile_only=True),
        "email": clean_email,
        "sort_order": _clean_uint,
        "phone_public": bool,
        "mobile_public": bool,
        "email_public": bool,
    }
    cleaned = _run(cleaners, data, partial=partial)
    errors = {}
    for required in ("full_name", "title"):
        if (not partial or required in cleaned) and not cleaned.get(required):
            errors.setdefault(required, []).append(REQUIRED)
    if errors:
        raise DirectoryValidationError(errors)
    return cleaned
