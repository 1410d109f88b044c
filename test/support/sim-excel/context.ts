import { simError, type SimWorkbookState, type WriteRecord } from "./state";

let nextSeq = 1;

/**
 * The batching core of the simulator, as Office.js has it: every method or property
 * write only queues an operation; `sync()` runs the queue in order against the state.
 * A property can be read only after a `load` of it has been synced — otherwise
 * PropertyNotLoaded, exactly as in Excel.
 */
export class SimContext {
  private queue: Array<() => void> = [];
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(readonly state: SimWorkbookState) {}

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  record(w: Omit<WriteRecord, "sync">): void {
    this.state.writes.push({ ...w, sync: this.state.syncCount, seq: nextSeq++ });
  }

  async sync(): Promise<void> {
    this.state.syncCount++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }
}

/** A proxy object: loaded properties are snapshots taken at a sync. */
export abstract class SimProxy {
  protected readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(readonly context: SimContext) {}

  /** Properties `load()` with no argument loads (scalar ones, as Office.js does). */
  protected abstract get defaultProperties(): string[];
  /** Reads a property from the state, at sync time. */
  protected abstract readProperty(name: string): unknown;
  /** False when the object a *OrNullObject call looked for is missing. */
  protected exists(): boolean {
    return true;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list =
      props === undefined
        ? this.defaultProperties
        : (Array.isArray(props)
            ? props
            : typeof props === "string"
              ? props.split(",")
              : (props.select ?? "").split(",")
          )
            .map((p) => p.trim())
            .filter((p) => p !== "");
    this.context.enqueue(() => {
      this.markNull();
      if (this.nullObject) return;
      for (const p of list) this.loaded.set(p, this.readProperty(p));
    });
    return this;
  }

  /** Resolves isNullObject at the sync (a plain reference to it needs no load). */
  protected markNull(): void {
    this.nullObject = !this.exists();
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) {
      throw simError("PropertyNotLoaded", "isNullObject is known only after context.sync()");
    }
    return this.nullObject;
  }

  /** Registers the object so that its isNullObject is set at the next sync. */
  protected trackNull(): void {
    this.context.enqueue(() => this.markNull());
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw simError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
