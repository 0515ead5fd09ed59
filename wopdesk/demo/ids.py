"""Demo ids are derived from names, so running the demo twice adds nothing."""

import uuid

DEMO_NAMESPACE = uuid.UUID("0b1f3c9e-5d1a-4f0e-8f7a-6b0d2f9a4c21")


def demo_id(key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, key))
