"""docs/adding-a-field.md names files, functions and a test that still exist: a refactor
that moves one of them fails here until the steps are written again."""

import dataclasses
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "adding-a-field.md").read_text(encoding="utf-8")
PATHS = sorted(set(re.findall(r"`((?:wopdesk|tests|resources)/[\w/.]+?)(?:::(\w+))?`", DOC)))


def test_the_doc_names_files() -> None:
    assert len(PATHS) >= 10, PATHS


@pytest.mark.parametrize(("path", "name"), PATHS)
def test_every_file_the_doc_names_exists(path: str, name: str) -> None:
    assert (ROOT / path).exists(), path
    if name:  # a test named after its file
        assert f"def {name}(" in (ROOT / path).read_text(encoding="utf-8")


def test_the_functions_the_doc_names_are_where_it_says() -> None:
    from wopdesk.domain.rules import EntityRules
    from wopdesk.operations.visits import save_visit
    from wopdesk.storage.codecs import codecs
    from wopdesk.storage.models import SiteVisit
    from wopdesk.storage.overview import VisitDetail
    from wopdesk.ui.forms import RecordForm

    assert callable(save_visit)
    assert {"latitude", "longitude"} <= set(codecs(SiteVisit))
    assert isinstance(SiteVisit.rules, EntityRules)
    assert SiteVisit.rules.ranges["latitude"] == (-90, 90)
    assert "values" in {f.name for f in dataclasses.fields(VisitDetail)}
    assert hasattr(RecordForm, "text_widgets")
    editor = (ROOT / "wopdesk" / "ui" / "visit_editor.py").read_text(encoding="utf-8")
    assert 'self.form.add("latitude"' in editor
