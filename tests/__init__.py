"""The test suite, mirroring the packages (see README.md, Layout)."""
