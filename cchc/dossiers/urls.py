from django.contrib.auth.views import LogoutView
from django.urls import path

from . import documents, views

app_name = "dossiers"

urlpatterns = [
    path("tra-cuu-ho-so/", views.lookup, name="lookup"),
    path("mot-cua/", views.queue, name="desk-queue"),
    path("mot-cua/dang-xuat/", LogoutView.as_view(next_page="/"), name="desk-logout"),
    path("mot-cua/tiep-nhan/", views.receive, name="desk-receive"),
    path("mot-cua/phan-cong/", views.bulk_assign, name="desk-bulk-assign"),
    path("mot-cua/thong-ke/", views.stats, name="desk-stats"),
    path("mot-cua/ho-so/<int:pk>/", views.detail, name="desk-detail"),
    path("mot-cua/ho-so/<int:pk>/tep/<int:att>/", views.download, name="desk-download"),
    # the forms of TT 01/2018 as PDF (documents.py)
    path("mot-cua/ho-so/<int:pk>/in/<slug:slug>/", documents.print_view, name="desk-print"),
    path(
        "mot-cua/ho-so/<int:pk>/<slug:verb>/", views.DossierActionView.as_view(), name="desk-action"
    ),
]
