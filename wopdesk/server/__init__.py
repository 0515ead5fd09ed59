"""The central WOPdesk server: HTTP API, accounts and its own storage."""
