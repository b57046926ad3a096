"""The initiative contest (cuộc thi "Tìm kiếm sáng kiến cải cách hành chính").

A :class:`Contest` is data an administrator enters in the Wagtail admin: rules, eligibility,
rounds (the submission window, then the preliminary and final scoring rounds, each opening
and closing to the second in Asia/Ho_Chi_Minh), the rubric (:class:`Criterion`), the prizes
and the jury (:class:`JuryMember`). Authors submit an :class:`Entry` (bài dự thi) with its
authors and attachments; jurors give a :class:`Score` per criterion, blind; the ranking is
computed by ``ranking.py`` and goes out only after the chair approves it.

No code but ``services.py`` sets ``Entry.status`` or ``Contest.results_status``.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField

from cchc.core.storage import private_storage

from .choices import Aggregation, ConflictReason, EntryStatus, ResultsStatus, RoundKind

RICH_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class Contest(ClusterableModel):
    """One edition of the contest, with its rules, rounds, rubric, prizes and jury."""

    title = models.CharField(_("tên cuộc thi"), max_length=255)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=80,
        unique=True,
        help_text=_("Chữ không dấu, nối bằng gạch ngang: /cuoc-thi/<đường dẫn>/"),
    )
    organiser = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan tổ chức"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    intro = models.TextField(_("giới thiệu ngắn"), blank=True)
    rules = RichTextField(_("thể lệ"), features=RICH_FEATURES, blank=True)
    eligibility = RichTextField(_("đối tượng dự thi"), features=RICH_FEATURES, blank=True)
    is_visible = models.BooleanField(_("hiển thị công khai"), default=False)
    aggregation = models.CharField(
        _("cách tổng hợp điểm"),
        max_length=20,
        choices=Aggregation.choices,
        default=Aggregation.MEAN,
    )
    trim_fraction = models.DecimalField(
        _("tỷ lệ điểm bỏ mỗi đầu"),
        max_digits=3,
        decimal_places=2,
        default=0.2,
        validators=[MinValueValidator(0), MaxValueValidator(0.49)],
        help_text=_(
            "Với trung bình cắt: số điểm bỏ ở mỗi đầu = phần nguyên của (số giám khảo × tỷ lệ)."
        ),
    )
    max_attachments = models.PositiveSmallIntegerField(_("số tệp đính kèm tối đa"), default=3)
    max_attachment_mb = models.PositiveSmallIntegerField(
        _("dung lượng tối đa mỗi tệp (MB)"), default=10
    )
    results_status = models.CharField(
        _("tình trạng kết quả"),
        max_length=20,
        choices=ResultsStatus.choices,
        default=ResultsStatus.OPEN,
        editable=False,
    )
    ranked_at = models.DateTimeField(_("ngày xếp hạng"), null=True, blank=True, editable=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người phê duyệt"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("ngày phê duyệt"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(_("ngày công bố"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("slug"),
                FieldPanel("organiser"),
                FieldPanel("is_visible"),
                FieldPanel("intro"),
            ],
            heading=_("Cuộc thi"),
        ),
        FieldPanel("rules"),
        FieldPanel("eligibility"),
        InlinePanel("rounds", heading=_("Các vòng"), label=_("vòng")),
        InlinePanel("criteria", heading=_("Tiêu chí chấm điểm"), label=_("tiêu chí")),
        InlinePanel("prizes", heading=_("Giải thưởng"), label=_("giải")),
        MultiFieldPanel(
            [
                FieldPanel("aggregation"),
                FieldPanel("trim_fraction"),
                FieldPanel("max_attachments"),
                FieldPanel("max_attachment_mb"),
            ],
            heading=_("Chấm điểm và tệp đính kèm"),
        ),
    ]

    class Meta:
        verbose_name = _("cuộc thi")
        verbose_name_plural = _("cuộc thi")
        ordering = ["-created_at"]
        permissions = [
            ("manage_contest", _("Thư ký: theo dõi chấm, xét hợp lệ, xếp hạng cuộc thi")),
            ("score_entry", _("Giám khảo: chấm bài dự thi")),
            ("approve_results", _("Chủ tịch Hội đồng: phê duyệt và công bố kết quả")),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("contest:detail", kwargs={"slug": self.slug})

    def round_of(self, kind: str) -> Round | None:
        for r in self.rounds.all():
            if r.kind == kind:
                return r
        return None

    @property
    def submission_round(self) -> Round | None:
        return self.round_of(RoundKind.SUBMISSION)


class Round(models.Model):
    """A period of the contest: the submission window or a scoring round."""

    contest = ParentalKey(Contest, on_delete=models.CASCADE, related_name="rounds")
    kind = models.CharField(_("loại vòng"), max_length=20, choices=RoundKind.choices)
    opens_at = models.DateTimeField(_("mở lúc"))
    closes_at = models.DateTimeField(_("đóng lúc"))
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("opens_at"),
        FieldPanel("closes_at"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("vòng")
        verbose_name_plural = _("các vòng")
        ordering = ["opens_at"]
        constraints = [
            models.UniqueConstraint(fields=["contest", "kind"], name="contest_round_kind_once"),
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="contest_round_closes_after_opening",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}"

    def clean(self):
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Thời điểm đóng phải sau thời điểm mở.")})

    def is_open(self, now) -> bool:
        """Open from ``opens_at`` (included) to ``closes_at`` (excluded), to the second."""
        return self.opens_at <= now < self.closes_at


class Criterion(models.Model):
    """One line of the rubric: weight and maximum points."""

    contest = ParentalKey(Contest, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("tiêu chí"), max_length=255)
    description = models.TextField(_("hướng dẫn chấm"), blank=True)
    weight = models.DecimalField(
        _("trọng số"),
        max_digits=5,
        decimal_places=2,
        default=1,
        validators=[MinValueValidator(0.01)],
    )
    max_points = models.PositiveSmallIntegerField(
        _("điểm tối đa"), default=10, validators=[MinValueValidator(1)]
    )
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("weight"),
        FieldPanel("max_points"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("tiêu chí chấm điểm")
        verbose_name_plural = _("tiêu chí chấm điểm")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name


class Prize(models.Model):
    """A prize given to ``places`` entries, in ranking order (Giải Nhất, Giải Nhì...)."""

    contest = ParentalKey(Contest, on_delete=models.CASCADE, related_name="prizes")
    name = models.CharField(_("tên giải"), max_length=120)
    places = models.PositiveSmallIntegerField(
        _("số giải"), default=1, validators=[MinValueValidator(1)]
    )
    reward = models.CharField(_("cơ cấu giải thưởng"), max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("places"),
        FieldPanel("reward"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("giải thưởng")
        verbose_name_plural = _("giải thưởng")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name


class JuryMember(models.Model):
    """A juror (giám khảo) of one contest; their agency decides automatic conflicts."""

    contest = models.ForeignKey(
        Contest, verbose_name=_("cuộc thi"), on_delete=models.CASCADE, related_name="jury"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        on_delete=models.PROTECT,
        related_name="contest_jury_seats",
    )
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan công tác"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Giám khảo không chấm bài của tác giả cùng cơ quan."),
    )
    display_name = models.CharField(_("họ và tên"), max_length=150, blank=True)

    panels = [
        FieldPanel("contest"),
        FieldPanel("user"),
        FieldPanel("agency"),
        FieldPanel("display_name"),
    ]

    class Meta:
        verbose_name = _("giám khảo")
        verbose_name_plural = _("hội đồng giám khảo")
        constraints = [
            models.UniqueConstraint(fields=["contest", "user"], name="contest_juror_once"),
        ]

    def __str__(self):
        return self.display_name or self.user.get_full_name() or self.user.get_username()


class Entry(models.Model):
    """A contest entry (bài dự thi): one per author account and contest."""

    contest = models.ForeignKey(
        Contest, verbose_name=_("cuộc thi"), on_delete=models.PROTECT, related_name="entries"
    )
    code = models.CharField(_("mã bài dự thi"), max_length=20, unique=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản nộp bài"),
        on_delete=models.PROTECT,
        related_name="contest_entries",
    )
    title = models.CharField(_("tên sáng kiến"), max_length=255)
    summary = models.TextField(_("tóm tắt"), max_length=2000)
    full_text = models.TextField(_("toàn văn"))
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan của tác giả"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    unit = models.CharField(_("đơn vị công tác"), max_length=255, blank=True)
    contact_email = models.EmailField(_("thư điện tử liên hệ"))
    contact_phone = models.CharField(_("số điện thoại liên hệ"), max_length=20, blank=True)
    consent_publish = models.BooleanField(_("đồng ý công bố toàn văn nếu đạt giải"), default=False)
    status = models.CharField(
        _("trạng thái"),
        max_length=20,
        choices=EntryStatus.choices,
        default=EntryStatus.SUBMITTED,
        db_index=True,
    )
    status_note = models.CharField(_("lý do"), max_length=500, blank=True)
    submitted_at = models.DateTimeField(_("nộp lúc"))
    updated_at = models.DateTimeField(_("sửa lần cuối"))
    final_score = models.DecimalField(
        _("điểm chung cuộc"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    rank = models.PositiveIntegerField(_("xếp hạng"), null=True, blank=True)
    tie_break = models.CharField(_("phân định đồng điểm theo"), max_length=20, blank=True)
    prize = models.ForeignKey(
        Prize,
        verbose_name=_("giải"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="entries",
    )

    class Meta:
        verbose_name = _("bài dự thi")
        verbose_name_plural = _("bài dự thi")
        ordering = ["contest", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["contest", "owner"], name="contest_one_entry_per_owner"
            ),
        ]

    def __str__(self):
        return f"{self.code}: {self.title}"


class EntryAuthor(models.Model):
    """An author of an entry (one, or a team); the first is the lead author."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="authors")
    full_name = models.CharField(_("họ và tên"), max_length=150)
    position = models.CharField(_("chức vụ"), max_length=150, blank=True)
    unit = models.CharField(_("cơ quan, đơn vị"), max_length=255, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("số điện thoại"), max_length=20, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("tác giả")
        verbose_name_plural = _("tác giả")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.full_name


def _attachment_path(instance, filename):
    return f"contest/{instance.entry.contest_id}/{instance.entry.code}/{filename}"


class EntryAttachment(models.Model):
    """A checked file of an entry (private storage; jurors get a neutral, stripped copy)."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=private_storage, upload_to=_attachment_path, max_length=300)
    original_name = models.CharField(_("tên tệp"), max_length=255)
    mime = models.CharField(max_length=100)
    size = models.PositiveIntegerField(default=0)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name

    @property
    def extension(self) -> str:
        return {
            "application/pdf": "pdf",
            "image/jpeg": "jpg",
            "image/png": "png",
            "image/webp": "webp",
        }.get(self.mime, (self.file.name or "").rsplit(".", 1)[-1].lower())


class Conflict(models.Model):
    """A declared conflict of interest: the juror never sees nor scores the entry.

    Same-agency conflicts are not stored: they follow from ``JuryMember.agency`` and
    ``Entry.agency`` at every read (``selectors.excluded``)."""

    juror = models.ForeignKey(JuryMember, on_delete=models.CASCADE, related_name="conflicts")
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="conflicts")
    reason = models.CharField(
        max_length=20, choices=ConflictReason.choices, default=ConflictReason.DECLARED
    )
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("xung đột lợi ích")
        verbose_name_plural = _("xung đột lợi ích")
        constraints = [
            models.UniqueConstraint(fields=["juror", "entry"], name="contest_conflict_once"),
        ]

    def __str__(self):
        return f"{self.juror} × {self.entry.code}"


class Score(models.Model):
    """A juror's points on one criterion of one entry, in one scoring round."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="scores")
    juror = models.ForeignKey(JuryMember, on_delete=models.PROTECT, related_name="scores")
    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="scores")
    points = models.DecimalField(_("điểm"), max_digits=5, decimal_places=2)
    comment = models.TextField(_("nhận xét"), blank=True, max_length=2000)
    updated_at = models.DateTimeField()

    class Meta:
        verbose_name = _("điểm")
        verbose_name_plural = _("điểm")
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "juror", "round", "criterion"], name="contest_score_once"
            ),
        ]

    def __str__(self):
        return f"{self.entry.code} {self.criterion}: {self.points}"


class EntryEvent(models.Model):
    """The history of an entry: every submission, edit and status change."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=40)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.CharField(max_length=500, blank=True)
    at = models.DateTimeField()

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.entry_id} {self.action}"

    @property
    def label(self):
        from .workflow import event_label

        return event_label(self.action)

    @property
    def to_status_label(self):
        return EntryStatus(self.to_status).label if self.to_status else ""
