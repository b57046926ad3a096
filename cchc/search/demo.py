"""Demo: (re)build the search index over whatever the other demos created (idempotent).

Apps load their demos in alphabetical order, so this runs after feedback, legal and
procedures; rebuilding replaces the index instead of adding to it.
"""

from .services import index_rebuild


def load_demo(stdout) -> None:
    total = index_rebuild()
    stdout.write(f"Tìm kiếm: đã lập chỉ mục {total} mục\n")
