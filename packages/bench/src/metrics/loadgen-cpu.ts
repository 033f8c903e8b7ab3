/**
 * CPU use of the load generator itself over a measurement, in % of one core. Near 100 % it
 * is the bottleneck and the latencies it reports include its own queueing.
 */
export class LoadgenCpu {
  private startUsage = process.cpuUsage();
  private startMs = performance.now();

  start(): void {
    this.startUsage = process.cpuUsage();
    this.startMs = performance.now();
  }

  /** % of one core used since start(). */
  utilization(): number {
    const usage = process.cpuUsage(this.startUsage);
    const wallUs = (performance.now() - this.startMs) * 1000;
    return (100 * (usage.user + usage.system)) / wallUs;
  }
}
