"""SmallCRM: an offline-first desktop CRM for small law and accounting firms."""

__version__ = "0.1.0"
