export { DEMO_CATALOGUE } from './lib/catalogue';
export {
  DEFAULT_DEMO_SEED,
  type DemoData,
  type DemoDataOptions,
  type DemoUpload,
  generateDemoData,
} from './lib/demo-data';
