"""Public catalogue through the real HTTP client: list filters, diacritics-insensitive
text filter, pagination, detail sections, legal links, redirects, and the site search."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from cchc.procedures import services
from cchc.procedures.choices import Level, OnlineLevel

pytestmark = pytest.mark.django_db


def get(client, url, params=None, status=200):
    response = client.get(url, params or {})
    assert response.status_code == status, response.status_code
    return response.content.decode()


def test_list_shows_public_procedures_only(client, khai_sinh, make_procedure):
    make_procedure("Thủ tục nháp", published=False)
    make_procedure("Thủ tục hết hiệu lực", effective_until=dt.date(2020, 1, 1))
    make_procedure(
        "Thủ tục sắp có hiệu lực", effective_from=timezone.localdate() + dt.timedelta(days=5)
    )
    html = get(client, "/thu-tuc-hanh-chinh/")
    assert "Đăng ký khai sinh" in html and khai_sinh.get_absolute_url() in html
    assert "Thủ tục nháp" not in html
    assert "Thủ tục hết hiệu lực" not in html
    assert "Thủ tục sắp có hiệu lực" in html  # announced before it applies
    assert "<h1>Thủ tục hành chính</h1>" in html


@pytest.mark.parametrize("q", ["khai sinh", "KHAI SINH", "khai sính", "dang ky khai", "1.001193"])
def test_text_filter_ignores_case_and_diacritics(client, khai_sinh, make_procedure, q):
    make_procedure("Đăng ký kết hôn")
    html = get(client, "/thu-tuc-hanh-chinh/", {"q": q})
    assert "Đăng ký khai sinh" in html
    assert "Đăng ký kết hôn" not in html


def test_filters_by_field_agency_level_and_online_level(
    client, khai_sinh, make_procedure, chung_thuc, agencies
):
    other = make_procedure(
        "Chứng thực bản sao",
        field=chung_thuc,
        level=Level.PROVINCE,
        agency=agencies["stp"],
        online_level=OnlineLevel.PARTIAL,
    )
    cases = [
        ({"linh_vuc": "chung-thuc"}, other),
        ({"co_quan": agencies["p1"].pk}, khai_sinh),
        ({"cap": "province"}, other),
        ({"truc_tuyen": "full"}, khai_sinh),
    ]
    for params, expected in cases:
        html = get(client, "/thu-tuc-hanh-chinh/", params)
        shown = {p.name for p in (khai_sinh, other) if p.get_absolute_url() in html}
        assert shown == {expected.name}, params
    # bad values are ignored, never errors
    html = get(client, "/thu-tuc-hanh-chinh/", {"cap": "x", "co_quan": "abc", "linh_vuc": "<b>"})
    assert "Đăng ký khai sinh" in html and "Chứng thực bản sao" in html
    # the filter form offers only what has public procedures
    assert '<option value="chung-thuc"' in html and f'value="{agencies["stp"].pk}"' in html


def test_pagination_keeps_filters(client, make_procedure):
    for i in range(23):
        make_procedure(f"Thủ tục hộ tịch {i:02d}")
    html = get(client, "/thu-tuc-hanh-chinh/", {"q": "ho tich"})
    assert "23 thủ tục" in html
    assert 'href="?q=ho+tich&amp;trang=2"' in html
    page2 = get(client, "/thu-tuc-hanh-chinh/", {"q": "ho tich", "trang": 2})
    assert page2.count('class="proc-list__item"') == 3
    get(client, "/thu-tuc-hanh-chinh/", {"trang": 99})  # out of range → first page


def test_list_query_count_does_not_grow_with_rows(client, make_procedure):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        # warm per-process caches (settings, menu); the first request may create the site's
        # settings row, which itself starts a new content generation: warm twice
        get(client, "/thu-tuc-hanh-chinh/")
        get(client, "/thu-tuc-hanh-chinh/")
        with CaptureQueriesContext(connection) as ctx:
            get(client, "/thu-tuc-hanh-chinh/")
        return len(ctx.captured_queries)

    make_procedure("Thủ tục 0")
    one = count()
    for i in range(1, 15):
        make_procedure(f"Thủ tục {i}")
    assert count() == one


def test_detail_has_every_section(client, khai_sinh, nghi_dinh):
    html = get(client, khai_sinh.get_absolute_url())
    for text in [
        "<h1>Đăng ký khai sinh</h1>",
        "1.001193.000.00.00.H38",
        "Hộ tịch",
        "Cấp xã",
        "Ủy ban nhân dân phường Một",
        "Toàn trình",
        "Trình tự thực hiện",
        "Bước 2: nhận kết quả.",
        "Cách thức thực hiện",
        "Trực tiếp",
        "Trực tuyến",
        "Thành phần hồ sơ",
        "Giấy chứng sinh",
        "1 bản chính",
        "Trong ngày",
        "Không thu phí, lệ phí",
        "Kết quả thực hiện",
        "Giấy khai sinh.",
        "Căn cứ pháp lý",
        "Luật Hộ tịch số 60/2014/QH13",
    ]:
        assert text in html, text
    # the reference the library knows is linked to /van-ban/; the unknown one stays text
    assert re.search(r'<a href="/van-ban/[^"]+" class="legal-ref">[^<]*123/2015/NĐ-CP</a>', html)
    assert 'class="legal-ref">Luật' not in html
    assert f'href="{khai_sinh.agency.get_absolute_url()}"' in html


def test_detail_links_form_files_and_chosen_documents(client, khai_sinh, nghi_dinh):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    form = Document.objects.create(
        title="Mẫu tờ khai", file=ContentFile(b"%PDF-1.4", name="to-khai.pdf")
    )
    doc = khai_sinh.documents.first()
    doc.form = form
    doc.save()
    khai_sinh.legal_basis_text = ""
    khai_sinh.legal_documents = [nghi_dinh]
    services.procedure_save(procedure=khai_sinh)
    html = get(client, khai_sinh.get_absolute_url())
    assert f'href="{form.url}" download' in html and "(PDF)" in html
    assert f'href="{nghi_dinh.get_absolute_url()}"' in html


def test_detail_redirects_slug_and_lower_case_code_and_hides_drafts(
    client, khai_sinh, make_procedure
):
    r = client.get("/thu-tuc-hanh-chinh/dang-ky-khai-sinh/")
    assert r.status_code == 301 and r["Location"] == khai_sinh.get_absolute_url()
    r = client.get("/thu-tuc-hanh-chinh/1.001193.000.00.00.h38/")
    assert r.status_code == 301 and r["Location"] == khai_sinh.get_absolute_url()
    draft = make_procedure("Nháp", published=False)
    get(client, draft.get_absolute_url(), status=404)
    get(client, "/thu-tuc-hanh-chinh/khong-co/", status=404)


def test_english_labels(client, khai_sinh):
    client.cookies["django_language"] = "en"
    html = get(client, khai_sinh.get_absolute_url())
    assert "Procedure code" in html and "Dossier components" in html


def _search(client, q):
    return get(client, "/tim-kiem/", {"q": q})


def test_site_search_follows_save_unpublish_and_delete(client, home_page, khai_sinh):
    url = khai_sinh.get_absolute_url()
    assert url in _search(client, "khai sinh")
    assert url in _search(client, "đăng ký khai sinh")
    services.procedure_set_published(procedure=khai_sinh, published=False)
    assert url not in _search(client, "khai sinh")
    services.procedure_set_published(procedure=khai_sinh, published=True)
    assert url in _search(client, "dang ky khai sinh")
    khai_sinh.name = "Đăng ký khai sinh cho trẻ em"
    services.procedure_save(procedure=khai_sinh)
    assert url in _search(client, "tre em")
    services.procedure_delete(procedure=khai_sinh)
    assert url not in _search(client, "khai sinh")
