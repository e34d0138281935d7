/**
 * V8 stores the result of `a + b` and template literals as a rope of the pieces. The seed keeps
 * hundreds of thousands of such strings alive, and the ropes alone cost about as much garbage-collector
 * time as generating the data. Reading one character makes V8 flatten the rope in place and release
 * the pieces; other engines simply ignore it.
 */
export function flatten(text: string): string {
  text.charCodeAt(0);
  return text;
}
