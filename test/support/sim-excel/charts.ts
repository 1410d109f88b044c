import { SimContext, SimProxy } from "./context";
import type { SimRange } from "./range";
import { simError, type SimChartData, type SimSheet } from "./state";

/**
 * Worksheet.charts, as far as the add-in uses it: add a chart over a range, name it, title
 * it, bind each series to ranges (setValues, setXAxisValues), position it, delete it, and
 * list the charts by name. Everything is queued until sync; a chart's name is readable only
 * after a synced load, as in Excel. Charts record their type and source ranges, not pixels.
 */
export class SimChartCollection extends SimProxy {
  constructor(
    context: SimContext,
    private readonly sheetOf: () => SimSheet,
  ) {
    super(context);
  }

  protected get defaultProperties(): string[] {
    return ["items/name"];
  }

  protected readProperty(name: string): unknown {
    if (name !== "items" && name !== "items/name")
      throw simError("InvalidArgument", `ChartCollection.${name} is not simulated`);
    return this.sheetOf().charts.map((c) => SimChart.loadedWith(this.context, this.sheetOf, c));
  }

  override load(props?: string | string[] | { select?: string }): this {
    return super.load(props === "items" ? "items/name" : props);
  }

  get items(): SimChart[] {
    return this.get("items/name");
  }

  add(type: string, source: SimRange, seriesBy = "Auto"): SimChart {
    let made: SimChartData | undefined;
    this.context.enqueue(() => {
      const sheet = this.sheetOf();
      const values = source.addressAtSync();
      made = { name: `Chart ${sheet.charts.length + 1}`, type, seriesBy, series: [{ values }] };
      sheet.charts.push(made);
      this.context.record({ sheet: sheet.name, what: "charts.add", value: { type, values } });
    });
    return new SimChart(this.context, this.sheetOf, () => made);
  }
}

export class SimChart extends SimProxy {
  constructor(
    context: SimContext,
    private readonly sheetOf: () => SimSheet,
    private readonly data: () => SimChartData | undefined,
  ) {
    super(context);
  }

  static loadedWith(context: SimContext, sheetOf: () => SimSheet, c: SimChartData): SimChart {
    const chart = new SimChart(context, sheetOf, () => c);
    chart.loaded.set("name", c.name);
    return chart;
  }

  protected get defaultProperties(): string[] {
    return ["name"];
  }

  protected readProperty(name: string): unknown {
    if (name === "name") return this.chart().name;
    throw simError("InvalidArgument", `Chart.${name} is not simulated`);
  }

  /** The chart, at sync time: a deleted chart cannot be changed. */
  chart(): SimChartData {
    const c = this.data();
    if (!c || !this.sheetOf().charts.includes(c))
      throw simError("ItemNotFound", "The chart does not exist");
    return c;
  }

  private change(what: string, value: unknown, apply: (c: SimChartData) => void): void {
    this.context.enqueue(() => {
      const c = this.chart();
      apply(c);
      this.context.record({ sheet: this.sheetOf().name, what: `chart.${what}`, value });
    });
  }

  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.change("name", v, (c) => (c.name = v));
  }

  readonly title = ((chart: SimChart) => ({
    set text(v: string) {
      chart.change("title", v, (c) => (c.title = v));
    },
    get text(): string {
      throw simError("PropertyNotLoaded", "chart titles are write-only in the simulator");
    },
  }))(this);

  setPosition(startCell: string, endCell?: string): void {
    this.change("position", { startCell, endCell }, (c) => (c.position = { startCell, endCell }));
  }

  delete(): void {
    this.context.enqueue(() => {
      const c = this.chart();
      const sheet = this.sheetOf();
      sheet.charts.splice(sheet.charts.indexOf(c), 1);
      this.context.record({ sheet: sheet.name, what: "chart.delete", value: c.name });
    });
  }

  readonly series = ((chart: SimChart) => ({
    getItemAt: (index: number) =>
      new SimChartSeries(chart, (c) => {
        const s = c.series[index];
        if (!s) throw simError("ItemNotFound", `The chart has no series ${index}`);
        return s;
      }),
    add: (name?: string) => {
      let made: SimChartData["series"][number] | undefined;
      chart.change("series.add", name, (c) => {
        made = { name };
        c.series.push(made);
      });
      return new SimChartSeries(chart, () => made!);
    },
  }))(this);

  /** Queues a change of one series (for SimChartSeries). */
  changeSeries(
    what: string,
    value: unknown,
    pick: (c: SimChartData) => SimChartData["series"][number],
    apply: (s: SimChartData["series"][number]) => void,
  ): void {
    this.change(`series.${what}`, value, (c) => apply(pick(c)));
  }
}

export class SimChartSeries {
  constructor(
    private readonly chart: SimChart,
    private readonly pick: (c: SimChartData) => SimChartData["series"][number],
  ) {}
  set name(v: string) {
    this.chart.changeSeries("name", v, this.pick, (s) => (s.name = v));
  }
  setValues(range: SimRange): void {
    this.chart.changeSeries("values", null, this.pick, (s) => (s.values = range.addressAtSync()));
  }
  setXAxisValues(range: SimRange): void {
    this.chart.changeSeries(
      "categories",
      null,
      this.pick,
      (s) => (s.categories = range.addressAtSync()),
    );
  }
}
