from stap0_desktop.cli.main import main

raise SystemExit(main())
