"""The File menu's work beyond records: back up, restore, settings, a person's learning record.

Each opens what it needs from the window, then runs on a worker (``AppContext``): a
backup on the general pool, a restore on the writer thread, reads off the GUI thread.
The file dialogs propose a name that says what the file is (``WOPdesk_full-backup_
2026-03-14.zip``), in the folder chosen in Settings, else in Documents.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from wopdesk.domain.i18n import QT_TRANSLATE_NOOP, current_language
from wopdesk.ui import settings as app_settings
from wopdesk.ui.context import AppContext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wopdesk.storage.auto_backup import BackupPreview
    from wopdesk.storage.overview import PersonChoice
    from wopdesk.storage.reading_import import ImportPlan
    from wopdesk.ui.report_preview import ReportPreviewDialog
    from wopdesk.ui.settings_dialog import ChosenSettings, SettingsDialog


def tr(text: str) -> str:
    """``text`` in the app's language.

    lupdate files this module's ``tr("...")`` calls under the empty context (a function,
    not a class method), and the ``QT_TRANSLATE_NOOP`` texts under ``FileActions``: both
    are looked up.
    """
    translated = QCoreApplication.translate("FileActions", text)
    return translated if translated != text else QCoreApplication.translate("", text)


def backup_file_name(today: dt.date | None = None) -> str:
    """What a full backup made today is called: the program, the kind, the date."""
    return f"WOPdesk_full-backup_{(today or dt.date.today()).isoformat()}.zip"


def default_folder(settings: QSettings | None = None) -> Path:
    """Where files are proposed: the backup folder of Settings, else Documents."""
    chosen = app_settings.value(app_settings.BACKUP_FOLDER, settings)
    if chosen and Path(chosen).expanduser().is_dir():
        return Path(chosen).expanduser()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


# --- Back up ------------------------------------------------------------------------------


def back_up(parent: QWidget, ctx: AppContext, settings: QSettings | None = None) -> bool:
    """File › Back up: ask where, then write the full backup zip in a worker."""
    proposed = default_folder(settings) / backup_file_name()
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Back up all WOPdesk data"), str(proposed), tr("Zip archives (*.zip)")
    )
    if not path:
        return False
    target = Path(path)
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    data_dir = ctx.store.data_dir
    ctx.notice.emit(tr("Backing up to {0}…").format(target))

    def write() -> Path:
        from wopdesk.storage.backup import export_backup

        return export_backup(data_dir, target)  # with the person's usual permissions

    ctx.run_task(
        write,
        lambda written: ctx.notice.emit(tr("Backed up to {0}.").format(written)),
    )
    return True


# --- Restore ------------------------------------------------------------------------------


def restore(parent: QWidget, ctx: AppContext, settings: QSettings | None = None) -> bool:
    """File › Restore: choose a backup, see what it holds and what it replaces, confirm."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Restore a WOPdesk backup"),
        str(default_folder(settings)),
        tr("Zip archives (*.zip)"),
    )
    if not path:
        return False
    archive = Path(path)

    def read() -> tuple["BackupPreview", list[str]]:
        from wopdesk.storage import auto_backup, queries

        with ctx.store.reading() as session:
            current = [p.title for p in queries.partnerships(session)]
        return auto_backup.preview(archive), current

    ctx.run_task(read, lambda found: _confirm_restore(parent, ctx, archive, *found))
    return True


def restore_question(archive: Path, preview: "BackupPreview", current: list[str]) -> str:
    """What the confirmation says: what the backup holds, and what it replaces."""
    from wopdesk.ui.i18n import format_datetime

    held = ", ".join(preview.partnerships) or tr("no partnership")
    lines = [tr("Restore {0}?").format(archive.name), ""]
    lines.append(tr("It holds: {0}.").format(held))
    if preview.last_change is not None:
        lines.append(tr("Last change in it: {0}.").format(format_datetime(preview.last_change)))
    replaced = ", ".join(current) or tr("no partnership")
    lines += [
        "",
        tr("It replaces everything in WOPdesk now ({0}), with changes not yet synced.").format(
            replaced
        ),
        tr("What is there now is first kept in an automatic backup (wopdesk backups lists them)."),
    ]
    return "\n".join(lines)


def _confirm_restore(
    parent: QWidget,
    ctx: AppContext,
    archive: Path,
    preview: "BackupPreview",
    current: list[str],
) -> None:
    answer = QMessageBox.question(
        parent,
        tr("Restore a backup"),
        restore_question(archive, preview, current),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    ctx.notice.emit(tr("Restoring {0}…").format(archive.name))
    ctx.restore_backup(
        archive,
        lambda _none: ctx.notice.emit(tr("Restored {0}.").format(archive.name)),
        ctx.report_error,
    )


# --- Settings -----------------------------------------------------------------------------


def open_settings(
    parent: QWidget, ctx: AppContext, settings: QSettings | None = None
) -> "SettingsDialog":
    """File › Settings: the dialog, with the open profile's sync server in it."""
    from wopdesk.sync.status import SERVER_URL
    from wopdesk.ui.settings_dialog import SettingsDialog

    server = ctx.store.get_setting(SERVER_URL) if ctx.is_open else None
    dialog = SettingsDialog(parent, settings, server_address=server)

    def kept(chosen: "ChosenSettings") -> None:
        if ctx.is_open and chosen.server_address and chosen.server_address != server:
            # The next sync goes there (and asks to sign in if it must).
            from wopdesk.operations.records import set_setting

            address = chosen.server_address
            ctx.run_op(lambda store: set_setting(store, SERVER_URL, address))
        ctx.notice.emit(tr("Settings saved."))

    dialog.saved.connect(kept)
    dialog.open()
    return dialog


# --- Learning record ----------------------------------------------------------------------


def print_learning_record(
    parent: QWidget, ctx: AppContext, shown: Callable[["ReportPreviewDialog"], None]
) -> bool:
    """File › Print learning record: choose the person (you first), then preview it.

    The people of the partnership are read off the GUI thread; the preview dialog goes
    to ``shown`` (the window keeps it).
    """
    pid = ctx.partnership_id
    if not ctx.is_open or not pid:
        ctx.error.emit(tr("Choose a partnership first."))
        return False

    def read(session: "Session") -> "list[PersonChoice]":
        from wopdesk.storage import overview

        return overview.partnership_people(session, pid)

    ctx.run_read(read, lambda people: _choose_person(parent, ctx, people, shown))
    return True


def _choose_person(
    parent: QWidget,
    ctx: AppContext,
    people: "list[PersonChoice]",
    shown: Callable[["ReportPreviewDialog"], None],
) -> None:
    from wopdesk.ui.report_preview import show_learning_record

    if not people:
        ctx.error.emit(tr("Nobody takes part in this partnership yet."))
        return
    labels = [
        f"{person.name} ({person.utility_name})" if person.utility_name else person.name
        for person in people
    ]
    ids = [person.id for person in people]
    current = ids.index(ctx.me) if ctx.me in ids else 0
    label, ok = QInputDialog.getItem(
        parent,
        tr("Print learning record"),
        tr("Whose learning record?"),
        labels,
        current,
        False,
    )
    if not ok or label not in labels:
        return
    shown(show_learning_record(parent, ctx, ids[labels.index(label)]))


# --- Spreadsheets -------------------------------------------------------------------------

XLSX_FILTER = QT_TRANSLATE_NOOP("FileActions", "Excel workbook (*.xlsx)")
CSV_FILTER = QT_TRANSLATE_NOOP("FileActions", "CSV files, one per table (*.csv)")
CSV_FILE_FILTER = QT_TRANSLATE_NOOP("FileActions", "CSV file (*.csv)")


def tables_file_name(title: str, today: dt.date | None = None, kind: str = "") -> str:
    """What an export of a partnership's tables is called: the partnership, what it holds
    (``tables`` for every table, else the KIND), the date."""
    from wopdesk.ui.report_preview import file_slug

    return f"{file_slug(title)}_{kind or 'tables'}_{(today or dt.date.today()).isoformat()}.xlsx"


def export_spreadsheet(parent: QWidget, ctx: AppContext, settings: QSettings | None = None) -> bool:
    """File › Export to spreadsheet: choose what (every table, or one), then where; the
    current partnership's tables are written as .xlsx or CSV in a worker."""
    pid = ctx.partnership_id
    if not pid:
        ctx.error.emit(tr("Choose a partnership first."))
        return False
    ctx.run_read(
        _title_reader(pid), lambda title: _ask_what_to_export(parent, ctx, pid, title, settings)
    )
    return True


def _title_reader(pid: str) -> "Callable[[Session], str]":
    def read(session: "Session") -> str:
        from wopdesk.storage.models import Partnership

        partnership = session.get(Partnership, pid)
        return partnership.title if partnership is not None else ""

    return read


def _ask_what_to_export(
    parent: QWidget, ctx: AppContext, pid: str, title: str, settings: QSettings | None
) -> None:
    from wopdesk.ui.export_dialog import ExportChoiceDialog

    dialog = ExportChoiceDialog(title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(
        lambda: _ask_where_to_export(parent, ctx, pid, title, dialog.chosen(), settings)
    )
    dialog.open()


def _ask_where_to_export(
    parent: QWidget,
    ctx: AppContext,
    pid: str,
    title: str,
    kind: str,
    settings: QSettings | None,
) -> None:
    """Where to write the choice; every table as CSV goes to a folder named after the file."""
    proposed = default_folder(settings) / tables_file_name(title, kind=kind)
    csv_filter = tr(CSV_FILE_FILTER if kind else CSV_FILTER)
    path, chosen = QFileDialog.getSaveFileName(
        parent, tr("Export to spreadsheet"), str(proposed), f"{tr(XLSX_FILTER)};;{csv_filter}"
    )
    if not path:
        return
    target = Path(path)
    fmt = "csv" if chosen == csv_filter or target.suffix.lower() == ".csv" else "xlsx"
    if not kind and fmt == "csv":
        target = target.with_suffix("")  # the folder of CSV files
    elif target.suffix.lower() != f".{fmt}":
        target = target.with_name(f"{target.name}.{fmt}")
    language = current_language()  # the app's language, for the headings
    store = ctx.store
    ctx.notice.emit(tr("Exporting to {0}…").format(target))

    def write() -> Path:
        from wopdesk.storage import spreadsheets

        if kind:
            return spreadsheets.export_table(store, pid, kind, target, fmt, language)
        if fmt == "csv":
            return spreadsheets.export_csv(store, pid, target, language)[0].parent
        return spreadsheets.export_xlsx(store, pid, target, language)

    ctx.run_task(write, lambda written: ctx.notice.emit(tr("Exported to {0}.").format(written)))


# --- The readings' import template --------------------------------------------------------

TEMPLATE_XLSX_FILTER = QT_TRANSLATE_NOOP(
    "FileActions", "Excel workbook, with the partnership's utilities and indicator codes (*.xlsx)"
)


def template_file_name(title: str) -> str:
    """What the readings' import template of a partnership is called."""
    from wopdesk.ui.report_preview import file_slug

    return f"{file_slug(title)}_readings-template.xlsx"


def save_reading_template(
    parent: QWidget, ctx: AppContext, settings: QSettings | None = None
) -> bool:
    """File › Save a readings template: the file an import of readings reads, to fill in."""
    pid = ctx.partnership_id
    if not pid:
        ctx.error.emit(tr("Choose a partnership first."))
        return False
    ctx.run_read(
        _title_reader(pid),
        lambda title: _ask_where_to_save_template(parent, ctx, pid, title, settings),
    )
    return True


def _ask_where_to_save_template(
    parent: QWidget, ctx: AppContext, pid: str, title: str, settings: QSettings | None
) -> None:
    proposed = default_folder(settings) / template_file_name(title)
    csv_filter = tr(CSV_FILE_FILTER)
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        tr("Save a template for importing readings"),
        str(proposed),
        f"{tr(TEMPLATE_XLSX_FILTER)};;{csv_filter}",
    )
    if not path:
        return
    target = Path(path)
    fmt = "csv" if chosen == csv_filter or target.suffix.lower() == ".csv" else "xlsx"
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(f"{target.name}.{fmt}")
    language = current_language()
    store = ctx.store

    def write() -> Path:
        from wopdesk.storage.reading_template import export_template

        return export_template(store, pid, target, fmt, language)

    ctx.run_task(
        write, lambda written: ctx.notice.emit(tr("Template saved to {0}.").format(written))
    )


def import_readings(parent: QWidget, ctx: AppContext, settings: QSettings | None = None) -> bool:
    """File › Import indicator readings: read the file, show what it adds or what is wrong,
    and write only once confirmed, all in one transaction."""
    pid = ctx.partnership_id
    if not pid:
        ctx.error.emit(tr("Choose a partnership first."))
        return False
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Import indicator readings"),
        str(default_folder(settings)),
        tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
    )
    if not path:
        return False
    source = Path(path)

    def read(session: "Session") -> "ImportPlan":
        from wopdesk.storage.reading_import import plan_import

        return plan_import(session, pid, source)

    ctx.run_read(read, lambda plan: _confirm_import(parent, ctx, pid, plan))
    return True


def import_problems_text(plan: "ImportPlan") -> str:
    """What the refusal says: the file, that nothing was written, and each problem."""
    from wopdesk.storage.reading_import import problem_lines

    heading = tr("{0} cannot be imported; nothing was written.").format(plan.path.name)
    return "\n".join([heading, "", *problem_lines(plan.problems)])


def _confirm_import(parent: QWidget, ctx: AppContext, pid: str, plan: "ImportPlan") -> None:
    """A file that cannot be read is refused; otherwise its rows are previewed (each bad
    one with its reason) and the good ones written only when the person presses Import."""
    title = tr("Import indicator readings")
    name = plan.path.name
    if plan.problems:
        QMessageBox.warning(parent, title, import_problems_text(plan))
        ctx.error.emit(tr("Nothing was imported from {0}.").format(name))
        return
    if not plan.added and not plan.updated and not plan.bad_rows:
        ctx.notice.emit(tr("Nothing to import: every reading in {0} is already here.").format(name))
        return
    from wopdesk.ui.reading_import_dialog import ImportPreviewDialog

    dialog = ImportPreviewDialog(plan, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _write_import(ctx, pid, plan))
    dialog.open()


def _write_import(ctx: AppContext, pid: str, plan: "ImportPlan") -> None:
    from wopdesk.operations import bulk

    path, name = plan.path, plan.path.name
    replace = plan.replace_existing  # the preview's "Replace recorded values"
    ctx.run_op(
        lambda store: bulk.import_readings(store, pid, path, replace_existing=replace),
        lambda done: ctx.notice.emit(tr("Imported {0}. {1}").format(name, done.done_summary())),
    )
