/** efrt (MIT) ships no types: `unpack` turns compromise's packed word list into an object keyed by word. */
declare module 'efrt' {
  export function unpack(packed: string): Record<string, unknown>;
}
