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
    ignores: envModules,
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment through server/env.ts." },
      ],
    },
  },
);
