// Raw mail arrives with quoted history and a signature inside the body. The core separates
// them so that the buyer's own words are scored, and a quotation quoted below a reply does not
// read as the buyer's product detail.

const QUOTE_HEADERS: RegExp[] = [
  /^On .{4,200}wrote:\s*$/im,
  /^El .{4,200}escribió:\s*$/im,
  /^Em .{4,200}escreveu:\s*$/im,
  /^Le .{4,200}a écrit\s*:\s*$/im,
  /^Am .{4,200}schrieb .{0,80}:\s*$/im,
  /^-{2,}\s*Original Message\s*-{2,}\s*$/im,
  /^-{2,}\s*Mensaje original\s*-{2,}\s*$/im,
  /^_{10,}\s*$\n^From: /im,
  /^From: .+\n(?:Sent|Date): .+\n(?:To|Subject): /im,
];

// Forwarded mail keeps its content: it is graded as the original sender's mail.
const FORWARD_HEADER = /^-{2,}\s*Forwarded message\s*-{2,}\s*$|^Begin forwarded message:\s*$/im;

export type SplitBody = { text: string; quoted: string | null };

export function splitQuoted(body: string): SplitBody {
  const cut = firstQuoteIndex(body);
  if (cut === null) return { text: body.trim(), quoted: null };

  const quoted = body.slice(cut).trim();
  return { text: body.slice(0, cut).trim(), quoted: quoted.length > 0 ? quoted : null };
}

function firstQuoteIndex(body: string): number | null {
  let best: number | null = null;

  for (const pattern of QUOTE_HEADERS) {
    const match = pattern.exec(body);
    if (match && (best === null || match.index < best)) best = match.index;
  }

  const angle = /^>.*$/m.exec(body);
  if (angle && (best === null || angle.index < best)) best = angle.index;

  const forward = FORWARD_HEADER.exec(body);
  if (forward && best !== null && forward.index <= best) return null;
  return best;
}

export function isForwarded(body: string): boolean {
  return FORWARD_HEADER.test(body);
}
