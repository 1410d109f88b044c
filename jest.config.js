/** @type {import('jest').Config} */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      jsx: "react-jsx",
      module: "commonjs",
      esModuleInterop: true,
      isolatedModules: true,
    },
  },
];
module.exports = {
  // A budget for a stuck test, not a speed check: a loaded 2-core CI machine takes seconds
  // for a pane render or a workbook round trip that takes milliseconds alone.
  testTimeout: 60_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/ui/"],
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/ui/**/*.test.tsx"],
    },
  ],
};
