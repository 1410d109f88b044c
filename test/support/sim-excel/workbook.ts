import { SimChartCollection } from "./charts";
import { SimContext, SimProxy } from "./context";
import { SimRange, usedRect } from "./range";
import { parseAddress, simError, type SimSheet } from "./state";

const validName = (name: string) =>
  name.length <= 255 &&
  /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
  !/^[A-Za-z]{1,3}\d+$/.test(name) &&
  !/^[RrCc]$/.test(name) &&
  !/^[Rr]\d*[Cc]\d*$/.test(name);

export class SimWorksheet extends SimProxy {
  constructor(
    context: SimContext,
    private readonly find: () => SimSheet | undefined,
    private readonly orNull = false,
  ) {
    super(context);
    if (orNull) this.trackNull();
  }

  protected override exists(): boolean {
    return this.find() !== undefined;
  }

  /** A collection item, its name loaded with the collection. */
  static loadedWith(context: SimContext, s: SimSheet): SimWorksheet {
    const ws = new SimWorksheet(context, () => context.state.sheets.find((x) => x === s));
    ws.loaded.set("name", s.name);
    return ws;
  }

  protected get defaultProperties(): string[] {
    return ["name", "position"];
  }

  /** The sheet, at sync time; operations on a missing sheet fail as in Excel. */
  sheet(): SimSheet {
    const s = this.find();
    if (!s)
      throw simError(
        "ItemNotFound",
        this.orNull ? "The worksheet is a null object" : "The worksheet does not exist",
      );
    return s;
  }

  protected readProperty(name: string): unknown {
    const s = this.sheet();
    if (name === "name") return s.name;
    if (name === "position") return this.context.state.sheets.indexOf(s);
    throw simError("InvalidArgument", `Worksheet.${name} is not simulated`);
  }

  get name(): string {
    return this.get("name");
  }

  getRange(address?: string): SimRange {
    if (address === undefined)
      throw simError("InvalidArgument", "getRange() without an address is not simulated");
    const { rect } = parseAddress(address);
    return new SimRange(this.context, () => this.sheet(), rect);
  }

  getUsedRange(valuesOnly = false): SimRange {
    return new SimRange(
      this.context,
      () => this.sheet(),
      () => {
        const r = usedRect(this.sheet(), valuesOnly);
        return r ?? { top: 0, left: 0, bottom: 0, right: 0 };
      },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return new SimRange(
      this.context,
      () => this.sheet(),
      () => usedRect(this.sheet(), valuesOnly),
      true,
    );
  }

  readonly charts = new SimChartCollection(this.context, () => this.sheet());

  readonly freezePanes = {
    freezeRows: (n: number) => this.freeze(n, 0),
    freezeColumns: (n: number) => this.freeze(0, n),
    freezeAt: (range: SimRange | string) => {
      const address = typeof range === "string" ? range : undefined;
      if (!address)
        throw simError(
          "InvalidArgument",
          "freezeAt(range object) is not simulated; pass an address",
        );
      const { rect } = parseAddress(address);
      this.freeze(rect.bottom + 1, rect.right + 1);
    },
    unfreeze: () => this.freeze(0, 0),
  };

  private freeze(rows: number, columns: number): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      s.freeze = { rows, columns };
      this.context.record({ sheet: s.name, what: "freezePanes", value: { rows, columns } });
    });
  }

  readonly pageLayout = ((ws: SimWorksheet) => {
    const set = (what: keyof SimSheet["page"], value: unknown) =>
      ws.context.enqueue(() => {
        const s = ws.sheet();
        (s.page as Record<string, unknown>)[what] = value;
        ws.context.record({ sheet: s.name, what: `pageLayout.${what}`, value });
      });
    return {
      set orientation(v: string) {
        set("orientation", v);
      },
      set paperSize(v: string) {
        set("paperSize", v);
      },
      set centerHorizontally(v: boolean) {
        set("centerHorizontally", v);
      },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        set("zoom", { ...v });
      },
      setPrintArea(address: string) {
        set("printArea", address);
      },
      setPrintTitleRows(address: string) {
        set("printTitleRows", address);
      },
    };
  })(this);
}

export class SimWorksheetCollection extends SimProxy {
  protected get defaultProperties(): string[] {
    return ["items/name"];
  }

  protected readProperty(name: string): unknown {
    if (name !== "items" && !name.startsWith("items/"))
      throw simError("InvalidArgument", `WorksheetCollection.${name}`);
    return this.context.state.sheets.map((s) => SimWorksheet.loadedWith(this.context, s));
  }

  get items(): SimWorksheet[] {
    return this.get("items/name");
  }

  override load(props?: string | string[] | { select?: string }): this {
    return super.load(props === "items" ? "items/name" : props);
  }

  add(name: string): SimWorksheet {
    this.context.enqueue(() => {
      this.context.state.addSheet(name);
      this.context.record({ sheet: name, what: "addWorksheet" });
    });
    return new SimWorksheet(this.context, () => this.context.state.sheet(name));
  }

  getItem(name: string): SimWorksheet {
    return new SimWorksheet(this.context, () => this.context.state.sheet(name));
  }

  getItemOrNullObject(name: string): SimWorksheet {
    return new SimWorksheet(this.context, () => this.context.state.sheet(name), true);
  }
}

export class SimNamedItem extends SimProxy {
  constructor(
    context: SimContext,
    private readonly key: string,
    orNull = false,
  ) {
    super(context);
    if (orNull) this.trackNull();
  }
  protected override exists(): boolean {
    return this.context.state.names.has(this.key.toLowerCase());
  }
  static loadedWith(context: SimContext, key: string): SimNamedItem {
    const item = new SimNamedItem(context, key);
    item.loaded.set("name", key);
    return item;
  }
  protected get defaultProperties(): string[] {
    return ["name", "formula", "comment"];
  }
  protected readProperty(name: string): unknown {
    const item = this.context.state.names.get(this.key.toLowerCase());
    if (!item) throw simError("ItemNotFound", `No name ${this.key}`);
    if (name === "name") return item.name;
    if (name === "formula") return `=${item.reference}`;
    if (name === "comment") return item.comment;
    throw simError("InvalidArgument", `NamedItem.${name}`);
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get comment(): string {
    return this.get("comment");
  }
}

export class SimNamedItemCollection extends SimProxy {
  protected get defaultProperties(): string[] {
    return ["items/name"];
  }
  protected readProperty(): unknown {
    return [...this.context.state.names.values()].map((n) =>
      SimNamedItem.loadedWith(this.context, n.name),
    );
  }
  get items(): SimNamedItem[] {
    return this.get("items/name");
  }
  add(name: string, reference: string, comment = ""): SimNamedItem {
    this.context.enqueue(() => {
      if (!validName(name)) throw simError("InvalidArgument", `Invalid name: ${name}`);
      if (this.context.state.names.has(name.toLowerCase()))
        throw simError("ItemAlreadyExists", `Name ${name} exists`);
      const { sheet } = parseAddress(reference.replace(/^=/, ""));
      if (sheet && !this.context.state.sheet(sheet))
        throw simError("InvalidReference", `No sheet ${sheet}`);
      this.context.state.names.set(name.toLowerCase(), {
        name,
        reference: reference.replace(/^=/, ""),
        comment,
      });
      this.context.record({ what: "names.add", value: { name, reference, comment } });
    });
    return new SimNamedItem(this.context, name);
  }
  getItemOrNullObject(name: string): SimNamedItem {
    return new SimNamedItem(this.context, name, true);
  }
}

export class SimSetting extends SimProxy {
  constructor(
    context: SimContext,
    private readonly key: string,
    orNull = false,
  ) {
    super(context);
    if (orNull) this.trackNull();
  }
  protected override exists(): boolean {
    return this.context.state.settings.has(this.key);
  }
  protected get defaultProperties(): string[] {
    return ["key", "value"];
  }
  protected readProperty(name: string): unknown {
    if (name === "key") return this.key;
    if (name === "value")
      return JSON.parse(JSON.stringify(this.context.state.settings.get(this.key)));
    throw simError("InvalidArgument", `Setting.${name}`);
  }
  get key_(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
}

export class SimSettingCollection extends SimProxy {
  protected get defaultProperties(): string[] {
    return ["items"];
  }
  protected readProperty(): unknown {
    return [...this.context.state.settings.keys()].map((k) => new SimSetting(this.context, k));
  }
  add(key: string, value: unknown): SimSetting {
    const copy = JSON.parse(JSON.stringify(value));
    this.context.enqueue(() => {
      this.context.state.settings.set(key, copy);
      this.context.record({ what: "settings.add", value: { key, value: copy } });
    });
    return new SimSetting(this.context, key);
  }
  getItemOrNullObject(key: string): SimSetting {
    return new SimSetting(this.context, key, true);
  }
}

export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly names: SimNamedItemCollection;
  readonly settings: SimSettingCollection;
  constructor(context: SimContext) {
    this.worksheets = new SimWorksheetCollection(context);
    this.names = new SimNamedItemCollection(context);
    this.settings = new SimSettingCollection(context);
  }
}
