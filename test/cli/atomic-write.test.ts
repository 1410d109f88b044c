import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "../../src/cli/atomic-write";
import { main } from "../../src/cli/main";
import { io } from "../support/cli-io";

/**
 * Outputs are written to a temporary file beside the target and renamed: a failure leaves
 * the previous file byte-identical and no partial file behind.
 */
/** When full, every file opened for writing takes half of what is written, then fails. */
const mockDisk = { full: false };
jest.mock("node:fs/promises", () => {
  const real = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!mockDisk.full || args[1] !== "wx") return handle;
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = async (data: Parameters<typeof writeFile>[0]) => {
        const bytes = Buffer.from(data as Uint8Array);
        await writeFile(bytes.subarray(0, bytes.length >> 1));
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
          code: "ENOSPC",
        });
      };
      return handle;
    },
  };
});

const ROOT = join(__dirname, "..", "..");
const EXAMPLE_CSV = join(ROOT, "examples", "tables-2020.csv");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fa-atomic-"));
});
afterEach(() => {
  mockDisk.full = false;
  rmSync(dir, { recursive: true, force: true });
});

const PREVIOUS = Buffer.from("the previous, good file\n");

describe("writeFileAtomic", () => {
  test("a writer that throws midway: the target is untouched, no temporary file is left", async () => {
    const target = join(dir, "book.xlsx");
    writeFileSync(target, PREVIOUS);
    const failing = async (temporary: string) => {
      writeFileSync(temporary, "half a work");
      throw new Error("ENOSPC: no space left on device");
    };
    await expect(writeFileAtomic(target, failing, { overwrite: true })).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(target)).toEqual(PREVIOUS);
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
  });

  test("without overwrite an existing target is refused and kept", async () => {
    const target = join(dir, "out.txt");
    writeFileSync(target, PREVIOUS);
    await expect(writeFileAtomic(target, "new", { overwrite: false })).rejects.toMatchObject({
      code: "EEXIST",
    });
    expect(readFileSync(target)).toEqual(PREVIOUS);
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });

  test("bytes, text and a writer function all arrive whole", async () => {
    await writeFileAtomic(join(dir, "a"), new Uint8Array([1, 2, 3]), { overwrite: false });
    await writeFileAtomic(join(dir, "b"), "说明", { overwrite: false });
    await writeFileAtomic(join(dir, "c"), async (t) => writeFileSync(t, "x"), { overwrite: false });
    expect([...readFileSync(join(dir, "a"))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, "b"), "utf8")).toBe("说明");
    expect(readFileSync(join(dir, "c"), "utf8")).toBe("x");
    expect(readdirSync(dir).sort()).toEqual(["a", "b", "c"]);
  });
});

describe("fa build --force over a good workbook, with a disk that fills up midway", () => {
  test("exit 2, the previous workbook byte-identical, no partial file", async () => {
    const target = join(dir, "book.xlsx");
    writeFileSync(target, PREVIOUS);
    mockDisk.full = true;
    const t = io(dir);
    const code = await main(["build", "--data", EXAMPLE_CSV, "-o", target, "--force"], t);
    expect(code).toBe(2);
    expect(t.err.join("")).toMatch(/无法写入.*ENOSPC/);
    expect(readFileSync(target)).toEqual(PREVIOUS);
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
  }, 60_000);
});
