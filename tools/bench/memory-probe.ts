/** Peak memory of this process: the kernel's peak RSS, and heapUsed sampled every 50 ms while running. */
export class MemoryProbe {
  private peakHeap = 0;
  private timer: NodeJS.Timeout | undefined;

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 50);
  }

  /** Peak RSS of the whole process so far (`maxRSS`, in kB, as MB) and the sampled heapUsed peak, in MB. */
  stop(): { peakRssMb: number; peakHeapMb: number } {
    clearInterval(this.timer);
    this.sample();
    return { peakRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: this.peakHeap / (1024 * 1024) };
  }

  private sample(): void {
    this.peakHeap = Math.max(this.peakHeap, process.memoryUsage().heapUsed);
  }
}
