"""The application's frame: starting, unlocking and locking, the main window and its
commands, the session's Qt side, the navigator, and the guards on the whole application.
"""
