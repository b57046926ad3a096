"""Wagtail's page creation view, with a creation that loses a race answered as a form error.

Wagtail 8 autosaves a new page by POSTing the create form; an editor who clicks "Save" (or
schedules publishing) while that first autosave is still under way sends a second POST to
the same create URL. Both pass the form's slug check before either has written, then the
second fails inside ``Page.save()`` (slug already in use, or the tree path taken): an
Internal Server Error for the editor. Here the whole action runs in one transaction; if it
fails that way, nothing of it is kept and the editor gets the form back with the reason
(the autosaved page holds the content, under "Pages").
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import base_page_viewset


class CreatePageView(CreateView):
    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except (ValidationError, IntegrityError) as error:
            form.add_error(None, _race_message(error))
            return self.form_invalid(form)


def _race_message(error: Exception) -> str:
    reason = _(
        "This page could not be created: a page was created under the same parent at the "
        "same moment (an automatic save, or the form sent twice)."
    )
    if isinstance(error, ValidationError):
        details = " ".join(str(message) for message in error.messages)
        return f"{reason} {details}"
    return reason


def create_page_view():
    """The view for Wagtail's create URL, built and decorated as Wagtail builds its own
    (the fallback page viewset's options, admin access check, admin 404 page, no caching)."""
    view = base_page_viewset.construct_view(CreatePageView)
    return never_cache(display_custom_404(require_admin_access(view)))
