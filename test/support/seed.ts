import { readFileSync } from "fs";
import { resolve } from "path";

/** The project's main fixture: a real 2020 report, full of mistakes. */
export const SEED_PATH = resolve(__dirname, "../../seeds/renhe-2020-final-accounts.txt");

export function readSeed(): string {
  return readFileSync(SEED_PATH, "utf8");
}

/** 0-based offset of the start of 1-based `line` of the seed's text. */
export function lineStart(text: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf("\n", at) + 1;
  return at;
}
