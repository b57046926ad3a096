from django.contrib.auth.views import LogoutView
from django.urls import path, re_path

from .views import officer, open311, public, stats, webhooks

app_name = "feedback"

FMT = r"(?P<fmt>json|xml)"

urlpatterns = [
    path("phan-anh-kien-nghi/", public.feedback_index, name="index"),
    path("phan-anh-kien-nghi/gui/", public.feedback_submit_view, name="submit"),
    path("phan-anh-kien-nghi/gui/da-gui/", public.feedback_submit_done, name="submit-done"),
    path("phan-anh-kien-nghi/tra-cuu/", public.feedback_lookup_view, name="lookup"),
    path("phan-anh-kien-nghi/thong-ke/", stats.stats_dashboard, name="stats"),
    path("phan-anh-kien-nghi/thong-ke/excel/", stats.stats_export, name="stats-export"),
    path(
        "phan-anh-kien-nghi/webhook/facebook/", webhooks.facebook_webhook, name="webhook-facebook"
    ),
    path("phan-anh-kien-nghi/webhook/zalo/", webhooks.zalo_webhook, name="webhook-zalo"),
    re_path(
        r"^phan-anh-kien-nghi/(?P<code>[A-Z]{2,10}-\d{4}-\d{6,9})/$",
        public.feedback_public_detail,
        name="public-detail",
    ),
    path("can-bo/phan-anh/", officer.officer_queue, name="officer-queue"),
    path("can-bo/dang-xuat/", LogoutView.as_view(next_page="/"), name="officer-logout"),
    path("can-bo/phan-anh/kiem-duyet/", officer.moderation_queue, name="moderation"),
    path("can-bo/phan-anh/tiep-nhan/", officer.officer_entry, name="officer-entry"),
    path("can-bo/phan-anh/<int:pk>/", officer.officer_detail, name="officer-detail"),
    path(
        "can-bo/phan-anh/<int:pk>/tep/<int:attachment_pk>/",
        officer.officer_attachment,
        name="officer-attachment",
    ),
    path("can-bo/phan-anh/<int:pk>/<slug:verb>/", officer.officer_action, name="officer-action"),
    re_path(rf"^open311/v2/discovery\.{FMT}$", open311.discovery, name="open311-discovery"),
    re_path(rf"^open311/v2/services\.{FMT}$", open311.services_list, name="open311-services"),
    re_path(
        rf"^open311/v2/services/(?P<code>[-\w]+)\.{FMT}$",
        open311.service_definition,
        name="open311-service",
    ),
    re_path(rf"^open311/v2/requests\.{FMT}$", open311.requests_list, name="open311-requests"),
    re_path(
        rf"^open311/v2/requests/(?P<code>[-\w]+)\.{FMT}$",
        open311.request_detail,
        name="open311-request",
    ),
]
