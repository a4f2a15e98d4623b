/** The first `limit` UTF-16 units, without splitting a surrogate pair. */
export function firstCharacters(text: string, limit: number): string {
  const cut = text.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
