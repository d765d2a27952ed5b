import type { BuildOptions } from 'esbuild';

export declare const webviewBuild: BuildOptions;
export declare const coacheeWebviewBuild: BuildOptions;
