"""Small reusable widgets: icons, empty states, the About dialog, the contact detail pane."""
