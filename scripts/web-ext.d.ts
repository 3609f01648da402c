// The parts of web-ext's programmatic API these scripts use (it ships no types).
declare module 'web-ext' {
  type Options = Record<string, unknown>;
  const webExt: {
    cmd: {
      build(params: Options, options?: Options): Promise<{ extensionPath: string }>;
      lint(params: Options, options?: Options): Promise<unknown>;
    };
  };
  export default webExt;
}
