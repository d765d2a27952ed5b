export * from './types';
export * from './fingerprint';
export * from './text-index';
export * from './edits';
export * from './reanchor';
export * from './fuzzy';
