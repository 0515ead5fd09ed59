"""The words of an indicator's judgement, the same on every page (see domain/judgement.py)."""

from PySide6.QtCore import QCoreApplication

from wopdesk.domain import judgement


def judgement_label(status: str) -> str:
    """ "▲ Behind plan" and its kin, in the user's language."""
    labels = {
        judgement.REACHED: QCoreApplication.translate("Judgement", "✓ Target reached"),
        judgement.ON_TRACK: QCoreApplication.translate("Judgement", "● On track"),
        judgement.BEHIND: QCoreApplication.translate("Judgement", "▲ Behind plan"),
        judgement.NO_DATA: QCoreApplication.translate("Judgement", "No reading yet"),
        judgement.NO_RECENT_DATA: QCoreApplication.translate("Judgement", "◌ No recent reading"),
    }
    return labels[status]
