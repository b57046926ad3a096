from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "cchc.surveys"
    label = "surveys"
    verbose_name = _("Khảo sát sự hài lòng")

    def ready(self):
        from cchc.core.cases import case_resolved

        from .cases import register_builtin_kinds
        from .services import invite_on_case_resolved

        register_builtin_kinds()
        case_resolved.connect(invite_on_case_resolved, dispatch_uid="cchc-surveys-invite")
