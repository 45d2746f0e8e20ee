/**
 * The second engine's opinion on the code token: it confirms the voted pre-code, or one a single
 * character away, only when both engines' glyph re-reads agree.
 */
import { describe, expect, it } from "vitest";
import { secondOpinion } from "../../src/images/second-read.js";

const reads = (letters: string[], digits: string[]) => ({ letters, digits });

describe("secondOpinion", () => {
  it("confirms the pre-code when both legacy letter re-reads and all four digit re-reads read it", () => {
    const lstm = reads(["N", "A"], ["417", "417"]);
    expect(secondOpinion("V417", lstm, reads(["V", "V"], ["417", "417"]))).toBe("V417");
  });

  it("takes a pre-code one character away when the glyph re-reads all read it", () => {
    expect(secondOpinion("P352", reads(["", "D"], ["352", "352"]), reads(["D", "D"], ["352", "352"]))).toBe(
      "D352",
    );
    expect(secondOpinion("Z735", reads(["Z", "Z"], ["738", "738"]), reads(["Z", "Z"], ["738", "738"]))).toBe(
      "Z738",
    );
  });

  it("never names a pre-code that no radio has (A0xx is not issued)", () => {
    expect(secondOpinion("B012", reads(["A", "A"], ["012", "012"]), reads(["A", "A"], ["012", "012"]))).toBe(
      undefined,
    );
  });

  it("says nothing when the digit re-reads disagree or are missing", () => {
    expect(secondOpinion("V417", reads(["V", "V"], ["417", "411"]), reads(["V", "V"], ["417", "417"]))).toBe(
      undefined,
    );
    expect(secondOpinion("V417", reads([], []), reads(["V", "V"], ["417", "417"]))).toBe(undefined);
    expect(secondOpinion("V417", reads(["V", "V"], ["417", "417"]), reads(["V", "V"], ["4171", "417"]))).toBe(
      undefined,
    );
  });

  it("does not confirm a letter that both LSTM letter re-reads read as one other letter", () => {
    const lstm = reads(["N", "N"], ["417", "417"]);
    expect(secondOpinion("V417", lstm, reads(["V", "V"], ["417", "417"]))).toBe(undefined);
  });

  it("lets both LSTM letter re-reads and one legacy one outvote the other legacy read", () => {
    expect(secondOpinion("R046", reads(["R", "R"], ["048", "048"]), reads(["R", "K"], ["048", "048"]))).toBe(
      "R048",
    );
    expect(secondOpinion("R048", reads(["R", "R"], ["048", "048"]), reads(["", "R"], ["048", "048"]))).toBe(
      "R048",
    );
    // Not when the other two legacy-and-LSTM reads would make it two characters away, nor an I.
    expect(secondOpinion("K046", reads(["R", "R"], ["048", "048"]), reads(["R", "K"], ["048", "048"]))).toBe(
      undefined,
    );
    expect(secondOpinion("L048", reads(["I", "I"], ["048", "048"]), reads(["I", "L"], ["048", "048"]))).toBe(
      undefined,
    );
  });

  it("says nothing on a letter I (a cropped L, J or T reads as one)", () => {
    const lstm = reads(["I", "I"], ["417", "417"]);
    expect(secondOpinion("I417", lstm, reads(["I", "I"], ["417", "417"]))).toBe(undefined);
    expect(secondOpinion("L417", lstm, reads(["I", "I"], ["417", "417"]))).toBe(undefined);
  });

  it("says nothing when the letter re-reads disagree, are too few, or are two characters away", () => {
    expect(secondOpinion("R046", reads(["R", "K"], ["048", "048"]), reads(["R", "K"], ["048", "048"]))).toBe(
      undefined,
    );
    expect(secondOpinion("R046", reads(["R", ""], ["048", "048"]), reads(["R", "K"], ["048", "048"]))).toBe(
      undefined,
    );
    expect(secondOpinion("P352", reads(["", ""], ["352", "352"]), reads(["D", "D"], ["352", "352"]))).toBe(
      undefined,
    );
    expect(secondOpinion("P351", reads(["D", "D"], ["352", "352"]), reads(["D", "D"], ["352", "352"]))).toBe(
      undefined,
    );
  });
});
