/**
 * The conversation-id contract every platform adapter keeps: `{platform}:…` ids that encode and
 * decode losslessly, one canonical id per conversation, malformed ids and other platforms' ids
 * refused (decode answers undefined, never throws). Each adapter runs it with its own codec in
 * test/contracts/<platform>.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

export interface ConversationIdCodec<T> {
  /** The id prefix, e.g. "telegram". */
  readonly platform: string;
  encode(value: T): string;
  decode(id: string): T | undefined;
  /** Every valid conversation of this platform. */
  readonly values: fc.Arbitrary<T>;
  /** Ids with the right prefix that must be refused. */
  readonly malformed: readonly string[];
}

const PLATFORMS = ["telegram", "discord", "web", "console"];

export function conversationIdContract<T>(codec: ConversationIdCodec<T>): void {
  const { platform } = codec;
  describe(`${platform} conversation ids (contract)`, () => {
    it("round-trips: decode(encode(x)) is x, and the id starts with the platform prefix", () => {
      fc.assert(
        fc.property(codec.values, (value) => {
          const id = codec.encode(value);
          expect(id.startsWith(`${platform}:`)).toBe(true);
          expect(codec.decode(id)).toEqual(value);
        }),
      );
    });

    it("keeps one id per conversation: an accepted id re-encodes to itself", () => {
      for (const value of fc.sample(codec.values, 20)) {
        const id = codec.encode(value);
        expect(codec.encode(codec.decode(id) as T)).toBe(id);
      }
      const suffix = fc.oneof(
        fc.string(),
        fc.stringMatching(/^-?[0-9:]{0,24}$/),
        fc.stringMatching(/^[\w:-]{0,30}$/),
      );
      fc.assert(
        fc.property(suffix, (rest) => {
          const id = `${platform}:${rest}`;
          const decoded = codec.decode(id);
          if (decoded !== undefined) expect(codec.encode(decoded)).toBe(id);
        }),
      );
    });

    it("refuses malformed ids without throwing", () => {
      for (const id of ["", platform, `${platform}:`, ...codec.malformed]) {
        expect(codec.decode(id), id).toBeUndefined();
      }
      fc.assert(
        fc.property(fc.string(), (id) => {
          expect(() => codec.decode(id)).not.toThrow();
        }),
      );
    });

    it("refuses other platforms' ids, even with a body that would be valid here", () => {
      fc.assert(
        fc.property(
          codec.values,
          fc.constantFrom(...PLATFORMS.filter((p) => p !== platform)),
          (value, other) => {
            const body = codec.encode(value).slice(platform.length);
            expect(codec.decode(`${other}${body}`)).toBeUndefined();
            expect(codec.decode(`${platform.toUpperCase()}${body}`)).toBeUndefined();
          },
        ),
      );
    });
  });
}
