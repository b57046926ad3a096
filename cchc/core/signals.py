"""New staff accounts start with Vietnamese as their admin language.

Wagtail falls back to the request's language when a user has no preference, and the
request's language is the reader's cookie: an editor who once pressed "English" on the
public site would get a half-English admin. Giving each new account an explicit ``vi``
preference (which the user can still change in their account settings) keeps the admin
Vietnamese for every editor, moderator, librarian and officer.
"""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

STAFF_DEFAULT_LANGUAGE = "vi"


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="cchc_staff_language")
def _new_user_prefers_vietnamese(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(instance)
    if not profile.preferred_language:
        profile.preferred_language = STAFF_DEFAULT_LANGUAGE
        profile.save(update_fields=["preferred_language"])
