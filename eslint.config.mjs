import boundaries from "eslint-plugin-boundaries";
import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

/** `process.env` is read in one place per program: the app's env module, the sandbox's, and the scripts. */
const envModules = [
  "server/env.ts",
  "sandbox/env.ts",
  "scripts/**",
  "playwright.config.ts",
  "next.config.mjs",
  // Test harness: sets the environment of the test workers (sandbox URL, data dir, secret).
  "server/test/*-global-setup.ts",
];

/**
 * The layers, and who may import whom: app → components → lib and app → server → lib, never upwards nor
 * sideways (server never imports components, components never import server code: only its types, which
 * the build erases, e.g. the router's type for the tRPC client). The sandbox, the measuring scripts and the
 * e2e suite stand outside the app.
 */
const layers = [
  { type: "app", pattern: "app/**", partialMatch: false },
  { type: "components", pattern: "components/**", partialMatch: false },
  { type: "server", pattern: "server/**", partialMatch: false },
  { type: "lib", pattern: "lib/**", partialMatch: false },
  // next-intl's request configuration (found there by its plugin): the catalogs, from lib/.
  { type: "i18n-config", pattern: "i18n/**", partialMatch: false },
  { type: "sandbox", pattern: "sandbox/**", partialMatch: false },
  { type: "scripts", pattern: "scripts/**", partialMatch: false },
  { type: "e2e", pattern: "e2e/**", partialMatch: false },
];
/** Files that stand apart from their folder's layer. */
const fileKinds = [
  // Tests and their harness (servers started for vitest) use the scripts' process and port helpers.
  { category: "test", pattern: ["**/*.test.ts", "**/*.test.tsx", "server/test/**"] },
  // Checks that load the app's own code: the fuzzer lists the router's procedures and their body limits, and
  // an e2e test classifies a real page's scripts with the front server's own rules.
  { category: "introspection", pattern: ["scripts/lib/fuzz-procedures.ts", "e2e/next-script-tags.spec.ts"] },
];
const may = (from, to, dependency) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } }, ...(dependency ? { dependency } : {}) },
});
const layerPolicies = [
  may("app", ["app", "components", "server", "lib"]),
  may("components", ["components", "lib"]),
  may("components", ["server"], { kind: "type" }),
  may("server", ["server", "lib"]),
  may("lib", ["lib"]),
  may("i18n-config", ["lib"]),
  may("sandbox", ["sandbox"]),
  may("scripts", ["scripts"]),
  // The e2e suite injects the same faults as the fault-tolerance script (scripts/lib/faults-kinds.mjs).
  may("e2e", ["e2e", "scripts"]),
  { from: { file: { categories: "test" } }, allow: { to: { element: { type: "scripts" } } } },
  {
    from: { file: { categories: "introspection" } },
    allow: { to: { element: { types: { anyOf: ["server", "lib"] } } } },
  },
];

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextVitals,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": [
        "error",
        { name: "next/link", message: "Use ~/components/link: links never prefetch (a prefetch calls upstream)." },
      ],
    },
  },
  { files: ["components/link.tsx"], rules: { "no-restricted-imports": "off" } },
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": layers,
      "boundaries/files": fileKinds,
      "boundaries/include": [
        "app/**",
        "components/**",
        "server/**",
        "lib/**",
        "i18n/**",
        "sandbox/**",
        "scripts/**",
        "e2e/**",
        "proxy.ts",
        "instrumentation.ts",
      ],
      "import/resolver": { typescript: { project: "./tsconfig.json" } },
    },
    rules: { "boundaries/dependencies": ["error", { default: "disallow", policies: layerPolicies }] },
  },
  {
    ignores: envModules,
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment through server/env.ts." },
      ],
    },
  },
);
