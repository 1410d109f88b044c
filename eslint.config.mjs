import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";
import regexpPlugin from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "out/", "test-results/", "coverage/"] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // CommonJS launchers (scripts/fa.cjs) load Node's modules with require().
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Regular expressions run on user-supplied text (narratives, workbooks): none may
    // backtrack super-linearly (issue 13: a quadratic count pattern took minutes at 1 MB).
    files: ["src/**/*.{ts,tsx}"],
    ...regexpPlugin.configs["flat/recommended"],
    rules: {
      ...regexpPlugin.configs["flat/recommended"].rules,
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      // Style-only rules of the recommended set are off: rewriting ~80 working patterns
      // ([0-9] → \d, 类|款|项 → [类款项], ０-９ ranges …) changes nothing they match.
      "regexp/prefer-d": "off",
      "regexp/prefer-w": "off",
      "regexp/prefer-character-class": "off",
      "regexp/no-useless-character-class": "off",
      "regexp/no-useless-non-capturing-group": "off",
      "regexp/use-ignore-case": "off",
      "regexp/no-obscure-range": "off",
    },
  },
  {
    // Office.js hygiene where Office.js is used.
    files: [
      "src/excel/**/*.{ts,tsx}",
      "src/functions/**/*.ts",
      "src/taskpane/**/*.{ts,tsx}",
      "test/**/*.{ts,tsx}",
    ],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The engine is pure: no Office, DOM or Node.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process"],
              message: "src/core must not import Node APIs",
            },
            {
              group: ["react", "react-dom", "@fluentui/*", "exceljs"],
              message: "src/core must stay pure",
            },
            {
              group: ["**/excel/**", "**/taskpane/**", "**/cli/**", "**/functions/**"],
              message: "dependencies point inward to src/core",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "window",
        "document",
        "localStorage",
        "process",
        "require",
      ],
    },
  },
);
