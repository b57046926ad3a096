from django.urls import path

from . import views

app_name = "procedures"

urlpatterns = [
    path("thu-tuc-hanh-chinh/", views.ProcedureListView.as_view(), name="index"),
    path("thu-tuc-hanh-chinh/<str:key>/", views.ProcedureDetailView.as_view(), name="detail"),
]
