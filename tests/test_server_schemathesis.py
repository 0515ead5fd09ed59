"""The OpenAPI document against the live server, by schemathesis: requests generated from
the document (valid ones, and ones that break it) get only the statuses it declares, in
the shapes it declares; valid requests are not refused and invalid ones are not accepted.

Runs against a real server on SQLite and, when WOPDESK_TEST_PG_URL is set, PostgreSQL.
"""

import os
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import FailureGroup
from schemathesis.core.parameters import ParameterLocation
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.test_server_api import HEADERS, World, world  # noqa: F401

pytestmark = pytest.mark.usefixtures("fast_hashing")

# Per operation and kind of run: about 10 s a run on SQLite. More to search for
# undeclared answers locally: WOPDESK_SCHEMATHESIS_EXAMPLES=500.
EXAMPLES = int(os.environ.get("WOPDESK_SCHEMATHESIS_EXAMPLES", "30"))

# The statuses by which the server refuses a request that breaks the document: those it
# declares (a too large body is 413, a protocol too old 426).
CONFIG = SchemathesisConfig.from_dict(
    {
        "checks": {
            "negative_data_rejection": {
                "expected-statuses": ["400", "401", "404", "409", "413", "422", "426", "429"]
            }
        }
    }
)


_SELF_CHECKED = {"POST /v1/push", "PUT /v1/blobs/{sha256}"}


def _signed_in(case: schemathesis.Case, headers: dict[str, str]) -> None:
    """Replace the generated token and protocol header with the member's real ones."""
    names = {name.lower() for name in headers}
    generated = {k: v for k, v in (case.headers or {}).items() if k.lower() not in names}
    case.headers = {**generated, **headers}


def _explore(
    operation: APIOperation,
    mode: GenerationMode,
    headers: dict[str, str] | None,
    statuses: Counter[tuple[str, int]],
) -> None:
    # Some content must agree with itself in ways a JSON schema cannot say: a change's
    # value with its field's codec (a schema-valid change naming a kind of record WOPdesk
    # does not sync is a 422; pushes have their own fuzz test in test_server_openapi), a
    # chunk's bytes with the file's hash, its length with the offset and total (400, 422).
    excluded = [positive_data_acceptance] if operation.label in _SELF_CHECKED else []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case) -> None:
        broken_headers = case.meta is not None and case.meta.is_negative_at(
            ParameterLocation.HEADER
        )
        if headers is not None and not broken_headers:
            _signed_in(case, headers)
        response = case.call_and_validate(excluded_checks=excluded)
        statuses[operation.label, response.status_code] += 1

    run()


@pytest.mark.parametrize(
    ("mode", "signed_in"),
    [
        (GenerationMode.POSITIVE, True),
        (GenerationMode.POSITIVE, False),
        (GenerationMode.NEGATIVE, True),
    ],
    ids=["valid-member", "valid-anyone", "invalid-member"],
)
def test_the_server_answers_as_its_document_says(
    world: World,  # noqa: F811
    mode: GenerationMode,
    signed_in: bool,
) -> None:
    schema = schemathesis.openapi.from_url(world.url + "/openapi.json", config=CONFIG)
    member = {**HEADERS, "Authorization": f"Bearer {world.tokens['member']}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    statuses: Counter[tuple[str, int]] = Counter()
    failures = []
    # Signing out ends the member's token: last.
    for operation in sorted(operations, key=lambda o: o.path == "/v1/logout"):
        try:
            _explore(operation, mode, member if signed_in else None, statuses)
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # nothing of it can be broken
        except (FailureGroup, AssertionError) as exc:
            failures.append(f"{operation.label}: {exc}")
    assert not failures, "\n\n".join(failures)
    if mode is GenerationMode.POSITIVE and signed_in:
        # The member's valid requests went past the sign-in, where the work is done.
        reached = {label for (label, status), _n in statuses.items() if status < 300}
        assert {"POST /v1/push", "GET /v1/changes", "POST /v1/blobs/missing"} <= reached
