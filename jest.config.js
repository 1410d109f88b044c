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
