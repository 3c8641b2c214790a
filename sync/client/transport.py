"""HTTPS to the CJG, verified against the profile's trust anchor only, with errors a person
can act on. There is no switch to turn verification off."""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Any, TypeVar

from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import BaseModel, ValidationError

from sync.client.errors import DeviceRevoked, SyncError
from sync.protocol.crypto import sign_request
from sync.protocol.models import ConnectionProfile

if TYPE_CHECKING:  # httpx (12 MB) is imported only once there is a CJG to talk to
    import httpx

# What the server's refusals mean for the professional (sync.server.app's codes).
_REFUSALS = {"unknown_device": "not_enrolled", "revoked_device": "revoked",
             "stale": "stale", "rate_limited": "rate_limited"}


def parse_profile(text: str) -> ConnectionProfile:
    try:
        return ConnectionProfile.model_validate_json(text)
    except ValueError as exc:
        raise SyncError("bad_profile", str(exc).splitlines()[0]) from None


def trust_context(profile: ConnectionProfile, ca_pem: str | None = None) -> ssl.SSLContext:
    """Trust the profile's anchor (or another the profile carries) and nothing else."""
    try:
        return ssl.create_default_context(cadata=ca_pem or profile.tls_ca_pem)
    except (ssl.SSLError, ValueError) as exc:
        raise SyncError("bad_profile", f"trust anchor: {exc}") from None


class Transport:
    """One keep-alive HTTPS connection to the CJG (or, with ``pseudonymiser``, to the
    pseudonymisation service the profile names) for one sync round."""

    def __init__(self, profile: ConnectionProfile, timeout: float, *,
                 pseudonymiser: bool = False) -> None:
        import httpx

        url, ca = profile.server_url, None
        if pseudonymiser:
            if profile.pseudonymiser is None:
                raise SyncError("no_pseudonymiser", "the profile names no pseudonymiser")
            url, ca = profile.pseudonymiser.url, profile.pseudonymiser.tls_ca_pem
        self._http = httpx.Client(base_url=url, verify=trust_context(profile, ca),
                                  timeout=timeout)

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def post_json(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self._send("POST", path, json=body)

    def signed(self, key: ed25519.Ed25519PrivateKey, device_id: str, method: str, path: str,
               body: bytes = b"", params: dict[str, str] | None = None) -> httpx.Response:
        """A signed request (the signature covers method, path and body; ``params`` are
        hints such as a version the server may answer 'nothing newer' to)."""
        headers = sign_request(key, device_id, method, path, body)
        if body:
            headers["content-type"] = "application/json"
        response = self._send(method, path, content=body, headers=headers, params=params)
        if response.status_code == 403 and reason_code(response) == "revoked_device":
            try:
                statement = response.json()["detail"].get("revocation")
            except (ValueError, KeyError, AttributeError):
                statement = None
            raise DeviceRevoked(statement)
        return response

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        import httpx

        try:
            return self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise SyncError("timeout", str(exc) or type(exc).__name__) from None
        except httpx.ConnectError as exc:
            text = str(exc)
            if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
                raise SyncError("untrusted_server", text) from None
            raise SyncError("unreachable", text) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            raise SyncError("connection_lost", str(exc) or type(exc).__name__) from None
        except httpx.HTTPError as exc:
            raise SyncError("unreachable", str(exc)) from None


M = TypeVar("M", bound=BaseModel)


def parse_reply(model: type[M], content: bytes) -> M:
    """A 2xx answer's body as ``model``; ``bad_reply`` when it is not one."""
    try:
        return model.model_validate_json(content)
    except ValidationError as exc:
        raise SyncError("bad_reply", str(exc).splitlines()[0]) from None


def refusal(response: httpx.Response, default: str = "server_error") -> SyncError:
    """A non-2xx answer as a SyncError: 5xx are the server's fault, 4xx say why."""
    reason = reason_code(response)
    if response.status_code >= 500:
        return SyncError("server_error", f"HTTP {response.status_code}")
    return SyncError(_REFUSALS.get(reason, default), reason)


def reason_code(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail", {})
        return str(detail.get("error", response.status_code))
    except (ValueError, AttributeError):
        return str(response.status_code)
