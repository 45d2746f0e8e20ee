/**
 * `/mydata` — everything the bot stores about the user, as a JSON file (data portability).
 * Always the asking user's own data: the key comes from the request. The file goes only to a
 * private chat (ephemeral in Discord servers).
 */
import { t } from "../src/core/i18n/index.js";
import { paragraph, plain } from "../src/core/reply.js";
import { userKeyOf } from "../src/core/user-key.js";
import { supportText } from "./replies/support.js";
import type { Command } from "./types.js";

export const mydata: Command = {
  name: "mydata",
  description: "cmd.mydata.description",
  options: [],
  handle: async (_input, ctx) => {
    const exportData = ctx.services.privacy?.exportData;
    if (!exportData) return supportText(ctx.locale, "mydata.unavailable", "mydata.unavailable");
    const data = await exportData(userKeyOf(ctx.user));
    const json = `${JSON.stringify(data, null, 2)}\n`;
    return {
      locale: ctx.locale,
      sections: [{ blocks: [paragraph(plain(t(ctx.locale, "mydata.ready")))] }],
      actions: [],
      ephemeral: true,
      attachments: [
        {
          name: `my-data-${ctx.user.platform}.json`,
          contentType: "application/json",
          data: new TextEncoder().encode(json),
        },
      ],
      outcome: "mydata.ok",
    };
  },
};
