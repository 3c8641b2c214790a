"""Signal protocol, outbox client and reference CJG server (see the CJG inbox issue)."""
