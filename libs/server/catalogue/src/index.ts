export { CatalogueModule } from './lib/catalogue.module';
export { CatalogueService } from './lib/catalogue.service';
