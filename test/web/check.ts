// The assertions of the web worker suite: Node's `assert` is not there, so these few, which fail
// with the values they compared.
export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected) throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function includes(text: string | undefined, part: string, message: string): void {
  if (!text?.includes(part)) throw new Error(`${message}: "${part}" not found in:\n${text && text.length > 600 ? `${text.slice(0, 600)}…` : text}`);
}
