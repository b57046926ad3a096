"""Governance indices (chỉ số) the province is ranked on, year by year: PAR INDEX, SIPAS,
PAPI, PCI, DDCI, DTI, and any other an administrator adds. Each has a publisher, a scale
and components; each year's result has a score, a rank among provinces, component scores
and the document that published it (linked to the legal library). Writes go through
``services.py`` (admin forms and the Excel import both validate there)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable


class IndexDefinition(ClusterableModel):
    """Định nghĩa chỉ số: what is measured, by whom, on which scale."""

    code = models.SlugField(_("mã chỉ số"), max_length=30, unique=True)
    name = models.CharField(_("tên chỉ số"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=40)
    publisher = models.CharField(_("cơ quan công bố"), max_length=255)
    description = models.TextField(_("mô tả"), blank=True, max_length=4000)
    scale_min = models.DecimalField(_("điểm thấp nhất"), max_digits=8, decimal_places=2, default=0)
    scale_max = models.DecimalField(_("điểm cao nhất"), max_digits=8, decimal_places=2)
    unit = models.CharField(_("đơn vị"), max_length=20, blank=True, help_text=_("Ví dụ: %, điểm."))
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    is_public = models.BooleanField(_("công khai"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("code")]),
        FieldPanel("name"),
        FieldPanel("publisher"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("scale_min"), FieldPanel("scale_max"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("sort_order"), FieldPanel("is_public")]),
        InlinePanel("components", label=_("Chỉ số thành phần")),
    ]

    class Meta:
        ordering = ["sort_order", "short_name"]
        verbose_name = _("chỉ số")
        verbose_name_plural = _("chỉ số")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scale_max__gt=models.F("scale_min")),
                name="indices_definition_scale_ordered",
            )
        ]

    def __str__(self):
        return self.short_name


class IndexComponent(Orderable):
    """Chỉ số thành phần (lĩnh vực, trụ cột): one part of an index."""

    index = ParentalKey(IndexDefinition, on_delete=models.CASCADE, related_name="components")
    code = models.SlugField(_("mã"), max_length=30)
    name = models.CharField(_("tên"), max_length=255)
    max_score = models.DecimalField(
        _("điểm tối đa"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Để trống nếu thành phần dùng cùng thang điểm với chỉ số."),
    )

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("max_score")]

    class Meta(Orderable.Meta):
        verbose_name = _("chỉ số thành phần")
        verbose_name_plural = _("chỉ số thành phần")
        constraints = [
            models.UniqueConstraint(fields=["index", "code"], name="indices_component_code_unique")
        ]

    def __str__(self):
        return f"{self.index.short_name}: {self.name}" if self.index_id else self.name


class IndexResult(ClusterableModel):
    """Kết quả một năm: score, rank among provinces, component scores, source."""

    index = models.ForeignKey(
        IndexDefinition, verbose_name=_("chỉ số"), on_delete=models.CASCADE, related_name="results"
    )
    year = models.PositiveSmallIntegerField(_("năm"))
    score = models.DecimalField(_("điểm"), max_digits=8, decimal_places=2)
    rank = models.PositiveSmallIntegerField(_("xếp hạng"), null=True, blank=True)
    rank_total = models.PositiveSmallIntegerField(
        _("số tỉnh, thành phố được xếp hạng"), null=True, blank=True
    )
    source_document = models.ForeignKey(
        "legal.LegalDocument",
        verbose_name=_("văn bản công bố"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="index_results",
    )
    source_note = models.CharField(_("nguồn (ghi chú)"), max_length=500, blank=True)
    is_sample = models.BooleanField(
        _("số liệu mẫu"),
        default=False,
        help_text=_("Số liệu minh họa của bản trình diễn, không phải kết quả thật."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("index"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("score"), FieldPanel("rank"), FieldPanel("rank_total")]),
        MultiFieldPanel(
            [FieldPanel("source_document"), FieldPanel("source_note"), FieldPanel("is_sample")],
            heading=_("Nguồn"),
        ),
        InlinePanel("component_scores", label=_("Điểm chỉ số thành phần")),
    ]

    class Meta:
        ordering = ["index__sort_order", "-year"]
        verbose_name = _("kết quả chỉ số")
        verbose_name_plural = _("kết quả chỉ số")
        constraints = [
            models.UniqueConstraint(fields=["index", "year"], name="indices_result_one_per_year"),
            models.CheckConstraint(
                condition=models.Q(rank__isnull=True)
                | models.Q(rank_total__isnull=True)
                | models.Q(rank__lte=models.F("rank_total")),
                name="indices_result_rank_within_total",
            ),
        ]

    def __str__(self):
        return f"{self.index} {self.year}" if self.index_id else str(self.year)


class ComponentScore(Orderable):
    result = ParentalKey(IndexResult, on_delete=models.CASCADE, related_name="component_scores")
    component = models.ForeignKey(
        IndexComponent,
        verbose_name=_("chỉ số thành phần"),
        on_delete=models.PROTECT,
        related_name="scores",
    )
    value = models.DecimalField(_("điểm"), max_digits=8, decimal_places=2)

    panels = [FieldPanel("component"), FieldPanel("value")]

    class Meta(Orderable.Meta):
        verbose_name = _("điểm thành phần")
        verbose_name_plural = _("điểm thành phần")
        constraints = [
            models.UniqueConstraint(
                fields=["result", "component"], name="indices_component_score_unique"
            )
        ]

    def __str__(self):
        return f"{self.component_id}: {self.value}"
