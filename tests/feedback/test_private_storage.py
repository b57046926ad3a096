"""Citizens' attachments are stored outside public media and never get a public URL."""

from django.conf import settings

from cchc.feedback.models import FeedbackAttachment


def test_attachments_use_the_private_storage():
    field = FeedbackAttachment._meta.get_field("file")
    assert field.storage is not None
    from django.core.files.storage import storages

    assert field.storage is storages["private"]


def test_private_root_is_outside_media_root():
    private = str(settings.PRIVATE_MEDIA_ROOT.resolve())
    media = str(settings.MEDIA_ROOT.resolve())
    assert not private.startswith(media + "/") and private != media
