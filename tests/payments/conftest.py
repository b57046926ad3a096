"""The one-stop fixtures (agencies, roles, rule sets, a procedure) of tests/dossiers."""

from tests.dossiers.conftest import (  # noqa: F401
    _clear_cache,
    agencies,
    groups,
    procedure,
    ruleset,
    users,
)
