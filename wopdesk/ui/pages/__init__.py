"""The pages of the main window; ``registry`` lists them without importing them."""
