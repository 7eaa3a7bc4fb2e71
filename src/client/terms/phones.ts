// Phone and text numbers in a definition become tel:/sms: links, which never break across a line
// (global.css keeps tel: and sms: links whole), so "1-888-373-7888" cannot print as "1-" then "888…".
export type Piece = string | { text: string; href: string };

// A text number follows "text" in English and "texto al" in Spanish ("envíe un mensaje de texto al 233733").
const NUMBER = /\b1-(\d{3})-(\d{3})-(\d{4})\b|(?<=\b(?:text|texto al) )(\d{5,6})\b|\b911\b/g;

export function phonePieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const [whole, area, exchange, line, short] = match;
    const href = area ? `tel:+1${area}${exchange}${line}` : short ? `sms:${short}` : 'tel:911';
    if (match.index > last) pieces.push(text.slice(last, match.index));
    pieces.push({ text: whole, href });
    last = match.index + whole.length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}
