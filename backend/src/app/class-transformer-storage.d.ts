// class-transformer ships this module without types of its own; they are those of its types/storage.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
