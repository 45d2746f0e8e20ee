/** Romanian support messages (dumneavoastră). Keys and `{placeholders}` must match `en` in `support.ts`. */
import type { SupportMessages } from "./support.js";

export const ro: SupportMessages = {
  "cmd.support.description": "Contactați echipa de asistență: o persoană vă va răspunde aici",
  "cmd.support.option.message": "Cu ce aveți nevoie de ajutor?",
  "cmd.forget.description": "Ștergeți tot ce păstrează acest bot despre dumneavoastră",
  "cmd.reply.description":
    "Echipă: răspundeți utilizatorului (începeți cu „anonymous” ca să vă ascundeți numele)",
  "cmd.reply.option.text": "Mesajul pentru utilizator",
  "cmd.close.description":
    "Echipă: închideți tichetul acum sau după un timp, opțional fără a anunța utilizatorul",
  "cmd.close.option.delay": "Închideți după acest timp dacă utilizatorul nu scrie, de ex. 10m, 2h, 1d",
  "cmd.close.option.silent": "Scrieți „silent” ca să închideți fără a anunța utilizatorul",
  "cmd.block.description": "Echipă: nu mai transmiteți mesajele acestui utilizator",
  "cmd.block.option.duration": "Pentru cât timp, de ex. 2h, 1d, 1w (gol: până la deblocare)",
  "cmd.unblock.description": "Echipă: transmiteți din nou mesajele acestui utilizator",
  "cmd.snippet.description": "Echipă: trimiteți utilizatorului un răspuns din FAQ în limba sa",
  "cmd.snippet.option.id": "ID-ul intrării din FAQ, de ex. where-is-precode",
  "cmd.code.description": "Echipă: trimiteți utilizatorului răspunsul complet pentru un precod",
  "cmd.code.option.precode": "Precodul de pe eticheta radioului utilizatorului, de ex. V284",

  "action.contact-support": "Contactați asistența",
  "action.forget-confirm": "Da, ștergeți-mi datele",

  "support.unavailable":
    "Acest bot nu are o echipă de asistență către care să vă îndrum. Trimiteți-mi precodul de pe eticheta radioului (de exemplu V284) și vă dau codul, sau puneți întrebarea cu propriile cuvinte. Codul se află și pe cardul C.A.R. din documentele vehiculului, iar un dealer îl poate căuta dacă prezentați o dovadă a proprietății.",
  "support.private-only":
    "Pentru a contacta asistența, vă rog să-mi scrieți într-o conversație privată, ca datele dumneavoastră să rămână între dumneavoastră și echipa noastră.",
  "support.opened":
    "Solicitarea dumneavoastră nr. {ticket} a fost trimisă echipei de asistență. O persoană vă va răspunde aici; puteți continua să scrieți în această conversație.",
  "support.opened.ask":
    "Solicitarea dumneavoastră nr. {ticket} este deschisă. Vă rugăm să descrieți problema în această conversație (fotografiile etichetei radioului ajută); o persoană din echipa noastră vă va răspunde aici.",
  "support.added": "Adăugat la solicitarea deschisă nr. {ticket}. Echipa noastră vă va răspunde aici.",
  "support.already-open":
    "Aveți deja o solicitare deschisă (nr. {ticket}). Scrieți pur și simplu aici: mesajele dumneavoastră ajung la echipa noastră.",
  "support.sent": "Trimis echipei de asistență. Veți primi răspunsul aici.",
  "support.files-hint.no-desk":
    "Pot citi o fotografie a etichetei radioului, dar nu și alte fișiere. Tastați precodul de pe etichetă (o literă și trei cifre, de exemplu V284), trimiteți o fotografie a etichetei sau scrieți întrebarea.",
  "support.files-hint":
    "Pot citi o fotografie a etichetei radioului, dar nu și alte fișiere. Pentru a le arăta unei persoane din echipa noastră, trimiteți /support cu câteva cuvinte despre problemă, apoi trimiteți din nou fișierele.",
  "support.reopened":
    "Solicitarea dumneavoastră nr. {ticket} a fost redeschisă: echipa noastră vă va vedea mesajul.",
  "support.blocked": "Ne pare rău, momentan mesajele dumneavoastră nu pot fi transmise echipei de asistență.",
  "support.reply.from": "{name} (echipa de asistență)",
  "support.reply.team": "Echipa de asistență",
  "support.closed":
    "Solicitarea dumneavoastră nr. {ticket} a fost închisă. Dacă mai aveți nevoie de ceva, scrieți aici sau folosiți /support.",

  "forget.confirm":
    "Aceasta șterge ce păstrez despre dumneavoastră: limba, ultimul precod și cod, mementourile și mesajele din solicitările de asistență (o solicitare deschisă se închide). Acțiunea nu poate fi anulată. Continuați?",
  "forget.done": "Gata: datele dumneavoastră au fost șterse.",
  "forget.unavailable": "Aici nu se păstrează nimic despre dumneavoastră.",

  "desk.header.title": "#{ticket} · {platform} · {user}",
  "desk.header.user": "Utilizator: {user} ({platform})",
  "desk.header.language": "Limba: {language}",
  "desk.header.precode": "Ultimul precod: {precode} → cod {pin}",
  "desk.header.no-precode": "Niciun precod decodat încă.",
  "desk.header.attempts": "Coduri greșite raportate până acum: {count}",
  "desk.header.vin":
    "VIN: {vin} (căutați codul cu acces de dealer; botul nu obține niciodată un cod dintr-un VIN)",
  "desk.header.source": "Deschis din: {source}",
  "desk.header.recreated":
    "Acest fir înlocuiește unul care a fost șters. Mesajele anterioare sunt păstrate și vor apărea în transcriere.",
  "desk.header.help":
    "Scrieți aici ca să răspundeți utilizatorului. Rândurile care încep cu ! rămân interne. Comenzi: /reply anonymous …, /snippet, /code, /close, /block.",
  "desk.source.command": "comanda /support",
  "desk.source.action": "butonul „Contactați asistența”",
  "desk.source.vin": "butonul „Contactați asistența” după /vin",
  "desk.source.follow-up": "un mesaj nou după închiderea solicitării nr. {previous}",

  "desk.note.unreachable":
    "⚠ Nelivrat: utilizatorul nu poate fi contactat (poate a blocat botul sau și-a închis mesajele private).",
  "desk.note.delivery-failed": "⚠ Nelivrat din cauza unei erori. Vă rugăm să încercați din nou imediat.",
  "desk.note.close-cancelled": "Închiderea programată a fost anulată: utilizatorul a scris din nou.",
  "desk.note.reopened": "Tichet redeschis: utilizatorul a scris din nou.",
  "desk.note.closed": "Tichet închis de {staff}.",
  "desk.note.closed-silent": "Tichet închis de {staff} (utilizatorul nu a fost anunțat).",
  "desk.note.forgotten": "Utilizatorul a cerut ștergerea datelor: acest tichet a fost închis și anonimizat.",

  "desk.transcript.title": "Transcrierea tichetului nr. {ticket} ({count} mesaje)",
  "desk.transcript.user": "Utilizator",
  "desk.transcript.staff": "Echipă",
  "desk.transcript.note": "Notă internă",
  "desk.transcript.system": "Sistem",
  "desk.transcript.anonymous": "anonim",
  "desk.transcript.files": "Fișiere: {names}",

  "staff.not-a-ticket": "Acest fir nu este un tichet de asistență.",
  "staff.ticket-closed": "Acest tichet este închis.",
  "staff.anonymised": "Utilizatorul acestui tichet și-a șters datele: nu se poate trimite nimic.",
  "staff.empty": "Nimic de trimis: adăugați textul după comandă.",
  "staff.sent": "Trimis utilizatorului: {text}",
  "staff.sent-anonymous": "Trimis anonim: {text}",
  "staff.snippet-unknown": "Nu există intrarea din FAQ {id}.",
  "staff.snippet-unavailable": "FAQ-ul nu este disponibil.",
  "staff.snippet-sent": "Răspunsul din FAQ {id} a fost trimis ({language}).",
  "staff.code-invalid": "{precode} nu este un precod valid (o literă și trei cifre, de ex. V284).",
  "staff.code-sent": "Răspunsul pentru {precode} a fost trimis (cod {pin}, {language}).",
  "staff.close-scheduled": "Acest tichet se va închide în {delay} dacă utilizatorul nu scrie.",
  "staff.close-scheduled-silent":
    "Acest tichet se va închide în {delay} dacă utilizatorul nu scrie (fără a-l anunța).",
  "staff.bad-duration": "Nu înțeleg {value} ca durată. Folosiți de ex. 10m, 2h, 1d sau 1w.",
  "staff.blocked-until":
    "{staff} a blocat acest utilizator până la {until}. Mesajele sale nu sunt transmise.",
  "staff.blocked-forever":
    "{staff} a blocat acest utilizator până la deblocare. Mesajele sale nu sunt transmise.",
  "staff.unblocked": "{staff} a deblocat acest utilizator.",
  "staff.not-blocked": "Acest utilizator nu era blocat.",
};
