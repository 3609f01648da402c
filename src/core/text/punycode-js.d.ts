// punycode.js ships no types; this is the part of its API the core uses.
declare module 'punycode.js' {
  const punycode: { toUnicode(domain: string): string };
  export default punycode;
}
