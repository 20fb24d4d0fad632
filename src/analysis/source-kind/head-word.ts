// The head word of a role as the article states it: the last word before "of", "for", "at", "to",
// "in", "from", "on", "with" or a comma ("the mayor of Riverton" → mayor, "White House press
// secretary" → secretary). The gender step and the kinds of source read roles by it.

export function headWord(role: string): string {
  const head = role.toLowerCase().split(/,|\s(?:of|for|at|to|in|from|on|with)\s/)[0]?.trim() ?? '';
  const words = head.split(/\s+/).filter(Boolean);
  return words[words.length - 1] ?? '';
}
