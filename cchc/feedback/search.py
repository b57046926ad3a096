"""Makes published answers searchable in the site search, without personal data."""

from django.utils.translation import gettext_lazy as _

from cchc.search.registry import SearchDocument, join_sentences, register_source

from .models import Feedback


def feedback_document(feedback: Feedback) -> SearchDocument | None:
    if not feedback.is_published:
        return None
    # only the masked public text and the agency's answer: never the submitter's data
    return SearchDocument(
        title=feedback.public_subject or feedback.code,
        body=join_sentences(feedback.public_content, feedback.public_answer),
        url=feedback.get_public_url(),
        date=feedback.answered_on or feedback.received_on,
        facets={"category": feedback.category.name if feedback.category is not None else ""},
    )


register_source(
    "feedback",
    Feedback,
    feedback_document,
    label=_("Trả lời phản ánh, kiến nghị"),
    queryset=lambda: Feedback.objects.filter(is_published=True).select_related("category"),
    order=40,
)
