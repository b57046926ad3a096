"""Invitations, tokens and responses: real database, real services."""

import datetime as dt

import pytest
from django.utils import timezone

from cchc.core.audit import AuditEvent
from cchc.core.exceptions import ValidationError
from cchc.feedback.models import Notification
from cchc.surveys import services
from cchc.surveys.models import Invitation, Kiosk, Response
from cchc.surveys.registry import CaseInfo, register_case_kind, unregister_case_kind
from cchc.surveys.services import AnswerInput, SurveyLinkError


def _scores(questionnaire, value=5):
    return {q.pk: AnswerInput(score=value) for q in questionnaire.questions.filter(kind="scale")}


def test_default_questionnaire_has_the_five_elements(questionnaire):
    elements = set(questionnaire.questions.values_list("element", flat=True))
    assert {"access", "procedure", "officer", "result", "feedback"} <= elements
    again = services.questionnaire_create_default(year=2026)
    assert again.pk == questionnaire.pk  # idempotent per year


def test_answering_a_feedback_invites_the_citizen_once_after_commit(answered, questionnaire):
    """The answer commits, then one invitation is created and its link queued by e-mail
    and SMS through the feedback outbox (notifications sent by the task worker)."""
    fb = answered()
    invitation = Invitation.objects.get(kind="feedback", case_id=fb.pk)
    assert invitation.case_reference == fb.code
    assert invitation.agency_id == fb.answering_agency_id
    bodies = list(
        Notification.objects.filter(feedback=fb, body__contains="/danh-gia/").values_list(
            "channel", flat=True
        )
    )
    assert sorted(bodies) == ["email", "sms"]
    assert services.invitation_create(kind="feedback", case_id=fb.pk) is None  # once
    assert Invitation.objects.filter(kind="feedback", case_id=fb.pk).count() == 1


def test_nothing_is_invited_before_the_answer_commits(make_feedback, flow, questionnaire):
    """Inside the transaction (no commit), no invitation exists: the signal waits for it."""
    fb = flow(make_feedback(), "answered")
    assert not Invitation.objects.filter(case_id=fb.pk).exists()
    # the catch-up command finds it
    assert services.invitations_catch_up(since=timezone.localdate() - dt.timedelta(days=1)) == 1


def test_a_case_without_contact_gets_no_invitation(make_feedback, flow, questionnaire):
    fb = flow(make_feedback(), "answered")
    type(fb).objects.filter(pk=fb.pk).update(submitter_email="", submitter_phone="")
    assert services.invitation_create(kind="feedback", case_id=fb.pk) is None


def test_unanswered_case_is_not_rateable(make_feedback, questionnaire):
    fb = make_feedback()
    assert services.invitation_create(kind="feedback", case_id=fb.pk) is None


def test_token_is_signed_and_only_its_hash_is_stored(answered, questionnaire):
    fb = answered()
    created = services.invitation_create(kind="feedback", case_id=fb.pk)
    assert created is None
    Invitation.objects.all().delete()
    created = services.invitation_create(kind="feedback", case_id=fb.pk)
    token = created.token
    secret = services.token_secret(token)
    assert created.invitation.token_hash == services.token_hash(secret)
    assert secret not in created.invitation.token_hash
    assert not Invitation.objects.filter(token_hash__contains=secret).exists()
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    with pytest.raises(SurveyLinkError) as err:
        services.invitation_for_token(tampered)
    assert err.value.code == "invalid"
    # a validly signed secret that was never issued
    forged = services._signer().sign("not-issued")
    with pytest.raises(SurveyLinkError):
        services.invitation_for_token(forged)


def _fresh_invitation(fb):
    Invitation.objects.filter(case_id=fb.pk).delete()
    return services.invitation_create(kind="feedback", case_id=fb.pk)


def test_one_response_per_case_and_link_used_once(answered, questionnaire):
    fb = answered()
    created = _fresh_invitation(fb)
    response = services.response_submit_link(
        token=created.token, questionnaire=questionnaire, answers=_scores(questionnaire, 4)
    )
    assert response.kind == "feedback" and response.case_id == fb.pk
    assert response.agency_id == fb.answering_agency_id
    assert response.answers.count() == questionnaire.questions.filter(kind="scale").count()
    with pytest.raises(SurveyLinkError) as err:
        services.response_submit_link(
            token=created.token, questionnaire=questionnaire, answers=_scores(questionnaire)
        )
    assert err.value.code == "used"
    assert Response.objects.filter(case_id=fb.pk).count() == 1


def test_expired_link_is_refused(answered, questionnaire):
    fb = answered()
    created = _fresh_invitation(fb)
    later = timezone.now() + dt.timedelta(days=services.invitation_days() + 1)
    with pytest.raises(SurveyLinkError) as err:
        services.response_submit_link(
            token=created.token,
            questionnaire=questionnaire,
            answers=_scores(questionnaire),
            now=later,
        )
    assert err.value.code == "expired"
    assert not Response.objects.exists()


@pytest.mark.parametrize("bad", [0, 6, 99])
def test_score_outside_the_scale_is_refused_and_nothing_written(answered, questionnaire, bad):
    fb = answered()
    created = _fresh_invitation(fb)
    answers = _scores(questionnaire)
    answers[next(iter(answers))] = AnswerInput(score=bad)
    with pytest.raises(ValidationError):
        services.response_submit_link(
            token=created.token, questionnaire=questionnaire, answers=answers
        )
    assert not Response.objects.exists()
    created.invitation.refresh_from_db()
    assert created.invitation.used_at is None  # the link still works


def test_required_question_and_unknown_question(answered, questionnaire):
    fb = answered()
    created = _fresh_invitation(fb)
    required = questionnaire.questions.filter(required=True, kind="scale").first()
    answers = _scores(questionnaire)
    answers[required.pk] = AnswerInput(score=None)
    with pytest.raises(ValidationError, match=required.text):
        services.response_submit_link(
            token=created.token, questionnaire=questionnaire, answers=answers
        )
    with pytest.raises(ValidationError):
        services.response_submit_link(
            token=created.token,
            questionnaire=questionnaire,
            answers={**_scores(questionnaire), 999999: AnswerInput(score=3)},
        )


def test_kiosk_response_is_tied_to_the_desk_agency(questionnaire, agencies):
    kiosk = services.kiosk_create(name="Quầy 1", agency=agencies["a"])
    response = services.response_submit_kiosk(
        kiosk=kiosk, questionnaire=questionnaire, answers=_scores(questionnaire, 2)
    )
    assert response.source == "kiosk" and response.agency_id == agencies["a"].pk
    assert response.case_id is None
    assert AuditEvent.objects.filter(action="cchc.surveys.kiosk.create").exists()
    Kiosk.objects.filter(pk=kiosk.pk).update(is_active=False)
    kiosk.refresh_from_db()
    with pytest.raises(SurveyLinkError):
        services.response_submit_kiosk(
            kiosk=kiosk, questionnaire=questionnaire, answers=_scores(questionnaire)
        )


def test_another_case_kind_plugs_in_through_the_registry(questionnaire, agencies):
    """What the dossiers app will do: register, then the same invitation path works."""
    sent = []
    register_case_kind(
        "dossier",
        label="Hồ sơ",
        describe=lambda pk: CaseInfo(
            reference=f"HS-{pk}", agency_id=agencies["b"].pk, procedure="1.00123"
        ),
        notify=lambda pk, subject, body: sent.append((pk, subject, body)),
    )
    try:
        created = services.invitation_create(kind="dossier", case_id=41)
        assert created.invitation.procedure == "1.00123"
        assert sent and "/danh-gia/" in sent[0][2]
        response = services.response_submit_link(
            token=created.token, questionnaire=questionnaire, answers=_scores(questionnaire)
        )
        assert (response.kind, response.case_id, response.agency_id) == (
            "dossier",
            41,
            agencies["b"].pk,
        )
    finally:
        unregister_case_kind("dossier")
    assert services.invitation_create(kind="dossier", case_id=42) is None
