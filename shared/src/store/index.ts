export type * from './port';
