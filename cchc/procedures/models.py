"""The procedure catalogue (danh mục thủ tục hành chính).

A ``Procedure`` (thủ tục hành chính, TTHC) is published by its national code from the
national procedure database (Cơ sở dữ liệu quốc gia về TTHC): what a citizen must bring,
where, how long it takes, what it costs and under which law. Dossiers (hồ sơ) filed for a
procedure belong to the later one-stop workflow; nothing here is a case.

Writes go through ``services.py`` (audited); reads through ``selectors.py``.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import Orderable

from cchc.core.text import fold, normalize_space, slugify_vi

from .choices import Channel, Level, OnlineLevel

# "1.000948", "1.000948.000.00.00.H38", "2.002155.H12", "1.000948.000.00.00": a group
# digit, a dot, six digits, optional ".000.00.00" and an optional province suffix.
CODE_RE = re.compile(r"^\d\.\d{6}(?:\.\d{3}\.\d{2}\.\d{2})?(?:\.[A-Z]\d{2})?$")
CODE_HELP = _("Mã trên Cơ sở dữ liệu quốc gia về TTHC, ví dụ: 1.000948.000.00.00.H38 hoặc 1.001193")


def normalize_code(value: str) -> str:
    """Canonical code: no spaces, upper-case suffix ("1.001193.000.00.00.h38" → "...H38")."""
    return re.sub(r"\s+", "", value or "").upper()


def validate_code(value: str) -> None:
    if not CODE_RE.match(normalize_code(value)):
        raise ValidationError(
            _("Mã thủ tục không đúng dạng (ví dụ: 1.000948.000.00.00.H38)."), code="invalid"
        )


class ProcedureField(models.Model):
    """A field (lĩnh vực) of procedures: "Hộ tịch", "Chứng thực", "Đất đai"…"""

    name = models.CharField(_("tên lĩnh vực"), max_length=255, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True, blank=True)
    code = models.CharField(_("mã lĩnh vực"), max_length=50, blank=True)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Derived fields only (NFC name, slug).
        self.name = normalize_space(self.name)
        if not self.slug:
            base = slugify_vi(self.name, 100) or "linh-vuc"
            slug, n = base, 1
            while ProcedureField.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                n += 1
                slug = f"{base}-{n}"
            self.slug = slug
        super().save(*args, **kwargs)


class Procedure(ClusterableModel):
    """One administrative procedure (thủ tục hành chính) of the catalogue."""

    code = models.CharField(
        _("mã thủ tục"), max_length=40, unique=True, validators=[validate_code], help_text=CODE_HELP
    )
    name = models.CharField(_("tên thủ tục"), max_length=1000)
    slug = models.SlugField(_("đường dẫn"), max_length=200, unique=True, blank=True, editable=False)
    field = models.ForeignKey(
        ProcedureField,
        verbose_name=_("lĩnh vực"),
        on_delete=models.PROTECT,
        related_name="procedures",
    )
    level = models.CharField(_("cấp thực hiện"), max_length=20, choices=Level.choices)
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan thực hiện"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="procedures",
    )
    agency_text = models.CharField(
        _("cơ quan thực hiện (ghi chú)"),
        max_length=500,
        blank=True,
        help_text=_("Ví dụ: “Ủy ban nhân dân cấp xã”, khi thủ tục không gắn với một cơ quan."),
    )
    subjects = models.TextField(_("đối tượng thực hiện"), blank=True)
    steps = models.TextField(_("trình tự thực hiện"), blank=True)
    time_limit_days = models.DecimalField(
        _("thời hạn giải quyết (ngày làm việc)"),
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("0 = giải quyết trong ngày. Để trống nếu thời hạn không tính bằng ngày."),
    )
    time_limit_text = models.TextField(_("thời hạn giải quyết (diễn giải)"), blank=True)
    fee_text = models.TextField(_("phí, lệ phí"), blank=True)
    fee_amount = models.PositiveBigIntegerField(
        _("mức phí, lệ phí (đồng)"),
        null=True,
        blank=True,
        help_text=_("0 = miễn phí. Để trống nếu mức thu không cố định."),
    )
    eligibility = models.TextField(_("yêu cầu, điều kiện"), blank=True)
    result = models.TextField(_("kết quả thực hiện"), blank=True)
    legal_documents = ParentalManyToManyField(
        "legal.LegalDocument",
        verbose_name=_("văn bản căn cứ"),
        blank=True,
        related_name="procedures",
    )
    legal_basis_text = models.TextField(
        _("căn cứ pháp lý (văn bản)"),
        blank=True,
        help_text=_("Mỗi văn bản một dòng; số ký hiệu có trong thư viện được tự liên kết."),
    )
    online_level = models.CharField(
        _("dịch vụ công trực tuyến"),
        max_length=20,
        choices=OnlineLevel.choices,
        default=OnlineLevel.NONE,
    )
    postal_return = models.BooleanField(_("trả kết quả qua bưu chính"), default=False)
    effective_from = models.DateField(_("có hiệu lực từ"), null=True, blank=True)
    effective_until = models.DateField(_("hết hiệu lực từ"), null=True, blank=True)
    published = models.BooleanField(_("công khai"), default=False, db_index=True)
    search_folded = models.TextField(_("chỉ mục tìm kiếm"), blank=True, editable=False)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ngày cập nhật"), auto_now=True)

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("code"),
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("field"), FieldPanel("level")]),
                    FieldPanel("agency"),
                    FieldPanel("agency_text"),
                    FieldPanel("subjects"),
                    FieldRowPanel([FieldPanel("online_level"), FieldPanel("postal_return")]),
                    FieldRowPanel(
                        [
                            FieldPanel("effective_from"),
                            FieldPanel("effective_until"),
                            FieldPanel("published"),
                        ]
                    ),
                ],
                heading=_("Thông tin chung"),
            ),
            ObjectList(
                [
                    FieldPanel("steps"),
                    InlinePanel("channels", label=_("Cách thức thực hiện")),
                    MultiFieldPanel(
                        [FieldPanel("time_limit_days"), FieldPanel("time_limit_text")],
                        heading=_("Thời hạn giải quyết"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("fee_amount"), FieldPanel("fee_text")],
                        heading=_("Phí, lệ phí"),
                    ),
                ],
                heading=_("Trình tự, cách thức"),
            ),
            ObjectList(
                [InlinePanel("documents", label=_("Thành phần hồ sơ"))],
                heading=_("Thành phần hồ sơ"),
            ),
            ObjectList(
                [
                    FieldPanel("eligibility"),
                    FieldPanel("result"),
                    FieldPanel("legal_documents"),
                    FieldPanel("legal_basis_text"),
                ],
                heading=_("Điều kiện, kết quả, căn cứ"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")
        ordering = ["field__sort_order", "name"]
        indexes = [models.Index(fields=["published", "level"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(effective_until__isnull=True)
                | models.Q(effective_from__isnull=True)
                | models.Q(effective_until__gt=models.F("effective_from")),
                name="procedures_effective_range",
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.code = normalize_code(self.code)
        if (
            self.effective_from
            and self.effective_until
            and self.effective_until <= self.effective_from
        ):
            raise ValidationError(
                {"effective_until": _("Ngày hết hiệu lực phải sau ngày có hiệu lực.")}
            )

    def save(self, *args, **kwargs):
        # Derived, denormalised fields only (canonical code, NFC name, slug, folded text).
        self.code = normalize_code(self.code)
        self.name = normalize_space(self.name)
        self.agency_text = normalize_space(self.agency_text)
        if not self.slug:
            base = slugify_vi(self.name, 180) or "thu-tuc"
            slug, n = base, 1
            while Procedure.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                n += 1
                slug = f"{base}-{n}"
            self.slug = slug
        field_name = self.field.name if self.field_id else ""
        agency_name = self.agency.name if self.agency_id else ""
        self.search_folded = fold(
            " ".join(
                filter(None, [self.code, self.name, field_name, agency_name, self.agency_text])
            )
        )
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {
                *update_fields,
                "code",
                "slug",
                "search_folded",
                "updated_at",
            }
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("procedures:detail", kwargs={"key": self.code})

    @property
    def is_in_force(self) -> bool:
        today = timezone.localdate()
        return not (self.effective_until and self.effective_until <= today)

    @property
    def is_public(self) -> bool:
        return self.published and self.is_in_force

    @property
    def performing_agency(self) -> str:
        if self.agency_id:
            return self.agency.name
        return self.agency_text

    @property
    def is_online(self) -> bool:
        return self.online_level != OnlineLevel.NONE


class ProcedureChannel(Orderable):
    """One way to perform the procedure (trực tiếp, trực tuyến, bưu chính), with its own
    time limit and fee where they differ from the procedure's."""

    procedure = ParentalKey(Procedure, on_delete=models.CASCADE, related_name="channels")
    channel = models.CharField(_("cách thức"), max_length=20, choices=Channel.choices)
    time_limit_days = models.DecimalField(
        _("thời hạn (ngày làm việc)"),
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Để trống nếu như thời hạn chung."),
    )
    fee_amount = models.PositiveBigIntegerField(
        _("phí, lệ phí (đồng)"), null=True, blank=True, help_text=_("Để trống nếu như mức chung.")
    )
    note = models.TextField(_("mô tả"), blank=True)

    panels = [
        FieldRowPanel(
            [FieldPanel("channel"), FieldPanel("time_limit_days"), FieldPanel("fee_amount")]
        ),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("cách thức thực hiện")
        verbose_name_plural = _("cách thức thực hiện")
        constraints = [
            models.UniqueConstraint(fields=["procedure", "channel"], name="procedures_channel_once")
        ]

    def __str__(self):
        return self.get_channel_display()

    @property
    def effective_time_limit(self):
        if self.time_limit_days is not None:
            return self.time_limit_days
        return self.procedure.time_limit_days

    @property
    def effective_fee(self):
        return self.fee_amount if self.fee_amount is not None else self.procedure.fee_amount


class RequiredDocument(Orderable):
    """One item of the dossier (thành phần hồ sơ): what to bring, how many originals
    (bản chính) and copies (bản sao), and the form to fill in, if any."""

    procedure = ParentalKey(Procedure, on_delete=models.CASCADE, related_name="documents")
    name = models.TextField(_("tên giấy tờ"))
    originals = models.PositiveSmallIntegerField(_("số bản chính"), default=1)
    copies = models.PositiveSmallIntegerField(_("số bản sao"), default=0)
    form = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("mẫu đơn, tờ khai"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    required = models.BooleanField(_("bắt buộc"), default=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("originals"), FieldPanel("copies"), FieldPanel("required")]),
        FieldPanel("form"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("thành phần hồ sơ")
        verbose_name_plural = _("thành phần hồ sơ")

    def __str__(self):
        return self.name[:100]
