"""Two realistic demo partnerships, so a new user (and the tests) see WOPdesk with real data.

The primary one (``DEMO_PARTNERSHIP_ID``, the one the app opens) is francophone: ONEE of
Morocco mentors ONEA of Burkina Faso in Bobo-Dioulasso, in French and CFA francs. The
second is Indian: Maharashtra Jeevan Pradhikaran mentors Karad Municipal Council on the
SLB indicators, in English and rupees. Real operators and places, invented people; every
figure is either from a public source named in docs/demo.md or marked illustrative.

Ids are derived from names, so running the demo twice adds nothing.
"""

from wopdesk.demo import bobo, karad
from wopdesk.demo.builder import Builder
from wopdesk.demo.ids import DEMO_NAMESPACE, demo_id
from wopdesk.demo.photo import demo_photo
from wopdesk.demo.spec import DemoSpec
from wopdesk.storage import models as m
from wopdesk.storage.store import Store

DEMO_PARTNERSHIP_TITLE = bobo.TITLE
DEMO_PARTNERSHIP_ID = demo_id("partnership")
INDIA_PARTNERSHIP_TITLE = karad.TITLE
INDIA_PARTNERSHIP_ID = demo_id(karad.PREFIX + "partnership")
DEMOS: tuple[DemoSpec, ...] = (bobo.SPEC, karad.SPEC)
DEMO_PARTNERSHIP_IDS = tuple(demo_id(spec.prefix + "partnership") for spec in DEMOS)

__all__ = [
    "DEMOS",
    "DEMO_NAMESPACE",
    "DEMO_PARTNERSHIP_ID",
    "DEMO_PARTNERSHIP_IDS",
    "DEMO_PARTNERSHIP_TITLE",
    "INDIA_PARTNERSHIP_ID",
    "INDIA_PARTNERSHIP_TITLE",
    "create_demo",
    "demo_id",
    "demo_photo",
]


def create_demo(store: Store) -> bool:
    """Fill the store with the demo partnerships; False if they are all already there."""
    created = False
    for spec in DEMOS:
        with store.reading() as session:
            if session.get(m.Partnership, demo_id(spec.prefix + "partnership")):
                continue
        with store.transaction() as session:
            Builder(session, store.blobs, spec).build()
        created = True
    return created
