// The part of web-ext's programmatic API the tests use (the package ships no types).
declare module 'web-ext' {
  type LintParams = {
    sourceDir: string;
    output?: 'json' | 'text' | 'none';
    selfHosted?: boolean;
    boring?: boolean;
  };
  const webExt: {
    cmd: { lint(params: LintParams, options?: { shouldExitProgram?: boolean }): Promise<unknown> };
  };
  export default webExt;
}
