/**
 * `/forget` — deletes what the bot stores about the user, after a confirmation button (`fg.y`):
 * one tap must not wipe an open support request by accident.
 */
import { t } from "../src/core/i18n/index.js";
import { userKeyOf } from "../src/core/user-key.js";
import { ACTION_IDS } from "./replies/action-ids.js";
import { supportText } from "./replies/support.js";
import type { Command } from "./types.js";

export const forget: Command = {
  name: "forget",
  description: "cmd.forget.description",
  options: [],
  handle: (_input, ctx) => {
    if (!ctx.services.privacy) return supportText(ctx.locale, "forget.unavailable", "forget.unavailable");
    return {
      ...supportText(ctx.locale, "forget.confirm", "forget.confirm"),
      actions: [
        {
          id: ACTION_IDS["forget.confirm"],
          payload: "",
          label: t(ctx.locale, "action.forget-confirm"),
          style: "danger",
        },
      ],
    };
  },
  actions: [
    {
      id: ACTION_IDS["forget.confirm"],
      handle: async (_payload, ctx) => {
        const privacy = ctx.services.privacy;
        if (!privacy) return supportText(ctx.locale, "forget.unavailable", "forget.unavailable");
        // Always the pressing user's own data: the key comes from the request, never the payload.
        const userKey = userKeyOf(ctx.user);
        // Learned FAQ phrasings that are this user's words: before their ticket messages go.
        await ctx.services.faqLearning?.forgetUser(userKey);
        await privacy.forget(userKey);
        return { ...supportText(ctx.locale, "forget.done", "forget.done"), replace: true };
      },
    },
  ],
};
