/**
 * The web adapter's pure parts: rendering (injection strings stay data, only http(s) links),
 * signed sessions, the Accept-Language parser, rate limits, conversation ids. Property tests
 * (fast-check) for each parser/renderer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/core/reply.js";
import { decodeWebConversation, encodeWebConversation } from "../../src/platforms/web/ids.js";
import { createGauge, createRateLimiter } from "../../src/platforms/web/limits.js";
import { pickLocale } from "../../src/platforms/web/locale.js";
import { escapeHtml, renderPage } from "../../src/platforms/web/page.js";
import { cleanText, FILE_INLINE_LIMIT, renderWeb, safeUrl } from "../../src/platforms/web/render.js";
import { checkOrigin, parseCookies, sessionCookie } from "../../src/platforms/web/security.js";
import { createSessionSigner } from "../../src/platforms/web/session.js";
import { parseUpload, UPLOAD_LIMIT } from "../../src/platforms/web/upload.js";
import { sampleImage } from "../fakes/image-bytes.js";

/** The strings the other adapters' render tests use, plus HTML-in-attribute and URL tricks. */
const INJECTIONS = [
  '<img src=x onerror="alert(1)">',
  "<script>alert(1)</script>",
  "<b>bold?</b> & &amp; &lt;tag&gt;",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "*bold* _it_ `code` ||spoiler|| @everyone <@123> [link](http://x)",
  "\u0000\u001b[31mred\u001b[0m\u2028line",
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: what the renderer must remove
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_ALL = new RegExp(CONTROL.source, "g");

const replyWith = (text: string, actions: Reply["actions"] = []): Reply => ({
  locale: "en",
  title: text,
  sections: [
    {
      title: text,
      blocks: [
        { kind: "paragraph", spans: [{ style: "bold", text }] },
        { kind: "steps", items: [[{ style: "code", text }]] },
      ],
    },
  ],
  actions,
  outcome: "test",
});

describe("renderWeb", () => {
  it("keeps injection strings as plain data (the page sets them with textContent)", () => {
    for (const text of INJECTIONS) {
      const m = renderWeb(replyWith(text));
      const clean = cleanText(text);
      expect(m.title).toBe(clean);
      expect(m.sections[0]?.title).toBe(clean);
      expect(m.sections[0]?.blocks[0]).toEqual({ kind: "paragraph", spans: [{ s: "bold", t: clean }] });
      // Nothing is escaped or interpreted: the JSON round-trips to the same characters.
      expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    }
  });

  it("removes control characters but keeps every other character, in order", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string(), (a, b) => {
        const text = `${a}\n${b}`;
        const out = cleanText(text);
        expect(out).not.toMatch(CONTROL);
        expect(cleanText(out)).toBe(out);
        const kept = text.replace(/\r\n?/g, "\n").replace(CONTROL_ALL, "");
        expect(out).toBe(kept.slice(0, 8000));
      }),
    );
  });

  it("makes link buttons only of http(s) URLs and buttons post back id:payload", () => {
    const m = renderWeb(
      replyWith("x", [
        { id: "dk.r", payload: "V284.pr", label: "Plug & Radio" },
        { id: "", payload: "", label: "evil", url: "javascript:alert(1)" },
        { id: "", payload: "", label: "data", url: "data:text/html,<script>alert(1)</script>" },
        { id: "", payload: "", label: "Renault", url: "https://www.renault.fr/" },
      ]),
    );
    expect(m.actions).toEqual([
      { label: "Plug & Radio", data: "dk.r:V284.pr" },
      { label: "Renault", url: "https://www.renault.fr/" },
    ]);
    fc.assert(
      fc.property(fc.string(), (s) => {
        const url = safeUrl(s);
        if (url !== undefined) expect(url).toMatch(/^https?:\/\//);
      }),
    );
  });

  it("carries small files inline, forces anything but a known picture type to a download", () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const files = renderWeb({
      ...replyWith("f"),
      attachments: [
        { name: "label.png", contentType: "image/png", data: bytes },
        { name: "x.html", contentType: "text/html", data: bytes },
        { name: "x.svg", contentType: "image/svg+xml", data: bytes },
        { name: "big.bin", contentType: "application/json", data: new Uint8Array(FILE_INLINE_LIMIT + 1) },
      ],
    }).files;
    expect(files?.map((f) => [f.name, f.type, f.data])).toEqual([
      ["label.png", "image/png", Buffer.from(bytes).toString("base64")],
      ["x.html", "application/octet-stream", Buffer.from(bytes).toString("base64")],
      ["x.svg", "application/octet-stream", Buffer.from(bytes).toString("base64")],
      ["big.bin", "application/octet-stream", undefined],
    ]);
  });

  it("the page's own HTML escapes once and carries its strings in attributes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    const html = renderPage("fr", true);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Contacter l&#39;assistance");
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/); // no inline script
    expect(html).not.toContain("style=");
  });

  it("without a support desk the page offers no 'Contact support' (no label, no how-to step)", () => {
    const html = renderPage("fr", false);
    expect(html).not.toContain("assistance");
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(renderPage("fr", true).match(/<li>/g)).toHaveLength(3);
  });
});

describe("photo uploads", () => {
  it("accepts real pictures by their bytes, whatever name or type they claim", async () => {
    const png = await sampleImage("png");
    const jpeg = await sampleImage("jpeg");
    const ok = parseUpload({ name: "../label\n.png", data: png.toString("base64") });
    expect(ok).toMatchObject({ name: ".._label_.png", contentType: "image/png", size: png.length });
    expect(parseUpload({ data: jpeg.toString("base64") })).toMatchObject({
      name: "photo.jpeg",
      contentType: "image/jpeg",
    });
    const html = Buffer.from("<html><script>alert(1)</script></html>");
    expect(parseUpload({ name: "x.png", type: "image/png", data: html.toString("base64") })).toBe("invalid");
    const big = Buffer.concat([png, Buffer.alloc(UPLOAD_LIMIT)]);
    expect(parseUpload({ data: big.toString("base64") })).toBe("invalid");
    expect(parseUpload({ data: "not base64!" })).toBe("invalid");
    expect(parseUpload("x")).toBe("invalid");
  });
  it("never throws and only ever returns a picture type", () => {
    fc.assert(
      fc.property(fc.anything(), fc.uint8Array({ maxLength: 64 }), (junk, bytes) => {
        for (const value of [junk, { data: Buffer.from(bytes).toString("base64"), name: junk }]) {
          const r = parseUpload(value);
          expect(
            r === "invalid" || ["image/png", "image/jpeg", "image/gif", "image/webp"].includes(r.contentType),
          ).toBe(true);
        }
      }),
    );
  });
});

describe("signed sessions", () => {
  const signer = createSessionSigner("s".repeat(40));
  it("verifies its own tokens and refuses any change, another secret or garbage", () => {
    fc.assert(
      fc.property(fc.nat(200), fc.string({ minLength: 1, maxLength: 3 }), (at, insert) => {
        const { id, token } = signer.issue();
        expect(signer.verify(token)).toBe(id);
        const changed = token.slice(0, at % token.length) + insert + token.slice((at % token.length) + 1);
        if (changed !== token) expect(signer.verify(changed)).toBeUndefined();
        expect(createSessionSigner("t".repeat(40)).verify(token)).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(signer.verify(s)).toBeUndefined();
      }),
    );
  });

  it("binds the CSRF token to the session", () => {
    const a = signer.issue();
    const b = signer.issue();
    expect(signer.checkCsrf(a.id, signer.csrf(a.id))).toBe(true);
    expect(signer.checkCsrf(a.id, signer.csrf(b.id))).toBe(false);
    expect(signer.checkCsrf(a.id, undefined)).toBe(false);
    expect(() => createSessionSigner("short")).toThrow(/32/);
  });

  it("sets an httpOnly, Secure, SameSite=Strict cookie", () => {
    const cookie = sessionCookie("abc.def");
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(parseCookies("a=1; dokker_chat=abc.def; b=2").get("dokker_chat")).toBe("abc.def");
  });
});

describe("Origin check", () => {
  const req = (headers: Record<string, string>) =>
    ({ headers }) as unknown as Parameters<typeof checkOrigin>[0];
  const allowed = new Set(["https://shop.example.org"]);
  it("tells our own page, an allowed site, a refused one and a missing Origin apart", () => {
    expect(checkOrigin(req({ host: "bot.example.org", origin: "https://bot.example.org" }), allowed)).toBe(
      "self",
    );
    expect(checkOrigin(req({ host: "bot.example.org", origin: "https://shop.example.org" }), allowed)).toBe(
      "allowed",
    );
    expect(checkOrigin(req({ host: "bot.example.org", origin: "https://evil.example" }), allowed)).toBe(
      "refused",
    );
    expect(checkOrigin(req({ host: "bot.example.org", origin: "null" }), allowed)).toBe("refused");
    expect(checkOrigin(req({ host: "bot.example.org" }), allowed)).toBe("missing");
    expect(
      checkOrigin(req({ host: "bot.example.org", origin: "https://bot.example.org.evil.example" }), allowed),
    ).toBe("refused");
  });
});

describe("pickLocale (Accept-Language)", () => {
  it("picks the supported language with the highest weight", () => {
    expect(pickLocale("fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(pickLocale("pt-BR,pt;q=0.9,de;q=0.5,en;q=0.4")).toBe("de");
    expect(pickLocale("en;q=0.2, tr;q=0.8")).toBe("tr");
    expect(pickLocale("ro;q=0, es")).toBe("es");
    expect(pickLocale("*")).toBeUndefined();
    expect(pickLocale(undefined)).toBeUndefined();
  });
  it("never throws and returns a supported locale or nothing, for any header", () => {
    fc.assert(
      fc.property(fc.string(), (h) => {
        const l = pickLocale(h);
        expect(l === undefined || ["en", "fr", "de", "es", "ro", "tr"].includes(l)).toBe(true);
      }),
    );
  });
});

describe("rate limits", () => {
  it("never admits more than `limit` requests in one window, whatever the timing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 200 }).map((a) => a.sort((x, y) => x - y)),
        (limit, times) => {
          const limiter = createRateLimiter({ limit, windowMs: 1000 });
          const admitted = times.filter((t) => limiter.take("k", t));
          // Fixed windows start at the first request after the previous one ended.
          for (const t of admitted) {
            expect(admitted.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(2 * limit);
          }
          expect(admitted.length).toBeGreaterThanOrEqual(Math.min(limit, times.length));
        },
      ),
    );
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 });
    expect([0, 1, 2, 999, 1000, 1001, 1002].map((t) => limiter.take("a", t))).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
    expect(limiter.take("b", 2)).toBe(true); // keys are separate
  });
  it("caps concurrent streams per key", () => {
    const g = createGauge(2);
    expect([g.acquire("x"), g.acquire("x"), g.acquire("x")]).toEqual([true, true, false]);
    g.release("x");
    expect(g.acquire("x")).toBe(true);
  });
});

describe("web conversation ids (contract)", () => {
  it("round-trips every session id and refuses anything else", () => {
    const id = fc.string({ unit: fc.constantFrom(..."abcXYZ019-_"), minLength: 22, maxLength: 22 });
    fc.assert(
      fc.property(id, (s) => {
        const c = encodeWebConversation(s);
        expect(c).toBe(`web:${s}`);
        expect(decodeWebConversation(c)).toBe(s);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        const decoded = decodeWebConversation(s);
        if (decoded !== undefined) expect(encodeWebConversation(decoded)).toBe(s);
      }),
    );
    expect(decodeWebConversation("telegram:123")).toBeUndefined();
    expect(decodeWebConversation("web:short")).toBeUndefined();
    expect(() => encodeWebConversation("../etc")).toThrow();
  });
});
