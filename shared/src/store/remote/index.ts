export {
  REMOTE_METHODS,
  decodeArgs,
  decodeError,
  encodeArgs,
  encodeError,
  type Link,
  type RemoteLink,
  type RemoteMethod,
  type RemoteReply,
  type RemoteRequest,
  type ServedLink,
  type WireError,
} from './wire';
export { RemoteStore, type RemoteStoreOptions } from './client';
export {
  parseCall,
  parseRequest,
  writtenRecords,
  type CallRules,
  type RemoteCall,
  type StoreCause,
} from './requests';
export { serveStore, type ServeOptions, type StoreServer } from './host';
