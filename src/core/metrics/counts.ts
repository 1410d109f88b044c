/**
 * Which 其他事项 count a count claim states, by what it counts (claims/counted.ts) and its
 * counter word. Data: a wording not listed here is left for the accountant to type, and
 * a user who meets another adds a line.
 */
const COUNTS: ReadonlyArray<{ counted: RegExp; counter: RegExp; metric: string }> = [
  {
    counted: /因公出国（境）团组$/,
    counter: /^(?:个|次|批)$/,
    metric: "threePublic.abroad.groups",
  },
  {
    counted: /^(?:因公)?出国（境）(?:人员)?$/,
    counter: /^人次?$/,
    metric: "threePublic.abroad.people",
  },
  { counted: /购置公务用车$/, counter: /^辆$/, metric: "threePublic.vehiclePurchase.count" },
  { counted: /共有公务用车$/, counter: /^辆$/, metric: "threePublic.vehicles.held" },
  { counted: /^国内公务接待$/, counter: /^批次?$/, metric: "threePublic.reception.batches" },
  { counted: /^国内公务接待$/, counter: /^人次?$/, metric: "threePublic.reception.people" },
  { counted: /(?:^|共有)车辆$/, counter: /^辆$/, metric: "assets.vehicles" },
  { counted: /^单价50万元以上通用设备$/, counter: /^台/, metric: "assets.generalEquipment" },
  { counted: /^单价100万元以上专用设备$/, counter: /^台/, metric: "assets.specialEquipment" },
  { counted: /项目编制了?绩效(?:目标)?$/, counter: /^个$/, metric: "performance.targets" },
  { counted: /项目开展绩效监控$/, counter: /^个$/, metric: "performance.monitored" },
  {
    counted: /项目开展了?绩效(?:目标)?(?:完成情况)?自评$/,
    counter: /^个$/,
    metric: "performance.selfEvaluated",
  },
];

export function countMetric(counted: string, counter: string): string | undefined {
  return COUNTS.find((r) => r.counted.test(counted) && r.counter.test(counter))?.metric;
}
