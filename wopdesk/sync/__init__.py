"""Sync: wire protocol, hybrid logical clock, merge rules and the client engine; no Qt here."""
