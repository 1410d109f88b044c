/*
 * What the pane needs to know about its host, read once from Office.js into plain data so
 * that the components can be rendered and tested without Office.
 */

/** Mirrors <Requirements> in manifest.xml; test/addin/manifest.test.ts keeps them equal. */
export const REQUIRED_SETS = [
  { name: "SharedRuntime", version: "1.1" },
  { name: "CustomFunctionsRuntime", version: "1.3" },
  { name: "ExcelApi", version: "1.9" },
] as const;

export interface OfficeEnvironment {
  /** Office.HostType as a string ("Excel"), or null outside Office. */
  host: string | null;
  /** Office.PlatformType as a string ("PC", "OfficeOnline", "Mac"), or null. */
  platform: string | null;
  displayLanguage: string | null;
  isSetSupported(name: string, version: string): boolean;
  /** The document was opened read-only (a reviewer without edit rights): nothing is written. */
  readOnly: boolean;
  /** The signed-in user's name when the host tells it; Excel usually does not. */
  userName: string | null;
}

export interface SetSupport {
  name: string;
  version: string;
  supported: boolean;
}

/** The subset of the Office global this module reads; a fake one is enough in tests. */
export interface OfficeLike {
  context: {
    displayLanguage?: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    /** Office.DocumentMode: 0 ReadOnly, 1 ReadWrite (absent in some hosts). */
    document?: { mode?: unknown };
    /** Outlook's; other hosts may expose it in future. Read defensively. */
    userProfile?: { displayName?: unknown };
  };
  DocumentMode?: { ReadOnly?: unknown };
}

export function readEnvironment(
  office: OfficeLike,
  info: { host: unknown; platform: unknown },
): OfficeEnvironment {
  return {
    host: info.host == null ? null : String(info.host),
    platform: info.platform == null ? null : String(info.platform),
    displayLanguage: office.context.displayLanguage ?? null,
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    readOnly: isReadOnly(office),
    userName: userName(office),
  };
}

function isReadOnly(office: OfficeLike): boolean {
  const mode = office.context.document?.mode;
  const readOnly = office.DocumentMode?.ReadOnly;
  return mode !== undefined && readOnly !== undefined && mode === readOnly;
}

function userName(office: OfficeLike): string | null {
  let name: unknown;
  try {
    name = office.context.userProfile?.displayName;
  } catch {
    return null; // a host that has the property but refuses it
  }
  return typeof name === "string" && name.trim() ? name.trim() : null;
}

export function requiredSetSupport(env: OfficeEnvironment): SetSupport[] {
  return REQUIRED_SETS.map(({ name, version }) => ({
    name,
    version,
    supported: env.isSetSupported(name, version),
  }));
}

// Far above any ExcelApi version published so far; the loop stops at the first gap.
const EXCEL_API_MAX_MINOR = 99;

/** The highest ExcelApi 1.x the host supports ("1.17"), or null if not even 1.1. */
export function highestExcelApi(env: OfficeEnvironment): string | null {
  let highest: string | null = null;
  for (let minor = 1; minor <= EXCEL_API_MAX_MINOR; minor++) {
    const version = `1.${minor}`;
    if (!env.isSetSupported("ExcelApi", version)) break;
    highest = version;
  }
  return highest;
}
