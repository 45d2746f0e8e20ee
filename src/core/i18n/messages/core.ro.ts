/** Romanian core messages (dumneavoastră; ș ț with comma below). Keys and `{placeholders}` match `en`. */
import type { CoreMessages } from "./core.js";

export const ro: CoreMessages = {
  "bot.name": "Dokker Radio Code",

  "cmd.start.description": "Porniți botul și vedeți cum funcționează",
  "cmd.help.description": "Ce poate face acest bot",
  "cmd.dokker.description": "Aflați codul radioului din precodul de pe eticheta acestuia",
  "cmd.dokker.option.precode": "Precodul de pe eticheta radioului: o literă și trei cifre, de ex. V284",
  "cmd.lockout.description": "Cât trebuie să așteptați după un cod greșit (ERROR / CODE LOCK)",
  "cmd.lockout.option.attempt": "Câte coduri greșite au fost introduse până acum",
  "cmd.vin.description": "Verificați un VIN și vedeți cum obțineți cu el codul radioului",
  "cmd.vin.option.vin": "Numărul de identificare al vehiculului (VIN), din 17 caractere",
  "cmd.decode-message.name": "Decodare precod",

  "start.welcome":
    "Bună ziua! Transform precodul de pe eticheta radioului dumneavoastră în codul radioului (PIN).",
  "start.how":
    "Trimiteți precodul — o literă și trei cifre, de exemplu {example} — și vă răspund cu codul și cu modul în care îl introduceți.",
  "start.photo": "Sau trimiteți o fotografie a etichetei radioului: citesc eu precodul de pe ea.",

  "help.title": "Ce pot face",
  "help.commands": "Comenzi:",
  "help.tip":
    "Puteți trimite și doar precodul (de exemplu V284) sau puteți pune o întrebare cu propriile cuvinte.",
  "help.tip.photo":
    "Puteți trimite și doar precodul (de exemplu V284) sau o fotografie a etichetei radioului, ori puteți pune o întrebare cu propriile cuvinte.",
  "help.item": "{command} — {description}",

  "dokker.title": "Codul radio pentru {precode}",
  "dokker.pin": "Codul radioului dumneavoastră este {pin}",
  "dokker.assumed": "Am citit {read} ca {as}: după literă, un precod are doar cifre. Asta scrie pe etichetă?",
  "dokker.steps.title": "Cum îl introduceți — {radio}",
  "dokker.other-radio": "Alt radio? Alegeți-l pe al dumneavoastră mai jos.",
  "dokker.summary": "Codul {pin} pentru precodul {precode}",

  "radio.radio-cd": "Dacia Radio CD",
  "radio.plug-radio": "Dacia Plug & Radio",
  "radio.renault-tuner": "Radio tuner Renault",
  "radio.steering-wheel": "cu comanda de pe volan",

  "steps.switch-on": "Puneți contactul și porniți radioul. Pe afișaj apare CODE sau 0000.",
  "steps.switch-on.plug": "Puneți contactul și porniți Plug & Radio. Pe afișaj apare CODE sau 0000.",
  "steps.digit.1": "Apăsați butonul {button} până când prima cifră devine {digit}.",
  "steps.digit.2": "Apăsați butonul {button} până când a doua cifră devine {digit}.",
  "steps.digit.3": "Apăsați butonul {button} până când a treia cifră devine {digit}.",
  "steps.digit.4": "Apăsați butonul {button} până când a patra cifră devine {digit}.",
  "steps.confirm":
    "Țineți apăsat butonul 6 (butonul 5 pe unele fațade) câteva secunde, până când radioul emite un bip — la unele aparate până la aproximativ 10 secunde.",
  "steps.confirm.steering": "Pentru confirmare, apăsați butonul de jos al comenzii de pe volan.",
  "steps.done": "Acum radioul ar trebui să funcționeze normal.",

  "lockout.title": "Dacă codul este refuzat",
  "lockout.rule":
    "După un cod greșit, radioul se blochează o vreme: 1 minut după prima greșeală, 2 după a doua, apoi 4, 8… dublându-se de fiecare dată — de obicei până la 32 de minute, la unele aparate mai mult.",
  "lockout.keep-on":
    "Lăsați contactul și radioul pornite până când pe afișaj apare din nou CODE. Oprirea nu scurtează așteptarea.",
  "lockout.asked-again":
    "Radioul cere același cod după fiecare întrerupere completă a alimentării (schimbarea bateriei, pornire cu cabluri, reparație): păstrați-l într-un loc sigur.",
  "lockout.attempt": "După codul greșit numărul {attempt}, așteptați {duration} cu radioul pornit.",
  "lockout.then": "Apoi introduceți din nou codul, cu atenție, cifră cu cifră.",
  "lockout.schedule": "Timpi de așteptare: {schedule}",
  "lockout.longer":
    "Unele aparate se blochează mai mult timp (s-au raportat până la 64 de minute). Dacă după aceea afișează în continuare CODE LOCK, contactați asistența.",
  "lockout.longer.no-desk": "Unele aparate se blochează mai mult timp (s-au raportat până la 64 de minute).",
  "lockout.reminder-set": "Vă trimit un mesaj când se termină așteptarea.",
  "lockout.reminder":
    "Așteptarea după codul greșit numărul {attempt} s-a încheiat: radioul ar trebui să afișeze din nou CODE. Acum puteți introduce codul.",
  "lockout.reminder.pin": "Codul pentru {precode} este {pin}.",
  "lockout.check-precode":
    "Verificați din nou pe etichetă litera și cifrele precodului — o literă citită greșit dă alt cod.",
  "lockout.summary": "Așteptați {duration} după codul greșit numărul {attempt}",
  "lockout.ask":
    "Câte coduri greșite au fost introduse în total până acum la acest radio? Atingeți numărul și vă spun cât să așteptați.",
  "action.how-many": "Câte coduri greșite? Alegeți",

  "unit.minute.one": "1 minut",
  "unit.minute.other": "{count} minute",
  "unit.minute.short": "min",

  "vin.title": "VIN {vin}",
  "vin.valid": "Acest VIN are un format corect.",
  "vin.maker": "Codul producătorului {wmi}: {maker}.",
  "vin.maker.dacia": "Automobile Dacia (România)",
  "vin.maker.renault": "Renault (Franța)",
  "vin.maker.renault-group": "Grupul Renault",
  "vin.maker.unknown":
    "Codul producătorului {wmi} nu se numără printre codurile Dacia sau Renault pe care le cunosc.",
  "vin.year": "Anul modelului (din poziția 10): {year}.",
  "vin.no-pin":
    "Nu există nicio metodă publică prin care un VIN să fie transformat în cod radio, așa că nu vă pot da un cod pe baza lui.",
  "vin.ways.title": "Cum obțineți codul",
  "vin.way.card": "Cardul C.A.R. (Code Auto Radio) din documentele vehiculului conține codul.",
  "vin.way.dealer": "Un dealer îl poate căuta dacă prezentați o dovadă a proprietății.",
  "vin.way.precode": "Sau trimiteți-mi precodul de pe eticheta radioului, de exemplu {example}.",
  "vin.replaced":
    "Dacă radioul a fost înlocuit vreodată, înregistrările pentru VIN nu se mai potrivesc cu el: funcționează doar precodul lui.",
  "vin.empty": "Trimiteți VIN-ul de 17 caractere, de exemplu {example} {vinExample}.",
  "vin.length":
    "Un VIN are exact 17 caractere; acesta are {length}. Verificați-l în certificatul de înmatriculare (talon).",
  "vin.characters":
    "Un VIN folosește doar literele A–Z (niciodată I, O sau Q) și cifrele 0–9. Verificați aceste caractere: {found}.",

  "precode.empty":
    "Trimiteți precodul de pe eticheta radioului: o literă și trei cifre, de exemplu {example}.",
  "precode.not-found":
    "Nu am găsit niciun precod acolo. Este o literă urmată de trei cifre (de exemplu V284), tipărită pe eticheta radioului.",
  "precode.not-issued":
    "{precode} nu este un precod real: codurile de la A000 la A099 nu sunt emise. Verificați din nou eticheta — poate litera sau prima cifră este alta.",
  "precode.too-short":
    "{found} este prea scurt: un precod are o literă și exact trei cifre (de exemplu V284). Verificați din nou eticheta.",
  "precode.too-long":
    "{found} este prea lung: un precod are o literă și exact trei cifre (de exemplu V284). Asigurați-vă că nu ați copiat numărul de serie.",
  "precode.display":
    "{found} este ce afișează ecranul radioului cât timp așteaptă codul: nu este precodul. Un precod este o literă A–Z urmată de trei cifre (de exemplu V284).",
  "precode.no-letter":
    "{found} nu începe cu o literă. Un precod este o literă A–Z urmată de trei cifre (de exemplu V284).",
  "precode.several":
    "Văd mai multe precoduri: {precodes}. Care dintre ele este pe radioul dumneavoastră? Trimiteți-l doar pe acela.",
  "precode.non-ascii":
    "{found} conține caractere care doar seamănă cu litere sau cifre. Vă rog să scrieți precodul cu litere latine și cifre obișnuite (A–Z, 0–9).",
  "precode.suggest": "Ați vrut să scrieți {suggestion}?",
  "precode.where":
    "Unde îl găsiți? Pe eticheta radioului propriu-zis. La unele radiouri, dacă țineți apăsate împreună butoanele 1 și 6 timp de aproximativ 2 secunde, precodul apare pe afișaj.",

  "action.radio-cd": "Radio CD",
  "action.plug-radio": "Plug & Radio",
  "action.renault-tuner": "Tuner Renault",
  "action.steering-wheel": "Comandă pe volan",
  "action.wrong-code": "Cod greșit — cât aștept?",
  "action.remind-me": "Amintiți-mi peste {duration}",
  "action.still-refused": "Refuzat din nou (codul greșit {attempt})",
  "action.decode": "Decodare {precode}",
  "action.help": "Ajutor",

  "chat.unrecognized":
    "Nu am înțeles. Trimiteți precodul de pe eticheta radioului (de exemplu V284) sau /help.",
  "chat.choice": "Scrieți un număr pentru a alege:",

  "errors.internal":
    "Îmi pare rău, a apărut o problemă la mine. Încercați din nou peste un minut; dacă se repetă, cereți ajutor echipei de asistență.",
  "errors.internal.no-desk": "Îmi pare rău, a apărut o problemă la mine. Încercați din nou peste un minut.",
  "errors.unknown-command": "Nu cunosc comanda {command}. Trimiteți /help ca să vedeți ce pot face.",
  "errors.expired-button":
    "Acest buton nu mai este valabil. Trimiteți din nou precodul pentru a primi butoane noi.",
  "errors.option-range":
    "{command} are nevoie de un număr întreg de la {min} la {max}, de exemplu {example}.",
  "errors.option-min": "{command} are nevoie de un număr întreg de cel puțin {min}, de exemplu {example}.",
  "errors.denied": "Doar echipa de asistență poate folosi {command}.",
  "chat.voice-hint":
    "Nu pot asculta mesaje vocale și nici vedea videoclipuri. Scrieți precodul de pe eticheta radioului (o literă și trei cifre, de exemplu V284), trimiteți o fotografie a etichetei sau scrieți întrebarea dumneavoastră.",
};
