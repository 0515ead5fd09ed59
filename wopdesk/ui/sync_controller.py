"""Sync from the app: the "Sync now" action, sign-in, and automatic sync in the background.

One sync at a time runs on the general pool (``ctx.run_task``), never on the GUI thread.
Automatic syncs (the network came back, or changes are waiting) start only once this
profile has synced before, and never open a dialog: a sync that needs a password waits
for the person to press "Sync now".
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressBar, QPushButton, QWidget
from sqlalchemy.orm import Session

from wopdesk.storage.store import Store
from wopdesk.sync.client import AuthenticationError, ServerUnreachable, SyncError
from wopdesk.sync.engine import SyncCancelled, SyncProgress, SyncReport, sync_with_server
from wopdesk.sync.status import SERVER_URL, SERVER_USER, get_state, pending_changes
from wopdesk.ui.context import AppContext
from wopdesk.ui.sign_in import SignInDialog
from wopdesk.ui.status import SyncStatusBar

RETRY_MS = 120_000  # while changes wait, try again every two minutes


def default_server_address() -> str:
    """The server Settings name, for a profile that has never synced."""
    from wopdesk.ui import settings

    return settings.value(settings.SERVER_ADDRESS)


class PasswordNeeded(SyncError):
    """The server wants a new sign-in and no password was given for this attempt."""


class SyncController(QObject):
    """Runs syncs for the main window and announces what they changed."""

    started = Signal()
    finished = Signal(object)  # the SyncReport
    failed = Signal(str)  # one sentence
    progressed = Signal(object)  # a SyncProgress, emitted from the sync's worker thread

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.running = False
        self.action = QAction(self.tr("Sync now"), window)
        self.action.setShortcuts([QKeySequence("Ctrl+Shift+S"), QKeySequence("F5")])
        self.action.setToolTip(self.tr("Send your changes to the server and fetch others' (F5)"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(lambda _checked=False: self.sync_now())
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self._retry_if_waiting)
        self.retry.start()
        self.network = self._network_information()
        self.cancel = threading.Event()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setAccessibleName(self.tr("Sync progress"))
        self.cancel_button = QPushButton(self.tr("Cancel sync"))
        self.cancel_button.setToolTip(
            self.tr("Stop the sync; what was sent and received so far is kept")
        )
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.progressed.connect(self._show_progress)
        bar = window.findChild(SyncStatusBar)
        if bar is not None:  # keeps why the last sync failed in view
            self.failed.connect(bar.sync_failed)
            self.finished.connect(lambda _report: bar.sync_succeeded())
            bar.addPermanentWidget(self.progress_bar)
            bar.addPermanentWidget(self.cancel_button)
        self._show_running(False)

    # -- progress ------------------------------------------------------------------------

    def _show_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress_bar.setRange(0, 0)  # busy until the first figure arrives

    def _show_progress(self, progress: SyncProgress) -> None:
        if not self.running:
            return
        bar = self.progress_bar
        if progress.total:
            bar.setRange(0, progress.total)
            bar.setValue(min(progress.done, progress.total))
        else:
            bar.setRange(0, 0)
        steps = {
            "send": self.tr("Sending {0}/{1}"),
            "receive": self.tr("Receiving {0}/{1}"),
            "files": self.tr("Files {0}/{1}"),
        }
        locale = QLocale()
        text = steps.get(progress.step, "{0}/{1}").format(
            locale.toString(progress.done), locale.toString(progress.total or 0)
        )
        bar.setFormat(text)
        bar.setToolTip(
            self.tr("{0}: {1} moved so far").format(text, locale.formattedDataSize(progress.bytes))
        )

    def cancel_sync(self) -> None:
        """Stop the running sync at its next batch, page or file."""
        if self.running:
            self.cancel.set()
            self.cancel_button.setEnabled(False)

    # -- where and as whom ---------------------------------------------------------------

    def account(self) -> tuple[str | None, str | None]:
        """The server and user of the last successful sync (kept in local settings)."""
        store = self.ctx.store
        return store.get_setting(SERVER_URL), store.get_setting(SERVER_USER)

    def synced_before(self) -> bool:
        url, user = self.account()
        return bool(url and user)

    def ask_sign_in(self, url: str, user: str, message: str) -> tuple[str, str, str] | None:
        dialog = SignInDialog(url, user, message, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        return values if all(values) else None

    # -- syncing ---------------------------------------------------------------------------

    def sync_now(self, *, automatic: bool = False) -> bool:
        """Start a sync; returns whether one started."""
        if self.running:
            return False
        url, user = self.account()
        if url and user:
            self._start(url, user, None, automatic)
            return True
        if automatic:
            return False
        answer = self.ask_sign_in(url or default_server_address(), user or "", "")
        if answer is None:
            return False
        self._start(*answer, automatic=False)
        return True

    def _start(self, url: str, user: str, password: str | None, automatic: bool) -> None:
        self.running = True
        self.action.setEnabled(False)
        self.started.emit()
        if not automatic:
            self.ctx.notice.emit(self.tr("Syncing with {0}…").format(url))
        store = self.ctx.store

        def ask_password() -> str:
            if password is None:
                raise PasswordNeeded(f"The server at {url} asks {user} to sign in again.")
            return password

        self.cancel = cancel = threading.Event()
        self._show_running(True)
        self.ctx.run_task(
            lambda: _sync(store, url, user, ask_password, self.progressed.emit, cancel),
            self._done,
            lambda exc: self._failed(exc, url, user, automatic),
        )

    def _done(self, report: SyncReport) -> None:
        self._stop()
        changed = frozenset(entity for entity, _row in report.changed_records)
        self.ctx.records_pulled.emit(set(report.changed_records))
        # Pages showing these reload; the status bar refreshes on any data_changed.
        self.ctx.data_changed.emit(changed)
        self.ctx.notice.emit(self.summary(report))
        if report.withdrawn:  # rare, and about the person's data: said in a dialog
            QMessageBox.information(
                self.window, self.tr("Access withdrawn"), "\n\n".join(report.withdrawn)
            )
        if report.reopened_visits:  # a signed visit changed: said where it cannot be missed
            QMessageBox.information(
                self.window, self.tr("Site visits reopened"), "\n\n".join(report.reopened_visits)
            )
        self.finished.emit(report)

    def _failed(self, exc: Exception, url: str, user: str, automatic: bool) -> None:
        self._stop()
        self.ctx.data_changed.emit(frozenset())  # online/offline may have changed
        if isinstance(exc, SyncCancelled):
            self.ctx.notice.emit(str(exc))
            self.failed.emit(str(exc))
            return
        if isinstance(exc, PasswordNeeded) and not automatic:
            message = self.tr("Your sign-in has expired; enter your password to sync.")
            answer = self.ask_sign_in(url, user, message)
            if answer is not None:
                self._start(*answer, automatic=False)
            return
        if automatic and isinstance(exc, ServerUnreachable | PasswordNeeded):
            self.failed.emit(str(exc))  # quietly: the status bar says offline
            return
        if isinstance(exc, SyncError | AuthenticationError):
            message = str(exc)
        else:
            message = self.tr("Sync stopped: {0}").format(exc)
        self.ctx.error.emit(message)
        self.failed.emit(message)

    def _stop(self) -> None:
        self.running = False
        self.action.setEnabled(True)
        self._show_running(False)

    def summary(self, report: SyncReport) -> str:
        text = self.tr("Synced: {0} sent, {1} received, {2} open conflicts.").format(
            report.sent, report.received, report.open_conflicts
        )
        if report.refused:
            text += " " + self.tr("{0} changes were refused by the server.").format(
                len(report.refused)
            )
        if report.set_aside:
            text += " " + self.tr(
                "{0} records refer to records this laptop does not have yet; they are kept "
                "aside until those arrive."
            ).format(len(report.set_aside))
        if report.kept_for_update:
            text += " " + self.tr(
                "{0} changes made with a newer WOPdesk are kept until this one is updated."
            ).format(report.kept_for_update)
        return text

    # -- automatic sync ----------------------------------------------------------------------

    def _network_information(self) -> QNetworkInformation | None:
        """The OS's reachability hint, where a backend exists (not offscreen or headless)."""
        if not QNetworkInformation.loadDefaultBackend():
            return None
        info = QNetworkInformation.instance()  # exists once a backend loaded
        info.reachabilityChanged.connect(self._reachability_changed)
        return info

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        self.network_changed(reachability == QNetworkInformation.Reachability.Online)

    def network_changed(self, online: bool) -> None:
        """The OS says the network came back: a hint, so try a real sync."""
        if online and self.synced_before():
            self.sync_now(automatic=True)

    def _retry_if_waiting(self) -> None:
        """Every few minutes: sync if changes wait (both read off the GUI thread)."""
        if self.running:
            return

        def read(session: Session) -> bool:
            synced = bool(get_state(session, SERVER_URL) and get_state(session, SERVER_USER))
            return synced and pending_changes(session) > 0

        def answer(waiting: bool) -> None:
            if waiting and not self.running:
                self.sync_now(automatic=True)

        self.ctx.run_read(read, answer)


def _sync(
    store: Store,
    url: str,
    user: str,
    password: Callable[[], str],
    progress: Callable[[SyncProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> SyncReport:
    return sync_with_server(store, url, user, password, progress, cancel)
