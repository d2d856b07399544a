/** A progress bar on a terminal; on a pipe or a file, a plain line every tenth of the way. */
export class ProgressBar {
  private readonly began = Date.now();
  private lastDrawn = 0;
  private lastTenth = -1;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number,
    private readonly unit: string,
  ) {}

  update(done: number): void {
    const now = Date.now();
    if (this.stream.isTTY) {
      if (now - this.lastDrawn < 100 && done < this.total) return;
      this.lastDrawn = now;
      this.stream.write(`\r${this.line(done, now)}\x1b[K`);
      return;
    }
    const tenth = Math.floor((10 * done) / Math.max(1, this.total));
    if (tenth === this.lastTenth) return;
    this.lastTenth = tenth;
    this.stream.write(`${this.line(done, now)}\n`);
  }

  done(): void {
    if (this.stream.isTTY) this.stream.write('\n');
  }

  private line(done: number, now: number): string {
    const share = Math.min(1, done / Math.max(1, this.total));
    const width = 30;
    const filled = Math.round(share * width);
    const seconds = Math.max(0.001, (now - this.began) / 1000);
    const rate = done / seconds;
    const left = rate > 0 ? (this.total - done) / rate : 0;
    const number = new Intl.NumberFormat('en-US');
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${number.format(done)}/${number.format(this.total)} ${this.unit} · ${number.format(Math.round(rate))}/s · ${formatDuration(left)} left`;
  }
}

function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}
