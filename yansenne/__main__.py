"""`python -m yansenne` behaves like the `yansenne` command."""

from yansenne.cli.main import main

raise SystemExit(main())
