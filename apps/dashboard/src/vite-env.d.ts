/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The build id stamped by `vite build` (vite.config.mts); undefined under the dev server and tests. */
  readonly LYT_BUILD?: string;
}
