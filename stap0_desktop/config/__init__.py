"""Where things live and which preferences exist (Qt allowed; no client data)."""
