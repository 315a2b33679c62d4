/**
 * A function of a text whose answers are kept, by text: the parser asks the same questions of the same texts again
 * and again (every unit of every list: is it a time, a person? every paragraph's number, four times or so), and a
 * notice names the same units throughout. At most `limit` answers are kept (all dropped when full: a batch's worker
 * compiles notice after notice). The same answer is returned for the same text: an object answer is shared, and
 * callers copy it to change it.
 */
export function memoize<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined && !known.has(text)) {
      if (known.size >= limit) known.clear();
      known.set(text, (answer = read(text)));
    }
    return answer as T;
  };
}
