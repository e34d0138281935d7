/** Escapes text for XML content and attribute values. */
function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** 32-bit FNV-1a: a stable hue per partner. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Up to two initials from the first words; one character for scripts written without spaces. */
export function initials(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const letters = words
    .slice(0, 2)
    .map((word) => graphemes.segment(word)[Symbol.iterator]().next().value?.segment ?? '');
  const text = letters.join('').toLocaleUpperCase('en');
  return text === '' ? '?' : text;
}

/**
 * A square monogram logo: initials on a colour derived from the partner id. Plain shapes and text
 * only — no scripts, links, styles or external references — and every name is XML-escaped.
 */
export function monogramSvg(partnerId: string, name: string, size = 256): string {
  const hue = hash(partnerId) % 360;
  const text = escapeXml(initials(name));
  const fontSize = Math.round(size * (text.length > 1 ? 0.4 : 0.5));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(name)}">` +
    `<rect width="${size}" height="${size}" rx="${Math.round(size * 0.18)}" fill="hsl(${hue} 55% 38%)"/>` +
    `<text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" fill="#ffffff" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-weight="600" font-size="${fontSize}">${text}</text>` +
    `</svg>`
  );
}
