"""The inbox's OpenAPI document is complete enough for a fuzzer or an auditor (request
bodies, the signature headers as a security scheme, every refusal with its shape), and
every error code the server can answer is explained in docs/protocol.md."""

from __future__ import annotations

import re
from pathlib import Path

from tests.sync.harness import Server

ROOT = Path(__file__).resolve().parents[3]
SIGNED = {("/v1/envelopes", "post"), ("/v1/device-certificate", "post"),
          ("/v1/matches", "get"), ("/v1/kaart", "get"), ("/v1/profile-chain", "get")}


def test_the_openapi_document_describes_bodies_signatures_and_refusals(
        tmp_path: Path) -> None:
    doc = Server(tmp_path).http.get("/openapi.json").json()
    schemes = doc["components"]["securitySchemes"]
    assert {s["name"] for s in schemes.values()} == {
        "X-Stap0-Device", "X-Stap0-Time", "X-Stap0-Nonce", "X-Stap0-Signature"}
    batch = doc["paths"]["/v1/envelopes"]["post"]["requestBody"]["content"]
    assert batch["application/json"]["schema"]["$ref"] == "#/components/schemas/BatchRequest"
    assert "Envelope" in doc["components"]["schemas"]
    assert "requestBody" in doc["paths"]["/v1/enroll"]["post"]
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            codes = set(operation["responses"])
            assert {"200", "422", "429"} <= codes, (path, method)
            if method == "post":
                assert {"413", "415"} <= codes, (path, method)
            if (path, method) in SIGNED:
                assert {"401", "403"} <= codes and len(operation["security"][0]) == 4
            assert operation["responses"]["422"]["content"]["application/json"][
                "schema"]["$ref"] == "#/components/schemas/Refusal"


_RAISED = re.compile(r'(?:error\(\d+, |_refuse\((?:request|scope|[a-z.]+), \d+, |'
                     r'_rejected\(envelope_id, |refused\([^,]+, \d+, |ProtocolError\()"([a-z_]+)"')


def test_every_error_code_the_server_answers_is_in_the_protocol_document() -> None:
    document = (ROOT / "docs" / "protocol.md").read_text(encoding="utf-8")
    sources = [*(ROOT / "sync" / "server").glob("*.py"), ROOT / "sync" / "protocol" / "crypto.py"]
    raised = {code for path in sources for code in _RAISED.findall(path.read_text())}
    enroll = re.search(r"_ENROLL_REFUSALS = \{([^}]*)\}",
                       (ROOT / "sync" / "server" / "app.py").read_text())
    assert enroll is not None
    raised |= set(re.findall(r'"([a-z_]+)":', enroll.group(1)))
    # Raised on the laptop only (checking what the CJG sent, or sealing to its key).
    laptop_only = {code for code in raised if code.startswith(("receipt_other", "notice_other",
                                                              "profile_other"))}
    laptop_only |= {"bad_public_key", "bad_receipt", "bad_notice", "bad_profile_update"}
    assert len(raised - laptop_only) >= 25
    missing = sorted(code for code in raised - laptop_only if f"`{code}`" not in document)
    assert missing == [], f"not explained in docs/protocol.md: {missing}"
