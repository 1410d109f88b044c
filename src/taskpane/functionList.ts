/*
 * The pane lists the FA.* functions from the same functions.json that Excel reads, so the
 * help shown here cannot drift from the JSDoc in src/functions/functions.ts.
 */

export const FUNCTION_NAMESPACE = "FA";

export interface FunctionParameter {
  name: string;
  description: string;
  optional: boolean;
}

export interface FunctionInfo {
  id: string;
  name: string;
  description: string;
  parameters: FunctionParameter[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function text(x: unknown): string {
  return typeof x === "string" ? x : "";
}

/** Checks the shape of functions.json; throws with a readable message when it is wrong. */
export function parseFunctionsJson(json: unknown): FunctionInfo[] {
  if (!isRecord(json) || !Array.isArray(json.functions)) {
    throw new Error("functions.json has no functions array");
  }
  return json.functions.map((f: unknown, i: number) => {
    if (!isRecord(f) || typeof f.id !== "string" || typeof f.name !== "string") {
      throw new Error(`functions.json: entry ${i} has no id or name`);
    }
    const params = Array.isArray(f.parameters) ? f.parameters : [];
    return {
      id: f.id,
      name: f.name,
      description: text(f.description),
      parameters: params.filter(isRecord).map((p) => ({
        name: text(p.name),
        description: text(p.description),
        optional: p.optional === true,
      })),
    };
  });
}

export async function fetchFunctions(url = "functions.json"): Promise<FunctionInfo[]> {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseFunctionsJson(await response.json());
}

/** =FA.SHARE(part, total, [decimals]) */
export function signature(f: FunctionInfo): string {
  const args = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `=${FUNCTION_NAMESPACE}.${f.name}(${args})`;
}
