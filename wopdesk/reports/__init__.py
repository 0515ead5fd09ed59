"""PDF reports built with ReportLab from data read through storage queries; no Qt here."""
