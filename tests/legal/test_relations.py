"""Relations read from sentences: proposed on publish, confirmed or rejected by a librarian
(services, audit, permissions, admin queue); a confirmed repeal/replacement ends validity."""

import datetime as dt

import pytest
from django.contrib.auth.models import User

from cchc.core.exceptions import PermissionDeniedError, ValidationError
from cchc.core.models import AuditEvent
from cchc.legal import relation_services
from cchc.legal.choices import RelationState, RelationType, Status
from cchc.legal.citations import Citation as Ref
from cchc.legal.citations import Pinpoint
from cchc.legal.models import DocumentRelation, LegalDocument

QUEUE = "/quan-tri/thu-vien-van-ban/quan-he/"

BODY = (
    "<p>Ngày 10/3/2023, UBND tỉnh ban hành Quyết định số 20/2023/QĐ-UBND ngày 10/3/2023 "
    "của UBND tỉnh về quy chế tiếp nhận hồ sơ, thay thế Quyết định số 10/2019/QĐ-UBND "
    "ngày 05/4/2019 của UBND tỉnh.</p>"
    "<p>Kế hoạch số 15/KH-UBND ngày 21/01/2021 của UBND tỉnh được nhắc lại.</p>"
)


def doc(key, **fields):
    document = LegalDocument(key=key, **fields)
    document.full_clean()
    document.save()
    return document


def test_publishing_proposes_the_relation_the_sentence_states(make_article, relation_reading):
    """ "Quyết định số 20/2023 … thay thế Quyết định số 10/2019": a proposal 20/2023
    replaces 10/2019, with the sentence and the article; not shown publicly yet."""
    article = make_article(body=BODY)
    relation = DocumentRelation.objects.get()
    assert (relation.source.key, relation.relation_type, relation.target.key) == (
        "20/2023/QĐ-UBND",
        RelationType.REPLACES,
        "10/2019/QĐ-UBND",
    )
    assert relation.state == RelationState.PROPOSED
    assert relation.origin_page_id == article.pk
    assert "thay thế Quyết định số 10/2019/QĐ-UBND" in relation.origin_text
    assert relation.target.status == Status.UNKNOWN
    assert AuditEvent.objects.filter(action="cchc.legal.relation.propose").count() == 1
    sync = AuditEvent.objects.filter(action="cchc.legal.citations.sync").latest("id")
    assert sync.data["relations_proposed"] == 1


def test_proposal_is_not_public_until_confirmed(client, make_article, relation_reading, librarian):
    """The target's page shows "Bị thay thế bởi" and "Hết hiệu lực" with the date only after
    a librarian confirms."""
    make_article(body=BODY)
    relation = DocumentRelation.objects.get()
    url = relation.target.get_absolute_url()
    assert "Bị thay thế bởi" not in client.get(url).content.decode()
    relation_services.relation_confirm(relation=relation, actor=librarian)
    html = client.get(url).content.decode()
    assert "Bị thay thế bởi" in html and "20/2023/QĐ-UBND" in html
    assert "Hết hiệu lực" in html and "10-03-2023" in html


def test_confirm_ends_validity_from_the_source_effective_date(librarian):
    """Confirming "replaces" sets the target "Hết hiệu lực" from the source's effective date
    (issue date when unknown), audited twice: the confirmation and the status change."""
    old = doc("10/2019/QĐ-UBND", status=Status.IN_FORCE)
    new = doc("20/2023/QĐ-UBND", issued=dt.date(2023, 3, 10), effective=dt.date(2023, 4, 1))
    relation = DocumentRelation.objects.create(
        source=new, target=old, relation_type=RelationType.REPLACES, state=RelationState.PROPOSED
    )
    relation_services.relation_confirm(relation=relation, actor=librarian)
    old.refresh_from_db()
    relation.refresh_from_db()
    assert old.status == Status.EXPIRED and old.expired_on == dt.date(2023, 4, 1)
    assert relation.state == RelationState.CONFIRMED and relation.decided_by == librarian
    change = AuditEvent.objects.get(action="cchc.legal.document.status_change")
    assert change.data == {
        "from": Status.IN_FORCE,
        "to": Status.EXPIRED,
        "on": "2023-04-01",
        "relation_id": relation.pk,
    }
    assert AuditEvent.objects.filter(action="cchc.legal.relation.confirm", actor=librarian).exists()


def test_amendment_does_not_change_validity(librarian):
    """ "Sửa đổi, bổ sung" is confirmed without touching the target's status."""
    old = doc("10/2019/QĐ-UBND", status=Status.IN_FORCE)
    new = doc("20/2023/QĐ-UBND", issued=dt.date(2023, 3, 10))
    relation = DocumentRelation.objects.create(
        source=new, target=old, relation_type=RelationType.AMENDS, state=RelationState.PROPOSED
    )
    relation_services.relation_confirm(relation=relation, actor=librarian)
    old.refresh_from_db()
    assert old.status == Status.IN_FORCE and old.expired_on is None


def test_repeal_of_an_article_is_partial(librarian):
    """Citations built directly (relation "repeals", pinpoint "Điều 5"): the proposal keeps
    the pinpoint and confirming it gives "Hết hiệu lực một phần"; a later whole repeal gives
    "Hết hiệu lực", and a partial one never downgrades it again."""
    old = doc("10/2019/QĐ-UBND", status=Status.IN_FORCE)
    new = doc("20/2023/QĐ-UBND", issued=dt.date(2023, 3, 10))
    text = "Quyết định này bãi bỏ Điều 5 Quyết định số 10/2019/QĐ-UBND."
    start = text.index("Điều 5")
    ref = Ref(
        span=(start, len(text) - 1),
        text=text[start:-1],
        doc_type="Quyết định",
        number="10",
        year=2019,
        symbol="QĐ-UBND",
        key="10/2019/QĐ-UBND",
        kind="normative",
        pinpoint=Pinpoint(article="5", text="Điều 5"),
        relation="repeals",
    )
    [relation] = relation_services.relations_propose_from_text(
        text=text, citations=[ref], documents=[old], source=new
    )
    assert relation.relation_type == RelationType.REPEALS and relation.pinpoint == "Điều 5"
    relation_services.relation_confirm(relation=relation, actor=librarian)
    old.refresh_from_db()
    assert old.status == Status.PARTLY_EXPIRED and old.expired_on == dt.date(2023, 3, 10)
    relation_services.legal_document_validity_end(
        document=old, partial=False, on=dt.date(2024, 1, 1), actor=librarian
    )
    relation_services.legal_document_validity_end(
        document=old, partial=True, on=dt.date(2025, 1, 1), actor=librarian
    )
    old.refresh_from_db()
    assert old.status == Status.EXPIRED and old.expired_on == dt.date(2024, 1, 1)


def test_unknown_relation_words_and_self_references_propose_nothing(librarian):
    """A relation the model does not know, or a document citing itself, is skipped."""
    new = doc("20/2023/QĐ-UBND")
    ref = Ref((0, 15), "20/2023/QĐ-UBND", None, "20", 2023, "QĐ-UBND", "20/2023/QĐ-UBND",
              "normative", relation="replaces")  # fmt: skip
    odd = Ref((0, 15), "20/2023/QĐ-UBND", None, "20", 2023, "QĐ-UBND", "20/2023/QĐ-UBND",
              "normative", relation="mentions")  # fmt: skip
    assert (
        relation_services.relations_propose_from_text(
            text="20/2023/QĐ-UBND", citations=[ref], documents=[new], source=new
        )
        == []
    )
    other = doc("10/2019/QĐ-UBND")
    assert (
        relation_services.relations_propose_from_text(
            text="20/2023/QĐ-UBND", citations=[odd], documents=[other], source=new
        )
        == []
    )


def test_rejected_proposal_is_not_proposed_again(make_article, relation_reading, librarian):
    """Rejecting keeps the row (rejected); republishing the article proposes nothing new."""
    article = make_article(body=BODY)
    relation = DocumentRelation.objects.get()
    relation_services.relation_reject(relation=relation, actor=librarian)
    article.save_revision().publish()
    relation.refresh_from_db()
    assert relation.state == RelationState.REJECTED
    assert DocumentRelation.objects.count() == 1
    assert relation.target.status == Status.UNKNOWN
    assert AuditEvent.objects.filter(action="cchc.legal.relation.reject").exists()


def test_only_librarians_decide_and_only_once(make_article, relation_reading, librarian):
    """A non-librarian is refused; a decided relation cannot be decided again."""
    make_article(body=BODY)
    relation = DocumentRelation.objects.get()
    editor = User.objects.create_user("bientap", password="x")
    with pytest.raises(PermissionDeniedError):
        relation_services.relation_confirm(relation=relation, actor=editor)
    relation_services.relation_confirm(relation=relation, actor=librarian)
    with pytest.raises(ValidationError):
        relation_services.relation_reject(relation=relation, actor=librarian)


def test_admin_queue_confirms_and_rejects(client, make_article, relation_reading, librarian):
    """The queue lists proposals with the sentence; one click confirms or rejects;
    outsiders get no access."""
    make_article(body=BODY)
    other = doc("30/2024/QĐ-UBND")
    second = DocumentRelation.objects.create(
        source=other,
        target=LegalDocument.objects.get(key="20/2023/QĐ-UBND"),
        relation_type=RelationType.AMENDS,
        state=RelationState.PROPOSED,
    )
    outsider = User.objects.create_user("ngoai", password="x")
    client.force_login(outsider)
    assert client.get(QUEUE).status_code == 302
    client.force_login(librarian)
    html = client.get(QUEUE).content.decode()
    assert "thay thế Quyết định số 10/2019/QĐ-UBND" in html and "30/2024/QĐ-UBND" in html
    first = DocumentRelation.objects.exclude(pk=second.pk).get()
    assert client.post(QUEUE, {"relation": first.pk, "action": "confirm"}).status_code == 302
    assert client.post(QUEUE, {"relation": second.pk, "action": "reject"}).status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (RelationState.CONFIRMED, RelationState.REJECTED)
    assert LegalDocument.objects.get(key="10/2019/QĐ-UBND").status == Status.EXPIRED
    assert "Không có quan hệ chờ xác nhận" in client.get(QUEUE).content.decode()


def test_real_extractor_relation_is_proposed(make_article):
    """End to end with the real extractor: "thay thế Quyết định số …" proposes "replaces"."""
    make_article(body=BODY)
    relation = DocumentRelation.objects.get()
    assert relation.relation_type == RelationType.REPLACES
    assert relation.target.key == "10/2019/QĐ-UBND"


def test_passive_sentence_proposes_the_named_doer(make_article):
    """ "A …, được sửa đổi, bổ sung bởi B": B amends A (the extractor's relation_by), whatever
    order the references come in."""
    make_article(
        body="<p>Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ quy định về tổ "
        "chức, hoạt động và quản lý hội, được sửa đổi, bổ sung bởi Nghị định số 33/2012/NĐ-CP "
        "ngày 13/4/2012 của Chính phủ;</p>"
    )
    relation = DocumentRelation.objects.get()
    assert (relation.source.key, relation.relation_type, relation.target.key) == (
        "33/2012/NĐ-CP",
        RelationType.AMENDS,
        "45/2010/NĐ-CP",
    )
    assert relation.state == RelationState.PROPOSED


def test_ambiguous_doer_proposes_nothing(make_article):
    """The doer "15/KH-UBND" without a year matches two plans: no guess, no proposal."""
    doc("15/KH-UBND", issued=dt.date(2021, 1, 5), issuer_name="UBND tỉnh")
    doc("15/KH-UBND", issued=dt.date(2022, 1, 5), issuer_name="UBND tỉnh")
    make_article(
        body="<p>Kế hoạch số 15/KH-UBND của UBND tỉnh triển khai Nghị quyết số 05-NQ/TU "
        "ngày 3/5/2021 của Tỉnh ủy.</p>"
    )
    assert not DocumentRelation.objects.exists()


def test_article_sentence_about_the_citing_text_proposes_nothing(make_article):
    """In an article "Thay thế Quyết định số X" has no document as its doer."""
    make_article(body="<p>Thay thế Quyết định số 10/2019/QĐ-UBND ngày 05/4/2019.</p>")
    assert not DocumentRelation.objects.exists()
