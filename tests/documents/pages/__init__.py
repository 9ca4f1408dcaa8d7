"""Checks that workbooks print as documents (tests/documents/README.md); check_pages.py is the
command line."""
