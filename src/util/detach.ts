/**
 * A copy of a string that does not keep alive the string it was cut from. V8 represents a substring
 * (every scalar a YAML parser returns) as a slice of the whole file's text; a slice kept in a
 * long-lived map keeps that whole text in memory.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}
