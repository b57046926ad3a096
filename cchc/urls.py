"""URL map. Public URLs are Vietnamese slugs without diacritics; Wagtail serves the
page tree (``/``, ``/tin-tuc/``...) last."""

from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cchc.portal import routing as portal_routing
from cchc.portal import views as portal_views
from cchc.portal.admin_pages import create_page_view

urlpatterns = [
    path("healthz", portal_views.healthz, name="healthz"),
    path("robots.txt", portal_views.robots_txt, name="robots"),
    path("sitemap.xml", sitemap, name="sitemap"),
    # Wagtail's own create view, answering a lost creation race with a form error, not a
    # 500 (cchc/portal/admin_pages.py); same URL and access checks as Wagtail's.
    path(
        f"{settings.CCHC_ADMIN_PATH}/pages/add/<slug:content_type_app_name>/"
        "<slug:content_type_model_name>/<int:parent_page_id>/",
        create_page_view(),
    ),
    path(f"{settings.CCHC_ADMIN_PATH}/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("tai-lieu/", include(wagtaildocs_urls)),
    # The language switch is in every page's header; without a CSRF token there, pages stay
    # cacheable. Switching language is harmless to forge (decision 0003).
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
]

# Every project app with a urls.py is included at the root; each app's patterns carry
# their own Vietnamese prefix ("danh-ba/", "phan-anh-kien-nghi/"...).
for app in settings.CCHC_APPS:
    if find_spec(f"{app}.urls") is not None:
        module = import_module(f"{app}.urls")
        if getattr(module, "urlpatterns", None):
            urlpatterns.append(path("", include(module)))

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page URLs, with its serve view replaced by the cached routing of
# cchc/portal/routing.py (same behaviour, fewer queries).
urlpatterns += [
    *[p for p in wagtail_urls.urlpatterns if getattr(p, "name", "") != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, portal_routing.serve, name="wagtail_serve"),
]

# Translated error pages (cchc/core/errors.py); 500 needs no database.
handler400 = "cchc.core.errors.bad_request"
handler403 = "cchc.core.errors.permission_denied"
handler404 = "cchc.core.errors.page_not_found"
handler500 = "cchc.core.errors.server_error"
