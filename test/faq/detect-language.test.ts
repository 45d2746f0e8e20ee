import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/core/faq/detect-language.js";
import type { Locale } from "../../src/core/i18n/locales.js";

const SAMPLES: ReadonlyArray<readonly [Locale, string]> = [
  ["en", "radio ask code after batery change"],
  ["en", "where do I find the pre-code on my radio?"],
  ["en", "the code doesnt work, it says ERROR"],
  ["fr", "j'ai changé la batterie et la radio demande un code"],
  ["fr", "ou trouver le precode"],
  ["fr", "le code marche pas, ça affiche CODE LOCK"],
  ["fr", "comment on rentre le code dans l'autoradio"],
  ["de", "Radio will Code nach Batteriewechsel"],
  ["de", "wo finde ich den vorcode"],
  ["de", "wie lange muss ich warten, das Radio ist gesperrt"],
  ["de", "Straße, größer, heißt"],
  ["es", "cambie la bateria y la radio pide codigo"],
  ["es", "¿dónde está el precódigo?"],
  ["es", "el codigo no funciona"],
  ["ro", "codul radio dacia unde e"],
  ["ro", "am schimbat bateria și radioul cere cod"],
  ["ro", "radioul nu pornește deloc"],
  ["ro", "cât aștept după cod greșit"],
  ["tr", "radyo kodu nerede yazıyor"],
  ["tr", "radyo kod istiyo aku degistirdim"],
  ["tr", "kod çalışmıyor"],
  ["tr", "yanlis koddan sonra ne kadar beklicem"],
  // What the display says, in the verb people use for it.
  ["es", "mi radio dice CODE LOCK"],
  ["es", "la radio dice CODE"],
  ["fr", "la radio dit CODE"],
  ["de", "das Radio sagt CODE"],
  ["ro", "radioul arată CODE"],
  // No marker word: the knowledge base's words of one language decide.
  ["es", "y al final cuanto me cuesta eso"],
  ["de", "ist es kostenpflichtig"],
  ["tr", "ucreti ne kadar tutar bu isin"],
];

describe("detectLanguage", () => {
  it.each(SAMPLES)("%s: %s", (locale, text) => {
    expect(detectLanguage(text).locale).toBe(locale);
  });

  it.each(["", "   ", "?", "V284", "CODE", "ok", "precode", "1234", "🙂"])(
    "returns no locale for %j (too short to tell)",
    (text) => {
      const d = detectLanguage(text);
      expect(d.locale).toBeUndefined();
    },
  );

  it("returns no locale when two languages are tied", () => {
    // "de la" is French, Spanish and Romanian alike.
    expect(detectLanguage("de la").locale).toBeUndefined();
  });

  it("gives a confidence between 0 and 1, higher for clear text", () => {
    const clear = detectLanguage("j'ai changé la batterie et la radio demande un code");
    const vague = detectLanguage("radio code");
    expect(clear.confidence).toBeGreaterThan(0.5);
    expect(clear.confidence).toBeLessThanOrEqual(1);
    expect(vague.confidence).toBeGreaterThanOrEqual(0);
    expect(vague.confidence).toBeLessThan(clear.confidence);
  });

  it("is robust to missing accents and capitals", () => {
    expect(detectLanguage("RADYO KOD ISTIYOR AKU DEGISTIRDIM").locale).toBe("tr");
    expect(detectLanguage("J AI CHANGE LA BATTERIE, LA RADIO DEMANDE UN CODE").locale).toBe("fr");
  });
});

describe("detectLanguage: languages the bot does not speak", () => {
  it("GIVEN Italian, Polish, Dutch, Portuguese, Czech, Croatian, Russian, Arabic or darija THEN another language, no locale", () => {
    for (const text of [
      "buongiorno, dopo il cambio della batteria la radio chiede il codice",
      "dzien dobry, radio pokazuje CODE, co mam zrobic",
      "mijn radio vraagt een code, waar vind ik die",
      "o rádio pede a senha depois que troquei a bateria, não sei o que fazer",
      "prosím, kde najdu kód rádia",
      "treba mi kod za radio, gdje je naljepnica",
      "радио просит код после замены аккумулятора",
      "الراديو يطلب الكود بعد تغيير البطارية",
      "salam khoya, radio dyali kaytlob lcode",
    ]) {
      const d = detectLanguage(text);
      expect(d.other, text).toBeDefined();
      expect(d.locale, text).toBeUndefined();
    }
  });

  it("GIVEN the six languages, with shared words (radio, code, kod) THEN never another language", () => {
    for (const [locale, text] of SAMPLES)
      expect(detectLanguage(text).other, `${locale}: ${text}`).toBeUndefined();
    for (const text of ["radio kod", "code radio", "kod nerede", "code per FIN?", "la radio fait bip bip"])
      expect(detectLanguage(text).other, text).toBeUndefined();
  });
});
