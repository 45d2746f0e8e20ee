import { describe, expect, it } from "vitest";
import { FAQ_ENTRIES } from "../../src/core/faq/entries/index.js";
import { CATALOGS } from "../../src/core/i18n/catalogs.js";

/**
 * One form of address per language, in the FAQ answers and the interface texts alike: German,
 * French, Spanish, Romanian and Turkish all formal (Sie, vous, usted, dumneavoastră, siz). A reply
 * that switches from "Warten Sie" to "schick mir", or from "Escriba" to "Envía", mid-chat reads
 * as two different bots. User-side question phrasings are what users type: not checked.
 *
 * Each pattern lists only words that cannot occur in the formal text. `\b` is ASCII-only in JS,
 * so words with accented letters are bounded by "no letter either side" (`\p{L}`, flag `u`).
 * Spanish "tú" imperatives that are also third person ("el bot no envía nada", "si el usuario no
 * escribe", "la radio vuelve a pedir") count only where a clause begins ("Envía…", "Después,
 * vuelve…", "- Busca…"). Romanian ones ("apasă", "verifică": "/vin: verifică un VIN") are left
 * out. Turkish button labels ("Gönder", "Sohbeti kapat") keep the bare imperative as Turkish
 * interfaces do, so Turkish is checked by its pronouns and second-person endings only.
 * SAMPLES below keep each pattern honest: it must flag the informal sentences and no formal one.
 */
const word = (alternatives: readonly string[]): RegExp =>
  new RegExp(`(?<!\\p{L})(${alternatives.join("|")})(?!\\p{L})`, "iu");
/** Words that count only where a clause begins: start, after punctuation, or a "- " list item. */
const clauseStart = (alternatives: readonly string[]): RegExp =>
  new RegExp(`(?:^|[.:;!?¡¿,—–(]\\s*|\\n\\s*-?\\s*)(${alternatives.join("|")})(?!\\p{L})`, "iu");

const INFORMAL = {
  de: [/\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b/i],
  fr: [/\b(tu|toi|ton|ta|tes)\b/i],
  es: [
    word([
      "tú|tu|tus|te|ti|contigo|tuyo|tuya|tuyos|tuyas",
      "puedes|tienes|quieres|quieras|querías|necesitas|debes|eres|estás|has|mantienes|envías",
      "envíame|envíalo|envíala|pulsa|mantén|elige|pon|haz|dime|escríbeme",
      "asegúrate|compruébalo|guárdalo|pregúntale",
      "darte|haberte|decirte|enviarte|responderte|mostrarte|explicarte",
    ]),
    // "tú" imperatives that are also third person ("el bot no envía nada"): only opening a clause.
    clauseStart([
      "envía|escribe|vuelve|deja|revisa|busca|mira|usa|contacta|pide|introduce",
      "confirma|guarda|lee|quita|responde|inicia|obtén|compara|prueba|intenta",
    ]),
  ],
  ro: [
    word([
      "tu|te|ți|ţi|îți|îţi|ție|ţie|tine|tău|ta|tale|tăi",
      "poți|poţi|vrei|ești|eşti",
      "introdu|fă|trimite-mi|spune-mi",
    ]),
  ],
  tr: [
    word([
      "sen|senin|sana|seni|sende|senden|seninle|kendin|kendine",
      "\\p{L}*bilirsin|istersen|\\p{L}*[ıiuü]yorsun",
    ]),
  ],
} as const satisfies Readonly<Record<string, readonly RegExp[]>>;

type Locale = keyof typeof INFORMAL;
const LOCALES = Object.keys(INFORMAL) as Locale[];
const isInformal = (locale: Locale, text: string): boolean => INFORMAL[locale].some((re) => re.test(text));

/** An informal and a formal sentence per language: each pattern must tell them apart. */
const SAMPLES: Readonly<Record<Locale, { informal: readonly string[]; formal: readonly string[] }>> = {
  de: { informal: ["Schick mir deinen Vorcode."], formal: ["Schicken Sie mir Ihren Vorcode."] },
  fr: { informal: ["Envoie-moi ton pré-code."], formal: ["Envoyez-moi votre pré-code."] },
  es: {
    informal: [
      "Envía el precódigo de la etiqueta de tu radio.",
      "Pulsa el botón 1 hasta que la primera cifra sea 4.",
      "Con /dokker te doy estos pasos.",
      "Aquí estoy si necesitas algo más.",
      "¿Querías decir V284?",
      "Mantén pulsado el botón 6.",
      "Después, vuelve a introducir el código.",
      "Tras un error:\n\n- Busca el precódigo en la etiqueta.",
      "No puedo darte un código.",
    ],
    formal: [
      "Envíe el precódigo de la etiqueta de su radio.",
      "Pulse el botón 1 hasta que la primera cifra sea 4.",
      "Con /dokker le doy estos pasos.",
      "El bot no envía nada al fabricante; si el usuario no escribe, se cierra.",
      "La radio vuelve a pedir el código: /vin comprueba un VIN y lo que muestra la pantalla.",
      "Después, vuelva a introducir el código. No puedo darle un código, por mi parte.",
    ],
  },
  ro: {
    informal: [
      "Trimite-mi precodul de pe eticheta radioului tău.",
      "Îți trimit un mesaj.",
      "Poți încerca din nou.",
    ],
    formal: ["Trimiteți-mi precodul de pe eticheta radioului dumneavoastră.", "Vă trimit un mesaj."],
  },
  tr: {
    informal: ["Sana kodu göndereyim.", "Ön kodu da gönderebilirsin.", "Çok hızlı mesaj gönderiyorsun."],
    formal: ["Size kodu göndereyim.", "Ön kodu da gönderebilirsiniz.", "Çok hızlı mesaj gönderiyorsunuz."],
  },
};

describe("form of address", () => {
  for (const locale of LOCALES) {
    it(`GIVEN the ${locale} FAQ answers and interface texts THEN none addresses the user informally`, () => {
      const texts = [
        ...FAQ_ENTRIES.map((e) => [e.id, e.answer[locale]] as const),
        ...FAQ_ENTRIES.map((e) => [`${e.id} (without a desk)`, e.answerWithoutDesk?.[locale] ?? ""] as const),
        ...Object.entries(CATALOGS[locale]).map(([key, text]) => [key, String(text)] as const),
      ];
      const informal = texts.filter(([, text]) => isInformal(locale, text ?? "")).map(([id]) => id);
      expect(informal).toEqual([]);
    });

    it(`GIVEN ${locale} sample sentences THEN the pattern flags the informal ones only`, () => {
      const { informal, formal } = SAMPLES[locale];
      expect(informal.filter((s) => !isInformal(locale, s))).toEqual([]);
      expect(formal.filter((s) => isInformal(locale, s))).toEqual([]);
    });
  }
});
