/**
 * `npm run bench`: prints what it measured — medians over several runs, and ratios
 * against a baseline measured in the same run, so machine noise shows as noise.
 * Nothing here asserts a time; the test suite never does.
 */
import { benchBuild } from "./build";
import { benchCheck, benchCheckBundled } from "./check";
import { benchShortLines } from "./cli-short-lines";
import { benchCorpus } from "./corpus";
import { benchShare } from "./functions";
import { benchPdf } from "./pdf";
import { benchTaskpane } from "./taskpane";

async function main(): Promise<void> {
  const only = process.argv[2];
  const sections: Record<string, () => Promise<void> | void> = {
    functions: () => benchShare(),
    check: () => {
      benchCheck();
      benchCheckBundled();
    },
    "short-lines": () => benchShortLines(),
    corpus: () => benchCorpus(),
    build: () => benchBuild(),
    taskpane: () => benchTaskpane(),
    pdf: () => benchPdf(),
  };
  if (only && !(only in sections)) {
    console.error(`unknown section ${only}; one of: ${Object.keys(sections).join(", ")}`);
    process.exitCode = 2;
    return;
  }
  for (const [name, run] of Object.entries(sections)) {
    if (only && only !== name) continue;
    console.log(`\n== ${name} ==`);
    await run();
  }
}

void main();
