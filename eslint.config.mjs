import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";

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
