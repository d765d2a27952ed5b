export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_FLAGS: readonly string[];
export interface ChromiumArgsOptions {
  /** Adds `--headless=new` (default false). */
  headless?: boolean;
  /** An unpacked extension to load (and no other). */
  extensionDir?: string;
  /** More arguments, after the common flags. */
  extra?: readonly string[];
}
export declare function chromiumArgs(options?: ChromiumArgsOptions): string[];
