export { catalogueRoutes } from './lib/catalogue-routes';
export { CataloguePage } from './lib/catalogue-page';
