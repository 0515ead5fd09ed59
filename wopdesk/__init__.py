"""WOPdesk: the offline-first desktop companion of Water Operators' Partnerships."""

__version__ = "0.1.0"
