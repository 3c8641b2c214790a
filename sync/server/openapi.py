"""The inbox's OpenAPI document, complete: the request bodies the signed endpoints read
themselves (they must see the exact bytes that were signed), the four signature headers
as a security scheme, and every refusal with its shape.

A fuzzer or an auditor reads this, not the code; docs/protocol.md says what each error
code means.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

from sync.protocol.crypto import HEADER_DEVICE, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIME
from sync.protocol.handover import HandoverKey
from sync.protocol.models import BatchRequest
from sync.server.handover_routes import HandoverPost, ReceiptPost, WithdrawalPost

_SIGNED = {"/v1/envelopes": "post", "/v1/device-certificate": "post", "/v1/matches": "get",
           "/v1/kaart": "get", "/v1/profile-chain": "get", "/v1/lease": "post",
           "/v1/handover-key": "post", "/v1/directory": "get", "/v1/handovers": "post",
           "/v1/handover-receipts": "post", "/v1/handover-status": "get",
           "/v1/handover-inbox": "get", "/v1/handover-withdrawals": "post"}
# The bodies of the handover endpoints, which read the exact bytes that were signed.
_HANDOVER_BODIES: dict[str, type[BaseModel]] = {
    "/v1/handover-key": HandoverKey, "/v1/handovers": HandoverPost,
    "/v1/handover-receipts": ReceiptPost, "/v1/handover-withdrawals": WithdrawalPost}
_CONFLICTS = {"/v1/handovers": "conflict: this id was received with other bytes",
              "/v1/handover-receipts": "not_waiting or not_accepted: answered already, "
                                       "expired, or warm contact before acceptance",
              "/v1/handover-withdrawals": "not_waiting: answered or expired, too late"}
_HEADERS = {"stap0Device": HEADER_DEVICE, "stap0Time": HEADER_TIME,
            "stap0Nonce": HEADER_NONCE, "stap0Signature": HEADER_SIGNATURE}
_REFUSALS = {
    "401": "not enrolled, unsigned, badly signed, stale or replayed",
    "403": "revoked, or (for a batch of one) another device's signal",
    "413": "the body is larger than 2 MiB",
    "415": "the body is not application/json",
    "422": "the body is not the JSON asked for",
    "429": "too many requests",
}


class RefusalDetail(BaseModel):
    error: str
    detail: str = ""


class Refusal(BaseModel):
    """Every refusal: ``{"detail": {"error": CODE, "detail": TEXT}}``."""

    detail: RefusalDetail


def _schemas(model: type[BaseModel]) -> tuple[dict[str, Any], dict[str, Any]]:
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    return schema.pop("$defs", {}), schema


def install_openapi(app: FastAPI) -> None:
    def build() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(title=app.title, version=app.version, routes=app.routes,
                          description="Stap 0 signal protocol v2 — see docs/protocol.md")
        components = doc.setdefault("components", {})
        schemas = components.setdefault("schemas", {})
        models: list[type[BaseModel]] = [BatchRequest, Refusal, *_HANDOVER_BODIES.values()]
        for model in models:
            defs, schema = _schemas(model)
            schemas.update(defs)
            schemas[model.__name__] = schema
        components["securitySchemes"] = {
            name: {"type": "apiKey", "in": "header", "name": header}
            for name, header in _HEADERS.items()}
        refusal = {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Refusal"}}}}
        for path, item in doc["paths"].items():
            for method, operation in item.items():
                responses = operation.setdefault("responses", {})
                for status, why in _REFUSALS.items():
                    if status in ("413", "415") and method != "post":
                        continue
                    if status in ("401", "403") and path not in _SIGNED:
                        continue
                    responses[status] = {"description": why, **refusal}
                if path in _SIGNED:
                    operation["security"] = [{name: [] for name in _HEADERS}]
        enroll = doc["paths"]["/v1/enroll"]["post"]["responses"]
        enroll["403"] = {"description": "unknown_code: no such one-time code", **refusal}
        enroll["410"] = {"description": "spent_code or expired_code", **refusal}
        body = {"required": True, "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/BatchRequest"}}}}
        doc["paths"]["/v1/envelopes"]["post"]["requestBody"] = body
        doc["paths"]["/v1/device-certificate"]["post"]["requestBody"] = {
            "required": True, "content": {"application/json": {"schema": {
                "type": "object", "maxProperties": 0}}}}
        for path, model in _HANDOVER_BODIES.items():
            doc["paths"][path]["post"]["requestBody"] = {
                "required": True, "content": {"application/json": {
                    "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}
        for path, why in _CONFLICTS.items():
            doc["paths"][path]["post"]["responses"]["409"] = {"description": why, **refusal}
        app.openapi_schema = doc
        return doc

    app.openapi = build  # type: ignore[method-assign]
