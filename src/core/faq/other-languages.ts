/**
 * Languages the bot does not speak, as evidence against the six it does. Dacia and Renault drivers
 * write in Italian, Portuguese, Polish, Dutch, Hungarian, Czech, Croatian/Serbian, Russian,
 * Bulgarian, Arabic…; without these, "radio pyta o kod" scored as Turkish ("kod", "o") and got a
 * Turkish answer, and the conversation's language became Turkish. Detection (detect-language.ts)
 * scores these next to the six: when one of them clearly wins, the message is in a language the
 * bot cannot answer in, and it says so (in the user's language) instead of guessing.
 *
 * Function words and a few words of this domain per language, folded (no accents), chosen for
 * being no word of the six languages; letters that only these languages use.
 */
const words = (s: string): readonly string[] => s.split(/\s+/).filter(Boolean);

export const OTHER_LANGUAGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  it: words(`
    voglio sbagliato accetta accende sopra dietro nessuno nessuna perfetto sullo trova paga
    cosi inserisce servizio
    di del dal dalla sul sulla sui con tra fra ci ti vi ed ma piu poi gia qui qua sei siamo fa fare va vuole serve bene adesso ora allora nuovo vorrei riesco favore scrivere tasto tasti premuto tenere confermare leggere togliere andare avanti meccanico scollegato significa
    il gli della delle dello degli nella nelle nel sono ho hai abbiamo hanno che chiede chiedeva
    codice dopo cambiato cambio batteria perche cosa devo posso puo funziona grazie buongiorno
    buonasera salve sempre ancora anche questo questa quello quella essere fatto trovo trovare
    inserire sbloccare bloccata bloccato schermo scritto macchina quanto costa gratuito dove
    come mio mia staccato aiuto qualcuno parlare persona etichetta numero telaio bisogno
  `),
  pt: words(`
    eu ele ela entendi chega parou desliguei troca botoes cima arriou
    com do dos das tempo graca varias mostra
    em um uma sem pelo pela ao aos agora faco tem ta pra pro vc quais acho nenhum nenhuma deu certo ver som liga acende fica ficou ja visor errei vezes coloco coloquei digito digitei teclas voltou atendente humano apareceu painel oficina desligou valeu funcionou travou
    nao voce voces obrigado obrigada meu minha troquei trocar trocou depois preciso tela ecra
    senha fazer tenho isso isto muito ainda pede pedindo carro desbloquear aparece aparecer
    quanto custa onde encontro encontrar colocar digitar codigo bateria ola bom dia boa tarde
    ajuda alguem falar pessoa etiqueta chassi gratis funciona ficou travado travou bloqueado
    meu seu sua pra pro numa num
  `),
  pl: words(`
    legalne
    tylko nic dalej znowu razy mozna ogole bo tak bardzo jestem go jego jej ich tam tu tutaj dlaczego czemu znaczy pokazuje potrzebuje czekac dostac wlacza zadnej wpisalem numerze zly
    nie jest sie jak gdzie moj moje moja mam mnie prosze dziekuje dzien dobry czesc czy juz
    jeszcze pyta wyswietla ekran wpisac wpisac wpisz zablokowane zablokowany ile kosztuje
    samochod samochodu naklejka wymianie wymiana akumulatora akumulator radia co po
    zrobic pomocy pomoc chce porozmawiac czlowiekiem dziala odblokowac kiedy teraz trzeba
  `),
  nl: words(`
    is
    zit op aan alleen eruit halen om te zien nodig aub ff snel dankjewel geeft dit dat die er jij uw zo toch
    het een ik mijn niet naar vraagt vraag accu batterij vervangen waar hoe kan wat dank
    bedankt hallo goedemorgen scherm invoeren werkt geblokkeerd kost heb moet zijn van
    voor met ook nog wel maar autoradio staat gaat geen iemand spreken graag helpen hulp
    nummer chassisnummer kosten gratis wachten verkeerde
  `),
  hu: words(`
    udv kellene eleg teljesen megy ota azota megvan szam legalis zarva fogadja emberrel
    ker kerul mennyibe kodot talalom matricat segitseget koszonom most
    az egy es is meg ez azt mi ki be fel el mar csak meg most itt ott nincs semmi mindig megint rossz lehet radion radiot radioja kodot irtam beirtam gombot gomb segitseg koszi szepen mukodik kene gyorsan egyaltalan kapcsol aram sipol indul lett
    nem kodot akkumulator akkucsere csere utan hol hogyan kell van mit koszonom szia jo
    napot kerek kijelzo kijelzon irja mennyi kerul ingyenes autom kerdez megadni beirni
    zarolva lezart segitseg valaki beszelni szeretnek hogy vagy mert autoradio radiom
    kodja matricat matrica alvazszam
  `),
  cs: words(`
    jen nebo pak staci uplne nejde som ju ten ze kolko nesviti vypne nesedi nebere zamcene
    zadarmo legalni ziskat nic stoji zadal
    jsem to na se ale tam zase taky ted moc diky podle jde jaka auta vubec pro mi tlacitko rychle znamena zamcene odpojil odpojili baterii baterku ukazuje
    je muj moje mam vymene vymena autobaterie chce pise displej zadat nefunguje dekuji
    dekuju dobry ahoj prosim kolik stoji zdarma zamknute zablokovane ale jeste kod kodu
    radia autoradia baterky potrebuji potrebuju pomoc nekdo mluvit cislo podvozku nalepka
    stitek kde jak co
  `),
  hr: words(`
    jel dobar onda brate trebam valja prihvata vidim izvaditi ugasi legalno
    sam si smo ste su li ovo ono od za sa iz po pa ali ili samo opet sad sada nema nista moze moram mogu koji koja koje zasto broj puta ukucao pogresan cekati uopste pali sifru sifra znaci zakljucan
    posle nakon kako gdje gde moj moja imam promjene promene akumulatora trazi pise unijeti
    uneti radi hvala zdravo pozdrav koliko kosta besplatno blokiran blokiran sta sto
    treba mogu mi je se auta autu kod kodu radio radija pomoc covjekom razgovarati naljepnica
    nalepnica sasije
  `),
  ar: words(`
    nl9a ch7al khass mn b3d ghalat ndkhel kat3tini bghach dakhel
    kayn kayna chi wa7ed had hadi ndir dir bach walakin daba bzaf 3la m3a wla machi flous chkoun 3lach ana howa hiya 3ndi 3andi ila insan ta3i fabor
    dyali dyal dial kaytlob kaytleb tlob wach wash bghit bgheet chno chnou kifach
    kifash 3afak 3fak tomobil tonobil batri batriya mzyan chokran choukran salam khoya
    lcode lcod rmz radyo dyalk nta nti mab9ach mabghach ma khdamch khdam kayban ktbt
  `),
};

/** Letters that only other languages use (the six use none of them), checked before folding. */
export const OTHER_LANGUAGE_LETTERS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/[ąęłśźżń]/, ["pl"]],
  [/[ć]/, ["pl", "hr"]],
  [/[ěřůťď]/, ["cs"]],
  [/[ľĺŕô]/, ["cs"]], // Slovak, read with Czech
  [/[őű]/, ["hu"]],
  [/[ãõ]/, ["pt"]],
  [/[đ]/, ["hr"]],
  [/[čšž]/, ["hr", "cs"]], // carons none of the six use
  [/[ý]/, ["cs"]],
  // Hungarian has Spanish-like acute accents and German-like umlauts in one text; none of the six
  // does (Turkish ö/ü come without á/é/í/ó/ú).
  [/[áéíóú][\s\S]*[öü]|[öü][\s\S]*[áéíóú]/, ["hu"]],
  [/[ìò]/, ["it"]],
];

/**
 * Scripts none of the six languages is written in: most of a message's letters in one of them
 * and the message is in another language, whatever its Latin words ("радио", "code").
 */
export const OTHER_SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Cyrillic}/gu, "cyrillic"],
  [/\p{Script=Arabic}/gu, "arabic"],
  [/\p{Script=Greek}/gu, "greek"],
  [/\p{Script=Hebrew}/gu, "hebrew"],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, "cjk"],
  [
    /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{Script=Georgian}\p{Script=Armenian}]/gu,
    "other",
  ],
];
