"""The laptop's side of the protocol: enrollment, one sync round, the background worker.

It reaches the vault only through the small ports in ``sync.client.ports``, which the
app's services implement; it never imports the app's storage or services.
"""
