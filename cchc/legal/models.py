"""The legal document library (thư viện văn bản): documents, their typed relations, and
which articles cite them.

A ``LegalDocument`` (văn bản) carries its canonical key (số ký hiệu) as the reference
extractor writes it ("63/2010/NĐ-CP", "76/NQ-CP", "03-NQ/TU"). Its identity is the key alone
when the number holds the year, else key + year of issue + issuer (numbers restart every
year and per agency): see ``identity.py`` and docs/decisions/0002. Documents first seen in an
article are created as stubs (``review_state = unverified``, "chưa kiểm tra") for a librarian
to complete and verify.

Why over 500 lines: the document, its identity (key, year, issuer) and its relations
are one aggregate whose constraints reference each other.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from cchc.core.text import fold, nfc, normalize_space

from .choices import (
    INVERSE_LABELS,
    RelationState,
    RelationType,
    ReviewState,
    Status,
    TextSource,
)
from .identity import issuer_fold
from .keys import key_fold, key_slug, key_year, parse_key

MAX_FULL_TEXT = 1_000_000  # characters


class DocumentType(models.Model):
    """A document type (loại văn bản): "Nghị định", "Kế hoạch"... Seeded from the
    extractor's data file; librarians may add more."""

    name = models.CharField(_("tên loại"), max_length=100, unique=True)
    abbreviations = models.CharField(
        _("chữ viết tắt"),
        max_length=100,
        blank=True,
        help_text=_("Cách nhau bằng dấu phẩy, ví dụ: NĐ"),
    )
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)

    panels = [FieldPanel("name"), FieldPanel("abbreviations"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("loại văn bản")
        verbose_name_plural = _("loại văn bản")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class LegalDocument(ClusterableModel):
    """One document of the library (văn bản), normative or administrative or Party."""

    doc_type = models.ForeignKey(
        DocumentType,
        verbose_name=_("loại văn bản"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="documents",
    )
    key = models.CharField(
        _("số ký hiệu"),
        max_length=100,
        help_text=_(
            "Ví dụ: 63/2010/NĐ-CP, 76/NQ-CP, 03-NQ/TU. Số không kèm năm (76/NQ-CP) được "
            "phân biệt bằng năm ban hành và cơ quan ban hành."
        ),
    )
    number = models.CharField(_("số"), max_length=20, blank=True)
    year = models.PositiveSmallIntegerField(_("năm (trong ký hiệu)"), null=True, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=80, blank=True)
    key_folded = models.CharField(
        _("số ký hiệu (không dấu)"), max_length=100, db_index=True, blank=True, editable=False
    )
    issue_year = models.PositiveSmallIntegerField(
        _("năm ban hành"),
        null=True,
        blank=True,
        help_text=_("Lấy từ số ký hiệu hoặc ngày ban hành; chỉ nhập khi chưa biết ngày ban hành."),
    )
    issuer_folded = models.CharField(
        _("cơ quan ban hành (không dấu)"), max_length=255, blank=True, editable=False
    )
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True, blank=True, editable=False)
    issuer = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan ban hành (danh bạ)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="legal_documents",
    )
    issuer_name = models.CharField(_("cơ quan ban hành"), max_length=255, blank=True)
    issued = models.DateField(_("ngày ban hành"), null=True, blank=True)
    effective = models.DateField(_("ngày có hiệu lực"), null=True, blank=True)
    status = models.CharField(
        _("tình trạng hiệu lực"), max_length=20, choices=Status.choices, default=Status.UNKNOWN
    )
    expired_on = models.DateField(_("ngày hết hiệu lực"), null=True, blank=True)
    title = models.CharField(_("trích yếu"), max_length=1000, blank=True)
    full_text = models.TextField(
        _("toàn văn"),
        blank=True,
        help_text=_(
            "Dán toàn văn, hoặc để trống: khi lưu, toàn văn được trích từ tệp PDF hoặc "
            "Word (.docx) đính kèm."
        ),
    )
    text_source = models.CharField(
        _("nguồn toàn văn"),
        max_length=10,
        choices=TextSource.choices,
        default=TextSource.NONE,
        blank=True,
        editable=False,
    )
    signer = models.CharField(_("người ký"), max_length=200, blank=True)
    review_state = models.CharField(
        _("kiểm tra"),
        max_length=20,
        choices=ReviewState.choices,
        default=ReviewState.UNVERIFIED,
        db_index=True,
    )
    verified_at = models.DateTimeField(_("thời điểm kiểm tra"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người kiểm tra"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    search_folded = models.TextField(_("chỉ mục tìm kiếm"), blank=True, editable=False)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ngày cập nhật"), auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("key"),
                FieldPanel("doc_type"),
                FieldRowPanel([FieldPanel("number"), FieldPanel("year"), FieldPanel("symbol")]),
            ],
            heading=_("Số ký hiệu"),
        ),
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("issuer"), FieldPanel("issuer_name"), FieldPanel("signer")],
            heading=_("Cơ quan ban hành"),
        ),
        FieldRowPanel([FieldPanel("issued"), FieldPanel("issue_year"), FieldPanel("effective")]),
        FieldPanel("status"),
        FieldPanel("expired_on"),
        InlinePanel("attachments", label=_("Tệp đính kèm")),
        FieldPanel("full_text"),
        InlinePanel("relations", label=_("Quan hệ với văn bản khác")),
    ]

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-issued", "-id"]
        permissions = [("verify_legaldocument", _("Có thể xác nhận đã kiểm tra văn bản"))]
        indexes = [models.Index(fields=["review_state", "-created_at"])]
        constraints = [
            # Numbered with the year (normative): the key alone is the identity.
            models.UniqueConstraint(
                fields=["key_folded"],
                condition=models.Q(year__isnull=False),
                name="legal_doc_identity_year_in_key",
                violation_error_message=_("Đã có văn bản mang số ký hiệu này."),
            ),
            # Otherwise key + year of issue + issuer (0 stands for an unknown year).
            models.UniqueConstraint(
                models.F("key_folded"),
                models.functions.Coalesce("issue_year", 0),
                models.F("issuer_folded"),
                condition=models.Q(year__isnull=True),
                name="legal_doc_identity_key_year_issuer",
                violation_error_message=_(
                    "Đã có văn bản mang số ký hiệu này, cùng năm ban hành và cơ quan ban hành."
                ),
            ),
        ]

    def __str__(self):
        if self.doc_type_id and self.doc_type:
            return f"{self.doc_type.name} {self.key}"
        return self.key

    @property
    def year_in_key(self) -> bool:
        """Normative numbering ("63/2010/NĐ-CP"): the key alone identifies the document."""
        return self.year is not None

    def clean(self):
        """Validate the key's shape with the extractor and store it canonically."""
        super().clean()
        citation = parse_key(self.key)
        if citation is None:
            raise ValidationError(
                {"key": _("Số ký hiệu không đúng dạng (ví dụ: 63/2010/NĐ-CP, 76/NQ-CP).")}
            )
        self.key = citation.key
        self.number = self.number or citation.number
        self.year = key_year(self.key)
        self.symbol = self.symbol or citation.symbol
        self.derive_identity()
        if self.identity_clashes().exists():
            raise ValidationError(
                {
                    "key": _("Đã có văn bản mang số ký hiệu này.")
                    if self.year_in_key
                    else _(
                        "Đã có văn bản mang số ký hiệu này, cùng năm ban hành và cơ quan ban hành."
                    )
                }
            )
        if self.issue_year and not 1900 <= self.issue_year <= 2200:
            raise ValidationError({"issue_year": _("Năm ban hành không hợp lệ.")})
        if self.issued and self.effective and self.effective < self.issued:
            raise ValidationError(
                {"effective": _("Ngày có hiệu lực không thể trước ngày ban hành.")}
            )

    def save(self, *args, **kwargs):
        # Derived, denormalised fields only (NFC, folded lookups, slug); no business rules.
        self.key = normalize_space(self.key)
        self.title = normalize_space(self.title)
        self.issuer_name = normalize_space(self.issuer_name)
        self.signer = normalize_space(self.signer)
        self.derive_identity()
        self._refresh_slug()
        type_name = self.doc_type.name if self.doc_type_id and self.doc_type else ""
        self.search_folded = fold(
            " ".join(filter(None, [type_name, self.key, self.title, self.issuer_name]))
        )
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {
                *update_fields,
                "number",
                "year",
                "symbol",
                "key_folded",
                "issue_year",
                "issuer_folded",
                "slug",
                "search_folded",
                "updated_at",
            }
        super().save(*args, **kwargs)
        # A corrected key leaves ``_old_slug``: services.legal_document_save keeps it as an
        # alias (a write to another table: a service's job, not save()'s).

    def validate_constraints(self, exclude=None):
        # The identity constraints are checked by clean(), with the message on the key field.
        super().validate_constraints(exclude={*(exclude or ()), "key_folded"})

    def identity_clashes(self):
        """Other documents with this document's identity (see the constraints)."""
        others = LegalDocument.objects.filter(key_folded=self.key_folded).exclude(pk=self.pk)
        if self.year_in_key:
            return others.filter(year__isnull=False)
        return others.filter(
            year__isnull=True, issue_year=self.issue_year, issuer_folded=self.issuer_folded
        )

    def derive_identity(self):
        """Fill the identity's derived fields: folded key, year of issue, folded issuer (and
        number, year, symbol from the key when a caller skipped ``clean()``)."""
        if not self.number and self.year is None:
            citation = parse_key(self.key)
            if citation is not None:
                self.number, self.year = citation.number[:20], key_year(citation.key)
                self.symbol = self.symbol or citation.symbol[:80]
        self.key_folded = key_fold(self.key)
        # The year in the number, else the issue date's; else what was entered or cited.
        self.issue_year = self.year or (self.issued.year if self.issued else self.issue_year)
        agency = self.issuer.name if self.issuer_id and self.issuer else ""
        self.issuer_folded = issuer_fold(self.issuer_name or agency)

    def _refresh_slug(self):
        """A slug is given once and kept while the key stays the same ("15-kh-ubnd-2021"
        keeps its URL when the issuer is filled in); a corrected key gets a new slug and the
        old one becomes an alias. Documents without the year in the number get the year of
        issue, then the issuer, then a counter to keep slugs unique."""
        base = key_slug(self.key)
        if self.slug and re.fullmatch(rf"{re.escape(base)}(-[a-z0-9-]+)?", self.slug):
            return
        tries = [base]
        if not self.year_in_key and self.issue_year:
            tries = [f"{base}-{self.issue_year}"]
            if self.issuer_folded:
                tries.append(f"{tries[0]}-{key_slug(self.issuer_folded)[:40].strip('-')}")
        n = 1
        while True:
            for slug in tries:
                if not self._slug_taken(slug):
                    self._old_slug = self.slug or None
                    self.slug = slug
                    return
            n += 1
            tries = [f"{tries[0]}-{n}"]

    def _slug_taken(self, slug: str) -> bool:
        if LegalDocument.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            return True
        aliases = LegalDocumentSlugAlias.objects.filter(slug=slug)
        if self.pk:
            aliases = aliases.exclude(document_id=self.pk)
        return aliases.exists()

    def get_absolute_url(self):
        return reverse("legal:document-detail", kwargs={"slug": self.slug})

    @property
    def is_verified(self) -> bool:
        return self.review_state == ReviewState.VERIFIED

    @property
    def display_title(self) -> str:
        return self.title or str(self)


class LegalDocumentSlugAlias(models.Model):
    """A former URL slug of a document (its key was corrected): redirects to the current one."""

    slug = models.SlugField(_("đường dẫn cũ"), max_length=120, unique=True)
    document = models.ForeignKey(
        LegalDocument, on_delete=models.CASCADE, related_name="slug_aliases"
    )

    class Meta:
        verbose_name = _("đường dẫn cũ của văn bản")
        verbose_name_plural = _("đường dẫn cũ của văn bản")

    def __str__(self):
        return self.slug


ATTACHMENT_TYPES = ("pdf", "doc", "docx")


class LegalDocumentAttachment(Orderable):
    """A file of the document (PDF/DOCX) kept in Wagtail's document library."""

    legal_document = ParentalKey(
        LegalDocument, on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(_("nhãn"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    def __str__(self):
        return self.label or str(self.document)

    def clean(self):
        super().clean()
        if self.document_id and self.document.file_extension.lower() not in ATTACHMENT_TYPES:
            raise ValidationError(
                {"document": _("Chỉ đính kèm tệp PDF hoặc Word (.pdf, .doc, .docx).")}
            )


class DocumentRelation(Orderable):
    """``source`` replaces / amends / repeals / implements / guides ``target``.

    Relations a librarian enters are confirmed at once. Relations read from a text (an
    article, or the document's own full text) are *proposed* until a librarian confirms or
    rejects them; only confirmed ones are shown publicly. A rejected proposal is kept so that
    the same text does not propose it again."""

    source = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="relations")
    relation_type = models.CharField(_("quan hệ"), max_length=20, choices=RelationType.choices)
    target = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)
    state = models.CharField(
        _("trạng thái"),
        max_length=20,
        choices=RelationState.choices,
        default=RelationState.CONFIRMED,
        db_index=True,
    )
    pinpoint = models.CharField(_("điều, khoản, điểm"), max_length=200, blank=True)
    origin_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("đề xuất từ bài viết"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    origin_text = models.CharField(_("câu trích"), max_length=500, blank=True)
    proposed_at = models.DateTimeField(_("thời điểm đề xuất"), null=True, blank=True)
    decided_at = models.DateTimeField(_("thời điểm xử lý"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xử lý"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("relation_type"),
        FieldPanel("target"),
        FieldPanel("pinpoint"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("quan hệ văn bản")
        verbose_name_plural = _("quan hệ văn bản")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "relation_type", "target"], name="legal_relation_unique"
            ),
            models.CheckConstraint(
                condition=~models.Q(source=models.F("target")), name="legal_relation_not_self"
            ),
        ]

    def __str__(self):
        return f"{self.source_id} {self.relation_type} {self.target_id}"

    @property
    def label(self):
        return RelationType(self.relation_type).label

    @property
    def is_proposed(self) -> bool:
        return self.state == RelationState.PROPOSED

    @property
    def inverse_label(self):
        return INVERSE_LABELS[RelationType(self.relation_type)]


class Citation(models.Model):
    """One reference to a document in a published page's body (trích dẫn)."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("bài viết"),
        on_delete=models.CASCADE,
        related_name="legal_citations",
    )
    document = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản"),
        on_delete=models.CASCADE,
        related_name="citations",
    )
    cited_text = models.CharField(_("đoạn trích dẫn"), max_length=500)
    start = models.PositiveIntegerField(_("vị trí bắt đầu"))
    end = models.PositiveIntegerField(_("vị trí kết thúc"))
    pinpoint = models.CharField(_("điều, khoản, điểm"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("thời điểm"), auto_now_add=True)

    class Meta:
        verbose_name = _("trích dẫn")
        verbose_name_plural = _("trích dẫn")
        ordering = ["page_id", "start"]
        constraints = [
            models.UniqueConstraint(fields=["page", "start"], name="legal_citation_unique_span")
        ]

    def __str__(self):
        return nfc(self.cited_text)
