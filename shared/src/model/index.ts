export * from './types';
export * from './ids';
export * from './revision';
export * from './schema';
export * from './refs';
