"""The frozen program's entry point (both the window and the command-line executable)."""

from stap0_desktop.launcher import main

raise SystemExit(main())
