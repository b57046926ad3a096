from django.urls import path

from . import views

app_name = "legal"

urlpatterns = [
    path("van-ban/", views.DocumentListView.as_view(), name="index"),
    path("van-ban/chon/", views.DocumentChooseView.as_view(), name="document-choose"),
    path("van-ban/<path:slug>/", views.DocumentDetailView.as_view(), name="document-detail"),
]
