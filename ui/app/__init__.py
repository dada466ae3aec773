"""The application shell: start-up checks, the main window, the unlocked session,
background work and messages."""
