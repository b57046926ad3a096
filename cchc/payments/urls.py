from django.urls import path

from . import views

app_name = "payments"

urlpatterns = [
    path("thanh-toan/ho-so/<uuid:key>/", views.start, name="start"),
    path("thanh-toan/thu-nghiem/<str:reference>/", views.test_gateway, name="test-gateway"),
    path("thanh-toan/ket-qua/<str:provider>/", views.payment_return, name="return"),
    path("thanh-toan/callback/<str:provider>/", views.callback, name="callback"),
    path("mot-cua/thu-phi/<int:pk>/", views.desk_fee, name="desk-fee"),
]
