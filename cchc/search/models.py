"""The site search index: one ``SearchEntry`` per indexed object, plus a word list.

The inverted index itself is not a Django model: it lives in a backend-native table
created by migration 0002 (SQLite: an FTS5 table ``sitesearch_fts``; PostgreSQL: a
``tsvector`` table ``sitesearch_tsv`` with a GIN index), keyed by ``SearchEntry.sort_key``.
See docs/search.md.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

# Snippets and re-analysis work on at most this much body text per entry.
BODY_MAX_CHARS = 20_000
SORT_KEY_FACTOR = 1_000_000_000  # sort_key = date ordinal × factor + id


class SearchEntry(models.Model):
    """One indexed object (article, legal document, procedure, feedback answer...)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    kind = models.CharField(_("loại"), max_length=32, db_index=True)
    title = models.CharField(_("tiêu đề"), max_length=500)
    url = models.CharField(_("đường dẫn"), max_length=500)
    date = models.DateField(_("ngày"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True, db_index=True)
    body = models.TextField(_("nội dung (trích)"), blank=True)
    keys = models.CharField(_("số, ký hiệu"), max_length=500, blank=True)
    facets = models.JSONField(_("thuộc tính lọc"), default=dict, blank=True)
    # Newer first: date ordinal × 10⁹ + id. The native index is keyed by it, so
    # "ORDER BY key DESC" walks matches newest first.
    sort_key = models.BigIntegerField(unique=True, null=True, blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("mục chỉ mục tìm kiếm")
        verbose_name_plural = _("chỉ mục tìm kiếm")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="sitesearch_entry_object_uniq"
            )
        ]
        indexes = [
            # Covering index: type facets (kinds of sampled matches) and the estimate
            # histogram are read without touching the (large) entry rows.
            models.Index(fields=["sort_key", "kind", "year"], name="sitesearch_sortkey_kind"),
        ]

    def __str__(self):
        return f"{self.kind}: {self.title}"


class SearchWord(models.Model):
    """Folded title syllables with document counts: "did you mean" and autocomplete."""

    word = models.CharField(max_length=64, primary_key=True)
    df = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("từ chỉ mục")
        verbose_name_plural = _("từ chỉ mục")

    def __str__(self):
        return self.word


class SearchAbbreviation(models.Model):
    """An abbreviation or synonym written out at query time ("nđ" → "nghị định",
    "bhxh" → "bảo hiểm xã hội"). Editable in the admin (Tìm kiếm › Chữ viết tắt)."""

    short = models.CharField(
        _("chữ viết tắt"),
        max_length=30,
        unique=True,
        help_text=_("Một từ, như người dùng gõ: NĐ, BHXH, CCCD. Không phân biệt hoa thường, dấu."),
    )
    expansion = models.CharField(
        _("viết đầy đủ"), max_length=120, help_text=_("Ví dụ: nghị định, bảo hiểm xã hội.")
    )
    note = models.CharField(_("ghi chú"), max_length=200, blank=True)
    is_active = models.BooleanField(_("đang dùng"), default=True)

    panels = [
        FieldPanel("short"),
        FieldPanel("expansion"),
        FieldPanel("note"),
        FieldPanel("is_active"),
    ]

    class Meta:
        verbose_name = _("chữ viết tắt")
        verbose_name_plural = _("chữ viết tắt")
        ordering = ["short"]

    def __str__(self):
        return f"{self.short} → {self.expansion}"
