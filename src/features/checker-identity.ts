// When a mark was made. Who made it depends on where the extension runs (platform.ts:
// checkerName).

/** ISO 8601 with the local zone offset (the schema asks for a zone; local time reads better). */
export function nowIso(date = new Date()): string {
  const offset = -date.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${local}${zone}`;
}
