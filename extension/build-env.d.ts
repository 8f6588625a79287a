// Build-time variables the extension reads (Vite replaces them); declared here too so that projects
// compiling the extension's code without Vite's types (bench/browser) know them.
interface ImportMetaEnv {
  /** "1" in the discovery e2e build only (see components/discovery/history.ts). */
  readonly WXT_TOIL_E2E_VISITS?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
