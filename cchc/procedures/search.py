"""Makes public procedures searchable in the site search (``cchc.search``).

Saving a procedure re-indexes it; a withdrawn (``published`` off) or expired procedure
returns ``None`` and so leaves the index; deleting removes it (the search app's signals).
A procedure that expires by date alone leaves at the next ``rebuild_search --kind
procedure`` (run daily from cron with the other jobs; see docs/procedures.md).
"""

from django.utils.translation import gettext_lazy as _

from cchc.search.registry import SearchDocument, register_source

from .models import Procedure


def procedure_document(procedure: Procedure) -> SearchDocument | None:
    if not procedure.is_public:
        return None
    field_name = procedure.field.name if procedure.field_id else ""
    body = " ".join(
        filter(
            None,
            [
                procedure.code,
                field_name,
                procedure.get_level_display(),
                procedure.performing_agency,
                procedure.subjects,
                procedure.result,
                procedure.steps[:4000],
            ],
        )
    )
    date = procedure.effective_from or procedure.created_at.date()
    return SearchDocument(
        title=procedure.name,
        body=body,
        url=procedure.get_absolute_url(),
        date=date,
        facets={"field": field_name, "level": procedure.level},
    )


def _public_procedures():
    from . import selectors

    return selectors.procedure_list_public()


register_source(
    "procedure",
    Procedure,
    procedure_document,
    label=_("Thủ tục hành chính"),
    queryset=_public_procedures,
    order=30,
)
