// Hand-written SVG charts for the Sources report. Every text that reaches the markup goes through
// escapeHtml. Colours come from classes (c0…c5) that the report's style sheet maps to the theme's
// chart colours; there are no inline styles (the webview's Content-Security-Policy forbids them).
// Each bar or segment is focusable (tabindex="0") and named for screen readers (aria-label, and a
// <title> shown as a tooltip). No `vscode` import.

/** Escapes text for HTML/SVG element content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Colour classes, in the order charts use them (see the report's style sheet). */
export const COLOUR_CLASSES = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'] as const;

export interface BarDatum {
  label: string;
  value: number;
  /** Screen-reader and tooltip text; default "label: value". */
  description?: string;
  /** Index into COLOUR_CLASSES; default 0. */
  colour?: number;
}

export interface BarChartOptions {
  /** The chart's accessible name. */
  title: string;
  width?: number;
  labelWidth?: number;
  rowHeight?: number;
}

/** Shortens a label to `max` characters with an ellipsis (the full text stays in the tooltip). */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A horizontal bar chart: one focusable row per datum (label, bar, value). */
export function barChart(data: readonly BarDatum[], options: BarChartOptions): string {
  const width = options.width ?? 640;
  const labelWidth = options.labelWidth ?? 200;
  const rowHeight = options.rowHeight ?? 26;
  const valueWidth = 48;
  const barSpace = width - labelWidth - valueWidth;
  const max = Math.max(1, ...data.map((d) => d.value));
  const height = Math.max(rowHeight, data.length * rowHeight) + 4;
  const rows = data.map((d, i) => {
    const y = i * rowHeight + 2;
    const w = d.value > 0 ? Math.max(2, (d.value / max) * barSpace) : 0;
    const description = escapeHtml(d.description ?? `${d.label}: ${fmt(d.value)}`);
    const colour = COLOUR_CLASSES[(d.colour ?? 0) % COLOUR_CLASSES.length];
    return (
      `<g class="datum" tabindex="0" role="img" aria-label="${description}">` +
      `<title>${description}</title>` +
      `<rect class="hit" x="0" y="${y}" width="${width}" height="${rowHeight - 2}"></rect>` +
      `<text class="label" x="${labelWidth - 8}" y="${y + rowHeight / 2}" text-anchor="end" dominant-baseline="middle">${escapeHtml(clip(d.label, 28))}</text>` +
      `<rect class="bar ${colour}" x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 8}" rx="2"></rect>` +
      `<text class="value" x="${(labelWidth + w + 6).toFixed(1)}" y="${y + rowHeight / 2}" dominant-baseline="middle">${fmt(d.value)}</text>` +
      `</g>`
    );
  });
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group" aria-label="${escapeHtml(options.title)}">` +
    rows.join('') +
    `</svg>`
  );
}

export interface Segment {
  label: string;
  value: number;
  colour?: number;
}

/**
 * One horizontal bar split into segments proportional to their values, with a legend below.
 * Segments of value 0 are left out of the bar but kept in the legend.
 */
export function stackedBar(segments: readonly Segment[], options: { title: string; width?: number; unit?: string }): string {
  const width = options.width ?? 640;
  const unit = options.unit ?? '';
  const total = segments.reduce((s, x) => s + x.value, 0);
  const barHeight = 28;
  const legendRow = 22;
  const height = barHeight + 12 + segments.length * legendRow;
  const parts: string[] = [];
  let x = 0;
  segments.forEach((s, i) => {
    const colour = COLOUR_CLASSES[(s.colour ?? i) % COLOUR_CLASSES.length];
    const pct = total ? (100 * s.value) / total : 0;
    const description = escapeHtml(`${s.label}: ${s.value}${unit} (${pct.toFixed(0)}%)`);
    if (s.value > 0) {
      const w = (s.value / total) * width;
      parts.push(
        `<g class="datum" tabindex="0" role="img" aria-label="${description}"><title>${description}</title>` +
          `<rect class="bar ${colour}" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${barHeight}"></rect></g>`,
      );
      x += w;
    }
    const ly = barHeight + 12 + i * legendRow;
    parts.push(
      `<g class="legend" aria-hidden="true"><rect class="bar ${colour}" x="0" y="${ly}" width="14" height="14" rx="2"></rect>` +
        `<text class="label" x="22" y="${ly + 7}" dominant-baseline="middle">${description}</text></g>`,
    );
  });
  if (total === 0) parts.unshift(`<rect class="empty" x="0" y="0" width="${width}" height="${barHeight}"></rect>`);
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group" aria-label="${escapeHtml(options.title)}">` +
    parts.join('') +
    `</svg>`
  );
}
