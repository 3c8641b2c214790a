"""A clear, specific sentence in the user's language for every fault they can meet."""

from __future__ import annotations

from pydantic import ValidationError

from stap0_desktop.domain.relations import RelationProblem
from stap0_desktop.domain.signal_draft import SignalRefused
from stap0_desktop.i18n.translator import translate
from stap0_desktop.storage import errors as e
from stap0_desktop.storage.housekeeping import Housekeeping


def describe_vault_error(error: e.VaultError) -> str:
    p = error.params
    if isinstance(error, e.WrongPassphrase):
        return translate("Errors", "The passphrase is not correct. Nothing was changed.")
    if isinstance(error, e.DeviceRevoked):
        return translate("Errors", "The CJG revoked this laptop ({when}): the passphrase no "
                                   "longer opens this vault. Your organisation's recovery key "
                                   "still does — ask your organisation's IT or privacy "
                                   "officer (stap0 vault recover).").format(
            when=str(p.get("revoked_at", ""))[:10] or "?")
    if isinstance(error, e.UnlockThrottled):
        return translate("Errors", "Too many wrong passphrases for this vault: wait {seconds} "
                                   "seconds before the next try. Each wrong try makes the "
                                   "wait longer, in the window and on the command line.").format(
            seconds=p.get("seconds", "?"))
    if isinstance(error, e.PassphraseTooShort):
        return translate(
            "Errors",
            "The passphrase is too short: use at least {minimum} characters. A long "
            "sentence you can remember is safer than a short complicated word.",
        ).format(minimum=p.get("minimum", 12))
    if isinstance(error, e.VaultInUse):
        return translate(
            "Errors",
            "This data folder is already open in another Stap 0 (process {pid}). Close "
            "that one first.",
        ).format(pid=p.get("pid", "?"))
    if isinstance(error, e.VaultNotFound):
        return translate(
            "Errors", "There is no vault in {folder}. Create one with 'stap0 vault init'."
        ).format(folder=p.get("folder", ""))
    if isinstance(error, e.VaultAlreadyExists):
        return translate(
            "Errors", "There is already a vault in {folder}; it was left untouched."
        ).format(folder=p.get("folder", ""))
    if isinstance(error, e.KeySlotsMissing):
        return translate(
            "Errors",
            "The key file {path} is missing, so the vault cannot be opened. Restore it "
            "from a backup, or ask your organisation for recovery.",
        ).format(path=p.get("path", ""))
    if isinstance(error, e.KeySlotsDamaged):
        return translate(
            "Errors",
            "The key file {path} is damaged (field '{field}'). The vault was not changed. "
            "Restore the file from a backup, or ask your organisation for recovery.",
        ).format(path=p.get("path", ""), field=p.get("field", "?"))
    if isinstance(error, e.NotAVault):
        return translate(
            "Errors",
            "The database file cannot be read with this vault's key: it is not a Stap 0 "
            "vault, belongs to another vault, or is damaged. Nothing was written to it.",
        )
    if isinstance(error, e.VaultDamaged):
        return translate(
            "Errors",
            "The vault is damaged: a part of it failed its security check. To protect "
            "what is left, nothing more is written. Restore a backup or contact support.",
        )
    if isinstance(error, e.SchemaTooNew):
        return translate(
            "Errors",
            "This vault was made by a newer version of Stap 0 (schema {found}; this "
            "version knows up to {known}). Install the newer version; nothing was changed.",
        ).format(found=p.get("found", "?"), known=p.get("known", "?"))
    if isinstance(error, e.DiskFull):
        return translate(
            "Errors",
            "The disk is full. The last change was not saved; everything saved before it "
            "is intact. Free some space and try again.",
        )
    if isinstance(error, e.StorageIOError):
        return translate(
            "Errors", "The disk reported an error while saving. Everything saved before is intact."
        )
    if isinstance(error, e.RecoveryKeyInvalid):
        return translate(
            "Errors", "The recovery key file {path} cannot be used (field '{field}')."
        ).format(path=p.get("path", ""), field=p.get("field", "?"))
    if isinstance(error, e.NoRecoverySlot):
        return translate(
            "Errors",
            "This vault was made without an organisation recovery key, so it cannot be "
            "recovered that way.",
        )
    if isinstance(error, e.RecoveryFailed):
        return translate(
            "Errors", "This recovery key does not belong to this vault. Nothing was changed."
        )
    if isinstance(error, e.InputFileProblem):
        return translate("Errors", "{path}: {reason} Nothing was changed.").format(
            path=p.get("path", ""), reason=describe_file_reason(str(p.get("reason", ""))))
    if isinstance(error, e.DestinationInVault):
        return translate(
            "Errors",
            "{path} is inside the vault's own data folder. Keep backups, exports and key "
            "files outside it (a copy there could replace the vault itself). Nothing was "
            "written.",
        ).format(path=p.get("path", ""))
    if isinstance(error, e.SwitchJournalDamaged):
        return translate(
            "Errors",
            "A restore or a new vault was interrupted, and its journal {path} is damaged, so "
            "Stap 0 cannot tell which vault is current. Nothing was changed; contact "
            "support.",
        ).format(path=p.get("path", ""))
    if isinstance(error, e.BackupInvalid):
        return describe_backup_invalid(str(p.get("reason", "")), str(p.get("path", "")))
    if isinstance(error, e.NotFound):
        return translate("Errors", "This item no longer exists; it may have been deleted.")
    if isinstance(error, e.InvalidReference):
        reason = error.params.get("reason")
        if reason == "no_valid_basis":
            return translate("Errors", "There is no valid consent or legal basis for this "
                                       "signal (withdrawn or expired). Nothing was queued.")
        if reason == "other_basis":
            return translate("Errors", "This signal belongs to another consent record.")
        if reason in _RELATION_PROBLEMS:
            return describe_relation_problem(RelationProblem(reason))
        return translate(
            "Errors", "That link is not possible: both people must belong to the same family."
        )
    if isinstance(error, e.VaultClosed):
        return translate("Errors", "The vault is locked. Unlock it to continue.")
    return translate("Errors", "The vault reported a problem ({code}).").format(code=error.code)


def describe_validation_error(error: ValidationError) -> str:
    """The first problem of a form, as a sentence (field errors highlight in the UI)."""
    first = error.errors()[0]
    kind = str(first["type"])
    if kind == "bsn_invalid":
        return translate("Errors", "This BSN is not valid: it fails the eleven test (elfproef).")
    if kind == "birth_date_future":
        return translate("Errors", "A birth date cannot be in the future.")
    if kind in ("name_empty", "empty"):
        return translate("Errors", "Enter a name.")
    if kind == "expected_date_missing":
        return translate("Errors", "An unborn child needs an expected date of birth.")
    if kind == "unborn_bsn":
        return translate("Errors", "An unborn child has no BSN yet.")
    field = ".".join(str(x) for x in first["loc"])
    return translate("Errors", "The field '{field}' is not valid.").format(field=field)


def describe_sync_problem(code: str) -> str:
    """A sync problem in plain words (codes from sync.client.transport and the server)."""
    texts = {
        "no_profile": translate("Errors", "No CJG connection yet: import the connection "
                                          "profile the CJG gave you (Settings)."),
        "bad_profile": translate("Errors", "This file is not a valid CJG connection profile. "
                                           "Ask the CJG for a new one."),
        "not_enrolled": translate("Errors", "This laptop is not enrolled with the CJG: enter "
                                            "the one-time code (Settings)."),
        "enroll_refused": translate("Errors", "The CJG did not accept this one-time code."),
        "unknown_code": translate("Errors", "The CJG does not know this one-time code. Check "
                                            "it, or ask the CJG for a new one."),
        "spent_code": translate("Errors", "This one-time code has been used already. Ask the "
                                          "CJG for a new one."),
        "expired_code": translate("Errors", "This one-time code has expired (a code is valid "
                                            "for two weeks). Ask the CJG for a new one."),
        "revoked": translate("Errors", "The CJG says this laptop is revoked, without its "
                                       "signature: nothing was changed here. Contact the CJG."),
        "bad_lease": translate("Errors", "The CJG's lease for this laptop was not signed with "
                                       "the CJG's key, so it was not taken. Contact the CJG; "
                                       "the rest of the round went on."),
        "revoked_ended": translate("Errors", "The CJG has revoked this laptop. Its enrollment "
                                             "is gone, and once locked the vault opens only "
                                             "with your organisation's recovery key, no longer "
                                             "with your passphrase. Contact your "
                                             "organisation."),
        "not_confirmed": translate("Errors", "Confirm first who the CJG enrolled you as "
                                             "(Settings, Connection to the CJG); nothing is "
                                             "sent before."),
        "unreachable": translate("Errors", "The CJG cannot be reached. Signals wait safely "
                                           "until there is a connection."),
        "timeout": translate("Errors", "The CJG did not answer in time. It is tried again "
                                       "later."),
        "connection_lost": translate("Errors", "The connection broke off during sending. It "
                                               "is tried again; nothing is sent twice."),
        "server_error": translate("Errors", "The CJG server has a problem. It is tried again "
                                            "later."),
        "rate_limited": translate("Errors", "The CJG asks to wait a moment. It is tried "
                                            "again later."),
        "stale": translate("Errors", "The clock of this laptop is off by more than five "
                                     "minutes; the CJG refuses the request. Set the time."),
        "pseudonym_limit": translate("Errors", "This laptop has reached today's limit of "
                                               "people it may look up at the "
                                               "pseudonymisation service. The signals wait "
                                               "and go tomorrow by themselves."),
        "pseudonymiser_busy": translate("Errors", "The pseudonymisation service has reached "
                                                  "its limit for today. The signals wait and "
                                                  "go later by themselves."),
        "bad_pseudonym_proof": translate("Errors", "The pseudonymisation service answered "
                                                   "with another key than the one in your "
                                                   "connection profile. Nothing was sent; "
                                                   "tell the CJG."),
        "bad_certificate": translate("Errors", "The pseudonymisation service does not "
                                               "accept this laptop's certificate from the "
                                               "CJG. It is renewed at the next sync."),
        "no_pseudonymiser": translate("Errors", "The connection profile names no "
                                                "pseudonymisation service. Ask the CJG for a "
                                                "new profile."),
        "untrusted_server": translate("Errors", "The server is not the CJG of your "
                                                "connection profile (its certificate does not "
                                                "match). Nothing was sent."),
        "bad_reply": translate("Errors", "The CJG gave an answer that cannot be read. It is "
                                         "tried again later."),
        "bad_receipt": translate("Errors", "A receipt from the CJG does not verify; those "
                                           "signals are not counted as received and are sent "
                                           "again."),
        "bad_notice": translate("Errors", "A match notice did not come from your CJG (its "
                                          "signature does not verify) and was not shown. Do "
                                          "not act on contact details from elsewhere; tell "
                                          "the CJG."),
        "bad_profile_update": translate("Errors", "The CJG offered a new connection profile "
                                                  "that is not signed by the key you have; "
                                                  "it was not taken. Tell the CJG."),
        "not_your_signal": translate("Errors", "The CJG refused a withdrawal: that signal "
                                               "was not sent from this laptop."),
        "internal_error": translate("Errors", "Synchronisation failed on an unexpected error "
                                              "in Stap 0; it is tried again later. The error "
                                              "is in the local error log (without any "
                                              "family's data)."),
    }
    if code == "bad_kaart_signature":
        return describe_kaart_problem("bad_signature")
    return texts.get(code, translate("Errors", "Synchronisation failed ({code}).").format(
        code=code))


def describe_backup_invalid(reason: str, path: str) -> str:
    untouched = translate("Errors", "Nothing was restored and the current vault is untouched.")
    if reason == "magic":
        first = translate("Errors", "{path} is not a Stap 0 backup.").format(path=path)
    elif reason in ("header", "header_damaged"):
        first = translate("Errors", "The backup {path} is damaged: its header does not match "
                                    "its checksum. Use another backup.").format(path=path)
    else:
        details = {
            "truncated": translate("Errors", "it ends too early"),
            "checksum": translate("Errors", "its contents do not match their checksum"),
            "database": translate("Errors", "its database part does not open"),
            "integrity": translate("Errors", "its database fails the integrity check"),
        }
        first = translate("Errors", "The backup {path} is incomplete or damaged: {detail}.").format(
            path=path, detail=details.get(reason, reason))
    return f"{first} {untouched}"


def describe_file_reason(reason: str) -> str:
    """Why a file named by the user cannot be used, as a sentence."""
    texts = {
        "missing": translate("Errors", "there is no such file or folder."),
        "no_folder": translate("Errors", "the folder it should go in does not exist."),
        "folder": translate("Errors", "this is a folder, not a file."),
        "not_folder": translate("Errors", "a part of this path is a file, not a folder."),
        "permission": translate("Errors", "you have no permission for this file or folder."),
        "read_only": translate("Errors", "the disk or folder is read-only."),
        "loop": translate("Errors", "the path is a symbolic link that loops."),
        "exists": translate("Errors", "a file with this name already exists; it was left "
                                      "as it was."),
        "not_regular": translate("Errors", "this is not an ordinary file (a device, a pipe "
                                           "or a socket)."),
        "too_large": translate("Errors", "the file is larger than Stap 0 accepts here."),
        "name_too_long": translate("Errors", "the name is too long."),
    }
    return texts.get(reason, translate("Errors", "the disk reported an error."))


def describe_housekeeping(tidied: Housekeeping) -> list[str]:
    """What opening the vault put right, one line each (empty when nothing)."""
    lines = []
    if tidied.finished_switch == "restore":
        lines.append(translate("Errors", "A restore was interrupted last time; it has now "
                                         "been completed. The vault that was there before "
                                         "is kept in a 'replaced-…' folder."))
    elif tidied.finished_switch == "init":
        lines.append(translate("Errors", "Creating this vault was interrupted last time; it "
                                         "has now been completed."))
    if tidied.stale_removed:
        lines.append(translate("Errors", "Leftover temporary files of an interrupted "
                                         "backup or restore removed: {n}.").format(
            n=tidied.stale_removed))
    return lines


def describe_row_problem(code: str, value: str) -> str:
    """A bad row's problem with what its cell holds, so it can be found in the file."""
    text = describe_kaart_problem(code)
    if not value:
        return text
    return translate("Errors", "{problem} It says: “{value}”.").format(problem=text, value=value)


def describe_kaart_problem(code: str) -> str:
    """A problem with a sociale-kaart file or one of its rows, in plain words."""
    if code.startswith("missing_column:"):
        return translate("Errors", "The column '{column}' is missing.").format(
            column=code.split(":", 1)[1])
    if code.startswith("bad_byte:"):
        return translate("Errors", "Line {line} holds a character that is not UTF-8 (the "
                                   "rest of the file is). Save the file again as UTF-8.").format(
            line=code.split(":", 1)[1])
    if code.startswith("unclosed_quote:"):
        return translate("Errors", "From line {line} on, a quote (\") is opened and never "
                                   "closed, or a cell is far too long.").format(
            line=code.split(":", 1)[1])
    texts = {
        "empty": translate("Errors", "The file is empty."),
        "not_text": translate("Errors", "This is not a text file (CSV or JSON)."),
        "unreadable": translate("Errors", "The file could not be read."),
        "too_large": translate("Errors", "The file is larger than 20 MB."),
        "missing_file": translate("Errors", "The file does not exist."),
        "folder": translate("Errors", "This is a folder, not a file."),
        "not_regular": translate("Errors", "This is not an ordinary file (a device or a "
                                           "pipe, for example)."),
        "permission": translate("Errors", "You have no permission to read this file."),
        "bad_json": translate("Errors", "This JSON is not a list of kaart entries."),
        "not_an_object": translate("Errors", "This entry is not an object with fields."),
        "unknown_column": translate("Errors", "Unknown column (ignored)."),
        "too_many_cells": translate("Errors", "This row has more cells than the header."),
        "missing": translate("Errors", "A required field is empty."),
        "phone_invalid": translate("Errors", "This phone number cannot be right."),
        "email_invalid": translate("Errors", "This e-mail address cannot be right."),
        "not_a_number": translate("Errors", "This must be a whole number of years."),
        "ages_reversed": translate("Errors", "The age range ends before it starts."),
        "not_yes_no": translate("Errors", "This must be 'ja' or 'nee'."),
        "not_a_date": translate("Errors", "This is not a date (dd-mm-jjjj)."),
        "unknown_domain": translate("Errors", "A domain that no checklist knows."),
        "duplicate": translate("Errors", "The same entry appears twice in the file."),
        "bad_signature": translate("Errors", "The kaart from the CJG does not carry a valid "
                                             "signature; it was refused and the old kaart "
                                             "kept."),
    }
    return texts.get(code, code)


def describe_envelope_refusal(code: str) -> str:
    """Why the CJG refused one signal, in plain words (the server's code otherwise)."""
    texts = {
        "too_many_people": translate("Errors", "this laptop named more people today than "
                                               "the CJG allows in a day; the CJG has been "
                                               "alerted. Contact the CJG."),
        "bad_payload": translate("Errors", "the CJG could not read this signal"),
        "conflict": translate("Errors", "the CJG already holds another signal with this id"),
        "cannot_open": translate("Errors", "it was sealed for another CJG key"),
        "suite_not_allowed": translate("Errors", "the CJG does not accept this encryption"),
        "match_ended": translate("Errors", "the match has ended: one of its signals was "
                                           "withdrawn or expired"),
        "not_open_proposal": translate("Errors", "the proposal was answered or replaced "
                                                 "meanwhile"),
        "not_your_match": translate("Errors", "the CJG does not know this match"),
    }
    return texts.get(code, code)


def describe_signal_refused(code: str) -> str:
    texts = {
        "not_stap0": translate("Errors", "This is no longer stap 0: with an acute sign or a "
                                         "suspicion of abuse, follow the Meldcode instead of "
                                         "sending a preventive signal."),
        "judgement_needed": translate("Errors", "A signal needs your judgement 'raised' or "
                                                "'high' on the checklist first."),
        "domains_needed": translate("Errors", "Choose at least one domain the worry is "
                                              "about."),
        "unknown_domain": translate("Errors", "That domain is not part of this checklist."),
        "members_needed": translate("Errors", "Choose at least one family member the signal "
                                              "is about (covered by the consent)."),
        "lease_expired": translate("Errors", "This laptop has not reached the CJG for longer "
                                             "than the CJG allows: connect to the internet and "
                                             "synchronise once, then the signal can be queued. "
                                             "Your notes and checklists are not affected."),
    }
    return texts.get(code, code)


def describe(error: BaseException) -> str:
    if isinstance(error, SignalRefused):
        return describe_signal_refused(error.code)
    if isinstance(error, e.VaultError):
        return describe_vault_error(error)
    if isinstance(error, ValidationError):
        return describe_validation_error(error)
    code = getattr(error, "code", None)   # a sync problem names itself (sync.client.errors)
    if isinstance(code, str):
        return describe_sync_problem(code)
    return translate("Errors", "Something went wrong: {error}").format(error=type(error).__name__)


_RELATION_PROBLEMS = {p.value for p in RelationProblem}


def describe_relation_problem(problem: RelationProblem) -> str:
    return {
        RelationProblem.SAME_MEMBER: translate("Errors", "Choose two different members."),
        RelationProblem.FIRST_NOT_ADULT: translate(
            "Errors", "A parent or carer is a parent or an adult client, not a child."),
        RelationProblem.SECOND_NOT_CHILD: translate(
            "Errors", "Someone is the parent or carer of a child or an unborn child."),
        RelationProblem.PARTNER_NOT_ADULT: translate(
            "Errors", "Partners are two parents or adult clients."),
        RelationProblem.SIBLING_NOT_CHILD: translate(
            "Errors", "Siblings are two children (born or unborn)."),
    }[problem]
