from django.urls import path

from . import views

app_name = "plans"

urlpatterns = [
    path("ke-hoach/", views.public_list, name="public-list"),
    path("ke-hoach/<int:pk>/", views.public_detail, name="public-detail"),
    path("can-bo/ke-hoach/", views.officer_plans, name="officer-plans"),
    path("can-bo/ke-hoach/<int:pk>/", views.officer_plan, name="officer-plan"),
    path(
        "can-bo/ke-hoach/<int:pk>/bao-cao/<int:year>/<int:quarter>/",
        views.officer_report,
        name="officer-report",
    ),
    path("can-bo/ke-hoach/minh-chung/<int:activity_pk>/", views.evidence_download, name="evidence"),
    path("can-bo/ke-hoach/<int:pk>/tong-hop/", views.summary, name="summary"),
    path("can-bo/ke-hoach/<int:pk>/tong-hop.pdf", views.summary_pdf, name="summary-pdf"),
    path("can-bo/ke-hoach/<int:pk>/tong-hop.xlsx", views.summary_xlsx, name="summary-xlsx"),
    path("can-bo/ke-hoach/<int:pk>/nhap-noi-dung/", views.import_view, name="import"),
    path("can-bo/ke-hoach/bao-cao/<int:report_pk>/", views.report_detail, name="report-detail"),
    path(
        "can-bo/ke-hoach/bao-cao/<int:report_pk>/mo-lai/", views.report_reopen, name="report-reopen"
    ),
]
