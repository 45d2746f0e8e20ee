/**
 * Property tests run with a fixed seed in CI (reproducible failures) and a random one locally
 * (more coverage over time); FC_SEED overrides either.
 */
import fc from "fast-check";

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261124 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
