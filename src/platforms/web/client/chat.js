// @ts-check
/**
 * The web chat in the browser: the standalone page (mounted into #dokker-chat, session in an
 * httpOnly cookie) and the widget (this same file loaded as /widget.js on another site: the chat
 * lives in a shadow root, its session token in that site's localStorage).
 *
 * Safety rule: every text shown is set with `textContent` on elements made with
 * `document.createElement`; nothing here assigns HTML, so no text can become markup.
 * Requests are POSTs of JSON sent as text/plain (a "simple" request: no CORS preflight).
 * Type-checked with JSDoc by test/web/client.test.ts (TypeScript with the DOM library).
 */
(() => {
  /**
   * @typedef {{ s: "plain" | "bold" | "italic" | "code", t: string }} Span
   * @typedef {{ kind: "paragraph", spans: Span[] } | { kind: "steps" | "bullets", items: Span[][] }} Block
   * @typedef {{ label: string, data?: string, url?: string, style?: string }} Action
   * @typedef {{ kind: "bot", locale: string, title?: string, sections: { title?: string, blocks: Block[] }[],
   *   actions: Action[], files?: WebFile[] }} BotMessage
   * @typedef {{ name: string, type: string, size: number, data?: string }} WebFile
   * @typedef {{ kind: "user", text: string, files?: WebFile[] }} UserMessage
   * @typedef {{ id: number, at: number, msg: BotMessage | UserMessage }} ChatEvent
   * @typedef {Record<string, string>} Strings
   * @typedef {{ code: string, name: string }} Language
   * @typedef {{ mode: "page" | "widget", base: string, lang: string, strings?: Strings,
   *   languages: Language[], storageKey: string }} Options
   */

  const SUPPORT_ACTION = "sp.o";
  const UPLOAD_LIMIT = 5 * 1024 * 1024;

  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {Record<string, string>} [attrs]
   * @param {(Node | string)[]} [children]
   * @returns {HTMLElementTagNameMap[K]}
   */
  function el(tag, attrs = {}, children = []) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  /** @param {string} key */
  function load(key) {
    try {
      return window.localStorage.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** @param {string} key @param {string | undefined} value */
  function save(key, value) {
    try {
      if (value === undefined) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch {
      // storage unavailable (private mode): the conversation lasts as long as the page
    }
  }

  /** @param {Span[]} spans */
  function spansTo(spans) {
    const frag = document.createDocumentFragment();
    for (const s of spans) {
      const tag = s.s === "bold" ? "strong" : s.s === "italic" ? "em" : s.s === "code" ? "code" : "span";
      frag.append(el(tag, { text: s.t }));
    }
    return frag;
  }

  /** @param {Block} b */
  function blockTo(b) {
    // dir="auto": a paragraph in Arabic (a user's message, the bot's sentence for it) reads right to left.
    if (b.kind === "paragraph") return el("p", { dir: "auto" }, [spansTo(b.spans)]);
    const list = el(b.kind === "steps" ? "ol" : "ul");
    for (const item of b.items) list.append(el("li", { dir: "auto" }, [spansTo(item)]));
    return list;
  }

  /**
   * A file from the bot or staff: a picture is shown, anything else is a download link. Bytes
   * become a Blob (type forced by the server to a picture type or octet-stream), never markup.
   * @param {WebFile} f
   */
  function fileTo(f) {
    const box = el("p", { class: "dk-file" });
    if (f.data === undefined) {
      box.textContent = f.name;
      return box;
    }
    const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: f.type }));
    if (f.type.startsWith("image/")) box.append(el("img", { class: "dk-picture", src: url, alt: f.name }));
    box.append(el("a", { class: "dk-download", href: url, download: f.name, text: f.name }));
    return box;
  }

  /**
   * Builds the chat into `root` and connects it.
   * @param {HTMLElement | ShadowRoot} root
   * @param {Options} opts
   * @param {HTMLElement} stateHolder element whose data-state tells tests and styles where we are
   */
  function mount(root, opts, stateHolder) {
    let strings = opts.strings ?? {};
    let lang = opts.lang;
    /** @type {string | undefined} */ let csrf;
    /** @type {string | undefined} */ let token = opts.mode === "widget" ? load(opts.storageKey) : undefined;
    let lastId = 0;
    let limit = 2000;
    let attempt = 0;
    const credentials = opts.mode === "page" ? "same-origin" : "omit";

    const title = el("h2", { class: "dk-title", id: "dk-chat-title" });
    const status = el("p", { class: "dk-status", role: "status" });
    // A div, not a list: role="log" replaces a list's role and would orphan its items.
    const log = el("div", { class: "dk-log", role: "log", "aria-live": "polite", tabindex: "0" });
    const waiting = el("p", { class: "dk-waiting" });
    const input = el("textarea", { id: "dk-input", class: "dk-input", rows: "2", maxlength: "2000" });
    const inputLabel = el("label", { for: "dk-input", class: "dk-label" });
    const send = el("button", { type: "submit", class: "dk-send" });
    // A photo of the label (the bot reads its pre-code; in an open ticket it goes to the support
    // team): a real button opens the (hidden) file picker.
    const picker = el("input", {
      type: "file",
      accept: "image/png,image/jpeg,image/webp,image/gif",
      hidden: "",
    });
    const attach = el("button", { type: "button", class: "dk-attach" });
    const form = el("form", { class: "dk-form" }, [
      inputLabel,
      el("div", { class: "dk-row" }, [input, send]),
      el("div", { class: "dk-row" }, [attach, picker]),
    ]);
    const supportBtn = el("button", { type: "button", class: "dk-menu-item" });
    const mydataBtn = el("button", { type: "button", class: "dk-menu-item" });
    const forgetBtn = el("button", { type: "button", class: "dk-menu-item" });
    const langSelect = el("select", { id: "dk-lang", class: "dk-select" });
    const langLabel = el("label", { for: "dk-lang", class: "dk-menu-label" });
    for (const l of opts.languages)
      langSelect.append(el("option", { value: l.code, lang: l.code, text: l.name }));
    const summary = el("summary", { class: "dk-summary" });
    const menu = el("details", { class: "dk-menu" }, [
      summary,
      el("div", { class: "dk-menu-body" }, [supportBtn, mydataBtn, forgetBtn, langLabel, langSelect]),
    ]);
    // The page's <section> is already the "Conversation" landmark; only the widget needs its own.
    /** @type {Record<string, string>} */
    const landmark = opts.mode === "widget" ? { role: "region", "aria-labelledby": "dk-chat-title" } : {};
    const panel = el("div", { class: "dk-panel", ...landmark }, [
      el("div", { class: "dk-top" }, [title, menu]),
      log,
      status,
      waiting,
      form,
    ]);
    root.append(panel);

    function applyStrings() {
      // The page already has the site title as its heading; the widget names itself.
      title.textContent = (opts.mode === "page" ? strings.log : strings.title) ?? "";
      log.setAttribute("aria-label", strings.log ?? "");
      waiting.textContent = strings.waiting ?? "";
      waiting.hidden = !strings.waiting;
      inputLabel.textContent = strings.input ?? "";
      input.placeholder = strings.placeholder ?? "";
      send.textContent = strings.send ?? "";
      attach.textContent = strings.attach ?? "";
      summary.textContent = strings.menu ?? "";
      supportBtn.textContent = strings.support ?? "";
      // No support desk: the server sends no label, and the item is not offered.
      supportBtn.hidden = !strings.support;
      mydataBtn.textContent = strings.mydata ?? "";
      forgetBtn.textContent = strings.forget ?? "";
      langLabel.textContent = strings.language ?? "";
      langSelect.value = lang;
    }
    applyStrings();

    /** @param {string} state */
    const setState = (state) => stateHolder.setAttribute("data-state", state);
    /** @param {string} text */
    const say = (text) => {
      status.textContent = text;
    };

    /** @param {ChatEvent} e */
    function show(e) {
      const m = e.msg;
      const item = el("div", { class: `dk-msg dk-${m.kind}`, "data-id": String(e.id) });
      item.append(
        el("span", { class: "dk-who", text: `${m.kind === "user" ? strings.you : strings.bot}: ` }),
      );
      if (m.kind === "user") {
        if (m.text !== "") item.append(el("p", { class: "dk-text", dir: "auto", text: m.text }));
        for (const f of m.files ?? []) item.append(fileTo(f));
      } else {
        if (m.title) item.append(el("p", { class: "dk-msg-title", text: m.title }));
        for (const section of m.sections) {
          if (section.title) item.append(el("p", { class: "dk-section-title", text: section.title }));
          for (const b of section.blocks) item.append(blockTo(b));
        }
        for (const f of m.files ?? []) item.append(fileTo(f));
        if (m.actions.length > 0) {
          // Only the newest buttons are in the Tab order: a keyboard user reaches the input
          // without tabbing through the whole history (older buttons still work when clicked).
          for (const old of log.querySelectorAll(".dk-action, .dk-link")) old.setAttribute("tabindex", "-1");
          const bar = el("div", { class: "dk-actions" });
          for (const a of m.actions) {
            if (a.url) {
              bar.append(
                el("a", {
                  class: "dk-link",
                  href: a.url,
                  target: "_blank",
                  rel: "noopener noreferrer",
                  text: a.label,
                }),
              );
            } else if (a.data) {
              const data = a.data;
              const button = el("button", {
                type: "button",
                class: `dk-action dk-${a.style ?? "secondary"}`,
                text: a.label,
              });
              button.addEventListener("click", () => void post("/chat/actions", { data }));
              bar.append(button);
            }
          }
          item.append(bar);
        }
      }
      log.append(item);
      // A long answer is shown from its start (the code comes first); a short one at the bottom.
      log.scrollTop = item.offsetHeight > log.clientHeight ? item.offsetTop : log.scrollHeight;
    }

    const auth = () => (opts.mode === "page" ? { csrf } : { token });

    /**
     * @param {string} path
     * @param {Record<string, unknown>} body
     * @param {AbortSignal} [signal]
     */
    function request(path, body, signal) {
      return fetch(`${opts.base}${path}`, {
        method: "POST",
        credentials,
        body: JSON.stringify({ ...auth(), lang, ...body }),
        ...(signal ? { signal } : {}),
      });
    }

    /** @param {Response} res */
    async function errorOf(res) {
      try {
        const body = await res.json();
        return typeof body.error === "string" ? body.error : (strings.failed ?? "");
      } catch {
        return strings.failed ?? "";
      }
    }

    async function session() {
      const res = await request("/chat/session", {});
      if (!res.ok) {
        say(await errorOf(res));
        setState(res.status === 403 ? "refused" : "failed");
        return false;
      }
      const body = await res.json();
      strings = body.strings;
      limit = body.limit;
      input.maxLength = limit;
      if (body.csrf) csrf = body.csrf;
      if (body.token) {
        token = body.token;
        save(opts.storageKey, token);
      }
      applyStrings();
      return true;
    }

    /**
     * @param {string} path
     * @param {Record<string, unknown>} body
     */
    async function post(path, body) {
      try {
        let res = await request(path, body);
        if (res.status === 401 && (await session())) res = await request(path, body);
        if (!res.ok) say(await errorOf(res));
        else say("");
        return res.ok;
      } catch {
        say(strings.failed ?? "");
        return false;
      }
    }

    /** @param {string} frame */
    function onFrame(frame) {
      let event = "message";
      let data = "";
      for (const line of frame.split("\n")) {
        if (line === ": ready") {
          attempt = 0;
          say("");
          setState("live");
        } else if (line.startsWith("event: ")) event = line.slice(7);
        else if (line.startsWith("data: ")) data += line.slice(6);
      }
      if (event === "reset") {
        log.replaceChildren();
        lastId = 0;
      } else if (data !== "") {
        /** @type {ChatEvent} */
        const e = JSON.parse(data);
        if (e.id > lastId) {
          lastId = e.id;
          show(e);
        }
      }
    }

    async function stream() {
      const res = await request("/chat/events", { after: lastId });
      if (res.status === 401) {
        await session();
        throw new Error("session renewed");
      }
      if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        for (let at = buffer.indexOf("\n\n"); at >= 0; at = buffer.indexOf("\n\n")) {
          onFrame(buffer.slice(0, at));
          buffer = buffer.slice(at + 2);
        }
      }
    }

    async function connectLoop() {
      for (;;) {
        try {
          await stream();
        } catch {
          // reconnect below
        }
        if (stateHolder.getAttribute("data-state") === "refused") return;
        setState("offline");
        say(strings.offline ?? "");
        attempt += 1;
        await new Promise((r) => setTimeout(r, Math.min(10_000, 500 * 2 ** Math.min(attempt, 5))));
      }
    }

    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const text = input.value.trim();
      if (text === "") return say(strings.empty ?? "");
      if ([...text].length > limit) return say(strings.tooLong ?? "");
      void post("/chat/messages", { text }).then((ok) => {
        if (ok) input.value = "";
      });
    });
    input.addEventListener("keydown", (ev) => {
      // Enter sends, Shift+Enter makes a new line (as in every chat app).
      if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
        ev.preventDefault();
        form.requestSubmit();
      }
    });
    // A menu choice closes the menu (and returns focus to where the answer will be read).
    for (const item of [supportBtn, mydataBtn, forgetBtn]) {
      item.addEventListener("click", () => {
        menu.open = false;
        input.focus();
      });
    }
    attach.addEventListener("click", () => picker.click());
    picker.addEventListener("change", () => {
      const file = picker.files?.[0];
      picker.value = "";
      if (!file) return;
      if (file.size > UPLOAD_LIMIT || !/^image\/(png|jpeg|webp|gif)$/.test(file.type))
        return say(strings.file ?? "");
      const reader = new FileReader();
      reader.addEventListener("load", () => {
        const url = String(reader.result);
        const data = url.slice(url.indexOf(",") + 1);
        void post("/chat/messages", { text: input.value.trim(), file: { name: file.name, data } }).then(
          (ok) => {
            if (ok) input.value = "";
          },
        );
      });
      reader.readAsDataURL(file);
    });
    supportBtn.addEventListener("click", () => void post("/chat/actions", { data: SUPPORT_ACTION }));
    forgetBtn.addEventListener("click", () => void post("/chat/messages", { text: "/forget" }));
    // The bot's own /mydata and /forget: the answer (a JSON file, a confirmation button) comes
    // into the conversation like any other.
    mydataBtn.addEventListener("click", () => void post("/chat/messages", { text: "/mydata" }));
    langSelect.addEventListener("change", async () => {
      lang = langSelect.value;
      if (opts.mode === "page") {
        const url = new URL(window.location.href);
        url.searchParams.set("lang", lang);
        window.location.assign(url.href);
        return;
      }
      save(`${opts.storageKey}:lang`, lang);
      await session();
    });

    setState("connecting");
    void session().then((ok) => {
      if (ok) void connectLoop();
    });
    return { focus: () => input.focus() };
  }

  /** The widget: a launcher button and the chat in a shadow root (no CSS leaks either way). */
  function mountWidget(/** @type {HTMLScriptElement} */ script) {
    const base = new URL(script.src).origin;
    const host = el("div", { id: "dokker-chat-widget" });
    const shadow = host.attachShadow({ mode: "open" });
    const storageKey = `dokker-chat:${base}`;
    const lang = load(`${storageKey}:lang`) ?? script.dataset.lang ?? navigator.language ?? "en";
    const box = el("div", { class: "dk-widget", "data-state": "closed" });
    const launcher = el("button", {
      type: "button",
      class: "dk-launcher",
      "aria-expanded": "false",
      text: "Chat",
    });
    const close = el("button", { type: "button", class: "dk-close", text: "×" });
    const holder = el("div", { class: "dk-chat dk-chat-widget" }, [close]);
    holder.hidden = true;
    shadow.append(el("link", { rel: "stylesheet", href: `${base}/chat.css` }), box);
    box.append(launcher, holder);
    document.body.append(host);
    /** @type {{ focus(): void } | undefined} */ let chat;
    const toggle = (/** @type {boolean} */ open) => {
      holder.hidden = !open;
      launcher.setAttribute("aria-expanded", String(open));
      if (open && !chat) {
        chat = mount(holder, { mode: "widget", base, lang, languages: LANGUAGES, storageKey }, box);
      }
      if (open) chat?.focus();
      else launcher.focus();
    };
    launcher.addEventListener("click", () => toggle(holder.hidden));
    close.addEventListener("click", () => toggle(false));
    // Labels in the visitor's language before the chat opens.
    void fetch(`${base}/chat/session`, {
      method: "POST",
      credentials: "omit",
      body: JSON.stringify({ token: load(storageKey), lang }),
    })
      .then(async (res) => {
        const body = await res.json();
        if (!res.ok) {
          box.setAttribute("data-state", "refused");
          launcher.disabled = true;
          launcher.textContent = body.error;
          return;
        }
        if (body.token) save(storageKey, body.token);
        launcher.textContent = body.strings.open;
        close.setAttribute("aria-label", body.strings.close);
        if (script.dataset.open === "true") toggle(true);
      })
      .catch(() => box.setAttribute("data-state", "failed"));
  }

  /** @type {Language[]} */
  const LANGUAGES = [
    { code: "en", name: "English" },
    { code: "fr", name: "Français" },
    { code: "de", name: "Deutsch" },
    { code: "es", name: "Español" },
    { code: "ro", name: "Română" },
    { code: "tr", name: "Türkçe" },
  ];

  const pageRoot = document.getElementById("dokker-chat");
  const current = document.currentScript;
  if (pageRoot) {
    mount(
      pageRoot,
      {
        mode: "page",
        base: "",
        lang: pageRoot.dataset.lang ?? "en",
        strings: JSON.parse(pageRoot.dataset.strings ?? "{}"),
        languages: JSON.parse(pageRoot.dataset.languages ?? "[]"),
        storageKey: "dokker-chat",
      },
      pageRoot,
    );
  } else if (current instanceof HTMLScriptElement) {
    // A widget tag in <head> runs before <body> exists.
    if (document.body) mountWidget(current);
    else document.addEventListener("DOMContentLoaded", () => mountWidget(current), { once: true });
  }
})();
