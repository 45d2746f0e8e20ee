/**
 * One sentence in a language the bot does not speak, for a message detected as written in it
 * (src/core/faq/other-languages.ts): that the bot does not speak it yet, which six it speaks, and
 * that the pre-code from the label is all it needs. Shown above the same sentence in the user's
 * language. None for a script shared by several languages (Cyrillic: Russian, Ukrainian,
 * Bulgarian, Serbian…), where one of them would be the wrong one. Darija in Latin letters ("ar")
 * gets the Arabic sentence.
 */
const NOTICES: Readonly<Record<string, string>> = {
  it: "Non parlo ancora l'italiano. Rispondo in inglese, francese, tedesco, spagnolo, rumeno e turco. Per il codice della radio, basta inviare il pre-codice dall'etichetta della radio: una lettera e tre cifre, per esempio V284.",
  pt: "Ainda não falo português. Respondo em inglês, francês, alemão, espanhol, romeno e turco. Para obter o código do rádio, basta enviar o pré-código da etiqueta do rádio: uma letra e três algarismos, por exemplo V284.",
  pl: "Nie mówię jeszcze po polsku. Odpowiadam po angielsku, francusku, niemiecku, hiszpańsku, rumuńsku i turecku. Aby dostać kod do radia, wystarczy wysłać kod wstępny z naklejki na radiu: jedna litera i trzy cyfry, np. V284.",
  nl: "Ik spreek nog geen Nederlands. Ik antwoord in het Engels, Frans, Duits, Spaans, Roemeens en Turks. Voor de code van uw radio stuurt u gewoon de voorcode van het etiket op de radio: één letter en drie cijfers, bijvoorbeeld V284.",
  hu: "Még nem beszélek magyarul. Angolul, franciául, németül, spanyolul, románul és törökül válaszolok. A rádió kódjához elég elküldeni az előkódot a rádió címkéjéről: egy betű és három számjegy, például V284.",
  cs: "Česky zatím nemluvím. Odpovídám anglicky, francouzsky, německy, španělsky, rumunsky a turecky. Pro kód rádia stačí poslat předkód ze štítku rádia: jedno písmeno a tři číslice, například V284.",
  hr: "Još ne govorim hrvatski ni srpski. Odgovaram na engleskom, francuskom, njemačkom, španjolskom, rumunjskom i turskom. Za kod radija dovoljno je poslati predkod s naljepnice radija: jedno slovo i tri znamenke, na primjer V284.",
  arabic:
    "لا أتحدث العربية بعد. أجيب بالإنجليزية والفرنسية والألمانية والإسبانية والرومانية والتركية. للحصول على رمز الراديو، أرسل فقط الرمز المسبق الموجود على ملصق الراديو: حرف واحد وثلاثة أرقام، مثل V284.",
};

/** The sentence for a detected language or script, if there is one. */
export function otherLanguageNotice(other: string): string | undefined {
  return NOTICES[other === "ar" ? "arabic" : other];
}
