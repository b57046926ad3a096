"""Online filing (nộp hồ sơ trực tuyến): the applicant's draft of a dossier and its files.

A :class:`Filing` is one attempt to file one procedure: saved as a draft and resumed, then
submitted once. Its ``key`` is the idempotency key carried by the form: however many times
the same form is posted (double click, retry after a timeout), one dossier is created.
The dossier itself, its code and its workflow belong to ``cchc.dossiers``.
"""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from cchc.core.storage import private_storage


class Filing(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        SUBMITTED = "submitted", _("Đã nộp")

    key = models.UUIDField(_("khoá chống nộp trùng"), default=uuid.uuid4, unique=True)
    applicant = models.ForeignKey(
        "accounts.Applicant", on_delete=models.CASCADE, related_name="filings"
    )
    procedure = models.ForeignKey(
        "procedures.Procedure", on_delete=models.PROTECT, related_name="filings"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    data = models.JSONField(_("thông tin đã khai"), default=dict, blank=True)
    dossier = models.OneToOneField(
        "dossiers.Dossier",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="filing",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("hồ sơ nộp trực tuyến")
        verbose_name_plural = _("hồ sơ nộp trực tuyến")
        indexes = [models.Index(fields=["applicant", "status", "-updated_at"])]

    def __str__(self):
        return f"{self.procedure.code} {self.get_status_display()}"


def _draft_path(instance, filename):
    return f"eservices/drafts/{instance.filing_id}/{uuid.uuid4().hex}{instance.extension}"


class DraftFile(models.Model):
    """A file uploaded to a draft, kept (checked and re-encoded) until submission."""

    filing = models.ForeignKey(Filing, on_delete=models.CASCADE, related_name="files")
    slot = models.ForeignKey(
        "procedures.RequiredDocument", on_delete=models.CASCADE, related_name="+"
    )
    file = models.FileField(storage=private_storage, upload_to=_draft_path, max_length=255)
    original_name = models.CharField(max_length=255)
    mime = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["filing", "slot"], name="eservices_one_file_per_slot")
        ]

    def __str__(self):
        return self.original_name

    @property
    def extension(self) -> str:
        from .uploads import EXTENSIONS

        return EXTENSIONS.get(self.mime, "")
