import { describe, expect, it } from "vitest";
import { createFaqMatcher } from "../../src/core/faq/matcher.js";
import { contentTerms, HOW_MUCH_TERM, NEGATION, SHOWN_CODE_TERM } from "../../src/core/faq/query-terms.js";
import { stemFor } from "../../src/core/faq/stem.js";
import { turkishStem } from "../../src/core/faq/turkish-stem.js";

const matcher = createFaqMatcher();
const known = () => true;

describe("contentTerms", () => {
  it("reads a word as the text's language does: Turkish 'para' is money, Spanish 'para' is 'for'", () => {
    expect(contentTerms("bu kaç para", ["tr"], known)).toEqual(["para", HOW_MUCH_TERM]);
    expect(contentTerms("codigo para la radio", ["es"], known)).toEqual(["codigo", "radio"]);
    // Language unknown: every language's stop words are dropped.
    expect(contentTerms("para")).toEqual([]);
  });

  it("drops a foreign stop word unless it is a topic word of the text's language", () => {
    expect(contentTerms("ses bozuk", ["tr"], (w) => w === "ses")).toEqual(["ses", "bozuk"]);
    expect(contentTerms("ses bozuk", ["tr"], () => false)).toEqual(["bozuk"]);
  });

  it("turns negations in every language into one term", () => {
    const cases: ReadonlyArray<readonly [string, "en" | "fr" | "de" | "es" | "ro" | "tr"]> = [
      ["no sticker on my radio", "en"],
      ["the radio doesn't turn on", "en"],
      ["pas d'étiquette", "fr"],
      ["kein Aufkleber", "de"],
      ["Radio geht ned an", "de"],
      ["la pantalla no muestra nada", "es"],
      ["radioul nu pornește", "ro"],
      ["etiket yok", "tr"],
      ["radyo açılmıyor", "tr"],
      ["radyoyu sökmeden", "tr"],
    ];
    for (const [text, lang] of cases) expect(contentTerms(text, [lang], known), text).toContain(NEGATION);
    expect(contentTerms("the radio turns on", ["en"], known)).not.toContain(NEGATION);
    expect(contentTerms("it won't turn on", ["en"], known)).toEqual([NEGATION, "turn"]);
    expect(contentTerms("who won the match", ["en"], known)).toEqual(["won", "match"]);
    // "ne" is "not" in French but "what" in Turkish: with the language unknown it is neither.
    expect(contentTerms("ne")).toEqual([]);
    expect(contentTerms("kod ne", ["tr"], known)).toEqual(["kod"]);
  });

  it("writes number words as digits", () => {
    expect(contentTerms("four digits", ["en"], known)).toEqual(["4", "digits"]);
    expect(contentTerms("vier Ziffern", ["de"], known)).toEqual(["4", "ziffern"]);
    expect(contentTerms("une lettre et trois chiffres", ["fr"], known)).toEqual(["lettre", "3", "chiffres"]);
  });

  it("keeps a capital letter standing alone (a letter on a label), not 'I' nor initials", () => {
    expect(contentTerms("the four characters after the T", ["en"], known)).toContain("_t");
    expect(contentTerms("I have the C.A.R. card", ["en"], known)).toEqual(["car", "card"]);
  });

  it("reads French 'où' and 'sûr' before folding turns them into 'ou' (or) and 'sur' (on)", () => {
    expect(contentTerms("Où est l'étiquette ?", ["fr"], known)).toEqual(["where", "etiquette"]);
    // Without the accent, before a verb of place.
    expect(contentTerms("ou est l'etiquette ?", ["fr"], known)).toEqual(["where", "etiquette"]);
    expect(contentTerms("code ou precode", ["fr"], known)).toEqual(["code", "precode"]);
    expect(contentTerms("c'est sûr ?", ["fr"], known)).toEqual(["safe"]);
  });
});

describe("stems", () => {
  it("Turkish verbs typed without Turkish letters meet their root", () => {
    const forms = ["giriyorum", "girerim", "girdim", "girince", "girmek", "gireceğim", "giremiyorum"];
    for (const f of forms) {
      const folded = f.replace("ğ", "g");
      expect(turkishStem(folded), f).toBe("gir");
    }
    expect(turkishStem("radyosundan")).toBe(turkishStem("radyo"));
    expect(turkishStem("etiketinde")).toBe("etiket");
  });

  it("Turkish words whose ending only looks like a suffix keep it", () => {
    expect(turkishStem("verilerimi")).toBe("veri");
    expect(turkishStem("verdiginiz")).not.toBe("veri");
    expect(turkishStem("yardim")).toBe("yardim");
    expect(turkishStem("kodum")).toBe("kod");
  });

  it("'I don't know how / where' is no negation of the topic; 'no se enciende' still is", () => {
    expect(contentTerms("I don't know where the label is", ["en"], known)).not.toContain(NEGATION);
    expect(contentTerms("I don't have a label", ["en"], known)).toContain(NEGATION);
    expect(contentTerms("no se como meter el codigo", ["es"], known)).not.toContain(NEGATION);
    expect(contentTerms("la radio no se enciende", ["es"], known)).toContain(NEGATION);
    expect(contentTerms("on kodu nerede bilmiyorum", ["tr"], known)).not.toContain(NEGATION);
  });

  it("English 'keeps asking' is 'asks again and again', not 'store'", () => {
    expect(contentTerms("it keeps asking for a code", ["en"], known)).toEqual(["asking", "code"]);
    expect(contentTerms("do you keep my data", ["en"], known)).toContain("keep");
  });

  it("a pre-code the user names is one term, and no confident answer about the example V284", () => {
    expect(contentTerms("my pre-code is V284", ["en"])).toContain("_pre");
    expect(contentTerms("mein Vorcode ist T123", ["de"])).toContain("_pre");
    expect(matcher.match("my precode is V284, how do I enter the code").level).not.toBe("confident");
  });

  it("Turkish passive verbs and '-dik' participles meet their verb", () => {
    // "görülür" (can be seen), "girildi" (was entered), "açılmıyor" (won't open), "istediğin".
    expect(turkishStem("gorulur")).toBe(turkishStem("gormek"));
    expect(turkishStem("girildi")).toBe(turkishStem("girmek"));
    expect(turkishStem("acilmiyor")).toBe(turkishStem("acmak"));
    expect(turkishStem("istedigin")).toBe(turkishStem("istiyorum"));
    expect(turkishStem("kabul")).toBe("kabul");
  });

  it("colloquial Turkish endings: '-miyo', '-cam', a question particle written onto the verb", () => {
    expect(turkishStem("acmiyo")).toBe(turkishStem("acmiyor"));
    expect(turkishStem("yapcam")).toBe(turkishStem("yapacagim"));
    expect(turkishStem("bulabilirmiyim")).toBe(turkishStem("bulabilir"));
  });

  it("Turkish verbs made with '-la', '-le' meet their noun, whether or not the vowel drops", () => {
    for (const w of ["onaylamak", "onayliyor", "onaylarim"]) expect(turkishStem(w), w).toBe("onay");
    expect(turkishStem("bekliyor")).toBe(turkishStem("beklemek"));
    expect(turkishStem("kilitliyken")).toBe("kilit");
    expect(turkishStem("geliyor")).toBe("gel");
  });

  it("Turkish 'ön kod' keeps its 'd' in every form and meets the borrowed 'precode'", () => {
    for (const w of ["onkod", "onkodu", "onkodum", "onkodunu", "precode"])
      expect(turkishStem(w), w).toBe("onkod");
  });

  it("a Turkish ending spelled with 't' only follows a voiceless consonant", () => {
    // "etiket-i", "fiyat-ı": the "ti" is no ending after a vowel; "bit-ti", "sokak-ta" are.
    for (const w of ["etiketi", "etiketin"]) expect(turkishStem(w), w).toBe("etiket");
    expect(turkishStem("fiyati")).toBe(turkishStem("fiyat"));
    expect(turkishStem("bitti")).toBe("bit");
    expect(turkishStem("sokakta")).toBe("sokak");
  });

  it("German participles, Romanian verbs and French feminines typed without accents meet their verb", () => {
    expect(stemFor("de", "gesperrt")).toBe(stemFor("de", "sperren"));
    expect(stemFor("de", "eingegeben")).toBe(stemFor("de", "eingeben"));
    expect(stemFor("de", "ausgebaut")).toBe(stemFor("de", "ausbauen"));
    expect(stemFor("de", "gebraucht")).not.toBe(stemFor("de", "brauchen"));
    expect(stemFor("ro", "porneste")).toBe(stemFor("ro", "pornit"));
    expect(stemFor("ro", "functioneaza")).toBe(stemFor("ro", "functionare"));
    expect(stemFor("ro", "blocheaza")).toBe(stemFor("ro", "blocat"));
    expect(stemFor("ro", "deblochez")).toBe(stemFor("ro", "deblocare"));
    expect(stemFor("fr", "bloquee")).toBe(stemFor("fr", "bloque"));
  });

  it("synonyms of one language share a stem, other languages are untouched", () => {
    expect(stemFor("fr", "afficheur")).toBe(stemFor("fr", "ecran"));
    expect(stemFor("en", "sticker")).toBe(stemFor("en", "label"));
    expect(stemFor("tr", "teyp")).toBe(stemFor("tr", "radyo"));
    expect(stemFor("en", "afficheur")).not.toBe(stemFor("en", "screen"));
    // English words Turkish users mix in.
    expect(stemFor("tr", "radio")).toBe(stemFor("tr", "radyo"));
    expect(stemFor("tr", "code")).toBe(stemFor("tr", "kod"));
  });

  it("Turkish chat endings meet their verb; words an ending would merge stay apart", () => {
    for (const w of ["istiyom", "istiom", "istiyor"]) expect(turkishStem(w), w).toBe("ist");
    for (const w of ["gircek", "gireyim", "giriyim", "girsem"]) expect(turkishStem(w), w).toBe("gir");
    expect(turkishStem("basliyor")).not.toBe(turkishStem("basmak"));
    expect(turkishStem("cikarmadan")).not.toBe(turkishStem("cikiyor"));
    expect(turkishStem("yeterli")).not.toBe(turkishStem("yetkili"));
    expect(contentTerms("kod calismio", ["tr"], known)).toContain(NEGATION);
    expect(contentTerms("kod diil", ["tr"], known)).toContain(NEGATION);
  });
});

describe("chat spelling", () => {
  it("reads French SMS shorthand as the words it stands for", () => {
    expect(contentTerms("jsp pk le code marche pa", ["fr"], known)).toEqual(["code", "marche", NEGATION]);
    expect(contentTerms("cmt entrer le code ds la radio", ["fr"], known)).toEqual([
      "entrer",
      "code",
      "radio",
    ]);
    expect(contentTerms("le precode il est ou ?", ["fr"], known)).toEqual(["precode", "where"]);
  });

  it("reads French words glued to an elided article only when the glued word is unknown", () => {
    const words = new Set(["ecran", "etiquette"]);
    expect(contentTerms("lecran letiquette", ["fr"], (w) => words.has(w))).toEqual(["ecran", "etiquette"]);
    expect(contentTerms("lecran", ["fr"], () => true)).toEqual(["lecran"]);
  });

  it("reads Turkish chat shorthand", () => {
    expect(contentTerms("on kod nrde", ["tr"], known)).toEqual(contentTerms("on kod nerede", ["tr"], known));
    expect(contentTerms("simdi napcam", ["tr"], known)).toEqual(
      contentTerms("simdi ne yapcam", ["tr"], known),
    );
  });
});

describe("Turkish 'et-' and French 'what is'", () => {
  it("stems Turkish 'ed-' forms as 'et-' (to do): 'kabul edilmiyor' is 'kabul etmiyor'", () => {
    expect(stemFor("tr", "edilmiyor")).toBe(stemFor("tr", "etmiyor"));
  });

  it("stems Turkish aorist verbs with their person ending: 'ulaşırım', 'ulaşabilirim' meet", () => {
    expect(stemFor("tr", "ulasirim")).toBe(stemFor("tr", "ulasabilirim"));
    expect(stemFor("tr", "okunmuyor")).toBe(stemFor("tr", "okurum"));
    // "denedim" (I tried) is "dene-", not the "-den" (from) of "T'den sonra".
    expect(stemFor("tr", "denedim")).toBe(stemFor("tr", "denemek"));
    expect(stemFor("tr", "hatali")).not.toBe(stemFor("tr", "hata"));
    expect(stemFor("tr", "gecersiz")).not.toBe(stemFor("tr", "gecerli"));
    expect(stemFor("fr", "donnees")).not.toBe(stemFor("fr", "donner"));
    expect(stemFor("fr", "saisir")).not.toBe(stemFor("fr", "sais"));
    expect(stemFor("fr", "serie")).not.toBe(stemFor("fr", "sers"));
    expect(stemFor("tr", "yanmiyor")).not.toBe(stemFor("tr", "yaninda"));
    // The verbal noun with a person: "silmenizi istiyorum" (I want you to delete) is "sil-".
    expect(stemFor("tr", "silmenizi")).toBe(stemFor("tr", "silmek"));
  });

  it("reads German 'zahlen' after a pronoun or modal as 'to pay', not 'numbers'", () => {
    expect(contentTerms("wie viel muss ich zahlen", ["de"], known)).toContain("bezahlen");
    expect(contentTerms("die zahlen eingeben", ["de"], known)).toContain("zahlen");
  });

  it("reads a German verb with its prefix at the end as the whole verb: 'gibt … ein' is 'eingeben'", () => {
    expect(contentTerms("wie gibt man den Code ein", ["de"], known)).toContain("eingeben");
    expect(contentTerms("ein Code", ["de"], known)).not.toContain("eingeben");
    expect(contentTerms("wo gibt man ihn ein, wenn das Radio CODE zeigt", ["de"], known)).toContain(
      "eingeben",
    );
  });

  it("reads German 'sieht … aus' as 'aussehen' (look like), not 'sehen' (see)", () => {
    expect(contentTerms("wie schaut denn das Etikett aus, und wo klebt es", ["de"], known)).toContain(
      "aussehen",
    );
    expect(contentTerms("wer sieht meinen Vorcode", ["de"], known)).toContain("sieht");
    expect(contentTerms("sieht man das aus dem Display", ["de"], known)).not.toContain("aussehen");
  });

  it("stems German 'neue', 'neuen' alike ('ue' after a vowel is no umlaut) and 'Sender' apart from 'senden'", () => {
    expect(stemFor("de", "neuen")).toBe(stemFor("de", "neu"));
    expect(stemFor("de", "sender")).not.toBe(stemFor("de", "senden"));
    expect(stemFor("de", "funktioniert")).toBe(stemFor("de", "funktionieren"));
    expect(stemFor("de", "bestätigt")).toBe(stemFor("de", "bestätigen"));
    expect(stemFor("de", "anzeigen")).toBe(stemFor("de", "anzeige"));
    expect(stemFor("de", "gefunden")).toBe(stemFor("de", "finden"));
    expect(stemFor("de", "liest")).toBe(stemFor("de", "lesen"));
  });

  it("stems Spanish irregular 'dar', 'ver' forms as the verb, and 'costado' (side) apart from 'cuesta'", () => {
    expect(stemFor("es", "diste")).toBe(stemFor("es", "dar"));
    expect(stemFor("es", "veo")).toBe(stemFor("es", "ver"));
    expect(stemFor("es", "vino")).not.toBe(stemFor("es", "vin"));
    expect(stemFor("es", "costado")).not.toBe(stemFor("es", "cuesta"));
    expect(stemFor("es", "ubicacion")).toBe(stemFor("es", "ubica"));
    expect(stemFor("es", "bloquea")).toBe(stemFor("es", "bloquear"));
    expect(stemFor("es", "usa")).toBe(stemFor("es", "usar"));
    expect(stemFor("es", "lee")).toBe(stemFor("es", "leer"));
    expect(stemFor("es", "seguridad")).not.toBe(stemFor("es", "seguro"));
  });

  it("reads Turkish 'nasıl bir şey' (what is it like) as 'what is'", () => {
    expect(contentTerms("ön kod nasıl bir şey", ["tr"], known)).toContain("_what");
  });

  it("reads 'qu'est-ce que' as 'what is' only before a thing, not before 'je', 'tu'", () => {
    expect(contentTerms("qu'est-ce que le pré-code", ["fr"], known)).toContain("_what");
    expect(contentTerms("qu'est ce que tu sais faire", ["fr"], known)).not.toContain("_what");
  });
});

describe("display words and 'nothing else'", () => {
  it("reads 'nothing else' as 'only', in every language: no negation, no 'other'", () => {
    expect(contentTerms("it shows CODE and nothing else", ["en"], known)).not.toContain(NEGATION);
    expect(contentTerms("l'écran marque CODE, rien d'autre", ["fr"], known)).not.toContain(NEGATION);
    expect(contentTerms("ekranda CODE var başka bir şey yok", ["tr"], known)).not.toContain(NEGATION);
    expect(contentTerms("das Display zeigt nichts mehr", ["de"], known)).toContain(NEGATION);
  });

  it("reads 'I can't find it' as 'where is it': the verb stays, the negation goes", () => {
    expect(contentTerms("je trouve pas le précode", ["fr"], known)).toEqual(["trouve", "precode"]);
    expect(contentTerms("ich finde den Vorcode nicht", ["de"], known)).toEqual(["finde", "vorcode"]);
    expect(contentTerms("ön kodu bulamıyorum", ["tr"], known)).not.toContain(NEGATION);
    expect(contentTerms("i can't find the precode", ["en"], known)).toEqual(["find", "precode"]);
  });

  it("reads a lone 'CODE' in capitals as the radio's display, not 'CODE LOCK' nor a shouted question", () => {
    expect(contentTerms("it says CODE", ["en"], known)).toContain(SHOWN_CODE_TERM);
    expect(contentTerms("it says CODE LOCK", ["en"], known)).not.toContain(SHOWN_CODE_TERM);
    expect(contentTerms("HOW DO I ENTER THE CODE", ["en"], known)).not.toContain(SHOWN_CODE_TERM);
    expect(contentTerms("where is the code", ["en"], known)).not.toContain(SHOWN_CODE_TERM);
  });
});

describe("matching with these terms", () => {
  it("GIVEN a German compound of two known words THEN it meets the entries using both", () => {
    expect(matcher.match("Radio will nach dem Batterietausch einen Code").suggestions[0]?.id).toBe(
      "code-after-battery",
    );
  });

  it("GIVEN a phrasing word for word, even all stop words THEN its entry, confidently", () => {
    const m = matcher.match("what can you do?");
    expect(m.best?.id).toBe("how-to-use-bot");
    expect(m.level).toBe("confident");
  });

  it("GIVEN a negation THEN the entry about the missing thing, not the one about the thing", () => {
    expect(matcher.match("pas d'étiquette sur ma radio").suggestions[0]?.id).toBe("label-unreadable");
    expect(matcher.match("where is the label on my radio").suggestions[0]?.id).toBe("where-is-precode");
  });

  it("GIVEN a Turkish verb form the entries do not spell THEN it still meets them", () => {
    expect(matcher.match("kodu radyoya nasıl giriyorum").suggestions[0]?.id).toBe("enter-code");
  });

  it("GIVEN Spanish 'mando' after an article THEN the steering-wheel control, not 'I send'", () => {
    const [control] = contentTerms("el mando del volante", ["es"]);
    const [send] = contentTerms("te mando el precódigo", ["es"]);
    expect(control).not.toBe(send);
    expect(stemFor("es", send ?? "")).toBe(stemFor("es", "mandar"));
  });

  it("GIVEN 'I don't understand how…' THEN the topic, as 'I don't know how…'; 'the bot doesn't understand' stays support", () => {
    expect(matcher.match("I don't understand how to enter the code").suggestions[0]?.id).toBe("enter-code");
    expect(matcher.match("je comprends pas comment entrer le code").suggestions[0]?.id).toBe("enter-code");
    expect(matcher.match("the bot doesn't understand").suggestions[0]?.id).toBe("contact-support");
  });

  it("GIVEN Romanian 'să vină' (to come) THEN not the VIN", () => {
    expect(stemFor("ro", "vina")).not.toBe(stemFor("ro", "vin"));
  });

  it("GIVEN German typed without umlauts or in dialect THEN stop words and 'nimma' read as usual", () => {
    expect(contentTerms("wie geht das ueberhaupt", ["de"])).toEqual(
      contentTerms("wie geht das überhaupt", ["de"]),
    );
    expect(contentTerms("das Radio geht nimma", ["de"])).toEqual(
      contentTerms("das Radio geht nicht mehr", ["de"]),
    );
    expect(contentTerms("der Code geht leider eigentlich nicht", ["de"])).toEqual(
      contentTerms("der Code geht nicht", ["de"]),
    );
  });

  it("GIVEN German 'vierstellig' / '4-stellig' THEN four digits, as 'vier Ziffern'", () => {
    expect(contentTerms("vierstellige Nummer", ["de"])).toEqual(["4", "ziffern", "nummer"]);
    expect(contentTerms("4-stellig", ["de"])).toEqual(["4", "ziffern"]);
  });

  it("GIVEN German unlock, disconnect and manual words THEN the knowledge base's words", () => {
    expect(stemFor("de", "freigeschaltet")).toBe(stemFor("de", "entsperren"));
    expect(stemFor("de", "entsperrt")).toBe(stemFor("de", "entsperren"));
    expect(stemFor("de", "abgehängt")).toBe(stemFor("de", "abklemmen"));
    expect(stemFor("de", "gewartet")).toBe(stemFor("de", "warten"));
    expect(stemFor("de", "bedienungsanleitung")).toBe(stemFor("de", "handbuch"));
  });

  it("GIVEN a German participle used as an adjective THEN its verb, but 'gebrauchte' stays second-hand", () => {
    expect(stemFor("de", "gesperrte")).toBe(stemFor("de", "sperren"));
    expect(stemFor("de", "geklautes")).toBe(stemFor("de", "geklaut"));
    expect(stemFor("de", "gebrauchte")).not.toBe(stemFor("de", "brauchen"));
  });

  it("GIVEN the German power button spelled any way THEN one word", () => {
    const power = contentTerms("Einschaltknopf", ["de"]).map((t) => stemFor("de", t));
    for (const q of ["Ein/Aus-Taste", "Ein-Aus-Knopf", "Power-Knopf", "Powertaste", "Einschalter"])
      expect(contentTerms(q, ["de"]).map((t) => stemFor("de", t))).toEqual(power);
  });
});
