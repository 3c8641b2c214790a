"""The pseudonymisation service: its own process, folder and key, meant to be run by
another party than the CJG inbox (e.g. the municipality's privacy office). It needs only
the protocol; it shares no database with the inbox."""
