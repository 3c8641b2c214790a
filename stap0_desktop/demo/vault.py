"""The demo's vault: fictional families with notes and checklists, the demo sociale kaart,
and — with ``--demo-cjg`` — a simulated CJG with a colleague (``demo/cjg.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from stap0_desktop.i18n.translator import translate

if TYPE_CHECKING:
    from stap0_desktop.demo.cjg import DemoCjg

DEMO_PASSPHRASE = "demo stap nul keukentafel"  # noqa: S105 - shown on screen, demo only


DEMO_FAMILIES = 40
DEMO_SEED = 2026


def make_demo_vault(folder: Path, families: int = DEMO_FAMILIES,
                    with_cjg: bool = False) -> DemoCjg | None:
    """A vault of fictional families (moderate Argon2: it guards made-up data only)."""
    from stap0_desktop.config.paths import checklists_dir, demo_kaart_path
    from stap0_desktop.demo.caseload import DemoCaseload
    from stap0_desktop.domain.models import Professional
    from stap0_desktop.services.checklists import load_library
    from stap0_desktop.services.kaart import KaartService
    from stap0_desktop.services.vaults import Argon2Params, SecretBytes, Vault

    owner = Professional(user_id="demo", name="Demo Jeugdverpleegkundige",
                         role="jeugdverpleegkundige", organisation="JGZ Demostad",
                         phone="0800-0000000")  # not a number anyone answers
    kdf = Argon2Params(memory_kib=32 * 1024, iterations=2, lanes=1)
    checklists = load_library(checklists_dir()).latest()
    with Vault.create(folder, SecretBytes.from_text(DEMO_PASSPHRASE), owner, kdf=kdf) as vault:
        DemoCaseload(seed=DEMO_SEED, checklists=checklists).write(vault, families, 3)
        KaartService(vault).load_demo(demo_kaart_path(),
                                      {d.code for c in checklists for d in c.domains})
        if with_cjg:
            try:
                from stap0_desktop.demo.cjg import start_demo_cjg
            except ImportError as exc:  # an installed package leaves the server out
                raise SystemExit(translate(
                    "Cli", "--demo-cjg needs the reference CJG server, which this "
                           "installation does not include ({module}).").format(
                    module=exc.name)) from None

            return start_demo_cjg(folder.parent, vault, families=families, seed=DEMO_SEED,
                                  notes_per_family=3, checklists=checklists)
    return None
