/**
 * Stable, short ids for buttons. The adapter sends `id:payload` as Telegram `callback_data`
 * (≤ 64 bytes) or Discord `custom_id` (≤ 100 chars), so ids are a few bytes each.
 * Changing an id breaks buttons on messages already sent: add new ids, don't rename.
 */
export const ACTION_IDS = {
  "dokker.radio": "dk.r",
  "dokker.decode": "dk.d",
  "lockout.wrong": "lo.w",
  /** How many wrong codes so far: payload `""` asks (number buttons), `3` answers for 3. */
  "lockout.count": "lo.c",
  "help.show": "hp",
  /** An FAQ topic: payload is the entry id. */
  "faq.answer": "fq.a",
  /** /language choice: payload is the locale. */
  "language.set": "lg.s",
  /** "Contact support": payload `""` or `vin:<VIN>` (`sp.o:vin:UU18SDDJ4F5123456` is 25 bytes). */
  "support.open": "sp.o",
  /** /forget confirmation. */
  "forget.confirm": "fg.y",
} as const;

export type ActionName = keyof typeof ACTION_IDS;

export function actionFor(name: ActionName, payload: string): { id: string; payload: string } {
  return { id: ACTION_IDS[name], payload };
}

/** Encodes an action for the wire: `dk.r:V284.pr`. */
export function encodeAction(id: string, payload: string): string {
  return payload === "" ? id : `${id}:${payload}`;
}

export function decodeAction(data: string): { id: string; payload: string } {
  const at = data.indexOf(":");
  return at < 0 ? { id: data, payload: "" } : { id: data.slice(0, at), payload: data.slice(at + 1) };
}
