"""The Stap 0 signal protocol (version 1), shared by the client and the CJG server.

See docs/protocol.md. Everything that crosses the wire is defined here: the connection
profile, enrollment, the sealed envelope, the signal payload, receipts and match notices,
and the signature scheme for requests.
"""

PROTOCOL_VERSION = 1
