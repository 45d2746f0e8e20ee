/**
 * A Turkish stemmer for folded text. People type Turkish without its letters ("calismiyor" for
 * "çalışmıyor"), and the Snowball stemmer, which checks vowel harmony on the real letters, then
 * leaves most words alone; it also knows no verb endings, and Turkish questions are full of
 * verbs ("giriyorum", "girerim", "girdim", "girince" are all "gir", to enter).
 *
 * Endings are stripped from the end, longest first, up to four times: case, possessive and
 * plural endings of nouns (the root keeps at least three letters), tense, person, mood,
 * condition ("gösteriyorsa", if it shows), passive ("görülür", can be seen; "girildi", was entered),
 * participle ("istediğin", that you want) and negation endings of verbs (at least two: "al", "et"),
 * also as typed in chat: "istiyom", "biliyon" (-iyorum, -iyorsun), "calismio" (-mıyor), "gircek"
 * (-ecek); and the optative and conditional ("gireyim", "yapiyim" let me…; "girsem" if I…). It over-strips now and then ("kumanda"
 * → "kuman"), but the same way in the knowledge base and in a question, which is what counts.
 */

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const VERB_ENDINGS = words(`
  iyorum iyorsun iyoruz iyorsunuz iyorlar iyor uyorum uyorsun uyoruz uyorsunuz uyor iyo uyo
  acagim ecegim acagiz ecegiz acaksin eceksin acak ecek acag eceg acam ecem icem icam ucam
  yacak yecek yacagim yecegim yacam yecem
  mak mek makta mekte masi mesi mali meli maliyim meliyim malisin melisin
  abilir ebilir abiliyor ebiliyor abilirim ebilirim abilirsiniz ebilirsiniz abil ebil
  yabilir yebilir yabilirim yebilirim yabil yebil
  amiyor emiyor amiyorum emiyorum amadim emedim amaz emez ama eme
  yamiyor yemiyor yamiyorum yemiyorum yamadim yemedim yamaz yemez yama yeme
  madim medim madi medi miyor muyor miyorum muyorum maz mez
  rim rum rsin riz ruz rsiniz
  irim urum arim erim irsin ursun arsin ersin iriz uruz ariz eriz
  memi mami meni mani mesi masi memizi mamizi menizi manizi mesini masini
  dim tim dum tum dik tik duk tuk din tin dun tun diniz tiniz dunuz tunuz
  digim tigim digi tigi dugum dugu diktan dikten tiktan tikten diginiz tiginiz
  misim mis mus missin
  inca ince unca unce yinca yince arak erek yip yup ken iken yan yen
  iyorsa uyorsa iyorsam uyorsam iyorsan uyorsan mazsa mezse arsa erse irsa irse ursa urse
  dig tig dug tug
  ilir ulur ilmiyor ulmuyor ilmez ulmez ildi uldu ilmis ulmus ilen ulen ilebilir ulebilir
  inir unur inmiyor unmuyor inmez unmez indi undu inmis unmus
  miyo muyo miyom muyom ilmiyo ulmuyo inmiyo unmuyo cam cem yken
  miyim muyum misin musun miyiz muyuz misiniz musunuz midir mudur
  iyom uyom iyon uyon iyoz uyoz io uo iom uom ion uon mio muo miom muom
  cek cak cegim cagim
  ayim eyim iyim uyim yayim yeyim yim sam sem san sen sak sek
`);

const POSSESSIVE = words("im um in un i u si su imiz umuz iniz unuz lari leri m");
const CASE = words(
  "da de ta te dan den tan ten a e ya ye i u yi yu in un nin nun la le yla yle daki deki ki",
);
/** After "-si", "-i", "-leri", a case ending takes an "n": "radyo-su-n-da". */
const TAKES_N = new Set(["si", "su", "i", "u", "lari", "leri"]);

function nounEndings(): string[] {
  const out = new Set(words("li lu siz suz lik luk ma me ir ur ar er dir tir dur tur di ti du tu"));
  for (const plural of ["", "lar", "ler"]) {
    for (const p of ["", ...POSSESSIVE]) {
      for (const c of ["", ...CASE]) {
        const n = TAKES_N.has(p) && c !== "" && !c.startsWith("y") && c !== "ki" ? "n" : "";
        const ending = plural + p + n + c;
        if (ending) out.add(ending);
      }
    }
  }
  return [...out];
}

/** Ending → shortest root it may leave, grouped by the ending's length. */
const ENDINGS = new Map<number, Map<string, number>>();
/**
 * Verbs made from nouns with "-la", "-le" ("onay" → "onaylamak", to confirm; "kilit" →
 * "kilitlemek"; "bekle-") lose its vowel before "-iyor" ("onaylıyor", "bekliyor"): cut with the
 * ending, down to the noun (at least three letters, so "geliyor" stays "gel" + "iyor").
 */
const DERIVED_VERB_ENDINGS = words(`
  lamak lemek lama leme liyor luyor liyorum luyorum liyo luyo layin leyin ladim ledim ladi ledi
  lamis lemis layacak leyecek leyim layim lesem lasam
`);

/**
 * The converb "-ıp/-ip/-up/-üp" (and then: "söküp taktım", "çıkarıp", "girip"): the root keeps
 * three letters, so "grup", "ekip" stay whole.
 */
const CONVERB_ENDINGS = words("ip up");

for (const [ending, min] of new Map<string, number>([
  ...nounEndings().map((e) => [e, 3] as const),
  ...CONVERB_ENDINGS.map((e) => [e, 3] as const),
  ...VERB_ENDINGS.map((e) => [e, 2] as const),
  ...DERIVED_VERB_ENDINGS.map((e) => [e, 3] as const),
])) {
  const same = ENDINGS.get(ending.length) ?? new Map<string, number>();
  same.set(ending, min);
  ENDINGS.set(ending.length, same);
}
/** Ending lengths, longest first: the longest ending that fits is stripped. */
const LENGTHS = [...ENDINGS.keys()].sort((a, b) => b - a);

/**
 * Words whose ending looks like a suffix but is not: "veri" (data) is not "ver" (give; "veriyor"
 * still is), "yardım" (help) is no past tense.
 */
const WHOLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^veri(?:$|ler|m)/, "veri"],
  [/^yardim/, "yardim"],
  [/^tamir/, "tamir"],
  [/^silin/, "silin"], // erased, worn off (a label), not "sil" (delete my data)
  [/^kimlik/, "kimlik"],
  [/^sahi[pb]/, "sahip"], // an owner, not "sah-" + "-ip"
  [/^takip/, "takip"], // to follow, not "tak-" (to fit a radio) + "-ıp"
  // "almıyor", "almadı" (the radio won't take the code) is "kabul etmiyor" (doesn't accept),
  // not "al-" (to buy: "ikinci el radyo aldım").
  [/^alm(?:iyo|uyo|adi|az)/, "kabul"],
  [/^insan/, "insan"], // a person, not "in-" + "-san" (if you…)
  [/^kod/, "kod"], // "kodum" (my code) is no past tense of "ko"
  // "ön kod" is joined to "onkod" (normalize.ts): "onkodu" is no past tense of "onko"; and the
  // English "precode", which Turkish users borrow ("precode nerede"), is the same word.
  [/^(?:onkod|precod)/, "onkod"],
  // Verbs whose root an ending would cut to another word's: "başla-" (start: "başlıyor") is not
  // "bas-" (press: "basılı tut"), "çıkar-" (take out the radio) not "çık-" (come up on the
  // screen), "yolla-" (send) not "yol" (way), "yeterli" (enough) not "yetkili" (authorised).
  [/^basl[aiu]/, "basla"],
  [/^cikar(?!s)/, "cikar"],
  [/^yolla(?!r)/, "yolla"], // not "yollar" (ways)
  [/^yeterl/, "yeterli"],
  [/^yetkil/, "yetkili"],
  [/^ode(?:[mnyd]|$)/, "ode"],
  // "dene-" (try): "denedim", "deniyorum", "deneme" are not "-den" (from).
  [/^den(?:e|iy|iyo)/, "dene"],
  // "hatalı" (wrong, faulty) is not "hata" (an error message on the screen).
  [/^hatal/, "hatali"],
  // "geçersiz" (invalid) and "geçerli" (valid) are opposites, not "geç-" (to pass) both.
  [/^gecersiz/, "gecersiz"],
  [/^gecerli/, "gecerli"],
  // "yanmıyor" (doesn't light up) is "yan-" (to burn), not "yan" (side: "yanında").
  [/^yan(?:m[aiu]|iyo|di|ar(?:$|m|s))/, "yanmak"],
  // "oku-" (read): "okunmuyor" (can't be read), "okurum", "okuyamıyorum" all keep the "u".
  [/^oku/, "oku"],
];

/**
 * An ending spelled with "t" ("-ta", "-tan", "-ti", "-tim") follows a voiceless consonant
 * ("sokakta", "bitti"); after a vowel or a voiced one it is "d" ("arabada", "geldi"). So the "ti"
 * of "etiketi" or "fiyatı" is not an ending: the word is "etiket" + "i", "fiyat" + "ı". Folded
 * "ç" and "ş" are "c" and "s".
 */
const VOICELESS = new Set(["p", "t", "k", "f", "s", "h", "c"]);

const MAX_STEPS = 4;

export function turkishStem(word: string): string {
  const whole = WHOLE.find(([pattern]) => pattern.test(word));
  if (whole) return whole[1];
  let w = word;
  for (let step = 0; step < MAX_STEPS; step++) {
    const cut = LENGTHS.find((len) => {
      const min = ENDINGS.get(len)?.get(w.slice(-len));
      return (
        min !== undefined &&
        w.length - len >= min &&
        (w[w.length - len] !== "t" || VOICELESS.has(w[w.length - len - 1] ?? ""))
      );
    });
    if (cut === undefined) break;
    w = w.slice(0, w.length - cut);
  }
  if (w === "ed" && word.length > 2) return "et"; // "ediyor", "edilmiyor", "eder": "et-" (to do)
  return w.length > word.length || w === word ? w : devoice(w);
}

/**
 * A final "p" turns voiced before a vowel ending: "teyp" → "teybi", "kitap" → "kitabı". A stem
 * left with "b" by such an ending is read with "p", as the word is written alone. (Not "d" → "t"
 * nor "ğ" → "k": folded "ğ" is "g", and "-d" is mostly the past tense.)
 */
function devoice(stem: string): string {
  return stem.length >= 3 && stem.endsWith("b") ? `${stem.slice(0, -1)}p` : stem;
}
