/**
 * The layering, held by `npm run lint` (README "Project layout"):
 *   src/core        pure domain: imports nothing of ours outside src/core, no I/O modules
 *   commands/       import only src/core (and each other)
 *   src/support     platform-neutral jobs: no commands/, adapters or app; no t(), no Reply built
 *   src/platforms/* adapters; nothing below them imports a platform (src/platforms/types.ts, the
 *                   shared adapter contract, and src/platforms/errors.ts, the one platform error
 *                   family, may be imported); platforms don't import each other
 *   entry points    src/main.ts, src/shard.ts, src/cli/index.ts, bin/ — nobody imports them
 *   no import cycles, except through type-only imports
 * Type-only imports count for the layering rules (a type from a platform in core is still a leak).
 * @type {import('dependency-cruiser').IConfiguration}
 */
const OURS = "^(src|commands|test|bench|bin)/";

module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "src/core imports nothing of ours outside src/core.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: OURS, pathNot: "^src/core/" },
    },
    {
      name: "core-no-io",
      comment: "src/core does no I/O: no file system, network, processes or threads.",
      severity: "error",
      from: { path: "^src/core/" },
      to: {
        dependencyTypes: ["core"],
        path: "^(node:)?(fs|fs/promises|http|https|http2|net|dgram|dns|tls|child_process|cluster|worker_threads)$",
      },
    },
    {
      name: "commands-only-core",
      comment: "Commands are platform-neutral: they import src/core and each other, nothing else of ours.",
      severity: "error",
      from: { path: "^commands/" },
      to: { path: OURS, pathNot: ["^src/core/", "^commands/"] },
    },
    {
      name: "support-is-platform-neutral",
      comment:
        "src/support (desk, reminders, privacy, FAQ learning) uses src/core, the store, the logger and the " +
        "platform contract (src/platforms/types.ts, errors.ts). Not commands/ (they use it through " +
        "commands/services.ts), not the bot, the adapters, the outbox or HTTP, not the app that wires it all.",
      severity: "error",
      from: { path: "^src/support/" },
      to: {
        path: "^(commands/|src/(bot|http|outbox|images|cli|platforms)/|src/app[.-]|src/main[.]ts$)",
        pathNot: "^src/platforms/(types|errors)[.]ts$",
      },
    },
    {
      name: "support-writes-no-text",
      comment:
        "The desk decides what happens, commands how it reads: src/support calls no t() (its texts come in " +
        "as DeskWords, src/core/desk.ts, from commands/replies/desk-words.ts).",
      severity: "error",
      from: { path: "^src/support/" },
      to: { path: "^src/core/i18n/(index|catalogs|define)[.]ts$|^src/core/i18n/messages/" },
    },
    {
      name: "support-builds-no-reply",
      comment:
        "src/support builds no Reply (the reply functions are passed in); Reply and its types may pass through.",
      severity: "error",
      from: { path: "^src/support/" },
      to: { path: "^src/core/reply[.]ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "nothing-below-imports-a-platform",
      comment:
        "Only the platforms themselves, the composition root (src/app.ts, src/app-*.ts), entry points, tests and benchmarks " +
        "import a platform adapter. src/platforms/types.ts is the shared adapter contract, " +
        "src/platforms/errors.ts the one platform error family (the outbox, desk and reminders handle its kinds).",
      severity: "error",
      from: {
        path: OURS,
        pathNot: [
          "^src/platforms/",
          "^src/app[.]ts$",
          "^src/app-[a-z-]+[.]ts$",
          "^src/main[.]ts$",
          "^src/cli/",
          "^test/",
          "^bench/",
          "^bin/",
        ],
      },
      to: { path: "^src/platforms/", pathNot: "^src/platforms/(types|errors)[.]ts$" },
    },
    {
      name: "platforms-stay-apart",
      comment: "One platform adapter does not import another.",
      severity: "error",
      from: { path: "^src/platforms/([^/]+)/" },
      to: { path: "^src/platforms/([^/]+)/", pathNot: "^src/platforms/$1/" },
    },
    {
      name: "no-importing-entry-points",
      comment: "Entry points start the process; importing one would start it again.",
      severity: "error",
      from: {},
      to: { path: ["^src/main[.]ts$", "^src/shard[.]ts$", "^src/cli/index[.]ts$", "^bin/"] },
    },
    {
      name: "production-not-tests",
      comment: "Production code does not import tests, benchmarks or dev-only packages.",
      severity: "error",
      from: { path: "^(src|commands)/" },
      to: { path: "^(test|bench)/" },
    },
    {
      name: "production-no-dev-dependencies",
      severity: "error",
      from: { path: "^(src|commands)/" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-circular",
      comment: "No import cycles, unless every step of the cycle is a type-only import.",
      severity: "error",
      from: { path: OURS },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      from: { path: OURS },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^node_modules/", "^dist/", "^coverage/", "^data/", "[.]d[.]ts$"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
