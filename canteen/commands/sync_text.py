"""The sync commands' messages in Danish (default) or English."""

from __future__ import annotations

MESSAGES = {
    "da": {
        "unreachable": "Serveren kan ikke nås; ændringerne bliver liggende og sendes senere.",
        "token_refused": "Serveren afviser denne pc (tilbagekaldt eller ukendt); tilmeld den igen.",
        "code_refused": "Tilmeldingskoden er ukendt, brugt eller udløbet; bed om en ny.",
        "client_too_old": "Programmet er for gammelt til serveren; opdatér det. Intet går tabt.",
        "server_too_old": "Serveren er ældre end programmet; prøv igen senere.",
        "not_enrolled": "Databasen er ikke tilmeldt en server; brug «canteen enroll».",
        "no_token": "Pc'ens adgangsnøgle mangler; tilmeld den igen.",
        "forbidden": "Serveren tillader ikke dette for denne pc.",
        "batch_too_big": "Serveren afviste en for stor pakke ændringer.",
        "server_error": "Serveren svarede med en fejl; prøv igen senere.",
        "must_reset": "Serveren beder om en nulstilling af pc'ens synkroniserede data.",
        "reset_loop": "Serveren beder igen om at nulstille pc'ens data; kontakt IT-support.",
        "verify_diff": "Tabellen {table} afveg fra serveren ({local} rækker her, {server} på "
        "serveren); den er hentet igen.",
        "verify_left": "Tabellen {table} afviger stadig fra serveren ({local} rækker her, "
        "{server} på serveren).",
        "summary": "sendt {pushed}, hentet {pulled}, afvist {rejected}, konflikter {conflicts}",
        "scope_missing": "Der er ingen {what} med koden eller navnet «{text}».",
    },
    "en": {
        "unreachable": "The server cannot be reached; changes are kept and sent later.",
        "token_refused": "The server refuses this PC (revoked or unknown); enroll it again.",
        "code_refused": "The enrollment code is unknown, used or expired; ask for a new one.",
        "client_too_old": "This program is too old for the server; update it. Nothing is lost.",
        "server_too_old": "The server is older than this program; try again later.",
        "not_enrolled": "This database is not enrolled with a server; use `canteen enroll`.",
        "no_token": "This PC's access token is missing; enroll it again.",
        "forbidden": "The server does not allow this for this PC.",
        "batch_too_big": "The server refused a too large batch of changes.",
        "server_error": "The server answered with an error; try again later.",
        "must_reset": "The server asks to reset this PC's synced data.",
        "reset_loop": "The server asks again to reset this PC's data; contact IT support.",
        "verify_diff": "Table {table} differed from the server ({local} rows here, {server} on "
        "the server); it was pulled again.",
        "verify_left": "Table {table} still differs from the server ({local} rows here, "
        "{server} on the server).",
        "summary": "pushed {pushed}, pulled {pulled}, rejected {rejected}, conflicts {conflicts}",
        "scope_missing": "There is no {what} with the code or name “{text}”.",
    },
}


def text(key: str, lang: str | None = "da", **data) -> str:
    """One message, filled in."""
    words = MESSAGES.get(lang or "da", MESSAGES["da"])
    return words.get(key, words["server_error"]).format(**data)
