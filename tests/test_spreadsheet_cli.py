"""``wopdesk export --csv/--xlsx`` and ``wopdesk import-readings``: files out, readings in."""

from pathlib import Path

import openpyxl
import pytest

from tests.spreadsheet_support import NRW, Built, build_partnership, reading_count
from wopdesk.cli import main
from wopdesk.storage.store import Store

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def built(store: Store) -> Built:
    return build_partnership(store)


def test_export_xlsx_then_import_it_back(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    target = tmp_path / "kolda.xlsx"
    assert main(["export", "--xlsx", str(target), "--data-dir", str(store.data_dir)]) == 0
    assert capsys.readouterr().out == f"Workbook written to {target}.\n"
    assert openpyxl.load_workbook(target).sheetnames[0] == "Indicator readings"
    count = reading_count(store)
    assert main(["import-readings", str(target), "--data-dir", str(store.data_dir)]) == 0
    out = capsys.readouterr().out
    assert out == (
        "kolda.xlsx imported.\n"
        "Readings added: 0; updated: 0; already there and unchanged, skipped: 3.\n"
    )
    assert reading_count(store) == count


def test_export_csv_in_french_names_the_partnership(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    folder = tmp_path / "tables"
    argv = ["export", "--csv", str(folder), "--partnership", "Nîmes – Kolda", "--language", "fr"]
    assert main([*argv, "--data-dir", str(store.data_dir)]) == 0
    assert capsys.readouterr().out == f"8 fichiers CSV écrits dans {folder}.\n"
    header = (folder / "expenses.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Date,Catégorie,Description,Montant,Monnaie,En espèces ou en nature,")


def test_import_writes_new_readings_and_says_how_many(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "new.csv"
    path.write_text(f"Indicator code,Period ending,Value\n{NRW},2024-12-31,44\n", encoding="utf-8")
    argv = ["import-readings", str(path), "--data-dir", str(store.data_dir)]
    count = reading_count(store)
    assert main([*argv, "--dry-run"]) == 0
    assert capsys.readouterr().out == (
        "new.csv can be imported.\nReadings to add: 1; to update: 0; already there and "
        "unchanged: 0.\n"
    )
    assert reading_count(store) == count
    assert main(argv) == 0
    assert "Readings added: 1;" in capsys.readouterr().out
    assert reading_count(store) == count + 1


def test_a_bad_file_prints_one_sentence_per_problem_and_writes_nothing(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        f"Indicator code,Period ending,Value\n{NRW},2024-12-31,44\nNOPE,2024-12-31,x\n",
        encoding="utf-8",
    )
    count = reading_count(store)
    assert main(["import-readings", str(path), "--data-dir", str(store.data_dir)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "wopdesk: Row 3: there is no indicator with the code 'NOPE' here.",
        "wopdesk: Row 3: Value 'x' is not a number.",
        "wopdesk: Nothing was imported from bad.csv.",
        "wopdesk: To import the good rows (1) and leave out the bad ones, add --skip-bad-rows.",
    ]
    assert reading_count(store) == count


def test_several_partnerships_need_one_named(
    demo_store: Store, tmp_path: Path, capsys: Capture
) -> None:
    build_partnership(demo_store)
    argv = ["export", "--xlsx", str(tmp_path / "x.xlsx"), "--data-dir", str(demo_store.data_dir)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("wopdesk: There are 3 partnerships here; choose one with --partnership:")
    assert err.count("\n") == 1
    assert main([*argv, "--partnership", "No such WOP"]) == 1
    assert capsys.readouterr().err == (
        "wopdesk: No partnership here has the id or title 'No such WOP'.\n"
    )
    assert not (tmp_path / "x.xlsx").exists()


def test_an_export_to_a_missing_folder_is_one_sentence(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    target = tmp_path / "gone" / "x.xlsx"
    assert main(["export", "--xlsx", str(target), "--data-dir", str(store.data_dir)]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err
    assert err.count("\n") == 1


def test_export_needs_one_kind_of_file(capsys: Capture) -> None:
    assert main(["export"]) == 1  # test_spreadsheet_kinds.py checks the sentence
    assert capsys.readouterr().err.startswith("wopdesk: Say what to write: wopdesk export KIND")
    with pytest.raises(SystemExit):
        main(["export", "-o", "a.zip", "--xlsx", "b.xlsx"])


MIXED = (
    "Indicator code,Period ending,Value\n"
    f"{NRW},2024-12-31,44\n"
    "NOPE,2024-12-31,40\n"
    f"{NRW},2999-01-31,40\n"
    f"{NRW},2024-09-30,39\n"
)
MIXED_ROWS = [
    "wopdesk: Row 3: there is no indicator with the code 'NOPE' here.",
    "wopdesk: Row 4: Indicator reading: Period (31 January 2999) is in the future.",
]


def test_bad_rows_refuse_the_file_and_say_how_to_skip_them(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    count = reading_count(store)
    for dry_run in ([], ["--dry-run"]):
        argv = ["import-readings", str(path), *dry_run, "--data-dir", str(store.data_dir)]
        assert main(argv) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.splitlines() == [
            *MIXED_ROWS,
            "wopdesk: Nothing was imported from mixed.csv.",
            "wopdesk: To import the good rows (2) and leave out the bad ones, add --skip-bad-rows.",
        ]
    assert reading_count(store) == count


def test_skip_bad_rows_writes_the_good_ones_and_names_the_others(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    argv = ["import-readings", str(path), "--skip-bad-rows", "--data-dir", str(store.data_dir)]
    count = reading_count(store)
    assert main([*argv, "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == MIXED_ROWS
    assert captured.out.splitlines() == [
        "mixed.csv can be imported without its bad rows.",
        "Readings to add: 2; to update: 0; already there and unchanged: 0; "
        "bad rows that will be skipped: 2.",
    ]
    assert reading_count(store) == count
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == MIXED_ROWS
    assert captured.out.splitlines() == [
        "mixed.csv imported without its bad rows.",
        "Readings added: 2; updated: 0; already there and unchanged, skipped: 0; "
        "bad rows skipped: 2.",
    ]
    assert reading_count(store) == count + 2
    assert main(argv) == 0  # again: nothing more
    assert "Readings added: 0; updated: 0; already there and unchanged, skipped: 2;" in (
        capsys.readouterr().out
    )
    assert reading_count(store) == count + 2


def test_skip_bad_rows_still_refuses_a_file_without_the_columns(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "cols.csv"
    path.write_text(f"Code,When,Value\n{NRW},2024-12-31,40\n", encoding="utf-8")
    argv = ["import-readings", str(path), "--skip-bad-rows", "--data-dir", str(store.data_dir)]
    count = reading_count(store)
    assert main(argv) == 1
    assert capsys.readouterr().err.splitlines() == [
        "wopdesk: cols.csv has no column 'Period ending' in its first row; name the columns "
        "as an export does.",
        "wopdesk: Nothing was imported from cols.csv.",
    ]
    assert reading_count(store) == count


def test_a_changed_reading_is_replaced_only_with_replace_existing(
    store: Store, built: Built, tmp_path: Path, capsys: Capture
) -> None:
    target = tmp_path / "kolda.xlsx"
    assert main(["export", "--xlsx", str(target), "--data-dir", str(store.data_dir)]) == 0
    book = openpyxl.load_workbook(target)
    sheet = book["Indicator readings"]
    assert sheet["B3"].value == NRW
    recorded = sheet["E3"].value
    sheet["E3"].value = 40
    book.save(target)
    capsys.readouterr()
    argv = ["import-readings", str(target), "--data-dir", str(store.data_dir)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out == (
        f"Row 3: differs from the recorded value {recorded}: skipped (recorded values are not "
        "replaced).\n"
        "To replace the recorded values with those of these rows (1), add --replace-existing.\n"
        "kolda.xlsx imported.\n"
        "Readings added: 0; updated: 0; already there and unchanged, skipped: 2. Rows that "
        "differ from a recorded reading, skipped without replacing it: 1.\n"
    )
    assert main([*argv, "--replace-existing"]) == 0
    assert capsys.readouterr().out == (
        f"Row 3: will replace the recorded value {recorded}.\n"
        "kolda.xlsx imported.\n"
        "Readings added: 0; updated: 1; already there and unchanged, skipped: 2.\n"
    )
    assert main(argv) == 0  # now the file says what is recorded
    assert "unchanged, skipped: 3." in capsys.readouterr().out


def test_replace_existing_is_explained_in_the_help(capsys: Capture) -> None:
    with pytest.raises(SystemExit):
        main(["import-readings", "--help"])
    assert "--replace-existing" in " ".join(capsys.readouterr().out.split())


def test_a_partnership_is_found_by_part_of_its_title_as_the_report_command_finds_it(
    demo_store: Store, tmp_path: Path, capsys: Capture
) -> None:
    build_partnership(demo_store)
    target = tmp_path / "bobo.xlsx"
    argv = ["export", "--xlsx", str(target), "--data-dir", str(demo_store.data_dir)]
    assert main([*argv, "--partnership", "Bobo"]) == 0
    assert capsys.readouterr().out == f"Workbook written to {target}.\n"
    assert main([*argv, "--partnership", "o"]) == 1  # in every title: one sentence, naming them
    err = capsys.readouterr().err
    assert err.startswith("wopdesk: 'o' matches 3 partnerships; type more of the title:")
    assert err.count("\n") == 1
