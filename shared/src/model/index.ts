export * from './types';
export * from './ids';
export * from './revision';
