from stap0_desktop.launcher import main

raise SystemExit(main())
