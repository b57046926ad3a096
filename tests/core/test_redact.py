"""Masking of personal data in free text (pure module, shared by feedback and the contest)."""

from cchc.core.redact import PLACEHOLDER, redact


def test_redact_masks_phones_emails_and_names():
    """Phone numbers, e-mails and the sender's name are masked in text to be published."""
    text = "Tôi là Nguyễn Văn An, gọi 0912 345 678 hoặc +84 912.345.679, thư an@example.com."
    out = redact(text, names=["Nguyễn Văn An"])
    assert "0912" not in out and "912.345" not in out and "example.com" not in out
    assert "Nguyễn Văn An" not in out
    assert out.count(PLACEHOLDER) == 4
    assert redact("Năm 2022 có 125 hồ sơ") == "Năm 2022 có 125 hồ sơ"
