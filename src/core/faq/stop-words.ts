/**
 * Function words per language, already folded (no accents). They carry no topic, so the index
 * and the query drop them; language detection uses the same lists as evidence of a language.
 * Question words ("how", "what") and negations are included on purpose: off-topic chatter is
 * full of them ("how is the weather"), and the topic words next to them decide the entry.
 * "Where" is kept as a topic word: "where…" questions are about the label, the card or the VIN.
 */
import type { Locale } from "../i18n/locales.js";

const words = (s: string): readonly string[] => s.split(/\s+/).filter(Boolean);

export const STOP_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  en: words(`
    a an the is are was were be been am i me my mine you your we our it its this that these those
    and or but if so of to in on at by for with from into about as do does did doesn don didn t s
    what when why how which who whom whose can could should would will shall may might must
    have has had having not no yes please thanks thank there here just also very too any some
    get got give tell let want need im ive actually really thing stuff its he she they them his her their
    something anything now then u ur pls plz ok okay
  `),
  fr: words(`
    le la les l un une des du de d au aux et ou mais donc ni que qu qui quoi quel quelle
    quels quelles est sont etait etre ai as a avons avez ont j je tu il elle on nous vous ils elles
    me m te t se s ce c ca cet cette ces mon ma mes ton ta tes sa ses notre votre leur leurs
    dans sur sous avec sans pour par en y ne n pas plus oui non comment pourquoi quand combien
    svp stp merci moi toi lui faire fait fais peut peux veux voudrais faut truc machin
    quelque chose rien maintenant alors bien
  `),
  de: words(`
    der die das den dem des ein eine einen einem einer eines und oder aber wenn dass ist sind war
    bin bist hat habe hab haben hast ich du er sie es wir ihr mich mir dich dir sich mein meine
    meinen meinem meiner dein deine sein seine unser in im an am auf aus bei mit nach von vor zu
    zum zur fur uber unter nicht kein keine keinen ja nein bitte danke wie was wann warum
    welche welcher welches wer wieso weshalb kann konnen muss mussen soll will man noch schon
    auch nur mal denn doch da dann so gibt uberhaupt eigentlich ding
    etwas was jetzt nun halt
  `),
  es: words(`
    el la los las lo un una unos unas y o pero si que de del al a en con sin por para es son era
    ser estar esta estan este esto ese esa mi mis tu tus su sus yo me te se le les nos nosotros
    usted no ni ya muy mas como cuando cual cuales quien porque hay tengo
    tiene tienes gracias favor puedo puede hacer hace quiero queria cosa
    algo nada ahora pues vale
  `),
  ro: words(`
    si sau dar daca ca de la in din pe cu fara pentru spre sub despre un o unei unui niste este e
    sunt era fi am ai are au a ne nu mi mie imi ma te ti iti se isi le lui ei ea el eu tu noi voi
    ce cum cand care cine cat cata cati asta acesta aceasta acest aceste meu mea mei
    mele tau ta sa al ale lor va vreau vrea poti pot putea chestia chestie multumesc mersi rog
    ceva nimic acum deci
  `),
  tr: words(`
    ve veya ile ama bir bu su o da de ki mi mu ne neden nasil niye hangi kim
    kac ben sen biz siz onlar benim senin bana sana icin gibi daha cok az var yok evet hayir lutfen
    tesekkurler sagol acaba bi sey seyi olur oluyor olarak ya yani istiyorum
    simdi bir sey hic
  `),
};

/**
 * Greetings and small talk. Dropped from queries so that "hello" or "merhaba" alone matches
 * nothing (a bare greeting is not a radio question); still evidence of a language.
 */
export const GREETINGS: Readonly<Record<Locale, readonly string[]>> = {
  en: words("hello hi hey yo morning evening"),
  fr: words("bonjour salut bonsoir coucou"),
  de: words("hallo moin servus guten tag morgen abend gruss gruezi griass gruessgott"),
  es: words("hola buenas buenos dias tardes noches"),
  ro: words("buna salut servus ziua seara"),
  tr: words("merhaba selam selamlar gunaydin iyi gunler aksamlar slm mrb"),
};

/** Every stop word and greeting of every language: the index is cross-language. */
export const ALL_STOP_WORDS: ReadonlySet<string> = new Set(
  Object.values(STOP_WORDS).flat().concat(Object.values(GREETINGS).flat()),
);
