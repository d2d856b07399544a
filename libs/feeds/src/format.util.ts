/** Sizes as people say them in error messages: "10 MB", "64 KB", "512 bytes" (binary multiples). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Durations for error messages: "20 s", "1.5 s". */
export function formatSeconds(milliseconds: number): string {
  return `${trimNumber(milliseconds / 1000)} s`;
}

function trimNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}
