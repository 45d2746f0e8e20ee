/**
 * Words that mean the same thing in this domain, per language: each group's words are read as
 * its first word (after stemming, in the knowledge base and in questions alike), so "stereo"
 * meets the entries that say "radio", "afficheur" those that say "écran", "teyp" those that say
 * "radyo". Only words that people use interchangeably here; a word with a second meaning that
 * matters ("keep asking" is not "store") stays out. Turkish users mix in the English words of
 * the radio itself ("radio code istiyor", "display", "battery", "error"): read as the Turkish ones.
 */
import type { Locale } from "../i18n/locales.js";

const groups = (s: string): string[][] =>
  s
    .split("\n")
    .map((line) => line.split(/\s+/).filter(Boolean))
    .filter((g) => g.length > 1);

export const SYNONYMS: Readonly<Record<Locale, readonly (readonly string[])[]>> = {
  en: groups(`
    radio stereo deck headunit autoradio receiver
    bot robot chatbot
    display screen lcd
    show shows showing says appears pops
    button buttons key keys knob knobs
    remove removing removed pull pulling pulled extract dismantle
    battery batteries batt
    data info information details
    store stored storing save saved keep keeping
    delete deleted erase wipe
    car vehicle auto
    beep beeps beeping bleep bleeping chime
    noise static crackle crackling hiss hissing buzzing
    digit digits figures
    turn switch switched
    label sticker tag decal
    manual handbook booklet
    document documents papers paperwork logbook
    incorrect erroneous
  `),
  fr: groups(`
    radio autoradio poste
    bot robot chatbot
    ecran afficheur affichage display
    affiche marque indique montre apparait apparaitre
    bouton boutons touche touches molette molettes
    demonter sortir enlever retirer extraire
    batterie accu
    donnees infos informations
    stockees stocke stocker garder gardez conserver conservez enregistrer sauvegarder
    casse cassee hs panne
    voiture vehicule auto bagnole
    bip bips bipe biper bipent
    bruit bruits gresille gresillement crepite souffle crachote crachotant crachotement
    chiffre chiffres
    etiquette autocollant sticker
    incorrect errone
    safe securise securisee fiable
    demande demander reclame reclamer exige
    nouvelle nouveau nouvel neuve neuf neuves neufs
    envoyer envoye envoyee envoyes envoyees
    essai essaye essayes essayee
    lire lit lis lisent
    attendre attends attend patienter patiente
    numero numeros
    proprietaire proprio
  `),
  de: groups(`
    radio autoradio gerat
    bot roboter chatbot chat
    display bildschirm anzeige
    zeigt anzeigt erscheint
    eingebaut verbaut montiert
    taste tasten knopf knopfe taster
    ausbauen ausgebaut rausnehmen rausholen ausbau
    batterie akku
    daten informationen infos angaben
    gespeichert speichern speichert aufbewahren
    kaputt defekt hinuber
    auto fahrzeug wagen pkw karre karren
    piept piepst piepen piepton piepsen gepiepe gepiepse
    gerausch rauschen rauscht knistert knistern verrauscht kratzt kratzen gekratze
    ton sound klang
    ziffer ziffern
    nimmt akzeptiert akzeptieren angenommen
    stimmt passt
    benutzen nutzen verwenden
    bekommen kriegen kriegt kriege holen
    ausschalten ausmachen abschalten
    funktioniert funzt
    werkstatt garagist mechaniker
    handler autohaus vertragshandler
    etikett aufkleber sticker schild typenschild pickerl kleber beschriftung
    entsperren entsperrt freischalten entriegeln entriegelt
    abklemmen abhangen abstecken ausstecken
    wechseln erneuern erneuert
    verloren verschwunden
    handbuch bedienungsanleitung betriebsanleitung bordbuch
    pin geheimzahl
    schicken senden zuschicken ubermitteln
    leer entladen tiefentladen
    starthilfe uberbrucken uberbruckt uberbruckung
    navi infotainment
    einschaltknopf einschalttaste einschalter powerknopf powertaste netzschalter
    versuchen versucht probieren probiert ausprobieren ausprobiert
    berechnen ausrechnen errechnen generieren
    mail email
    radiocode sicherheitscode entsperrcode freischaltcode passwort kennwort
    bedeutet bedeuten heisst
    aussehen ausschauen
    abgerissen abgemacht abgezogen abgefallen abgegangen entfernt abreissen abmachen abziehen abfallen entfernen
  `),
  es: groups(`
    radio autoradio autorradio estereo autoestereo
    bot robot chatbot
    pantalla display
    muestra sale aparece muestre muestren salga salgan aparezca aparezcan salio aparecio mostro
    boton botones tecla teclas
    desmontar quitar extraer
    bateria
    datos informacion info
    guardar guardais guardan almacenar almacenais
    roto estropeado averiado
    coche carro auto vehiculo
    pitido pitidos pita pitar bip bips
    ruido ruidos chirrido
    cifra cifras digito digitos
    codigo clave contrasena
    etiqueta pegatina calcomania
    incorrecto erroneo
    encender enciende enciendo prender prende prendo prendio
    pulsar pulso pulsas apretar aprieto aprietas presionar presiono oprimir oprimo
    meter meto mete introducir introduzco introduce ingresar ingreso ingresa ingresas tecleo teclea
    compatible compatibles soportado soportada soporta
    distorsionado distorsionada entrecortado entrecortada
    acepta aceptar agarra agarrar
    pide piden pidiendo solicita solicitando exige reclama
    mandar enviar envio envias envie envia
    lateral lado
    vin niv
    concesionario agencia
    encima arriba
  `),
  ro: groups(`
    radio radioul casetofon
    bot robot robotul chatbot
    ecran display afisaj
    arata afiseaza apare aparut
    buton butoane tasta taste
    scot scoate demontez scos
    baterie acumulator
    date datele informatii informatiile
    stocat stocati pastrati pastreaza salvati
    masina masinii autoturism vehicul
    bip bipuri piuie
    zgomot zgomote
    sunet sunetul aude auzit
    bruiat distorsionat amestecat
    cifra cifre cifrele
    numar numere
    trimit trimis trimisa trimise
    ajutor ajuta ajutati
    eticheta abtibild
    incorect eronat
  `),
  tr: groups(`
    radyo teyp radio
    bot robot
    ekran gosterge display screen
    tus tusu tuslar dugme dugmesi dugmeler
    aku batarya battery
    veri bilgi
    saklaniyor sakliyor kaydediyor kaydediliyor saklamak
    bozuk arizali
    araba arac otomobil
    kod sifre code
    cizirti cizirtili karisik
    yanlis hatali
    bip otuyor
    gondermek yollamak
    sokmek cikarmak
    ustunde uzerinde
    acmak acilmak
  `),
};
