from healthdesk.cli.main import main

raise SystemExit(main())
