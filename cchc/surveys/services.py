"""Writes of the satisfaction survey: questionnaires, invitations, responses.

- ``invitation_create(kind=, case_id=)``: one per case, idempotent; the link goes out
  through the case kind's ``notify`` (for feedback: the notification outbox, sent by the
  task worker after commit). Called by the ``case_resolved`` signal after the case's own
  transaction committed, and by ``manage.py surveys_invite`` to catch up.
- ``response_submit_link`` / ``response_submit_kiosk``: validate every answer against the
  questionnaire, write the response and its answers in one transaction; a link is used
  once (row lock + unique constraint on the case).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cchc.core.audit import record_event
from cchc.core.cleaning import clean_text
from cchc.core.exceptions import CchcError, ValidationError
from cchc.core.text import nfc

from . import formula
from .choices import QuestionKind, Source
from .defaults import DEFAULT_INTRO, DEFAULT_QUESTIONS, DEFAULT_TITLE
from .models import Answer, Invitation, Kiosk, Question, Questionnaire, Response
from .registry import get_case_kind

logger = logging.getLogger("cchc.surveys")

TOKEN_SALT = "cchc.surveys.invitation"  # noqa: S105 (a signing salt, not a secret)
TEXT_MAX = 2000

ERR_LINK_INVALID = gettext_lazy(
    "Đường dẫn đánh giá không đúng. Vui lòng mở lại đúng đường dẫn trong tin nhắn hoặc thư."
)
ERR_LINK_EXPIRED = gettext_lazy("Đường dẫn đánh giá đã hết hạn.")
ERR_LINK_USED = gettext_lazy("Hồ sơ này đã được đánh giá. Cảm ơn ông/bà.")
ERR_SCORE = gettext_lazy("Điểm phải từ 1 đến 5.")
ERR_REQUIRED = gettext_lazy("Vui lòng chọn mức đánh giá cho câu: “%(q)s”.")
ERR_UNKNOWN_QUESTION = gettext_lazy("Câu hỏi không thuộc phiếu khảo sát.")
ERR_EMPTY = gettext_lazy("Vui lòng chọn ít nhất một mức đánh giá.")
ERR_NO_QUESTIONNAIRE = gettext_lazy("Chưa có phiếu khảo sát đang dùng.")


class SurveyLinkError(CchcError):
    """The link cannot be used (bad, expired, already used); ``code`` says which."""


# --- questionnaires --------------------------------------------------------------------


def questionnaire_create_default(*, year: int, actor=None) -> Questionnaire:
    """The default five-element questionnaire for ``year`` (existing one returned as is)."""
    with transaction.atomic():
        existing = Questionnaire.objects.filter(year=year).first()
        if existing is not None:
            return existing
        q = Questionnaire.objects.create(year=year, title=DEFAULT_TITLE, intro=DEFAULT_INTRO)
        Question.objects.bulk_create(
            Question(
                questionnaire=q,
                element=element,
                code=code,
                text=text,
                kind=kind,
                required=required,
                sort_order=i,
            )
            for i, (element, code, text, kind, required) in enumerate(DEFAULT_QUESTIONS)
        )
        record_event("cchc.surveys.questionnaire.create", actor=actor, obj=q, data={"year": year})
    return q


def questionnaire_current(today: dt.date | None = None) -> Questionnaire | None:
    """The active questionnaire of this year, else the latest active one of an earlier
    year, else the latest active one at all."""
    year = (today or timezone.localdate()).year
    active = Questionnaire.objects.filter(is_active=True)
    return (
        active.filter(year__lte=year).order_by("-year").first() or active.order_by("-year").first()
    )


def questionnaire_current_or_default(today: dt.date | None = None) -> Questionnaire:
    q = questionnaire_current(today)
    if q is None:
        q = questionnaire_create_default(year=(today or timezone.localdate()).year)
    return q


# --- tokens ----------------------------------------------------------------------------


def _signer() -> signing.Signer:
    return signing.Signer(salt=TOKEN_SALT, sep=".", algorithm="sha256")


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def token_make() -> tuple[str, str]:
    """A new link token and the hash to store: ``(token, sha256(secret))``."""
    secret = secrets.token_urlsafe(18)
    return _signer().sign(secret), token_hash(secret)


def token_secret(token: str) -> str:
    """The secret part of a link token, or :class:`SurveyLinkError` if tampered with."""
    if not token or len(token) > 200:
        raise SurveyLinkError(ERR_LINK_INVALID, code="invalid")
    try:
        return _signer().unsign(token)
    except signing.BadSignature:
        raise SurveyLinkError(ERR_LINK_INVALID, code="invalid") from None


def invitation_days() -> int:
    return int(getattr(settings, "SURVEYS_INVITATION_DAYS", 30))


def rating_url(token: str) -> str:
    base = str(getattr(settings, "BASE_URL", "") or "").rstrip("/")
    return f"{base}{reverse('surveys:rate', kwargs={'token': token})}"


# --- invitations -----------------------------------------------------------------------


@dataclass(frozen=True)
class NewInvitation:
    invitation: Invitation
    token: str


def invitation_create(*, kind: str, case_id: int, now=None) -> NewInvitation | None:
    """Invite the citizen of one ended case to rate it. ``None`` when the kind is not
    registered, the case is not rateable or has no contact, or it was invited already."""
    entry = get_case_kind(kind)
    if entry is None:
        return None
    info = entry.describe(case_id)
    if info is None or not info.has_contact:
        return None
    now = now or timezone.now()
    token, digest = token_make()
    try:
        with transaction.atomic():
            invitation = Invitation.objects.create(
                kind=kind,
                case_id=case_id,
                case_reference=info.reference[:64],
                token_hash=digest,
                agency_id=info.agency_id,
                procedure=(info.procedure or "")[:200],
                expires_at=now + dt.timedelta(days=invitation_days()),
            )
            url = rating_url(token)
            entry.notify(
                case_id,
                _("Đánh giá sự hài lòng: %(ref)s") % {"ref": info.reference},
                _(
                    "Mời ông/bà đánh giá việc giải quyết %(ref)s (1 phút, không cần đăng nhập, "
                    "dùng được một lần, đến hết ngày %(until)s): %(url)s"
                )
                % {
                    "ref": info.reference,
                    "url": url,
                    "until": timezone.localtime(invitation.expires_at).strftime("%d/%m/%Y"),
                },
            )
            record_event(
                "cchc.surveys.invitation.create",
                obj=invitation,
                data={"kind": kind, "case_id": case_id},
            )
    except IntegrityError:  # invited already (or concurrently)
        return None
    return NewInvitation(invitation, token)


def invite_on_case_resolved(sender, *, kind: str, case_id: int, **kwargs) -> None:
    """``case_resolved`` receiver: never lets a failure reach the case's caller."""
    try:
        invitation_create(kind=kind, case_id=case_id)
    except Exception:
        logger.exception("could not invite %s %s to the survey", kind, case_id)


def invitations_catch_up(*, since: dt.date) -> int:
    """Invite every rateable case of every kind resolved since ``since`` and not invited."""
    created = 0
    for entry in _all_kinds():
        if entry.resolved_ids is None:
            continue
        invited = set(Invitation.objects.filter(kind=entry.kind).values_list("case_id", flat=True))
        for case_id in entry.resolved_ids(since):
            if case_id not in invited and invitation_create(kind=entry.kind, case_id=case_id):
                created += 1
    return created


def _all_kinds():
    from .registry import case_kinds

    return case_kinds()


def invitation_for_token(token: str, *, now=None) -> Invitation:
    """The open invitation behind a link, or :class:`SurveyLinkError` saying why not."""
    secret = token_secret(token)
    invitation = Invitation.objects.filter(token_hash=token_hash(secret)).first()
    if invitation is None:
        raise SurveyLinkError(ERR_LINK_INVALID, code="invalid")
    _check_open(invitation, now or timezone.now())
    return invitation


def _check_open(invitation: Invitation, now) -> None:
    if invitation.used_at is not None:
        raise SurveyLinkError(ERR_LINK_USED, code="used")
    if invitation.expires_at <= now:
        raise SurveyLinkError(ERR_LINK_EXPIRED, code="expired")


# --- responses -------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerInput:
    score: int | None = None
    text: str = ""


def _clean_answers(
    questionnaire: Questionnaire, answers: Mapping[int, AnswerInput]
) -> list[tuple[Question, AnswerInput]]:
    questions = {q.pk: q for q in questionnaire.questions.all()}
    errors = []
    if set(answers) - set(questions):
        raise ValidationError(ERR_UNKNOWN_QUESTION)
    cleaned = []
    for qid, question in questions.items():
        given = answers.get(qid, AnswerInput())
        if question.kind == QuestionKind.SCALE:
            if given.score is not None and not formula.is_valid_score(given.score):
                raise ValidationError(ERR_SCORE)
            if given.score is None and question.required:
                errors.append(str(ERR_REQUIRED % {"q": question.text}))
            if given.score is not None:
                cleaned.append((question, AnswerInput(score=given.score)))
        else:
            text = nfc(clean_text(given.text or "")).strip()[:TEXT_MAX]
            if text:
                cleaned.append((question, AnswerInput(text=text)))
    if errors:
        raise ValidationError(" ".join(errors))
    if not any(a.score is not None for _q, a in cleaned):
        raise ValidationError(ERR_EMPTY)
    return cleaned


def _write_response(
    *,
    questionnaire,
    cleaned,
    source,
    now,
    agency_id,
    procedure="",
    kind="",
    case_id=None,
    invitation=None,
    kiosk=None,
    is_sample=False,
) -> Response:
    response = Response.objects.create(
        questionnaire=questionnaire,
        source=source,
        kind=kind,
        case_id=case_id,
        invitation=invitation,
        kiosk=kiosk,
        agency_id=agency_id,
        procedure=procedure,
        submitted_at=now,
        submitted_on=timezone.localdate(now),
        is_sample=is_sample,
    )
    Answer.objects.bulk_create(
        Answer(response=response, question=q, score=a.score, text=a.text) for q, a in cleaned
    )
    return response


def response_submit_link(
    *, token: str, questionnaire: Questionnaire, answers: Mapping[int, AnswerInput], now=None
) -> Response:
    """The citizen's ratings through their one-time link."""
    now = now or timezone.now()
    secret = token_secret(token)
    cleaned = _clean_answers(questionnaire, answers)
    try:
        with transaction.atomic():
            invitation = (
                Invitation.objects.select_for_update().filter(token_hash=token_hash(secret)).first()
            )
            if invitation is None:
                raise SurveyLinkError(ERR_LINK_INVALID, code="invalid")
            _check_open(invitation, now)
            response = _write_response(
                questionnaire=questionnaire,
                cleaned=cleaned,
                source=Source.LINK,
                now=now,
                agency_id=invitation.agency_id,
                procedure=invitation.procedure,
                kind=invitation.kind,
                case_id=invitation.case_id,
                invitation=invitation,
            )
            invitation.used_at = now
            invitation.save(update_fields=["used_at"])
    except IntegrityError:  # the case was rated through another path meanwhile
        raise SurveyLinkError(ERR_LINK_USED, code="used") from None
    return response


def response_submit_kiosk(
    *, kiosk: Kiosk, questionnaire: Questionnaire, answers: Mapping[int, AnswerInput], now=None
) -> Response:
    """Ratings given on the desk's tablet: anonymous, tied to the desk's agency."""
    if not kiosk.is_active:
        raise SurveyLinkError(ERR_LINK_INVALID, code="invalid")
    now = now or timezone.now()
    cleaned = _clean_answers(questionnaire, answers)
    with transaction.atomic():
        return _write_response(
            questionnaire=questionnaire,
            cleaned=cleaned,
            source=Source.KIOSK,
            now=now,
            agency_id=kiosk.agency_id,
            kiosk=kiosk,
        )


def kiosk_create(*, name: str, agency, actor=None, request=None) -> Kiosk:
    kiosk = Kiosk.objects.create(name=nfc(name).strip()[:200], agency=agency)
    record_event("cchc.surveys.kiosk.create", actor=actor, obj=kiosk, request=request)
    return kiosk
