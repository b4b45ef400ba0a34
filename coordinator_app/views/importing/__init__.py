"""The Excel import wizard and the template download, for the main window's menu."""

from coordinator_app.views.importing.wizard import ImportWizard, open_import_wizard, save_template

__all__ = ["ImportWizard", "open_import_wizard", "save_template"]
