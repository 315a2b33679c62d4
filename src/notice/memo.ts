/** The answers of every memoized function, to forget them between notices ({@link forgetAnswers}). */
const kept: Array<Map<string, unknown>> = [];

/**
 * A function of a text whose answers are kept, by text: the parser asks the same questions of the same texts again
 * and again (every unit of every list: is it a time, a person? every paragraph's number, four times or so), and a
 * notice names the same units throughout. At most `limit` answers are kept (all dropped when full), and all are
 * forgotten when the next notice is parsed ({@link forgetAnswers}). The same answer is returned for the same text:
 * an object answer is shared, and callers copy it to change it.
 */
export function memoize<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  const known = new Map<string, T>();
  kept.push(known);
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined && !known.has(text)) {
      if (known.size >= limit) known.clear();
      known.set(text, (answer = read(text)));
    }
    return answer as T;
  };
}

/**
 * Forgets every kept answer: called as each notice is parsed. Its texts are often slices of the notice's whole text,
 * and kept, they kept every notice they came from (a batch worker's memory grew by some 30 MB over an archive:
 * the benchmark's 50 MB batch).
 */
export function forgetAnswers(): void {
  for (const known of kept) known.clear();
}
