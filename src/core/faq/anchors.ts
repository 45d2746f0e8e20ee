/**
 * Radio-domain words. Off-topic chatter shares generic words with the FAQ ("time", "work",
 * "price", "help": "quel temps fait-il" meets the lockout entry's "temps d'attente"), so a
 * *confident* answer needs at least one of these in the question. Without one, the matcher
 * can still offer "Did you mean…" suggestions.
 *
 * Stems are folded (no accents) and matched as prefixes (see `matchesAny`).
 */
const ANCHOR_STEMS: readonly string[] = stems(`
  radio radyo autoradio code cod kod pin$ pinul precod onkod vorcode vorkode codelock 0000
  dokker dacia renault logan sandero duster lodgy clio megane kangoo twingo scenic
  medianav rlink plugradio tuner
  batter bater aku label etiquet etichet etiket aufkleber sticker autocollant pegatina
  vin$ vinul sasi$ sasisi fahrgestell bastidor chassis sasiu
  error erreur fehler eroare hata lock bloq blocat gesperrt sperr kilit
  beep bip piep scrambl brouill
  bot$ botu forget support destek soporte suport
`);

/**
 * Words of the questions about the service rather than the radio: price, privacy, legality,
 * a human. "is it free" or "delete my data" have no radio word, yet in this chat they are
 * clearly about the bot. They also occur in chatter ("bitcoin price"), so the matcher only
 * trusts them when *every* topic word of the question matched the entry (see thresholds.ts).
 */
const META_STEMS: readonly string[] = stems(`
  cost price free$ pay fee$ charge gratuit gratis kostenlos umsonst ucret bedava prix preis
  precio pret$ fiyat payant kost cout cuest plat odem moca parali
  privacy privacidad confidential datenschutz gizlilik data$ daten$ datos$ donnees datele veri
  gdpr rgpd dsgvo kvkk delete erase supprim efface losch borra elimin sterg sil$ silmek
  legal legit yasal illegal hack pirat scam arnaque estafa
  human humain mensch humano persona person om$ omul insan operator operateur agent staff
`);

export function isMetaWord(term: string): boolean {
  return matchesAny(term, META_STEMS);
}

/** True when swapping one adjacent pair of letters in `a` gives `b` ("cdoe" → "code"). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i + 1 < a.length; i++) {
    if (a[i] !== b[i]) {
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
  }
  return false;
}

/** True when a (folded) query term is a radio-domain word. */
export function isAnchor(term: string): boolean {
  return matchesAny(term, ANCHOR_STEMS);
}

/**
 * A stem ending in "$" must match the whole term ("vin" is also French for wine, "pin" starts
 * "pineapple"); others match as prefixes. Only swapped letters are forgiven: a one-letter edit would turn "code" into
 * "cold" and "batter" into "better".
 */
function matchesAny(term: string, list: readonly string[]): boolean {
  return list.some((raw) => {
    const exact = raw.endsWith("$");
    const stem = exact ? raw.slice(0, -1) : raw;
    const head = exact ? term : term.slice(0, stem.length);
    return head === stem || (stem.length >= 4 && isTransposition(head, stem));
  });
}

/** Whitespace-separated folded stems; a trailing "$" means the whole word (see `matchesAny`). */
function stems(list: string): readonly string[] {
  return list.split(/\s+/).filter(Boolean);
}
